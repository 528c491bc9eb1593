import type { ColumnType, Generated } from 'kysely';

/**
 * District data kept as records (migration 2026-11-25-0003-district-data): the
 * district's accommodations and its contact directory. Counts and organisational
 * facts only, never personal data of residents.
 */

type CreatedAt = ColumnType<Date, Date | string | undefined, never>;
type UpdatedAt = ColumnType<Date, Date | string | undefined, Date | string>;
/** Optional free text: null when not given. */
type OptionalText = ColumnType<string | null, string | null | undefined, string | null>;
type Flag = ColumnType<boolean, boolean | undefined, boolean>;
/** numeric(4,1): pg returns numeric as a string to keep its precision; queries convert it. */
type Fte = ColumnType<string | null, number | null | undefined, number | null>;
type Count = ColumnType<number | null, number | null | undefined, number | null>;
/** `date` would be parsed into a local-midnight Date by pg; queries select it as 'YYYY-MM-DD' text. */
type DateOnly = ColumnType<Date | null, string | null | undefined, string | null>;

export const FACILITY_TYPES = ['Gemeinschaftsunterkunft', 'Notunterkunft', 'Wohnverbund', 'dezentrale Unterbringung'] as const;
export type FacilityType = (typeof FACILITY_TYPES)[number];

/** Stable keys; the German labels live in lib/contacts/categories.ts. */
export const CONTACT_CATEGORIES = [
  'polizei',
  'notruf',
  'jugendamt',
  'frauenhaus',
  'frauenberatung',
  'biss',
  'kinderschutzbund',
  'insoweit_erfahrene_fachkraft',
  'menschenhandel',
  'lsbti',
  'psychosoziales_zentrum',
  'sozialpsychiatrischer_dienst',
  'gesundheitsamt',
  'auslaenderbehoerde',
  'gleichstellung',
  'migrationsberatung',
  'sprachmittlung',
  'beschwerdestelle',
  'debug',
  'hilfetelefon',
  'sonstige',
  'leitung_unterkunft',
  'unterbringung',
] as const;
export type ContactCategory = (typeof CONTACT_CATEGORIES)[number];

export interface FacilitiesTable {
  id: Generated<string>;
  district_id: string;
  name: string;
  address: OptionalText;
  type: FacilityType;
  capacity: number;
  occupancy: number;
  operator: OptionalText;
  fte_social_work: Fte;
  fte_management: Fte;
  fte_caretaker: Fte;
  fte_security: Fte;
  staff_women: Count;
  staff_men: Count;
  has_night_cover: Flag;
  night_cover: OptionalText;
  has_lockable_rooms: Flag;
  has_separate_sanitary: Flag;
  has_lighting: Flag;
  has_child_friendly_space: Flag;
  has_womens_room: Flag;
  is_barrier_free: Flag;
  note: OptionalText;
  created_at: CreatedAt;
  updated_at: UpdatedAt;
  updated_by: string | null;
}

export interface ContactsTable {
  id: Generated<string>;
  district_id: string;
  category: ContactCategory;
  organisation: string;
  phone: OptionalText;
  hours: OptionalText;
  languages: OptionalText;
  address: OptionalText;
  note: OptionalText;
  last_verified_on: DateOnly;
  is_nationwide: Flag;
  /** Key in templates/gewaltschutz-gu/nummern.ts for prefilled numbers; unique per district (race-safe prefill). */
  nationwide_key: ColumnType<string | null, string | null | undefined, never>;
  created_at: CreatedAt;
  updated_at: UpdatedAt;
  updated_by: string | null;
}

export interface DistrictDataTables {
  facilities: FacilitiesTable;
  contacts: ContactsTable;
}
