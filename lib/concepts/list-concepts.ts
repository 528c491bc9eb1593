import type { Db } from '../../db/client';
import type { ConceptStatus } from '../../db/schema-concepts';
import { canInDistrict, districtRelation, type Actor } from '../access';
import { listDistrictConcepts } from './queries';

/** A concept in a list (district page, start page): status and progress. */
export interface ConceptCard {
  id: string;
  districtId: string;
  title: string;
  status: ConceptStatus;
  sectionCount: number;
  doneCount: number;
  /** The last change of any section; null while nobody has saved. */
  lastEditAt: Date | null;
}

/** Districts in which the actor sees only concepts shared with the advisors. */
function advisedDistrictIds(actor: Actor, districtIds: string[]): string[] {
  return districtIds.filter((id) => districtRelation(actor, id) === 'advisor');
}

/**
 * The concepts of the given districts the actor may list (concept.list in each; advisors see
 * shared concepts only), most recently changed first. Districts without the right are left out.
 */
export async function listConceptCards(db: Db, actor: Actor, districtIds: string[]): Promise<ConceptCard[]> {
  const ids = districtIds.filter((id) => canInDistrict(actor, 'concept.list', id));
  const rows = await listDistrictConcepts(db, { districtIds: ids, sharedOnlyDistrictIds: advisedDistrictIds(actor, ids) });
  return rows.map((r) => ({
    id: r.id,
    districtId: r.district_id,
    title: r.title,
    status: r.status,
    sectionCount: Number(r.section_count ?? 0),
    doneCount: Number(r.done_count ?? 0),
    lastEditAt: r.last_edit_at ?? null,
  }));
}

