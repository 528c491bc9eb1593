import { NextResponse, type NextRequest } from 'next/server';
import { buildContentSecurityPolicy, createNonce } from '@/lib/security/content-security-policy';

/**
 * Runs before every page, route handler and server action: gives the response a Content-Security-Policy with
 * a fresh nonce. Next reads the policy from the request headers while rendering and puts the nonce on its own
 * scripts, which is why every page renders per request (app/layout.tsx). The other security headers come
 * from next.config.js. Not an access check: every use case authorizes itself.
 */
export function proxy(request: NextRequest) {
  const policy = buildContentSecurityPolicy(createNonce(), { isDev: process.env.NODE_ENV === 'development' });
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set('content-security-policy', policy);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set('Content-Security-Policy', policy);
  return response;
}

export const config = {
  // Built files (scripts, styles, the icon) are not documents: they need no policy of their own. Neither
  // is the autosave's JSON answer, the most frequent request by far (about one a second per person
  // writing): it carries the fixed DATA_ANSWER_POLICY itself and skips this pass, which costs Next
  // a copy of every request (body included) and about a millisecond of CPU.
  matcher: ['/((?!_next/static|_next/image|icon.svg|favicon.ico|api/sections/[^/]+/draft$).*)'],
};
