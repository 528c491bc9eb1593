/**
 * Signs the browser out through next-auth's own endpoints, as `signOut()` from next-auth/react does
 * (CSRF token, then a form POST to /api/auth/signout, which ends the session on the server too), and
 * goes to `callbackUrl`. Written out here so that every page's navigation does not carry the
 * next-auth client and its Babel runtime (about 12 kB gzipped; tests/bench/bundle.ts); no page uses
 * next-auth's session hooks, so nothing else needs to hear about the sign-out.
 */
export async function signOutTo(callbackUrl: string): Promise<void> {
  const { csrfToken } = (await (await fetch('/api/auth/csrf')).json()) as { csrfToken: string };
  const response = await fetch('/api/auth/signout', {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ csrfToken, callbackUrl, json: 'true' }),
  });
  const { url } = (await response.json()) as { url?: string };
  window.location.href = url ?? callbackUrl;
}
