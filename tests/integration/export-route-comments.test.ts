import { addComment } from '@/lib/comments/write-comments';
import { GET as exportRoute } from '@/app/api/concepts/[conceptId]/export/route';
import { downloadsBeingMade } from '@/lib/export/download-cache';
import { prepareConceptExport } from '@/lib/export/export-concept-docx';
import { saveSectionDraft } from '@/lib/sections/save-section-draft';
import { buildConcept, doc, sectionOf, shareWithAdvisors } from '../support/concept-factories';
import { buildDistrictTeam } from '../support/district-data-factories';
import { readDocx } from '../export/support';
import { mockActor } from '../support/next-session-mock';

// The route reads the session through Next; here the signed-in person is given directly. The rest is real.
jest.mock('@/app/_lib/session', () => jest.requireActual('../support/next-session-mock').givenActorSession);

jest.setTimeout(180_000);

describe('GET /api/concepts/:id/export?comments=1', () => {
  it('gives the advisor the file with the comments; another district gets 404; an unknown value 400', async () => {
    const team = await buildDistrictTeam();
    const concept = await buildConcept(team.coordinator, team.district.id);
    const section = await sectionOf(concept.id, 'beschwerdemanagement');
    await saveSectionDraft(team.editor, { sectionId: section.id, baseRevision: section.head_revision, content: doc('Es gibt einen Briefkasten.') });
    await shareWithAdvisors(team.coordinator, concept.id);
    await addComment(team.advisor, { sectionId: section.id, body: 'Wo hängt er?' });
    const get = (query: string) => exportRoute(new Request(`http://localhost/api/concepts/${concept.id}/export?${query}`), { params: Promise.resolve({ conceptId: concept.id }) });

    mockActor.current = team.foreignCoordinator;
    expect((await get('comments=1')).status).toBe(404);

    mockActor.current = team.advisor;
    const invalid = await get('comments=ja');
    expect(invalid.status).toBe(400);
    expect(await invalid.json()).toMatchObject({ error: { code: 'invalid_input', fields: { comments: expect.stringContaining('Word-Kommentare') } } });

    const response = await get('comments=1');
    expect(response.status).toBe(200);
    const docx = readDocx(new Uint8Array(await response.arrayBuffer()));
    expect(docx.part('word/comments.xml')).toContain('Wo hängt er?');
  });
});

describe('GET /api/concepts/:id/export from a tab that closed', () => {
  it('ends at once with nothing to show (499), also while the file made in advance for the button goes on, which is kept', async () => {
    const team = await buildDistrictTeam();
    const concept = await buildConcept(team.coordinator, team.district.id);
    mockActor.current = team.editor;
    const url = `http://localhost/api/concepts/${concept.id}/export?empty=renumber`;
    const params = { params: Promise.resolve({ conceptId: concept.id }) };

    const closed = new AbortController();
    closed.abort();
    const before = await exportRoute(new Request(url, { signal: closed.signal }), params);
    expect(before.status).toBe(499);
    expect(downloadsBeingMade()).toBe(0);

    // The button asked for the file in advance; the click's tab closes while it is being made.
    const prepared = await prepareConceptExport(team.editor, { conceptId: concept.id, emptySections: 'renumber', source: { kind: 'draft' } });
    expect(prepared.started).toBe(true);
    let madeInAdvance = false;
    void prepared.made.then(() => (madeInAdvance = true));
    const leaving = new AbortController();
    const waiting = exportRoute(new Request(url, { signal: leaving.signal }), params);
    leaving.abort();
    const response = await waiting;
    expect(response.status).toBe(499);
    // Answered before the file was ready (which takes a layout of the whole concept), and that file goes on.
    expect(madeInAdvance).toBe(false);
    expect(downloadsBeingMade()).toBe(1);
    await prepared.made;
    // The next click gets the file made in advance.
    const next = await exportRoute(new Request(url), params);
    expect(next.status).toBe(200);
    expect(next.headers.get('X-Toc-Page-Numbers')).toBe('filled');
  });
});

