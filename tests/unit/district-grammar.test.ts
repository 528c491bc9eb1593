import { buildFieldValues } from '../../lib/concepts/field-values';
import { capitalize, deriveDistrictForms, districtForms } from '../../lib/districts/grammar';

const now = new Date('2026-11-27T10:00:00Z');
const values = (district: Parameters<typeof buildFieldValues>[0]['district']) =>
  buildFieldValues({ district, concept: { title: 'Konzept', responsible: 'Fachdienst Soziales' }, coordinatorNames: [], facilities: [], now });

describe('Sprachformen des Namens einer Kommune', () => {
  it.each([
    ['Landkreis Musterland', 'Landkreis', 'der Landkreis Musterland', 'des Landkreises Musterland', 'dem Landkreis Musterland', 'den Landkreis Musterland'],
    ['Kreis Lippe', 'Kreis', 'der Kreis Lippe', 'des Kreises Lippe', 'dem Kreis Lippe', 'den Kreis Lippe'],
    ['Rhein-Sieg-Kreis', 'Kreis', 'der Rhein-Sieg-Kreis', 'des Rhein-Sieg-Kreises', 'dem Rhein-Sieg-Kreis', 'den Rhein-Sieg-Kreis'],
    ['Region Hannover', 'Region', 'die Region Hannover', 'der Region Hannover', 'der Region Hannover', 'die Region Hannover'],
    ['Städteregion Aachen', 'Städteregion', 'die Städteregion Aachen', 'der Städteregion Aachen', 'der Städteregion Aachen', 'die Städteregion Aachen'],
    ['Stadt Beispielstadt', 'kreisfreie Stadt', 'die Stadt Beispielstadt', 'der Stadt Beispielstadt', 'der Stadt Beispielstadt', 'die Stadt Beispielstadt'],
    ['Hansestadt Lüneburg', 'Stadt', 'die Hansestadt Lüneburg', 'der Hansestadt Lüneburg', 'der Hansestadt Lüneburg', 'die Hansestadt Lüneburg'],
    ['Samtgemeinde Musterheide', 'Samtgemeinde', 'die Samtgemeinde Musterheide', 'der Samtgemeinde Musterheide', 'der Samtgemeinde Musterheide', 'die Samtgemeinde Musterheide'],
    ['Amt Musterland-Nord', 'Amt', 'das Amt Musterland-Nord', 'des Amtes Musterland-Nord', 'dem Amt Musterland-Nord', 'das Amt Musterland-Nord'],
    // A name without its head noun takes the kind's.
    ['Beispielstadt', 'kreisfreie Stadt', 'die Stadt Beispielstadt', 'der Stadt Beispielstadt', 'der Stadt Beispielstadt', 'die Stadt Beispielstadt'],
    ['Musterland', 'Landkreis', 'der Landkreis Musterland', 'des Landkreises Musterland', 'dem Landkreis Musterland', 'den Landkreis Musterland'],
    ['Musterdorf', 'Verbandsgemeinde', 'die Verbandsgemeinde Musterdorf', 'der Verbandsgemeinde Musterdorf', 'der Verbandsgemeinde Musterdorf', 'die Verbandsgemeinde Musterdorf'],
  ])('%s (%s)', (name, kind, nom, gen, dat, akk) => {
    expect(deriveDistrictForms(name, kind)).toMatchObject({ nom, gen, dat, akk });
  });

  it('gives the pronoun and possessive by gender, and capitals for the start of a sentence', () => {
    expect(values({ name: 'Landkreis Musterland', kind: 'Landkreis' })).toMatchObject({
      'district.nom_satzanfang': 'Der Landkreis Musterland',
      'district.pronomen': 'er',
      'district.pronomen_satzanfang': 'Er',
      'district.possessiv': 'sein',
    });
    expect(values({ name: 'Stadt Beispielstadt', kind: 'kreisfreie Stadt' })).toMatchObject({ 'district.pronomen': 'sie', 'district.possessiv': 'ihr' });
    expect(values({ name: 'Amt Musterland-Nord', kind: 'Amt' })).toMatchObject({ 'district.pronomen': 'es', 'district.possessiv': 'sein' });
    expect(capitalize('die Region Hannover')).toBe('Die Region Hannover');
  });

  it('takes the district’s own forms where it set them, the derived ones elsewhere', () => {
    const forms = districtForms({
      name: 'Große Kreisstadt Musterau',
      kind: 'Stadt',
      forms: { nom: 'die Große Kreisstadt Musterau', gen: 'der Großen Kreisstadt Musterau', dat: '' },
    });
    expect(forms).toEqual({
      gender: 'f',
      nom: 'die Große Kreisstadt Musterau',
      gen: 'der Großen Kreisstadt Musterau',
      // Not set: the rule's guess (kind „Stadt“ put in front), which is why the district can set its own.
      dat: 'der Stadt Große Kreisstadt Musterau',
      akk: 'die Stadt Große Kreisstadt Musterau',
    });
  });

  it('keeps the coordination’s office, phone and e-mail apart, and shows hints where they are missing', () => {
    const filled = values({ name: 'Landkreis Musterland', kind: 'Landkreis', coordination: { unit: 'Koordinierungsstelle Gewaltschutz', phone: '05551 70-4410', email: null } });
    expect(filled).toMatchObject({ 'coordination.stelle': 'Koordinierungsstelle Gewaltschutz', 'coordination.telefon': '05551 70-4410', 'coordination.email': null });
    expect(values({ name: 'Landkreis Musterland', kind: 'Landkreis' })['coordination.telefon']).toBeNull();
  });
});
