import { OWN_HOP_HEADER, clientAddress, forwardedFor, looksLikeUndeclaredProxy, trustedProxies } from '@/lib/server/forwarded-for.mjs';

const none = trustedProxies(undefined);

describe('Client-Adresse für die Anmeldebremse', () => {
  it('ignores an X-Forwarded-For the client sent itself: the connection address counts', () => {
    expect(forwardedFor('203.0.113.7', '198.51.100.20', none)).toBe('198.51.100.20');
    expect(forwardedFor(['203.0.113.7', '203.0.113.8'], '198.51.100.20', none)).toBe('198.51.100.20');
    expect(forwardedFor(undefined, '::ffff:198.51.100.20', none)).toBe('198.51.100.20');
  });

  it('behind declared reverse proxies takes the address the outermost trusted proxy saw', () => {
    const proxies = trustedProxies(' 127.0.0.1, 10.0.0.2 ');
    // nginx on the same machine, which was reached directly by the client.
    expect(forwardedFor('203.0.113.7', '::ffff:127.0.0.1', proxies)).toBe('203.0.113.7');
    // Load balancer (10.0.0.2) → nginx (127.0.0.1): a forged first entry does not count.
    expect(forwardedFor('6.6.6.6, 203.0.113.7, 10.0.0.2', '127.0.0.1', proxies)).toBe('203.0.113.7');
    // A request that reached the app directly, past the proxies, is counted by its own address.
    expect(forwardedFor('6.6.6.6', '198.51.100.20', proxies)).toBe('198.51.100.20');
  });

  describe('trusted subnets (load balancers whose addresses change)', () => {
    const balancers = trustedProxies('10.0.0.0/8, fd00::/8');

    it('believes every hop inside a trusted subnet, IPv4 and IPv6, also as IPv4 on an IPv6 socket', () => {
      expect(forwardedFor('203.0.113.7', '10.4.5.6', balancers)).toBe('203.0.113.7');
      expect(forwardedFor('203.0.113.7, 10.200.0.1', '::ffff:10.4.5.6', balancers)).toBe('203.0.113.7');
      expect(forwardedFor('2001:db8::7', 'fd12:3456::1', balancers)).toBe('2001:db8::7');
    });

    it('stops at the first hop outside the trusted subnets: what is left of it was written by someone untrusted', () => {
      // Client → unknown proxy 198.51.100.9 → load balancer 10.0.0.5 → app: the unknown proxy is the client.
      expect(forwardedFor('203.0.113.7, 198.51.100.9, 10.0.0.5', '10.4.5.6', balancers)).toBe('198.51.100.9');
      // 11.0.0.1 is outside 10.0.0.0/8.
      expect(forwardedFor('203.0.113.7', '11.0.0.1', balancers)).toBe('11.0.0.1');
    });

    it('ignores a forged header from a client outside the subnets, even one naming a trusted address', () => {
      expect(forwardedFor('10.0.0.1', '198.51.100.20', balancers)).toBe('198.51.100.20');
      expect(forwardedFor('6.6.6.6, 10.0.0.1, 10.0.0.2', '198.51.100.20', balancers)).toBe('198.51.100.20');
    });

    it('refuses an entry that is neither an address nor a subnet, naming it', () => {
      expect(() => trustedProxies('10.0.0.0/8, proxy.kreis.example')).toThrow('„proxy.kreis.example“');
      expect(() => trustedProxies('10.0.0.0/33')).toThrow('„10.0.0.0/33“');
    });
  });

  it('notices a reverse proxy nobody declared (all clients would count as one address)', () => {
    expect(looksLikeUndeclaredProxy('203.0.113.7', '127.0.0.1', none)).toBe(true);
    expect(looksLikeUndeclaredProxy('203.0.113.7', '10.1.2.3', none)).toBe(true);
    expect(looksLikeUndeclaredProxy('203.0.113.7', '::ffff:192.168.1.10', none)).toBe(true);
    expect(looksLikeUndeclaredProxy('203.0.113.7', 'fd00::5', none)).toBe(true);
    expect(looksLikeUndeclaredProxy(undefined, '127.0.0.1', none)).toBe(false);
    expect(looksLikeUndeclaredProxy('203.0.113.7', '198.51.100.20', none)).toBe(false);
    expect(looksLikeUndeclaredProxy('203.0.113.7', '127.0.0.1', trustedProxies('127.0.0.1'))).toBe(false);
  });

  describe('Next’s own request back to the server (after a server action redirects)', () => {
    const hopToken = 'token-dieses-prozesses';
    // What our server set on the browser's request; Next copies the headers into its own fetch.
    const ownHop = { 'x-forwarded-for': '198.51.100.20', [OWN_HOP_HEADER]: hopToken };

    it('is no reverse proxy: no warning, and the address decided for the original request stays', () => {
      for (const peer of ['::ffff:127.0.0.1', '127.0.0.1', '::1']) {
        expect(clientAddress({ headers: ownHop, peer, trusted: none, hopToken })).toEqual({
          forwardedFor: '198.51.100.20',
          undeclaredProxy: false,
        });
      }
    });

    it('a proxy on the same machine (IPv4 on an IPv6 socket) is still noticed', () => {
      const headers = { 'x-forwarded-for': '203.0.113.7' };
      expect(clientAddress({ headers, peer: '::ffff:127.0.0.1', trusted: none, hopToken })).toEqual({
        forwardedFor: '127.0.0.1',
        undeclaredProxy: true,
      });
    });

    it('a browser on the same machine without forwarded header is the connection itself', () => {
      expect(clientAddress({ headers: {}, peer: '::ffff:127.0.0.1', trusted: none, hopToken })).toEqual({
        forwardedFor: '127.0.0.1',
        undeclaredProxy: false,
      });
    });

    it('a guessed or remote marker changes nothing: the address is decided as for any request', () => {
      const guessed = { 'x-forwarded-for': '6.6.6.6', [OWN_HOP_HEADER]: 'geraten' };
      expect(clientAddress({ headers: guessed, peer: '127.0.0.1', trusted: none, hopToken })).toEqual({
        forwardedFor: '127.0.0.1',
        undeclaredProxy: true,
      });
      const remote = { 'x-forwarded-for': '6.6.6.6', [OWN_HOP_HEADER]: hopToken };
      expect(clientAddress({ headers: remote, peer: '198.51.100.20', trusted: none, hopToken }).forwardedFor).toBe('198.51.100.20');
    });
  });
});
