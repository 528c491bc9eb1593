/**
 * Property-based tests (fast-check) over documents built from the editor schema: paragraphs,
 * headings, quotes, nested lists, tables with joined cells, hard breaks, data fields, the four
 * simple marks and links — with arbitrary Unicode text and, mixed in, what a broken or hostile
 * client sends (control characters, lone surrogates, script links, unknown nodes, marks and
 * attributes, wrong heading levels, ragged tables, too deep nesting).
 *
 * Runtime is kept reasonable by sampling in three tiers:
 * 1. 10,000 documents through the validation: it never crashes (it returns a document or refuses
 *    with a German `invalid_input`), and what it returns is stable and only holds allowed links.
 * 2. 150 documents through validation → DOCX (in memory): every character of text and data fields
 *    is in the Word file.
 * 3. 30 documents through the real use cases: save → load → DOCX export of the whole concept.
 * A failure prints fast-check's seed and path; `FC_SEED=<seed>` replays a run.
 */
import fc from 'fast-check';
import { isAppError } from '@/lib/errors';
import { DATA_FIELDS, dataFieldText, type DataFieldName, type DataFieldValues } from '@/lib/editor/data-fields';
import { isAllowedLinkHref } from '@/lib/editor/link-policy';
import { validateRichText } from '@/lib/editor/validate-content';
import type { TiptapDoc, TiptapMark, TiptapNode } from '@/lib/editor/types';
import { exportConceptDocx } from '@/lib/export/export-concept-docx';
import { getSectionForEditing } from '@/lib/sections/get-section-for-editing';
import { saveSectionDraft } from '@/lib/sections/save-section-draft';
import { buildConcept, sectionOf } from '../support/concept-factories';
import { buildDistrictTeam } from '../support/district-data-factories';
import { DISALLOWED_HREFS } from '../security/hostile-corpus';
import { fcParams } from '../support/fast-check';
import { exportModel, modelFieldValues, modelWith, readDocx, xmlText } from './support';

// ---------------------------------------------------------------- text

const WORDS = [
  'Gewaltschutz', 'Unterkunft', 'Straße', 'ÄÖÜäöüß', '„Zitat“', '–', '§ 44 Abs. 2a AsylG', '<tag>', 'A&B', '"quote"', "it's",
  'محمد', 'Олександр', 'Çağrı', 'İğdır', '👩‍👧', '🇩🇪', '中文', 'e\u0301', 'Donaudampfschifffahrtsgesellschaftskapitänsmützenabzeichen',
  '50\u00a0%', 'a\tb', 'Zeile\nZeile', 'Zeile\r\nZeile', '  Leerzeichen  ', '<script>window.__pwned()</script>', "'; DROP TABLE users; --",
];
/** What broken clients and pastes bring; the validation drops or replaces it (or refuses the NUL byte). */
const DEBRIS = ['\u0000', '\u0007', '\u001b', '\u007f', '\u0085', '\ufeff', '\u200b', '\u202e', '\ud800', '\udc00', '\uffff', '\ufffe', '\u00ad'];

