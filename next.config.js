// @ts-check

/**
 * Security headers for every response. The Content-Security-Policy is not here: it carries a fresh
 * nonce per response and is set by proxy.ts (lib/security/content-security-policy.ts), so no inline
 * script runs without it.
 */

/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  // `npm run typecheck` checks the whole project (tests included) in CI before the build;
  // checking again here would only make `npm start` on a fresh clone slower.
  typescript: { ignoreBuildErrors: true },
  reactStrictMode: true,
  // forbidden() and forbidden.tsx: a page the actor's role may not use in their own district answers
  // 403 „Dafür fehlt Ihnen die Berechtigung“ (another district's pages stay 404).
  // serverActions.bodySizeLimit and proxyClientMaxBodySize (proxy.ts sees every request): the Word import (issue 14)
  // sends a .docx of up to 10 MB to a server action;
  // lib/import/docx-package.ts refuses anything larger before reading it.
  experimental: { authInterrupts: true, serverActions: { bodySizeLimit: '11mb' }, proxyClientMaxBodySize: '11mb' },
  // docx from node_modules as it is published: the export relies on its internals of the pinned version and checks
  // their source before using them (lib/export/docx-compile.ts), which a minified copy in the bundle would fail.
  // esbuild: the export's render worker bundles render-docx.ts with it at run time (lib/export/render-bundle.mjs).
  serverExternalPackages: ['@node-rs/argon2', 'pg', '@electric-sql/pglite', '@electric-sql/pglite-socket', 'docx', 'esbuild'],
  async headers() {
    return [
      {
        source: '/:path*',
        headers: [
          { key: 'X-Content-Type-Options', value: 'nosniff' },
          { key: 'X-Frame-Options', value: 'DENY' },
          { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
          { key: 'Permissions-Policy', value: 'camera=(), microphone=(), geolocation=(), interest-cohort=()' },
          { key: 'Cross-Origin-Opener-Policy', value: 'same-origin' },
          { key: 'Strict-Transport-Security', value: 'max-age=63072000; includeSubDomains' },
        ],
      },
    ];
  },
};

module.exports = nextConfig;
