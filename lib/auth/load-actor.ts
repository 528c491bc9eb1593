import { randomUUID } from 'node:crypto';
import { getDb } from '../../db/client';
import type { Actor } from '../access/actor';
import { SESSION_MAX_AGE_SECONDS } from './config';
import { findSessionActor, findSessionUser, insertRevokedSession } from './queries';

/** What the session token carries: the user id, a stable session id, the sign-in time and generation. */
export interface SessionClaims {
  userId: string;
  sessionId: string;
  /** Sign-in time, seconds since epoch. Kept unchanged when next-auth refreshes the token. */
  authAt: number;
  /**
   * The account's session generation at sign-in. Ending all sessions of an account (password
   * change or reset, deactivation) moves the account's counter on, so every earlier session ends,
   * however close in time; a clock comparison would miss one signed in during the same second.
   */
  generation: number;
}

/** The claims we rely on, or undefined for a token that lacks them (then the session is invalid). */
export function sessionClaimsFrom(token: Record<string, unknown> | null | undefined): SessionClaims | undefined {
  if (
    !token ||
    typeof token.sub !== 'string' ||
    typeof token.sid !== 'string' ||
    typeof token.authAt !== 'number' ||
    !Number.isInteger(token.gen)
  ) {
    return undefined;
  }
  return { userId: token.sub, sessionId: token.sid, authAt: token.authAt, generation: token.gen as number };
}

/** The token fields of a session (next-auth's JWT); `sessionClaimsFrom` reads them back. */
export function sessionToken(claims: SessionClaims): { sub: string; sid: string; authAt: number; gen: number } {
  return { sub: claims.userId, sid: claims.sessionId, authAt: claims.authAt, gen: claims.generation };
}

/**
 * Builds the actor for a session from the database, on every request: a removed
 * membership, a deactivated account, a sign-out or a password change takes
 * effect at once, not when the token expires (also for a session signed in
 * a moment before the change: see SessionClaims.generation). Undefined when the session is no
 * longer valid. Sessions end at the latest SESSION_MAX_AGE after sign-in, even
 * if the token was refreshed in between.
 */
export async function loadActor(claims: SessionClaims, now = new Date()): Promise<Actor | undefined> {
  if (now.getTime() - claims.authAt * 1000 > SESSION_MAX_AGE_SECONDS * 1000) return undefined;
  const user = await findSessionActor(getDb(), { userId: claims.userId, sessionId: claims.sessionId });
  if (!user || !user.is_active || user.is_revoked) return undefined;
  if (user.session_generation !== claims.generation) return undefined;
  return {
    userId: user.id,
    email: user.email,
    displayName: user.display_name,
    platformRole: user.platform_role,
    mustChangePassword: user.must_change_password,
    memberships: user.memberships.map((m) => ({ districtId: m.district_id, role: m.role })),
    advisorDistrictIds: user.platform_role === 'advisor' ? user.assignments.map((a) => a.district_id) : [],
  };
}

/**
 * The actor of an account as it is now, for trusted server-side callers that act without a
 * browser session (the demo seed, tests): as if the account had just signed in. Undefined for a
 * missing or deactivated account.
 */
export async function loadCurrentActor(userId: string): Promise<Actor | undefined> {
  const user = await findSessionUser(getDb(), { userId });
  if (!user) return undefined;
  const authAt = Math.floor(Date.now() / 1000);
  return loadActor({ userId, sessionId: randomUUID(), authAt, generation: user.session_generation });
}

/** Ends one session server-side (sign-out), so a copied cookie stops working too. */
export async function revokeSession(claims: Pick<SessionClaims, 'sessionId' | 'authAt'>): Promise<void> {
  const expiresAt = new Date((claims.authAt + SESSION_MAX_AGE_SECONDS) * 1000);
  await insertRevokedSession(getDb(), { sessionId: claims.sessionId, expiresAt });
}
