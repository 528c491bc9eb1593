/**
 * Stable content hash of rich text, e.g. to skip saving an unchanged revision
 * or to detect identical heads. Server/Node only (node:crypto); the import
 * fails loudly in a client bundle. Not marked with 'server-only' because CLI
 * scripts (seeds, tsx) run outside the react-server condition and would throw.
 */
import { createHash } from 'node:crypto';
import type { TiptapDoc, TiptapNode } from './types';

/** JSON with object keys sorted at every level; undefined values dropped as JSON.stringify does. */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null';
  if (Array.isArray(value)) return `[${value.map((v) => (v === undefined ? 'null' : canonicalJson(v))).join(',')}]`;
  const entries = Object.keys(value)
    .sort()
    .filter((key) => (value as Record<string, unknown>)[key] !== undefined)
    .map((key) => `${JSON.stringify(key)}:${canonicalJson((value as Record<string, unknown>)[key])}`);
  return `{${entries.join(',')}}`;
}

/**
 * sha-256 (hex) of the canonical JSON. Hash the normalised document
 * (validateRichText's result) so equal content always gives equal hashes.
 */
export function contentHash(doc: TiptapDoc | TiptapNode): string {
  return createHash('sha256').update(canonicalJson(doc), 'utf8').digest('hex');
}
