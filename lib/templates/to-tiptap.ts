/**
 * Converts template blocks into Tiptap/ProseMirror JSON and fills placeholders.
 *
 * Node names follow StarterKit and @tiptap/extension-table v3:
 * doc, paragraph, heading(attrs.level), bulletList/orderedList > listItem > paragraph,
 * table > tableRow > tableHeader/tableCell > paragraph, text with marks [{ type: 'bold' }].
 */
import { PLACEHOLDER_HINTS, PLACEHOLDER_PATTERN, isPlaceholderName, type PlaceholderName } from './placeholders';
import type { TiptapDoc, TiptapMark, TiptapNode } from '../editor/types';
import type { Block, BlockInput } from './schema';

// One JSON shape for stored content everywhere (lib/editor/types).
export type { TiptapDoc, TiptapMark, TiptapNode };

/** Values for placeholders; missing or blank values become visible hints like „[Name der Kommune]“. */
export type PlaceholderValues = Partial<Record<PlaceholderName, string | number | null | undefined>>;

export interface ToTiptapOptions {
  /** If given, placeholders are filled (missing ones become hints). If omitted, `{{…}}` stays as is. */
  values?: PlaceholderValues;
}

/**
 * Replaces `{{name}}` placeholders. Known names without a (non-blank) value and
 * unknown names are replaced by a visible German hint, never by an empty string.
 */
export function fillPlaceholders(text: string, values: PlaceholderValues): string {
  return text.replace(PLACEHOLDER_PATTERN, (_match, rawName: string) => {
    const name = rawName.trim();
    if (!isPlaceholderName(name)) return `[unbekannter Platzhalter „${name}“]`;
    const value = values[name];
    const str = value === null || value === undefined ? '' : String(value).trim();
    return str === '' ? PLACEHOLDER_HINTS[name] : str;
  });
}

/** Applies `fillPlaceholders` to every text of the given blocks (returns new blocks). */
export function fillBlocks(blocks: readonly Block[], values: PlaceholderValues): Block[] {
  const f = (t: string) => fillPlaceholders(t, values);
  return blocks.map((block): Block => {
    switch (block.type) {
      case 'paragraph':
      case 'heading':
        return { ...block, text: f(block.text) };
      case 'bulletList':
      case 'orderedList':
        return { ...block, items: block.items.map(f) };
      case 'table':
        return { ...block, header: block.header.map(f), rows: block.rows.map((r) => r.map(f)) };
    }
  });
}

/**
 * Inline text → text nodes. `**…**` becomes bold; placeholders are filled per
 * segment (after splitting), so values containing `**` cannot change formatting.
 */
export function inlineToTiptap(text: string, options: ToTiptapOptions = {}): TiptapNode[] {
  const parts = text.split('**');
  // An odd number of parts means all markers are paired; otherwise keep the last "**" literally.
  if (parts.length % 2 === 0) {
    const last = parts.pop() ?? '';
    parts[parts.length - 1] = `${parts[parts.length - 1] ?? ''}**${last}`;
  }
  const nodes: TiptapNode[] = [];
  parts.forEach((part, i) => {
    const value = options.values ? fillPlaceholders(part, options.values) : part;
    if (value === '') return;
    nodes.push(i % 2 === 1 ? { type: 'text', text: value, marks: [{ type: 'bold' }] } : { type: 'text', text: value });
  });
  return nodes;
}

function paragraph(text: string, options: ToTiptapOptions): TiptapNode {
  const content = inlineToTiptap(text, options);
  return content.length > 0 ? { type: 'paragraph', content } : { type: 'paragraph' };
}

function list(type: 'bulletList' | 'orderedList', items: readonly string[], options: ToTiptapOptions): TiptapNode {
  const node: TiptapNode = {
    type,
    content: items.map((item) => ({ type: 'listItem', content: [paragraph(item, options)] })),
  };
  if (type === 'orderedList') node.attrs = { start: 1 };
  return node;
}

function tableRow(cells: readonly string[], cellType: 'tableHeader' | 'tableCell', options: ToTiptapOptions): TiptapNode {
  return {
    type: 'tableRow',
    content: cells.map((cell) => ({ type: cellType, content: [paragraph(cell, options)] })),
  };
}

/** One block → one top-level node. */
export function blockToTiptap(block: Block | BlockInput, options: ToTiptapOptions = {}): TiptapNode {
  switch (block.type) {
    case 'paragraph':
      return paragraph(block.text, options);
    case 'heading': {
      const content = inlineToTiptap(block.text, options);
      return { type: 'heading', attrs: { level: block.level }, ...(content.length > 0 ? { content } : {}) };
    }
    case 'bulletList':
    case 'orderedList':
      return list(block.type, block.items, options);
    case 'table':
      return {
        type: 'table',
        content: [
          tableRow(block.header, 'tableHeader', options),
          ...block.rows.map((row) => tableRow(row, 'tableCell', options)),
        ],
      };
  }
}

/**
 * Block[] → Tiptap document. An empty list yields a document with one empty
 * paragraph (ProseMirror's doc needs at least one block).
 */
export function blocksToTiptap(blocks: readonly (Block | BlockInput)[], options: ToTiptapOptions = {}): TiptapDoc {
  const content = blocks.map((b) => blockToTiptap(b, options));
  return { type: 'doc', content: content.length > 0 ? content : [{ type: 'paragraph' }] };
}
