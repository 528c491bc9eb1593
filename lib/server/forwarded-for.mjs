// @ts-check
/**
 * Which client address the app sees in `X-Forwarded-For` (sign-in throttling counts per address).
 *
 * Next's own server keeps an `X-Forwarded-For` the client sent, so anyone could claim a new address
 * per attempt. Our server therefore replaces the header with the address of the connection, unless
 * the operator declared a reverse proxy in front (SKW_TRUST_PROXY=1): then the proxy's header stands,
 * whose last entry is the address the proxy saw.
 *
 * @param {string | string[] | undefined} claimed the incoming header
 * @param {string | undefined} peer the connection's remote address
 * @param {boolean} trustProxy whether a reverse proxy in front sets the header
 * @returns {string}
 */
export function forwardedFor(claimed, peer, trustProxy) {
  const header = Array.isArray(claimed) ? claimed.join(', ') : claimed;
  if (trustProxy && header && header.trim()) return header;
  return peer ?? 'unbekannt';
}
