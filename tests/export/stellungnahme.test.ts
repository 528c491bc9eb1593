import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import type { Actor } from '@/lib/access';
import { GET as downloadStatement } from '@/app/api/concepts/[conceptId]/stellungnahme/route';
import { resolveThread } from '@/lib/comments/resolve-threads';
import { addComment, replyToComment } from '@/lib/comments/write-comments';
import { buildTextMap } from '@/lib/comments/text-map';
import { giveVerdict } from '@/lib/review/give-verdict';
import { saveSectionDraft } from '@/lib/sections/save-section-draft';
import { setChecklistItem } from '@/lib/sections/update-section-meta';
import { formatDate } from '@/lib/shared/date-format';
import { exportStellungnahmeDocx, NO_FASSUNG_MESSAGE } from '@/lib/export/review-documents/stellungnahme';
import { ADVISOR_ORGANISATION } from '@/lib/export/review-documents/stellungnahme-model';
import { CHART_SERIES, HINT_COLUMNS } from '@/lib/export/review-documents/stellungnahme-docx';
import { requestChanges } from '@/lib/workflow/give-review-outcome';
import { submitConceptForReview } from '@/lib/workflow/submit-concept-for-review';
import { buildConcept, doc, sectionOf, shareWithAdvisors } from '../support/concept-factories';
import { buildDistrictTeam, type DistrictTeam } from '../support/district-data-factories';
import { actorFor, buildAdvisor, buildDistrict } from '../support/factories';
import { hasSoffice, pdfPages } from './pdf-support';
import { readDocx, xmlText, type DocxParts } from './support';
import { mockActor } from '../support/next-session-mock';

// The route handler reads the session through Next; here the signed-in person is given directly.
jest.mock('@/app/_lib/session', () => jest.requireActual('../support/next-session-mock').givenActorSession);

const NOW = new Date('2026-11-27T10:00:00Z');
const ORIGINAL = doc('Einleitung zum Abschnitt.', 'Die Unterkunft hat einen Beschwerdebriefkasten im Erdgeschoss.', 'Schluss.');
const QUOTE = 'Beschwerdebriefkasten im Erdgeschoss';
const HINTS = {
  range: 'Wer leert den Briefkasten, und wie oft?',
  section: 'Bitte das Leitbild mit der Bewohnervertretung abstimmen.',
  late: 'Nach der Überarbeitung: bitte noch die Frist für eine Antwort nennen.',
};
const REPLY = 'Die Hausleitung, werktäglich.';
const REASON = 'Leerung werktäglich durch die Hausleitung ergänzt.';
const VERDICT_NOTE = 'Eine unabhängige Beschwerdestelle fehlt noch.';

