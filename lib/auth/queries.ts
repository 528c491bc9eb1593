import { sql } from 'kysely';
import { jsonArrayFrom } from 'kysely/helpers/postgres';
import type { Db } from '../../db/client';
import { compiledOnce } from '../../db/compiled-once';

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

export async function insertRevokedSession(db: Db, { sessionId, expiresAt }: { sessionId: string; expiresAt: Date }) {
  await db
    .insertInto('revoked_sessions')
    .values({ session_id: sessionId, expires_at: expiresAt })
    .onConflict((oc) => oc.column('session_id').doNothing())
    .execute();
  await db.deleteFrom('revoked_sessions').where('expires_at', '<', new Date()).execute();
}

/**
 * Everything a request's actor is built from, in one round trip: the account, whether this session
 * was ended (sign-out), and its links to active districts only (a deactivated district is out of
 * reach for everyone working in it). Undefined for an unknown account.
 */
/** Built and compiled once (db/compiled-once.ts): it runs on every request of a signed-in user. */
const sessionActorQuery = compiledOnce((db, { userId, sessionId }: { userId: string; sessionId: string }) =>
  db
    .selectFrom('users')
    .select((eb) => [
      'users.id',
      'users.email',
      'users.display_name',
      'users.platform_role',
      'users.is_active',
      'users.must_change_password',
      'users.session_generation',
      eb.exists(eb.selectFrom('revoked_sessions').select('revoked_sessions.session_id').where('revoked_sessions.session_id', '=', sessionId)).as('is_revoked'),
      jsonArrayFrom(
        eb
          .selectFrom('memberships')
          .innerJoin('districts', 'districts.id', 'memberships.district_id')
          .select(['memberships.district_id', 'memberships.role'])
          .whereRef('memberships.user_id', '=', 'users.id')
          .where('districts.is_active', '=', true),
      ).as('memberships'),
      jsonArrayFrom(
        eb
          .selectFrom('advisor_assignments')
          .innerJoin('districts', 'districts.id', 'advisor_assignments.district_id')
          .select(['advisor_assignments.district_id'])
          .whereRef('advisor_assignments.user_id', '=', 'users.id')
          .where('districts.is_active', '=', true),
      ).as('assignments'),
    ])
    .where('users.id', '=', userId),
);

export async function findSessionActor(db: Db, params: { userId: string; sessionId: string }) {
  return (await sessionActorQuery(db, params))[0];
}

/**
 * Serialises sign-in attempts for one e-mail address until the transaction ends,
 * so parallel guesses cannot all read "fewer than 5 failures" before any is counted.
 */
export async function lockLoginAttempts(db: Db, { email }: { email: string }) {
  await sql`select pg_advisory_xact_lock(hashtext(${`login:${email.toLowerCase()}`}))`.execute(db);
}
