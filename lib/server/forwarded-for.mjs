// @ts-check
/**
 * Which client address the app sees in `X-Forwarded-For` (sign-in throttling counts per address).
 *
 * Next's own server keeps an `X-Forwarded-For` the client sent, so anyone could claim a new address
 * per attempt. Our server therefore replaces the header with one address: walking the chain from
 * the connection backwards, the first one that is not a reverse proxy the operator declared
 * trusted (SKW_TRUSTED_PROXIES). Without trusted proxies that is the connection's own address.
 * The walk and the address matching (subnets, IPv6, IPv4 on an IPv6 socket) are proxy-addr's, the
 * module Express uses for `trust proxy`.
 */
import proxyaddr from 'proxy-addr';

/**
 * @typedef {{ list: readonly string[], trust: (address: string, hop: number) => boolean }} TrustedProxies
 */

/** Loopback addresses, also as IPv4 on an IPv6 socket (`::ffff:127.0.0.1`). */
const loopback = proxyaddr.compile('loopback');
/** Loopback and private addresses (10/8, 172.16/12, 192.168/16, fc00::/7): where a reverse proxy usually sits. */
const internal = proxyaddr.compile(['loopback', 'uniquelocal']);

/**
 * @param {string | string[] | undefined} claimed the incoming header
 * @param {string | undefined} peer the connection's remote address
 * @param {TrustedProxies} trusted the operator's reverse proxies (see trustedProxies)
 * @returns {string}
 */
export function forwardedFor(claimed, peer, trusted) {
  const header = Array.isArray(claimed) ? claimed.join(',') : (claimed ?? '');
  // proxy-addr reads only these two fields of the request.
  const request = /** @type {import('node:http').IncomingMessage} */ (/** @type {unknown} */ ({ headers: { 'x-forwarded-for': header }, socket: { remoteAddress: peer } }));
  const address = proxyaddr(request, trusted.trust);
  return address ? normalise(address) : 'unbekannt';
}

/** `::ffff:10.0.0.1` (IPv4 on an IPv6 socket) as `10.0.0.1`, so one address has one spelling. */
function normalise(address) {
  return address.startsWith('::ffff:') && address.includes('.') ? address.slice(7) : address;
}

/**
 * The trusted proxies from SKW_TRUSTED_PROXIES: addresses or subnets separated by commas, e.g.
 * "127.0.0.1,::1" for a reverse proxy on the same machine or "10.0.0.0/8" for load balancers whose
 * addresses change. Throws with the entry that is neither (the server then does not start).
 * @param {string | undefined} setting
 * @returns {TrustedProxies}
 */
export function trustedProxies(setting) {
  const list = (setting ?? '')
    .split(',')
    .map((entry) => entry.trim())
    .filter(Boolean);
  for (const entry of list) {
    try {
      proxyaddr.compile(entry);
    } catch {
      throw new Error(`SKW_TRUSTED_PROXIES: „${entry}“ ist keine IP-Adresse und kein Netz (wie 10.0.0.0/8).`);
    }
  }
  return { list, trust: list.length > 0 ? proxyaddr.compile(list) : () => false };
}

/**
 * @param {string | undefined} address
 */
export function isLoopback(address) {
  return address !== undefined && loopback(address, 0);
}

/**
 * Whether a request looks as if it came through a reverse proxy nobody declared: a forwarded
 * header from a loopback or private address. Then every client counts as the proxy's address.
 * @param {string | string[] | undefined} claimed
 * @param {string | undefined} peer
 * @param {TrustedProxies} trusted
 */
export function looksLikeUndeclaredProxy(claimed, peer, trusted) {
  if (!claimed || trusted.list.length > 0 || !peer) return false;
  return internal(peer, 0);
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
 * @param {{ headers: Record<string, string | string[] | undefined>, peer: string | undefined, trusted: TrustedProxies, hopToken: string }} request
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
