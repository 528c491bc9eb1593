import { getDb } from '../../db/client';
import type { Actor } from '../access/actor';
import { SESSION_MAX_AGE_SECONDS } from './config';
import { findSessionUser, insertRevokedSession, isSessionRevoked, listUserDistrictLinks } from './queries';

/** What the session token carries: the user id, a stable session id and the sign-in time. */
export interface SessionClaims {
  userId: string;
  sessionId: string;
  /** Sign-in time, seconds since epoch. Kept unchanged when next-auth refreshes the token. */
  authAt: number;
}

/** The claims we rely on, or undefined for a token that lacks them (then the session is invalid). */
export function sessionClaimsFrom(token: Record<string, unknown> | null | undefined): SessionClaims | undefined {
  if (!token || typeof token.sub !== 'string' || typeof token.sid !== 'string' || typeof token.authAt !== 'number') {
    return undefined;
  }
  return { userId: token.sub, sessionId: token.sid, authAt: token.authAt };
}

/**
 * Builds the actor for a session from the database, on every request: a removed
 * membership, a deactivated account, a sign-out or a password change takes
 * effect at once, not when the token expires. Undefined when the session is no
 * longer valid. Sessions end at the latest SESSION_MAX_AGE after sign-in, even
 * if the token was refreshed in between.
 */
export async function loadActor(claims: SessionClaims, now = new Date()): Promise<Actor | undefined> {
  if (now.getTime() - claims.authAt * 1000 > SESSION_MAX_AGE_SECONDS * 1000) return undefined;
  const db = getDb();
  const [user, revoked, links] = await Promise.all([
    findSessionUser(db, { userId: claims.userId }),
    isSessionRevoked(db, { sessionId: claims.sessionId }),
    listUserDistrictLinks(db, { userId: claims.userId }),
  ]);
  if (!user || !user.is_active || revoked) return undefined;
  if (claims.authAt * 1000 < new Date(user.sessions_valid_after).getTime()) return undefined;
  return {
    userId: user.id,
    email: user.email,
    displayName: user.display_name,
    platformRole: user.platform_role,
    mustChangePassword: user.must_change_password,
    memberships: links.memberships.map((m) => ({ districtId: m.district_id, role: m.role })),
    advisorDistrictIds: user.platform_role === 'advisor' ? links.assignments.map((a) => a.district_id) : [],
  };
}

/** Ends one session server-side (sign-out), so a copied cookie stops working too. */
export async function revokeSession(claims: Pick<SessionClaims, 'sessionId' | 'authAt'>): Promise<void> {
  const expiresAt = new Date((claims.authAt + SESSION_MAX_AGE_SECONDS) * 1000);
  await insertRevokedSession(getDb(), { sessionId: claims.sessionId, expiresAt });
}
