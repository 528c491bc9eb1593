/**
 * Property: any content the editor validation accepts exports without error and
 * keeps all of its text. Random documents are built from the schema's node and
 * mark types with a seeded generator, so a failure is reproducible from its seed.
 */
import { DATA_FIELDS, dataFieldText, type DataFieldName } from '@/lib/editor/data-fields';
import { validateRichText } from '@/lib/editor/validate-content';
import type { TiptapDoc, TiptapMark, TiptapNode } from '@/lib/editor/types';
import { exportModel, modelWith, modelFieldValues, xmlText } from './support';

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

const WORDS = [
  'Gewaltschutz', 'Unterkunft', 'Straße', 'Größe', 'ÄÖÜäöüß', '„Zitat“', '–', '§ 44 Abs. 2a AsylG', '<tag>', 'A&B', '"quote"', "it's",
  'محمد', 'رضایی', 'زهرا', 'Олександр', 'Шевченко', 'Çağrı', 'Şükrü', 'İğdır', '👩‍👧', '🙂', '🇩🇪', '中文', 'e\u0301',
  'Donaudampfschifffahrtsgesellschaftskapitänsmützenabzeichen', '50\u00a0%', 'a\tb', 'Zeile\nZeile', '  Leerzeichen  ',
];
const HREFS = ['https://www.musterland.example/a?b=1&c=2', 'http://example.org', 'mailto:stelle@musterland.example', 'tel:+495999100200'];
const SIMPLE_MARKS = ['bold', 'italic', 'underline', 'strike'] as const;

function words(rng: Rng): string {
  return Array.from({ length: rng.int(1, 6) }, () => rng.pick(WORDS)).join(' ');
}

function inline(rng: Rng): TiptapNode[] {
  const out: TiptapNode[] = [];
  for (let i = rng.int(0, 5); i > 0; i--) {
    if (rng.chance(0.12)) {
      out.push({ type: 'hardBreak' });
      continue;
    }
    if (rng.chance(0.08)) {
      const bold = rng.chance(0.3);
      out.push({ type: 'dataField', attrs: { name: rng.pick(DATA_FIELDS) }, ...(bold ? { marks: [{ type: 'bold' }] } : {}) });
      continue;
    }
    const marks: TiptapMark[] = SIMPLE_MARKS.filter(() => rng.chance(0.25)).map((type) => ({ type }));
    if (rng.chance(0.2)) marks.push({ type: 'link', attrs: { href: rng.pick(HREFS) } });
    out.push(marks.length ? { type: 'text', text: words(rng), marks } : { type: 'text', text: words(rng) });
  }
  return out;
}

const paragraph = (rng: Rng): TiptapNode => ({ type: 'paragraph', content: inline(rng) });

function list(rng: Rng, depth: number): TiptapNode {
  const type = rng.pick(['bulletList', 'orderedList'] as const);
  const attrs = type === 'orderedList' && rng.chance(0.4) ? { start: rng.int(0, 20), type: rng.pick(['1', 'a', 'A', 'i', 'I']) } : undefined;
  const items = Array.from({ length: rng.int(1, 4) }, () => ({
    type: 'listItem',
    content: [paragraph(rng), ...(depth < 6 && rng.chance(0.35) ? [list(rng, depth + 1)] : []), ...(rng.chance(0.15) ? [paragraph(rng)] : [])],
  }));
  return { type, ...(attrs ? { attrs } : {}), content: items };
}

function table(rng: Rng): TiptapNode {
  const columns = rng.int(1, 9);
  const cellOf = (type: 'tableCell' | 'tableHeader'): TiptapNode => ({
    type,
    content: [rng.chance(0.2) ? list(rng, 5) : paragraph(rng)],
  });
  const rows: TiptapNode[] = [{ type: 'tableRow', content: Array.from({ length: columns }, () => cellOf(rng.chance(0.7) ? 'tableHeader' : 'tableCell')) }];
  for (let r = rng.int(1, 4); r > 0; r--) {
    // Occasionally one cell spans two columns.
    const spanAt = columns >= 2 && rng.chance(0.3) ? rng.int(0, columns - 2) : -1;
    const cells: TiptapNode[] = [];
    for (let c = 0; c < columns; c++) {
      if (c === spanAt) {
        cells.push({ ...cellOf('tableCell'), attrs: { colspan: 2, rowspan: 1, colwidth: null } });
        c++;
      } else cells.push(cellOf('tableCell'));
    }
    rows.push({ type: 'tableRow', content: cells });
  }
  return { type: 'table', content: rows };
}

function block(rng: Rng, depth = 0): TiptapNode {
  const kind = rng.int(0, 9);
  if (kind <= 3) return paragraph(rng);
  if (kind === 4) return { type: 'heading', attrs: { level: rng.pick([3, 4]) }, content: inline(rng) };
  if (kind === 5 && depth < 3) return { type: 'blockquote', content: Array.from({ length: rng.int(1, 3) }, () => block(rng, depth + 1)) };
  if (kind <= 7) return list(rng, 1);
  return depth === 0 ? table(rng) : paragraph(rng);
}

function randomDoc(seed: number): TiptapDoc {
  const rng = prng(seed);
  return { type: 'doc', content: Array.from({ length: rng.int(1, 8) }, () => block(rng)) };
}

/** Text nodes as they are, data fields as the value the model puts in. */
function textsOf(node: TiptapNode, out: string[] = []): string[] {
  if (node.type === 'text' && node.text) out.push(node.text);
  if (node.type === 'dataField') out.push(dataFieldText(node.attrs?.name as DataFieldName, modelFieldValues));
  for (const child of node.content ?? []) textsOf(child, out);
  return out;
}

function charCounts(text: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const ch of text) counts.set(ch, (counts.get(ch) ?? 0) + 1);
  return counts;
}

describe('DOCX-Export: Eigenschaftstest', () => {
  it('exports 100 random valid documents without error and keeps every character of their text and data fields', async () => {
    for (let seed = 1; seed <= 100; seed++) {
      const content = validateRichText(randomDoc(seed));
      const xml = (await exportModel(modelWith({ praeambel: content }))).part('word/document.xml');
      const exported = xmlText(xml);
      const texts = textsOf(content).map((t) => t.replace(/\r\n?/g, '\n'));
      for (const t of texts) {
        if (!exported.includes(t)) throw new Error(`Seed ${seed}: text ${JSON.stringify(t)} is missing from the document`);
      }
      const have = charCounts(exported);
      for (const [ch, n] of charCounts(texts.join(''))) {
        if ((have.get(ch) ?? 0) < n) throw new Error(`Seed ${seed}: character ${JSON.stringify(ch)} appears ${n}× in the input, less often in the document`);
      }
    }
  }, 120_000);
});