const wordArb = fc.oneof(
  { weight: 6, arbitrary: fc.string({ unit: 'grapheme', minLength: 1, maxLength: 12 }) },
  { weight: 3, arbitrary: fc.constantFrom(...WORDS) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', minLength: 1, maxLength: 6 }) },
);
const textArb = (hostile: boolean) =>
  fc
    .array(hostile ? fc.oneof({ weight: 8, arbitrary: wordArb }, { weight: 1, arbitrary: fc.constantFrom(...DEBRIS) }) : wordArb, { minLength: 1, maxLength: 6 })
    .map((parts) => parts.join(' '));

// ---------------------------------------------------------------- marks and inline nodes

const GOOD_HREFS = ['https://www.musterland.example/a?b=1&c=2', 'http://example.org', 'mailto:stelle@musterland.example', 'tel:+495999100200', 'www.kreis.example', 'stelle@kreis.example'];
const hrefArb = (hostile: boolean) =>
  hostile
    ? fc.oneof(fc.constantFrom(...GOOD_HREFS), fc.webUrl(), fc.constantFrom(...DISALLOWED_HREFS.map((p) => p.text)), fc.string({ maxLength: 30 }))
    : fc.oneof(fc.constantFrom(...GOOD_HREFS), fc.webUrl({ withQueryParameters: true, withFragments: true }));

const marksArb = (hostile: boolean): fc.Arbitrary<TiptapMark[]> =>
  fc
    .record({
      simple: fc.subarray(['bold', 'italic', 'underline', 'strike']),
      link: fc.option(
        fc.record({ href: hrefArb(hostile), title: fc.option(fc.string({ maxLength: 20 }), { nil: undefined }), target: fc.constantFrom(undefined, '_blank') }),
        { freq: 4, nil: null },
      ),
      odd: hostile ? fc.option(fc.constantFrom<TiptapMark>({ type: 'code' }, { type: 'highlight' }, { type: 'bold', attrs: { onclick: 'x' } }), { freq: 20, nil: null }) : fc.constant(null),
    })
    .map(({ simple, link, odd }) => {
      const marks: TiptapMark[] = simple.map((type) => ({ type }));
      if (link) {
        const attrs: Record<string, unknown> = { href: link.href };
        if (link.title !== undefined) attrs.title = link.title;
        if (link.target !== undefined) attrs.target = link.target;
        marks.push({ type: 'link', attrs });
      }
      if (odd) marks.push(odd);
      return marks;
    });

const withMarks = (node: TiptapNode, marks: TiptapMark[]): TiptapNode => (marks.length ? { ...node, marks } : node);

const inlineArb = (hostile: boolean): fc.Arbitrary<TiptapNode> =>
  fc.oneof(
    { weight: 10, arbitrary: fc.tuple(textArb(hostile), marksArb(hostile)).map(([text, marks]) => withMarks({ type: 'text', text }, marks)) },
    { weight: 1, arbitrary: fc.constant<TiptapNode>({ type: 'hardBreak' }) },
    {
      weight: 1,
      arbitrary: fc
        .tuple(hostile ? fc.oneof(fc.constantFrom(...DATA_FIELDS), fc.string({ maxLength: 12 })) : fc.constantFrom(...DATA_FIELDS), fc.boolean())
        .map(([name, bold]) => withMarks({ type: 'dataField', attrs: { name } }, bold ? [{ type: 'bold' }] : [])),
    },
  );

const inlinesArb = (hostile: boolean) => fc.array(inlineArb(hostile), { maxLength: 5 });

// ---------------------------------------------------------------- blocks

function blocksArb(hostile: boolean) {
  const levelArb = hostile ? fc.oneof({ weight: 6, arbitrary: fc.constantFrom(3, 4) }, { weight: 1, arbitrary: fc.constantFrom<unknown>(1, 2, 5, '3', null) }) : fc.constantFrom(3, 4);
  return fc.letrec<{ block: TiptapNode; paragraph: TiptapNode; list: TiptapNode; table: TiptapNode; blocks: TiptapNode[] }>((tie) => ({
    paragraph: inlinesArb(hostile).map((content) => ({ type: 'paragraph', content })),
    blocks: fc.array(tie('block'), { minLength: 1, maxLength: 3, depthIdentifier: 'blocks' }),
    list: fc
      .record({
        type: fc.constantFrom('bulletList', 'orderedList'),
        attrs: fc.option(fc.record({ start: fc.integer({ min: 0, max: 30 }), type: fc.constantFrom('1', 'a', 'A', 'i', 'I') }), { nil: undefined }),
        items: fc.array(fc.tuple(tie('paragraph'), fc.option(tie('list'), { freq: 3, nil: null, depthIdentifier: 'blocks' })), {
          minLength: 1,
          maxLength: 3,
          depthIdentifier: 'blocks',
        }),
      })
      .map(({ type, attrs, items }) => ({
        type,
        ...(type === 'orderedList' && attrs ? { attrs } : {}),
        content: items.map(([p, nested]) => ({ type: 'listItem', content: nested ? [p, nested] : [p] })),
      })),
    table: fc
      .record({
        columns: fc.integer({ min: 1, max: hostile ? 24 : 7 }),
        rows: fc.integer({ min: 1, max: 4 }),
        header: fc.boolean(),
        spanAt: fc.option(fc.nat(), { nil: null }),
        cells: fc.infiniteStream(fc.oneof({ weight: 4, arbitrary: tie('paragraph') }, { weight: 1, arbitrary: tie('list') })),
        ragged: hostile ? fc.boolean() : fc.constant(false),
      })
      .map(({ columns, rows, header, spanAt, cells, ragged }) => {
        const next = () => cells.next().value as TiptapNode;
        const content: TiptapNode[] = [];
        for (let r = 0; r < rows; r++) {
          const type = header && r === 0 ? 'tableHeader' : 'tableCell';
          const width = ragged && r === rows - 1 ? columns + 1 : columns;
          const row: TiptapNode[] = [];
          const span = spanAt !== null && r > 0 && width >= 2 ? spanAt % (width - 1) : -1;
          for (let c = 0; c < width; c++) {
            if (c === span) {
              row.push({ type, attrs: { colspan: 2, rowspan: 1, colwidth: null }, content: [next()] });
              c++;
            } else row.push({ type, content: [next()] });
          }
          content.push({ type: 'tableRow', content: row });
        }
        return { type: 'table', content };
      }),
    block: fc.oneof(
      { depthSize: 'small', depthIdentifier: 'blocks', withCrossShrink: true },
      { weight: 5, arbitrary: tie('paragraph') },
      { weight: 2, arbitrary: fc.tuple(levelArb, inlinesArb(hostile)).map(([level, content]) => ({ type: 'heading', attrs: { level }, content })) },
      { weight: 1, arbitrary: tie('blocks').map((content) => ({ type: 'blockquote', content })) },
      { weight: 2, arbitrary: tie('list') },
      { weight: 1, arbitrary: tie('table') },
      ...(hostile
        ? [
            { weight: 1, arbitrary: fc.constantFrom<TiptapNode>({ type: 'codeBlock', content: [] }, { type: 'image', attrs: { src: 'javascript:alert(1)' } }, { type: 'doc', content: [] }, { type: 'paragraph', attrs: { style: 'x' } }) },
            { weight: 1, arbitrary: fc.integer({ min: 15, max: 40 }).map((depth) => deepQuote(depth)) },
          ]
        : []),
    ),
  }));
}

function deepQuote(depth: number): TiptapNode {
  let node: TiptapNode = { type: 'paragraph', content: [{ type: 'text', text: 'innen' }] };
  for (let i = 0; i < depth; i++) node = { type: 'blockquote', content: [node] };
  return node;
}

const docArb = (hostile: boolean): fc.Arbitrary<TiptapDoc> =>
  fc.array(blocksArb(hostile).block, { minLength: 1, maxLength: 6 }).map((content) => ({ type: 'doc', content }));

// ---------------------------------------------------------------- checks

/** Validates; a refusal must be the German invalid_input, anything else is a crash. */
function validateOrRefuse(doc: TiptapDoc): TiptapDoc | null {
  try {
    return validateRichText(doc);
  } catch (error) {
    if (isAppError(error) && error.code === 'invalid_input' && /[äöüß]|Bitte|ist|sind|enthält|darf/.test(error.message)) return null;
    throw error;
  }
}

function walk(node: TiptapNode, visit: (node: TiptapNode) => void): void {
  visit(node);
  for (const child of node.content ?? []) walk(child, visit);
}

/** Text nodes as they are, data fields as the value the export puts in. */
function textsOf(doc: TiptapDoc, values: DataFieldValues): string[] {
  const out: string[] = [];
  walk(doc as TiptapNode, (node) => {
    if (node.type === 'text' && node.text) out.push(node.text);
    if (node.type === 'dataField') out.push(dataFieldText(node.attrs?.name as DataFieldName, values));
  });
  return out.map((t) => t.replace(/\r\n?/g, '\n'));
}

function charCounts(text: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const ch of text) counts.set(ch, (counts.get(ch) ?? 0) + 1);
  return counts;
}

