import { sql } from 'kysely';
import { getDb } from '@/db/client';
import { addComment } from '@/lib/comments/write-comments';
import { restoreRevision } from '@/lib/sections/revisions';
import { saveSectionDraft } from '@/lib/sections/save-section-draft';
import { buildConcept, doc, sectionOf, shareWithAdvisors } from '../support/concept-factories';
import { buildDistrictTeam } from '../support/district-data-factories';
import { uniqueTag } from '../support/factories';

/**
 * A failure in the last step of a use case's transaction (the audit entry, written after the revision, the
 * head, the moved comment anchors, the thread and the notifications) must take everything with it: a half
 * write would show a text in the history that nobody was told was saved, or an anchor on a revision that does
 * not exist. The failure is injected by the database itself (a trigger on the audit log, for this one
 * district only), so the use cases run unchanged. Runs on the embedded database and on Postgres alike.
 */
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

async function failAuditWritesFor(districtId: string): Promise<() => Promise<void>> {
  if (!UUID.test(districtId)) throw new Error('not a uuid');
  const name = `skw_test_fault_${uniqueTag().replace(/-/g, '')}`;
  const db = getDb();
  await sql
    .raw(`create function ${name}() returns trigger language plpgsql as $$ begin raise exception 'eingeschleuster Fehler'; end $$`)
    .execute(db);
  await sql
    .raw(`create trigger ${name} before insert on audit_log for each row when (new.district_id = '${districtId}') execute function ${name}()`)
    .execute(db);
  return async () => {
    await sql.raw(`drop trigger if exists ${name} on audit_log`).execute(db);
    await sql.raw(`drop function if exists ${name}()`).execute(db);
  };
}

/** Everything a save, restore or comment could touch, for one concept. */
async function snapshot(conceptId: string, districtId: string) {
  const db = getDb();
  const [sections, revisions, threads, comments, notifications, audit] = await Promise.all([
    db.selectFrom('sections').select(['id', 'head_revision', 'status', 'updated_at']).where('concept_id', '=', conceptId).orderBy('id').execute(),
    db
      .selectFrom('section_revisions')
      .innerJoin('sections', 'sections.id', 'section_revisions.section_id')
      .select(['section_revisions.section_id', 'section_revisions.number', 'section_revisions.content_hash'])
      .where('sections.concept_id', '=', conceptId)
      .orderBy('section_revisions.section_id')
      .orderBy('section_revisions.number')
      .execute(),
    db.selectFrom('comment_threads').select(['id', 'number', 'anchor', 'is_detached']).where('concept_id', '=', conceptId).orderBy('number').execute(),
    db.selectFrom('comments').select(['id', 'body']).where('district_id', '=', districtId).orderBy('id').execute(),
    db.selectFrom('notifications').select(({ fn }) => fn.countAll<string>().as('count')).where('district_id', '=', districtId).executeTakeFirstOrThrow(),
    db.selectFrom('audit_log').select(({ fn }) => fn.countAll<string>().as('count')).where('district_id', '=', districtId).executeTakeFirstOrThrow(),
  ]);
  return { sections, revisions, threads, comments, notifications: Number(notifications.count), audit: Number(audit.count) };
}

describe('a failure inside a transaction leaves nothing half-written', () => {
  it('save, restore and comment fail as a whole; afterwards the chain continues without a gap', async () => {
    const team = await buildDistrictTeam();
    const concept = await buildConcept(team.coordinator, team.district.id);
    await shareWithAdvisors(team.coordinator, concept.id);
    const section = await sectionOf(concept.id, 'praeambel');
    const draft = await saveSectionDraft(team.editor, { sectionId: section.id, baseRevision: section.head_revision, content: doc('Ein erster Entwurf.') });
    const first = await saveSectionDraft(team.editor, { sectionId: section.id, baseRevision: draft.revision, content: doc('Unser Leitbild für alle Unterkünfte.') });
    // A range comment whose anchor a save would move, and a section comment, both from before the failure.
    await addComment(team.advisor, { sectionId: section.id, body: 'Bitte konkreter.', range: { revision: first.revision, start: 0, end: 12 } });
    await addComment(team.editor, { sectionId: section.id, body: 'Wir ergänzen das.' });
    const before = await snapshot(concept.id, team.district.id);

    const heal = await failAuditWritesFor(team.district.id);
    try {
      await expect(
        saveSectionDraft(team.editor, { sectionId: section.id, baseRevision: first.revision, content: doc('Ein neuer Text, der nie ankommen darf.') }),
      ).rejects.toThrow('eingeschleuster Fehler');
      await expect(restoreRevision(team.coordinator, { sectionId: section.id, revision: draft.revision })).rejects.toThrow('eingeschleuster Fehler');
      await expect(
        addComment(team.advisor, { sectionId: section.id, body: 'Dieser Hinweis darf nicht bleiben.', mentions: [team.coordinatorId], range: { revision: first.revision, start: 4, end: 12 } }),
      ).rejects.toThrow('eingeschleuster Fehler');
      // Many at once, as in a save storm: every one fails, none leaves a trace.
      const parallel = await Promise.allSettled(
        Array.from({ length: 8 }, (_, i) => saveSectionDraft(team.editor, { sectionId: section.id, baseRevision: first.revision, content: doc(`Parallel ${i}`) })),
      );
      expect(parallel.every((r) => r.status === 'rejected')).toBe(true);

      expect(await snapshot(concept.id, team.district.id)).toEqual(before);
    } finally {
      await heal();
    }

    // The same save now succeeds with the next number: no number was used up by the failed attempts.
    const next = await saveSectionDraft(team.editor, { sectionId: section.id, baseRevision: first.revision, content: doc('Jetzt kommt er an.') });
    expect(next.revision).toBe(first.revision + 1);
    const thread = await addComment(team.advisor, { sectionId: section.id, body: 'Danke.' });
    expect(thread.number).toBe(before.threads.length + 1);
  });
});
