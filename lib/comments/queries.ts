import { sql } from 'kysely';
import type { Db } from '../../db/client';
import type { AnchorKind, CommentAuthorRole, Disposition, RangeAnchor } from '../../db/schema-review';

export interface ThreadRow {
  id: string;
  conceptId: string;
  sectionId: string;
  districtId: string;
  number: number;
  anchorKind: AnchorKind;
  anchor: RangeAnchor | null;
  isDetached: boolean;
  isResolved: boolean;
  authorRole: CommentAuthorRole;
  createdBy: string | null;
  createdAt: Date;
  resolvedAt: Date | null;
  resolvedByName: string | null;
  disposition: Disposition | null;
  dispositionReason: string | null;
}

const THREAD_COLUMNS = [
  'comment_threads.id',
  'comment_threads.concept_id as conceptId',
  'comment_threads.section_id as sectionId',
  'comment_threads.district_id as districtId',
  'comment_threads.number',
  'comment_threads.anchor_kind as anchorKind',
  'comment_threads.anchor',
  'comment_threads.is_detached as isDetached',
  'comment_threads.is_resolved as isResolved',
  'comment_threads.author_role as authorRole',
  'comment_threads.created_by as createdBy',
  'comment_threads.created_at as createdAt',
  'comment_threads.resolved_at as resolvedAt',
  'resolver.display_name as resolvedByName',
  'comment_threads.disposition',
  'comment_threads.disposition_reason as dispositionReason',
] as const;

function threadQuery(db: Db) {
  return db.selectFrom('comment_threads').leftJoin('users as resolver', 'resolver.id', 'comment_threads.resolved_by').select(THREAD_COLUMNS);
}

/**
 * Serialises thread creation per concept with a transaction-scoped advisory lock (not a row lock:
 * that would wait behind every section save, which share-locks the concept row).
 */
export async function lockConceptThreads(db: Db, { conceptId }: { conceptId: string }) {
  await sql`select pg_advisory_xact_lock(hashtext(${`comment-threads:${conceptId}`}))`.execute(db);
}

export async function nextThreadNumber(db: Db, { conceptId }: { conceptId: string }): Promise<number> {
  const row = await db
    .selectFrom('comment_threads')
    .select(sql<number>`coalesce(max(number), 0) + 1`.as('next'))
    .where('concept_id', '=', conceptId)
    .executeTakeFirstOrThrow();
  return Number(row.next);
}

export async function insertThread(
  db: Db,
  values: Pick<ThreadRow, 'conceptId' | 'sectionId' | 'districtId' | 'number' | 'anchorKind' | 'anchor' | 'isDetached' | 'authorRole'> & { createdBy: string },
) {
  return db
    .insertInto('comment_threads')
    .values({
      concept_id: values.conceptId,
      section_id: values.sectionId,
      district_id: values.districtId,
      number: values.number,
      anchor_kind: values.anchorKind,
      anchor: values.anchor ? JSON.stringify(values.anchor) : null,
      is_detached: values.isDetached,
      author_role: values.authorRole,
      created_by: values.createdBy,
    })
    .returning(['id', 'number'])
    .executeTakeFirstOrThrow();
}

export async function insertComment(db: Db, values: { threadId: string; districtId: string; authorId: string; body: string; mentions: string[] }) {
  return db
    .insertInto('comments')
    .values({
      thread_id: values.threadId,
      district_id: values.districtId,
      author_id: values.authorId,
      body: values.body,
      mentions: JSON.stringify(values.mentions),
    })
    .returning(['id', 'created_at as createdAt'])
    .executeTakeFirstOrThrow();
}

/** A thread by id, locked for the rest of the transaction; the caller checks the concept's rules. */
export async function findThreadForUpdate(db: Db, { threadId }: { threadId: string }): Promise<ThreadRow | undefined> {
  const row = await db.selectFrom('comment_threads').select('id').where('id', '=', threadId).forUpdate().executeTakeFirst();
  if (!row) return undefined;
  return threadQuery(db).where('comment_threads.id', '=', threadId).executeTakeFirst();
}

export async function findThread(db: Db, { threadId }: { threadId: string }): Promise<ThreadRow | undefined> {
  return threadQuery(db).where('comment_threads.id', '=', threadId).executeTakeFirst();
}

export async function findComment(db: Db, { commentId }: { commentId: string }) {
  return db
    .selectFrom('comments')
    .select(['id', 'thread_id as threadId', 'district_id as districtId', 'author_id as authorId', 'body', 'mentions'])
    .where('id', '=', commentId)
    .forUpdate()
    .executeTakeFirst();
}

