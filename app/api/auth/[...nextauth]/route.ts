import NextAuth from 'next-auth';
import { buildAuthOptions } from '@/lib/auth/options';

// The options read NEXTAUTH_SECRET at request time, so `next build` needs no secret.
type Handler = (req: Request, ctx: { params: Promise<{ nextauth: string[] }> }) => Promise<Response>;

const handler: Handler = async (req, ctx) => {
  const nextAuth = NextAuth(buildAuthOptions()) as unknown as (req: Request, ctx: { params: { nextauth: string[] } }) => Promise<Response>;
  return nextAuth(req, { params: await ctx.params });
};

export { handler as GET, handler as POST };
export const dynamic = 'force-dynamic';
