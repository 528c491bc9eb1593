import { sql } from 'kysely';
import type { Db } from '../../db/client';
import type { PlatformRole } from '../../db/types';

const USER_COLUMNS = ['id', 'email', 'display_name', 'platform_role', 'is_active', 'must_change_password', 'created_at'] as const;

export async function insertUser(
  db: Db,
  values: { email: string; displayName: string; passwordHash: string; platformRole: PlatformRole; mustChangePassword: boolean },
) {
  return db
    .insertInto('users')
    .values({
      email: values.email.toLowerCase(),
      display_name: values.displayName,
      password_hash: values.passwordHash,
      platform_role: values.platformRole,
      must_change_password: values.mustChangePassword,
    })
    .returning(USER_COLUMNS)
    .executeTakeFirstOrThrow();
}

export async function findUserByEmail(db: Db, { email }: { email: string }) {
  return db
    .selectFrom('users')
    .select(USER_COLUMNS)
    .where(sql<string>`lower(email)`, '=', email.toLowerCase())
    .executeTakeFirst();
}

export async function findUserById(db: Db, { userId }: { userId: string }) {
  return db.selectFrom('users').select([...USER_COLUMNS, 'password_hash']).where('id', '=', userId).executeTakeFirst();
}

export async function listUsersWithLinks(db: Db) {
  const users = await db.selectFrom('users').select(USER_COLUMNS).orderBy('display_name').execute();
  const memberships = await db
    .selectFrom('memberships')
    .innerJoin('districts', 'districts.id', 'memberships.district_id')
    .select(['memberships.user_id', 'memberships.role', 'districts.id as district_id', 'districts.name as district_name'])
    .execute();
  const assignments = await db
    .selectFrom('advisor_assignments')
    .innerJoin('districts', 'districts.id', 'advisor_assignments.district_id')
    .select(['advisor_assignments.user_id', 'districts.id as district_id', 'districts.name as district_name'])
    .execute();
  return users.map((u) => ({
    ...u,
    memberships: memberships.filter((m) => m.user_id === u.id),
    assignments: assignments.filter((a) => a.user_id === u.id),
  }));
}

/** Sets a new password hash. Every session issued so far stops working (the current one too). */
export async function updatePassword(
  db: Db,
  { userId, passwordHash, mustChangePassword }: { userId: string; passwordHash: string; mustChangePassword: boolean },
) {
  await db
    .updateTable('users')
    .set({
      password_hash: passwordHash,
      must_change_password: mustChangePassword,
      session_generation: sql<number>`session_generation + 1`,
      updated_at: sql<Date>`now()`,
    })
    .where('id', '=', userId)
    .execute();
}

/** Deactivating also ends all sessions, so re-activating later does not revive them. */
export async function updateUserActive(db: Db, { userId, isActive }: { userId: string; isActive: boolean }) {
  await db
    .updateTable('users')
    .set({
      is_active: isActive,
      updated_at: sql<Date>`now()`,
      ...(isActive ? {} : { session_generation: sql<number>`session_generation + 1` }),
    })
    .where('id', '=', userId)
    .execute();
}

export async function countActiveAdmins(db: Db) {
  const row = await db
    .selectFrom('users')
    .select(sql<string>`count(*)`.as('n'))
    .where('platform_role', '=', 'admin')
    .where('is_active', '=', true)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}
