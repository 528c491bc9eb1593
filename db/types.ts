import type { ColumnType, Generated, Insertable, Selectable, Updateable } from 'kysely';
import type { ConceptTables } from './schema-concepts';
import type { DistrictDataTables } from './schema-district-data';
import type { ReviewTables } from './schema-review';
import type { NotificationTables } from './schema-notifications';

/**
 * The database shape, kept by hand next to the migrations. Every migration that
 * changes a table changes this file in the same commit.
 */

type CreatedAt = ColumnType<Date, Date | string | undefined, never>;
type Timestamp = ColumnType<Date, Date | string, Date | string>;
type UpdatedAt = ColumnType<Date, Date | string | undefined, Date | string>;

/** Kinds of Gebietskörperschaft; `Stadt` is a town within a Kreis (kreisangehörig). */
export const DISTRICT_KINDS = [
  'Landkreis',
  'Kreis',
  'Region',
  'Städteregion',
  'kreisfreie Stadt',
  'Stadt',
  'Gemeinde',
  'Samtgemeinde',
  'Verbandsgemeinde',
  'Amt',
] as const;
export type DistrictKind = (typeof DISTRICT_KINDS)[number];

export const BUNDESLAENDER = [
  'Baden-Württemberg',
  'Bayern',
  'Berlin',
  'Brandenburg',
  'Bremen',
  'Hamburg',
  'Hessen',
  'Mecklenburg-Vorpommern',
  'Niedersachsen',
  'Nordrhein-Westfalen',
  'Rheinland-Pfalz',
  'Saarland',
  'Sachsen',
  'Sachsen-Anhalt',
  'Schleswig-Holstein',
  'Thüringen',
] as const;
export type Bundesland = (typeof BUNDESLAENDER)[number];

/** `user`: district staff (rights come from memberships); `advisor`: DeBUG advisor; `admin`: platform administration. */
export const PLATFORM_ROLES = ['user', 'advisor', 'admin'] as const;
export type PlatformRole = (typeof PLATFORM_ROLES)[number];

export const DISTRICT_ROLES = ['coordinator', 'editor'] as const;
export type DistrictRole = (typeof DISTRICT_ROLES)[number];

export interface DistrictsTable {
  id: Generated<string>;
  name: string;
  kind: DistrictKind;
  state: Bundesland;
  /** False once an administrator deactivated the district: data kept, nobody works in it. */
  is_active: Generated<boolean>;
  /** The district's own grammatical forms of its name; null: derived from name and kind (lib/districts/grammar.ts). */
  forms: ColumnType<Partial<DistrictFormsRecord> | null, string | null | undefined, string | null>;
  /** How the Gewaltschutzkoordination is reached, for the texts; null: not given yet. */
  coordination: ColumnType<CoordinationRecord | null, string | null | undefined, string | null>;
  created_at: CreatedAt;
}

/** districts.forms: each case with its article („des Landkreises Musterland“); gender m, f or n. */
export interface DistrictFormsRecord {
  gender: 'm' | 'f' | 'n';
  nom: string;
  gen: string;
  dat: string;
  akk: string;
}

/** districts.coordination: office (Stelle), phone and e-mail of the Gewaltschutzkoordination; null where not given. */
export interface CoordinationRecord {
  unit: string | null;
  phone: string | null;
  email: string | null;
}

export interface UsersTable {
  id: Generated<string>;
  email: string;
  display_name: string;
  password_hash: string;
  platform_role: PlatformRole;
  is_active: Generated<boolean>;
  /** Set when an administrator or coordinator issued the password; the user is asked to choose their own. */
  must_change_password: Generated<boolean>;
  /**
   * Sessions carry the generation they were signed in with; a password change, a reset or a
   * deactivation moves it on, which ends every earlier session (also one from the same second).
   */
  session_generation: Generated<number>;
  created_at: CreatedAt;
  updated_at: UpdatedAt;
}

export interface MembershipsTable {
  user_id: string;
  district_id: string;
  role: DistrictRole;
  created_at: CreatedAt;
}

export interface AdvisorAssignmentsTable {
  user_id: string;
  district_id: string;
  created_at: CreatedAt;
}

export interface LoginAttemptsTable {
  id: Generated<string>;
  email: string;
  ip: string;
  is_success: boolean;
  created_at: CreatedAt;
}

export interface RevokedSessionsTable {
  session_id: string;
  expires_at: Timestamp;
  created_at: CreatedAt;
}

export interface AuditLogTable {
  id: Generated<string>;
  actor_user_id: string | null;
  district_id: string | null;
  action: string;
  object_type: string;
  object_id: string | null;
  /** The concept an entry is about (its activity page), when there is one. */
  concept_id: ColumnType<string | null, string | null | undefined, never>;
  details: ColumnType<Record<string, unknown>, string, never>;
  created_at: CreatedAt;
}

export interface Database extends ConceptTables, DistrictDataTables, ReviewTables, NotificationTables {
  districts: DistrictsTable;
  users: UsersTable;
  memberships: MembershipsTable;
  advisor_assignments: AdvisorAssignmentsTable;
  login_attempts: LoginAttemptsTable;
  revoked_sessions: RevokedSessionsTable;
  audit_log: AuditLogTable;
}

export type District = Selectable<DistrictsTable>;
export type NewDistrict = Insertable<DistrictsTable>;
export type User = Selectable<UsersTable>;
export type UserUpdate = Updateable<UsersTable>;
