import { z } from 'zod';
import { getDb, type Db } from '../../db/client';
import { DISPOSITIONS, type CommentAuthorRole, type Disposition } from '../../db/schema-review';
import { districtRelation, type Actor } from '../access';
import { insertAuditEntry } from '../audit/queries';
import { listDistrictAdvisors, listDistrictMembers, type ConceptRow } from '../concepts/queries';
import type { TiptapDoc } from '../editor/types';
import { AppError } from '../errors';
import { loadSection } from '../sections/load-section';
import { findRevision } from '../sections/queries';
import { parseInput } from '../shared/action-result';
import { idSchema, plainText } from '../shared/schemas';
import { MAX_QUOTE_CHARS, describeRange, reanchor } from './anchor';
import {
  findComment,
  findThreadForUpdate,
  insertComment,
  lockConceptThreads,
  insertThread,
  listThreadParticipants,
  nextThreadNumber,
  redactCommentBody,
  setThreadResolved,
  updateCommentBody,
  type ThreadRow,
} from './queries';
import { buildTextMap } from './text-map';
import { noticeComment, noticeMentions, noticeResolved, sectionLabel } from '../review/notices';
import { DISPOSITION_LABELS } from './labels';

export const commentBodySchema = plainText({ error: 'Bitte schreiben Sie einen Kommentar.', multiline: true })
  .min(1, 'Bitte schreiben Sie einen Kommentar.')
  .max(5000, 'Ein Kommentar darf höchstens 5000 Zeichen lang sein.');

const mentionsSchema = z.array(idSchema).max(20, 'Bitte erwähnen Sie höchstens 20 Personen.').default([]);

export const addCommentSchema = z.object({
  sectionId: idSchema,
  body: commentBodySchema,
  mentions: mentionsSchema,
  /** A text range in the section's plain text at a saved revision; without it the comment is on the whole section. */
  range: z
    .object({
      revision: z.number().int().min(1),
      start: z.number().int().min(0),
      end: z.number().int().min(1),
    })
    .optional(),
});

export const replySchema = z.object({ threadId: idSchema, body: commentBodySchema, mentions: mentionsSchema });
export const editCommentSchema = z.object({ commentId: idSchema, body: commentBodySchema, mentions: mentionsSchema });
export const resolveThreadSchema = z.object({
  threadId: idSchema,
  disposition: z.enum(DISPOSITIONS, { error: 'Bitte wählen Sie, wie mit dem Hinweis umgegangen wurde.' }).optional(),
  reason: plainText({ multiline: true }).max(2000, 'Die Begründung darf höchstens 2000 Zeichen lang sein.').optional(),
});
export const threadSchema = z.object({ threadId: idSchema });

function authorRole(actor: Actor, districtId: string): CommentAuthorRole {
  const relation = districtRelation(actor, districtId);
  if (relation === 'none') throw new AppError('not_found');
  return relation;
}

/** People who may be mentioned: the district's active members and, for a shared concept, its advisors. */
export async function listMentionable(db: Db, concept: Pick<ConceptRow, 'district_id' | 'is_shared'>) {
  const [members, advisors] = await Promise.all([
    listDistrictMembers(db, { districtId: concept.district_id }),
    concept.is_shared ? listDistrictAdvisors(db, { districtId: concept.district_id }) : Promise.resolve([]),
  ]);
  return [
    ...members.map((m) => ({ id: m.id, name: m.display_name, role: m.role as CommentAuthorRole })),
    ...advisors.map((a) => ({ id: a.id, name: a.display_name, role: 'advisor' as const })),
  ];
}

async function checkMentions(db: Db, concept: Pick<ConceptRow, 'district_id' | 'is_shared'>, mentions: readonly string[]): Promise<string[]> {
  const unique = [...new Set(mentions)];
  if (unique.length === 0) return [];
  const allowed = new Set((await listMentionable(db, concept)).map((p) => p.id));
  if (!unique.every((id) => allowed.has(id))) {
    throw new AppError('invalid_input', 'Erwähnen können Sie nur Mitglieder der Kommune und die zugeordnete Beratung.', {
      fields: { mentions: 'Diese Person kann hier nicht erwähnt werden.' },
    });
  }
  return unique;
}

