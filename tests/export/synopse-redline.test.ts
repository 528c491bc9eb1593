import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Actor } from '@/lib/access';
import type { TiptapDoc } from '@/lib/editor/types';
import { exportRedlineDocx } from '@/lib/export/review-documents/redline';
import { exportSynopseDocx } from '@/lib/export/review-documents/synopse';
import { BUSY_MESSAGE, hasExportSlot, takeExportSlot } from '@/lib/export/export-slots';
import { LEGEND, SYNOPSE_COLUMNS, UNCHANGED_NOTE } from '@/lib/export/review-documents/render-synopse';
import { saveSectionDraft } from '@/lib/sections/save-section-draft';
import { listConceptVersions } from '@/lib/versions/read-versions';
import { submitConceptForReview } from '@/lib/workflow/submit-concept-for-review';
import { withdrawSubmission } from '@/lib/workflow/withdraw-submission';
import { buildConcept, sectionOf } from '../support/concept-factories';
import { saveFacility } from '@/lib/facilities/manage-facilities';
import { buildDistrictTeam, buildFacility, facilityValues, type DistrictTeam } from '../support/district-data-factories';
import { hasSoffice, pdfPages } from './pdf-support';
import { requireTool } from '../support/required-tools';
import { bullets, cell, doc, item, p, para, paragraphs, readDocx, row, table, text, xmlText } from './support';

jest.setTimeout(120_000);

async function save(actor: Actor, conceptId: string, key: string, content: TiptapDoc) {
  const section = await sectionOf(conceptId, key);
  await saveSectionDraft(actor, { sectionId: section.id, baseRevision: section.head_revision, content });
}

const ways = (phone: string) =>
  table(
    row(cell('Beschwerdeweg', 'tableHeader'), cell('Zuständig', 'tableHeader'), cell('Erreichbarkeit', 'tableHeader')),
    row(cell('Telefon'), cell(phone), cell('werktags 8 bis 16 Uhr')),
    row(cell('Briefkasten'), cell('Gewaltschutzkoordination'), cell('im Flur')),
  );
const FIRST = doc(
  para('Unser Leitbild: keine Gewalt in der Unterkunft.'),
  para('Dieser Absatz fällt in der zweiten Fassung weg.'),
  bullets(item(para('Beschwerdestelle im Haus')), item(para('Sprechstunde der Sozialarbeit'))),
  ways('Gewaltschutzkoordination'),
);
const SECOND = doc(
  p(text('Unser Leitbild: keine Gewalt und keine '), text('Diskriminierung', [{ type: 'bold' }]), text(' in der Unterkunft.')),
  bullets(item(para('Beschwerdestelle im Haus')), item(para('Sprechstunde der Sozialarbeit')), item(para('Externe Ombudsstelle'))),
  para('Ein neuer Absatz über die Beteiligung der Bewohnerinnen und Bewohner.'),
  ways('Gleichstellungsbüro'),
);
const NEW_SECTION = 'Grundlage sind das Gewaltschutzgesetz und die Mindeststandards.';
const UNCHANGED = 'Gewalt im Sinne dieses Konzepts ist jede Handlung, die verletzt.';

/** Fassung 1 and Fassung 2 of one concept; between them the Präambel changes and the Gewaltbegriff stays. */
async function twoFassungen(team: DistrictTeam) {
  const values = facilityValues({ name: 'Unterkunft Lindenweg', occupancy: 80 });
  const facility = await buildFacility(team.district.id, values);
  const concept = await buildConcept(team.coordinator, team.district.id, { title: 'Gewaltschutzkonzept Synopsenkreis', facilityIds: [facility.id] });
  await save(team.editor, concept.id, 'praeambel', FIRST);
  await save(team.editor, concept.id, 'gewaltbegriff', doc(para(UNCHANGED)));
  await submitConceptForReview(team.coordinator, { conceptId: concept.id });
  await withdrawSubmission(team.coordinator, { conceptId: concept.id });
  await save(team.editor, concept.id, 'praeambel', SECOND);
  await save(team.editor, concept.id, 'rechtliche-grundlagen', doc(para(NEW_SECTION)));
  // The annex changes too: the facility's occupancy frozen with Fassung 2 differs from Fassung 1's.
  await saveFacility(team.coordinator, { districtId: team.district.id, id: facility.id, ...values, occupancy: 93 });
  await submitConceptForReview(team.coordinator, { conceptId: concept.id });
  return concept;
}

