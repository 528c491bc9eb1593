import { getConceptOverview } from '@/lib/concepts/get-concept-overview';
import { updateConceptDetails } from '@/lib/concepts/update-concept-details';
import type { Actor } from '@/lib/access';
import type { TiptapNode } from '@/lib/editor/types';
import { exportConceptDocx } from '@/lib/export/export-concept-docx';
import { renderDocx } from '@/lib/export/render-docx';
import { buildConcept } from '../support/concept-factories';
import { buildDistrictTeam, buildFacility } from '../support/district-data-factories';
import { doc, exportModel, modelWith, p, paragraphs, readDocx, text, xmlText } from './support';

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
  it('section 1 shows the title, responsible body and facilities as they are after „Eckdaten bearbeiten“', async () => {
    const team = await buildDistrictTeam();
    const lindenweg = await buildFacility(team.district.id, { name: 'Unterkunft Lindenweg', capacity: 40 });
    const weberei = await buildFacility(team.district.id, { name: 'Unterkunft Alte Weberei', capacity: 60 });
    const concept = await buildConcept(team.coordinator, team.district.id, { facilityIds: [lindenweg.id], title: 'Gewaltschutzkonzept 2026' });

    const before = sectionText(readDocx((await exportConceptDocx(team.coordinator, { conceptId: concept.id, tocPageNumbers: false })).buffer).part('word/document.xml'), '1');
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
    const deckblatt = sectionText(readDocx(exported.buffer).part('word/document.xml'), '1');
    expect(deckblatt).toContain('TitelGewaltschutzkonzept 2027');
    expect(deckblatt).toContain('Verantwortliche StelleFachbereich Integration und Migration');
    expect(deckblatt).toContain('GeltungsbereichUnterkunft Alte Weberei und Unterkunft Lindenweg');
    expect(deckblatt).toContain('Anzahl der Unterkünfte / Plätze insgesamt2 / 100');
    // The draft's Fassung: the export date, no decision yet.
    expect(deckblatt).toContain('FassungEntwurf');
    expect(deckblatt).toContain('Stand01.12.2026');
    expect(deckblatt).toContain('Beschlussnoch nicht beschlossen');
    expect(deckblatt).toContain('Nächste planmäßige Überprüfungnoch nicht festgelegt');
    expect(deckblatt).not.toContain('Gewaltschutzkonzept 2026');
    expect(deckblatt).not.toContain('Fachdienst Soziales');
  });

  it('puts in each field’s value with its formatting, and the German hint where there is none', async () => {
    const xml = (
      await exportModel(
        modelWith({ praeambel: doc(p(text('Verantwortlich ist '), field('concept.responsible', [{ type: 'bold' }]), text(', koordiniert von '), field('concept.coordinator'), text('.'))) }),
      )
    ).part('word/document.xml');
    const line = paragraphs(xml).find((x) => x.text.startsWith('Verantwortlich ist'));
    expect(line?.text).toBe('Verantwortlich ist Fachdienst Soziales, koordiniert von [Gewaltschutzkoordination].');
    expect(line?.xml).toMatch(/<w:r><w:rPr><w:b\/><w:bCs\/><\/w:rPr><w:t xml:space="preserve">Fachdienst Soziales<\/w:t><\/w:r>/);
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
