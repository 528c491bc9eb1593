import { sql } from 'kysely';
import type { Db } from '../../db/client';
import { compiledOnce } from '../../db/compiled-once';
import { auditRow, type AuditEntry } from '../audit/queries';
import { districtHasAdvisor } from '../concepts/access-queries';
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

/** A section with whether its district has an active DeBUG advisor (the access rules' `hasAdvisor`), in one round trip. */
export async function findSectionForAccess(db: Db, { sectionId }: { sectionId: string }) {
  return db
    .selectFrom('sections')
    .select((eb) => [...SECTION_COLUMNS, districtHasAdvisor(eb, 'sections.district_id')])
    .where('sections.id', '=', sectionId)
    .executeTakeFirst();
}

/**
 * Loads and locks a section row for the rest of the transaction. Every write to a
 * section's head goes through this lock, so two saves on the same base revision
 * are serialised on real Postgres and the second one sees the first one's head.
 */
export async function findSectionForUpdate(db: Db, params: { sectionId: string }) {
  return (await sectionForUpdate(db, params))[0];
}
/** Built and compiled once (db/compiled-once.ts), as the other statements of an autosave. */
const sectionForUpdate = compiledOnce((db, { sectionId }: { sectionId: string }) =>
  db.selectFrom('sections').select(SECTION_COLUMNS).where('sections.id', '=', sectionId).forUpdate(),
);

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
export async function findHeadForSave(db: Db, params: { sectionId: string; number: number }) {
  return (await headForSave(db, params))[0];
}
const headForSave = compiledOnce((db, { sectionId, number }: { sectionId: string; number: number }) =>
  db
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
    .where('section_revisions.number', '=', number),
);

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
 * Inserts a revision and makes it the section's head, in one statement (one round trip per save), with the audit
 * entry of the change when given. The caller holds the section row lock, so `number` is head + 1 and nobody else
 * moves the head.
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
    audit?: AuditEntry;
  },
) {
  const row = values.audit ? auditRow(values.audit) : undefined;
  const params = {
    sectionId: values.sectionId,
    districtId: values.districtId,
    number: values.number,
    content: JSON.stringify(values.content),
    contentHash: values.contentHash,
    textChars: values.textChars,
    kind: values.kind,
    restoredFrom: values.restoredFrom ?? null,
    schemaVersion: values.schemaVersion,
    authorId: values.authorId,
    status: values.status,
    ...(row
      ? {
          auditActor: row.actor_user_id,
          auditDistrict: row.district_id,
          auditAction: row.action,
          auditObjectType: row.object_type,
          auditObjectId: row.object_id,
          auditConcept: row.concept_id,
          auditDetails: row.details,
        }
      : {}),
  };
  const [saved] = await headRevisionInsert(db, params, row ? 'audit' : '');
  if (!saved) throw new Error('insertHeadRevision: Abschnitt nicht gefunden');
  return saved;
}
type HeadRevisionParams = {
  sectionId: string;
  districtId: string;
  number: number;
  content: string;
  contentHash: string;
  textChars: number;
  kind: RevisionKind;
  restoredFrom: number | null;
  schemaVersion: string;
  authorId: string | null;
  status: SectionStatus;
  auditActor?: string | null;
  auditDistrict?: string | null;
  auditAction?: string;
  auditObjectType?: string;
  auditObjectId?: string | null;
  auditConcept?: string | null;
  auditDetails?: string;
};
/** Built and compiled once per shape (with and without the audit entry), db/compiled-once.ts. */
const headRevisionInsert = compiledOnce((db, p: HeadRevisionParams) => {
  const withRevision = db.with('revision', (db) =>
    db
      .insertInto('section_revisions')
      .values({
        section_id: p.sectionId,
        district_id: p.districtId,
        number: p.number,
        content: p.content,
        content_hash: p.contentHash,
        text_chars: p.textChars,
        kind: p.kind,
        restored_from: p.restoredFrom,
        schema_version: p.schemaVersion,
        author_id: p.authorId,
      })
      .returning(['number', 'created_at']),
  );
  const withAudit =
    p.auditAction === undefined
      ? withRevision
      : withRevision.with('audit', (db) =>
          db
            .insertInto('audit_log')
            .values({
              actor_user_id: p.auditActor ?? null,
              district_id: p.auditDistrict ?? null,
              action: p.auditAction ?? '',
              object_type: p.auditObjectType ?? '',
              object_id: p.auditObjectId ?? null,
              concept_id: p.auditConcept ?? null,
              details: p.auditDetails ?? '{}',
            })
            .returning('audit_log.id'),
        );
  return withAudit
    .updateTable('sections')
    .from('revision')
    .set((eb) => ({
      head_revision: eb.ref('revision.number'),
      status: p.status,
      updated_by: p.authorId,
      updated_at: sql<Date>`now()`,
    }))
    .where('sections.id', '=', p.sectionId)
    .returning(['revision.number', 'revision.created_at']);
});

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