/**
 * Starts a comment thread on a text range or on the whole section. Anyone who may comment on
 * the concept (district members; assigned advisors of a shared concept), until adoption. The
 * range refers to a saved revision; the server takes the quote and its context from that text
 * (what the client claims is not trusted) and moves the anchor onto the current text.
 * Throws not_found (other district, unshared for advisors), forbidden (state), invalid_input.
 */
export async function addComment(actor: Actor, input: unknown) {
  const values = parseInput(addCommentSchema, input);
  return getDb()
    .transaction()
    .execute(async (trx) => {
      // Locked like a save: a save landing between reading the head and storing the thread would
      // move every other anchor but leave this one on the older text (highlighted in the wrong place).
      const { section, concept } = await loadSection(trx, actor, values.sectionId, 'review.comment', { lock: true });
      const role = authorRole(actor, section.district_id);
      const mentions = await checkMentions(trx, concept, values.mentions);
      let anchor = null;
      let isDetached = false;
      if (values.range) {
        const revision = await findRevision(trx, { sectionId: section.id, number: values.range.revision });
        if (!revision || values.range.revision > section.head_revision) {
          throw new AppError('invalid_input', 'Die markierte Stelle gehört zu einem Stand, den es nicht gibt. Bitte laden Sie die Seite neu.');
        }
        const text = buildTextMap(revision.content as unknown as TiptapDoc).text;
        const position = describeRange(text, values.range.start, values.range.end);
        if (!position) throw new AppError('invalid_input', 'Bitte markieren Sie die Textstelle, die Sie kommentieren möchten.');
        if (position.exact.length > MAX_QUOTE_CHARS) {
          throw new AppError('invalid_input', `Bitte markieren Sie höchstens ${MAX_QUOTE_CHARS} Zeichen; für längere Passagen kommentieren Sie den ganzen Abschnitt.`);
        }
        anchor = { revision: revision.number, ...position };
        if (revision.number < section.head_revision) {
          // Someone saved since the commenter's page was loaded: move the anchor onto the head now.
          const head = await findRevision(trx, { sectionId: section.id, number: section.head_revision });
          const moved = reanchor(position, text, buildTextMap(head!.content as unknown as TiptapDoc).text);
          anchor = { revision: section.head_revision, ...moved.position };
          isDetached = moved.isDetached;
        }
      }
      // Thread numbers are per concept („Nr.“ in the Stellungnahme): one new thread at a time.
      await lockConceptThreads(trx, { conceptId: concept.id });
      const thread = await insertThread(trx, {
        conceptId: concept.id,
        sectionId: section.id,
        districtId: section.district_id,
        number: await nextThreadNumber(trx, { conceptId: concept.id }),
        anchorKind: anchor ? 'range' : 'section',
        anchor,
        isDetached,
        authorRole: role,
        createdBy: actor.userId,
      });
      const comment = await insertComment(trx, { threadId: thread.id, districtId: section.district_id, authorId: actor.userId, body: values.body, mentions });
      await auditThread(trx, actor, 'comment.create', { thread, section, concept }, { quote: anchor?.exact ?? null });
      await noticeComment(trx, actor, {
        concept,
        section,
        sectionLabel: sectionLabel(concept, section.key),
        threadId: thread.id,
        threadNumber: thread.number,
        mentions,
        participants: null,
        isAdvisorAuthor: role === 'advisor',
      });
      return { threadId: thread.id, number: thread.number, commentId: comment.id, mentions, concept, section, role };
    });
}

/** The audit entry of a comment event: names the concept, the section and the thread's number (never a comment's text). */
async function auditThread(
  trx: Db,
  actor: Actor,
  action: string,
  { thread, section, concept }: { thread: { id: string; number: number }; section: { key: string; district_id: string }; concept: { id: string; title: string } },
  extra: Record<string, unknown> = {},
) {
  await insertAuditEntry(trx, {
    actorUserId: actor.userId,
    districtId: section.district_id,
    action,
    objectType: 'comment_thread',
    objectId: thread.id,
    conceptId: concept.id,
    details: { concept: concept.title, key: section.key, thread: thread.number, ...extra },
  });
}

