/**
 * The two sides of a merged document (tracked-doc.ts): what was there before (accept nothing, reject every
 * change) and what is there now (accept every change). The Synopse shows each side in its column.
 */
import type { TiptapDoc, TiptapMark, TiptapNode } from '../../editor/types';
import { DELETED_MARK, INSERTED_MARK, TEXTBLOCKS, blockRevision, type BlockRevision } from './tracked-doc';

export type Side = 'old' | 'new';

/** Whether a merged node holds any change. */
export function hasChanges(node: TiptapNode | TiptapDoc): boolean {
  if (blockRevision(node as TiptapNode)) return true;
  if ((node as TiptapNode).marks?.some((m) => m.type === INSERTED_MARK || m.type === DELETED_MARK)) return true;
  return (node.content ?? []).some(hasChanges);
}

const ownMark = (side: Side) => (side === 'old' ? DELETED_MARK : INSERTED_MARK);
const otherMark = (side: Side) => (side === 'old' ? INSERTED_MARK : DELETED_MARK);
const otherRevision = (side: Side): BlockRevision => (side === 'old' ? 'inserted' : 'deleted');

function withoutRevision(node: TiptapNode): TiptapNode {
  if (!node.attrs || !('revision' in node.attrs)) return node;
  const attrs = { ...node.attrs };
  delete attrs.revision;
  const out: TiptapNode = { ...node, attrs };
  if (Object.keys(attrs).length === 0) delete out.attrs;
  return out;
}

function projectNode(node: TiptapNode, side: Side, keepMarks: boolean): TiptapNode | null {
  if (node.marks?.some((m) => m.type === otherMark(side))) return null;
  if (blockRevision(node) === otherRevision(side)) return null;
  let out: TiptapNode = keepMarks ? node : withoutRevision(node);
  if (!keepMarks && node.marks?.some((m) => m.type === ownMark(side))) {
    const marks: TiptapMark[] = node.marks.filter((m) => m.type !== ownMark(side));
    out = { ...out, marks };
    if (marks.length === 0) delete out.marks;
  }
  if (!node.content) return out;
  const content = node.content.map((c) => projectNode(c, side, keepMarks)).filter((c): c is TiptapNode => c !== null);
  // A container left without content existed on the other side only (a list of new items, a new table).
  if (content.length === 0 && node.content.length > 0 && !TEXTBLOCKS.has(node.type)) {
    if (node.type === 'tableCell' || node.type === 'tableHeader') return { ...out, content: [{ type: 'paragraph' }] };
    return null;
  }
  return { ...out, content };
}

/** One block of a merged document on one side (null: the block exists on the other side only); see projectDoc. */
export function projectBlock(node: TiptapNode, side: Side, { keepMarks = false }: { keepMarks?: boolean } = {}): TiptapNode | null {
  return projectNode(node, side, keepMarks);
}

/**
 * One side of a merged document: 'old' drops what was inserted, 'new' what was deleted. With `keepMarks`
 * the side's own changes keep their marks (the Synopse shows them), otherwise the text is plain.
 */
export function projectDoc(merged: TiptapDoc, side: Side, { keepMarks = false }: { keepMarks?: boolean } = {}): TiptapDoc {
  const content = (merged.content ?? []).map((c) => projectNode(c, side, keepMarks)).filter((c): c is TiptapNode => c !== null);
  return { ...merged, content };
}
