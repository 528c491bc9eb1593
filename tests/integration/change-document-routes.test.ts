import { GET as redlineGet } from '@/app/api/concepts/[conceptId]/redline/route';
import { GET as synopseGet } from '@/app/api/concepts/[conceptId]/synopse/route';
import { saveSectionDraft } from '@/lib/sections/save-section-draft';
import { submitConceptForReview } from '@/lib/workflow/submit-concept-for-review';
import { buildConcept, doc, sectionOf } from '../support/concept-factories';
import { buildDistrictTeam, type DistrictTeam } from '../support/district-data-factories';
import { mockActor } from '../support/next-session-mock';

// The route handlers read the session through Next; here the signed-in person is given directly.
jest.mock('@/app/_lib/session', () => jest.requireActual('../support/next-session-mock').givenActorSession);

jest.setTimeout(60_000);

let team: DistrictTeam;
let conceptId: string;

beforeAll(async () => {
  team = await buildDistrictTeam();
  const concept = await buildConcept(team.coordinator, team.district.id, { title: 'Gewaltschutzkonzept Routenkreis' });
  conceptId = concept.id;
  const section = await sectionOf(concept.id, 'praeambel');
  await saveSectionDraft(team.editor, { sectionId: section.id, baseRevision: section.head_revision, content: doc('Erste Fassung.') });
  await submitConceptForReview(team.coordinator, { conceptId });
});

const get = (handler: typeof synopseGet, query: string) =>
  handler(new Request(`https://werkstatt.example/api/concepts/${conceptId}/x?${query}`), { params: Promise.resolve({ conceptId }) });

describe.each([
  ['synopse', synopseGet, 'Synopse'],
  ['redline', redlineGet, 'Redline'],
] as const)('GET /api/concepts/:id/%s', (_path, handler, kind) => {
  it('sends the district its DOCX as a download with a readable name', async () => {
    mockActor.current = team.coordinator;
    const response = await get(handler, 'von=1&bis=aktuell');
    expect(response.status).toBe(200);
    expect(response.headers.get('Content-Type')).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document');
    expect(response.headers.get('Content-Disposition')).toMatch(new RegExp(`^attachment; filename="Gewaltschutzkonzept-Routenkreis_${kind}_Fassung-1-zu-aktuell_\\d{4}-\\d{2}-\\d{2}\\.docx"`));
    expect(response.headers.get('Cache-Control')).toBe('private, no-store');
    expect(Number(response.headers.get('Content-Length'))).toBeGreaterThan(1000);
  });

  it('answers another district and signed-out visitors without revealing the concept', async () => {
    mockActor.current = team.foreignCoordinator;
    const foreign = await get(handler, 'von=1');
    expect(foreign.status).toBe(404);
    expect((await foreign.json()).error.code).toBe('not_found');
    mockActor.current = undefined;
    expect((await get(handler, 'von=1')).status).toBe(401);
  });

  it('explains a missing Fassung in German, as a sentence when the browser shows the answer itself', async () => {
    mockActor.current = team.coordinator;
    const response = await get(handler, 'bis=aktuell');
    expect(response.status).toBe(400);
    expect((await response.json()).error.message).toContain('bisherige Fassung');
    const followed = await handler(new Request(`https://werkstatt.example/api/concepts/${conceptId}/x?von=1&bis=1`, { headers: { 'sec-fetch-mode': 'navigate' } }), {
      params: Promise.resolve({ conceptId }),
    });
    expect(followed.status).toBe(400);
    expect(followed.headers.get('Content-Type')).toBe('text/plain; charset=utf-8');
    await expect(followed.text()).resolves.toBe('Bitte wählen Sie zwei verschiedene Fassungen.');
  });
});
