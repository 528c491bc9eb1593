import { getDb } from '../../db/client';
import type { DistrictRole, PlatformRole } from '../../db/types';
import { assertPlatform, type Actor } from '../access';
import { listUsersWithLinks } from './queries';

/** An account on the administration's list. */
export interface UserListEntry {
  id: string;
  email: string;
  displayName: string;
  platformRole: PlatformRole;
  isActive: boolean;
  memberships: Array<{ districtId: string; districtName: string; role: DistrictRole }>;
  /** Districts an advisor account is assigned to. */
  assignments: Array<{ districtId: string; districtName: string }>;
}

/** All accounts with their memberships and advisor assignments, by name. Platform administrators only. */
export async function listUsers(actor: Actor): Promise<UserListEntry[]> {
  assertPlatform(actor, 'user.manage');
  const users = await listUsersWithLinks(getDb());
  return users.map((u) => ({
    id: u.id,
    email: u.email,
    displayName: u.display_name,
    platformRole: u.platform_role,
    isActive: u.is_active,
    memberships: u.memberships.map((m) => ({ districtId: m.district_id, districtName: m.district_name, role: m.role })),
    assignments: u.assignments.map((a) => ({ districtId: a.district_id, districtName: a.district_name })),
  }));
}
