/**
 * Stable content hash of rich text, e.g. to skip saving an unchanged revision
 * or to detect identical heads. Server/Node only (node:crypto); the import
 * fails loudly in a client bundle. Not marked with 'server-only' because CLI
 * scripts (seeds, tsx) run outside the react-server condition and would throw.
 */
import { createHash } from 'node:crypto';
import { canonicalJson } from './canonical-json';
import type { TiptapDoc, TiptapNode } from './types';

/**
 * sha-256 (hex) of the canonical JSON. Hash the normalised document
 * (validateRichText's result) so equal content always gives equal hashes.
 */
export function contentHash(doc: TiptapDoc | TiptapNode): string {
  return createHash('sha256').update(canonicalJson(doc), 'utf8').digest('hex');
}
