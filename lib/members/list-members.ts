import { getDb } from '../../db/client';
import type { DistrictRole } from '../../db/types';
import { canInDistrict, type Actor } from '../access';
import { loadDistrict, type DistrictHeader } from '../districts/load-district';
import { listOpenDistrictInvitations } from './invitation-queries';
import { listDistrictAdvisors, listDistrictMembers } from './queries';

/** The team page of a district. */
export interface DistrictTeam {
  district: DistrictHeader;
  /** By role, then name; deactivated accounts too (marked). */
  members: Array<{
    userId: string;
    displayName: string;
    email: string;
    role: DistrictRole;
    isActive: boolean;
    /** The account still has its temporary password. */
    mustChangePassword: boolean;
    /** Member since. */
    createdAt: Date;
  }>;
  /** Open invitations, with address and name as typed when inviting. */
  invitations: Array<{ id: string; email: string; displayName: string; role: DistrictRole; createdAt: Date; invitedByName: string | null }>;
  /** The DeBUG advisors assigned to the district. */
  advisors: Array<{ userId: string; displayName: string; email: string }>;
  /** Whether the actor may invite, change roles and remove members (coordinators, administrators). */
  canManage: boolean;
}

/**
 * The district's members, open invitations and assigned advisors. Members of the district and
 * admins; others, and everyone for a deactivated district, get not_found (advisors: forbidden).
 */
export async function getDistrictTeam(actor: Actor, districtId: unknown): Promise<DistrictTeam> {
  const db = getDb();
  const district = await loadDistrict(db, actor, districtId, 'member.read');
  const ids = { districtId: district.id };
  const [members, invitations, advisors] = await Promise.all([
    listDistrictMembers(db, ids),
    listOpenDistrictInvitations(db, ids),
    listDistrictAdvisors(db, ids),
  ]);
  return {
    district,
    members: members.map((m) => ({
      userId: m.user_id,
      displayName: m.display_name,
      email: m.email,
      role: m.role,
      isActive: m.is_active,
      mustChangePassword: m.must_change_password,
      createdAt: m.created_at,
    })),
    invitations,
    advisors: advisors.map((a) => ({ userId: a.user_id, displayName: a.display_name, email: a.email })),
    canManage: canInDistrict(actor, 'member.manage', district.id),
  };
}
