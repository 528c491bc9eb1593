import { DownloadAbandoned } from '@/lib/export/download-cache';
import { exportConceptDocx, prepareConceptExport } from '@/lib/export/export-concept-docx';
import { DROPPED_SUFFIX, EMPTY_SECTION_NOTE } from '@/lib/export/render-docx';
import { renderDocxOffThread } from '@/lib/export/render-off-thread';
import { fillTocPageNumbers } from '@/lib/export/toc-page-numbers';
import { saveSectionDraft } from '@/lib/sections/save-section-draft';
import { findSection, getTemplate } from '@/lib/templates';
import { buildConcept, doc, sectionOf, shareWithAdvisors } from '../support/concept-factories';
import { buildContact, buildDistrictTeam, buildFacility, type DistrictTeam } from '../support/district-data-factories';
import { paragraphs, readDocx, tocEntries, xmlText } from './support';

async function conceptWithText(team: DistrictTeam) {
  const inScope = await buildFacility(team.district.id, { name: 'Unterkunft Lindenweg' });
  await buildFacility(team.district.id, { name: 'Unterkunft außerhalb des Konzepts' });
  await buildContact(team.district.id, { organisation: 'Frauenberatung Testhausen', category: 'frauenberatung', phone: '05999 777-1' });
  const concept = await buildConcept(team.coordinator, team.district.id, { facilityIds: [inScope.id], title: 'Gewaltschutzkonzept Testhausen' });
  // „praeambel“ and „gewaltbegriff“ have no starter text; „rechtliche-grundlagen“ stays empty.
  for (const [key, line] of [['praeambel', 'Unser Leitbild: keine Gewalt.'], ['gewaltbegriff', 'Gewalt im Sinne dieses Konzepts …']] as const) {
    const section = await sectionOf(concept.id, key);
    await saveSectionDraft(team.editor, { sectionId: section.id, baseRevision: section.head_revision, content: doc(line) });
  }
  await shareWithAdvisors(team.coordinator, concept.id);
  return concept;
}

// Renders as always; the calls show when a download was made anew (the download cache test).
jest.mock('@/lib/export/render-off-thread', () => {
  const actual = jest.requireActual<typeof import('@/lib/export/render-off-thread')>('@/lib/export/render-off-thread');
  return { ...actual, renderDocxOffThread: jest.fn(actual.renderDocxOffThread) };
});
const render = jest.mocked(renderDocxOffThread);
// Lays out as always; a test can make the next layout fail (the file then goes out without the TOC's page numbers).
jest.mock('@/lib/export/toc-page-numbers', () => {
  const actual = jest.requireActual<typeof import('@/lib/export/toc-page-numbers')>('@/lib/export/toc-page-numbers');
  return { ...actual, fillTocPageNumbers: jest.fn(actual.fillTocPageNumbers) };
});
const failNextLayout = () => jest.mocked(fillTocPageNumbers).mockImplementationOnce(async (docx) => ({ buffer: docx, filled: false }));

/** Holds the next render until released: a file being made, for as long as a test needs. */
function holdNextRender() {
  let release = () => undefined as void;
  let entered = () => undefined as void;
  const released = new Promise<void>((resolve) => (release = resolve));
  const enteredPromise = new Promise<void>((resolve) => (entered = resolve));
  const actual = jest.requireActual<typeof import('@/lib/export/render-off-thread')>('@/lib/export/render-off-thread').renderDocxOffThread;
  render.mockImplementationOnce(async (...args) => {
    entered();
    await released;
    return actual(...args);
  });
  return { entered: enteredPromise, release };
}

/** A request's signal that tells when the request waits for a file being made (download-cache.ts listens to it then). */
function waitingRequest() {
  const controller = new AbortController();
  const waits = new Promise<void>((resolve) => {
    const listen = controller.signal.addEventListener.bind(controller.signal);
    jest.spyOn(controller.signal, 'addEventListener').mockImplementation((...args: Parameters<AbortSignal['addEventListener']>) => {
      listen(...args);
      resolve();
    });
  });
  return { signal: controller.signal, waits, abort: () => controller.abort() };
}

