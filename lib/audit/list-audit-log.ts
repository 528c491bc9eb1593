import { getDb } from '../../db/client';
import { assertCan, type Actor } from '../access';
import { parseId } from '../shared/schemas';
import { listAuditEntries } from './queries';

export const AUDIT_PAGE_SIZE = 200;

/**
 * The district's audit trail, newest first: who changed what, when. Coordinators
 * of the district (they are accountable for the concept); others get forbidden or not_found.
 */
export async function listAuditLog(actor: Actor, rawDistrictId: unknown) {
  const districtId = parseId(rawDistrictId);
  assertCan(actor, 'audit.read', { districtId });
  return listAuditEntries(getDb(), { districtId, limit: AUDIT_PAGE_SIZE });
}
