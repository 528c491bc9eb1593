import { addComment } from '@/lib/comments/write-comments';
import { GET as exportRoute } from '@/app/api/concepts/[conceptId]/export/route';
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
