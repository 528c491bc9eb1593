import { z } from 'zod';
import { getDb } from '../../db/client';
import { AppError } from '../errors';
import { plainText } from '../shared/schemas';
import { verifyPassword } from './passwords';
import { countRecentFailures, deleteLoginAttemptsBefore, findUserForLogin, insertLoginAttempt, lockLoginAttempts } from './queries';
import {
  MAX_FAILURES_PER_ACCOUNT,
  MAX_FAILURES_PER_IP,
  THROTTLE_WINDOW_MS,
  describeWait,
  retryAfterSeconds,
} from './throttle-policy';

export const WRONG_CREDENTIALS_MESSAGE = 'E-Mail-Adresse oder Passwort ist nicht korrekt.';

const MISSING_CREDENTIALS = 'Bitte geben Sie E-Mail-Adresse und Passwort ein.';

const credentialsSchema = z.object({
  email: plainText({ error: MISSING_CREDENTIALS }).min(1, MISSING_CREDENTIALS).max(320, WRONG_CREDENTIALS_MESSAGE),
  password: z.string({ error: MISSING_CREDENTIALS }).min(1, MISSING_CREDENTIALS).max(200, WRONG_CREDENTIALS_MESSAGE),
});

/**
 * Checks e-mail and password for sign-in. Anyone may call it. Returns the account and its
 * session generation, which the new session carries (see SessionClaims.generation).
 * Unknown e-mail, wrong password and deactivated account all answer the same
 * `unauthenticated` message, so sign-in does not reveal which accounts exist.
 * Throws `rate_limited` (with `details.retryAfterSeconds`) while throttled; a
 * throttled attempt does not check the password and does not extend the lock.
 */
export async function authenticate(input: {
  email: unknown;
  password: unknown;
  ip: string;
}): Promise<{ userId: string; sessionGeneration: number }> {
  const parsed = credentialsSchema.safeParse(input);
  if (!parsed.success) throw new AppError('unauthenticated', parsed.error.issues[0]?.message ?? MISSING_CREDENTIALS);
  const { email, password } = parsed.data;
  const db = getDb();
  const now = new Date();

  // Count, check and record in one transaction under a per-address lock: parallel
  // attempts are counted one after another. Errors are thrown after the commit, so a
  // failed attempt is always recorded.
  const outcome = await db.transaction().execute(async (trx) => {
    await lockLoginAttempts(trx, { email });
    const failures = await countRecentFailures(trx, { email, ip: input.ip, since: new Date(now.getTime() - THROTTLE_WINDOW_MS) });
    const blockedBy =
      failures.account.count >= MAX_FAILURES_PER_ACCOUNT
        ? failures.account.oldest
        : failures.ip.count >= MAX_FAILURES_PER_IP
          ? failures.ip.oldest
          : null;
    if (blockedBy) return { kind: 'throttled' as const, seconds: retryAfterSeconds(blockedBy, now) };
    const user = await findUserForLogin(trx, { email });
    const isValid = (await verifyPassword(user?.password_hash, password)) && user?.is_active === true;
    await insertLoginAttempt(trx, { email, ip: input.ip, isSuccess: isValid });
    // The generation is read with the password hash: a password change committed after this read
    // moves it on, so a session signed in with the old password a moment earlier still ends.
    return isValid && user ? { kind: 'ok' as const, userId: user.id, sessionGeneration: user.session_generation } : { kind: 'wrong' as const };
  });

  if (outcome.kind === 'throttled') {
    throw new AppError(
      'rate_limited',
      `Zu viele fehlgeschlagene Anmeldeversuche. Aus Sicherheitsgründen ist die Anmeldung vorübergehend gesperrt. Bitte versuchen Sie es ${describeWait(outcome.seconds)} erneut.`,
      { retryAfterSeconds: outcome.seconds },
    );
  }
  if (outcome.kind === 'wrong') throw new AppError('unauthenticated', WRONG_CREDENTIALS_MESSAGE);

  // Old attempts are only needed for the window; keep the table small.
  if (Math.random() < 0.05) await deleteLoginAttemptsBefore(db, new Date(now.getTime() - 24 * 60 * 60 * 1000));
  return { userId: outcome.userId, sessionGeneration: outcome.sessionGeneration };
}