let team: DistrictTeam;
let conceptId: string;

beforeAll(async () => {
  team = await buildDistrictTeam();
  conceptId = (await twoFassungen(team)).id;
});

/** The cells of every table row of the outermost table, as text. */
function rowsOf(xml: string): string[][] {
  return [...xml.matchAll(/<w:tr>[\s\S]*?<\/w:tr>/g)].map(([tr]) => [...tr.matchAll(/<w:tc>[\s\S]*?<\/w:tc>/g)].map(([tc]) => xmlText(tc)));
}

describe('Synopse (two columns, changed passages marked)', () => {
  it('puts the old and the new wording side by side with the changes marked and unchanged sections on one line', async () => {
    const result = await exportSynopseDocx(team.coordinator, { conceptId, from: 1, to: 2 }, { now: new Date('2026-11-27T10:00:00Z') });
    expect(result.filename).toBe('Gewaltschutzkonzept-Synopsenkreis_Synopse_Fassung-1-zu-Fassung-2_2026-11-27.docx');
    const xml = readDocx(result.buffer).part('word/document.xml');
    // Landscape, one two-column table with a header row Word and LibreOffice repeat on every page.
    expect(xml).toMatch(/<w:pgSz [^>]*w:orient="landscape"/);
    expect(xml).toMatch(/<w:tblGrid><w:gridCol w:w="\d+"\/><w:gridCol w:w="\d+"\/><\/w:tblGrid>/);
    const rows = rowsOf(xml);
    expect(rows[0]![0]).toContain(SYNOPSE_COLUMNS.old);
    expect(rows[0]![0]).toContain('Fassung 1 vom');
    expect(rows[0]![1]).toContain(SYNOPSE_COLUMNS.new);
    expect(rows[0]![1]).toContain('Fassung 2 vom');
    expect(xml).toMatch(/<w:trPr>(?:(?!<\/w:trPr>).)*<w:tblHeader\/>/);
    expect(xmlText(xml)).toContain(LEGEND);

    // The edited paragraph: old words on the left, new on the right, in the same row.
    const edited = rows.find((cells) => cells[0]?.includes('Unser Leitbild'))!;
    expect(edited[0]).toBe('Unser Leitbild: keine Gewalt in der Unterkunft.');
    expect(edited[1]).toBe('Unser Leitbild: keine Gewalt und keine Diskriminierung in der Unterkunft.');
    // Deleted paragraph: on the left only, struck through; new paragraph and list item: on the right only, bold and underlined.
    expect(rows).toContainEqual(['Dieser Absatz fällt in der zweiten Fassung weg.', '']);
    expect(rows).toContainEqual(['', 'Ein neuer Absatz über die Beteiligung der Bewohnerinnen und Bewohner.']);
    const runs = [...xml.matchAll(/<w:r>(?:(?!<\/w:r>).)*<\/w:r>/g)].map(([r]) => r);
    const runWith = (t: string) => runs.find((r) => xmlText(r).includes(t)) ?? '';
    expect(runWith('Dieser Absatz fällt')).toMatch(/<w:strike\/>/);
    expect(runWith('und keine')).toMatch(/<w:b\/>[\s\S]*<w:u w:val="single"\/>/);
    expect(runWith('Externe Ombudsstelle')).toMatch(/<w:u w:val="single"\/>/);
    // Unchanged words are not marked.
    expect(runWith('Unser Leitbild')).not.toMatch(/<w:strike\/>|<w:u /);
    expect(runWith('Beschwerdestelle')).not.toMatch(/<w:strike\/>|<w:u /);

    // The changed table row by row: each cell under its column's heading, old cell struck, new one marked;
    // the unchanged row is one line.
    const tableRow = rows.find((cells) => cells[0]?.startsWith('BeschwerdewegTelefon'))!;
    expect(tableRow).toEqual(['BeschwerdewegTelefonZuständigGewaltschutzkoordinationErreichbarkeitwerktags 8 bis 16 Uhr', 'BeschwerdewegTelefonZuständigGleichstellungsbüroErreichbarkeitwerktags 8 bis 16 Uhr']);
    expect(runWith('Gleichstellungsbüro')).toMatch(/<w:u w:val="single"\/>/);
    expect(rows).toContainEqual(['1 Tabellenzeile unverändert']);
    // The annex: the facility's occupancy changed.
    expect(rows.some((cells) => cells.length === 1 && cells[0]!.startsWith('Anhang A: Unterkünfte – Belegung') && !cells[0]!.endsWith(UNCHANGED_NOTE))).toBe(true);
    // (Any run with „93“ that is underlined: the test district's random name can hold „93“ as well.)
    expect(runs.filter((r) => xmlText(r).includes('93')).some((r) => /<w:u w:val="single"\/>/.test(r))).toBe(true);

    // A section written only for Fassung 2 says so.
    expect(rows).toContainEqual([expect.stringMatching(/^\d+ {2}Rechtliche Grundlagen.* – neu aufgenommen$/)]);
    expect(rows).toContainEqual(['', NEW_SECTION]);

    // The unchanged section: one line with number and title, without its text.
    const collapsed = rows.filter((cells) => cells.length === 1 && cells[0]!.endsWith(UNCHANGED_NOTE));
    expect(collapsed.map((c) => c[0])).toEqual(expect.arrayContaining([expect.stringMatching(/^\d+ {2}Gewaltbegriff/)]));
    expect(xmlText(xml)).not.toContain(UNCHANGED);
  });

  it('compares with the current text, too, and LibreOffice opens it', async () => {
    const result = await exportSynopseDocx(team.editor, { conceptId, from: 1 });
    expect(result.filename).toMatch(/_Synopse_Fassung-1-zu-aktuell_\d{4}-\d{2}-\d{2}\.docx$/);
    if (!hasSoffice) {
      console.warn('LibreOffice or poppler-utils missing: the Synopse was not opened in LibreOffice.');
      return;
    }
    const pdf = pdfPages(result.buffer, { layout: false }).join('\n');
    expect(pdf).toContain(SYNOPSE_COLUMNS.old);
    expect(pdf).toContain('Dieser Absatz fällt in der zweiten Fassung weg.');
    expect(pdf).toContain('Externe Ombudsstelle');
  });
});

