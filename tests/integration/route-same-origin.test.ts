import { getDb } from '@/db/client';
import { FOREIGN_ORIGIN_MESSAGE, NOT_JSON_MESSAGE, isSameOriginRequest } from '@/app/_lib/same-origin';
import { POST as authPost } from '@/app/api/auth/[...nextauth]/route';
import { POST as saveDraft } from '@/app/api/sections/[sectionId]/draft/route';
import { GET as downloadExport, POST as prepareExport } from '@/app/api/concepts/[conceptId]/export/route';
import { buildConcept, doc, sectionOf } from '../support/concept-factories';
import { buildDistrictTeam } from '../support/district-data-factories';
import { mockActor } from '../support/next-session-mock';

// The route handlers read the session from the request's cookies through Next; here the signed-in
// person is given directly. Everything else (origin check, parsing, use case, database) is real.
jest.mock('@/app/_lib/session', () => jest.requireActual('../support/next-session-mock').givenActorSession);
// Making the download in advance is tested in tests/unit/download-cache.test.ts and tests/export/export-concept-docx.test.ts;
// here who may ask for it, and that it is asked for with the choices of the query.
const mockPrepare = jest.fn((key: string) => ({ key, started: true, made: Promise.resolve() }));
jest.mock('@/lib/export/prepare-download', () => ({ mayPrepareDownload: () => true, prepareDownload: (key: string) => mockPrepare(key) }));


const HOST = 'werkstatt.kreis-musterland.de';

function draftRequest(sectionId: string, headers: Record<string, string>, body: unknown) {
  return new Request(`https://${HOST}/api/sections/${sectionId}/draft`, {
    method: 'POST',
    headers: { host: HOST, ...headers },
    body: JSON.stringify(body),
  });
}

async function revisionCount(sectionId: string) {
  const rows = await getDb().selectFrom('section_revisions').select('number').where('section_id', '=', sectionId).execute();
  return rows.length;
}

describe('Autosave (POST /api/sections/:id/draft) only from our own pages, as JSON', () => {
  let sectionId: string;
  const body = { baseRevision: 0, content: doc('Von einer fremden Seite geschrieben.') };
  const post = (headers: Record<string, string>) => saveDraft(draftRequest(sectionId, headers, body), { params: Promise.resolve({ sectionId }) });

  beforeAll(async () => {
    const team = await buildDistrictTeam();
    const concept = await buildConcept(team.coordinator, team.district.id);
    sectionId = (await sectionOf(concept.id, 'praeambel')).id;
    mockActor.current = team.editor;
  });

  it.each([
    ['a sibling origin of the same site (another port)', { origin: `https://${HOST}:8443`, 'sec-fetch-site': 'same-site' }],
    ['a sibling subdomain', { origin: `https://wiki.kreis-musterland.de`, 'sec-fetch-site': 'same-site' }],
    ['a sibling origin in an older browser (no Sec-Fetch-Site)', { origin: `https://wiki.kreis-musterland.de` }],
    ['no Origin at all', {}],
    ['an opaque origin ("null", sandboxed frame)', { origin: 'null' }],
    ['our own origin, but a browser that says the request is cross-site', { origin: `https://${HOST}`, 'sec-fetch-site': 'cross-site' }],
  ])('refuses a write from %s and stores nothing', async (_label, headers) => {
    const response = await post({ ...headers, 'content-type': 'application/json' });
    expect(response.status).toBe(403);
    await expect(response.json()).resolves.toEqual({ error: { code: 'forbidden', message: FOREIGN_ORIGIN_MESSAGE } });
    expect(await revisionCount(sectionId)).toBe(0);
  });

  it.each([
    ['text/plain (what a no-cors fetch may send)', 'text/plain;charset=UTF-8'],
    ['form data', 'application/x-www-form-urlencoded'],
  ])('refuses a body sent as %s from our own origin and stores nothing', async (_label, contentType) => {
    const response = await post({ origin: `https://${HOST}`, 'sec-fetch-site': 'same-origin', 'content-type': contentType });
    expect(response.status).toBe(400);
    await expect(response.json()).resolves.toEqual({ error: { code: 'invalid_input', message: NOT_JSON_MESSAGE } });
    expect(await revisionCount(sectionId)).toBe(0);
  });

  it('saves JSON from our own pages, also behind a reverse proxy', async () => {
    const response = await post({ origin: `https://${HOST}`, 'sec-fetch-site': 'same-origin', 'content-type': 'application/json; charset=utf-8' });
    expect(response.status).toBe(200);
    await expect(response.json()).resolves.toMatchObject({ revision: 1, isUnchanged: false });
    expect(await revisionCount(sectionId)).toBe(1);

    // The proxy talks to the app as "localhost:3000" and names the host the browser used.
    const behindProxy = await saveDraft(
      new Request(`http://localhost:3000/api/sections/${sectionId}/draft`, {
        method: 'POST',
        headers: { host: 'localhost:3000', 'x-forwarded-host': HOST, origin: `https://${HOST}`, 'content-type': 'application/json' },
        body: JSON.stringify({ baseRevision: 1, content: doc('Über den Proxy gespeichert.') }),
      }),
      { params: Promise.resolve({ sectionId }) },
    );
    expect(behindProxy.status).toBe(200);
    expect(await revisionCount(sectionId)).toBe(2);
  });
});

