/**
 * Placeholders that text blocks and starters may contain as `{{name}}`.
 * Kept free of zod so that client code (editor) can import it cheaply.
 */

/** Placeholder names that text blocks and starters may use as `{{name}}`. */
export const PLACEHOLDERS = [
  'district.name',
  'district.kind',
  'concept.responsible',
  'concept.coordinator',
  'facilities.names',
  'facilities.count',
  'facilities.capacity',
  'today',
] as const;
export type PlaceholderName = (typeof PLACEHOLDERS)[number];

/** Visible German hint used when a placeholder has no value. */
export const PLACEHOLDER_HINTS: Record<PlaceholderName, string> = {
  'district.name': '[Name der Kommune]',
  'district.kind': '[Art der Gebietskörperschaft]',
  'concept.responsible': '[verantwortliche Stelle]',
  'concept.coordinator': '[Gewaltschutzkoordination]',
  'facilities.names': '[Namen der Unterkünfte]',
  'facilities.count': '[Anzahl der Unterkünfte]',
  'facilities.capacity': '[Gesamtzahl der Plätze]',
  today: '[Datum]',
};

/** What each placeholder stands for (for editor help texts). */
export const PLACEHOLDER_DESCRIPTIONS: Record<PlaceholderName, string> = {
  'district.name': 'Amtlicher Name der Kommune, z. B. „Landkreis Musterstadt“',
  'district.kind': 'Art der Gebietskörperschaft, z. B. „Landkreis“, „kreisfreie Stadt“, „Samtgemeinde“',
  'concept.responsible': 'Für das Konzept verantwortliche Stelle, z. B. „Fachbereich Soziales“',
  'concept.coordinator': 'Stelle bzw. Funktion der Gewaltschutzkoordination',
  'facilities.names': 'Namen der Unterkünfte im Geltungsbereich, durch Kommas getrennt',
  'facilities.count': 'Anzahl der Unterkünfte im Geltungsbereich',
  'facilities.capacity': 'Summe der Plätze aller Unterkünfte im Geltungsbereich',
  today: 'Heutiges Datum im Format TT.MM.JJJJ',
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
