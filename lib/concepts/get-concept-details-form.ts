import { getDb } from '../../db/client';
import type { Actor } from '../access';
import { listDistrictFacilities } from '../facilities/queries';
import { loadConcept } from './load-concept';
import { listConceptFacilities } from './scope-queries';

/** The page „Eckdaten bearbeiten“. */
export interface ConceptDetailsForm {
  concept: { id: string; title: string; responsible: string };
  district: { id: string; name: string };
  /** Whether the actor may change the Eckdaten now (the page is refused otherwise). */
  canManage: boolean;
  /** Every facility of the district, marked when it is in the concept's scope (Geltungsbereich). */
  facilities: Array<{ id: string; name: string; capacity: number; inScope: boolean }>;
}

/**
 * The form for a concept's Eckdaten: title, responsible body and the scope, offered from all of
 * the district's facilities. Anyone who may read the concept (members and assigned advisors
 * read the district's facilities anyway); `canManage` says whether the form may be used, which
 * updateConceptDetails checks again. Throws not_found (other district, unshared for advisors).
 */
export async function getConceptDetailsForm(actor: Actor, conceptId: unknown): Promise<ConceptDetailsForm> {
  const db = getDb();
  const { concept, district, can } = await loadConcept(db, actor, conceptId);
  const [scope, facilities] = await Promise.all([
    listConceptFacilities(db, { districtId: district.id, conceptId: concept.id }),
    listDistrictFacilities(db, { districtId: district.id }),
  ]);
  const inScope = new Set(scope.map((f) => f.id));
  return {
    concept: { id: concept.id, title: concept.title, responsible: concept.responsible },
    district: { id: district.id, name: district.name },
    canManage: can['concept.manage'],
    facilities: facilities.map((f) => ({ id: f.id, name: f.name, capacity: f.capacity, inScope: inScope.has(f.id) })),
  };
}
