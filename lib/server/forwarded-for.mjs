// @ts-check
/**
 * Which client address the app sees in `X-Forwarded-For` (sign-in throttling counts per address).
 *
 * Next's own server keeps an `X-Forwarded-For` the client sent, so anyone could claim a new address
 * per attempt. Our server therefore replaces the header with one address: walking the chain from
 * the connection backwards, the first one that is not a reverse proxy the operator declared
 * trusted (SKW_TRUSTED_PROXIES). Without trusted proxies that is the connection's own address.
 *
 * @param {string | string[] | undefined} claimed the incoming header
 * @param {string | undefined} peer the connection's remote address
 * @param {ReadonlySet<string>} trusted addresses of the operator's reverse proxies
 * @returns {string}
 */
export function forwardedFor(claimed, peer, trusted) {
  const header = Array.isArray(claimed) ? claimed.join(',') : (claimed ?? '');
  const chain = [
    ...header
      .split(',')
      .map((entry) => entry.trim())
      .filter(Boolean),
    peer ?? 'unbekannt',
  ].map(normalise);
  // Only entries added by trusted proxies can be believed: stop at the first address that is not one.
  for (let i = chain.length - 1; i > 0; i--) {
    if (!trusted.has(chain[i] ?? '')) return chain[i] ?? 'unbekannt';
  }
  return chain[0] ?? 'unbekannt';
}

/** `::ffff:10.0.0.1` (IPv4 on an IPv6 socket) as `10.0.0.1`, so one spelling matches the list. */
function normalise(address) {
  return address.startsWith('::ffff:') && address.includes('.') ? address.slice(7) : address;
}

/**
 * The trusted proxies from SKW_TRUSTED_PROXIES: addresses separated by commas, e.g. "127.0.0.1,::1"
 * for a reverse proxy on the same machine.
 * @param {string | undefined} setting
 * @returns {Set<string>}
 */
export function trustedProxies(setting) {
  return new Set(
    (setting ?? '')
      .split(',')
      .map((entry) => normalise(entry.trim()))
      .filter(Boolean),
  );
}

/**
 * Whether a request looks as if it came through a reverse proxy nobody declared: a forwarded
 * header from a loopback or private address. Then every client counts as the proxy's address.
 * @param {string | string[] | undefined} claimed
 * @param {string | undefined} peer
 * @param {ReadonlySet<string>} trusted
 */
export function looksLikeUndeclaredProxy(claimed, peer, trusted) {
  if (!claimed || trusted.size > 0 || !peer) return false;
  const address = normalise(peer);
  return address === '::1' || /^(127\.|10\.|192\.168\.|172\.(1[6-9]|2\d|3[01])\.|f[cd][0-9a-f]{2}:)/i.test(address);
}
