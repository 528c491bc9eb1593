import { loadCurrentActor } from '../auth/load-actor';
import { createConcept } from '../concepts/create-concept';
import { listDistrictFacilities } from '../facilities/queries';
import { findSectionByKey } from '../sections/queries';
import { saveSectionDraft } from '../sections/save-section-draft';
import { setChecklistItem, setSectionStatus } from '../sections/update-section-meta';
import { blocksToTiptap } from '../templates';
import type { Db } from '../../db/client';
import { DEMO_CONCEPT } from './demo-concept-content';

/**
 * The demo concept of Landkreis Musterland, written through the same use cases a
 * coordinator and an editor would use (so the demo exercises permissions, audit
 * and revisions exactly like real work). Needs DATABASE_URL to point at `db`.
 */
export async function seedDemoConcept(db: Db, ids: { districtId: string; coordinatorId: string; editorId: string }) {
  const coordinator = await loadCurrentActor(ids.coordinatorId);
  const editor = await loadCurrentActor(ids.editorId);
  if (!coordinator || !editor) throw new Error('Demo-Konten für das Demo-Konzept fehlen.');
  const facilities = await listDistrictFacilities(db, { districtId: ids.districtId });
  const concept = await createConcept(coordinator, {
    districtId: ids.districtId,
    title: DEMO_CONCEPT.title,
    templateId: 'gewaltschutz-gu',
    responsible: DEMO_CONCEPT.responsible,
    facilityIds: facilities.map((f) => f.id),
  });
  for (const [index, demo] of DEMO_CONCEPT.sections.entries()) {
    // Alternate authors so the overview shows a team at work.
    const author = index % 3 === 2 ? editor : coordinator;
    const section = await findSectionByKey(db, { conceptId: concept.id, key: demo.key });
    if (!section) throw new Error(`Demo-Abschnitt „${demo.key}“ fehlt in der Vorlage.`);
    await saveSectionDraft(author, { sectionId: section.id, baseRevision: section.head_revision, content: blocksToTiptap(demo.blocks) });
    if (demo.status === 'done') await setSectionStatus(coordinator, { sectionId: section.id, status: 'done' });
    for (const itemKey of demo.checklistDone) await setChecklistItem(author, { sectionId: section.id, itemKey, isDone: true });
  }
  return concept;
}