const documentXml = (buffer: Buffer) => readDocx(buffer).part('word/document.xml');
const heading1 = (xml: string) => paragraphs(xml).filter((x) => x.style === 'Heading1').map((x) => x.text);
/** „3\tPräambel und Leitbild“: outline number (from the latest template) and title as the heading shows them. */
const nr = (key: string) => findSection(getTemplate('gewaltschutz-gu'), key)!.number;

// Each export lays out all pages for the TOC page numbers (seconds of CPU): on a busy 2-core machine a test with
// several exports needs more than jest's default. These are behaviour tests; speed is measured by npm run bench:export.
jest.setTimeout(120_000);

describe('Konzept als DOCX exportieren', () => {
  it('coordinators, editors and assigned advisors export the current draft with a safe file name', async () => {
    const team = await buildDistrictTeam();
    const concept = await conceptWithText(team);
    for (const actor of [team.coordinator, team.editor, team.advisor]) {
      // Without the page layout: this is about who may export and what the file is called.
      const result = await exportConceptDocx(actor, { conceptId: concept.id, tocPageNumbers: false }, { now: new Date('2026-11-25T23:30:00Z') });
      expect(result.contentType).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document');
      // 23:30 UTC is already the 26th in Berlin.
      expect(result.filename).toBe('Gewaltschutzkonzept-Testhausen_Entwurf_2026-11-26.docx');
      const text = xmlText(documentXml(result.buffer));
      expect(text).toContain('Unser Leitbild: keine Gewalt.');
      expect(text).toContain('Stand');
      expect(text).toContain('26.11.2026');
    }
    // Three full exports, each laying out the pages for the TOC (about ten seconds apiece for a new concept's template text).
  }, 90_000);

  it('writes the page numbers into the table of contents, unless asked not to', async () => {
    const team = await buildDistrictTeam();
    const concept = await conceptWithText(team);
    const paged = await exportConceptDocx(team.coordinator, { conceptId: concept.id });
    expect(paged.tocPageNumbers).toBe(true);
    const entries = tocEntries(documentXml(paged.buffer));
    expect(entries.map((e) => e.title)).toEqual(expect.arrayContaining([expect.stringContaining('Präambel'), expect.stringContaining('Gewaltbegriff')]));
    expect(entries.every((e) => /^\d+$/.test(e.page))).toBe(true);

    // The numbers are right already: Word is not asked on every opening whether to update the fields.
    expect(readDocx(paged.buffer).part('word/settings.xml')).not.toContain('updateFields');

    const quick = await exportConceptDocx(team.coordinator, { conceptId: concept.id, tocPageNumbers: false });
    expect(quick.tocPageNumbers).toBe(false);
    expect(tocEntries(documentXml(quick.buffer)).map((e) => e.page)).toEqual(entries.map(() => ''));
    // Without numbers Word fills them in when the file is opened.
    expect(readDocx(quick.buffer).part('word/settings.xml')).toMatch(/<w:updateFields( w:val="(true|1)")?\/>/);
  }, 120_000);

  it('asks Word to fill in the TOC when its page numbers could not be worked out', async () => {
    const team = await buildDistrictTeam();
    const concept = await conceptWithText(team);
    // A layout that failed or took too long (toc-page-numbers.ts): the file goes out without the numbers.
    failNextLayout();
    const failed = await exportConceptDocx(team.coordinator, { conceptId: concept.id });
    expect(failed.tocPageNumbers).toBe(false);
    expect(readDocx(failed.buffer).part('word/settings.xml')).toMatch(/<w:updateFields( w:val="(true|1)")?\/>/);
  });

  it('gives an unchanged concept again without making the file anew, and a changed one anew; a failed layout is not kept', async () => {
    const team = await buildDistrictTeam();
    const concept = await conceptWithText(team);
    const now = new Date('2026-11-27T10:00:00Z');
    {
      // The layout failed: without page numbers, and not kept for the next download.
      failNextLayout();
      expect((await exportConceptDocx(team.coordinator, { conceptId: concept.id }, { now })).tocPageNumbers).toBe(false);
      const first = await exportConceptDocx(team.coordinator, { conceptId: concept.id }, { now });
      expect(first.tocPageNumbers).toBe(true);
      const rendered = render.mock.calls.length;
      // The advisor right after the coordinator: the same file, not rendered again.
      const again = await exportConceptDocx(team.advisor, { conceptId: concept.id }, { now });
      expect(render.mock.calls.length).toBe(rendered);
      expect(again.tocPageNumbers).toBe(true);
      expect(again.buffer.equals(first.buffer)).toBe(true);
      // Another day on the title page, or an edit: made anew, with the new text.
      await exportConceptDocx(team.coordinator, { conceptId: concept.id }, { now: new Date('2026-11-28T10:00:00Z') });
      expect(render.mock.calls.length).toBe(rendered + 1);
      const section = await sectionOf(concept.id, 'praeambel');
      await saveSectionDraft(team.editor, { sectionId: section.id, baseRevision: section.head_revision, content: doc('Unser Leitbild, überarbeitet.') });
      const edited = await exportConceptDocx(team.coordinator, { conceptId: concept.id }, { now });
      expect(render.mock.calls.length).toBe(rendered + 2);
      expect(xmlText(documentXml(edited.buffer))).toContain('Unser Leitbild, überarbeitet.');
    }
  });

  it('makes the download in advance when its button is shown: the click gets that file, also while it is being made', async () => {
    const team = await buildDistrictTeam();
    const concept = await conceptWithText(team);
    const now = new Date('2026-11-29T09:00:00Z');
    const rendered = render.mock.calls.length;
    const held = holdNextRender();
    const prepared = await prepareConceptExport(team.editor, { conceptId: concept.id }, { now });
    expect(prepared.started).toBe(true);
    await held.entered;
    // Asked again meanwhile (a second page, another person): not made twice.
    expect((await prepareConceptExport(team.coordinator, { conceptId: concept.id }, { now })).started).toBe(false);
    // The click comes while it is being made: it waits for the same file, with the page numbers.
    const click = waitingRequest();
    const clicking = exportConceptDocx(team.advisor, { conceptId: concept.id }, { now, signal: click.signal });
    await click.waits;
    held.release();
    const clicked = await clicking;
    expect(clicked.tocPageNumbers).toBe(true);
    expect(tocEntries(documentXml(clicked.buffer)).every((e) => /^\d+$/.test(e.page))).toBe(true);
    await prepared.made;
    expect(render.mock.calls.length).toBe(rendered + 1);
    // Clicked again later: kept.
    const later = await exportConceptDocx(team.coordinator, { conceptId: concept.id }, { now });
    expect(later.buffer.equals(clicked.buffer)).toBe(true);
    expect(render.mock.calls.length).toBe(rendered + 1);

    // With other choices, and the tab closed while its click waited: that request ends at once (its answer would go
    // nowhere); what was asked for in advance is still finished and kept for the next click.
    const heldAgain = holdNextRender();
    const entfaellt = await prepareConceptExport(team.editor, { conceptId: concept.id, emptySections: 'entfaellt' }, { now });
    expect(entfaellt.started).toBe(true);
    const closed = waitingRequest();
    const gaveUp = exportConceptDocx(team.editor, { conceptId: concept.id, emptySections: 'entfaellt' }, { now, signal: closed.signal });
    await closed.waits;
    closed.abort();
    await expect(gaveUp).rejects.toThrow(DownloadAbandoned);
    heldAgain.release();
    await entfaellt.made;
    const retried = await exportConceptDocx(team.editor, { conceptId: concept.id, emptySections: 'entfaellt' }, { now });
    expect(retried.tocPageNumbers).toBe(true);
    expect(render.mock.calls.length).toBe(rendered + 2);
    expect(xmlText(documentXml(retried.buffer))).toContain('entfällt');
  });

  it('makes nothing in advance while a real export is under way: that one comes first', async () => {
    const team = await buildDistrictTeam();
    const concept = await conceptWithText(team);
    const now = new Date('2026-11-29T09:30:00Z');
    const held = holdNextRender();
    const real = exportConceptDocx(team.coordinator, { conceptId: concept.id }, { now });
    await held.entered;
    const prepared = await prepareConceptExport(team.editor, { conceptId: concept.id, emptySections: 'mark' }, { now });
    expect(prepared.started).toBe(false);
    held.release();
    expect((await real).tocPageNumbers).toBe(true);
  });

  it('another district and outsiders get not_found; an unknown concept or version too', async () => {
    const team = await buildDistrictTeam();
    const concept = await conceptWithText(team);
    await expect(exportConceptDocx(team.foreignCoordinator, { conceptId: concept.id })).rejects.toMatchObject({ code: 'not_found' });
    await expect(exportConceptDocx(team.outsider, { conceptId: concept.id })).rejects.toMatchObject({ code: 'not_found' });
    await expect(exportConceptDocx(team.coordinator, { conceptId: 'kein-konzept' })).rejects.toMatchObject({ code: 'not_found' });
    await expect(
      exportConceptDocx(team.coordinator, { conceptId: concept.id, source: { kind: 'version', number: 1 } }),
    ).rejects.toMatchObject({ code: 'not_found', message: 'Diese Fassung gibt es nicht.' });
    await expect(exportConceptDocx(team.coordinator, { conceptId: concept.id, emptySections: 'alle' as never })).rejects.toMatchObject({ code: 'invalid_input' });
  });

  it('leaves empty sections out and numbers without gaps, prints them as „entfällt“ or marks them, as asked', async () => {
    const team = await buildDistrictTeam();
    const concept = await conceptWithText(team);
    const exportWith = async (emptySections: string) =>
      documentXml((await exportConceptDocx(team.coordinator, { conceptId: concept.id, emptySections, tocPageNumbers: false })).buffer);
    const renumbered = await exportWith('renumber');
    // „praeambel“ and „gewaltbegriff“ have text, „rechtliche-grundlagen“ has none: the chapters are numbered 1 … n without gaps.
    const numbers = heading1(renumbered).filter((h) => /^\d+\t/.test(h)).map((h) => Number(h.split('\t')[0]));
    expect(numbers).toEqual(numbers.map((_, i) => i + 1));
    expect(heading1(renumbered).some((h) => h.endsWith('\tPräambel und Leitbild'))).toBe(true);
    const gewalt = heading1(renumbered).find((h) => h.endsWith('\tGewaltbegriff und besonders schutzbedürftige Gruppen'))!;
    expect(Number(gewalt.split('\t')[0])).toBeLessThan(Number(nr('gewaltbegriff')));
    expect(heading1(renumbered).some((h) => h.includes('Rechtliche Grundlagen'))).toBe(false);
    expect(renumbered).not.toContain(EMPTY_SECTION_NOTE);
    // 'omit', the choice's earlier name, still works.
    expect(heading1(await exportWith('omit'))).toEqual(heading1(renumbered));

    const entfaellt = await exportWith('entfaellt');
    expect(heading1(entfaellt)).toContain(`${nr('rechtliche-grundlagen')}\tRechtliche Grundlagen${DROPPED_SUFFIX}`);
    expect(heading1(entfaellt)).toContain(`${nr('gewaltbegriff')}\tGewaltbegriff und besonders schutzbedürftige Gruppen`);
    expect(entfaellt).not.toContain(EMPTY_SECTION_NOTE);

    const marked = await exportWith('mark');
    expect(heading1(marked)).toContain(`${nr('rechtliche-grundlagen')}\tRechtliche Grundlagen`);
    const afterEmpty = paragraphs(marked).findIndex((x) => x.text === `${nr('rechtliche-grundlagen')}\tRechtliche Grundlagen`) + 1;
    expect(paragraphs(marked)[afterEmpty]?.text).toBe(EMPTY_SECTION_NOTE);

    await expect(exportWith('weg')).rejects.toMatchObject({ code: 'invalid_input', details: { fields: { emptySections: expect.stringContaining('leeren Abschnitten') } } });
  });

  it('lists the concept’s facilities and the district’s contacts as records in the annex', async () => {
    const team = await buildDistrictTeam();
    const concept = await conceptWithText(team);
    const xml = documentXml((await exportConceptDocx(team.advisor, { conceptId: concept.id, tocPageNumbers: false })).buffer);
    const annex = xml.slice(xml.lastIndexOf('Anhang A: Unterkünfte'));
    const annexTables = [...annex.matchAll(/<w:tbl>[\s\S]*?<\/w:tbl>/g)].map((m) => xmlText(m[0]));
    expect(annexTables).toHaveLength(3);
    expect(annexTables[0]).toContain('Unterkunft Lindenweg');
    expect(annex).not.toContain('Unterkunft außerhalb des Konzepts');
    expect(annexTables[2]).toContain('Frauenberatung Testhausen');
    expect(annexTables[2]).toContain('05999 777-1');
  });
});
