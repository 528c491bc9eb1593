import type { NextAuthOptions } from 'next-auth';
import CredentialsProvider from 'next-auth/providers/credentials';
import { randomUUID } from 'node:crypto';
import { isAppError } from '../errors';
import { authenticate } from './authenticate';
import { revokeSession, sessionClaimsFrom, sessionToken } from './load-actor';
import { SESSION_COOKIE, SESSION_MAX_AGE_SECONDS, authSecret, shouldUseSecureCookies } from './config';

function clientIp(headers: Record<string, string | string[] | undefined> | undefined): string {
  // Our server (lib/server/serve.mjs) replaces x-forwarded-for with one address: the connection's, or
  // behind declared reverse proxies (SKW_TRUSTED_PROXIES) the client the outermost of them saw.
  const forwarded = headers?.['x-forwarded-for'];
  const value = Array.isArray(forwarded) ? forwarded.join(',') : forwarded;
  const last = value?.split(',').map((s) => s.trim()).filter(Boolean).pop();
  return last ?? 'unbekannt';
}

const cookieOptions = () => ({ httpOnly: true, sameSite: 'lax' as const, path: '/', secure: shouldUseSecureCookies() });

/** next-auth configuration: credentials sign-in, JWT session that carries only the user id. */
export function buildAuthOptions(): NextAuthOptions {
  return {
    secret: authSecret(),
    session: { strategy: 'jwt', maxAge: SESSION_MAX_AGE_SECONDS },
    pages: { signIn: '/login', error: '/login' },
    useSecureCookies: shouldUseSecureCookies(),
    cookies: {
      sessionToken: { name: SESSION_COOKIE, options: cookieOptions() },
      callbackUrl: { name: 'skw.callback-url', options: cookieOptions() },
      csrfToken: { name: 'skw.csrf-token', options: cookieOptions() },
    },
    providers: [
      CredentialsProvider({
        name: 'E-Mail und Passwort',
        credentials: { email: { label: 'E-Mail-Adresse', type: 'email' }, password: { label: 'Passwort', type: 'password' } },
        async authorize(credentials, req) {
          try {
            const { userId, sessionGeneration } = await authenticate({
              email: credentials?.email,
              password: credentials?.password,
              ip: clientIp(req?.headers as Record<string, string | string[] | undefined> | undefined),
            });
            return { id: userId, sessionGeneration };
          } catch (error) {
            // next-auth hands the message of a thrown error to the sign-in page as `error`.
            if (isAppError(error)) throw new Error(error.message);
            console.error('[anmeldung]', error);
            throw new Error('Die Anmeldung ist gerade nicht möglich. Bitte versuchen Sie es in einigen Minuten erneut.');
          }
        },
      }),
    ],
    callbacks: {
      // Only the user id (plus a session id, the sign-in time and the session generation, for
      // ending sessions) travels in the token; roles are read from the database on every request.
      jwt({ token, user }) {
        if (user) {
          // Without a generation (never from our authorize) the session matches none and is invalid.
          const generation = user.sessionGeneration ?? -1;
          return sessionToken({ userId: user.id, sessionId: randomUUID(), authAt: Math.floor(Date.now() / 1000), generation });
        }
        return { sub: token.sub, sid: token.sid, authAt: token.authAt, gen: token.gen };
      },
      session({ session, token }) {
        return { expires: session.expires, user: { id: token.sub } } as typeof session;
      },
    },
    events: {
      async signOut({ token }) {
        const claims = sessionClaimsFrom(token);
        if (claims) await revokeSession(claims);
      },
    },
  };
}

declare module 'next-auth' {
  interface User {
    /** The account's session generation at sign-in (see SessionClaims.generation). */
    sessionGeneration?: number;
  }
}
