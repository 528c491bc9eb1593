/**
 * Two texts of a section (old → new) as one rich-text document with the changes in it: deleted text
 * carries the mark `revisionDelete`, inserted text `revisionInsert`; a paragraph, heading or table row
 * that exists on one side only carries `attrs.revision` ('deleted' | 'inserted'). Formatting, lists
 * and tables stay as the editor stored them, so the export's own mapper renders the result: as Word
 * tracked changes (redline) or as marked passages (Synopse). Pure; no database.
 *
 * Guarantee: `projectDoc(mergeDocs(a, b), 'old')` (sides.ts) has the text of `a` and `…'new'` the text and the
 * structure of `b` — accepting every change in Word gives the new Fassung, rejecting every change the old.
 * Blocks are aligned like the web comparison (lib/diff): exact blocks first, the rest paired by word
 * similarity; paired paragraphs get a word diff. Formatting-only changes are taken over silently.
 */
import { MAX_DIFF_WORK, SIMILARITY_THRESHOLD, diffWords } from '../../diff/word-diff';
import { OP_EQUAL, OP_INSERT, internAll, myersDiff } from '../../diff/myers';
import { isWord, tokenize } from '../../diff/tokenize';
import { docToPlainText } from '../../editor/text';
import type { TiptapDoc, TiptapNode } from '../../editor/types';

import { DELETED_MARK, INSERTED_MARK, type BlockRevision } from '../change-marks';

export { DELETED_MARK, INSERTED_MARK, blockRevision, type BlockRevision } from '../change-marks';

export const TEXTBLOCKS: ReadonlySet<string> = new Set(['paragraph', 'heading']);
/** Blocks whose own attrs say that they exist on one side only (Word: paragraph mark, table row). */
const REVISABLE = new Set(['paragraph', 'heading', 'tableRow']);
/** Unmatched blocks are paired with a partner this many blocks ahead at most (keeps long rewrites linear). */
const LOOKAHEAD = 12;

function withMark(node: TiptapNode, type: string): TiptapNode {
  return { ...node, marks: [...(node.marks ?? []), { type }] };
}

/** The whole node exists on one side only. */
function markAll(node: TiptapNode, revision: BlockRevision): TiptapNode {
  if (node.type === 'text' || node.type === 'hardBreak' || node.type === 'dataField') {
    return withMark(node, revision === 'inserted' ? INSERTED_MARK : DELETED_MARK);
  }
  const marked: TiptapNode = { ...node, ...(node.content ? { content: node.content.map((c) => markAll(c, revision)) } : {}) };
  if (REVISABLE.has(node.type)) marked.attrs = { ...node.attrs, revision };
  return marked;
}

function wordBag(text: string): Map<string, number> {
  const bag = new Map<string, number>();
  for (const t of tokenize(text.toLocaleLowerCase('de'))) if (isWord(t)) bag.set(t, (bag.get(t) ?? 0) + 1);
  return bag;
}

/** Dice coefficient of the two texts' words (as lib/diff pairs blocks). */
function similarity(a: TiptapNode, b: TiptapNode): number {
  const bagA = wordBag(docToPlainText(a));
  const bagB = wordBag(docToPlainText(b));
  let size = 0;
  let common = 0;
  for (const n of bagA.values()) size += n;
  for (const n of bagB.values()) size += n;
  if (size === 0) return 0;
  for (const [word, n] of bagA) common += Math.min(n, bagB.get(word) ?? 0);
  return (2 * common) / size;
}

/** Column layout of a row: cell count and spans must agree for cells to be compared one by one. */
const rowShape = (row: TiptapNode) => (row.content ?? []).map((c) => `${String(c.attrs?.colspan ?? 1)}x${String(c.attrs?.rowspan ?? 1)}`).join(',');
const hasRowspan = (table: TiptapNode) => (table.content ?? []).some((r) => (r.content ?? []).some((c) => Number(c.attrs?.rowspan ?? 1) > 1));
const columnCount = (table: TiptapNode) => (table.content?.[0]?.content ?? []).reduce((n, c) => n + Number(c.attrs?.colspan ?? 1), 0);

/** Whether two blocks can be shown as one edited block instead of a deletion and an insertion. */
function isPairable(a: TiptapNode, b: TiptapNode): boolean {
  if (a.type !== b.type) return false;
  switch (a.type) {
    case 'heading':
      return a.attrs?.level === b.attrs?.level;
    case 'tableRow':
      return rowShape(a) === rowShape(b);
    case 'table':
      // Rows of one side only must fit the other's grid: same columns, no cells spanning rows.
      return !hasRowspan(a) && !hasRowspan(b) && columnCount(a) === columnCount(b);
    default:
      return true;
  }
}

