import { contactsToTiptapTable, type ContactForTable } from '../../lib/contacts/to-tiptap-table';
import { facilitiesToTiptapTable, facilityFeaturesToTiptapTable, type FacilityForTable } from '../../lib/facilities/to-tiptap-table';
import type { TiptapNode } from '../../lib/templates/to-tiptap';
import { saveProblem } from '../support/save-problem';

/** The table is content the server would store: validateRichText, not a wider stand-in schema. */
function expectValid(node: TiptapNode) {
  expect(saveProblem({ type: 'doc', content: [node] })).toBeNull();
}

/** The table as rows of cell texts ('' for an empty paragraph). */
function cellTexts(table: TiptapNode): string[][] {
  return (table.content ?? []).map((row) =>
    (row.content ?? []).map((cell) => (cell.content?.[0]?.content ?? []).map((t) => t.text ?? '').join('')),
  );
}

const lindenhof: FacilityForTable = {
  name: 'Gemeinschaftsunterkunft Am Lindenhof',
  address: 'Lindenhofweg 12, Musterstadt',
  type: 'Gemeinschaftsunterkunft',
  capacity: 1200,
  occupancy: 97,
  operator: 'Sozialwerk Musterland gGmbH',
  fteSocialWork: 2.5,
  fteManagement: 1,
  fteCaretaker: null,
  fteSecurity: 5.5,
  staffWomen: 6,
  staffMen: 1,
  hasNightCover: true,
  nightCover: 'Sicherheitsdienst 22–6 Uhr',
  hasLockableRooms: true,
  hasSeparateSanitary: false,
  hasLighting: true,
  hasChildFriendlySpace: false,
  hasWomensRoom: true,
  isBarrierFree: false,
  note: null,
};

const bare: FacilityForTable = {
  ...lindenhof,
  name: 'Notunterkunft Turnhalle',
  type: 'Notunterkunft',
  address: null,
  operator: '  ',
  fteSocialWork: null,
  fteManagement: null,
  fteSecurity: null,
  staffWomen: null,
  staffMen: null,
  hasNightCover: false,
  nightCover: null,
};

describe('facilitiesToTiptapTable', () => {
  it('builds a valid table with German columns and figures', () => {
    const table = facilitiesToTiptapTable([lindenhof, bare]);
    expectValid(table);
    expect(table.content?.[0]?.content?.every((cell) => cell.type === 'tableHeader')).toBe(true);
    expect(table.content?.[1]?.content?.every((cell) => cell.type === 'tableCell')).toBe(true);
    expect(cellTexts(table)).toEqual([
      ['Unterkunft', 'Art', 'Adresse', 'Betreiber/Träger', 'Plätze / Belegung', 'Personal', 'Nachtbereitschaft'],
      [
        'Gemeinschaftsunterkunft Am Lindenhof',
        'Gemeinschaftsunterkunft',
        'Lindenhofweg 12, Musterstadt',
        'Sozialwerk Musterland gGmbH',
        '1.200 / 97',
        'Soziale Arbeit 2,5 VZÄ, Leitung 1,0 VZÄ, Sicherheitsdienst 5,5 VZÄ; Team: 6 Frauen, 1 Mann',
        'ja: Sicherheitsdienst 22–6 Uhr',
      ],
      ['Notunterkunft Turnhalle', 'Notunterkunft', '', '', '1.200 / 97', '', 'nein'],
    ]);
  });

  it('turns missing values into empty paragraphs, never empty text nodes', () => {
    const row = facilitiesToTiptapTable([bare]).content?.[1];
    expect(row?.content?.[2]).toEqual({ type: 'tableCell', content: [{ type: 'paragraph' }] });
    expect(row?.content?.[3]).toEqual({ type: 'tableCell', content: [{ type: 'paragraph' }] });
  });

  it('says so when there are no facilities', () => {
    const table = facilitiesToTiptapTable([]);
    expectValid(table);
    expect(cellTexts(table)[1]).toEqual(['Noch keine Unterkünfte erfasst.', '', '', '', '', '', '']);
  });
});

describe('facilityFeaturesToTiptapTable', () => {
  it('lists the building features with „ja“ and „nein“', () => {
    const table = facilityFeaturesToTiptapTable([lindenhof]);
    expectValid(table);
    const [header, row] = cellTexts(table);
    expect(header?.[0]).toBe('Unterkunft');
    expect(header).toHaveLength(7);
    expect(row).toEqual(['Gemeinschaftsunterkunft Am Lindenhof', 'ja', 'nein', 'ja', 'nein', 'ja', 'nein']);
    expectValid(facilityFeaturesToTiptapTable([]));
  });
});

describe('contactsToTiptapTable', () => {
  const contact = (overrides: Partial<ContactForTable>): ContactForTable => ({
    category: 'sonstige',
    organisation: 'Stelle',
    phone: null,
    hours: null,
    languages: null,
    address: null,
    note: null,
    lastVerifiedOn: null,
    isNationwide: false,
    ...overrides,
  });

  it('orders by category, shows German labels and the verification date', () => {
    const table = contactsToTiptapTable([
      contact({ category: 'frauenhaus', organisation: 'Frauenhaus Musterland', phone: '05999 400-40', hours: 'rund um die Uhr', lastVerifiedOn: '2026-10-01' }),
      contact({ category: 'polizei', organisation: 'Polizei', phone: '110', isNationwide: true, lastVerifiedOn: '2026-11-25' }),
      contact({ category: 'jugendamt', organisation: 'Jugendamt – Rufbereitschaft', note: 'über die Leitstelle' }),
    ]);
    expectValid(table);
    expect(cellTexts(table)).toEqual([
      ['Bereich', 'Stelle', 'Telefon', 'Erreichbarkeit', 'Sprachen', 'Adresse', 'Hinweis', 'Stand'],
      ['Polizei', 'Polizei', '110', '', '', '', '', '25.11.2026'],
      ['Jugendamt (auch Bereitschaft)', 'Jugendamt – Rufbereitschaft', '', '', '', '', 'über die Leitstelle', 'nicht geprüft'],
      ['Frauenhaus', 'Frauenhaus Musterland', '05999 400-40', 'rund um die Uhr', '', '', '', '01.10.2026'],
    ]);
  });

  it('says so when the directory is empty', () => {
    const table = contactsToTiptapTable([]);
    expectValid(table);
    expect(cellTexts(table)[1]?.[0]).toBe('Noch keine Kontakte erfasst.');
  });
});
