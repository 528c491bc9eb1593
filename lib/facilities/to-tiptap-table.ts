import type { TiptapNode } from '../templates/to-tiptap';
import { FACILITY_FEATURES, formatCount, nightCoverSummary, staffingSummary, teamSummary } from './labels';
import type { Facility } from './queries';
import { tableNode } from './tiptap-table-nodes';

/** What the converters read: a Facility without its bookkeeping fields. */
export type FacilityForTable = Omit<Facility, 'id' | 'districtId' | 'updatedAt' | 'updatedByName'>;

const EMPTY = 'Noch keine Unterkünfte erfasst.';

/**
 * Overview of the accommodations for „Geltungsbereich und Unterkünfte“: name,
 * type, address, operator, places and occupancy, staffing, night cover. Counts
 * only; pure, so the section editor can insert the result as it is.
 */
export function facilitiesToTiptapTable(facilities: readonly FacilityForTable[]): TiptapNode {
  const header = ['Unterkunft', 'Art', 'Adresse', 'Betreiber/Träger', 'Plätze / Belegung', 'Personal', 'Nachtbereitschaft'];
  const rows = facilities.map((f) => [
    f.name,
    f.type,
    f.address,
    f.operator,
    `${formatCount(f.capacity)} / ${formatCount(f.occupancy)}`,
    [staffingSummary(f), teamSummary(f) && `Team: ${teamSummary(f)}`].filter(Boolean).join('; '),
    nightCoverSummary(f),
  ]);
  return tableNode(header, rows.length > 0 ? rows : [[EMPTY, ...header.slice(1).map(() => null)]]);
}

/** Building features per accommodation (Mindeststandard 5) with „ja“/„nein“, for the section on structural standards. */
export function facilityFeaturesToTiptapTable(facilities: readonly FacilityForTable[]): TiptapNode {
  const header = ['Unterkunft', ...FACILITY_FEATURES.map((feature) => feature.label)];
  const rows = facilities.map((f) => [f.name, ...FACILITY_FEATURES.map(({ key }) => (f[key] ? 'ja' : 'nein'))]);
  return tableNode(header, rows.length > 0 ? rows : [[EMPTY, ...FACILITY_FEATURES.map(() => null)]]);
}
