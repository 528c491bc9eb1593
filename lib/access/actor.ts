import type { DistrictRole, PlatformRole } from '../../db/types';

/** Who is acting, read fresh from the database on every request. */
export interface Actor {
  userId: string;
  email: string;
  displayName: string;
  platformRole: PlatformRole;
  mustChangePassword: boolean;
  /** District staff: one entry per district the user belongs to. */
  memberships: ReadonlyArray<{ districtId: string; role: DistrictRole }>;
  /** DeBUG advisors: the districts assigned to them. */
  advisorDistrictIds: ReadonlyArray<string>;
}