/** Rows of every table in the document, each row the texts of its cells (paragraphs joined by „\n“). */
function tableRows(xml: string): string[][] {
  return [...xml.matchAll(/<w:tr[ >][\s\S]*?<\/w:tr>/g)].map(([tr]) =>
    [...tr.matchAll(/<w:tc>[\s\S]*?<\/w:tc>/g)].map(([tc]) => [...tc.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map(([p]) => xmlText(p)).join('\n')),
  );
}

/** The rows of the hint table (after its header row). */
function hintRows(parts: DocxParts): string[][] {
  const rows = tableRows(parts.part('word/document.xml'));
  const header = rows.findIndex((r) => r.join('|') === HINT_COLUMNS.join('|'));
  expect(header).toBeGreaterThan(-1);
  return rows.slice(header + 1).filter((r) => r.length === HINT_COLUMNS.length);
}

let team: DistrictTeam;
let conceptId: string;
let beschwerde: { number: string; title: string };

async function save(actor: Actor, key: string, content: ReturnType<typeof doc>) {
  const section = await sectionOf(conceptId, key);
  return saveSectionDraft(actor, { sectionId: section.id, baseRevision: section.head_revision, content });
}

beforeAll(async () => {
  team = await buildDistrictTeam();
  const concept = await buildConcept(team.coordinator, team.district.id, { title: 'Gewaltschutzkonzept Stellungnahme' });
  conceptId = concept.id;
  await save(team.editor, 'beschwerdemanagement', ORIGINAL);
  await save(team.editor, 'praeambel', doc('Unser Leitbild.'));
  const section = await sectionOf(conceptId, 'beschwerdemanagement');
  await setChecklistItem(team.editor, { sectionId: section.id, itemKey: 'interne-wege', isDone: true });
  await shareWithAdvisors(team.coordinator, conceptId);

  const text = buildTextMap(ORIGINAL).text;
  const first = await addComment(team.advisor, {
    sectionId: section.id,
    body: HINTS.range,
    range: { revision: section.head_revision, start: text.indexOf(QUOTE), end: text.indexOf(QUOTE) + QUOTE.length },
  });
  await replyToComment(team.editor, { threadId: first.threadId, body: REPLY });
  await addComment(team.advisor, { sectionId: (await sectionOf(conceptId, 'praeambel')).id, body: HINTS.section });
  await submitConceptForReview(team.coordinator, { conceptId });
  await giveVerdict(team.advisor, { sectionId: section.id, verdict: 'nachbessern', note: VERDICT_NOTE });
  await giveVerdict(team.advisor, { sectionId: (await sectionOf(conceptId, 'praeambel')).id, verdict: 'erfuellt' });
  await requestChanges(team.advisor, { conceptId, note: 'Bitte die Beschwerdewege ergänzen.' });
  await resolveThread(team.coordinator, { threadId: first.threadId, disposition: 'uebernommen', reason: REASON });
  await save(team.editor, 'beschwerdemanagement', doc('Einleitung.', 'Die Unterkunft hat einen Beschwerdebriefkasten im Erdgeschoss; die Hausleitung leert ihn werktäglich.'));
  await submitConceptForReview(team.coordinator, { conceptId });
  await addComment(team.advisor, { sectionId: section.id, body: HINTS.late });
  const { flattenSections, getTemplate } = await import('@/lib/templates');
  const flat = flattenSections(getTemplate('gewaltschutz-gu')).find((f) => f.key === 'beschwerdemanagement')!;
  beschwerde = { number: flat.number, title: flat.title };
}, 60_000);

describe('Stellungnahme der Beratung als Word-Datei', () => {
  let latest: Awaited<ReturnType<typeof exportStellungnahmeDocx>>;
  let parts: DocxParts;

  beforeAll(async () => {
    latest = await exportStellungnahmeDocx(team.advisor, { conceptId }, { now: NOW });
    parts = readDocx(latest.buffer);
  });

  it('is about the latest submitted Fassung by default, named like the export', () => {
    expect(latest.versionNumber).toBe(2);
    expect(latest.filename).toBe('Stellungnahme_Gewaltschutzkonzept-Stellungnahme_Fassung-2_2026-11-27.docx');
    expect(latest.contentType).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document');
  });

  it('has a title page with concept, Fassung, the advisor’s organisation and name, and the date', () => {
    const cover = tableRows(parts.part('word/document.xml')).filter((r) => r.length === 2);
    const facts = Object.fromEntries(cover.map(([label, value]) => [label, value]));
    expect(facts).toMatchObject({
      Konzept: 'Gewaltschutzkonzept Stellungnahme',
      Kommune: team.district.name,
      Fassung: expect.stringMatching(/^Fassung 2, eingereicht am \d\d\.\d\d\.\d{4}$/),
      Beratung: ADVISOR_ORGANISATION,
      'Beraterin oder Berater': team.advisor.displayName,
      'Datum der Stellungnahme': formatDate(NOW),
    });
  });

  it('lists the verdict and note per section, with the Fassung an earlier verdict was given on', () => {
    const row = tableRows(parts.part('word/document.xml')).find((r) => r.length === 4 && r[0] === beschwerde.number);
    expect(row).toEqual([beschwerde.number, beschwerde.title, 'nachbessern (zu Fassung 1)', VERDICT_NOTE]);
    const text = xmlText(parts.part('word/document.xml'));
    expect(text).toContain('2 von ');
    expect(text).toContain('Abschnitten bewertet: 1 erfüllt, 1 nachbessern, 0 offen, 0 entfällt.');
  });

  it('draws the coverage as a native Word bar chart that the document references', () => {
    const chart = parts.part('word/charts/chart1.xml');
    expect(chart).toContain('<c:barChart>');
    expect(chart).toContain('<c:barDir val="bar"/>');
    for (const name of Object.values(CHART_SERIES)) expect(chart).toContain(name);
    expect(chart).toContain('MS 3');
    const rId = /<c:chart [^>]*r:id="([^"]+)"/.exec(parts.part('word/document.xml'))?.[1];
    expect(rId).toBeDefined();
    expect(parts.part('word/_rels/document.xml.rels')).toMatch(new RegExp(`Id="${rId}"[^>]*Target="charts/chart1.xml"`));
    expect(parts.part('[Content_Types].xml')).toContain('PartName="/word/charts/chart1.xml"');
    // The same figures as a table: Mindeststandard 3 has the ticked requirement and the section to improve.
    const ms3 = tableRows(parts.part('word/document.xml')).find((r) => r.length === 5 && r[0]!.startsWith('Mindeststandard 3'));
    expect(ms3?.[1]).toMatch(/^1 von \d+$/);
    expect(ms3?.[3]).toBe('1');
  });

  it('tables every hint with quote, hint and replies, disposition, reason and the Fassung that addressed it', () => {
    const rows = hintRows(parts);
    expect(rows.map((r) => r[0])).toEqual(['1', '2', '3']);
    const [first, second, third] = rows;
    expect(first![1]).toBe(`${beschwerde.number} ${beschwerde.title}`);
    expect(first![2]).toBe(`„${QUOTE}“`);
    expect(first![3]).toContain(HINTS.range);
    expect(first![3]).toContain(`– ${team.advisor.displayName}`);
    expect(first![3]).toContain(`Antwort von ${team.editor.displayName}`);
    expect(first![3]).toContain(REPLY);
    expect(first!.slice(4)).toEqual(['übernommen', REASON, 'Fassung 2']);
    expect(second![2]).toBe('ganzer Abschnitt');
    expect(second!.slice(4)).toEqual(['offen', '', '–']);
    expect(third![3]).toContain(HINTS.late);
  });

  it('for an earlier Fassung: its own answer, and only the hints written before the next Fassung', async () => {
    const first = await exportStellungnahmeDocx(team.coordinator, { conceptId, fassung: '1' }, { now: NOW });
    const xml = readDocx(first.buffer).part('word/document.xml');
    expect(first.filename).toContain('_Fassung-1_');
    const facts = Object.fromEntries(tableRows(xml).filter((r) => r.length === 2).map(([l, v]) => [l, v]));
    expect(facts['Rückmeldung der Beratung']).toMatch(/^Überarbeitung erbeten am /);
    expect(xmlText(xml)).toContain('Bitte die Beschwerdewege ergänzen.');
    expect(hintRows(readDocx(first.buffer)).map((r) => r[0])).toEqual(['1', '2']);
    const row = tableRows(xml).find((r) => r.length === 4 && r[0] === beschwerde.number);
    expect(row?.[2]).toBe('nachbessern');
  });

  (hasSoffice ? it : it.skip)('opens in LibreOffice with its text, tables and chart legend', () => {
    const text = pdfPages(latest.buffer, { layout: false }).join('\n').replace(/\u00ad|-\n/g, '');
    for (const expected of ['Stellungnahme der Beratung', 'Bewertung je Abschnitt', VERDICT_NOTE, 'Abdeckung nach Mindeststandards', CHART_SERIES.fulfilled, QUOTE, REASON, 'übernommen']) {
      expect(text.replace(/\s+/g, ' ')).toContain(expected);
    }
  }, 180_000);
});

