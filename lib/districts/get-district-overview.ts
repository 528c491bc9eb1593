import { getDb } from '../../db/client';
import { canInDistrict, type Actor } from '../access';
import { listConceptCards, type ConceptCard } from '../concepts/list-concepts';
import { loadDistrict, type DistrictHeader } from './load-district';
import { countDistrictConcepts } from './queries';

/** The page of a district. */
export interface DistrictOverview {
  district: DistrictHeader;
  /** How many concepts the district has (all of them, also those the actor may not list). */
  conceptCount: number;
  /** The concepts the actor may list; null for those who see only the count (administrators). */
  concepts: ConceptCard[] | null;
  canCreateConcept: boolean;
}

/**
 * A district's page: what it is, the actor's role, its concepts (advisors see the shared ones)
 * and whether the actor may start a new one. Administrators see that concepts exist (a count),
 * never their titles. Throws not_found unless the actor may read the district and it is active.
 */
export async function getDistrictOverview(actor: Actor, districtId: unknown): Promise<DistrictOverview> {
  const db = getDb();
  const district = await loadDistrict(db, actor, districtId, 'district.read');
  const canList = canInDistrict(actor, 'concept.list', district.id);
  const [conceptCount, concepts] = await Promise.all([
    countDistrictConcepts(db, { districtId: district.id }),
    canList ? listConceptCards(db, actor, [district.id]) : null,
  ]);
  return { district, conceptCount, concepts, canCreateConcept: canInDistrict(actor, 'concept.create', district.id) };
}