describe('Sign-in and sign-out (POST /api/auth/…) only from our own pages', () => {
  const ctx = (action: string[]) => ({ params: Promise.resolve({ nextauth: action }) });
  const form = (headers: Record<string, string>) =>
    new Request(`https://${HOST}/api/auth/callback/credentials`, {
      method: 'POST',
      headers: { host: HOST, 'content-type': 'application/x-www-form-urlencoded', ...headers },
      body: 'email=a%40b.example&password=x&csrfToken=y',
    });

  it('refuses a sign-in posted by a sibling origin before next-auth sees it', async () => {
    const response = await authPost(form({ origin: `https://${HOST}:8443`, 'sec-fetch-site': 'same-site' }), ctx(['callback', 'credentials']));
    expect(response.status).toBe(403);
    await expect(response.json()).resolves.toMatchObject({ error: { code: 'forbidden' } });
  });
});

describe('Download made in advance (POST /api/concepts/:id/export) only from our own pages, only for the own district', () => {
  let conceptId: string;
  let otherConceptId: string;
  const OWN = { origin: `https://${HOST}`, 'sec-fetch-site': 'same-origin' };
  const post = (id: string, headers: Record<string, string>, query = '') =>
    prepareExport(new Request(`https://${HOST}/api/concepts/${id}/export${query}`, { method: 'POST', headers: { host: HOST, ...headers } }), { params: Promise.resolve({ conceptId: id }) });

  beforeAll(async () => {
    const team = await buildDistrictTeam();
    conceptId = (await buildConcept(team.coordinator, team.district.id)).id;
    const other = await buildDistrictTeam();
    otherConceptId = (await buildConcept(other.coordinator, other.district.id)).id;
    mockActor.current = team.editor;
  });
  beforeEach(() => mockPrepare.mockClear());

  it('refuses a request from a sibling origin and makes nothing', async () => {
    const response = await post(conceptId, { origin: `https://${HOST}:8443`, 'sec-fetch-site': 'same-site' });
    expect(response.status).toBe(403);
    expect(mockPrepare).not.toHaveBeenCalled();
  });

  it('answers another district\'s concept, and an unknown Fassung, with „nicht gefunden“ and makes nothing', async () => {
    expect((await post(otherConceptId, OWN)).status).toBe(404);
    expect((await post(conceptId, OWN, '?fassung=7')).status).toBe(404);
    expect(mockPrepare).not.toHaveBeenCalled();
  });

  it('refuses choices the download would refuse, with the same German message, and makes nothing', async () => {
    const response = await post(conceptId, OWN, '?empty=irgendwie');
    expect(response.status).toBe(400);
    const refusal = await response.json();
    expect(refusal).toMatchObject({ error: { code: 'invalid_input' } });
    expect(JSON.stringify(refusal)).toContain('leeren Abschnitten');
    const download = await downloadExport(new Request(`https://${HOST}/api/concepts/${conceptId}/export?empty=irgendwie`, { headers: { host: HOST } }), {
      params: Promise.resolve({ conceptId }),
    });
    expect(download.status).toBe(400);
    await expect(download.json()).resolves.toEqual(refusal);
    expect(mockPrepare).not.toHaveBeenCalled();
  });

  it('makes the own district\'s concept in advance from our own page, answering at once (204, no body), as the query says', async () => {
    const response = await post(conceptId, OWN, '?empty=entfaellt&comments=1');
    expect(response.status).toBe(204);
    await expect(response.text()).resolves.toBe('');
    expect(mockPrepare).toHaveBeenCalledTimes(1);
    // Other choices are another file; the same choices the same one.
    for (const query of ['?empty=renumber', '?empty=entfaellt', '?empty=entfaellt&comments=1']) expect((await post(conceptId, OWN, query)).status).toBe(204);
    const keys = mockPrepare.mock.calls.map(([key]) => key);
    expect(keys[3]).toBe(keys[0]);
    expect(new Set(keys).size).toBe(3);
  });
});

describe('isSameOriginRequest', () => {
  const check = (headers: Record<string, string>) => isSameOriginRequest(new Headers(headers));

  it('accepts our origin, also with the default port written out or only Sec-Fetch-Site', () => {
    expect(check({ host: HOST, origin: `https://${HOST}` })).toBe(true);
    expect(check({ host: `${HOST}:443`, origin: `https://${HOST}` })).toBe(true);
    expect(check({ host: 'localhost:3123', origin: 'http://localhost:3123', 'sec-fetch-site': 'same-origin' })).toBe(true);
    expect(check({ host: HOST, 'sec-fetch-site': 'same-origin' })).toBe(true);
  });

  it('refuses another port, another host, another scheme, and Sec-Fetch-Site "none" or "same-site"', () => {
    expect(check({ host: 'localhost:3123', origin: 'http://localhost:3124' })).toBe(false);
    expect(check({ host: HOST, origin: `https://evil.example` })).toBe(false);
    expect(check({ host: HOST, origin: `ftp://${HOST}` })).toBe(false);
    expect(check({ host: HOST, origin: `https://${HOST}`, 'sec-fetch-site': 'none' })).toBe(false);
    expect(check({ host: HOST, origin: `https://${HOST}`, 'sec-fetch-site': 'same-site' })).toBe(false);
    expect(check({ origin: `https://${HOST}` })).toBe(false);
  });
});
