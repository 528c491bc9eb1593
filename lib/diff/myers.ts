/**
 * Shortest edit script between two sequences (tokens, lines or blocks), computed by Jest's
 * `@jest/diff-sequences` (Myers' O(ND) algorithm in linear space), with a deterministic work budget.
 *
 * Time grows with length × edits, so every call gets a budget: one unit per element comparison
 * (about one per inner-loop step of the algorithm). When it runs out the function returns null and
 * the caller falls back to a coarser diff instead of blocking the browser or the server. The budget
 * counts work, not milliseconds, so the same texts always give the same diff: comment anchors moved
 * by a diff must not depend on how busy the server is.
 */
import diffSequences from '@jest/diff-sequences';

export const OP_EQUAL = 0;
export const OP_DELETE = 1;
export const OP_INSERT = 2;
export type Op = typeof OP_EQUAL | typeof OP_DELETE | typeof OP_INSERT;

/** Remaining comparisons; share one budget across all diffs of one comparison. */
export interface WorkBudget {
  left: number;
}

const OVER_BUDGET = Symbol('over budget');

function push(ops: Op[], op: Op, count: number): void {
  for (let i = 0; i < count; i++) ops.push(op);
}

/**
 * One op per element in order (equal consumes a and b, delete a, insert b), or null if the budget
 * ran out (the budget is then used up, so later calls on it fail fast). Elements are compared with ===.
 */
export function myersDiff<T>(a: ArrayLike<T>, b: ArrayLike<T>, budget: WorkBudget): Op[] | null {
  let left = budget.left;
  const ops: Op[] = [];
  let x = 0;
  let y = 0;
  try {
    diffSequences(
      a.length,
      b.length,
      (i, j) => {
        // The package has no limit of its own; leaving through the comparison stops it (it keeps no state between calls).
        if (--left < 0) throw OVER_BUDGET;
        return a[i] === b[j];
      },
      // Common runs arrive in order; the gaps before them are the deletions and insertions.
      (n, i, j) => {
        push(ops, OP_DELETE, i - x);
        push(ops, OP_INSERT, j - y);
        push(ops, OP_EQUAL, n);
        x = i + n;
        y = j + n;
      },
    );
  } catch (error) {
    if (error !== OVER_BUDGET) throw error;
    budget.left = 0;
    return null;
  }
  budget.left = Math.max(left, 0);
  push(ops, OP_DELETE, a.length - x);
  push(ops, OP_INSERT, b.length - y);
  return ops;
}

/** Maps two string sequences to shared integer ids (equal strings, equal ids): long texts then compare in one step. */
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
