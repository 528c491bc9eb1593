import { getDb } from '@/db/client';
import { addComment } from '@/lib/comments/write-comments';
import { buildTextMap } from '@/lib/comments/text-map';
import type { TiptapDoc } from '@/lib/editor/types';
import { giveVerdict } from '@/lib/review/give-verdict';
import { saveSectionDraft } from '@/lib/sections/save-section-draft';
import { adoptConcept } from '@/lib/workflow/adopt-concept';
import { approveConcept } from '@/lib/workflow/give-review-outcome';
import { shareConcept } from '@/lib/workflow/share-concept';
import { submitConceptForReview } from '@/lib/workflow/submit-concept-for-review';
import { buildConcept, doc, sectionOf } from '../support/concept-factories';
import { buildDistrictTeam } from '../support/district-data-factories';
import { actorFor, buildMember } from '../support/factories';

// These races run truly in parallel on real Postgres (TEST_DATABASE_URL, as in CI). The embedded
// database runs one transaction at a time, so there the same calls run one after another; the
// invariants checked here must hold in both cases, so the tests are meaningful on both.

const outcome = (promise: Promise<unknown>) =>
  promise.then(
    () => 'ok',
    (e: { code?: string }) => e.code ?? String(e),
  );

async function versionsOf(conceptId: string) {
  return getDb().selectFrom('concept_versions').select(['number', 'kind']).where('concept_id', '=', conceptId).orderBy('number').execute();
}

async function teamWithTwoCoordinators() {
  const team = await buildDistrictTeam();
  const second = await actorFor((await buildMember(team.district.id, 'coordinator')).id);
  const concept = await buildConcept(team.coordinator, team.district.id);
  const section = await sectionOf(concept.id, 'praeambel');
  await saveSectionDraft(team.editor, { sectionId: section.id, baseRevision: 0, content: doc('Unser Leitbild.') });
  return { team, second, concept };
}

describe('zwei Koordinatorinnen gleichzeitig', () => {
  it('submitting at once freezes exactly one Fassung; the others hear that it is already submitted', async () => {
    const { team, second, concept } = await teamWithTwoCoordinators();
    const results = await Promise.all(
      Array.from({ length: 6 }, (_, i) => outcome(submitConceptForReview(i % 2 ? second : team.coordinator, { conceptId: concept.id }))),
    );
    expect(results.filter((r) => r === 'ok')).toHaveLength(1);
    expect(results.filter((r) => r !== 'ok').every((r) => r === 'forbidden')).toBe(true);
    expect(await versionsOf(concept.id)).toEqual([{ number: 1, kind: 'submission' }]);
  });

  it('adopting at once records exactly one adopted Fassung', async () => {
    const { team, second, concept } = await teamWithTwoCoordinators();
    await submitConceptForReview(team.coordinator, { conceptId: concept.id });
    await approveConcept(team.advisor, { conceptId: concept.id });
    const decision = { conceptId: concept.id, decidedBy: 'Kreistag', decidedOn: '2026-11-20', findingsReason: 'Offene Punkte folgen in der Fortschreibung des Konzepts.' };
    const results = await Promise.all(
      Array.from({ length: 6 }, (_, i) => outcome(adoptConcept(i % 2 ? second : team.coordinator, decision, { now: new Date('2026-11-25T10:00:00Z') }))),
    );
    expect(results.filter((r) => r === 'ok')).toHaveLength(1);
    expect(results.filter((r) => r !== 'ok').every((r) => r === 'forbidden')).toBe(true);
    expect(await versionsOf(concept.id)).toEqual([
      { number: 1, kind: 'submission' },
      { number: 2, kind: 'adoption' },
    ]);
  });
});

describe('Kommentare gleichzeitig', () => {
  it('threads started at once get the numbers 1 … n, each exactly once', async () => {
    const team = await buildDistrictTeam();
    const concept = await buildConcept(team.coordinator, team.district.id);
    await shareConcept(team.coordinator, { conceptId: concept.id });
    const sections = await Promise.all(['praeambel', 'personal', 'beschwerdemanagement'].map((key) => sectionOf(concept.id, key)));
    const people = [team.coordinator, team.editor, team.advisor];
    const results = await Promise.all(
      Array.from({ length: 12 }, (_, i) => addComment(people[i % 3]!, { sectionId: sections[i % 3]!.id, body: `Hinweis ${i}` })),
    );
    expect(results.map((r) => r.number).sort((a, b) => a - b)).toEqual(Array.from({ length: 12 }, (_, i) => i + 1));
  });

  it('a comment on a passage made while someone saves the section lands on the new text, on its quote', async () => {
    const quote = 'Beschwerdebriefkasten im Erdgeschoss';
    const original = doc('Einleitung.', `Die Unterkunft hat einen ${quote}.`, 'Schluss.');
    for (let round = 0; round < 4; round++) {
      const team = await buildDistrictTeam();
      const concept = await buildConcept(team.coordinator, team.district.id);
      const section = await sectionOf(concept.id, 'beschwerdemanagement');
      await saveSectionDraft(team.editor, { sectionId: section.id, baseRevision: section.head_revision, content: original });
      await shareConcept(team.coordinator, { conceptId: concept.id });
      const base = (await sectionOf(concept.id, 'beschwerdemanagement')).head_revision;
      const text = buildTextMap(original).text;
      const range = { revision: base, start: text.indexOf(quote), end: text.indexOf(quote) + quote.length };
      // The save shifts the passage by inserting a paragraph in front of it.
      const changed = doc('Vorbemerkung, die alles verschiebt.', 'Einleitung.', `Die Unterkunft hat einen ${quote}.`, 'Schluss.');
      const [comment] = await Promise.all([
        addComment(team.advisor, { sectionId: section.id, body: 'Wie oft wird er geleert?', range }),
        saveSectionDraft(team.editor, { sectionId: section.id, baseRevision: base, content: changed }),
      ]);
      const head = await getDb()
        .selectFrom('sections')
        .innerJoin('section_revisions as r', (join) => join.onRef('r.section_id', '=', 'sections.id').onRef('r.number', '=', 'sections.head_revision'))
        .select(['sections.head_revision', 'r.content'])
        .where('sections.id', '=', section.id)
        .executeTakeFirstOrThrow();
      const thread = await getDb().selectFrom('comment_threads').select(['anchor', 'is_detached']).where('id', '=', comment.threadId).executeTakeFirstOrThrow();
      expect(thread.is_detached).toBe(false);
      expect(thread.anchor).toMatchObject({ revision: head.head_revision, exact: quote });
      const headText = buildTextMap(head.content as unknown as TiptapDoc).text;
      expect(headText.slice(thread.anchor!.start, thread.anchor!.end)).toBe(quote);
    }
  });
});

describe('Bewertungen gleichzeitig', () => {
  it('verdicts given at once on the same section leave exactly one verdict for the Fassung', async () => {
    const { team, concept } = await teamWithTwoCoordinators();
    await submitConceptForReview(team.coordinator, { conceptId: concept.id });
    const section = await sectionOf(concept.id, 'praeambel');
    const verdicts = ['erfuellt', 'entfaellt', 'offen', 'erfuellt', 'offen', 'entfaellt'] as const;
    const results = await Promise.all(verdicts.map((verdict) => outcome(giveVerdict(team.advisor, { sectionId: section.id, verdict }))));
    expect(results.every((r) => r === 'ok')).toBe(true);
    const rows = await getDb().selectFrom('section_verdicts').select('verdict').where('section_id', '=', section.id).execute();
    expect(rows).toHaveLength(1);
    expect(verdicts).toContain(rows[0]!.verdict);
  });
});
