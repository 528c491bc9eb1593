import { getConceptOverview } from '@/lib/concepts/get-concept-overview';
import { updateConceptDetails } from '@/lib/concepts/update-concept-details';
import type { Actor } from '@/lib/access';
import type { TiptapNode } from '@/lib/editor/types';
import { exportConceptDocx } from '@/lib/export/export-concept-docx';
import { renderDocx } from '@/lib/export/render-docx';
import { buildConcept } from '../support/concept-factories';
import { buildDistrictTeam, buildFacility } from '../support/district-data-factories';
import { doc, exportModel, modelWith, p, paragraphs, readDocx, text, xmlText } from './support';

const xmlTextOfCell = (cell: TiptapNode) => (cell.content ?? []).flatMap((x) => x.content ?? []).map((x) => x.text ?? '').join('');
const field = (name: string, marks?: TiptapNode['marks']): TiptapNode => ({ type: 'dataField', attrs: { name }, ...(marks ? { marks } : {}) });

/** The text of one numbered section of the exported document: from its Heading 1 to the next. */
function sectionText(documentXml: string, number: string): string {
  const all = paragraphs(documentXml);
  const start = all.findIndex((x) => x.style === 'Heading1' && x.text.startsWith(`${number}\t`));
  if (start < 0) throw new Error(`Abschnitt ${number} fehlt`);
  const next = all.findIndex((x, i) => i > start && x.style === 'Heading1');
  const startAt = documentXml.indexOf(all[start]!.xml);
  const endAt = next < 0 ? documentXml.length : documentXml.indexOf(all[next]!.xml, startAt);
  return xmlText(documentXml.slice(startAt, endAt));
}

async function formFor(actor: Actor, conceptId: string) {
  const { concept, facilities } = await getConceptOverview(actor, conceptId);
  const shown = { title: concept.title, responsible: concept.responsible, facilityIds: facilities.map((f) => f.id) };
  return { conceptId, ...shown, shown };
}

