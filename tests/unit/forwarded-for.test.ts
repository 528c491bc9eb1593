import { forwardedFor, looksLikeUndeclaredProxy, trustedProxies } from '@/lib/server/forwarded-for.mjs';

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

  it('notices a reverse proxy nobody declared (all clients would count as one address)', () => {
    expect(looksLikeUndeclaredProxy('203.0.113.7', '127.0.0.1', none)).toBe(true);
    expect(looksLikeUndeclaredProxy('203.0.113.7', '10.1.2.3', none)).toBe(true);
    expect(looksLikeUndeclaredProxy(undefined, '127.0.0.1', none)).toBe(false);
    expect(looksLikeUndeclaredProxy('203.0.113.7', '198.51.100.20', none)).toBe(false);
    expect(looksLikeUndeclaredProxy('203.0.113.7', '127.0.0.1', trustedProxies('127.0.0.1'))).toBe(false);
  });
});
