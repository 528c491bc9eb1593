/**
 * How a text merged from two Fassungen (review-documents/tracked-doc.ts) says what changed, for the mapper
 * (inline-to-docx.ts, tiptap-to-docx.ts, table-to-docx.ts): deleted and inserted text carry one of two marks
 * that are not editor marks (stored content never has them), and a paragraph, heading or table row of one
 * Fassung only carries `attrs.revision`.
 */
import type { TiptapNode } from '../editor/types';

export const INSERTED_MARK = 'revisionInsert';
export const DELETED_MARK = 'revisionDelete';
export type BlockRevision = 'inserted' | 'deleted';

export function blockRevision(node: TiptapNode): BlockRevision | undefined {
  const value = node.attrs?.revision;
  return value === 'inserted' || value === 'deleted' ? value : undefined;
}
