import { sql } from 'kysely';
import type { Db } from '../../db/client';
import type { ConceptStatus } from '../../db/schema-concepts';

const CONCEPT_COLUMNS = [
  'concepts.id',
  'concepts.district_id',
  'concepts.title',
  'concepts.template_id',
  'concepts.template_version',
  'concepts.responsible',
  'concepts.status',
  'concepts.is_shared',
  'concepts.shared_at',
  sql<string | null>`to_char(concepts.next_review_on, 'YYYY-MM-DD')`.as('next_review_on'),
  'concepts.previous_concept_id',
  'concepts.edition',
  'concepts.created_at',
  'concepts.updated_at',
] as const;
/** Only for a single concept (not in listings): the Word import's file name and summary. */
export const SINGLE_CONCEPT_COLUMNS = [...CONCEPT_COLUMNS, 'concepts.import_file_name', 'concepts.import_summary'] as const;

export async function insertConcept(
  db: Db,
  values: {
    districtId: string;
    title: string;
    templateId: string;
    templateVersion: string;
    responsible: string;
    createdBy: string;
    /** Fortschreibung: the adopted concept this edition continues. */
    previousConceptId?: string;
    edition?: number;
    isShared?: boolean;
    /** Created from a Word document (lib/import): its name and the import summary. */
    importFileName?: string;
    importSummary?: Record<string, unknown>;
  },
) {
  return db
    .insertInto('concepts')
    .values({
      district_id: values.districtId,
      title: values.title,
      template_id: values.templateId,
      template_version: values.templateVersion,
      responsible: values.responsible,
      created_by: values.createdBy,
      previous_concept_id: values.previousConceptId ?? null,
      edition: values.edition ?? 1,
      ...(values.isShared ? { is_shared: true, shared_at: sql<Date>`now()` } : {}),
      ...(values.importFileName ? { import_file_name: values.importFileName, import_summary: JSON.stringify(values.importSummary ?? null) } : {}),
    })
    .returning(['id', 'district_id', 'title', 'status'])
    .executeTakeFirstOrThrow();
}

export async function insertSections(
  db: Db,
  rows: ReadonlyArray<{ conceptId: string; districtId: string; key: string; position: number }>,
) {
  if (rows.length === 0) return [];
  return db
    .insertInto('sections')
    .values(rows.map((r) => ({ concept_id: r.conceptId, district_id: r.districtId, key: r.key, position: r.position })))
    .returning(['id', 'key'])
    .execute();
}

/** A concept by id, or undefined. The caller checks the district with assertCan. */
export async function findConcept(db: Db, { conceptId }: { conceptId: string }) {
  return db.selectFrom('concepts').select(SINGLE_CONCEPT_COLUMNS).where('concepts.id', '=', conceptId).executeTakeFirst();
}

/**
 * Concepts of the given districts with progress figures. In `sharedOnlyDistrictIds` (districts the
 * actor advises) only concepts shared with the advisors are listed.
 */
export async function listDistrictConcepts(db: Db, { districtIds, sharedOnlyDistrictIds = [] }: { districtIds: string[]; sharedOnlyDistrictIds?: string[] }) {
  if (districtIds.length === 0) return [];
  return db
    .selectFrom('concepts')
    .innerJoin('districts', 'districts.id', 'concepts.district_id')
    .select([
      ...CONCEPT_COLUMNS,
      'districts.name as district_name',
      (eb) =>
        eb
          .selectFrom('sections')
          .select(sql<string>`count(*)`.as('n'))
          .whereRef('sections.concept_id', '=', 'concepts.id')
          .as('section_count'),
      (eb) =>
        eb
          .selectFrom('sections')
          .select(sql<string>`count(*)`.as('n'))
          .whereRef('sections.concept_id', '=', 'concepts.id')
          .where('sections.status', '=', 'done')
          .as('done_count'),
      (eb) =>
        eb
          .selectFrom('sections')
          .select(sql<Date>`max(sections.updated_at)`.as('at'))
          .whereRef('sections.concept_id', '=', 'concepts.id')
          .as('last_edit_at'),
    ])
    .where('concepts.district_id', 'in', districtIds)
    .$if(sharedOnlyDistrictIds.length > 0, (qb) =>
      qb.where((eb) => eb.or([eb('concepts.is_shared', '=', true), eb('concepts.district_id', 'not in', sharedOnlyDistrictIds)])),
    )
    .orderBy('concepts.updated_at', 'desc')
    .execute();
}

