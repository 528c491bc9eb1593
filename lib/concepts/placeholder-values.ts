import type { PlaceholderValues } from '../templates';

const today = new Intl.DateTimeFormat('de-DE', { day: '2-digit', month: '2-digit', year: 'numeric', timeZone: 'Europe/Berlin' });

/** Values for `{{…}}` placeholders in text blocks and starters, from the district's records. */
export function buildPlaceholderValues(input: {
  district: { name: string; kind: string };
  responsible: string;
  coordinatorNames: string[];
  facilities: ReadonlyArray<{ name: string; capacity: number | null }>;
  now?: Date;
}): PlaceholderValues {
  const capacity = input.facilities.reduce((sum, f) => sum + (f.capacity ?? 0), 0);
  return {
    'district.name': input.district.name,
    'district.kind': input.district.kind,
    'concept.responsible': input.responsible,
    'concept.coordinator': input.coordinatorNames.join(', ') || undefined,
    'facilities.names': input.facilities.map((f) => f.name).join(', ') || undefined,
    'facilities.count': input.facilities.length > 0 ? String(input.facilities.length) : undefined,
    'facilities.capacity': capacity > 0 ? capacity.toLocaleString('de-DE') : undefined,
    today: today.format(input.now ?? new Date()),
  };
}
