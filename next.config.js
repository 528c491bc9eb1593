// @ts-check

/**
 * Security headers for every response. The app loads nothing from other hosts
 * (German data-protection practice), so the CSP allows only 'self'.
 * Next's runtime needs inline scripts for hydration; style-src needs inline
 * styles for Tiptap's editor DOM.
 */
const isDev = process.env.NODE_ENV !== 'production';
const csp = [
  "default-src 'self'",
  `script-src 'self' 'unsafe-inline'${isDev ? " 'unsafe-eval'" : ''}`,
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "frame-ancestors 'none'",
  "form-action 'self'",
  "base-uri 'self'",
  "object-src 'none'",
].join('; ');

/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  // `npm run typecheck` checks the whole project (tests included) in CI before the build;
  // checking again here would only make `npm start` on a fresh clone slower.
  typescript: { ignoreBuildErrors: true },
  reactStrictMode: true,
  // forbidden() and forbidden.tsx: a page the actor's role may not use in their own district answers
  // 403 „Dafür fehlt Ihnen die Berechtigung“ (another district's pages stay 404).
  // serverActions.bodySizeLimit: the Word import (issue 14) sends a .docx of up to 10 MB to a server action;
  // lib/import/docx-package.ts refuses anything larger before reading it.
  experimental: { authInterrupts: true, serverActions: { bodySizeLimit: '11mb' } },
  serverExternalPackages: ['@node-rs/argon2', 'pg', '@electric-sql/pglite', '@electric-sql/pglite-socket'],
  async headers() {
    return [
      {
        source: '/:path*',
        headers: [
          { key: 'Content-Security-Policy', value: csp },
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
