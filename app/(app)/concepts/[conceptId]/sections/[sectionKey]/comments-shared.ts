import type { listSectionComments } from '@/lib/comments/list-comments';
import type { ActionResult } from '@/lib/shared/action-result';

/** What the parts of the comments panel share: the data they show and how they call the server. */

export type Comments = Awaited<ReturnType<typeof listSectionComments>>;
export type Thread = Comments['threads'][number];
export type Person = Comments['mentionable'][number];

/** Where the comment actions revalidate: the section's page. */
export interface Where {
  conceptId: string;
  sectionKey: string;
}

/** Takes an action's result into the panel and announces `success`; answers the error to show, or null. */
export type Apply = (result: ActionResult<Comments>, success: string) => string | null;

const UNREACHABLE = 'Der Server ist gerade nicht erreichbar. Ihr Text ist noch da – bitte versuchen Sie es gleich noch einmal.';

/**
 * Calls a comment action; a lost connection (the call itself fails) becomes an ordinary error
 * result, so the form stays usable and keeps what was typed instead of hanging on „Wird gespeichert …“.
 */
export async function reach(call: () => Promise<ActionResult<Comments>>): Promise<ActionResult<Comments>> {
  try {
    return await call();
  } catch {
    return { ok: false, error: { code: 'internal', message: UNREACHABLE } };
  }
}

/**
 * Whether the panel may place the focus after a form closed: only when it was lost (on the page body)
 * or is still in the panel. Someone who has meanwhile clicked into the text keeps the caret there.
 */
export function focusIsFree(): boolean {
  const active = document.activeElement;
  return !active || active === document.body || active.closest('#kommentare') !== null;
}
