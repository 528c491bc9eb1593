import { getDb } from '../../db/client';
import { assertCan, type Actor } from '../access';
import { AppError } from '../errors';
import { parseId } from '../shared/schemas';
import { listOpenDistrictInvitations } from './invitation-queries';
import { findActiveDistrict, listDistrictAdvisors, listDistrictMembers } from './queries';

/**
 * The district's members, open invitations (address and name as typed when inviting) and
 * assigned advisors. Members of the district and admins; others, and everyone for a
 * deactivated district, get not_found.
 */
export async function listMembers(actor: Actor, rawDistrictId: unknown) {
  const districtId = parseId(rawDistrictId);
  assertCan(actor, 'member.read', { districtId });
  const db = getDb();
  const [district, members, invitations, advisors] = await Promise.all([
    findActiveDistrict(db, { districtId }),
    listDistrictMembers(db, { districtId }),
    listOpenDistrictInvitations(db, { districtId }),
    listDistrictAdvisors(db, { districtId }),
  ]);
  if (!district) throw new AppError('not_found');
  return { members, invitations, advisors };
}
