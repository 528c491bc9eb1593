import { randomUUID } from 'node:crypto';
import { getDb } from '../../db/client';
import type { Bundesland, DistrictKind, DistrictRole, PlatformRole } from '../../db/types';
import type { Actor } from '../../lib/access';
import { insertAssignment } from '../../lib/advisors/queries';
import { authenticate } from '../../lib/auth/authenticate';
import { loadCurrentActor, type SessionClaims } from '../../lib/auth/load-actor';
import { hashPassword } from '../../lib/auth/passwords';
import { insertDistrict } from '../../lib/districts/queries';
import { insertMembership } from '../../lib/members/queries';
import { insertUser } from '../../lib/users/queries';

/**
 * Domain factories for integration tests. Every call creates new rows with unique
 * names and e-mail addresses, so test files running in parallel never collide and
 * no test depends on data another test left behind.
 */

/** A short random tag for unique, readable names. */
export function uniqueTag(): string {
  return randomUUID().slice(0, 8);
}

/** A fresh fictional IP address, so sign-in throttling counters of different tests never mix. */
export function uniqueIp(): string {
  const bytes = randomUUID().replace(/-/g, '').slice(0, 6);
  return ['10', ...[0, 2, 4].map((i) => String(parseInt(bytes.slice(i, i + 2), 16)))].join('.');
}

export const DEFAULT_TEST_PASSWORD = 'Test-Passwort-sicher-2026';

// Hashing with argon2id costs tens of milliseconds; most accounts share the default password.
let defaultPasswordHash: Promise<string> | undefined;
function passwordHashFor(password: string): Promise<string> {
  if (password !== DEFAULT_TEST_PASSWORD) return hashPassword(password);
  defaultPasswordHash ??= hashPassword(DEFAULT_TEST_PASSWORD);
  return defaultPasswordHash;
}

export interface BuiltDistrict {
  id: string;
  name: string;
  kind: DistrictKind;
  state: Bundesland;
}

export async function buildDistrict(overrides: Partial<Omit<BuiltDistrict, 'id'>> = {}): Promise<BuiltDistrict> {
  const district = await insertDistrict(getDb(), {
    name: overrides.name ?? `Landkreis Test-${uniqueTag()}`,
    kind: overrides.kind ?? 'Landkreis',
    state: overrides.state ?? 'Niedersachsen',
  });
  return { id: district.id, name: district.name, kind: district.kind, state: district.state };
}

export interface BuiltUser {
  id: string;
  email: string;
  displayName: string;
  platformRole: PlatformRole;
  /** The clear-text password the account was created with. */
  password: string;
}

export async function buildUser(
  options: { platformRole?: PlatformRole; password?: string; email?: string; displayName?: string; mustChangePassword?: boolean } = {},
): Promise<BuiltUser> {
  const tag = uniqueTag();
  const password = options.password ?? DEFAULT_TEST_PASSWORD;
  const user = await insertUser(getDb(), {
    email: options.email ?? `person-${tag}@test.example`,
    displayName: options.displayName ?? `Testperson ${tag}`,
    platformRole: options.platformRole ?? 'user',
    passwordHash: await passwordHashFor(password),
    mustChangePassword: options.mustChangePassword ?? false,
  });
  return { id: user.id, email: user.email, displayName: user.display_name, platformRole: user.platform_role, password };
}

/** A district staff account with a membership in the given district. */
export async function buildMember(districtId: string, role: DistrictRole, options: { password?: string } = {}): Promise<BuiltUser> {
  const user = await buildUser({ platformRole: 'user', ...options });
  await insertMembership(getDb(), { districtId, userId: user.id, role });
  return user;
}

/** A DeBUG advisor assigned to the given districts. */
export async function buildAdvisor(districtIds: string[] = []): Promise<BuiltUser> {
  const user = await buildUser({ platformRole: 'advisor' });
  for (const districtId of districtIds) await insertAssignment(getDb(), { userId: user.id, districtId });
  return user;
}

export function buildAdmin(): Promise<BuiltUser> {
  return buildUser({ platformRole: 'admin' });
}

/**
 * Claims of a session signed in just now (or as overridden), with the session generation of a
 * new account (0). After a password change or deactivation use `sessionFromSignIn` for a current session.
 */
export function sessionFor(userId: string, overrides: Partial<Omit<SessionClaims, 'userId'>> = {}): SessionClaims {
  return { userId, sessionId: randomUUID(), authAt: Math.floor(Date.now() / 1000), generation: 0, ...overrides };
}

/** Claims of a session from a real sign-in (e-mail and password checked, generation as issued). */
export async function sessionFromSignIn(credentials: { email: string; password: string }): Promise<SessionClaims> {
  const { userId, sessionGeneration } = await authenticate({ ...credentials, ip: uniqueIp() });
  return { userId, sessionId: randomUUID(), authAt: Math.floor(Date.now() / 1000), generation: sessionGeneration };
}

/** The actor of a fresh session of this user, loaded from the database as on every request. */
export async function actorFor(userId: string): Promise<Actor> {
  const actor = await loadCurrentActor(userId);
  if (!actor) throw new Error(`No actor for user ${userId}: account missing or deactivated.`);
  return actor;
}

/** Audit entries about one object (user, district, membership …), oldest first. */
export async function auditEntriesFor(objectId: string) {
  return getDb()
    .selectFrom('audit_log')
    .select(['actor_user_id', 'district_id', 'action', 'object_type', 'object_id', 'details'])
    .where('object_id', '=', objectId)
    .orderBy('created_at')
    .execute();
}