describe('DOCX-Export: Angaben aus den Eckdaten', () => {
  it('the title page and chapter 1 show the title, responsible body and facilities as they are after „Eckdaten bearbeiten“', async () => {
    const team = await buildDistrictTeam();
    const lindenweg = await buildFacility(team.district.id, { name: 'Unterkunft Lindenweg', capacity: 40 });
    const weberei = await buildFacility(team.district.id, { name: 'Unterkunft Alte Weberei', capacity: 60 });
    const concept = await buildConcept(team.coordinator, team.district.id, { facilityIds: [lindenweg.id], title: 'Gewaltschutzkonzept 2026' });

    const before = xmlText(readDocx((await exportConceptDocx(team.coordinator, { conceptId: concept.id, tocPageNumbers: false })).buffer).part('word/document.xml'));
    expect(before).toContain('Gewaltschutzkonzept 2026');
    expect(before).toContain('Fachdienst Soziales');

    const form = await formFor(team.coordinator, concept.id);
    await updateConceptDetails(team.coordinator, {
      ...form,
      title: 'Gewaltschutzkonzept 2027',
      responsible: 'Fachbereich Integration und Migration',
      facilityIds: [lindenweg.id, weberei.id],
    });

    const exported = await exportConceptDocx(team.coordinator, { conceptId: concept.id, tocPageNumbers: false }, { now: new Date('2026-12-01T09:00:00Z') });
    const xml = readDocx(exported.buffer).part('word/document.xml');
    const angaben = sectionText(xml, '1');
    expect(angaben).toContain('GeltungsbereichUnterkunft Alte Weberei und Unterkunft Lindenweg');
    expect(angaben).toContain('Anzahl der Unterkünfte / Plätze insgesamt2 / 100');
    // The draft: no decision yet.
    expect(angaben).toContain('Beschlussnoch nicht beschlossen');
    expect(angaben).toContain('Nächste planmäßige Überprüfungnoch nicht festgelegt');
    // Title, responsible body, Fassung and Stand are on the title page: chapter 1 does not repeat them.
    expect(angaben).not.toMatch(/Titel|Verantwortliche Stelle|FassungEntwurf|Stand01\.12\.2026/);
    const cover = xmlText(xml.slice(0, xml.indexOf('Inhaltsverzeichnis')));
    expect(cover).toContain('Gewaltschutzkonzept 2027');
    expect(cover).toContain('Verantwortliche StelleFachbereich Integration und Migration');
    expect(cover).toContain('StatusEntwurfStand01.12.2026');
    expect(xmlText(xml)).not.toContain('Gewaltschutzkonzept 2026');
    expect(xmlText(xml)).not.toContain('Fachdienst Soziales');
  });

  it('leaves out of chapter 1 only the table rows that repeat the title page', () => {
    const row = (label: string, ...cells: TiptapNode[][]): TiptapNode => ({
      type: 'tableRow',
      content: [{ type: 'tableCell', content: [p(text(label))] }, ...cells.map((c) => ({ type: 'tableCell', content: [p(...c)] }))],
    });
    const table: TiptapNode = {
      type: 'table',
      content: [
        { type: 'tableRow', content: [{ type: 'tableHeader', content: [p(text('Angabe'))] }, { type: 'tableHeader', content: [p(text('Eintrag'))] }] },
        row('Kommune', [field('district.name')]),
        row('Stand', [field('edition.stand')]),
        row('Fassung', [field('edition.fassung'), text(', '), field('edition.stand')]),
        row('Kommune mit Zusatz', [field('district.name'), text(' (Niedersachsen)')]),
        row('Unterkünfte', [field('facilities.names')]),
        row('Beschluss', [field('edition.beschluss')]),
      ],
    };
    const labels = (model: ReturnType<typeof modelWith>) =>
      (model.sections[0]!.content!.content![0]!.content ?? []).map((r) => xmlTextOfCell(r.content![0]!));
    const draft = modelWith({ deckblatt: doc(table) });
    expect(labels(draft)).toEqual(['Angabe', 'Kommune mit Zusatz', 'Unterkünfte', 'Beschluss']);
    // The adopted Fassung has its decision on the title page too.
    const adopted = modelWith(
      { deckblatt: doc(table) },
      { edition: { number: 2, frozenAt: new Date('2027-03-14T09:00:00Z'), adoption: { decidedBy: 'Kreistag', decidedOn: '2027-03-12', resolutionNumber: null }, nextReviewOn: null } },
    );
    expect(labels(adopted)).toEqual(['Angabe', 'Kommune mit Zusatz', 'Unterkünfte']);
    // Other chapters keep such rows.
    const other = modelWith({ praeambel: doc(table) });
    expect(other.sections[0]!.content!.content![0]!.content).toHaveLength(7);
  });

  it('puts in each field’s value with its formatting, and the German hint where there is none', async () => {
    const xml = (
      await exportModel(
        modelWith({ praeambel: doc(p(text('Verantwortlich ist '), field('concept.responsible', [{ type: 'bold' }]), text(', koordiniert von '), field('concept.coordinator'), text('.'))) }),
      )
    ).part('word/document.xml');
    const line = paragraphs(xml).find((x) => x.text.startsWith('Verantwortlich ist'));
    expect(line?.text).toBe('Verantwortlich ist Fachdienst Soziales, koordiniert von [Gewaltschutzkoordination].');
    // The value keeps the field's bold (its long word carries a soft hyphen: hyphenation.ts).
    const bold = /<w:r><w:rPr><w:b\/><w:bCs\/><\/w:rPr>((?:(?!<\/w:r>).)*)<\/w:r>/.exec(line?.xml ?? '')?.[1] ?? '';
    expect(xmlText(bold)).toBe('Fachdienst Soziales');
  });

  it('counts a section that holds only data fields as filled', async () => {
    const model = modelWith({ praeambel: doc(p(field('district.name'))) });
    expect(model.sections.map((s) => s.key)).toContain('praeambel');
  });

  it('refuses to print a data field without a value instead of leaving a gap', async () => {
    const model = modelWith({ praeambel: doc(p(text('x'))) });
    model.sections[0]!.content = doc(p(text('Stelle: '), field('concept.responsible')));
    await expect(renderDocx(model)).rejects.toMatchObject({ code: 'invalid_input', message: expect.stringContaining('„dataField“ an unerwarteter Stelle (ohne eingesetzten Wert)') });
  });
});
