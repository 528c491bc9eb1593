import { sql } from 'kysely';
import type { Db } from '../../db/client';
import type { DistrictRole } from '../../db/types';

export async function listDistrictMembers(db: Db, { districtId }: { districtId: string }) {
  return db
    .selectFrom('memberships')
    .innerJoin('users', 'users.id', 'memberships.user_id')
    .select([
      'users.id as user_id',
      'users.email',
      'users.display_name',
      'users.is_active',
      'users.must_change_password',
      'memberships.role',
      'memberships.created_at',
    ])
    .where('memberships.district_id', '=', districtId)
    .orderBy('memberships.role')
    .orderBy('users.display_name')
    .execute();
}

export async function listDistrictAdvisors(db: Db, { districtId }: { districtId: string }) {
  return db
    .selectFrom('advisor_assignments')
    .innerJoin('users', 'users.id', 'advisor_assignments.user_id')
    .select(['users.id as user_id', 'users.email', 'users.display_name', 'users.is_active'])
    .where('advisor_assignments.district_id', '=', districtId)
    .orderBy('users.display_name')
    .execute();
}

/** Locks the membership row: role changes and removals must see a stable coordinator count. */
export async function findMembershipForUpdate(db: Db, { districtId, userId }: { districtId: string; userId: string }) {
  return db
    .selectFrom('memberships')
    .innerJoin('users', 'users.id', 'memberships.user_id')
    .select(['memberships.user_id', 'memberships.district_id', 'memberships.role', 'users.display_name', 'users.email'])
    .where('memberships.district_id', '=', districtId)
    .where('memberships.user_id', '=', userId)
    .forUpdate('memberships')
    .executeTakeFirst();
}

/** Active coordinators of a district (recipients of the district's notifications). */
export async function listCoordinatorIds(db: Db, { districtId }: { districtId: string }): Promise<string[]> {
  const rows = await db
    .selectFrom('memberships')
    .innerJoin('users', 'users.id', 'memberships.user_id')
    .select('users.id')
    .where('memberships.district_id', '=', districtId)
    .where('memberships.role', '=', 'coordinator')
    .where('users.is_active', '=', true)
    .execute();
  return rows.map((r) => r.id);
}

/** The active districts an account works in: as member (with role) or as assigned advisor. */
export async function listActiveDistrictLinksOfUser(db: Db, { userId }: { userId: string }) {
  const [memberships, assignments] = await Promise.all([
    db
      .selectFrom('memberships')
      .innerJoin('districts', 'districts.id', 'memberships.district_id')
      .select(['districts.id as districtId', 'districts.name as districtName', 'memberships.role'])
      .where('memberships.user_id', '=', userId)
      .where('districts.is_active', '=', true)
      .execute(),
    db
      .selectFrom('advisor_assignments')
      .innerJoin('districts', 'districts.id', 'advisor_assignments.district_id')
      .select(['districts.id as districtId', 'districts.name as districtName'])
      .where('advisor_assignments.user_id', '=', userId)
      .where('districts.is_active', '=', true)
      .execute(),
  ]);
  return [
    ...memberships.map((m) => ({ districtId: m.districtId, districtName: m.districtName, role: m.role as DistrictRole | 'advisor' })),
    ...assignments.map((a) => ({ districtId: a.districtId, districtName: a.districtName, role: 'advisor' as const })),
  ];
}

/** Active coordinators of a district, optionally not counting one person (the one about to change). */
export async function countCoordinators(db: Db, { districtId, exceptUserId }: { districtId: string; exceptUserId?: string }) {
  let query = db
    .selectFrom('memberships')
    .innerJoin('users', 'users.id', 'memberships.user_id')
    .select(sql<string>`count(*)`.as('n'))
    .where('memberships.district_id', '=', districtId)
    .where('memberships.role', '=', 'coordinator')
    .where('users.is_active', '=', true);
  if (exceptUserId) query = query.where('users.id', '!=', exceptUserId);
  const row = await query.executeTakeFirstOrThrow();
  return Number(row.n);
}

export async function insertMembership(db: Db, values: { districtId: string; userId: string; role: DistrictRole }) {
  await db
    .insertInto('memberships')
    .values({ district_id: values.districtId, user_id: values.userId, role: values.role })
    .execute();
}

export async function updateMembershipRole(db: Db, values: { districtId: string; userId: string; role: DistrictRole }) {
  await db
    .updateTable('memberships')
    .set({ role: values.role })
    .where('district_id', '=', values.districtId)
    .where('user_id', '=', values.userId)
    .execute();
}

export async function deleteMembership(db: Db, { districtId, userId }: { districtId: string; userId: string }) {
  await db.deleteFrom('memberships').where('district_id', '=', districtId).where('user_id', '=', userId).execute();
}

/**
 * Serialises membership changes per district (coordinator count invariant) on real Postgres.
 * Undefined for a district that does not exist or is deactivated: nobody changes its members.
 */
export async function lockDistrict(db: Db, { districtId }: { districtId: string }) {
  return db
    .selectFrom('districts')
    .select(['id', 'name'])
    .where('id', '=', districtId)
    .where('is_active', '=', true)
    .forUpdate()
    .executeTakeFirst();
}
