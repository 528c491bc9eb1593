import { encode } from 'next-auth/jwt';
import type { Actor } from '@/lib/access';
import { sessionToken, type SessionClaims } from '@/lib/auth/load-actor';
import { AppError } from '@/lib/errors';

/**
 * Next's request-bound modules as the session code (app/_lib/session.ts) uses them, for tests that
 * call requireActor or whole endpoints outside Next. A test file installs them with
 *
 *   jest.mock('next/headers', () => jest.requireActual('../support/next-session-mock').nextHeaders);
 *   jest.mock('next/navigation', () => jest.requireActual('../support/next-session-mock').nextNavigation);
 *
 * and then signs in with signInWith(claims) or sets mockSession.cookie itself (undefined: signed out).
 *
 * Route tests that leave the cookie out replace app/_lib/session itself and name the person directly:
 *
 *   jest.mock('@/app/_lib/session', () => jest.requireActual('../support/next-session-mock').givenActorSession);
 *   mockActor.current = team.editor;
 */

/** The session cookie the mocked next/headers hands out, as Next would pass it from the browser. */
export const mockSession: { cookie: string | undefined } = { cookie: undefined };

/** What the mocked redirect() throws: the test reads where the person would have been sent. */
export class MockRedirect extends Error {
  constructor(readonly url: string) {
    super(`redirect ${url}`);
  }
}

export const nextHeaders = {
  cookies: async () => ({
    get: (name: string) => (name === 'skw.session' && mockSession.cookie ? { name, value: mockSession.cookie } : undefined),
  }),
  headers: async () => new Headers(),
};

export const nextNavigation = {
  redirect: (url: string) => {
    throw new MockRedirect(url);
  },
  notFound: () => {
    throw new Error('NEXT_NOT_FOUND');
  },
  forbidden: () => {
    throw new Error('NEXT_FORBIDDEN');
  },
};

/** Puts a signed session cookie for `claims` where the mocked next/headers finds it. */
export async function signInWith(claims: SessionClaims): Promise<void> {
  mockSession.cookie = await encode({ token: sessionToken(claims), secret: process.env.NEXTAUTH_SECRET! });
}

/** The person the replaced app/_lib/session answers with (undefined: signed out). */
export const mockActor: { current: Actor | undefined } = { current: undefined };

/** app/_lib/session as far as the route handlers use it: requireActor gives mockActor.current. */
export const givenActorSession = {
  requireActor: async (): Promise<Actor> => {
    if (!mockActor.current) throw new AppError('unauthenticated');
    return mockActor.current;
  },
};
