import { getDb } from '../../db/client';
import type { Disposition } from '../../db/schema-review';
import type { Actor } from '../access';
import { AppError } from '../errors';
import { noticeResolved, sectionLabel } from '../review/notices';
import { parseInput } from '../shared/action-result';
import { resolveThreadSchema, threadSchema } from './comment-input';
import { DISPOSITION_LABELS } from './labels';
import { findThreadForUpdate, setThreadResolved } from './queries';
import { auditThread, loadThread, reopenAction } from './thread-context';

/** Closing a thread as erledigt (with the district's disposition for an advisor's hint) and opening it again. */

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
