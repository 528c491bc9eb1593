import type { Db } from '../../db/client';
import { insertAuditEntry } from '../audit/queries';
import { findConceptForUpdate, updateConceptState } from '../concepts/queries';

/**
 * Marks the edition a newly adopted Fortschreibung continues as „abgelöst“ (superseded). Runs in
 * the adoption's transaction, after its permission check; only an adopted predecessor of the
 * same district changes.
 */
export async function supersedePredecessor(
  trx: Db,
  { districtId, conceptId, actorUserId, successorTitle }: { districtId: string; conceptId: string; actorUserId: string; successorTitle: string },
) {
  const previous = await findConceptForUpdate(trx, { conceptId });
  if (!previous || previous.district_id !== districtId || previous.status !== 'adopted') return;
  await updateConceptState(trx, { conceptId: previous.id, status: 'superseded' });
  await insertAuditEntry(trx, {
    actorUserId,
    districtId,
    action: 'concept.supersede',
    objectType: 'concept',
    objectId: previous.id,
    conceptId: previous.id,
    details: { concept: previous.title, successor: successorTitle },
  });
}
