/**
 * Range anchors that survive edits, in the shape of the W3C Web Annotation selectors: a
 * text-position selector (offsets in the section's plain text, lib/comments/text-map.ts) and a
 * text-quote selector (the exact quote with a little context before and after).
 *
 * On every new revision an anchor is moved: first through the word diff between the two texts,
 * narrowed to the characters that changed (an edit elsewhere only shifts it; an edit inside keeps
 * it on the edited passage as long as most of it survives), then — when that fails — by looking
 * for the quote with its context, as annotators such as Hypothesis do. When neither finds it, the
 * comment is detached and keeps its quote; a later revision that brings the text back attaches it
 * again. Pure and browser-safe.
 */
import type { RangeAnchor } from '../../db/schema-review';
import { diffWords, type DiffSegment } from '../diff/word-diff';

export const CONTEXT_CHARS = 32;
export const MAX_QUOTE_CHARS = 2000;
/** Share of the quoted characters that must survive an edit for the comment to stay on the passage. */
const MIN_SURVIVING = 0.5;

export type AnchorPosition = Omit<RangeAnchor, 'revision'>;

/** The selectors of [start, end) in `text`, or null when the range is empty or out of bounds. */
export function describeRange(text: string, start: number, end: number): AnchorPosition | null {
  if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end > text.length || end <= start) return null;
  const exact = text.slice(start, end);
  if (exact.trim() === '') return null;
  return {
    start,
    end,
    exact,
    prefix: text.slice(Math.max(0, start - CONTEXT_CHARS), start),
    suffix: text.slice(end, end + CONTEXT_CHARS),
  };
}

interface Mapped {
  start: number;
  end: number;
  /** Characters of the old range that are still there (not deleted). */
  surviving: number;
}

const isHighSurrogate = (text: string, i: number) => text.charCodeAt(i) >= 0xd800 && text.charCodeAt(i) <= 0xdbff;
const isLowSurrogate = (text: string, i: number) => text.charCodeAt(i) >= 0xdc00 && text.charCodeAt(i) <= 0xdfff;

/**
 * The word diff with every change narrowed to the characters that differ: the word diff replaces
 * whole words, so a quote that is part of a word (its first letter, say) has nothing left to follow
 * when text is typed next to it inside that word. The characters a change's old and new text share
 * at its start and end are kept as unchanged (never half of a surrogate pair).
 */
function narrowChanges(segments: readonly DiffSegment[]): DiffSegment[] {
  const out: DiffSegment[] = [];
  const push = (type: DiffSegment['type'], text: string) => {
    if (text !== '') out.push({ type, text });
  };
  for (let i = 0; i < segments.length; ) {
    if (segments[i]!.type === 'equal') {
      push('equal', segments[i]!.text);
      i++;
      continue;
    }
    let removed = '';
    let inserted = '';
    for (; i < segments.length && segments[i]!.type !== 'equal'; i++) {
      if (segments[i]!.type === 'delete') removed += segments[i]!.text;
      else inserted += segments[i]!.text;
    }
    let head = commonPrefixLength(removed, inserted);
    if (head > 0 && isHighSurrogate(removed, head - 1)) head--;
    let tail = Math.min(commonSuffixLength(removed, inserted), removed.length - head, inserted.length - head);
    if (tail > 0 && isLowSurrogate(removed, removed.length - tail)) tail--;
    push('equal', removed.slice(0, head));
    push('delete', removed.slice(head, removed.length - tail));
    push('insert', inserted.slice(head, inserted.length - tail));
    push('equal', removed.slice(removed.length - tail));
  }
  return out;
}

/** Maps [start, end) of the old text into the new text through their diff. */
function mapThroughDiff(segments: readonly DiffSegment[], start: number, end: number): Mapped {
  let a = 0;
  let b = 0;
  let newStart: number | undefined;
  let newEnd: number | undefined;
  let surviving = 0;
  for (const segment of segments) {
    const length = segment.text.length;
    if (segment.type === 'insert') {
      b += length;
      continue;
    }
    const segStart = a;
    const segEnd = a + length;
    const overlap = Math.max(0, Math.min(end, segEnd) - Math.max(start, segStart));
    if (segment.type === 'equal') {
      surviving += overlap;
      if (newStart === undefined && start >= segStart && start < segEnd) newStart = b + (start - segStart);
      if (newEnd === undefined && end > segStart && end <= segEnd) newEnd = b + (end - segStart);
      b += length;
    } else {
      // Deleted text maps to where it was; the range shrinks onto what is left.
      if (newStart === undefined && start >= segStart && start < segEnd) newStart = b;
      if (newEnd === undefined && end > segStart && end <= segEnd) newEnd = b;
    }
    a = segEnd;
  }
  return { start: newStart ?? b, end: newEnd ?? b, surviving };
}

function commonSuffixLength(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[a.length - 1 - n] === b[b.length - 1 - n]) n++;
  return n;
}

