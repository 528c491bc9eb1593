import { getDb } from '../../db/client';
import type { Actor } from '../access';
import { loadConcept } from '../concepts/load-concept';
import { listConceptAuditEntries } from './queries';

export const ACTIVITY_PAGE_SIZE = 300;

/**
 * What happened to one concept, newest first: saves, workflow steps, Fassungen, comments,
 * verdicts, changes of its details — who, what, when. Anyone who may read the concept (the
 * district's members and, for a shared concept, its advisors). Throws not_found.
 */
export async function listConceptActivity(actor: Actor, conceptId: unknown) {
  const db = getDb();
  const { concept, district } = await loadConcept(db, actor, conceptId);
  const entries = await listConceptAuditEntries(db, { districtId: district.id, conceptId: concept.id, limit: ACTIVITY_PAGE_SIZE });
  return {
    concept: { id: concept.id, title: concept.title },
    district: { id: district.id, name: district.name },
    entries,
    isTruncated: entries.length === ACTIVITY_PAGE_SIZE,
  };
}
