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

/** Loopback addresses, also as IPv4 on an IPv6 socket (`::ffff:127.0.0.1`). */
export function isLoopback(address) {
  const plain = normalise(address ?? '');
  return plain === '::1' || plain.startsWith('127.');
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
  return isLoopback(address) || /^(10\.|192\.168\.|172\.(1[6-9]|2\d|3[01])\.|f[cd][0-9a-f]{2}:)/i.test(address);
}

/**
 * The header our server adds to every request it hands to Next, carrying a random value of this
 * process. Next sends some requests back to its own server (after a server action redirects, it
 * fetches the target page from http://localhost:<port> with the original headers). Such a request
 * comes from a loopback address with a forwarded header, exactly like a reverse proxy on the same
 * machine; the token tells them apart, and clients cannot know it.
 */
export const OWN_HOP_HEADER = 'x-skw-own-hop';

/**
 * What the server does with one request's client address.
 * - `forwardedFor`: the one address Next sees in X-Forwarded-For (see forwardedFor).
 * - `undeclaredProxy`: whether to warn that a reverse proxy seems to be missing from SKW_TRUSTED_PROXIES.
 * Next's own requests back to this server (OWN_HOP_HEADER with this process's token, from loopback)
 * keep the address decided for the original request and never count as a proxy.
 * @param {{ headers: Record<string, string | string[] | undefined>, peer: string | undefined, trusted: ReadonlySet<string>, hopToken: string }} request
 * @returns {{ forwardedFor: string, undeclaredProxy: boolean }}
 */
export function clientAddress({ headers, peer, trusted, hopToken }) {
  const claimed = headers['x-forwarded-for'];
  const isOwnHop = hopToken.length > 0 && headers[OWN_HOP_HEADER] === hopToken && isLoopback(peer);
  if (isOwnHop && typeof claimed === 'string' && claimed.length > 0) return { forwardedFor: claimed, undeclaredProxy: false };
  return {
    forwardedFor: forwardedFor(claimed, peer, trusted),
    undeclaredProxy: !isOwnHop && looksLikeUndeclaredProxy(claimed, peer, trusted),
  };
}
