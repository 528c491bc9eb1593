/**
 * Block-level comparison of two revisions: blocks (paragraphs, list items,
 * table rows, …) are aligned by an edit script over their exact texts; the
 * unmatched stretches in between are paired by word similarity, so an edited
 * paragraph shows word changes instead of a deleted and an inserted paragraph.
 */
import { docToBlocks, type TextBlock, type TextBlockKind } from '../editor/text';
import type { TiptapDoc } from '../editor/types';
import { OP_EQUAL, OP_INSERT, internAll, myersDiff } from './myers';
import { countWords, isWord, tokenize } from './tokenize';
import { MAX_DIFF_WORK, diffTextWithin, type DiffSegment } from './text-diff';
import type { WorkBudget } from './myers';

export type BlockStatus = 'equal' | 'changed' | 'inserted' | 'deleted';

export interface BlockDiff {
  /** Kind of the new block (of the old one for deleted blocks). */
  kind: TextBlockKind;
  depth?: number;
  status: BlockStatus;
  segments: DiffSegment[];
}

/** Blocks sharing at least this share of words (Dice coefficient) count as the same block, edited. */
export const SIMILARITY_THRESHOLD = 0.4;
/** Up to this many candidate pairs the pairing is optimal (DP); above it, greedy with a look-ahead. */
const MAX_PAIRING_CELLS = 40_000;
const GREEDY_LOOKAHEAD = 10;

type Bag = Map<string, number>;

function wordBag(text: string): Bag {
  const bag: Bag = new Map();
  for (const t of tokenize(text.toLocaleLowerCase('de'))) if (isWord(t)) bag.set(t, (bag.get(t) ?? 0) + 1);
  return bag;
}

function similarity(a: Bag, b: Bag): number {
  let sizeA = 0;
  let sizeB = 0;
  let common = 0;
  for (const n of a.values()) sizeA += n;
  for (const n of b.values()) sizeB += n;
  if (sizeA + sizeB === 0) return 0;
  for (const [word, n] of a) common += Math.min(n, b.get(word) ?? 0);
  return (2 * common) / (sizeA + sizeB);
}

const withDepth = (block: TextBlock) => (block.depth === undefined ? {} : { depth: block.depth });
const equal = (b: TextBlock): BlockDiff => ({ kind: b.kind, ...withDepth(b), status: 'equal', segments: seg('equal', b.text) });
const deleted = (b: TextBlock): BlockDiff => ({ kind: b.kind, ...withDepth(b), status: 'deleted', segments: seg('delete', b.text) });
const inserted = (b: TextBlock): BlockDiff => ({ kind: b.kind, ...withDepth(b), status: 'inserted', segments: seg('insert', b.text) });
const changed = (a: TextBlock, b: TextBlock, budget: WorkBudget): BlockDiff => ({
  kind: b.kind,
  ...withDepth(b),
  status: 'changed',
  segments: diffTextWithin(a.text, b.text, budget),
});

function seg(type: DiffSegment['type'], text: string): DiffSegment[] {
  return text === '' ? [] : [{ type, text }];
}

/** Pairs similar blocks of one unmatched stretch, keeping both orders. */
function pairStretch(dels: readonly TextBlock[], ins: readonly TextBlock[], budget: WorkBudget): BlockDiff[] {
  if (dels.length === 0 || ins.length === 0) return [...dels.map(deleted), ...ins.map(inserted)];
  const bagsA = dels.map((b) => wordBag(b.text));
  const bagsB = ins.map((b) => wordBag(b.text));
  const sim = (i: number, j: number) => similarity(bagsA[i]!, bagsB[j]!);
  const p = dels.length;
  const q = ins.length;
  if (p * q > MAX_PAIRING_CELLS) {
    const out: BlockDiff[] = [];
    let j = 0;
    dels.forEach((a, i) => {
      let best = -1;
      for (let k = j; k < Math.min(q, j + GREEDY_LOOKAHEAD); k++) if (sim(i, k) >= SIMILARITY_THRESHOLD) { best = k; break; }
      if (best === -1) return void out.push(deleted(a));
      while (j < best) out.push(inserted(ins[j++]!));
      out.push(changed(a, ins[j++]!, budget));
    });
    while (j < q) out.push(inserted(ins[j++]!));
    return out;
  }
  // score[i][j]: best total similarity pairing dels[0..i) with ins[0..j) in order.
  const w = q + 1;
  const score = new Float64Array((p + 1) * w);
  const pairScore = new Float64Array(p * q);
  for (let i = 1; i <= p; i++) {
    for (let j = 1; j <= q; j++) {
      const s = sim(i - 1, j - 1);
      pairScore[(i - 1) * q + j - 1] = s;
      const diag = s >= SIMILARITY_THRESHOLD ? score[(i - 1) * w + j - 1]! + s : -1;
      score[i * w + j] = Math.max(score[(i - 1) * w + j]!, score[i * w + j - 1]!, diag);
    }
  }
  const reversed: BlockDiff[] = [];
  let i = p;
  let j = q;
  while (i > 0 || j > 0) {
    const s = i > 0 && j > 0 ? pairScore[(i - 1) * q + j - 1]! : 0;
    if (i > 0 && j > 0 && s >= SIMILARITY_THRESHOLD && score[i * w + j] === score[(i - 1) * w + j - 1]! + s) {
      reversed.push(changed(dels[--i]!, ins[--j]!, budget));
    } else if (j > 0 && (i === 0 || score[i * w + j] === score[i * w + j - 1])) {
      reversed.push(inserted(ins[--j]!));
    } else {
      reversed.push(deleted(dels[--i]!));
    }
  }
  return reversed.reverse();
}

/** Readable block-by-block comparison of two documents (old → new). */
export function diffDocs(a: TiptapDoc, b: TiptapDoc): BlockDiff[] {
  const blocksA = docToBlocks(a);
  const blocksB = docToBlocks(b);
  const key = (blk: TextBlock) => `${blk.kind}\u0000${blk.depth ?? ''}\u0000${blk.text}`;
  const [ia, ib] = internAll(blocksA.map(key), blocksB.map(key));
  const ops = myersDiff(ia, ib, { left: MAX_DIFF_WORK });
  // One budget for all word diffs: a rewrite of every paragraph of a long section stays bounded too.
  const budget: WorkBudget = { left: MAX_DIFF_WORK };
  const out: BlockDiff[] = [];
  if (!ops) return pairStretch(blocksA, blocksB, budget);
  let x = 0;
  let y = 0;
  let dels: TextBlock[] = [];
  let ins: TextBlock[] = [];
  const flush = () => {
    out.push(...pairStretch(dels, ins, budget));
    dels = [];
    ins = [];
  };
  for (const op of ops) {
    if (op === OP_EQUAL) {
      flush();
      out.push(equal(blocksB[y++]!));
      x++;
    } else if (op === OP_INSERT) ins.push(blocksB[y++]!);
    else dels.push(blocksA[x++]!);
  }
  flush();
  return out;
}

/** Word counts for a summary line like „12 Wörter eingefügt, 3 gelöscht“. */
export function summariseDiff(blocks: readonly BlockDiff[]): { insertedWords: number; deletedWords: number } {
  let insertedWords = 0;
  let deletedWords = 0;
  for (const block of blocks) {
    for (const s of block.segments) {
      if (s.type === 'insert') insertedWords += countWords(s.text);
      else if (s.type === 'delete') deletedWords += countWords(s.text);
    }
  }
  return { insertedWords, deletedWords };
}
