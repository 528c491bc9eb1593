import { createDb, getDb, type Db } from '../../db/client';
import { WRONG_CREDENTIALS_MESSAGE, authenticate } from '../../lib/auth/authenticate';
import { countRecentFailures } from '../../lib/auth/queries';
import { THROTTLE_WINDOW_MS } from '../../lib/auth/throttle-policy';
import type { AppError } from '../../lib/errors';
import { setUserActive } from '../../lib/users/manage-user';
import { actorFor, buildAdmin, buildUser, uniqueIp, uniqueTag } from '../support/factories';

const WRONG = 'falsches-Passwort-123';

async function failTimes(times: number, email: string, ip: string): Promise<void> {
  for (let i = 0; i < times; i++) {
    await expect(authenticate({ email, password: WRONG, ip })).rejects.toMatchObject({ code: 'unauthenticated' });
  }
}

async function recordedAttempts(email: string): Promise<number> {
  const rows = await getDb().selectFrom('login_attempts').select('id').where('email', '=', email.toLowerCase()).execute();
  return rows.length;
}

describe('authenticate: checking e-mail and password', () => {
  it('signs in with the right password and names the account', async () => {
    const user = await buildUser();
    await expect(authenticate({ email: user.email, password: user.password, ip: uniqueIp() })).resolves.toMatchObject({
      userId: user.id,
    });
  });

  it('accepts the e-mail address in any letter case and with surrounding spaces', async () => {
    const user = await buildUser();
    const typed = `  ${user.email.toUpperCase()} `;
    await expect(authenticate({ email: typed, password: user.password, ip: uniqueIp() })).resolves.toMatchObject({ userId: user.id });
  });

  it('answers a wrong password and an unknown e-mail address with the same German message', async () => {
    const user = await buildUser();
    const ip = uniqueIp();
    await expect(authenticate({ email: user.email, password: WRONG, ip })).rejects.toMatchObject({
      code: 'unauthenticated',
      message: WRONG_CREDENTIALS_MESSAGE,
    });
    await expect(
      authenticate({ email: `niemand-${uniqueTag()}@test.example`, password: user.password, ip }),
    ).rejects.toMatchObject({ code: 'unauthenticated', message: WRONG_CREDENTIALS_MESSAGE });
    expect(WRONG_CREDENTIALS_MESSAGE).toBe('E-Mail-Adresse oder Passwort ist nicht korrekt.');
  });

  it('answers a deactivated account with the same message, even with the right password', async () => {
    const user = await buildUser();
    const admin = await actorFor((await buildAdmin()).id);
    await setUserActive(admin, user.id, false);
    await expect(authenticate({ email: user.email, password: user.password, ip: uniqueIp() })).rejects.toMatchObject({
      code: 'unauthenticated',
      message: WRONG_CREDENTIALS_MESSAGE,
    });
  });

  it('asks for both fields when one is empty or missing', async () => {
    const user = await buildUser();
    const ip = uniqueIp();
    const expected = { code: 'unauthenticated', message: 'Bitte geben Sie E-Mail-Adresse und Passwort ein.' };
    await expect(authenticate({ email: user.email, password: '', ip })).rejects.toMatchObject(expected);
    await expect(authenticate({ email: '   ', password: user.password, ip })).rejects.toMatchObject(expected);
    await expect(authenticate({ email: undefined, password: undefined, ip })).rejects.toMatchObject(expected);
  });
});

