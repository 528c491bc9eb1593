'use server';

import { requireActor } from '@/app/_lib/session';
import { listSectionComments } from '@/lib/comments/list-comments';
import { redactComment } from '@/lib/comments/redact-comment';
import { reopenThread, resolveThread } from '@/lib/comments/resolve-threads';
import { addComment, editComment, replyToComment } from '@/lib/comments/write-comments';
import { giveVerdict } from '@/lib/review/give-verdict';
import { toActionResult } from '@/lib/shared/action-result';
import type { Actor } from '@/lib/access';
import type { Where } from './comments-shared';

/**
 * Runs one comment use case and answers with the section's threads as they are now, so the
 * panel shows the result without reloading the page (which would also reload the editor).
 */
async function thenList(where: Where, run: (actor: Actor) => Promise<unknown>) {
  return toActionResult(async () => {
    const actor = await requireActor();
    await run(actor);
    return listSectionComments(actor, where.conceptId, where.sectionKey);
  });
}

export async function addCommentAction(where: Where, input: { sectionId: string; body: string; mentions: string[]; range?: { revision: number; start: number; end: number } }) {
  return thenList(where, (actor) => addComment(actor, input));
}

export async function replyAction(where: Where, input: { threadId: string; body: string; mentions: string[] }) {
  return thenList(where, (actor) => replyToComment(actor, input));
}

export async function editCommentAction(where: Where, input: { commentId: string; body: string; mentions: string[] }) {
  return thenList(where, (actor) => editComment(actor, input));
}

export async function resolveThreadAction(where: Where, input: { threadId: string; disposition?: string; reason?: string }) {
  return thenList(where, (actor) => resolveThread(actor, input));
}

export async function redactCommentAction(where: Where, input: { commentId: string }) {
  return thenList(where, (actor) => redactComment(actor, input));
}

export async function reopenThreadAction(where: Where, input: { threadId: string }) {
  return thenList(where, (actor) => reopenThread(actor, input));
}

export async function giveVerdictAction(input: { sectionId: string; verdict: string; note: string }) {
  return toActionResult(async () => {
    const result = await giveVerdict(await requireActor(), input);
    return { verdict: result.verdict, versionNumber: result.versionNumber };
  });
}