export async function updateCommentBody(db: Db, { commentId, body, mentions }: { commentId: string; body: string; mentions: string[] }) {
  await db
    .updateTable('comments')
    .set({ body, mentions: JSON.stringify(mentions), edited_at: sql<Date>`now()` })
    .where('id', '=', commentId)
    .execute();
}

/** Removes a comment's text for good (data protection); its place in the thread stays. */
export async function redactCommentBody(db: Db, { commentId, userId }: { commentId: string; userId: string }) {
  await db
    .updateTable('comments')
    .set({ body: '', mentions: JSON.stringify([]), redacted_at: sql<Date>`now()`, redacted_by: userId })
    .where('id', '=', commentId)
    .execute();
}

export async function setThreadResolved(
  db: Db,
  values: { threadId: string; isResolved: boolean; userId: string; disposition: Disposition | null; reason: string | null },
) {
  await db
    .updateTable('comment_threads')
    .set({
      is_resolved: values.isResolved,
      resolved_by: values.isResolved ? values.userId : null,
      resolved_at: values.isResolved ? sql<Date>`now()` : null,
      disposition: values.disposition,
      disposition_reason: values.reason,
      updated_at: sql<Date>`now()`,
    })
    .where('id', '=', values.threadId)
    .execute();
}

export async function listThreads(db: Db, { districtId, conceptId, sectionId }: { districtId: string; conceptId: string; sectionId?: string }): Promise<ThreadRow[]> {
  return threadQuery(db)
    .where('comment_threads.district_id', '=', districtId)
    .where('comment_threads.concept_id', '=', conceptId)
    .$if(sectionId !== undefined, (qb) => qb.where('comment_threads.section_id', '=', sectionId!))
    .orderBy('comment_threads.number')
    .execute();
}

export interface CommentRow {
  id: string;
  threadId: string;
  authorId: string | null;
  authorName: string | null;
  body: string;
  mentions: string[];
  createdAt: Date;
  editedAt: Date | null;
  redactedAt: Date | null;
}

export async function listComments(db: Db, { districtId, threadIds }: { districtId: string; threadIds: string[] }): Promise<CommentRow[]> {
  if (threadIds.length === 0) return [];
  return db
    .selectFrom('comments')
    .leftJoin('users', 'users.id', 'comments.author_id')
    .select([
      'comments.id',
      'comments.thread_id as threadId',
      'comments.author_id as authorId',
      'users.display_name as authorName',
      'comments.body',
      'comments.mentions',
      'comments.created_at as createdAt',
      'comments.edited_at as editedAt',
      'comments.redacted_at as redactedAt',
    ])
    .where('comments.district_id', '=', districtId)
    .where('comments.thread_id', 'in', threadIds)
    .orderBy('comments.created_at')
    .orderBy('comments.id')
    .execute();
}

/** Range threads of a section whose anchors must move with a new revision (open and resolved alike). */
export async function listRangeThreads(db: Db, { sectionId }: { sectionId: string }) {
  return db
    .selectFrom('comment_threads')
    .select(['id', 'anchor', 'is_detached as isDetached'])
    .where('section_id', '=', sectionId)
    .where('anchor_kind', '=', 'range')
    .execute();
}

export async function updateThreadAnchor(db: Db, { threadId, anchor, isDetached }: { threadId: string; anchor: RangeAnchor; isDetached: boolean }) {
  await db
    .updateTable('comment_threads')
    .set({ anchor: JSON.stringify(anchor), is_detached: isDetached })
    .where('id', '=', threadId)
    .execute();
}

/** Everyone who wrote in a thread (recipients of a reply). */
export async function listThreadParticipants(db: Db, { threadId }: { threadId: string }): Promise<string[]> {
  const rows = await db
    .selectFrom('comments')
    .select('author_id')
    .distinct()
    .where('thread_id', '=', threadId)
    .where('author_id', 'is not', null)
    .execute();
  return rows.map((r) => r.author_id!);
}

/** Open threads per concept (the advisor's queue). */
export async function countOpenThreadsByConcept(db: Db, { conceptIds }: { conceptIds: string[] }) {
  if (conceptIds.length === 0) return new Map<string, number>();
  const rows = await db
    .selectFrom('comment_threads')
    .select(['concept_id', sql<string>`count(*)`.as('n')])
    .where('concept_id', 'in', conceptIds)
    .where('is_resolved', '=', false)
    .groupBy('concept_id')
    .execute();
  return new Map(rows.map((r) => [r.concept_id, Number(r.n)]));
}
