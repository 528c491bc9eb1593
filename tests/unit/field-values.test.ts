import { buildFieldValues, type FieldValueInput } from '../../lib/concepts/field-values';
import { DATA_FIELDS, dataFieldText } from '../../lib/editor/data-fields';

const base: FieldValueInput = {
  district: { name: 'Landkreis Musterland', kind: 'Landkreis' },
  concept: { title: 'Gewaltschutzkonzept Musterland', responsible: 'Fachdienst Soziales' },
  coordinatorNames: ['Miriam Muster'],
  facilities: [
    { name: 'Gemeinschaftsunterkunft Am Lindenhof', capacity: 120 },
    { name: 'Gemeinschaftsunterkunft Alte Weberei', capacity: 80 },
  ],
  // 23:30 UTC on the 25th is already the 26th in Germany.
  now: new Date('2026-11-25T23:30:00Z'),
};

describe('buildFieldValues', () => {
  it('gives a draft its details, the export date and the not-yet texts of the Fassung', () => {
    // Without a contact directory the „Erreichbarkeit“ fields are empty (tests/templates/erreichbarkeit.test.ts).
    const { ...values } = buildFieldValues(base);
    for (const key of Object.keys(values)) if (key.startsWith('kontakt.')) expect(values[key as keyof typeof values]).toBeNull();
    expect(Object.fromEntries(Object.entries(values).filter(([key]) => !key.startsWith('kontakt.')))).toEqual({
      'district.name': 'Landkreis Musterland',
      'district.kind': 'Landkreis',
      'district.nom': 'der Landkreis Musterland',
      'district.nom_satzanfang': 'Der Landkreis Musterland',
      'district.gen': 'des Landkreises Musterland',
      'district.dat': 'dem Landkreis Musterland',
      'district.akk': 'den Landkreis Musterland',
      'district.pronomen': 'er',
      'district.pronomen_satzanfang': 'Er',
      'district.possessiv': 'sein',
      'coordination.stelle': null,
      'coordination.telefon': null,
      'coordination.email': null,
      'concept.title': 'Gewaltschutzkonzept Musterland',
      'concept.responsible': 'Fachdienst Soziales',
      'concept.coordinator': 'Miriam Muster',
      'facilities.names': 'Gemeinschaftsunterkunft Am Lindenhof und Gemeinschaftsunterkunft Alte Weberei',
      'facilities.count': '2',
      'facilities.capacity': '200',
      'edition.fassung': 'Entwurf',
      'edition.stand': '26.11.2026',
      'edition.beschluss': 'noch nicht beschlossen',
      'edition.naechste_pruefung': 'noch nicht festgelegt',
    });
  });

  it('writes a local contact with its number and hours, hours with brackets of their own after a comma, and leaves out nationwide ones', () => {
    const values = buildFieldValues({
      ...base,
      contacts: [
        { category: 'jugendamt', organisation: 'Jugendamt – Rufbereitschaft', phone: '05999 100-999', hours: 'außerhalb der Dienstzeiten (über die Kreisleitstelle)', isNationwide: false },
        { category: 'jugendamt', organisation: 'Jugendamt – Allgemeiner Sozialer Dienst', phone: '05999 100-200', hours: 'Mo–Fr 8–16 Uhr', isNationwide: false },
        { category: 'polizei', organisation: 'Polizei', phone: '110', hours: 'rund um die Uhr', isNationwide: true },
      ],
    });
    expect(values['kontakt.jugendamt']).toBe(
      'Jugendamt – Allgemeiner Sozialer Dienst: 05999 100-200 (Mo–Fr 8–16 Uhr); Jugendamt – Rufbereitschaft: 05999 100-999, außerhalb der Dienstzeiten (über die Kreisleitstelle)',
    );
    expect(values['kontakt.polizei']).toBeNull();
  });

  it('covers every data field', () => {
    expect(Object.keys(buildFieldValues(base)).sort()).toEqual([...DATA_FIELDS].sort());
  });

  it('shows a frozen Fassung with its own date, the council decision and the next review', () => {
    const values = buildFieldValues({
      ...base,
      edition: {
        fassungNumber: 2,
        frozenAt: new Date('2027-02-22T09:00:00Z'),
        adoption: { body: 'Kreisausschuss des Landkreises Musterland', date: '2027-02-22', number: 'KA/2027/014' },
        nextReviewDate: '2028-02-28',
      },
    });
    expect(values['edition.fassung']).toBe('Fassung 2');
    expect(values['edition.stand']).toBe('22.02.2027');
    expect(values['edition.beschluss']).toBe('Kreisausschuss des Landkreises Musterland am 22.02.2027 (Beschluss-Nr. KA/2027/014)');
    expect(values['edition.naechste_pruefung']).toBe('28.02.2028');
    expect(buildFieldValues({ ...base, edition: { fassungNumber: 1, adoption: { body: 'Rat', date: '2027-03-01', number: '  ' } } })['edition.beschluss']).toBe(
      'Rat am 01.03.2027',
    );
  });

  it('leaves what is missing empty, so the text shows the German hint instead', () => {
    const values = buildFieldValues({ ...base, concept: { ...base.concept, responsible: '  ' }, coordinatorNames: [], facilities: [] });
    for (const name of ['concept.responsible', 'concept.coordinator', 'facilities.names', 'facilities.count', 'facilities.capacity'] as const) {
      expect(values[name]).toBeNull();
    }
    expect(dataFieldText('concept.responsible', values)).toBe('[verantwortliche Stelle]');
    expect(dataFieldText('concept.coordinator', values)).toBe('[Gewaltschutzkoordination]');
    expect(dataFieldText('facilities.names', values)).toBe('[Namen der Unterkünfte]');
  });

  it('never shows a sum of places that looks complete when a facility has no number', () => {
    const three = [...base.facilities, { name: 'Notunterkunft Sporthalle', capacity: null }];
    expect(buildFieldValues({ ...base, facilities: three })['facilities.capacity']).toBe('mindestens 200 (nicht für alle Unterkünfte erfasst)');
    expect(buildFieldValues({ ...base, facilities: [{ name: 'Notunterkunft', capacity: null }] })['facilities.capacity']).toBeNull();
    expect(buildFieldValues({ ...base, facilities: [{ name: 'Groß', capacity: 1250 }] })['facilities.capacity']).toBe('1.250');
    expect(buildFieldValues({ ...base, facilities: three })['facilities.names']).toBe(
      'Gemeinschaftsunterkunft Am Lindenhof, Gemeinschaftsunterkunft Alte Weberei und Notunterkunft Sporthalle',
    );
  });
});
