import { exportConceptDocx } from '@/lib/export/export-concept-docx';
import { EMPTY_SECTION_NOTE } from '@/lib/export/render-docx';
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

const documentXml = (buffer: Buffer) => readDocx(buffer).part('word/document.xml');
const heading1 = (xml: string) => paragraphs(xml).filter((x) => x.style === 'Heading1').map((x) => x.text);
/** „3\tPräambel und Leitbild“: outline number (from the latest template) and title as the heading shows them. */
const heading = (key: string) => {
  const section = findSection(getTemplate('gewaltschutz-gu'), key)!;
  return `${section.number}\t${section.title}`;
};

// Each export lays out all pages for the TOC page numbers (seconds of CPU): on a busy 2-core machine a test with
// several exports needs more than jest's default. These are behaviour tests; speed is measured by npm run bench:export.
jest.setTimeout(120_000);

describe('Konzept als DOCX exportieren', () => {
  it('coordinators, editors and assigned advisors export the current draft with a safe file name', async () => {
    const team = await buildDistrictTeam();
    const concept = await conceptWithText(team);
    for (const actor of [team.coordinator, team.editor, team.advisor]) {
      const result = await exportConceptDocx(actor, { conceptId: concept.id }, { now: new Date('2026-11-25T23:30:00Z') });
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

    const quick = await exportConceptDocx(team.coordinator, { conceptId: concept.id, tocPageNumbers: false });
    expect(quick.tocPageNumbers).toBe(false);
    expect(tocEntries(documentXml(quick.buffer)).map((e) => e.page)).toEqual(entries.map(() => ''));
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

  it('leaves empty sections out or marks them, as asked', async () => {
    const team = await buildDistrictTeam();
    const concept = await conceptWithText(team);
    const omitted = documentXml((await exportConceptDocx(team.coordinator, { conceptId: concept.id, emptySections: 'omit' })).buffer);
    const marked = documentXml((await exportConceptDocx(team.coordinator, { conceptId: concept.id, emptySections: 'mark' })).buffer);
    expect(heading1(omitted)).toContain(heading('praeambel'));
    expect(heading1(omitted)).not.toContain(heading('rechtliche-grundlagen'));
    expect(omitted).not.toContain(EMPTY_SECTION_NOTE);
    expect(heading1(marked)).toContain(heading('rechtliche-grundlagen'));
    const afterEmpty = paragraphs(marked).findIndex((x) => x.text === heading('rechtliche-grundlagen')) + 1;
    expect(paragraphs(marked)[afterEmpty]?.text).toBe(EMPTY_SECTION_NOTE);
  });

  it('lists the concept’s facilities and the district’s contacts as records in the annex', async () => {
    const team = await buildDistrictTeam();
    const concept = await conceptWithText(team);
    const xml = documentXml((await exportConceptDocx(team.advisor, { conceptId: concept.id })).buffer);
    const annex = xml.slice(xml.lastIndexOf('Anhang A: Unterkünfte'));
    const annexTables = [...annex.matchAll(/<w:tbl>[\s\S]*?<\/w:tbl>/g)].map((m) => xmlText(m[0]));
    expect(annexTables).toHaveLength(3);
    expect(annexTables[0]).toContain('Unterkunft Lindenweg');
    expect(annex).not.toContain('Unterkunft außerhalb des Konzepts');
    expect(annexTables[2]).toContain('Frauenberatung Testhausen');
    expect(annexTables[2]).toContain('05999 777-1');
  });
});
