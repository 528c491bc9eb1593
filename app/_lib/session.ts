import 'server-only';
import { cookies } from 'next/headers';
import { redirect } from 'next/navigation';
import { cache } from 'react';
import type { Actor } from '@/lib/access/actor';
import { AppError } from '@/lib/errors';
import { SESSION_COOKIE, authSecret } from '@/lib/auth/config';
import { decodeSessionToken } from '@/lib/auth/decode-session';
import { loadActor, sessionClaimsFrom } from '@/lib/auth/load-actor';

/** The signed-in actor of this request, or undefined. Cached per request. */
export const getActor = cache(async (): Promise<Actor | undefined> => {
  const token = (await cookies()).get(SESSION_COOKIE)?.value;
  if (!token) return undefined;
  const claims = await decodeSessionToken(token, authSecret());
  const sessionClaims = sessionClaimsFrom(claims);
  return sessionClaims ? loadActor(sessionClaims) : undefined;
});

/** Where someone signed in with a temporary password is sent until they have chosen their own. */
export const CHOOSE_PASSWORD_PATH = '/account';

/**
 * For server actions and route handlers: the actor, or `unauthenticated`. An account with a
 * temporary password (set by a coordinator or an administrator, who have seen it) may do nothing
 * but choose its own: `forbidden` otherwise; only the password change itself passes
 * `allowTemporaryPassword`.
 */
export async function requireActor(options: { allowTemporaryPassword?: boolean } = {}): Promise<Actor> {
  const actor = await getActor();
  if (!actor) throw new AppError('unauthenticated', 'Ihre Sitzung ist abgelaufen. Bitte melden Sie sich erneut an.');
  if (actor.mustChangePassword && !options.allowTemporaryPassword) {
    throw new AppError('forbidden', 'Bitte wählen Sie zuerst unter „Mein Konto“ ein eigenes Passwort.');
  }
  return actor;
}

/**
 * For pages: the actor, or a redirect to the sign-in page that returns here afterwards. With a
 * temporary password every page but „Mein Konto“ redirects there.
 */
export async function requirePageActor(returnTo: string): Promise<Actor> {
  const actor = await getActor();
  if (!actor) redirect(`/login?callbackUrl=${encodeURIComponent(returnTo)}`);
  if (actor.mustChangePassword && returnTo !== CHOOSE_PASSWORD_PATH) redirect(CHOOSE_PASSWORD_PATH);
  return actor;
}