/** Loads a thread with its section and checks the action on the concept; other districts: not_found. */
async function loadThread(trx: Db, actor: Actor, threadId: string, action: Parameters<typeof loadSection>[3]) {
  const thread = await findThreadForUpdate(trx, { threadId });
  if (!thread) throw new AppError('not_found');
  const { section, concept } = await loadSection(trx, actor, thread.sectionId, action);
  return { thread, section, concept };
}

/** A comment with its thread (locked), section and concept, checked for `action` like loadThread. */
async function loadComment(trx: Db, actor: Actor, commentId: string, action: Parameters<typeof loadSection>[3]) {
  const comment = await findComment(trx, { commentId });
  if (!comment) throw new AppError('not_found');
  return { comment, ...(await loadThread(trx, actor, comment.threadId, action)) };
}

/**
 * Replies in a thread. Anyone who may comment (also while the concept is submitted: replies
 * stay possible when the text is read-only). Throws not_found, forbidden, invalid_input.
 */
export async function replyToComment(actor: Actor, input: unknown) {
  const values = parseInput(replySchema, input);
  return getDb()
    .transaction()
    .execute(async (trx) => {
      const { thread, section, concept } = await loadThread(trx, actor, values.threadId, 'review.comment');
      const mentions = await checkMentions(trx, concept, values.mentions);
      const comment = await insertComment(trx, { threadId: thread.id, districtId: section.district_id, authorId: actor.userId, body: values.body, mentions });
      await auditThread(trx, actor, 'comment.reply', { thread, section, concept });
      await noticeComment(trx, actor, {
        concept,
        section,
        sectionLabel: sectionLabel(concept, section.key),
        threadId: thread.id,
        threadNumber: thread.number,
        mentions,
        participants: await listThreadParticipants(trx, { threadId: thread.id }),
        isAdvisorAuthor: districtRelation(actor, section.district_id) === 'advisor',
      });
      return { threadId: thread.id, number: thread.number, commentId: comment.id, mentions, concept, section, thread };
    });
}

/**
 * Changes the text of one's own comment (nobody edits someone else's) while its thread is open:
 * once a thread is erledigt — for an advisor's hint, with the district's disposition — its
 * words stay as they were answered (the Stellungnahme table shows hint and disposition side by
 * side). Throws not_found, forbidden (someone else's comment, an erledigt thread, or the concept
 * is adopted), invalid_input.
 */
export async function editComment(actor: Actor, input: unknown) {
  const values = parseInput(editCommentSchema, input);
  return getDb()
    .transaction()
    .execute(async (trx) => {
      const { comment, thread, section, concept } = await loadComment(trx, actor, values.commentId, 'review.comment');
      if (comment.authorId !== actor.userId) throw new AppError('forbidden', 'Sie können nur Ihre eigenen Kommentare ändern.');
      if (thread.isResolved) {
        throw new AppError('forbidden', 'Dieser Kommentar ist erledigt und bleibt so, wie er beantwortet wurde. Schreiben Sie stattdessen eine Antwort.');
      }
      const mentions = await checkMentions(trx, concept, values.mentions);
      await updateCommentBody(trx, { commentId: comment.id, body: values.body, mentions });
      // A mention added while changing the comment is told like one in a new comment; the others already were.
      const before = new Set(comment.mentions);
      await noticeMentions(trx, actor, {
        concept,
        sectionKey: section.key,
        sectionLabel: sectionLabel(concept, section.key),
        threadId: thread.id,
        mentions: mentions.filter((id) => !before.has(id)),
      });
      await auditThread(trx, actor, 'comment.edit', { thread, section, concept });
      return { commentId: comment.id };
    });
}

/**
 * Marks a thread as erledigt. A hint of the advisor is resolved by the district with its
 * disposition (übernommen / teilweise übernommen / nicht übernommen) and a short reason — the
 * line of the Stellungnahme table; other threads are resolved by anyone who may comment.
 * Throws not_found, forbidden (advisor resolving an advisor's hint, state), invalid_input.
 */
