/**
 * Data fields: facts about the concept that the text shows but does not own (the
 * district's name, the responsible body, the facilities in scope, the Fassung …).
 * A section stores only `{ type: 'dataField', attrs: { name } }`; the value is put
 * in wherever the text is shown — editor, read-only views, DOCX — so a change under
 * „Eckdaten bearbeiten“ appears everywhere at once and no copied text goes stale.
 *
 * The list is closed: validation refuses other names (attribute-rules.ts). Values are
 * built by lib/concepts/field-values.ts. Browser-safe and free of Tiptap imports.
 */
import { CONTACT_CATEGORY_LABELS } from '../contacts/categories';
import type { ContactCategory } from '../../db/schema-district-data';
import type { TiptapDoc, TiptapNode } from './types';

export const DATA_FIELD_NODE = 'dataField';

export const DATA_FIELDS = [
  'district.name',
  'district.kind',
  // The district's name in the form the sentence needs, with its article (lib/districts/grammar.ts).
  'district.nom',
  'district.nom_satzanfang',
  'district.gen',
  'district.dat',
  'district.akk',
  'district.pronomen',
  'district.pronomen_satzanfang',
  'district.possessiv',
  'concept.title',
  'concept.responsible',
  'concept.coordinator',
  // Office, phone and e-mail each on their own, so no number lands in the middle of a sentence.
  'coordination.stelle',
  'coordination.telefon',
  'coordination.email',
  'facilities.names',
  'facilities.count',
  'facilities.capacity',
  'edition.fassung',
  'edition.stand',
  'edition.beschluss',
  'edition.naechste_pruefung',
  // The local entries of one category of the contact directory, for the Ablaufpläne's „Erreichbarkeit“.
  'kontakt.leitung_unterkunft',
  'kontakt.unterbringung',
  'kontakt.polizei',
  'kontakt.jugendamt',
  'kontakt.insoweit_erfahrene_fachkraft',
  'kontakt.kinderschutzbund',
  'kontakt.frauenhaus',
  'kontakt.frauenberatung',
  'kontakt.biss',
  'kontakt.menschenhandel',
  'kontakt.lsbti',
  'kontakt.psychosoziales_zentrum',
  'kontakt.sozialpsychiatrischer_dienst',
  'kontakt.gesundheitsamt',
  'kontakt.auslaenderbehoerde',
  'kontakt.gleichstellung',
  'kontakt.migrationsberatung',
  'kontakt.sprachmittlung',
  'kontakt.beschwerdestelle',
  'kontakt.debug',
] as const;
export type DataFieldName = (typeof DATA_FIELDS)[number];
/** The fields that show the district's local contacts of one category. */
export type ContactFieldName = Extract<DataFieldName, `kontakt.${string}`>;

export function isContactField(name: DataFieldName): name is ContactFieldName {
  return name.startsWith('kontakt.');
}

/** The directory category a contact field shows. */
export function contactFieldCategory(name: ContactFieldName): ContactCategory {
  return name.slice('kontakt.'.length) as ContactCategory;
}

const CONTACT_FIELDS = DATA_FIELDS.filter(isContactField);
const byContactField = <T>(value: (label: string) => T) =>
  Object.fromEntries(CONTACT_FIELDS.map((name) => [name, value(CONTACT_CATEGORY_LABELS[contactFieldCategory(name)])])) as Record<ContactFieldName, T>;

/** Current values by field; a missing, null or blank value shows the field's hint („[verantwortliche Stelle]“). */
export type DataFieldValues = Readonly<Partial<Record<DataFieldName, string | null>>>;

export function isDataFieldName(value: unknown): value is DataFieldName {
  return typeof value === 'string' && (DATA_FIELDS as readonly string[]).includes(value);
}

/** What the field is, as users name it. */
export const DATA_FIELD_LABELS: Record<DataFieldName, string> = {
  'district.name': 'Name der Kommune',
  'district.kind': 'Art der Gebietskörperschaft',
  'district.nom': 'Kommune – wer? (der Landkreis …)',
  'district.nom_satzanfang': 'Kommune am Satzanfang (Der Landkreis …)',
  'district.gen': 'Kommune – wessen? (des Landkreises …)',
  'district.dat': 'Kommune – wem? (dem Landkreis …)',
  'district.akk': 'Kommune – wen? (den Landkreis …)',
  'district.pronomen': 'Fürwort für die Kommune (er/sie/es)',
  'district.pronomen_satzanfang': 'Fürwort am Satzanfang (Er/Sie/Es)',
  'district.possessiv': 'Besitzwort der Kommune ohne Endung (sein/ihr)',
  'concept.title': 'Titel des Konzepts',
  'concept.responsible': 'Verantwortliche Stelle',
  'concept.coordinator': 'Gewaltschutzkoordination',
  'coordination.stelle': 'Stelle der Gewaltschutzkoordination',
  'coordination.telefon': 'Telefon der Gewaltschutzkoordination',
  'coordination.email': 'E-Mail der Gewaltschutzkoordination',
  'facilities.names': 'Unterkünfte im Geltungsbereich',
  'facilities.count': 'Anzahl der Unterkünfte',
  'facilities.capacity': 'Plätze insgesamt',
  'edition.fassung': 'Fassung',
  'edition.stand': 'Stand',
  'edition.beschluss': 'Beschluss',
  'edition.naechste_pruefung': 'Nächste planmäßige Überprüfung',
  ...byContactField((label) => `Erreichbarkeit: ${label}`),
};

