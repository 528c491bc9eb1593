/**
 * The plain text a comment anchor refers to, and the way back to editor positions.
 *
 * A section's text is every textblock (paragraph, heading — also inside lists, quotes and
 * table cells) in document order, joined by "\n". Inside a textblock a text character is one
 * character, a hard break is "\n" and any other inline leaf (e.g. a data field) is U+FFFC; each
 * counts exactly as ProseMirror counts it, so an offset inside a textblock maps to an editor
 * position by plain addition. Works on the stored JSON with the editor schema (browser and
 * server alike), so the editor, the server and the DOCX export agree on every offset.
 */
import { getEditorSchema } from '../editor/extensions';
import type { TiptapDoc, TiptapNode } from '../editor/types';

export const OBJECT_CHAR = '\uFFFC';

interface TextblockSpan {
  /** Offset of the block's first character in the plain text. */
  textStart: number;
  /** Number of characters (equals the block's content size in ProseMirror). */
  length: number;
  /** ProseMirror position of the block's first content position. */
  pmStart: number;
}

export interface TextMap {
  text: string;
  blocks: readonly TextblockSpan[];
}

function isLeaf(type: string): boolean {
  if (type === 'text') return true;
  return getEditorSchema().nodes[type]?.isLeaf ?? false;
}

function isTextblock(type: string): boolean {
  return getEditorSchema().nodes[type]?.isTextblock ?? false;
}

function nodeSize(node: TiptapNode): number {
  if (node.type === 'text') return (node.text ?? '').length;
  if (isLeaf(node.type)) return 1;
  return 2 + (node.content ?? []).reduce((sum, child) => sum + nodeSize(child), 0);
}

function inlineText(node: TiptapNode): string {
  if (node.type === 'text') return node.text ?? '';
  if (node.type === 'hardBreak') return '\n';
  if (isLeaf(node.type)) return OBJECT_CHAR;
  return (node.content ?? []).map(inlineText).join('');
}

/** Builds the text map of a stored document (or of the editor's `getJSON()`). */
export function buildTextMap(doc: TiptapDoc | TiptapNode): TextMap {
  const parts: string[] = [];
  const blocks: TextblockSpan[] = [];
  let textOffset = 0;
  // `pos` is the position before `node`; the doc node itself has no opening token.
  const walk = (node: TiptapNode, contentStart: number) => {
    let pos = contentStart;
    for (const child of node.content ?? []) {
      if (isTextblock(child.type)) {
        const text = (child.content ?? []).map(inlineText).join('');
        if (blocks.length > 0) {
          parts.push('\n');
          textOffset += 1;
        }
        blocks.push({ textStart: textOffset, length: text.length, pmStart: pos + 1 });
        parts.push(text);
        textOffset += text.length;
      } else if (!isLeaf(child.type)) {
        walk(child, pos + 1);
      }
      pos += nodeSize(child);
    }
  };
  walk(doc, 0);
  return { text: parts.join(''), blocks };
}

function blockAt(map: TextMap, offset: number, bias: 'start' | 'end'): TextblockSpan | undefined {
  // The separator after a block belongs to no block: a start there moves to the next block, an end stays.
  let found: TextblockSpan | undefined;
  for (const block of map.blocks) {
    const end = block.textStart + block.length;
    if (offset < block.textStart) return bias === 'start' ? block : found;
    if (offset < end || (offset === end && (bias === 'end' || block === map.blocks[map.blocks.length - 1]))) return block;
    found = block;
  }
  return found;
}

/** Editor positions [from, to] of a text range, or null when the range is outside the text. */
export function offsetsToPositions(map: TextMap, start: number, end: number): { from: number; to: number } | null {
  if (start < 0 || end > map.text.length || end <= start) return null;
  const a = blockAt(map, start, 'start');
  const b = blockAt(map, end, 'end');
  if (!a || !b) return null;
  const from = a.pmStart + Math.max(0, Math.min(start - a.textStart, a.length));
  const to = b.pmStart + Math.max(0, Math.min(end - b.textStart, b.length));
  return to > from ? { from, to } : null;
}

/** Text offset of an editor position (positions between blocks snap to the nearest block edge). */
export function positionToOffset(map: TextMap, pos: number, bias: 'start' | 'end'): number {
  let previous: TextblockSpan | undefined;
  for (const block of map.blocks) {
    if (pos < block.pmStart) return bias === 'start' || !previous ? block.textStart : previous.textStart + previous.length;
    if (pos <= block.pmStart + block.length) return block.textStart + (pos - block.pmStart);
    previous = block;
  }
  return map.text.length;
}
