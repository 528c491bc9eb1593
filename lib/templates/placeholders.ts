/**
 * Placeholders that text blocks and starters may contain as `{{name}}`.
 * Kept free of zod so that client code (editor) can import it cheaply.
 *
 * Every data field (lib/editor/data-fields.ts) is a placeholder; converting a
 * template text turns it into a live `dataField` node, never into copied text.
 * `today` is the one literal: the date is written into the text when it is
 * inserted, because there it is a date someone states („Stand des Verzeichnisses:
 * …“), not the document's date (that is `edition.stand`).
 */
import { DATA_FIELDS, DATA_FIELD_HINTS, DATA_FIELD_LABELS, isContactField, isDataFieldName, type ContactFieldName, type DataFieldName } from '../editor/data-fields';

/** Placeholder names that text blocks and starters may use as `{{name}}`. */
export const PLACEHOLDERS = [...DATA_FIELDS, 'today'] as const;
export type PlaceholderName = (typeof PLACEHOLDERS)[number];
/** The placeholders that are filled with literal text when a template text is inserted. */
export type LiteralPlaceholderName = Exclude<PlaceholderName, DataFieldName>;

export { isDataFieldName };

/** Visible German hint used when a placeholder has no value. */
export const PLACEHOLDER_HINTS: Record<PlaceholderName, string> = { ...DATA_FIELD_HINTS, today: '[Datum]' };

/** What each placeholder stands for (for editor help texts). */
const CONTACT_DESCRIPTIONS = Object.fromEntries(
  DATA_FIELDS.filter(isContactField).map((name) => [name, `Örtliche Einträge des Kontaktverzeichnisses (${DATA_FIELD_LABELS[name].replace('Erreichbarkeit: ', '')}) mit Telefon und Erreichbarkeit`]),
) as Record<ContactFieldName, string>;

export const PLACEHOLDER_DESCRIPTIONS: Record<PlaceholderName, string> = {
  ...CONTACT_DESCRIPTIONS,
  'district.name': 'Amtlicher Name der Kommune, z. B. „Landkreis Musterstadt“',
  'district.kind': 'Art der Gebietskörperschaft, z. B. „Landkreis“, „kreisfreie Stadt“, „Samtgemeinde“',
  'district.nom': 'Die Kommune als Satzgegenstand mit Artikel, z. B. „der Landkreis Musterland“, „die Stadt Beispielstadt“',
  'district.nom_satzanfang': 'Wie „district.nom“, großgeschrieben für den Satzanfang: „Der Landkreis Musterland“',
  'district.gen': 'Wessen? „des Landkreises Musterland“, „der Stadt Beispielstadt“',
  'district.dat': 'Wem? „dem Landkreis Musterland“, „der Stadt Beispielstadt“',
  'district.akk': 'Wen? „den Landkreis Musterland“, „die Stadt Beispielstadt“',
  'district.pronomen': 'Fürwort, das auf die Kommune zurückverweist: „er“, „sie“ oder „es“',
  'district.pronomen_satzanfang': 'Fürwort am Satzanfang: „Er“, „Sie“ oder „Es“',
  'district.possessiv': 'Stamm des Besitzworts, die Endung folgt im Text: „sein“/„ihr“ + „em Auftrag“',
  'concept.title': 'Titel des Konzepts aus den Eckdaten',
  'concept.responsible': 'Für das Konzept verantwortliche Stelle, z. B. „Fachbereich Soziales“',
  'concept.coordinator': 'Namen der Personen, die die Gewaltschutzkoordination wahrnehmen',
  'coordination.stelle': 'Stelle der Gewaltschutzkoordination, z. B. „Koordinierungsstelle Gewaltschutz im Fachdienst Soziales“',
  'coordination.telefon': 'Telefonnummer der Gewaltschutzkoordination (für Tabellen und Aufzählungen, nicht mitten im Satz)',
  'coordination.email': 'E-Mail-Adresse der Gewaltschutzkoordination',
  'facilities.names': 'Namen der Unterkünfte im Geltungsbereich, als Aufzählung',
  'facilities.count': 'Anzahl der Unterkünfte im Geltungsbereich',
  'facilities.capacity': 'Summe der Plätze aller Unterkünfte im Geltungsbereich',
  'edition.fassung': 'Fassung des Dokuments, z. B. „Fassung 2“, oder „Entwurf“',
  'edition.stand': 'Datum der Fassung; bei einem Entwurf das Datum der Ausgabe',
  'edition.beschluss': 'Gremium, Datum und gegebenenfalls Nummer des Beschlusses, sonst „noch nicht beschlossen“',
  'edition.naechste_pruefung': 'Datum der nächsten planmäßigen Überprüfung, sonst „noch nicht festgelegt“',
  today: 'Datum des Einfügens im Format TT.MM.JJJJ',
};

/** Matches `{{ name }}`; group 1 is the trimmed name. Always use with `matchAll`/`replace`. */
export const PLACEHOLDER_PATTERN = /\{\{\s*([^{}]*?)\s*\}\}/g;

export function isPlaceholderName(name: string): name is PlaceholderName {
  return (PLACEHOLDERS as readonly string[]).includes(name);
}

/** All placeholder names used in a text (known or not), in order of appearance. */
export function findPlaceholders(text: string): string[] {
  return [...text.matchAll(PLACEHOLDER_PATTERN)].map((m) => m[1] ?? '');
}
