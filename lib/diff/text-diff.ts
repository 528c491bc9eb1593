/**
 * Word-level diff of two texts (core of lib/diff/word-diff.ts, the public entry).
 *
 * Guarantees: concatenating the `equal` and `delete` segments gives `a`,
 * `equal` and `insert` gives `b`; no two neighbours have the same type; no
 * empty segments; within a change, the deletion comes before the insertion.
 *
 * Bounds (texts can have 150 000 characters): after cutting the common start
 * and end, at most MAX_DIFF_TOKENS tokens go into Myers (linear memory), which
 * gives up after half of MAX_DIFF_WORK steps (time O(tokens × edits); small
 * edits in long texts stay cheap). Beyond either bound the texts are compared
 * line by line (paragraphs, list items and table cells are lines in
 * docToPlainText), and each changed line range small enough is then refined
 * word by word while the remaining budget lasts. If even the lines exceed the
 * bounds, the differing middle is shown as one deletion plus one insertion.
 */
import { OP_DELETE, OP_EQUAL, OP_INSERT, internAll, myersDiff, type Op, type WorkBudget } from './myers';
import { splitLines, tokenize } from './tokenize';

export interface DiffSegment {
  type: 'equal' | 'insert' | 'delete';
  text: string;
}

export const MAX_DIFF_TOKENS = 20_000;
/** Roughly 0.2–0.4 s of work in Node/V8 in the worst case (long texts rewritten completely). */
export const MAX_DIFF_WORK = 6_000_000;

const TYPES: Record<Op, DiffSegment['type']> = { [OP_EQUAL]: 'equal', [OP_DELETE]: 'delete', [OP_INSERT]: 'insert' };

function commonEnds(ta: readonly string[], tb: readonly string[]): [start: number, end: number] {
  let start = 0;
  while (start < ta.length && start < tb.length && ta[start] === tb[start]) start++;
  let end = 0;
  while (end < ta.length - start && end < tb.length - start && ta[ta.length - 1 - end] === tb[tb.length - 1 - end]) {
    end++;
  }
  return [start, end];
}

/** Last resort: unchanged start and end, everything between as one replacement. */
function replaceMiddle(ta: readonly string[], tb: readonly string[]): DiffSegment[] {
  const [start, end] = commonEnds(ta, tb);
  return [
    { type: 'equal', text: ta.slice(0, start).join('') },
    { type: 'delete', text: ta.slice(start, ta.length - end).join('') },
    { type: 'insert', text: tb.slice(start, tb.length - end).join('') },
    { type: 'equal', text: ta.slice(ta.length - end).join('') },
  ];
}

/** Token (or line) sequences → raw segments, or null if over the bounds. */
function diffSequences(ta: readonly string[], tb: readonly string[], budget: WorkBudget): DiffSegment[] | null {
  const [start, end] = commonEnds(ta, tb);
  const ma = ta.slice(start, ta.length - end);
  const mb = tb.slice(start, tb.length - end);
  if (ma.length + mb.length > MAX_DIFF_TOKENS) return null;
  const [ia, ib] = internAll(ma, mb);
  const ops = myersDiff(ia, ib, budget);
  if (!ops) return null;
  const out: DiffSegment[] = [{ type: 'equal', text: ta.slice(0, start).join('') }];
  let x = 0;
  let y = 0;
  for (const op of ops) {
    const text = op === OP_INSERT ? mb[y++]! : ma[x++]!;
    if (op === OP_EQUAL) y++;
    out.push({ type: TYPES[op], text });
  }
  out.push({ type: 'equal', text: ta.slice(ta.length - end).join('') });
  return out;
}

function diffByLines(a: string, b: string, budget: WorkBudget): DiffSegment[] {
  const la = splitLines(a);
  const lb = splitLines(b);
  const lines = diffSequences(la, lb, budget);
  if (!lines) return replaceMiddle(la, lb);
  const out: DiffSegment[] = [];
  for (const change of groupChanges(lines)) {
    if (change.type !== 'change') out.push(change);
    else {
      const refined = diffSequences(tokenize(change.deleted), tokenize(change.inserted), budget);
      out.push(...(refined ?? [{ type: 'delete', text: change.deleted }, { type: 'insert', text: change.inserted }]));
    }
  }
  return out;
}

type Group = DiffSegment | { type: 'change'; deleted: string; inserted: string };

/**
 * Merges neighbours of the same type and folds whitespace-only equal segments
 * between two changes into the change ("bellt laut" → "schläft leise" reads as
 * one replacement, not as two replacements around an unchanged space).
 */
function groupChanges(segments: readonly DiffSegment[]): Group[] {
  const nonEmpty = segments.filter((s) => s.text !== '');
  const groups: Group[] = [];
  for (let i = 0; i < nonEmpty.length; i++) {
    const seg = nonEmpty[i]!;
    const last = groups[groups.length - 1];
    const between =
      seg.type === 'equal' &&
      /^\s+$/u.test(seg.text) &&
      last?.type === 'change' &&
      nonEmpty[i + 1] !== undefined &&
      nonEmpty[i + 1]!.type !== 'equal';
    if (seg.type === 'equal' && !between) {
      if (last?.type === 'equal') last.text += seg.text;
      else groups.push({ type: 'equal', text: seg.text });
      continue;
    }
    const change = last?.type === 'change' ? last : { type: 'change' as const, deleted: '', inserted: '' };
    if (change !== last) groups.push(change);
    if (seg.type !== 'insert') change.deleted += seg.text;
    if (seg.type !== 'delete') change.inserted += seg.text;
  }
  return groups;
}

function toSegments(groups: readonly Group[]): DiffSegment[] {
  const out: DiffSegment[] = [];
  for (const g of groups) {
    if (g.type !== 'change') out.push(g);
    else {
      if (g.deleted !== '') out.push({ type: 'delete', text: g.deleted });
      if (g.inserted !== '') out.push({ type: 'insert', text: g.inserted });
    }
  }
  return out;
}

/** diffWords with a caller-owned work budget, so several diffs (one per block) can share one bound. */
export function diffTextWithin(a: string, b: string, budget: WorkBudget): DiffSegment[] {
  if (a === b) return a === '' ? [] : [{ type: 'equal', text: a }];
  // The word attempt may use half of what is left; the rest stays for the line fallback.
  const share: WorkBudget = { left: Math.floor(budget.left / 2) };
  const start = share.left;
  const words = diffSequences(tokenize(a), tokenize(b), share);
  budget.left -= start - share.left;
  return toSegments(groupChanges(words ?? diffByLines(a, b, budget)));
}

/** Word-level diff of a → b (see the module comment for guarantees and bounds). */
export function diffWords(a: string, b: string): DiffSegment[] {
  return diffTextWithin(a, b, { left: MAX_DIFF_WORK });
}
