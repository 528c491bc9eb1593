import { getDb } from '../../db/client';
import { findDistrict } from '../../lib/districts/queries';
import { getDistrictTexts, updateDistrictTexts } from '../../lib/districts/update-district-texts';
import { getSectionForEditing } from '../../lib/sections/get-section-for-editing';
import { buildConcept } from '../support/concept-factories';
import { buildDistrictTeam } from '../support/district-data-factories';
import { actorFor, auditEntriesFor, buildAdmin } from '../support/factories';

const input = (districtId: string, overrides: Record<string, string> = {}) => ({
  districtId,
  gender: '',
  nom: '',
  gen: '',
  dat: '',
  akk: '',
  coordinationUnit: 'Koordinierungsstelle Gewaltschutz',
  coordinationPhone: '05551 70-4410',
  coordinationEmail: 'gewaltschutz@kreis-musterland.example',
  ...overrides,
});

describe('Angaben für Texte: Sprachformen und Erreichbarkeit der Koordination', () => {
  it('a coordinator sets the coordination’s contact and a form of the name; the concept’s fields show them at once', async () => {
    const team = await buildDistrictTeam();
    const concept = await buildConcept(team.coordinator, team.district.id);
    await expect(updateDistrictTexts(team.coordinator, input(team.district.id, { gen: 'des Landkreises Testland (Harz)' }))).resolves.toEqual({ changed: true });
    const { fieldValues } = await getSectionForEditing(team.editor, concept.id, 'praeambel');
    expect(fieldValues).toMatchObject({
      'coordination.stelle': 'Koordinierungsstelle Gewaltschutz',
      'coordination.telefon': '05551 70-4410',
      'coordination.email': 'gewaltschutz@kreis-musterland.example',
      'district.gen': 'des Landkreises Testland (Harz)',
      // Not set: derived from the name.
      'district.nom': `der ${team.district.name}`,
    });
    expect((await auditEntriesFor(team.district.id)).map((e) => e.action)).toContain('district.texts_update');
    // The same values again: nothing stored, nothing logged.
    await expect(updateDistrictTexts(team.coordinator, input(team.district.id, { gen: 'des Landkreises Testland (Harz)' }))).resolves.toEqual({ changed: false });
    const texts = await getDistrictTexts(team.coordinator, team.district.id);
    expect(texts).toMatchObject({ hasOwnForms: true, derived: { gen: `des Landkreises ${team.district.name.replace(/^Landkreis /, '')}` } });
  });

  it('refuses a form without its article and a phone field holding text, with German messages, and stores nothing', async () => {
    const team = await buildDistrictTeam();
    await expect(updateDistrictTexts(team.coordinator, input(team.district.id, { nom: 'Landkreis Testland' }))).rejects.toMatchObject({
      code: 'invalid_input',
      details: { fields: { nom: expect.stringContaining('beginnt mit dem Artikel') } },
    });
    await expect(updateDistrictTexts(team.coordinator, input(team.district.id, { coordinationPhone: 'Frau Muster, Zimmer 4' }))).rejects.toMatchObject({ code: 'invalid_input' });
    await expect(findDistrict(getDb(), { districtId: team.district.id })).resolves.toMatchObject({ forms: null, coordination: null });
  });

  it('editors and advisors are forbidden; other districts, outsiders and administrators get not_found', async () => {
    const team = await buildDistrictTeam();
    for (const actor of [team.editor, team.advisor]) {
      await expect(updateDistrictTexts(actor, input(team.district.id))).rejects.toMatchObject({ code: 'forbidden' });
    }
    for (const actor of [team.foreignCoordinator, team.outsider]) {
      await expect(updateDistrictTexts(actor, input(team.district.id))).rejects.toMatchObject({ code: 'not_found' });
      await expect(getDistrictTexts(actor, team.district.id)).rejects.toMatchObject({ code: 'not_found' });
    }
    await expect(findDistrict(getDb(), { districtId: team.district.id })).resolves.toMatchObject({ coordination: null });
    const admin = await actorFor((await buildAdmin()).id);
    await expect(updateDistrictTexts(admin, input(team.district.id))).rejects.toMatchObject({ code: 'not_found' });
  });
});
