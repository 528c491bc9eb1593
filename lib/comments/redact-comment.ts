import { getDb } from '../../db/client';
import type { Actor } from '../access';
import { AppError } from '../errors';
import { parseInput } from '../shared/action-result';
import { redactCommentSchema } from './comment-input';
import { redactCommentBody } from './queries';
import { auditThread, loadComment } from './thread-context';

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
