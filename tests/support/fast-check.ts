/**
 * Run parameters for property tests (fast-check). A failure prints the seed and path of the run,
 * with the smallest case fast-check shrank it to; `FC_SEED=<seed>` replays the same run.
 */
import type fc from 'fast-check';

const seed = process.env.FC_SEED ? Number(process.env.FC_SEED) : undefined;

export const fcParams = (numRuns: number): fc.Parameters<unknown> => ({ numRuns, ...(seed !== undefined ? { seed } : {}) });