describe('Stellungnahme: wer sie herunterladen darf', () => {
  it('the coordinator and the assigned advisor may; the editorial team is pointed to the hints in the app', async () => {
    await expect(exportStellungnahmeDocx(team.coordinator, { conceptId })).resolves.toMatchObject({ versionNumber: 2 });
    await expect(exportStellungnahmeDocx(team.advisor, { conceptId })).resolves.toMatchObject({ versionNumber: 2 });
    await expect(exportStellungnahmeDocx(team.editor, { conceptId })).rejects.toMatchObject({ code: 'forbidden', message: expect.stringContaining('Hinweise der Beratung') });
  });

  it('another district, an unassigned advisor and someone without a district get not found', async () => {
    const unassigned = await actorFor((await buildAdvisor([(await buildDistrict()).id])).id);
    for (const actor of [team.foreignCoordinator, unassigned, team.outsider]) {
      await expect(exportStellungnahmeDocx(actor, { conceptId })).rejects.toMatchObject({ code: 'not_found' });
    }
  });

  it('an unknown Fassung is not found, a bad number is refused, a concept without a Fassung says why', async () => {
    await expect(exportStellungnahmeDocx(team.coordinator, { conceptId, fassung: 9 })).rejects.toMatchObject({ code: 'not_found', message: 'Diese Fassung gibt es nicht.' });
    await expect(exportStellungnahmeDocx(team.coordinator, { conceptId, fassung: 'zwei' })).rejects.toMatchObject({ code: 'invalid_input', details: { fields: { fassung: 'Ungültige Fassung.' } } });
    const fresh = await buildConcept(team.coordinator, team.district.id, { title: 'Noch ohne Fassung' });
    await expect(exportStellungnahmeDocx(team.coordinator, { conceptId: fresh.id })).rejects.toMatchObject({ code: 'invalid_input', message: NO_FASSUNG_MESSAGE });
    // Not shared with the advisors: for them the concept does not exist.
    await expect(exportStellungnahmeDocx(team.advisor, { conceptId: fresh.id })).rejects.toMatchObject({ code: 'not_found' });
  });

  describe('download route (GET /api/concepts/:id/stellungnahme)', () => {
    const get = (id: string, query = '') =>
      downloadStatement(new Request(`https://werkstatt.example/api/concepts/${id}/stellungnahme${query}`), { params: Promise.resolve({ conceptId: id }) });

    it('sends the file as a download with its name, not cached', async () => {
      mockActor.current = team.coordinator;
      const response = await get(conceptId, '?fassung=1');
      expect(response.status).toBe(200);
      expect(response.headers.get('Content-Disposition')).toContain("filename*=UTF-8''Stellungnahme_Gewaltschutzkonzept-Stellungnahme_Fassung-1_");
      expect(response.headers.get('Cache-Control')).toBe('private, no-store');
      expect(readDocx(new Uint8Array(await response.arrayBuffer())).names).toContain('word/charts/chart1.xml');
    });

    it('answers 404 to another district and 403 with the reason to an editor', async () => {
      mockActor.current = team.foreignCoordinator;
      expect((await get(conceptId)).status).toBe(404);
      mockActor.current = team.editor;
      const refused = await get(conceptId);
      expect(refused.status).toBe(403);
      await expect(refused.json()).resolves.toMatchObject({ error: { code: 'forbidden', message: expect.stringContaining('Koordination') } });
      mockActor.current = undefined;
      expect((await get(conceptId)).status).toBe(401);
    });
  });
});

describe('npm run export -- --stellungnahme', () => {
  it('writes the same document as the download, for the Fassung asked for', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'skw-stellungnahme-'));
    try {
      const out = path.join(dir, 'stellungnahme.docx');
      const root = path.resolve(__dirname, '../..');
      const { stdout } = await promisify(execFile)(
        process.execPath,
        [path.join(root, 'node_modules/tsx/dist/cli.mjs'), 'lib/cli/export.ts', '--concept', conceptId, '--stellungnahme', '--fassung', '1', '--out', out],
        { cwd: root, env: process.env },
      );
      expect(stdout).toContain('Stellungnahme zu „Gewaltschutzkonzept Stellungnahme“, Fassung 1');
      const parts = readDocx(readFileSync(out));
      expect(parts.names).toContain('word/charts/chart1.xml');
      expect(hintRows(parts).map((r) => r[0])).toEqual(['1', '2']);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 120_000);
});
