import { sql } from 'kysely';
import type { Db } from '../../db/client';
import type { ChecklistState, RevisionKind, SectionStatus } from '../../db/schema-concepts';

const SECTION_COLUMNS = [
  'sections.id',
  'sections.concept_id',
  'sections.district_id',
  'sections.key',
  'sections.position',
  'sections.status',
  'sections.checklist',
  'sections.head_revision',
  'sections.updated_at',
  'sections.updated_by',
] as const;

/**
 * A section with the fact about its district that the access rules need besides the concept: whether
 * an active DeBUG advisor is assigned (as districtHasAdvisor in lib/concepts/queries.ts decides it),
 * in the same round trip.
 */
export async function findSectionForAccess(db: Db, { sectionId }: { sectionId: string }) {
  return db
    .selectFrom('sections')
    .select((eb) => [
      ...SECTION_COLUMNS,
      eb
        .exists(
          eb
            .selectFrom('advisor_assignments')
            .innerJoin('users', 'users.id', 'advisor_assignments.user_id')
            .select('users.id')
            .whereRef('advisor_assignments.district_id', '=', 'sections.district_id')
            .where('users.is_active', '=', true)
            .where('users.platform_role', '=', 'advisor'),
        )
        .as('district_has_advisor'),
    ])
    .where('sections.id', '=', sectionId)
    .executeTakeFirst();
}

/**
 * Loads and locks a section row for the rest of the transaction. Every write to a
 * section's head goes through this lock, so two saves on the same base revision
 * are serialised on real Postgres and the second one sees the first one's head.
 */
export async function findSectionForUpdate(db: Db, { sectionId }: { sectionId: string }) {
  return db
    .selectFrom('sections')
    .select(SECTION_COLUMNS)
    .where('sections.id', '=', sectionId)
    .forUpdate()
    .executeTakeFirst();
}

export async function findSectionByKey(db: Db, { conceptId, key }: { conceptId: string; key: string }) {
  return db
    .selectFrom('sections')
    .select(SECTION_COLUMNS)
    .where('sections.concept_id', '=', conceptId)
    .where('sections.key', '=', key)
    .executeTakeFirst();
}

export async function listConceptSections(db: Db, { districtId, conceptId }: { districtId: string; conceptId: string }) {
  return db
    .selectFrom('sections')
    .leftJoin('users', 'users.id', 'sections.updated_by')
    .select([...SECTION_COLUMNS, 'users.display_name as updated_by_name'])
    .where('sections.concept_id', '=', conceptId)
    .where('sections.district_id', '=', districtId)
    .orderBy('sections.position')
    .execute();
}

/** The columns every revision summary shows (list, page, labels). */
const SUMMARY_COLUMNS = [
  'section_revisions.number',
  'section_revisions.text_chars',
  'section_revisions.kind',
  'section_revisions.restored_from',
  'section_revisions.created_at',
  'section_revisions.author_id',
  'users.display_name as author_name',
] as const;

export async function findRevision(db: Db, { sectionId, number }: { sectionId: string; number: number }) {
  return db
    .selectFrom('section_revisions')
    .leftJoin('users', 'users.id', 'section_revisions.author_id')
    .select([...SUMMARY_COLUMNS, 'section_revisions.content', 'section_revisions.content_hash'])
    .where('section_revisions.section_id', '=', sectionId)
    .where('section_revisions.number', '=', number)
    .executeTakeFirst();
}

/**
 * What a save needs to know of the section under its row lock: the head's number, content hash and
 * time (not its content, which only a conflict needs), and whether any comment is anchored to a
 * text range (whose anchors the save must move). A statement of its own after the lock is taken,
 * so it sees a save or comment that committed while this transaction waited for the lock.
 */
export async function findHeadForSave(db: Db, { sectionId, number }: { sectionId: string; number: number }) {
  return db
    .selectFrom('section_revisions')
    .select((eb) => [
      'section_revisions.number',
      'section_revisions.content_hash',
      'section_revisions.created_at',
      eb
        .exists(
          eb
            .selectFrom('comment_threads')
            .select('comment_threads.id')
            .where('comment_threads.section_id', '=', sectionId)
            .where('comment_threads.anchor_kind', '=', 'range'),
        )
        .as('has_range_threads'),
    ])
    .where('section_revisions.section_id', '=', sectionId)
    .where('section_revisions.number', '=', number)
    .executeTakeFirst();
}

/** At most `limit` revision summaries numbered `upTo` or lower, newest first (one page of the history). */
export async function listRevisionPage(db: Db, { sectionId, upTo, limit }: { sectionId: string; upTo: number; limit: number }) {
  return db
    .selectFrom('section_revisions')
    .leftJoin('users', 'users.id', 'section_revisions.author_id')
    .select(SUMMARY_COLUMNS)
    .where('section_revisions.section_id', '=', sectionId)
    .where('section_revisions.number', '<=', upTo)
    .orderBy('section_revisions.number', 'desc')
    .limit(limit)
    .execute();
}

/** The number of the last revision saved before `before`, if any. */
export async function lastRevisionBefore(db: Db, { sectionId, before }: { sectionId: string; before: Date }) {
  const row = await db
    .selectFrom('section_revisions')
    .select('number')
    .where('section_id', '=', sectionId)
    .where('created_at', '<', before)
    .orderBy('number', 'desc')
    .limit(1)
    .executeTakeFirst();
  return row?.number;
}

/**
 * Inserts a revision and makes it the section's head, in one statement (one round trip per save).
 * The caller holds the section row lock, so `number` is head + 1 and nobody else moves the head.
 */
export async function insertHeadRevision(
  db: Db,
  values: {
    sectionId: string;
    districtId: string;
    number: number;
    content: unknown;
    contentHash: string;
    textChars: number;
    kind: RevisionKind;
    restoredFrom?: number | null;
    schemaVersion: string;
    authorId: string | null;
    status: SectionStatus;
  },
) {
  return db
    .with('revision', (db) =>
      db
        .insertInto('section_revisions')
        .values({
          section_id: values.sectionId,
          district_id: values.districtId,
          number: values.number,
          content: JSON.stringify(values.content),
          content_hash: values.contentHash,
          text_chars: values.textChars,
          kind: values.kind,
          restored_from: values.restoredFrom ?? null,
          schema_version: values.schemaVersion,
          author_id: values.authorId,
        })
        .returning(['number', 'created_at']),
    )
    .updateTable('sections')
    .from('revision')
    .set((eb) => ({
      head_revision: eb.ref('revision.number'),
      status: values.status,
      updated_by: values.authorId,
      updated_at: sql<Date>`now()`,
    }))
    .where('sections.id', '=', values.sectionId)
    .returning(['revision.number', 'revision.created_at'])
    .executeTakeFirstOrThrow();
}

export async function updateSectionMeta(
  db: Db,
  values: { sectionId: string; status?: SectionStatus; checklist?: ChecklistState; updatedBy: string },
) {
  await db
    .updateTable('sections')
    .set({
      ...(values.status ? { status: values.status } : {}),
      ...(values.checklist ? { checklist: JSON.stringify(values.checklist) } : {}),
      updated_by: values.updatedBy,
      updated_at: sql<Date>`now()`,
    })
    .where('id', '=', values.sectionId)
    .execute();
}
