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
