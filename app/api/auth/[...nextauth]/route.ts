import NextAuth from 'next-auth';
import { buildAuthOptions } from '@/lib/auth/options';
import { HTTP_STATUS } from '@/lib/errors';
import { describeError } from '@/lib/shared/action-result';
import { assertSameOriginWrite } from '../../../_lib/same-origin';

// The options read NEXTAUTH_SECRET at request time, so `next build` needs no secret.
type Handler = (req: Request, ctx: { params: Promise<{ nextauth: string[] }> }) => Promise<Response>;

const handler: Handler = async (req, ctx) => {
  const nextAuth = NextAuth(buildAuthOptions()) as unknown as (req: Request, ctx: { params: { nextauth: string[] } }) => Promise<Response>;
  return nextAuth(req, { params: await ctx.params });
};

// Sign-in and sign-out (next-auth's client and app/_lib/sign-out.ts post form data, so no JSON here): only from our own
// pages, on top of next-auth's CSRF token, so no other page can sign a browser in or out.
const post: Handler = async (req, ctx) => {
  try {
    assertSameOriginWrite(req, { json: false });
  } catch (error) {
    const described = describeError(error);
    return Response.json({ error: described }, { status: HTTP_STATUS[described.code] });
  }
  return handler(req, ctx);
};

export { handler as GET, post as POST };
export const dynamic = 'force-dynamic';
