import { sql } from 'kysely';
import type { Db } from '../../db/client';

export async function findUserForLogin(db: Db, { email }: { email: string }) {
  return db
    .selectFrom('users')
    .select(['id', 'password_hash', 'is_active', 'session_generation'])
    .where(sql<string>`lower(email)`, '=', email.toLowerCase())
    .executeTakeFirst();
}

export async function insertLoginAttempt(db: Db, attempt: { email: string; ip: string; isSuccess: boolean }) {
  await db
    .insertInto('login_attempts')
    .values({ email: attempt.email.toLowerCase(), ip: attempt.ip, is_success: attempt.isSuccess })
    .execute();
}

/**
 * Failures inside the window: per account since its last successful sign-in,
 * per IP address regardless of success (one office shares one address).
 * Returns the count and the time of the oldest counted failure.
 */
export async function countRecentFailures(
  db: Db,
  { email, ip, since }: { email: string; ip: string; since: Date },
) {
  const normalized = email.toLowerCase();
  const lastSuccess = db
    .selectFrom('login_attempts')
    .select(sql<Date>`coalesce(max(created_at), 'epoch'::timestamptz)`.as('at'))
    .where('email', '=', normalized)
    .where('is_success', '=', true);
  const account = await db
    .selectFrom('login_attempts')
    .select([sql<string>`count(*)`.as('n'), sql<Date | null>`min(created_at)`.as('oldest')])
    .where('email', '=', normalized)
    .where('is_success', '=', false)
    .where('created_at', '>', since)
    .where('created_at', '>', lastSuccess)
    .executeTakeFirstOrThrow();
  const byIp = await db
    .selectFrom('login_attempts')
    .select([sql<string>`count(*)`.as('n'), sql<Date | null>`min(created_at)`.as('oldest')])
    .where('ip', '=', ip)
    .where('is_success', '=', false)
    .where('created_at', '>', since)
    .executeTakeFirstOrThrow();
  return {
    account: { count: Number(account.n), oldest: account.oldest ? new Date(account.oldest) : null },
    ip: { count: Number(byIp.n), oldest: byIp.oldest ? new Date(byIp.oldest) : null },
  };
}

export async function deleteLoginAttemptsBefore(db: Db, before: Date) {
  await db.deleteFrom('login_attempts').where('created_at', '<', before).execute();
}

export async function findSessionUser(db: Db, { userId }: { userId: string }) {
  return db
    .selectFrom('users')
    .select(['id', 'email', 'display_name', 'platform_role', 'is_active', 'must_change_password', 'session_generation'])
    .where('id', '=', userId)
    .executeTakeFirst();
}

export async function isSessionRevoked(db: Db, { sessionId }: { sessionId: string }) {
  const row = await db
    .selectFrom('revoked_sessions')
    .select('session_id')
    .where('session_id', '=', sessionId)
    .executeTakeFirst();
  return row !== undefined;
}

export async function insertRevokedSession(db: Db, { sessionId, expiresAt }: { sessionId: string; expiresAt: Date }) {
  await db
    .insertInto('revoked_sessions')
    .values({ session_id: sessionId, expires_at: expiresAt })
    .onConflict((oc) => oc.column('session_id').doNothing())
    .execute();
  await db.deleteFrom('revoked_sessions').where('expires_at', '<', new Date()).execute();
}

/** Links to active districts only: a deactivated district is out of reach for everyone working in it. */
export async function listUserDistrictLinks(db: Db, { userId }: { userId: string }) {
  const [memberships, assignments] = await Promise.all([
    db
      .selectFrom('memberships')
      .innerJoin('districts', 'districts.id', 'memberships.district_id')
      .select(['memberships.district_id', 'memberships.role'])
      .where('memberships.user_id', '=', userId)
      .where('districts.is_active', '=', true)
      .execute(),
    db
      .selectFrom('advisor_assignments')
      .innerJoin('districts', 'districts.id', 'advisor_assignments.district_id')
      .select(['advisor_assignments.district_id'])
      .where('advisor_assignments.user_id', '=', userId)
      .where('districts.is_active', '=', true)
      .execute(),
  ]);
  return { memberships, assignments };
}

/**
 * Serialises sign-in attempts for one e-mail address until the transaction ends,
 * so parallel guesses cannot all read "fewer than 5 failures" before any is counted.
 */
export async function lockLoginAttempts(db: Db, { email }: { email: string }) {
  await sql`select pg_advisory_xact_lock(hashtext(${`login:${email.toLowerCase()}`}))`.execute(db);
}
