import { sessionClaimsFrom, sessionToken } from '../../lib/auth/load-actor';
import { buildAuthOptions } from '../../lib/auth/options';
import { PASSWORD_MIN_LENGTH, generateInitialPassword, newPasswordSchema } from '../../lib/auth/passwords';
import {
  MAX_FAILURES_PER_ACCOUNT,
  MAX_FAILURES_PER_IP,
  THROTTLE_WINDOW_MS,
  describeWait,
  retryAfterSeconds,
} from '../../lib/auth/throttle-policy';

describe('sign-in throttling policy', () => {
  const now = new Date('2026-11-25T10:00:00Z');
  const minutesAgo = (m: number) => new Date(now.getTime() - m * 60_000);

  it('locks per account after 5 failures and per address after 20, within 15 minutes', () => {
    expect(MAX_FAILURES_PER_ACCOUNT).toBe(5);
    expect(MAX_FAILURES_PER_IP).toBe(20);
    expect(THROTTLE_WINDOW_MS).toBe(15 * 60 * 1000);
  });

  it('waits until the oldest counted failure leaves the window', () => {
    expect(retryAfterSeconds(now, now)).toBe(15 * 60);
    expect(retryAfterSeconds(minutesAgo(5), now)).toBe(10 * 60);
    expect(retryAfterSeconds(new Date(now.getTime() - 14 * 60_000 - 59_500), now)).toBe(1);
  });

  it('never asks to wait less than one second, even when the window has just passed', () => {
    expect(retryAfterSeconds(minutesAgo(15), now)).toBe(1);
    expect(retryAfterSeconds(minutesAgo(60), now)).toBe(1);
  });

  it.each([
    [1, 'in einer Minute'],
    [59, 'in einer Minute'],
    [60, 'in einer Minute'],
    [61, 'in 2 Minuten'],
    [600, 'in 10 Minuten'],
    [900, 'in 15 Minuten'],
  ])('describes a wait of %i seconds as "%s"', (seconds, text) => {
    expect(describeWait(seconds)).toBe(text);
  });
});

describe('generateInitialPassword', () => {
  it('produces four groups of four readable characters', () => {
    for (let i = 0; i < 50; i++) {
      expect(generateInitialPassword()).toMatch(/^[a-zA-Z2-9]{4}(-[a-zA-Z2-9]{4}){3}$/);
    }
  });

  it('avoids characters that are confused when read aloud or copied by hand', () => {
    const sample = Array.from({ length: 200 }, generateInitialPassword).join('');
    expect(sample).not.toMatch(/[0O1lI]/);
  });

  it('is different every time', () => {
    const passwords = new Set(Array.from({ length: 200 }, generateInitialPassword));
    expect(passwords.size).toBe(200);
  });

  it('is accepted by the rules for new passwords', () => {
    expect(generateInitialPassword().length).toBeGreaterThanOrEqual(PASSWORD_MIN_LENGTH);
    expect(newPasswordSchema.safeParse(generateInitialPassword()).success).toBe(true);
  });
});

describe('sessionClaimsFrom', () => {
  const token = { sub: 'user-1', sid: 'session-1', authAt: 1_764_064_800, gen: 3, iat: 1, exp: 2 };

  it('reads user id, session id, sign-in time and session generation from a complete token', () => {
    expect(sessionClaimsFrom(token)).toEqual({ userId: 'user-1', sessionId: 'session-1', authAt: 1_764_064_800, generation: 3 });
  });

  it('reads back what a new session writes into its token', () => {
    const claims = { userId: 'user-1', sessionId: 'session-1', authAt: 1_764_064_800, generation: 0 };
    expect(sessionClaimsFrom(sessionToken(claims))).toEqual(claims);
  });

  it.each([
    ['no token', null],
    ['an undefined token', undefined],
    ['no user id', { ...token, sub: undefined }],
    ['no session id', { ...token, sid: undefined }],
    ['no sign-in time', { ...token, authAt: undefined }],
    ['a sign-in time that is not a number', { ...token, authAt: '1764064800' }],
    ['a numeric user id', { ...token, sub: 42 }],
    ['no session generation (issued before generations existed)', { ...token, gen: undefined }],
    ['a session generation that is no whole number', { ...token, gen: 1.5 }],
  ])('treats a token with %s as no session', (_label, value) => {
    expect(sessionClaimsFrom(value as Record<string, unknown> | null | undefined)).toBeUndefined();
  });
});

describe('the session token next-auth keeps', () => {
  const previousSecret = process.env.NEXTAUTH_SECRET;
  beforeAll(() => {
    process.env.NEXTAUTH_SECRET ??= 'nur-fuer-diesen-test';
  });
  afterAll(() => {
    if (previousSecret === undefined) delete process.env.NEXTAUTH_SECRET;
    else process.env.NEXTAUTH_SECRET = previousSecret;
  });

  type JwtCallback = (params: { token: Record<string, unknown>; user?: { id: string; sessionGeneration?: number } }) => Record<string, unknown>;
  const jwt = () => buildAuthOptions().callbacks!.jwt as unknown as JwtCallback;

  it('carries the generation the account had at sign-in, and keeps it when refreshed', () => {
    const issued = jwt()({ token: {}, user: { id: 'user-1', sessionGeneration: 4 } });
    expect(sessionClaimsFrom(issued)).toMatchObject({ userId: 'user-1', generation: 4 });
    const refreshed = jwt()({ token: { ...issued, iat: 5, exp: 6 } });
    expect(refreshed).toEqual(issued);
  });

  it('without a generation from the sign-in, matches no account generation', () => {
    const issued = jwt()({ token: {}, user: { id: 'user-1' } });
    expect(sessionClaimsFrom(issued)?.generation).toBe(-1);
  });
});