export async function resolveThread(actor: Actor, input: unknown) {
  const values = parseInput(resolveThreadSchema, input);
  return getDb()
    .transaction()
    .execute(async (trx) => {
      const found = await findThreadForUpdate(trx, { threadId: values.threadId });
      if (!found) throw new AppError('not_found');
      const needsDisposition = found.authorRole === 'advisor';
      const { thread, section, concept } = await loadThread(trx, actor, values.threadId, needsDisposition ? 'review.disposition' : 'review.resolve');
      if (thread.isResolved) throw new AppError('invalid_input', 'Dieser Kommentar ist bereits erledigt.');
      let disposition: Disposition | null = null;
      let reason: string | null = null;
      if (needsDisposition) {
        const fields: Record<string, string> = {};
        if (!values.disposition) fields.disposition = 'Bitte wählen Sie, wie mit dem Hinweis der Beratung umgegangen wurde.';
        if (!values.reason || values.reason.length < 3) fields.reason = 'Bitte begründen Sie kurz, wie der Hinweis berücksichtigt wurde.';
        if (Object.keys(fields).length > 0) throw new AppError('invalid_input', 'Bitte prüfen Sie die markierten Angaben.', { fields });
        disposition = values.disposition!;
        reason = values.reason!;
      }
      await setThreadResolved(trx, { threadId: thread.id, isResolved: true, userId: actor.userId, disposition, reason });
      await auditThread(trx, actor, 'comment.resolve', { thread, section, concept }, { disposition, reason });
      await noticeResolved(trx, actor, {
        concept,
        sectionKey: section.key,
        sectionLabel: sectionLabel(concept, section.key),
        threadId: thread.id,
        threadNumber: thread.number,
        authorId: thread.createdBy,
        dispositionLabel: disposition ? DISPOSITION_LABELS[disposition] : null,
      });
      return { threadId: thread.id, disposition, concept, section, thread };
    });
}

/** What reopening a thread needs: clearing a recorded disposition is the district's decision, like recording it. */
export function reopenAction(thread: Pick<ThreadRow, 'disposition'>): 'review.disposition' | 'review.resolve' {
  return thread.disposition ? 'review.disposition' : 'review.resolve';
}

/**
 * Opens an erledigt thread again (its disposition is cleared). A thread without a disposition:
 * anyone who may resolve it; an advisor's hint with the district's disposition: the district only
 * (the advisor answers in the thread instead). Throws not_found, forbidden, invalid_input.
 */
export async function reopenThread(actor: Actor, input: unknown) {
  const values = parseInput(threadSchema, input);
  return getDb()
    .transaction()
    .execute(async (trx) => {
      const found = await findThreadForUpdate(trx, { threadId: values.threadId });
      if (!found) throw new AppError('not_found');
      const { thread, section, concept } = await loadThread(trx, actor, values.threadId, reopenAction(found));
      if (!thread.isResolved) throw new AppError('invalid_input', 'Dieser Kommentar ist noch offen.');
      await setThreadResolved(trx, { threadId: thread.id, isResolved: false, userId: actor.userId, disposition: null, reason: null });
      await auditThread(trx, actor, 'comment.reopen', { thread, section, concept });
      return { threadId: thread.id, concept, section, thread };
    });
}

export type { ThreadRow };

export const redactCommentSchema = z.object({ commentId: idSchema });

/**
 * „Kommentar entfernen (Datenschutz)“: removes a comment's text for good, e.g. when someone wrote
 * a resident's name into it by mistake. Its place in the thread stays, marked as removed; the
 * audit entry records who removed it and when, never the text. Coordinators of the district, in
 * every state of the concept (also adopted). Throws not_found, forbidden, invalid_input.
 */
export async function redactComment(actor: Actor, input: unknown) {
  const values = parseInput(redactCommentSchema, input);
  return getDb()
    .transaction()
    .execute(async (trx) => {
      const { comment, thread, section, concept } = await loadComment(trx, actor, values.commentId, 'review.redact');
      if (comment.body === '') throw new AppError('invalid_input', 'Der Text dieses Kommentars ist bereits entfernt.');
      await redactCommentBody(trx, { commentId: comment.id, userId: actor.userId });
      await auditThread(trx, actor, 'comment.redact', { thread, section, concept });
      return { commentId: comment.id };
    });
}