/** Blocks that must stay as they are for their container to stay valid (table cells), are paired by position. */
function mergeNode(a: TiptapNode, b: TiptapNode): TiptapNode {
  if (TEXTBLOCKS.has(b.type)) return { ...b, content: mergeInline(a.content ?? [], b.content ?? []) };
  if (b.type === 'tableRow') {
    const cellsA = a.content ?? [];
    return { ...b, content: (b.content ?? []).map((cell, i) => ({ ...cell, content: mergeBlocks(cellsA[i]?.content ?? [], cell.content ?? []) })) };
  }
  return { ...b, content: mergeBlocks(a.content ?? [], b.content ?? []) };
}

/** An unmatched stretch: similar blocks in order become edited blocks, the rest deleted or inserted. */
function pairStretch(dels: readonly TiptapNode[], ins: readonly TiptapNode[], out: TiptapNode[]): void {
  let j = 0;
  for (const a of dels) {
    let partner = -1;
    for (let k = j; k < Math.min(ins.length, j + LOOKAHEAD); k++) {
      const b = ins[k]!;
      // Rows keep their table's grid whatever their words: a row of the same shape at the same place is an edited row.
      if (isPairable(a, b) && (a.type === 'tableRow' || similarity(a, b) >= SIMILARITY_THRESHOLD)) {
        partner = k;
        break;
      }
    }
    if (partner === -1) {
      out.push(markAll(a, 'deleted'));
      continue;
    }
    while (j < partner) out.push(markAll(ins[j++]!, 'inserted'));
    out.push(mergeNode(a, ins[j++]!));
  }
  while (j < ins.length) out.push(markAll(ins[j++]!, 'inserted'));
}

function mergeBlocks(as: readonly TiptapNode[], bs: readonly TiptapNode[]): TiptapNode[] {
  const [ia, ib] = internAll(as.map((n) => JSON.stringify(n)), bs.map((n) => JSON.stringify(n)));
  const ops = myersDiff(ia, ib, { left: MAX_DIFF_WORK });
  const out: TiptapNode[] = [];
  if (!ops) {
    pairStretch(as, bs, out);
    return out;
  }
  let x = 0;
  let y = 0;
  let dels: TiptapNode[] = [];
  let ins: TiptapNode[] = [];
  const flush = () => {
    pairStretch(dels, ins, out);
    dels = [];
    ins = [];
  };
  for (const op of ops) {
    if (op === OP_EQUAL) {
      flush();
      out.push(bs[y++]!);
      x++;
    } else if (op === OP_INSERT) ins.push(bs[y++]!);
    else dels.push(as[x++]!);
  }
  flush();
  return out;
}

interface Piece {
  start: number;
  end: number;
  node: TiptapNode;
}

/**
 * Inline content as one string for the word diff: text as it is, a hard break as "\n", every other inline
 * node (a data field) as one private-use character of its own, so it is compared whole and never split.
 */
function encode(nodes: readonly TiptapNode[], atoms: Map<string, string>): { text: string; pieces: Piece[] } {
  let text = '';
  const pieces: Piece[] = [];
  for (const node of nodes) {
    let s: string;
    if (node.type === 'text') s = node.text ?? '';
    else if (node.type === 'hardBreak') s = '\n';
    else {
      const key = JSON.stringify({ type: node.type, attrs: node.attrs ?? null });
      s = atoms.get(key) ?? String.fromCharCode(0xe000 + atoms.size);
      atoms.set(key, s);
    }
    pieces.push({ start: text.length, end: text.length + s.length, node });
    text += s;
  }
  return { text, pieces };
}

/** The inline nodes covering [start, end), text nodes cut at the edges, with an extra mark if given. */
function slice(pieces: readonly Piece[], start: number, end: number, mark: string | undefined, out: TiptapNode[]): void {
  for (const piece of pieces) {
    if (piece.end <= start || piece.start >= end) continue;
    let node = piece.node;
    if (node.type === 'text') {
      const text = (node.text ?? '').slice(Math.max(start, piece.start) - piece.start, Math.min(end, piece.end) - piece.start);
      if (text === '') continue;
      node = { ...node, text };
    } else if (piece.start < start) continue;
    out.push(mark ? withMark(node, mark) : node);
  }
}

function mergeInline(a: readonly TiptapNode[], b: readonly TiptapNode[]): TiptapNode[] {
  const atoms = new Map<string, string>();
  const old = encode(a, atoms);
  const neu = encode(b, atoms);
  const out: TiptapNode[] = [];
  let pa = 0;
  let pb = 0;
  for (const segment of diffWords(old.text, neu.text)) {
    const length = segment.text.length;
    if (segment.type === 'equal') {
      // Unchanged words in their new formatting.
      slice(neu.pieces, pb, pb + length, undefined, out);
      pa += length;
      pb += length;
    } else if (segment.type === 'delete') {
      slice(old.pieces, pa, pa + length, DELETED_MARK, out);
      pa += length;
    } else {
      slice(neu.pieces, pb, pb + length, INSERTED_MARK, out);
      pb += length;
    }
  }
  return out;
}

/** One section's old and new text as one document with the changes marked (see the module comment). */
export function mergeDocs(a: TiptapDoc, b: TiptapDoc): TiptapDoc {
  return { ...b, type: 'doc', content: mergeBlocks(a.content ?? [], b.content ?? []) };
}
