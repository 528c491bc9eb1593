import { getDb, type Db } from '../../db/client';
import type { CommentAuthorRole } from '../../db/schema-review';
import { districtRelation, type Actor } from '../access';
import type { TiptapDoc } from '../editor/types';
import { AppError } from '../errors';
import { noticeComment, noticeMentions, sectionLabel } from '../review/notices';
import { loadSection } from '../sections/load-section';
import { findRevision } from '../sections/queries';
import { parseInput } from '../shared/action-result';
import { MAX_QUOTE_CHARS, describeRange, reanchor } from './anchor';
import { addCommentSchema, editCommentSchema, replySchema } from './comment-input';
import { insertComment, insertThread, listThreadParticipants, lockConceptThreads, nextThreadNumber, updateCommentBody } from './queries';
import { buildTextMap } from './text-map';
import { auditThread, checkMentions, loadComment, loadThread } from './thread-context';

/** Writing comments: a new thread, a reply in a thread, changing one's own comment. */

function authorRole(actor: Actor, districtId: string): CommentAuthorRole {
  const relation = districtRelation(actor, districtId);
  if (relation === 'none') throw new AppError('not_found');
  return relation;
}

type SectionAndConcept = Pick<Awaited<ReturnType<typeof loadSection>>, 'section' | 'concept'>;

/** Tells the people concerned about a new thread or a reply in one (who they are: noticeComment). */
async function noticeNewComment(
  trx: Db,
  actor: Actor,
  { section, concept }: SectionAndConcept,
  thread: { id: string; number: number },
  who: Pick<Parameters<typeof noticeComment>[2], 'mentions' | 'participants' | 'isAdvisorAuthor'>,
) {
  await noticeComment(trx, actor, {
    concept,
    section,
    sectionLabel: sectionLabel(concept, section.key),
    threadId: thread.id,
    threadNumber: thread.number,
    ...who,
  });
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
      await noticeNewComment(trx, actor, { section, concept }, thread, { mentions, participants: null, isAdvisorAuthor: role === 'advisor' });
      return { threadId: thread.id, number: thread.number, commentId: comment.id, mentions, concept, section, role };
    });
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
      await noticeNewComment(trx, actor, { section, concept }, thread, {
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
