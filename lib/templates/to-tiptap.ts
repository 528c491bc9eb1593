/**
 * Converts template blocks into Tiptap/ProseMirror JSON.
 *
 * Node names follow StarterKit and @tiptap/extension-table v3:
 * doc, paragraph, heading(attrs.level), bulletList/orderedList > listItem > paragraph,
 * table > tableRow > tableHeader/tableCell > paragraph, text with marks [{ type: 'bold' }],
 * and dataField(attrs.name) for placeholders of data fields.
 *
 * Placeholders: `{{concept.responsible}}` and the other data fields become live
 * `dataField` nodes that show the current value wherever the text is shown; they
 * are never copied in as text (copied text went stale after „Eckdaten bearbeiten“).
 * `{{today}}` is written in as the given date.
 */
import { DATA_FIELD_NODE } from '../editor/data-fields';
import { PLACEHOLDER_HINTS, PLACEHOLDER_PATTERN, isDataFieldName } from './placeholders';
import type { TiptapDoc, TiptapMark, TiptapNode } from '../editor/types';
import type { Block, BlockInput } from './schema';

// One JSON shape for stored content everywhere (lib/editor/types).
export type { TiptapDoc, TiptapMark, TiptapNode };

export interface ToTiptapOptions {
  /** The date `{{today}}` stands for (TT.MM.JJJJ), written in as text; without it the hint „[Datum]“. */
  today?: string;
}

/** The text and data field nodes of one stretch of inline text, all with the same marks. */
function segmentToTiptap(text: string, marks: TiptapMark[] | undefined, options: ToTiptapOptions, out: TiptapNode[]): void {
  const pushText = (value: string) => {
    if (value === '') return;
    const last = out.at(-1);
    // `{{today}}` next to text stays one text node, as if it had been typed.
    if (last?.type === 'text' && JSON.stringify(last.marks) === JSON.stringify(marks)) last.text = `${last.text ?? ''}${value}`;
    else out.push(marks ? { type: 'text', text: value, marks } : { type: 'text', text: value });
  };
  let at = 0;
  for (const match of text.matchAll(PLACEHOLDER_PATTERN)) {
    pushText(text.slice(at, match.index));
    at = match.index + match[0].length;
    const name = match[1] ?? '';
    if (isDataFieldName(name)) {
      out.push(marks ? { type: DATA_FIELD_NODE, attrs: { name }, marks } : { type: DATA_FIELD_NODE, attrs: { name } });
    } else if (name === 'today') {
      pushText(options.today?.trim() || PLACEHOLDER_HINTS.today);
    } else {
      // Templates are checked on load, so this only meets hand-written text.
      pushText(`[unbekannter Platzhalter „${name}“]`);
    }
  }
  pushText(text.slice(at));
}

/**
 * Inline text → text and data field nodes. `**…**` becomes bold (also around a
 * field); placeholders are resolved after splitting at `**`, so a date cannot
 * change formatting.
 */
export function inlineToTiptap(text: string, options: ToTiptapOptions = {}): TiptapNode[] {
  const parts = text.split('**');
  // An odd number of parts means all markers are paired; otherwise keep the last "**" literally.
  if (parts.length % 2 === 0) {
    const last = parts.pop() ?? '';
    parts[parts.length - 1] = `${parts[parts.length - 1] ?? ''}**${last}`;
  }
  const nodes: TiptapNode[] = [];
  parts.forEach((part, i) => segmentToTiptap(part, i % 2 === 1 ? [{ type: 'bold' }] : undefined, options, nodes));
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
