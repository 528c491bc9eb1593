import type { Db } from '../../db/client';
import type { TiptapDoc } from '../editor/types';
import { findRevision } from '../sections/queries';
import { anchorMover } from './anchor';
import { listRangeThreads, updateThreadAnchor } from './queries';
import { buildTextMap } from './text-map';

/**
 * Moves every range comment of a section onto a new revision (all revision kinds: saves,
 * restores, imports). Runs inside the transaction that appends the revision, under the section
 * row lock, so anchors and text never disagree. A comment whose text is gone is marked detached
 * with its quote — never dropped. Costs one query when the section has no range comments.
 */
export async function moveCommentAnchors(trx: Db, input: { sectionId: string; newRevision: number; newContent: TiptapDoc }): Promise<void> {
  const threads = await listRangeThreads(trx, { sectionId: input.sectionId });
  if (threads.length === 0) return;
  const newText = buildTextMap(input.newContent).text;
  // One diff per old revision (usually all anchors sit on the previous head), however many comments.
  const movers = new Map<number, ReturnType<typeof anchorMover>>();
  for (const thread of threads) {
    const anchor = thread.anchor;
    if (!anchor || anchor.revision >= input.newRevision) continue;
    let mover = movers.get(anchor.revision);
    if (mover === undefined) {
      const old = await findRevision(trx, { sectionId: input.sectionId, number: anchor.revision });
      mover = anchorMover(old ? buildTextMap(old.content as unknown as TiptapDoc).text : '', newText);
      movers.set(anchor.revision, mover);
    }
    const moved = mover(anchor, { isDetached: thread.isDetached });
    await updateThreadAnchor(trx, {
      threadId: thread.id,
      anchor: { revision: input.newRevision, ...moved.position },
      isDetached: moved.isDetached,
    });
  }
}
