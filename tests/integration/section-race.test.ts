import { saveSectionDraft } from '@/lib/sections/save-section-draft';
import { getSectionHistory } from '@/lib/sections/get-section-history';
import { buildConcept, doc, sectionOf } from '../support/concept-factories';
import { buildDistrictTeam } from '../support/district-data-factories';

/** The revision numbers the history page lists for the Präambel, newest first. */
async function revisionNumbers(actor: Parameters<typeof getSectionHistory>[0], conceptId: string) {
  const history = await getSectionHistory(actor, conceptId, 'praeambel');
  return history.page.groups.flatMap((g) => g.revisions.map((r) => r.number));
}

// The embedded database runs one query at a time and would hide a race; this test
// runs on real Postgres (TEST_DATABASE_URL, as in CI) and on PGlite alike, and must
// hold on both: the section row lock decides, the unique (section, number) backs it up.
describe('parallel first saves', () => {
  it('exactly one of ten parallel saves on the same base wins; the others get conflict with its text', async () => {
    const team = await buildDistrictTeam();
    const concept = await buildConcept(team.coordinator, team.district.id);
    const section = await sectionOf(concept.id, 'praeambel');
    const results = await Promise.allSettled(
      Array.from({ length: 10 }, (_, i) =>
        saveSectionDraft(i % 2 ? team.editor : team.coordinator, { sectionId: section.id, baseRevision: 0, content: doc(`Fassung ${i}`) }),
      ),
    );
    const winners = results.filter((r) => r.status === 'fulfilled');
    const losers = results.filter((r): r is PromiseRejectedResult => r.status === 'rejected');
    expect(winners).toHaveLength(1);
    expect(losers).toHaveLength(9);
    for (const loser of losers) expect(loser.reason).toMatchObject({ code: 'conflict', details: { head: { number: 1 } } });
    expect(await revisionNumbers(team.coordinator, concept.id)).toEqual([1]);
  });

  it('ten parallel saves on successive bases never lose a revision number', async () => {
    const team = await buildDistrictTeam();
    const concept = await buildConcept(team.coordinator, team.district.id);
    const section = await sectionOf(concept.id, 'praeambel');
    await saveSectionDraft(team.editor, { sectionId: section.id, baseRevision: 0, content: doc('Start') });
    const results = await Promise.allSettled(
      Array.from({ length: 10 }, (_, i) => saveSectionDraft(team.editor, { sectionId: section.id, baseRevision: 1, content: doc(`Weiter ${i}`) })),
    );
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    expect(await revisionNumbers(team.editor, concept.id)).toEqual([2, 1]);
  });
});
