/**
 * Properties of comment anchors, checked on many seeded random cases (a failure names its seed):
 * - the text map agrees with ProseMirror on every position, whatever the document holds (marks,
 *   hard breaks, data fields, emoji as surrogate pairs, lists, quotes, tables, empty paragraphs);
 * - an anchor whose text survives an edit unchanged still points at that text afterwards.
 */
import { Node } from '@tiptap/pm/model';
import { describeRange, reanchor } from '@/lib/comments/anchor';
import { OBJECT_CHAR, buildTextMap, offsetsToPositions, positionToOffset } from '@/lib/comments/text-map';
import { DATA_FIELDS } from '@/lib/editor/data-fields';
import { getEditorSchema } from '@/lib/editor/extensions';
import type { TiptapDoc, TiptapNode } from '@/lib/editor/types';

/** mulberry32: small, fast, deterministic. */
function prng(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    int: (min: number, max: number) => min + Math.floor(next() * (max - min + 1)),
    pick: <T,>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!,
    chance: (p: number) => next() < p,
  };
}
type Rng = ReturnType<typeof prng>;

const WORDS = ['Beschwerde', 'Unterkunft', 'Schutz', 'Straße', 'Größe', '👩‍👧', '🙂', 'Çağrı', 'محمد', 'e\u0301', '§ 44', '–', 'und', 'die', 'der'];
const SEEDS = Array.from({ length: 60 }, (_, i) => i + 1);

const words = (rng: Rng, max = 5) => Array.from({ length: rng.int(1, max) }, () => rng.pick(WORDS)).join(' ');

function inline(rng: Rng): TiptapNode[] {
  const nodes: TiptapNode[] = [];
  for (let i = rng.int(0, 5); i > 0; i--) {
    const r = rng.int(0, 9);
    if (r < 5) nodes.push({ type: 'text', text: words(rng), ...(rng.chance(0.4) ? { marks: [{ type: rng.pick(['bold', 'italic', 'underline', 'strike']) }] } : {}) });
    else if (r < 7) nodes.push({ type: 'dataField', attrs: { name: rng.pick(DATA_FIELDS) } });
    else nodes.push({ type: 'hardBreak' });
  }
  return nodes;
}

const paragraph = (rng: Rng): TiptapNode => ({ type: 'paragraph', content: inline(rng) });

function block(rng: Rng, depth = 0): TiptapNode {
  const r = rng.int(0, depth > 1 ? 3 : 9);
  if (r < 3) return paragraph(rng);
  if (r === 3) return { type: 'heading', attrs: { level: 3 }, content: inline(rng) };
  if (r < 6) {
    const item = (): TiptapNode => ({ type: 'listItem', content: [paragraph(rng), ...(rng.chance(0.3) ? [block(rng, depth + 1)].filter((b) => b.type.endsWith('List')) : [])] });
    return { type: rng.pick(['bulletList', 'orderedList']), content: Array.from({ length: rng.int(1, 3) }, item) };
  }
  if (r < 8) return { type: 'blockquote', content: [paragraph(rng), paragraph(rng)] };
  const cell = (type: string): TiptapNode => ({ type, content: [paragraph(rng)] });
  return {
    type: 'table',
    content: [
      { type: 'tableRow', content: [cell('tableHeader'), cell('tableHeader')] },
      { type: 'tableRow', content: [cell('tableCell'), cell('tableCell')] },
    ],
  };
}

function randomDoc(rng: Rng): TiptapDoc {
  return { type: 'doc', content: Array.from({ length: rng.int(1, 6) }, () => block(rng)) };
}

/** ProseMirror's own text of [from, to), with a hard break as "\n" and a data field as the object character. */
function pmText(doc: Node, from: number, to: number): string {
  return doc.textBetween(from, to, '\n', (leaf) => (leaf.type.name === 'hardBreak' ? '\n' : leaf.isInline ? OBJECT_CHAR : ''));
}