describe('Redline (Word tracked changes)', () => {
  let buffer: Buffer;
  let fassung2: { createdAt: Date; createdByName: string | null };

  beforeAll(async () => {
    buffer = (await exportRedlineDocx(team.coordinator, { conceptId, from: 1, to: 2 })).buffer;
    const { versions } = await listConceptVersions(team.coordinator, conceptId);
    fassung2 = versions.find((v) => v.number === 2)!;
  });

  it('marks insertions and deletions as w:ins/w:del with the Fassung’s author and date', () => {
    const xml = readDocx(buffer).part('word/document.xml');
    const date = fassung2.createdAt.toISOString().replace(/\.\d{3}Z$/, 'Z');
    const changes = [...xml.matchAll(/<w:(ins|del) ([^>]*)>/g)];
    expect(changes.length).toBeGreaterThan(3);
    for (const [, , attrs] of changes) {
      expect(attrs).toContain(`w:author="${fassung2.createdByName}"`);
      expect(attrs).toContain(`w:date="${date}"`);
    }
    // Every change has its own id (Word rejects duplicates).
    const ids = changes.map(([, , attrs]) => /w:id="(\d+)"/.exec(attrs!)?.[1]);
    expect(new Set(ids).size).toBe(ids.length);

    const inserted = [...xml.matchAll(/<w:ins [^>]*>([\s\S]*?)<\/w:ins>/g)].map((m) => xmlText(m[1]!)).join('|');
    const deleted = [...xml.matchAll(/<w:delText[^>]*>([^<]*)<\/w:delText>/g)].map((m) => m[1]).join('|');
    expect(inserted).toContain('und keine ');
    expect(inserted).toContain('Externe Ombudsstelle');
    expect(inserted).toContain('Gleichstellungsbüro');
    // The annex's facility table tracks the new occupancy.
    expect(inserted).toContain('93');
    expect(deleted.replace(/\u00ad/g, '')).toContain('Dieser Absatz fällt in der zweiten Fassung weg.');

    // A paragraph of one Fassung only has its paragraph mark tracked as well, so accepting leaves no empty paragraph.
    const gone = paragraphs(xml).find((x) => x.xml.includes('Dieser Absatz'))!;
    expect(gone.xml).toMatch(/<w:pPr>[\s\S]*<w:rPr><w:del [^>]*\/><\/w:rPr>[\s\S]*<\/w:pPr>/);
    const added = paragraphs(xml).find((x) => x.text.includes('Ein neuer Absatz'))!;
    expect(added.xml).toMatch(/<w:pPr>[\s\S]*<w:rPr><w:ins [^>]*\/><\/w:rPr>[\s\S]*<\/w:pPr>/);
    // A section of Fassung 2 only comes with its heading: the heading is an insertion too.
    const newHeading = paragraphs(xml).find((x) => x.style === 'Heading1' && x.text.includes('Rechtliche Grundlagen'))!;
    expect(newHeading.xml).toMatch(/<w:pPr>[\s\S]*<w:rPr><w:ins [^>]*\/><\/w:rPr>[\s\S]*<\/w:pPr>/);
    expect(newHeading.xml).toMatch(/<w:ins [^>]*><w:r>[\s\S]*Rechtliche Grundlagen/);
    // The new Fassung as the normal export has it: cover, headings, the list as a real list.
    const item3 = paragraphs(xml).find((x) => x.text.includes('Externe Ombudsstelle'))!;
    expect(item3.numId).toBeDefined();
    // The title page says what the changes compare with.
    expect(xmlText(xml)).toMatch(/Änderungen nachverfolgt gegenüberFassung 1 vom \d\d\.\d\d\.\d{4}/);
    // Opened in Word, further edits are tracked too.
    expect(readDocx(buffer).part('word/settings.xml')).toMatch(/<w:trackRevisions( w:val="(true|1)")?\/>/);
  });

  it('pandoc reads the tracked changes: accepting all gives the new text, rejecting all the old', () => {
    let hasPandoc = true;
    try {
      execFileSync('pandoc', ['--version'], { stdio: 'ignore' });
    } catch {
      hasPandoc = false;
    }
    // Locally a missing pandoc skips with a reason; in CI it fails (requireTool).
    if (!requireTool(hasPandoc, 'pandoc', 'apt-get install pandoc')) return;
    const dir = mkdtempSync(path.join(tmpdir(), 'skw-redline-'));
    try {
      const file = path.join(dir, 'redline.docx');
      writeFileSync(file, buffer);
      const read = (mode: string) =>
        execFileSync('pandoc', [`--track-changes=${mode}`, '-f', 'docx', '-t', 'plain', '--wrap=none', file], { encoding: 'utf8' }).replace(/\u00ad/g, '');
      const accepted = read('accept');
      expect(accepted).toContain('Unser Leitbild: keine Gewalt und keine Diskriminierung in der Unterkunft.');
      expect(accepted).toContain('Externe Ombudsstelle');
      expect(accepted).not.toContain('Dieser Absatz fällt');
      const rejected = read('reject');
      expect(rejected).toContain('Unser Leitbild: keine Gewalt in der Unterkunft.');
      expect(rejected).toContain('Dieser Absatz fällt in der zweiten Fassung weg.');
      expect(rejected).not.toContain('Ombudsstelle');
      expect(rejected).not.toContain(NEW_SECTION);
      expect(accepted).toContain(NEW_SECTION);
      const all = read('all');
      expect(all).toContain('Externe Ombudsstelle');
      expect(all).toContain('Dieser Absatz fällt in der zweiten Fassung weg.');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('LibreOffice opens the redline', () => {
    if (!hasSoffice) {
      console.warn('LibreOffice or poppler-utils missing: the redline was not opened in LibreOffice.');
      return;
    }
    const pdf = pdfPages(buffer, { layout: false }).join('\n').replace(/\u00ad|-\n/g, '');
    expect(pdf).toContain('Externe Ombudsstelle');
    expect(pdf).toContain('Gewaltschutzkonzept Synopsenkreis');
  });
});

describe('Synopse and redline: who may download them', () => {
  it.each([
    ['Synopse', exportSynopseDocx],
    ['Redline', exportRedlineDocx],
  ] as const)('%s: the district and its assigned advisor; another district and outsiders get not_found', async (_kind, exportDocument) => {
    for (const actor of [team.coordinator, team.editor, team.advisor]) {
      await expect(exportDocument(actor, { conceptId, from: 1, to: 2 })).resolves.toMatchObject({ buffer: expect.any(Buffer) });
    }
    for (const actor of [team.foreignCoordinator, team.outsider]) {
      await expect(exportDocument(actor, { conceptId, from: 1, to: 2 })).rejects.toMatchObject({ code: 'not_found' });
    }
  });

  it('an advisor of an unshared concept gets not_found', async () => {
    const concept = await buildConcept(team.coordinator, team.district.id, { title: 'Nicht freigegeben' });
    await expect(exportSynopseDocx(team.advisor, { conceptId: concept.id, from: 1 })).rejects.toMatchObject({ code: 'not_found' });
    await expect(exportRedlineDocx(team.advisor, { conceptId: concept.id, from: 1 })).rejects.toMatchObject({ code: 'not_found' });
  });

  it('an unknown Fassung is not_found; a missing or equal one a German input error', async () => {
    await expect(exportSynopseDocx(team.coordinator, { conceptId, from: 7 })).rejects.toMatchObject({ code: 'not_found', message: 'Fassung 7 gibt es nicht.' });
    await expect(exportRedlineDocx(team.coordinator, { conceptId, from: 1, to: 9 })).rejects.toMatchObject({ code: 'not_found' });
    await expect(exportSynopseDocx(team.coordinator, { conceptId, from: undefined })).rejects.toMatchObject({
      code: 'invalid_input',
      message: expect.stringContaining('bisherige Fassung'),
    });
    await expect(exportRedlineDocx(team.coordinator, { conceptId, from: 2, to: '2' })).rejects.toMatchObject({
      code: 'invalid_input',
      message: 'Bitte wählen Sie zwei verschiedene Fassungen.',
    });
  });

  it('two at a time per person: a third is refused in German and nothing is made; others are not held up', async () => {
    const releases = [takeExportSlot(team.coordinator.userId), takeExportSlot(team.coordinator.userId)];
    try {
      for (const exportDocument of [exportSynopseDocx, exportRedlineDocx]) {
        await expect(exportDocument(team.coordinator, { conceptId, from: 1, to: 2 })).rejects.toMatchObject({ code: 'rate_limited', message: BUSY_MESSAGE });
        await expect(exportDocument(team.editor, { conceptId, from: 1, to: 2 })).resolves.toMatchObject({ buffer: expect.any(Buffer) });
      }
    } finally {
      releases.forEach((release) => release());
    }
    await expect(exportSynopseDocx(team.coordinator, { conceptId, from: 1, to: 2 })).resolves.toMatchObject({ buffer: expect.any(Buffer) });
    // The slot is given back once the document is made.
    expect(hasExportSlot(team.coordinator.userId)).toBe(true);
  });
});
