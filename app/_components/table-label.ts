/**
 * The accessible name of a horizontally scrollable table region: "Tabelle: Ort, Zeit,
 * Betroffene Gruppe …" from its first row, so a keyboard user who tabs onto the region
 * hears which table it is. Browser-safe, no React.
 */
export function tableRegionLabel(firstRowTexts: readonly string[]): string {
  const names = firstRowTexts.map((t) => t.replace(/\s+/g, ' ').trim()).filter(Boolean);
  if (names.length === 0) return 'Tabelle';
  return `Tabelle: ${names.slice(0, 3).join(', ')}${names.length > 3 ? ' …' : ''}`;
}

/**
 * The names of all table regions of one text, in order, each distinct (axe "landmark-unique"):
 * `context` — which text they belong to, e.g. a section of a Fassung or one side of a conflict —
 * follows every name, and a name that still repeats says which of them it is
 * („Tabelle: Angabe, Eintrag – Deckblatt (2 von 3)“).
 */
export function tableRegionLabels(firstRows: ReadonlyArray<readonly string[]>, context?: string): string[] {
  const names = firstRows.map((row) => (context ? `${tableRegionLabel(row)} – ${context}` : tableRegionLabel(row)));
  const total = new Map<string, number>();
  for (const name of names) total.set(name, (total.get(name) ?? 0) + 1);
  const seen = new Map<string, number>();
  return names.map((name) => {
    const count = total.get(name)!;
    if (count === 1) return name;
    const position = (seen.get(name) ?? 0) + 1;
    seen.set(name, position);
    return `${name} (${position} von ${count})`;
  });
}