describe('text map and ProseMirror agree', () => {
  it.each(SEEDS)('on every textblock position of random document %i', (seed) => {
    const rng = prng(seed);
    const json = randomDoc(rng);
    const doc = Node.fromJSON(getEditorSchema(), json);
    doc.check();
    const map = buildTextMap(json);
    expect(map.text).toBe(pmText(doc, 0, doc.content.size));
    doc.descendants((node, pos) => {
      if (!node.isTextblock) return true;
      for (let p = pos + 1; p <= pos + 1 + node.content.size; p++) {
        const offset = positionToOffset(map, p, 'start');
        expect(positionToOffset(map, p, 'end')).toBe(offset);
        // The text before the position is exactly the text before the offset.
        expect(pmText(doc, 0, p)).toBe(map.text.slice(0, offset));
      }
      return false;
    });
    for (let i = 0; i < 20 && map.text.length > 1; i++) {
      const start = rng.int(0, map.text.length - 1);
      const end = rng.int(start + 1, map.text.length);
      const positions = offsetsToPositions(map, start, end);
      if (!positions) continue;
      // The highlighted range covers the text of the range, without separators at its edges.
      expect(map.text.slice(start, end)).toContain(pmText(doc, positions.from, positions.to));
      expect(positionToOffset(map, positions.from, 'start')).toBeGreaterThanOrEqual(start);
      expect(positionToOffset(map, positions.to, 'end')).toBeLessThanOrEqual(end);
    }
  });
});

/** Whether `i` is between two code points (a browser selection never splits an emoji's surrogate pair). */
function isBoundary(text: string, i: number): boolean {
  const code = text.charCodeAt(i);
  return !(code >= 0xdc00 && code <= 0xdfff);
}

/** A random offset in [min, max] that does not split a surrogate pair. */
function boundaryIn(rng: Rng, text: string, min: number, max: number): number {
  let i = rng.int(min, max);
  while (i > min && !isBoundary(text, i)) i--;
  return isBoundary(text, i) ? i : max;
}

/** An edit: delete `remove` characters at `at`, insert `insert` there. */
function randomEdit(rng: Rng, text: string, at: number, maxRemove: number) {
  const kind = rng.int(0, 3);
  let remove = kind >= 2 ? Math.min(maxRemove, rng.int(1, 12)) : 0;
  while (remove > 0 && !isBoundary(text, at + remove)) remove--;
  const insert = kind === 0 ? `${words(rng, 3)} ` : kind === 1 ? `\n${words(rng, 8)}\n` : kind === 3 ? rng.pick(WORDS) : '';
  return { at, remove, insert };
}

describe('anchors survive edits elsewhere', () => {
  it.each(SEEDS)('random text and edits outside the quote, seed %i', (seed) => {
    const rng = prng(seed * 7919);
    let text = Array.from({ length: rng.int(3, 8) }, () => words(rng, 12)).join('\n');
    let start = 0;
    let end = 0;
    let anchor = null;
    while (!anchor) {
      start = boundaryIn(rng, text, 0, text.length - 2);
      end = boundaryIn(rng, text, start + 1, Math.min(text.length, start + 30));
      anchor = describeRange(text, start, end);
    }
    const quote = anchor.exact;
    for (let step = 0; step < 8; step++) {
      // An edit before the quote (shifting it) or after it, never inside it.
      const isBefore = rng.chance(0.5) && start > 0;
      const at = isBefore ? boundaryIn(rng, text, 0, start) : boundaryIn(rng, text, end, text.length);
      const edit = randomEdit(rng, text, at, isBefore ? start - at : text.length - at);
      const edited = text.slice(0, at) + edit.insert + text.slice(at + edit.remove);
      const shift = isBefore ? edit.insert.length - edit.remove : 0;
      expect(edited.slice(start + shift, end + shift)).toBe(quote);
      const result = reanchor(anchor, text, edited);
      expect(result.isDetached).toBe(false);
      expect(edited.slice(result.position.start, result.position.end)).toBe(quote);
      if (result.position.start !== start + shift) {
        // Only acceptable when the two places cannot be told apart by their context.
        const around = (s: number) => edited.slice(Math.max(0, s - 32), s + quote.length + 32);
        expect(around(result.position.start)).toBe(around(start + shift));
      }
      text = edited;
      start = result.position.start;
      end = result.position.end;
      anchor = result.position;
    }
  });
});
