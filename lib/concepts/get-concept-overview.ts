import { getDb } from '../../db/client';
import { assertCan, canInDistrict, districtRelation, visibleDistrictIds, type Actor } from '../access';
import { listConceptSections } from '../sections/queries';
import { parseId } from '../shared/schemas';
import { flattenSections } from '../templates';
import { loadConcept } from './load-concept';
import { listConceptFacilities, listDistrictConcepts } from './queries';

/**
 * The concept overview: every section in template order with number, title,
 * required flag, status, checklist progress and last edit, plus overall progress.
 * Anyone with concept.read in the concept's district.
 */
export async function getConceptOverview(actor: Actor, conceptId: unknown) {
  const db = getDb();
  const { concept, district, template, can } = await loadConcept(db, actor, conceptId);
  const [rows, facilities] = await Promise.all([
    listConceptSections(db, { districtId: district.id, conceptId: concept.id }),
    listConceptFacilities(db, { districtId: district.id, conceptId: concept.id }),
  ]);
  const byKey = new Map(rows.map((r) => [r.key, r]));
  const sections = flattenSections(template).map((flat) => {
    const row = byKey.get(flat.key);
    const items = flat.section.checklist;
    const ticked = items.filter((item) => row?.checklist[item.key]).length;
    return {
      key: flat.key,
      number: flat.number,
      title: flat.title,
      depth: flat.depth,
      isRequired: flat.section.required,
      status: row?.status ?? 'empty',
      checklist: { done: ticked, total: items.length },
      // updated_by is set only by people (a template's starter revision has no author).
      lastEditedBy: row?.updated_by ? (row.updated_by_name ?? null) : null,
      lastEditedAt: row?.updated_by ? row.updated_at : null,
    };
  });
  const count = (pred: (s: (typeof sections)[number]) => boolean) => sections.filter(pred).length;
  return {
    concept,
    district: { id: district.id, name: district.name, kind: district.kind },
    template: { id: template.id, version: template.version, title: template.title },
    facilities,
    sections,
    progress: {
      total: sections.length,
      done: count((s) => s.status === 'done'),
      inProgress: count((s) => s.status === 'in_progress'),
      requiredTotal: count((s) => s.isRequired),
      requiredDone: count((s) => s.isRequired && s.status === 'done'),
      checklistDone: sections.reduce((n, s) => n + s.checklist.done, 0),
      checklistTotal: sections.reduce((n, s) => n + s.checklist.total, 0),
    },
    canEdit: can['section.edit'],
    can,
  };
}

/** Districts in which the actor sees only concepts shared with the advisors. */
function advisedDistrictIds(actor: Actor, districtIds: string[]): string[] {
  return districtIds.filter((id) => districtRelation(actor, id) === 'advisor');
}

/** Concepts of one district (district page). concept.list in that district; advisors see shared concepts only. */
export async function listConcepts(actor: Actor, rawDistrictId: unknown) {
  const districtId = parseId(rawDistrictId);
  assertCan(actor, 'concept.list', { districtId });
  return listDistrictConcepts(getDb(), { districtIds: [districtId], sharedOnlyDistrictIds: advisedDistrictIds(actor, [districtId]) });
}

/** Concepts of every district the actor works in or advises (dashboard); advisors see shared concepts only. */
export async function listMyConcepts(actor: Actor) {
  const ids = visibleDistrictIds(actor).filter((id) => canInDistrict(actor, 'concept.list', id));
  return listDistrictConcepts(getDb(), { districtIds: ids, sharedOnlyDistrictIds: advisedDistrictIds(actor, ids) });
}
