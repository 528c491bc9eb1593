import { createHash } from 'node:crypto';
import { decode } from 'next-auth/jwt';

/**
 * How many recently seen session cookies keep their decoded claims. A browser sends the same cookie
 * with every request (an autosave about once a second), and next-auth decodes it from scratch each
 * time: a key derivation (HKDF) and an AES-GCM decryption, about a millisecond of CPU per request.
 */
const MAX_ENTRIES = 2_000;
/** next-auth accepts a token up to this long after its `exp` (jose's clockTolerance in decode). */
const CLOCK_TOLERANCE_SECONDS = 15;

type Claims = Record<string, unknown>;
const decoded = new Map<string, { claims: Claims; validUntilMs: number }>();

/**
 * The claims of a session cookie as next-auth's `decode` reads them, or null for a token that is
 * not valid (forged, damaged, another secret, expired). Only the decoding is remembered, keyed by
 * a hash of the exact token and the secret, and only until the token expires: whether the session
 * still counts (sign-out, deactivation, password change, membership) is decided afterwards, from
 * the database, on every request (loadActor).
 */
export async function decodeSessionToken(token: string, secret: string, now = Date.now()): Promise<Claims | null> {
  const key = createHash('sha256').update(secret).update('\u0000').update(token).digest('base64url');
  const hit = decoded.get(key);
  if (hit) {
    if (now < hit.validUntilMs) return hit.claims;
    // Its expiry is sealed into the token: decoding it again would refuse it too.
    decoded.delete(key);
    return null;
  }
  const claims = (await decode({ token, secret }).catch(() => null)) as Claims | null;
  if (!claims || typeof claims.exp !== 'number') return claims;
  if (decoded.size >= MAX_ENTRIES) {
    // Maps keep insertion order: the oldest entry goes first.
    decoded.delete(decoded.keys().next().value!);
  }
  decoded.set(key, { claims: Object.freeze(claims), validUntilMs: (claims.exp + CLOCK_TOLERANCE_SECONDS) * 1000 });
  return claims;
}
