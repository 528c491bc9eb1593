export const SESSION_COOKIE = 'skw.session';
/** A working day; afterwards staff sign in again. */
export const SESSION_MAX_AGE_SECONDS = 10 * 60 * 60;

export function authSecret(): string {
  const secret = process.env.NEXTAUTH_SECRET;
  if (!secret) {
    throw new Error('NEXTAUTH_SECRET ist nicht gesetzt. `npm start` erzeugt ihn für die eingebettete Datenbank; im Betrieb muss er gesetzt werden.');
  }
  return secret;
}

/**
 * Cookies are `Secure` unless explicitly switched off: browsers accept Secure
 * cookies on http://localhost, and every real deployment runs behind HTTPS.
 */
export function shouldUseSecureCookies(): boolean {
  return process.env.AUTH_INSECURE_COOKIES !== '1';
}
