import type { Facility } from './queries';

/** German labels shared by the pages and the table converters. */

type FeatureKey = 'hasLockableRooms' | 'hasSeparateSanitary' | 'hasLighting' | 'hasChildFriendlySpace' | 'hasWomensRoom' | 'isBarrierFree';
type FteKey = 'fteSocialWork' | 'fteManagement' | 'fteCaretaker' | 'fteSecurity';

/** Building features (Mindeststandard 5), in the order the forms and tables show them. */
export const FACILITY_FEATURES: ReadonlyArray<{ key: FeatureKey; label: string }> = [
  { key: 'hasLockableRooms', label: 'Abschließbare Zimmer bzw. Wohneinheiten' },
  { key: 'hasSeparateSanitary', label: 'Nach Geschlechtern getrennte, abschließbare Sanitärbereiche' },
  { key: 'hasLighting', label: 'Beleuchtung der Wege und Außenflächen' },
  { key: 'hasChildFriendlySpace', label: 'Kinderfreundlicher Bereich' },
  { key: 'hasWomensRoom', label: 'Frauenraum bzw. geschützter Rückzugsraum' },
  { key: 'isBarrierFree', label: 'Barrierefreier Zugang' },
];

export const STAFF_ROLES: ReadonlyArray<{ key: FteKey; label: string }> = [
  { key: 'fteSocialWork', label: 'Soziale Arbeit' },
  { key: 'fteManagement', label: 'Leitung' },
  { key: 'fteCaretaker', label: 'Hausmeisterdienst' },
  { key: 'fteSecurity', label: 'Sicherheitsdienst' },
];

const fteFormat = new Intl.NumberFormat('de-DE', { minimumFractionDigits: 1, maximumFractionDigits: 1 });
const countFormat = new Intl.NumberFormat('de-DE', { maximumFractionDigits: 0 });

/** 2,5 */
export const formatFte = (value: number) => fteFormat.format(value);
/** 1.200 */
export const formatCount = (value: number) => countFormat.format(value);

/** „Soziale Arbeit 2,5 VZÄ, Leitung 1,0 VZÄ“ – roles without a figure are left out. */
export function staffingSummary(facility: Pick<Facility, FteKey>): string {
  return STAFF_ROLES.filter(({ key }) => facility[key] !== null)
    .map(({ key, label }) => `${label} ${formatFte(facility[key]!)} VZÄ`)
    .join(', ');
}

/** „5 Frauen, 4 Männer“ – empty when neither count is recorded. */
export function teamSummary(facility: Pick<Facility, 'staffWomen' | 'staffMen'>): string {
  const parts: string[] = [];
  if (facility.staffWomen !== null) parts.push(`${formatCount(facility.staffWomen)} ${facility.staffWomen === 1 ? 'Frau' : 'Frauen'}`);
  if (facility.staffMen !== null) parts.push(`${formatCount(facility.staffMen)} ${facility.staffMen === 1 ? 'Mann' : 'Männer'}`);
  return parts.join(', ');
}

/** „ja: Sicherheitsdienst 22–6 Uhr“, „ja“, „nein“ */
export function nightCoverSummary(facility: Pick<Facility, 'hasNightCover' | 'nightCover'>): string {
  if (!facility.hasNightCover) return facility.nightCover ? `nein (${facility.nightCover})` : 'nein';
  return facility.nightCover ? `ja: ${facility.nightCover}` : 'ja';
}
