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
    .select(['user_id', 'district_id', 'role'])
    .where('district_id', '=', districtId)
    .where('user_id', '=', userId)
    .forUpdate()
    .executeTakeFirst();
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

/** Serialises membership changes per district (coordinator count invariant) on real Postgres. */
export async function lockDistrict(db: Db, { districtId }: { districtId: string }) {
  return db.selectFrom('districts').select('id').where('id', '=', districtId).forUpdate().executeTakeFirst();
}
