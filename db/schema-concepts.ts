import type { ColumnType, Generated } from 'kysely';

type CreatedAt = ColumnType<Date, Date | string | undefined, never>;
type UpdatedAt = ColumnType<Date, Date | string | undefined, Date | string>;
type Json<T> = ColumnType<T, string, string>;

/**
 * Entwurf → Eingereicht → (Überarbeitung erbeten → Eingereicht …) → Fachlich befürwortet → Beschlossen;
 * an adopted concept becomes „abgelöst“ when its Fortschreibung is adopted.
 */
export const CONCEPT_STATUSES = ['draft', 'submitted', 'changes_requested', 'approved', 'adopted', 'superseded'] as const;
export type ConceptStatus = (typeof CONCEPT_STATUSES)[number];

export const SECTION_STATUSES = ['empty', 'in_progress', 'done'] as const;
export type SectionStatus = (typeof SECTION_STATUSES)[number];

/** `carryover`: taken over from the previous edition at the start of a Fortschreibung; `import`: from a Word document. */
export const REVISION_KINDS = ['template', 'edit', 'restore', 'seed', 'carryover', 'import'] as const;
export type RevisionKind = (typeof REVISION_KINDS)[number];

export type ChecklistState = Record<string, { by: string | null; at: string }>;

export interface ConceptsTable {
  id: Generated<string>;
  district_id: string;
  title: string;
  template_id: string;
  template_version: string;
  responsible: string;
  status: ColumnType<ConceptStatus, ConceptStatus | undefined, ConceptStatus>;
  /** Visible to the district's assigned advisors (shared for early support, or submitted once). */
  is_shared: ColumnType<boolean, boolean | undefined, boolean>;
  shared_at: ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
  /** Next planned review of an adopted concept; pg parses `date` to local midnight, so queries select it as text. */
  next_review_on: ColumnType<Date | null, string | null | undefined, string | null>;
  /** Fortschreibung: the adopted concept this edition continues. */
  previous_concept_id: ColumnType<string | null, string | null | undefined, string | null>;
  /** 1 for a first concept, 2 for its first Fortschreibung … */
  edition: ColumnType<number, number | undefined, number>;
  /** When the coordinators were told that the next review is due (once per due date). */
  review_due_noticed_at: ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
  /** Created from a Word document: its file name (the file itself is not kept). */
  import_file_name: ColumnType<string | null, string | null | undefined, string | null>;
  /** What the import took over and what not (lib/import/import-summary.ts); null once dismissed. */
  import_summary: ColumnType<Record<string, unknown> | null, string | null | undefined, string | null>;
  created_by: string | null;
  created_at: CreatedAt;
  updated_at: UpdatedAt;
}

export interface SectionsTable {
  id: Generated<string>;
  concept_id: string;
  district_id: string;
  key: string;
  position: number;
  status: ColumnType<SectionStatus, SectionStatus | undefined, SectionStatus>;
  checklist: ColumnType<ChecklistState, string | undefined, string>;
  head_revision: ColumnType<number, number | undefined, number>;
  updated_by: string | null;
  updated_at: UpdatedAt;
}

export interface SectionRevisionsTable {
  id: Generated<string>;
  section_id: string;
  district_id: string;
  number: number;
  content: Json<Record<string, unknown>>;
  content_hash: string;
  text_chars: number;
  kind: RevisionKind;
  restored_from: number | null;
  schema_version: string;
  author_id: string | null;
  created_at: CreatedAt;
}

export interface ConceptFacilitiesTable {
  concept_id: string;
  facility_id: string;
}

export interface ConceptTables {
  concepts: ConceptsTable;
  sections: SectionsTable;
  section_revisions: SectionRevisionsTable;
  concept_facilities: ConceptFacilitiesTable;
}
