import 'server-only';
import { decode } from 'next-auth/jwt';
import { cookies } from 'next/headers';
import { redirect } from 'next/navigation';
import { cache } from 'react';
import type { Actor } from '../access/actor';
import { AppError } from '../errors';
import { SESSION_COOKIE, authSecret } from './config';
import { loadActor, sessionClaimsFrom } from './load-actor';

/** The signed-in actor of this request, or undefined. Cached per request. */
export const getActor = cache(async (): Promise<Actor | undefined> => {
  const token = (await cookies()).get(SESSION_COOKIE)?.value;
  if (!token) return undefined;
  const claims = await decode({ token, secret: authSecret() }).catch(() => null);
  const sessionClaims = sessionClaimsFrom(claims);
  return sessionClaims ? loadActor(sessionClaims) : undefined;
});

/** For server actions and route handlers: the actor, or `unauthenticated`. */
export async function requireActor(): Promise<Actor> {
  const actor = await getActor();
  if (!actor) throw new AppError('unauthenticated', 'Ihre Sitzung ist abgelaufen. Bitte melden Sie sich erneut an.');
  return actor;
}

/** For pages: the actor, or a redirect to the sign-in page that returns here afterwards. */
export async function requirePageActor(returnTo: string): Promise<Actor> {
  const actor = await getActor();
  if (!actor) redirect(`/login?callbackUrl=${encodeURIComponent(returnTo)}`);
  return actor;
}
