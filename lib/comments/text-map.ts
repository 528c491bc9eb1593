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

/** An inline node to put at a text offset; `bias` says which block an offset on a block edge belongs to. */
export interface OffsetInsert {
  offset: number;
  /** 'start': a range begins here (an offset on the separator moves to the next block); 'end': it ends here. */
  bias: 'start' | 'end';
  node: TiptapNode;
}

/** Splits the inline children of a textblock at `at` (in text-map characters) and puts `nodes` there. */
function insertInline(children: readonly TiptapNode[], at: number, nodes: readonly TiptapNode[]): TiptapNode[] {
  const out: TiptapNode[] = [];
  let offset = 0;
  let done = false;
  for (const child of children) {
    const size = child.type === 'text' ? (child.text ?? '').length : 1;
    if (!done && at <= offset) {
      out.push(...nodes);
      done = true;
    }
    if (!done && child.type === 'text' && at < offset + size) {
      const text = child.text ?? '';
      const cut = at - offset;
      out.push({ ...child, text: text.slice(0, cut) }, ...nodes, { ...child, text: text.slice(cut) });
      done = true;
    } else {
      out.push(child);
    }
    offset += size;
  }
  if (!done) out.push(...nodes);
  return out;
}

/**
 * A copy of the document with inline nodes put at plain-text offsets of its text map (e.g. the
 * start and end of a comment's range, for the DOCX export), text nodes split where needed. Uses
 * the same counting as buildTextMap, so an anchor's offsets land exactly on its quote. A start on
 * a block separator goes to the beginning of the next block, an end there to the end of the block
 * before; inserts outside the text are left out. Several inserts at one offset keep their order.
 */
export function insertAtOffsets(doc: TiptapDoc, inserts: readonly OffsetInsert[]): TiptapDoc {
  if (inserts.length === 0) return doc;
  const map = buildTextMap(doc);
  // Per textblock (in document order): the inline offsets and nodes to put there.
  const byBlock = new Map<number, Array<{ at: number; node: TiptapNode }>>();
  for (const insert of inserts) {
    if (insert.offset < 0 || insert.offset > map.text.length) continue;
    let index = -1;
    if (insert.bias === 'start') {
      index = map.blocks.findIndex((b) => insert.offset < b.textStart + b.length);
      if (index === -1) index = map.blocks.length - 1;
    } else {
      for (let i = map.blocks.length - 1; i >= 0; i--) {
        if (insert.offset > map.blocks[i]!.textStart) {
          index = i;
          break;
        }
      }
      if (index === -1) index = 0;
    }
    const block = map.blocks[index];
    if (!block) continue;
    const at = Math.max(0, Math.min(insert.offset - block.textStart, block.length));
    const list = byBlock.get(index) ?? [];
    list.push({ at, node: insert.node });
    byBlock.set(index, list);
  }
  let blockIndex = -1;
  const walk = (node: TiptapNode): TiptapNode => {
    if (isTextblock(node.type)) {
      blockIndex += 1;
      const here = byBlock.get(blockIndex);
      if (!here) return node;
      let content = node.content ?? [];
      // From the back, so earlier offsets stay valid; equal offsets keep their given order.
      const ordered = here.map((h, i) => ({ ...h, i })).sort((a, b) => b.at - a.at || b.i - a.i);
      for (let k = 0; k < ordered.length; ) {
        const at = ordered[k]!.at;
        const group: TiptapNode[] = [];
        while (k < ordered.length && ordered[k]!.at === at) group.unshift(ordered[k++]!.node);
        content = insertInline(content, at, group);
      }
      return { ...node, content };
    }
    if (isLeaf(node.type) || !node.content) return node;
    return { ...node, content: node.content.map(walk) };
  };
  return walk(doc as TiptapNode) as TiptapDoc;
}
