import { getDb } from '@/db/client';
import { restoreRevision } from '@/lib/sections/revisions';
import { saveSectionDraft } from '@/lib/sections/save-section-draft';
import { setChecklistItem } from '@/lib/sections/update-section-meta';
import { getTemplate } from '@/lib/templates';
import { buildConcept, doc, sectionOf } from '../support/concept-factories';
import { buildDistrictTeam } from '../support/district-data-factories';
import { auditEntriesFor } from '../support/factories';

/**
 * Someone outside the district (a coordinator of another district, an account without any
 * district) gets "not found" from the checklist and from restoring a revision, and nothing is
 * written: no new revision, no changed checklist, no audit entry. The answers of every use case
 * (history and concept lists included) are checked by the access table in
 * tests/security/access-cases.test.ts; this file adds that the refused writes leave no trace.
 */

async function sectionWithTwoRevisions() {
  const team = await buildDistrictTeam();
  const concept = await buildConcept(team.coordinator, team.district.id);
  const start = await sectionOf(concept.id, 'praeambel');
  const first = await saveSectionDraft(team.editor, { sectionId: start.id, baseRevision: start.head_revision, content: doc('Erste Fassung.') });
  await saveSectionDraft(team.editor, { sectionId: start.id, baseRevision: first.revision, content: doc('Zweite Fassung.') });
  return { team, concept, section: await sectionOf(concept.id, 'praeambel') };
}

/** Everything a write could leave behind: the section row, its revisions, its audit entries. */
async function traces(sectionId: string) {
  const db = getDb();
  return {
    section: await db.selectFrom('sections').selectAll().where('id', '=', sectionId).executeTakeFirstOrThrow(),
    revisions: await db.selectFrom('section_revisions').select(['number']).where('section_id', '=', sectionId).orderBy('number').execute(),
    audit: await auditEntriesFor(sectionId),
  };
}

describe('outsiders get "not found" and change nothing', () => {
  it.each(['foreignCoordinator', 'outsider'] as const)('%s: ticking a checklist item and restoring a revision', async (who) => {
    const { team, section } = await sectionWithTwoRevisions();
    const itemKey = getTemplate('gewaltschutz-gu').sections.find((s) => s.key === 'praeambel')!.checklist[0]!.key;
    const before = await traces(section.id);

    await expect(setChecklistItem(team[who], { sectionId: section.id, itemKey, isDone: true })).rejects.toMatchObject({ code: 'not_found' });
    await expect(restoreRevision(team[who], { sectionId: section.id, revision: 1 })).rejects.toMatchObject({ code: 'not_found' });

    expect(await traces(section.id)).toEqual(before);
    // The same calls by the district's editor do change the section: the comparison above can fail.
    await setChecklistItem(team.editor, { sectionId: section.id, itemKey, isDone: true });
    await restoreRevision(team.editor, { sectionId: section.id, revision: 1 });
    const after = await traces(section.id);
    expect(after.section.head_revision).toBe(before.section.head_revision + 1);
    expect(after.section.checklist).not.toEqual(before.section.checklist);
  });

});
