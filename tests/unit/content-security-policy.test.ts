import { buildContentSecurityPolicy, createNonce } from '@/lib/security/content-security-policy';

const directives = (policy: string) => new Map(policy.split(';').map((part) => {
  const [name, ...values] = part.trim().split(/\s+/);
  return [name!, values] as const;
}));

describe('Content-Security-Policy', () => {
  it('lets only scripts with this response’s nonce run: no unsafe-inline, no eval in production', () => {
    const nonce = createNonce();
    const scripts = directives(buildContentSecurityPolicy(nonce)).get('script-src')!;
    expect(scripts).toContain(`'nonce-${nonce}'`);
    expect(scripts).toContain("'strict-dynamic'");
    expect(scripts).not.toContain("'unsafe-inline'");
    expect(scripts).not.toContain("'unsafe-eval'");
  });

  it('allows eval only for the development server', () => {
    expect(directives(buildContentSecurityPolicy(createNonce(), { isDev: true })).get('script-src')).toContain("'unsafe-eval'");
  });

  it('forbids framing, plugins, other hosts, foreign form targets and base tags', () => {
    const policy = directives(buildContentSecurityPolicy(createNonce()));
    expect(policy.get('frame-ancestors')).toEqual(["'none'"]);
    expect(policy.get('object-src')).toEqual(["'none'"]);
    expect(policy.get('base-uri')).toEqual(["'self'"]);
    expect(policy.get('form-action')).toEqual(["'self'"]);
    for (const [name, values] of policy) {
      expect(values.filter((v) => /^(https?:|\*|wss?:)/.test(v)).map((v) => `${name} ${v}`)).toEqual([]);
    }
  });

  it('makes a fresh, unguessable nonce every time', () => {
    const nonces = new Set(Array.from({ length: 1000 }, createNonce));
    expect(nonces.size).toBe(1000);
    for (const nonce of nonces) expect(Buffer.from(nonce, 'base64')).toHaveLength(16);
  });

  it('refuses a nonce that could break out of the header', () => {
    expect(() => buildContentSecurityPolicy("abc'; script-src *")).toThrow('ungültig');
    expect(() => buildContentSecurityPolicy('')).toThrow('ungültig');
  });
});
