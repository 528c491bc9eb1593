import { getDb } from '../../db/client';
import { assertCan, type Actor } from '../access';
import { parseId } from '../shared/schemas';
import { listDistrictAdvisors, listDistrictMembers } from './queries';

/** The district's members and assigned advisors. Members of the district and admins; others get not_found. */
export async function listMembers(actor: Actor, rawDistrictId: unknown) {
  const districtId = parseId(rawDistrictId);
  assertCan(actor, 'member.read', { districtId });
  const db = getDb();
  const [members, advisors] = await Promise.all([
    listDistrictMembers(db, { districtId }),
    listDistrictAdvisors(db, { districtId }),
  ]);
  return { members, advisors };
}