describe('authenticate: throttling failed sign-ins', () => {
  it('still lets the owner in after 4 failures', async () => {
    const user = await buildUser();
    const ip = uniqueIp();
    await failTimes(4, user.email, ip);
    await expect(authenticate({ email: user.email, password: user.password, ip })).resolves.toMatchObject({ userId: user.id });
  });

  it('after 5 failures refuses the 6th attempt even with the right password, saying in German how long to wait', async () => {
    const user = await buildUser();
    const ip = uniqueIp();
    await failTimes(5, user.email, ip);

    const error: unknown = await authenticate({ email: user.email, password: user.password, ip }).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toMatchObject({ code: 'rate_limited', message: expect.stringContaining('Minuten') });
    const seconds = (error as AppError).details?.retryAfterSeconds;
    expect(seconds).toBeGreaterThan(0);
    expect(seconds).toBeLessThanOrEqual(THROTTLE_WINDOW_MS / 1000);
  });

  it('locks the account, not just the address it was attacked from', async () => {
    const user = await buildUser();
    await failTimes(5, user.email, uniqueIp());
    await expect(authenticate({ email: user.email, password: user.password, ip: uniqueIp() })).rejects.toMatchObject({
      code: 'rate_limited',
    });
  });

  it('does not record refused attempts, so waiting is enough to get in again', async () => {
    const user = await buildUser();
    const ip = uniqueIp();
    await failTimes(5, user.email, ip);
    for (let i = 0; i < 3; i++) {
      await expect(authenticate({ email: user.email, password: WRONG, ip })).rejects.toMatchObject({ code: 'rate_limited' });
    }
    expect(await recordedAttempts(user.email)).toBe(5);
  });

  it('resets the account counter after a successful sign-in', async () => {
    const user = await buildUser();
    const ip = uniqueIp();
    await failTimes(4, user.email, ip);
    await expect(authenticate({ email: user.email, password: user.password, ip })).resolves.toMatchObject({ userId: user.id });
    // Without the reset these would be failures 5–8 and the next sign-in would be refused.
    await failTimes(4, user.email, ip);
    await expect(authenticate({ email: user.email, password: user.password, ip })).resolves.toMatchObject({ userId: user.id });
  });

  it('locks an address after 20 failures on different accounts, while the accounts stay usable elsewhere', async () => {
    const ip = uniqueIp();
    for (let i = 0; i < 20; i++) {
      await expect(
        authenticate({ email: `unbekannt-${i}-${uniqueTag()}@test.example`, password: WRONG, ip }),
      ).rejects.toMatchObject({ code: 'unauthenticated' });
    }
    const user = await buildUser();
    await expect(authenticate({ email: user.email, password: user.password, ip })).rejects.toMatchObject({
      code: 'rate_limited',
      message: expect.stringContaining('Minuten'),
      details: { retryAfterSeconds: expect.any(Number) },
    });
    await expect(authenticate({ email: user.email, password: user.password, ip: uniqueIp() })).resolves.toMatchObject({
      userId: user.id,
    });
  });

  it('keeps the counters in Postgres, so another app instance (a second pool) sees them', async () => {
    const user = await buildUser();
    const ip = uniqueIp();
    await failTimes(5, user.email, ip);

    let otherInstance: Db | undefined;
    try {
      otherInstance = createDb(process.env.DATABASE_URL!, { max: 1 });
      const since = new Date(Date.now() - THROTTLE_WINDOW_MS);
      const seen = await countRecentFailures(otherInstance, { email: user.email, ip, since });
      expect(seen.account.count).toBe(5);
      expect(seen.ip.count).toBe(5);
      expect(seen.account.oldest).toBeInstanceOf(Date);
    } finally {
      await otherInstance?.destroy();
    }
  });
});

describe('parallel guesses', () => {
  it('ten simultaneous wrong passwords for one account: five are checked, the rest are throttled', async () => {
    const user = await buildUser();
    const ip = uniqueIp();
    const results = await Promise.allSettled(
      Array.from({ length: 10 }, (_, i) => authenticate({ email: user.email, password: `falsch-${i}`, ip })),
    );
    const codes = results.map((r) => (r.status === 'rejected' ? (r.reason as AppError).code : 'ok'));
    expect(codes.filter((c) => c === 'unauthenticated')).toHaveLength(5);
    expect(codes.filter((c) => c === 'rate_limited')).toHaveLength(5);
  });
});