/** Shown in place of a value that is not there yet; the placeholder check (issue 10) looks for these. */
export const DATA_FIELD_HINTS: Record<DataFieldName, string> = {
  'district.name': '[Name der Kommune]',
  'district.kind': '[Art der Gebietskörperschaft]',
  'district.nom': '[die Kommune]',
  'district.nom_satzanfang': '[Die Kommune]',
  'district.gen': '[der Kommune]',
  'district.dat': '[der Kommune]',
  'district.akk': '[die Kommune]',
  'district.pronomen': '[sie]',
  'district.pronomen_satzanfang': '[Sie]',
  'district.possessiv': '[ihr]',
  'concept.title': '[Titel des Konzepts]',
  'concept.responsible': '[verantwortliche Stelle]',
  'concept.coordinator': '[Gewaltschutzkoordination]',
  'coordination.stelle': '[Stelle der Gewaltschutzkoordination]',
  'coordination.telefon': '[Telefon der Gewaltschutzkoordination]',
  'coordination.email': '[E-Mail der Gewaltschutzkoordination]',
  'facilities.names': '[Namen der Unterkünfte]',
  'facilities.count': '[Anzahl der Unterkünfte]',
  'facilities.capacity': '[Gesamtzahl der Plätze]',
  'edition.fassung': '[Fassung]',
  'edition.stand': '[Stand]',
  'edition.beschluss': '[Beschluss]',
  'edition.naechste_pruefung': '[nächste Überprüfung]',
  ...byContactField((label) => `[örtliche Nummer fehlt im Kontaktverzeichnis: ${label}]`),
};

/** Where the value comes from, i.e. where to change it („Angabe aus den Eckdaten“). */
const SOURCES: Record<DataFieldName, string> = {
  'district.name': 'aus den Daten der Kommune',
  'district.kind': 'aus den Daten der Kommune',
  'district.nom': 'aus den Daten der Kommune (Sprachformen)',
  'district.nom_satzanfang': 'aus den Daten der Kommune (Sprachformen)',
  'district.gen': 'aus den Daten der Kommune (Sprachformen)',
  'district.dat': 'aus den Daten der Kommune (Sprachformen)',
  'district.akk': 'aus den Daten der Kommune (Sprachformen)',
  'district.pronomen': 'aus den Daten der Kommune (Sprachformen)',
  'district.pronomen_satzanfang': 'aus den Daten der Kommune (Sprachformen)',
  'district.possessiv': 'aus den Daten der Kommune (Sprachformen)',
  'concept.title': 'aus den Eckdaten',
  'concept.responsible': 'aus den Eckdaten',
  'concept.coordinator': 'aus den Mitgliedern der Kommune (Koordination)',
  'coordination.stelle': 'aus den Daten der Kommune (Gewaltschutzkoordination)',
  'coordination.telefon': 'aus den Daten der Kommune (Gewaltschutzkoordination)',
  'coordination.email': 'aus den Daten der Kommune (Gewaltschutzkoordination)',
  'facilities.names': 'aus den Eckdaten (Geltungsbereich)',
  'facilities.count': 'aus den Eckdaten (Geltungsbereich)',
  'facilities.capacity': 'aus den Unterkünften im Geltungsbereich',
  'edition.fassung': 'zur Fassung',
  'edition.stand': 'zur Fassung',
  'edition.beschluss': 'zur Fassung',
  'edition.naechste_pruefung': 'zur Fassung',
  ...byContactField(() => 'aus dem Kontaktverzeichnis'),
};

/** Tooltip and screen-reader description, e.g. „Angabe aus den Eckdaten: Verantwortliche Stelle“. */
export function dataFieldDescription(name: DataFieldName): string {
  return `Angabe ${SOURCES[name]}: ${DATA_FIELD_LABELS[name]}`;
}

/** The value to show: the current value, or the hint when there is none. */
export function dataFieldText(name: DataFieldName, values: DataFieldValues): string {
  const value = values[name]?.trim();
  return value ? value : DATA_FIELD_HINTS[name];
}

export function isDataFieldMissing(name: DataFieldName, values: DataFieldValues): boolean {
  return !values[name]?.trim();
}

/**
 * The field in plain text without a value: „⟨Verantwortliche Stelle⟩“. Used by the
 * plain-text views (revision diff, character-position anchors): they compare what
 * authors wrote, which must not change when only the Eckdaten change. Angle brackets,
 * not square ones, so the placeholder check does not mistake it for an unfilled hint.
 */
export function dataFieldToken(name: unknown): string {
  return `⟨${isDataFieldName(name) ? DATA_FIELD_LABELS[name] : 'Angabe'}⟩`;
}

/**
 * A copy of the document with every data field replaced by a text node of its
 * value (or hint), keeping the field's marks: what the DOCX export and other
 * plain consumers work on. Adjacent text nodes are not merged.
 */
export function resolveDataFields<T extends TiptapDoc | TiptapNode>(node: T, values: DataFieldValues): T {
  if (node.type === DATA_FIELD_NODE) {
    const name = node.attrs?.name;
    const text = isDataFieldName(name) ? dataFieldText(name, values) : dataFieldToken(name);
    const marks = (node as TiptapNode).marks;
    return (marks && marks.length > 0 ? { type: 'text', text, marks } : { type: 'text', text }) as T;
  }
  if (!node.content) return node;
  return { ...node, content: node.content.map((child) => resolveDataFields(child, values)) };
}
