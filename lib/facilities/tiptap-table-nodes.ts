import type { TiptapNode } from '../templates/to-tiptap';

/**
 * A Tiptap table node (StarterKit + TableKit): table > tableRow > tableHeader or
 * tableCell > paragraph > text. Empty or missing values become an empty
 * paragraph, because ProseMirror rejects empty text nodes.
 */
export function tableNode(header: readonly string[], rows: ReadonlyArray<ReadonlyArray<string | null | undefined>>): TiptapNode {
  return {
    type: 'table',
    content: [row(header, 'tableHeader'), ...rows.map((cells) => row(cells, 'tableCell'))],
  };
}

function row(cells: ReadonlyArray<string | null | undefined>, type: 'tableHeader' | 'tableCell'): TiptapNode {
  return { type: 'tableRow', content: cells.map((text) => ({ type, content: [paragraph(text)] })) };
}

function paragraph(text: string | null | undefined): TiptapNode {
  const value = text?.trim();
  return value ? { type: 'paragraph', content: [{ type: 'text', text: value }] } : { type: 'paragraph' };
}
