/**
 * Myers' O(ND) difference algorithm in linear space (divide and conquer on the
 * "middle snake", as in Myers 1986 §4b and diff-match-patch's bisect) over
 * integer sequences: tokens, lines or blocks mapped to ids.
 *
 * Memory is O(N+M). Time is O((N+M)·D), so callers pass a work budget (inner
 * loop steps); when it runs out the function returns null and the caller falls
 * back to a coarser diff instead of blocking the browser or the server.
 */
export const OP_EQUAL = 0;
export const OP_DELETE = 1;
export const OP_INSERT = 2;
export type Op = typeof OP_EQUAL | typeof OP_DELETE | typeof OP_INSERT;

type Seq = Int32Array;
const OVER_BUDGET = Symbol('over budget');

/** Remaining inner-loop steps; share one budget across all diffs of one comparison. */
export interface WorkBudget {
  left: number;
}

/** Split point [x, y] (relative to aLo/bLo) on an optimal edit path, or null if there is none. */
function bisect(a: Seq, aLo: number, aHi: number, b: Seq, bLo: number, bHi: number, budget: WorkBudget): [number, number] | null {
  const n = aHi - aLo;
  const m = bHi - bLo;
  const maxD = Math.ceil((n + m) / 2);
  const off = maxD;
  const len = 2 * maxD;
  const v1 = new Int32Array(len + 2).fill(-1);
  const v2 = new Int32Array(len + 2).fill(-1);
  v1[off + 1] = 0;
  v2[off + 1] = 0;
  const delta = n - m;
  const front = (delta & 1) !== 0;
  let k1start = 0;
  let k1end = 0;
  let k2start = 0;
  let k2end = 0;
  // Counted in a local and written back per round: a property write per step is measurably slower.
  let left = budget.left;
  for (let d = 0; d < maxD; d++) {
    left -= 2 * d + 2;
    budget.left = left;
    if (left < 0) throw OVER_BUDGET;
    for (let k1 = -d + k1start; k1 <= d - k1end; k1 += 2) {
      const i1 = off + k1;
      let x1 = k1 === -d || (k1 !== d && v1[i1 - 1]! < v1[i1 + 1]!) ? v1[i1 + 1]! : v1[i1 - 1]! + 1;
      let y1 = x1 - k1;
      const start = x1;
      while (x1 < n && y1 < m && a[aLo + x1] === b[bLo + y1]) {
        x1++;
        y1++;
      }
      left -= x1 - start;
      v1[i1] = x1;
      if (x1 > n) k1end += 2;
      else if (y1 > m) k1start += 2;
      else if (front) {
        const i2 = off + delta - k1;
        if (i2 >= 0 && i2 < len && v2[i2] !== -1 && x1 >= n - v2[i2]!) {
          budget.left = left;
          return [x1, y1];
        }
      }
    }
    for (let k2 = -d + k2start; k2 <= d - k2end; k2 += 2) {
      const i2 = off + k2;
      let x2 = k2 === -d || (k2 !== d && v2[i2 - 1]! < v2[i2 + 1]!) ? v2[i2 + 1]! : v2[i2 - 1]! + 1;
      let y2 = x2 - k2;
      const start = x2;
      while (x2 < n && y2 < m && a[aHi - 1 - x2] === b[bHi - 1 - y2]) {
        x2++;
        y2++;
      }
      left -= x2 - start;
      v2[i2] = x2;
      if (x2 > n) k2end += 2;
      else if (y2 > m) k2start += 2;
      else if (!front) {
        const i1 = off + delta - k2;
        if (i1 >= 0 && i1 < len && v1[i1] !== -1) {
          const x1 = v1[i1]!;
          if (x1 >= n - x2) {
            budget.left = left;
            return [x1, x1 - (i1 - off)];
          }
        }
      }
    }
  }
  budget.left = left;
  return null;
}

function push(ops: Op[], op: Op, count: number): void {
  for (let i = 0; i < count; i++) ops.push(op);
}

function diffRange(a: Seq, aLo: number, aHi: number, b: Seq, bLo: number, bHi: number, ops: Op[], budget: WorkBudget): void {
  while (aLo < aHi && bLo < bHi && a[aLo] === b[bLo]) {
    ops.push(OP_EQUAL);
    aLo++;
    bLo++;
  }
  let suffix = 0;
  while (aHi - suffix > aLo && bHi - suffix > bLo && a[aHi - 1 - suffix] === b[bHi - 1 - suffix]) suffix++;
  aHi -= suffix;
  bHi -= suffix;
  const split = aLo < aHi && bLo < bHi ? bisect(a, aLo, aHi, b, bLo, bHi, budget) : null;
  if (split) {
    diffRange(a, aLo, aLo + split[0], b, bLo, bLo + split[1], ops, budget);
    diffRange(a, aLo + split[0], aHi, b, bLo + split[1], bHi, ops, budget);
  } else {
    push(ops, OP_DELETE, aHi - aLo);
    push(ops, OP_INSERT, bHi - bLo);
  }
  push(ops, OP_EQUAL, suffix);
}

/**
 * One op per element in order (equal consumes a and b, delete a, insert b), or
 * null if the budget ran out (the budget is then used up, so later calls on it fail fast).
 */
export function myersDiff(a: Seq, b: Seq, budget: WorkBudget): Op[] | null {
  const ops: Op[] = [];
  try {
    diffRange(a, 0, a.length, b, 0, b.length, ops, budget);
  } catch (error) {
    if (error === OVER_BUDGET) {
      budget.left = 0;
      return null;
    }
    throw error;
  }
  return ops;
}

/** Maps two string sequences to shared integer ids (equal strings, equal ids). */
export function internAll(a: readonly string[], b: readonly string[]): [Int32Array, Int32Array] {
  const ids = new Map<string, number>();
  const map = (list: readonly string[]) =>
    Int32Array.from(list, (s) => {
      let id = ids.get(s);
      if (id === undefined) {
        id = ids.size;
        ids.set(s, id);
      }
      return id;
    });
  return [map(a), map(b)];
}
