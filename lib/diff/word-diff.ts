/**
 * Public entry of the revision diff: word-level text diff, block-level
 * document diff and a word-count summary. Pure and browser-safe.
 */
export { diffWords, MAX_DIFF_WORK, MAX_DIFF_TOKENS, type DiffSegment } from './text-diff';
export { diffDocs, summariseDiff, SIMILARITY_THRESHOLD, type BlockDiff, type BlockStatus } from './doc-diff';
export { countWords, tokenize } from './tokenize';
