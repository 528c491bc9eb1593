/**
 * The Content-Security-Policy of every page, built per request around a fresh nonce (proxy.ts).
 *
 * Why a nonce: Next streams inline scripts for hydration. Without a nonce the only way to let them run is
 * `'unsafe-inline'`, which would also let any script injected into stored text run — in a tool where
 * districts and advisors read each other's writing. With `'nonce-…' 'strict-dynamic'` only scripts that carry
 * this response's nonce (Next adds it to all of its own) and the chunks they load may run.
 *
 * Styles keep `'unsafe-inline'`: the editor and tables set style attributes (column widths, alignment),
 * which a nonce cannot cover, and a style cannot run code. Nothing is loaded from other hosts.
 */
export function buildContentSecurityPolicy(nonce: string, { isDev = false }: { isDev?: boolean } = {}): string {
  if (!/^[A-Za-z0-9+/_-]{16,}={0,2}$/.test(nonce)) throw new Error('Die Nonce für die Content-Security-Policy ist ungültig.');
  return [
    "default-src 'self'",
    // React in development reconstructs server stacks with eval; production never needs it.
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${isDev ? " 'unsafe-eval'" : ''}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "frame-ancestors 'none'",
    "form-action 'self'",
    "base-uri 'self'",
    "object-src 'none'",
  ].join('; ');
}

/**
 * The policy of answers that are data, not documents (the autosave's JSON): nothing may load or run
 * in them and nobody may frame them. Fixed, so such an answer needs no nonce and no pass through
 * proxy.ts.
 */
export const DATA_ANSWER_POLICY = "default-src 'none'; frame-ancestors 'none'";

/** 128 random bits, base64: unguessable and fresh for every response. */
export function createNonce(): string {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return Buffer.from(bytes).toString('base64');
}
