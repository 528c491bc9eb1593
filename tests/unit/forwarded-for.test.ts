import { forwardedFor } from '@/lib/server/forwarded-for.mjs';

describe('Client-Adresse für die Anmeldebremse', () => {
  it('ignores an X-Forwarded-For the client sent itself: the connection address counts', () => {
    expect(forwardedFor('203.0.113.7', '198.51.100.20', false)).toBe('198.51.100.20');
    expect(forwardedFor(['203.0.113.7', '203.0.113.8'], '198.51.100.20', false)).toBe('198.51.100.20');
    expect(forwardedFor(undefined, '::1', false)).toBe('::1');
  });

  it('behind a declared reverse proxy keeps the proxy’s header (its last entry is the client it saw)', () => {
    expect(forwardedFor('203.0.113.7, 198.51.100.9', '10.0.0.2', true)).toBe('203.0.113.7, 198.51.100.9');
    // A proxy that sent no header: the connection address.
    expect(forwardedFor('  ', '10.0.0.2', true)).toBe('10.0.0.2');
    expect(forwardedFor(undefined, undefined, true)).toBe('unbekannt');
  });
});
