import { AppError } from '@/lib/errors';

export const FOREIGN_ORIGIN_MESSAGE =
  'Diese Anfrage kam nicht von einer Seite der Werkstatt und wurde abgelehnt. Bitte laden Sie die Seite neu und versuchen Sie es erneut.';
export const NOT_JSON_MESSAGE = 'Die Daten müssen als JSON gesendet werden (Content-Type: application/json).';

/**
 * For route handlers that change data. Cookies are SameSite=Lax, which lets a page of the same
 * *site* (another port or subdomain of the same domain) send them along; a `fetch(…, { mode:
 * 'no-cors' })` from there may POST a simple body (text/plain, form data) as the signed-in user.
 * So such a request must come from our own origin, and with `json` (the default) carry a JSON
 * body, which a page of another origin cannot send without a CORS preflight we never answer.
 * Server actions get the same origin check from Next itself.
 *
 * Throws `forbidden` for another or no origin and `invalid_input` for a body that is not JSON.
 * Runs before the session is read, so a refusal reveals nothing.
 */
export function assertSameOriginWrite(request: Request, { json = true }: { json?: boolean } = {}): void {
  if (!isSameOriginRequest(request.headers)) throw new AppError('forbidden', FOREIGN_ORIGIN_MESSAGE);
  if (json && !isJsonContentType(request.headers.get('content-type'))) throw new AppError('invalid_input', NOT_JSON_MESSAGE);
}

/**
 * Same origin as this server. Browsers mark every request with `Sec-Fetch-Site` (anything but
 * "same-origin" is refused) and send `Origin` with every POST; scripts cannot set either. Origin
 * is compared with the host the browser addressed: `X-Forwarded-Host` from a reverse proxy, else
 * `Host` (as Next does for server actions). Without `Origin`, only `Sec-Fetch-Site: same-origin`
 * passes.
 */
export function isSameOriginRequest(headers: Headers): boolean {
  const site = headers.get('sec-fetch-site');
  if (site !== null && site !== 'same-origin') return false;
  const origin = headers.get('origin');
  if (origin === null) return site === 'same-origin';
  let originUrl: URL;
  try {
    originUrl = new URL(origin);
  } catch {
    return false; // also "null" (sandboxed frames, file:// pages)
  }
  if (originUrl.protocol !== 'https:' && originUrl.protocol !== 'http:') return false;
  const addressed = headers.get('x-forwarded-host')?.split(',')[0]?.trim() || headers.get('host');
  if (!addressed) return false;
  try {
    // Same scheme for both, so a default port written out (":443") compares equal to none.
    return new URL(`${originUrl.protocol}//${addressed}`).host === originUrl.host;
  } catch {
    return false;
  }
}

function isJsonContentType(value: string | null): boolean {
  return value?.split(';')[0]?.trim().toLowerCase() === 'application/json';
}