export async function listCoordinatorNames(db: Db, { districtId }: { districtId: string }) {
  const rows = await db
    .selectFrom('memberships')
    .innerJoin('users', 'users.id', 'memberships.user_id')
    .select('users.display_name')
    .where('memberships.district_id', '=', districtId)
    .where('memberships.role', '=', 'coordinator')
    .where('users.is_active', '=', true)
    .orderBy('users.display_name')
    .execute();
  return rows.map((r) => r.display_name);
}

export async function touchConcept(db: Db, { conceptId, status }: { conceptId: string; status?: ConceptStatus }) {
  await db
    .updateTable('concepts')
    .set({ updated_at: sql<Date>`now()`, ...(status ? { status } : {}) })
    .where('id', '=', conceptId)
    .execute();
}

/** Moves a concept to another workflow state (the caller holds the row lock and has checked the transition). */
export async function updateConceptState(
  db: Db,
  { conceptId, status, isShared, nextReviewOn }: { conceptId: string; status?: ConceptStatus; isShared?: boolean; nextReviewOn?: string | null },
) {
  await db
    .updateTable('concepts')
    .set({
      updated_at: sql<Date>`now()`,
      ...(status ? { status } : {}),
      ...(isShared === undefined ? {} : { is_shared: isShared, shared_at: isShared ? sql<Date>`now()` : null }),
      // A new review date is a new occasion to remind the coordinators.
      ...(nextReviewOn === undefined ? {} : { next_review_on: nextReviewOn, review_due_noticed_at: null }),
    })
    .where('id', '=', conceptId)
    .execute();
}

/** Active advisors assigned to the district (recipients of submissions, names for mentions). */
export async function listDistrictAdvisors(db: Db, { districtId }: { districtId: string }) {
  return db
    .selectFrom('advisor_assignments')
    .innerJoin('users', 'users.id', 'advisor_assignments.user_id')
    .select(['users.id', 'users.display_name'])
    .where('advisor_assignments.district_id', '=', districtId)
    .where('users.is_active', '=', true)
    .where('users.platform_role', '=', 'advisor')
    .orderBy('users.display_name')
    .execute();
}

/** Active members of the district with their role (recipients, names for mentions). */
export async function listDistrictMembers(db: Db, { districtId }: { districtId: string }) {
  return db
    .selectFrom('memberships')
    .innerJoin('users', 'users.id', 'memberships.user_id')
    .select(['users.id', 'users.display_name', 'memberships.role'])
    .where('memberships.district_id', '=', districtId)
    .where('users.is_active', '=', true)
    .orderBy('users.display_name')
    .execute();
}

/** The concept row, locked until the transaction ends (one change of its details or state at a time). */
export async function findConceptForUpdate(db: Db, { conceptId }: { conceptId: string }) {
  return db.selectFrom('concepts').select(SINGLE_CONCEPT_COLUMNS).where('concepts.id', '=', conceptId).forUpdate().executeTakeFirst();
}

export type ConceptRow = NonNullable<Awaited<ReturnType<typeof findConcept>>>;

export async function updateConceptDetails(db: Db, { conceptId, title, responsible }: { conceptId: string; title: string; responsible: string }) {
  await db.updateTable('concepts').set({ title, responsible, updated_at: sql<Date>`now()` }).where('id', '=', conceptId).execute();
}

/** The next edition started from a concept (Fortschreibung), if any. */
export async function findSuccessor(db: Db, { districtId, conceptId }: { districtId: string; conceptId: string }) {
  return db
    .selectFrom('concepts')
    .select(['id', 'title', 'status', 'edition'])
    .where('previous_concept_id', '=', conceptId)
    .where('district_id', '=', districtId)
    .executeTakeFirst();
}

/** The concept an edition continues (Fortschreibung), if any. */
export async function findPredecessor(db: Db, { districtId, conceptId }: { districtId: string; conceptId: string }) {
  return db
    .selectFrom('concepts as c')
    .innerJoin('concepts as p', 'p.id', 'c.previous_concept_id')
    .select(['p.id', 'p.title', 'p.status', 'p.edition'])
    .where('c.id', '=', conceptId)
    .where('p.district_id', '=', districtId)
    .executeTakeFirst();
}

/** Hides the import summary on the concept page (the file name stays for the history). */
export async function clearImportSummary(db: Db, { conceptId }: { conceptId: string }) {
  await db.updateTable('concepts').set({ import_summary: null }).where('id', '=', conceptId).execute();
}
