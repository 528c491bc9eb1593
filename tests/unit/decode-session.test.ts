import { encode } from 'next-auth/jwt';
import { decodeSessionToken } from '@/lib/auth/decode-session';

/**
 * The session cookie is decoded once and remembered (an autosave sends it every second); what is
 * remembered must never make a cookie count that next-auth itself would refuse.
 */
const SECRET = 'unit-secret-not-for-production-0123456789abcdef';
const claims = { sub: 'user-1', sid: 'session-1', authAt: 1_800_000_000, gen: 0 };

describe('decodeSessionToken', () => {
  it('reads the claims of a valid cookie, the second time from memory with the same result', async () => {
    const token = await encode({ token: claims, secret: SECRET, maxAge: 3600 });
    const first = await decodeSessionToken(token, SECRET);
    expect(first).toMatchObject(claims);
    await expect(decodeSessionToken(token, SECRET)).resolves.toEqual(first);
  });

  it('refuses a damaged or forged cookie and one sealed with another secret, also after the right one was read', async () => {
    const token = await encode({ token: claims, secret: SECRET, maxAge: 3600 });
    await decodeSessionToken(token, SECRET);
    const damaged = `${token.slice(0, -4)}${token.slice(-4) === 'AAAA' ? 'BBBB' : 'AAAA'}`;
    await expect(decodeSessionToken(damaged, SECRET)).resolves.toBeNull();
    await expect(decodeSessionToken('kein-gueltiges-token', SECRET)).resolves.toBeNull();
    await expect(decodeSessionToken(token, 'another-secret-0123456789abcdef0123456789')).resolves.toBeNull();
    const foreign = await encode({ token: claims, secret: 'another-secret-0123456789abcdef0123456789', maxAge: 3600 });
    await expect(decodeSessionToken(foreign, SECRET)).resolves.toBeNull();
  });

  it('stops accepting a remembered cookie once it has expired (with next-auth’s 15 seconds of tolerance)', async () => {
    const token = await encode({ token: claims, secret: SECRET, maxAge: 60 });
    const decoded = await decodeSessionToken(token, SECRET);
    const exp = (decoded!.exp as number) * 1000;
    await expect(decodeSessionToken(token, SECRET, exp + 14_000)).resolves.toMatchObject(claims);
    await expect(decodeSessionToken(token, SECRET, exp + 15_000)).resolves.toBeNull();
  });

  it('hands out claims nobody can change for the next request', async () => {
    const token = await encode({ token: claims, secret: SECRET, maxAge: 3600 });
    const decoded = (await decodeSessionToken(token, SECRET))!;
    expect(() => {
      decoded.sub = 'someone-else';
    }).toThrow(TypeError);
    await expect(decodeSessionToken(token, SECRET)).resolves.toMatchObject({ sub: 'user-1' });
  });
});
