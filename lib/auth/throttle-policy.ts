/**
 * Sign-in throttling. Per account: 5 failed attempts within 15 minutes lock the
 * account until the oldest of them is 15 minutes old. Per IP address the limit is
 * higher (20), because a district office usually reaches us through one address.
 * Counters live in Postgres so every app instance sees the same numbers.
 */
export const THROTTLE_WINDOW_MS = 15 * 60 * 1000;
export const MAX_FAILURES_PER_ACCOUNT = 5;
export const MAX_FAILURES_PER_IP = 20;

export function retryAfterSeconds(oldestFailure: Date, now: Date): number {
  return Math.max(1, Math.ceil((oldestFailure.getTime() + THROTTLE_WINDOW_MS - now.getTime()) / 1000));
}

/** German wording for the wait time, e.g. "in 12 Minuten" or "in einer Minute". */
export function describeWait(seconds: number): string {
  const minutes = Math.ceil(seconds / 60);
  return minutes <= 1 ? 'in einer Minute' : `in ${minutes} Minuten`;
}