function commonPrefixLength(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[n] === b[n]) n++;
  return n;
}

type Quote = Pick<AnchorPosition, 'exact' | 'prefix' | 'suffix'>;

/** How many characters of the recorded context surround the quote at `at`. */
function contextScore(text: string, anchor: Quote, at: number): number {
  const before = text.slice(Math.max(0, at - anchor.prefix.length), at);
  const after = text.slice(at + anchor.exact.length, at + anchor.exact.length + anchor.suffix.length);
  return commonSuffixLength(before, anchor.prefix) + commonPrefixLength(after, anchor.suffix);
}

/** The occurrence of the quote in [from, to] (start offsets) whose context matches best (ties: nearest to `near`). */
function bestOccurrence(text: string, anchor: Quote, near: number, from = 0, to = text.length): { at: number; score: number } | null {
  let best: { at: number; score: number; distance: number } | null = null;
  for (let at = text.indexOf(anchor.exact, Math.max(0, from)); at !== -1 && at <= to; at = text.indexOf(anchor.exact, at + 1)) {
    const score = contextScore(text, anchor, at);
    const distance = Math.abs(at - near);
    if (!best || score > best.score || (score === best.score && distance < best.distance)) best = { at, score, distance };
  }
  return best && { at: best.at, score: best.score };
}

/** The occurrence of the quote whose context matches best (ties: nearest to `near`), or -1. */
export function findQuote(text: string, anchor: Quote, near: number): number {
  return bestOccurrence(text, anchor, near)?.at ?? -1;
}

function occursMoreThanOnce(text: string, exact: string): boolean {
  const first = text.indexOf(exact);
  return first !== -1 && text.indexOf(exact, first + 1) !== -1;
}

/** Share of the recorded context that must match before a quote that is not unique counts as found. */
const MIN_CONTEXT_SHARE = 0.5;

export type Reanchored = { isDetached: false; position: AnchorPosition } | { isDetached: true; position: AnchorPosition };

/**
 * Moves an anchor from `oldText` to `newText`. A detached anchor (isDetached) only tries the
 * quote search: its offsets no longer mean anything.
 */
export function reanchor(position: AnchorPosition, oldText: string, newText: string, options: { isDetached?: boolean } = {}): Reanchored {
  return anchorMover(oldText, newText)(position, options);
}

/**
 * Moves any number of anchors from `oldText` to `newText` with one word diff between them. A
 * section with many comments is saved under its row lock: diffing once per comment made a
 * rewritten long section take seconds per comment while saves and the submission waited.
 */
export function anchorMover(oldText: string, newText: string) {
  let segments: DiffSegment[] | undefined;
  const diff = () => (segments ??= narrowChanges(diffWords(oldText, newText)));
  return (position: AnchorPosition, options: { isDetached?: boolean } = {}) => moveAnchor(diff, position, oldText, newText, options);
}

function moveAnchor(
  diff: () => readonly DiffSegment[],
  position: AnchorPosition,
  oldText: string,
  newText: string,
  options: { isDetached?: boolean },
): Reanchored {
  if (!options.isDetached && oldText === newText) return { isDetached: false, position };
  if (!options.isDetached && position.end <= oldText.length && oldText.slice(position.start, position.end) === position.exact) {
    const mapped = mapThroughDiff(diff(), position.start, position.end);
    if (mapped.end > mapped.start) {
      const moved = describeRange(newText, mapped.start, mapped.end);
      if (moved && moved.exact === position.exact) return { isDetached: false, position: moved };
      // A change can still be aligned more than one way (a letter the old and new word share may
      // be counted as kept on either side of the change), which blurs the mapped edges. When the quote itself is still there,
      // where the passage was mapped to, it is the passage.
      const intact = bestOccurrence(newText, position, mapped.start, mapped.start - position.exact.length, mapped.end);
      if (intact) return { isDetached: false, position: describeRange(newText, intact.at, intact.at + position.exact.length)! };
      if (moved && mapped.surviving >= MIN_SURVIVING * position.exact.length) return { isDetached: false, position: moved };
    }
  }
  // Searching the whole text: a quote that occurs once is the passage, wherever it went (a moved
  // paragraph). A quote that is not unique (a word such as „Briefkasten“ used twice) is only the
  // passage where its context agrees; otherwise a comment on a deleted sentence would jump to
  // the same word in another paragraph. Better detached, with its quote, than on the wrong text.
  const found = bestOccurrence(newText, position, position.start);
  const isAmbiguous = occursMoreThanOnce(newText, position.exact) || occursMoreThanOnce(oldText, position.exact);
  const context = position.prefix.length + position.suffix.length;
  if (found && (!isAmbiguous || found.score >= MIN_CONTEXT_SHARE * context)) {
    const moved = describeRange(newText, found.at, found.at + position.exact.length);
    if (moved) return { isDetached: false, position: moved };
  }
  return { isDetached: true, position };
}