/** Every text and data field of `doc` is in the Word text, and no character is lost. */
function expectTextIntact(doc: TiptapDoc, documentXml: string, values: DataFieldValues): void {
  const exported = xmlText(documentXml);
  const texts = textsOf(doc, values);
  for (const t of texts) {
    if (!exported.includes(t)) throw new Error(`text ${JSON.stringify(t)} is missing from the Word document`);
  }
  const have = charCounts(exported);
  for (const [ch, n] of charCounts(texts.join(''))) {
    if ((have.get(ch) ?? 0) < n) throw new Error(`character ${JSON.stringify(ch)} appears ${n}× in the text, less often in the Word document`);
  }
}

const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

describe('Eigenschaftstests: Editor-Inhalt → Prüfung → Speichern → Word', () => {
  it('validation never crashes on 10,000 documents; what it accepts is stable, clean and links only to allowed schemes', () => {
    let accepted = 0;
    fc.assert(
      fc.property(fc.oneof(docArb(false), docArb(true)), (doc) => {
        const clean = validateOrRefuse(doc);
        if (!clean) return;
        accepted++;
        expect(validateRichText(clean)).toEqual(clean);
        walk(clean as TiptapNode, (node) => {
          if (node.type === 'text' && CONTROL.test(node.text ?? '')) throw new Error(`control character kept in ${JSON.stringify(node.text)}`);
          for (const mark of node.marks ?? []) {
            if (mark.type === 'link' && !isAllowedLinkHref(mark.attrs?.href)) throw new Error(`link kept: ${String(mark.attrs?.href)}`);
          }
        });
      }),
      fcParams(10_000),
    );
    // Both kinds of outcome must really occur, or the generator has drifted away from the schema.
    expect(accepted).toBeGreaterThan(3_000);
    expect(accepted).toBeLessThan(10_000);
  }, 300_000);

  it('150 accepted documents export to DOCX in memory with every character of their text and data fields', async () => {
    await fc.assert(
      fc.asyncProperty(docArb(false), async (doc) => {
        const clean = validateOrRefuse(doc);
        fc.pre(clean !== null);
        const xml = (await exportModel(modelWith({ praeambel: clean! }))).part('word/document.xml');
        expectTextIntact(clean!, xml, modelFieldValues);
      }),
      fcParams(150),
    );
  }, 300_000);

  it('30 accepted documents round-trip through the use cases: save → load → DOCX export with their text intact', async () => {
    const team = await buildDistrictTeam();
    const concept = await buildConcept(team.coordinator, team.district.id);
    const section = await sectionOf(concept.id, 'praeambel');
    let head = section.head_revision;
    await fc.assert(
      fc.asyncProperty(docArb(true), async (doc) => {
        const clean = validateOrRefuse(doc);
        fc.pre(clean !== null);
        const saved = await saveSectionDraft(team.editor, { sectionId: section.id, baseRevision: head, content: doc });
        head = saved.revision;
        const loaded = await getSectionForEditing(team.editor, concept.id, 'praeambel');
        expect(loaded.section.content).toEqual(clean);
        const exported = await exportConceptDocx(team.editor, { conceptId: concept.id, tocPageNumbers: false });
        expectTextIntact(clean!, readDocx(exported.buffer).part('word/document.xml'), loaded.fieldValues);
      }),
      fcParams(30),
    );
  }, 300_000);
});
