import type { ColumnType, Generated } from 'kysely';
import type { ChecklistState, SectionStatus } from './schema-concepts';

type CreatedAt = ColumnType<Date, Date | string | undefined, never>;
type UpdatedAt = ColumnType<Date, Date | string | undefined, Date | string>;
type Json<T> = ColumnType<T, string, string>;
/** `date` would be parsed into a local-midnight Date by pg; queries select it as 'YYYY-MM-DD' text. */
type DateOnly = ColumnType<Date | null, string | null | undefined, string | null>;
type OptionalText = ColumnType<string | null, string | null | undefined, string | null>;

/** A Fassung is frozen at a submission or at the adoption. */
export const VERSION_KINDS = ['submission', 'adoption'] as const;
export type VersionKind = (typeof VERSION_KINDS)[number];

/** What came of a submitted Fassung. */
export const VERSION_OUTCOMES = ['changes_requested', 'approved', 'withdrawn'] as const;
export type VersionOutcome = (typeof VERSION_OUTCOMES)[number];

/** The concept's details as they were when a Fassung was frozen. */
export interface FrozenDetails {
  title: string;
  responsible: string;
  districtName: string;
  districtKind: string;
  /** The grammatical forms in use when frozen (Fassungen frozen before migration 0009 have none: derived). */
  districtForms?: { gender: 'm' | 'f' | 'n'; nom: string; gen: string; dat: string; akk: string };
  /** Office, phone and e-mail of the Gewaltschutzkoordination when frozen. */
  coordination?: { unit: string | null; phone: string | null; email: string | null } | null;
  coordinatorNames: string[];
  facilityIds: string[];
}

export interface ConceptVersionsTable {
  id: Generated<string>;
  concept_id: string;
  district_id: string;
  number: number;
  kind: VersionKind;
  note: OptionalText;
  details: Json<FrozenDetails>;
  /** The facility and contact rows of the annex, exactly as exported (lib/export's table inputs). */
  annex: Json<{ facilities: unknown[]; contacts: unknown[] }>;
  decided_by: OptionalText;
  decided_on: DateOnly;
  resolution_number: OptionalText;
  without_advisor_reason: OptionalText;
  next_review_on: DateOnly;
  open_findings: ColumnType<number | null, number | null | undefined, number | null>;
  open_findings_reason: OptionalText;
  outcome: ColumnType<VersionOutcome | null, VersionOutcome | null | undefined, VersionOutcome | null>;
  outcome_note: OptionalText;
  outcome_by: ColumnType<string | null, string | null | undefined, string | null>;
  outcome_at: ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
  created_by: string | null;
  created_at: CreatedAt;
}

export interface ConceptVersionSectionsTable {
  version_id: string;
  section_id: string;
  district_id: string;
  key: string;
  revision_number: number;
  status: SectionStatus;
  checklist: Json<ChecklistState>;
}

export const ANCHOR_KINDS = ['range', 'section'] as const;
export type AnchorKind = (typeof ANCHOR_KINDS)[number];

/** W3C Web Annotation style selectors in the section's plain text (lib/comments/text-map.ts). */
export interface RangeAnchor {
  /** The revision the offsets refer to. */
  revision: number;
  start: number;
  end: number;
  exact: string;
  prefix: string;
  suffix: string;
}

export const DISPOSITIONS = ['uebernommen', 'teilweise', 'nicht_uebernommen'] as const;
export type Disposition = (typeof DISPOSITIONS)[number];

export const COMMENT_AUTHOR_ROLES = ['coordinator', 'editor', 'advisor'] as const;
export type CommentAuthorRole = (typeof COMMENT_AUTHOR_ROLES)[number];

export interface CommentThreadsTable {
  id: Generated<string>;
  concept_id: string;
  section_id: string;
  district_id: string;
  /** 1, 2, … per concept: the „Nr.“ of the Stellungnahme table. */
  number: number;
  anchor_kind: AnchorKind;
  anchor: ColumnType<RangeAnchor | null, string | null, string | null>;
  is_detached: ColumnType<boolean, boolean | undefined, boolean>;
  is_resolved: ColumnType<boolean, boolean | undefined, boolean>;
  author_role: CommentAuthorRole;
  created_by: string | null;
  created_at: CreatedAt;
  resolved_by: ColumnType<string | null, string | null | undefined, string | null>;
  resolved_at: ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
  disposition: ColumnType<Disposition | null, Disposition | null | undefined, Disposition | null>;
  disposition_reason: OptionalText;
  updated_at: UpdatedAt;
}

export interface CommentsTable {
  id: Generated<string>;
  thread_id: string;
  district_id: string;
  author_id: string | null;
  body: string;
  mentions: ColumnType<string[], string | undefined, string>;
  created_at: CreatedAt;
  edited_at: ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
  redacted_at: ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
  redacted_by: ColumnType<string | null, string | null | undefined, string | null>;
}

export const VERDICTS = ['erfuellt', 'nachbessern', 'offen', 'entfaellt'] as const;
export type Verdict = (typeof VERDICTS)[number];

export interface SectionVerdictsTable {
  id: Generated<string>;
  version_id: string;
  section_id: string;
  district_id: string;
  verdict: Verdict;
  note: ColumnType<string, string | undefined, string>;
  author_id: string | null;
  updated_at: UpdatedAt;
}

export interface ConceptReadsTable {
  user_id: string;
  concept_id: string;
  read_at: UpdatedAt;
}

export interface ReviewTables {
  concept_versions: ConceptVersionsTable;
  concept_version_sections: ConceptVersionSectionsTable;
  comment_threads: CommentThreadsTable;
  comments: CommentsTable;
  section_verdicts: SectionVerdictsTable;
  concept_reads: ConceptReadsTable;
}

