import { docToPlainText } from '@/lib/editor/text';
import { validateRichText } from '@/lib/editor/validate-content';
import { getSectionForEditing } from '@/lib/sections/get-section-for-editing';
import { buildConcept, shareWithAdvisors } from '../support/concept-factories';
import { buildContact, buildDistrictTeam, buildFacility } from '../support/district-data-factories';

/** The tables the section page offers the actor (null: not offered). */
const tablesFor = async (...args: Parameters<typeof getSectionForEditing>) => (await getSectionForEditing(...args)).dataTables;
const text = (nodes: Parameters<typeof docToPlainText>[0][]) => nodes.map((n) => docToPlainText(n)).join('\n');

describe('Daten der Kommune als Tabelle einfügen', () => {
  it('lists only the facilities in the concept’s scope (Geltungsbereich), as the DOCX annex does', async () => {
    const team = await buildDistrictTeam();
    const inScope = await buildFacility(team.district.id, { name: 'Unterkunft Am Lindenhof' });
    await buildFacility(team.district.id, { name: 'Unterkunft Außerhalb des Geltungsbereichs' });
    await buildContact(team.district.id, { organisation: 'Beratungsstelle Frauennotruf' });
    const concept = await buildConcept(team.coordinator, team.district.id, { facilityIds: [inScope.id] });

    const result = (await tablesFor(team.editor, concept.id, 'praeambel'))!;
    expect(result.tables.map((t) => t.key)).toEqual(['facilities', 'features', 'contacts']);
    expect(result).toMatchObject({ facilitiesInScope: 1, facilitiesOutOfScope: 1 });
    for (const key of ['facilities', 'features'] as const) {
      const table = result.tables.find((t) => t.key === key)!;
      expect(text(table.nodes)).toContain('Unterkunft Am Lindenhof');
      expect(text(table.nodes)).not.toContain('Außerhalb des Geltungsbereichs');
    }
    expect(text(result.tables.find((t) => t.key === 'contacts')!.nodes)).toContain('Beratungsstelle Frauennotruf');
    // Whatever is offered for insertion is content the server accepts.
    for (const table of result.tables) expect(() => validateRichText({ type: 'doc', content: table.nodes })).not.toThrow();
  });

  it('offers no facility table when the scope is empty, and says how many facilities were left out', async () => {
    const team = await buildDistrictTeam();
    await buildFacility(team.district.id, { name: 'Unterkunft Ohne Konzept' });
    const concept = await buildConcept(team.coordinator, team.district.id, { facilityIds: [] });
    const result = (await tablesFor(team.coordinator, concept.id, 'praeambel'))!;
    expect(result.tables.map((t) => t.key)).not.toContain('facilities');
    expect(result).toMatchObject({ facilitiesInScope: 0, facilitiesOutOfScope: 1 });
  });

  it('offers them only to those who may edit: outsiders and other districts get not_found, the advisor (who never edits) none', async () => {
    const team = await buildDistrictTeam();
    const concept = await buildConcept(team.coordinator, team.district.id);
    for (const stranger of [team.outsider, team.foreignCoordinator]) {
      await expect(tablesFor(stranger, concept.id, 'praeambel')).rejects.toMatchObject({ code: 'not_found' });
    }
    // An advisor sees a concept only once it is shared with them, and never edits it.
    await expect(tablesFor(team.advisor, concept.id, 'praeambel')).rejects.toMatchObject({ code: 'not_found' });
    await shareWithAdvisors(team.coordinator, concept.id);
    expect(await tablesFor(team.advisor, concept.id, 'praeambel')).toBeNull();
    expect(await tablesFor(team.editor, concept.id, 'praeambel')).not.toBeNull();
    await expect(tablesFor(team.editor, 'kein-konzept', 'praeambel')).rejects.toMatchObject({ code: 'not_found' });
  });
});
