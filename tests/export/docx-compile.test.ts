/**
 * The export writes document.xml faster than docx alone (lib/export/docx-compile.ts), relying on docx's internals of
 * the pinned version: it must be in use with the installed docx, and every part must be what docx alone writes.
 */
import * as docxModule from 'docx';
import { NextAttributeComponent, XmlComponent, type Document } from 'docx';
import { DEMO_CONCEPT } from '@/lib/demo/demo-concept-content';
import { validateRichText } from '@/lib/editor/validate-content';
import { compileParts, compileProblem, compileWithDocxAlone, withDocxAlone, writeXmlable } from '@/lib/export/docx-compile';
import { buildDocument } from '@/lib/export/render-docx';
import { preparingParagraphs } from '@/lib/export/prepared-paragraph';
import type { ExportDocument } from '@/lib/export/model';
import type { ChangeMarking } from '@/lib/export/block-context';
import { DELETED_MARK, INSERTED_MARK } from '@/lib/export/change-marks';
import { commentMarker } from '@/lib/export/word-comments';
import { blocksToTiptap } from '@/lib/templates';
import { referenceConceptModel } from '../bench/export-reference-concept';
import { bullets, cell, doc, h, item, modelWith, ordered, p, para, row, table, text } from './support';
import type { TiptapNode } from '@/lib/editor/types';

/**
 * docx numbers bookmarks on from document to document in one process and gives hyperlinks random relationship ids,
 * and the file's properties carry the time of writing: those are replaced by their order of appearance (and the
 * times by a mark), everything else must be equal byte for byte.
 */
function canonical(part: string): string {
  const numbering = new Map<string, Map<string, number>>();
  const renumber = (kind: string, value: string) => {
    const seen = numbering.get(kind) ?? new Map<string, number>();
    numbering.set(kind, seen);
    if (!seen.has(value)) seen.set(value, seen.size + 1);
    return `${kind}#${seen.get(value)}`;
  };
  return part
    .replace(/rId[A-Za-z0-9_-]{21}/g, (id) => renumber('rId', id))
    .replace(/_Toc\d+/g, (id) => renumber('toc', id))
    .replace(/(<w:bookmark(?:Start|End)[^>]*? w:id=")(\d+)/g, (_, start: string, id: string) => start + renumber('bookmark', id))
    .replace(/\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(?:\.\d+)?Z/g, 'ZEIT');
}

/** Where two parts first differ (with some context), or null when they are equal. */
function firstDifference(name: string, mine: string, theirs: string): string | null {
  if (mine === theirs) return null;
  let at = 0;
  while (at < mine.length && mine[at] === theirs[at]) at++;
  return `${name} an Stelle ${at}: …${mine.slice(Math.max(0, at - 80), at + 80)}… statt …${theirs.slice(Math.max(0, at - 80), at + 80)}…`;
}

/** The export's parts (paragraphs of plain runs prepared) against docx alone with docx's own paragraphs. */
function expectSameParts(build: () => Document) {
  const fast = compileParts(build());
  preparingParagraphs(false);
  let alone: ReturnType<typeof compileWithDocxAlone>;
  try {
    alone = compileWithDocxAlone(build());
  } finally {
    preparingParagraphs(true);
  }
  expect([...fast.keys()]).toEqual([...alone.keys()]);
  for (const [name, data] of alone) {
    const mine = fast.get(name)!;
    if (typeof data !== 'string') expect(Buffer.from(mine as Uint8Array).equals(Buffer.from(data))).toBe(true);
    // document.xml comes as UTF-8 bytes from compileParts.
    else expect(firstDifference(name, canonical(typeof mine === 'string' ? mine : Buffer.from(mine).toString('utf8')), canonical(data))).toBeNull();
  }
  return fast;
}

const demoModel = (): ExportDocument =>
  modelWith(Object.fromEntries(DEMO_CONCEPT.sections.map((s) => [s.key, validateRichText(blocksToTiptap(s.blocks))])), {
    concept: { title: DEMO_CONCEPT.title, status: 'draft', responsible: DEMO_CONCEPT.responsible },
  });

describe('DOCX schneller schreiben (docx-compile)', () => {
  it('is in use with the installed docx', () => {
    // A docx upgrade that changes the internals it relies on ends here: look at lib/export/docx-compile.ts again.
    expect(compileProblem()).toBeUndefined();
    // The comparisons below run docx's own methods on the other side.
    const own = () => [XmlComponent.prototype.prepForXml, NextAttributeComponent.prototype.prepForXml].map(String).join('\n');
    expect(withDocxAlone(own)).toMatch(/flatMap[\s\S]*_objectSpread2/);
    expect(own()).not.toMatch(/flatMap|_objectSpread2/);
  });

  it('is in use in every copy of it in one process (Next gives each route and page its own), each can still write as docx alone', () => {
    const own = () => [XmlComponent.prototype.prepForXml, NextAttributeComponent.prototype.prepForXml];
    const installed = own();
    let copy: typeof import('@/lib/export/docx-methods') | undefined;
    // A second copy of the module, with the same docx (and so the same prototypes) as the first.
    jest.isolateModules(() => {
      jest.doMock('docx', () => docxModule);
      copy = jest.requireActual<typeof import('@/lib/export/docx-methods')>('@/lib/export/docx-methods');
    });
    expect(copy!.replaceMethods()).toEqual([]);
    expect(own()).toEqual(installed);
    expect(copy!.withDocxAlone(() => own().map(String).join('\n'))).toMatch(/flatMap[\s\S]*_objectSpread2/);
    expect(own()).toEqual(installed);
  });

  it('writes the demo concept exactly as docx alone does', () => {
    const parts = expectSameParts(() => buildDocument(demoModel()));
    expect(String(parts.get('word/document.xml'))).toContain('Gewaltschutzkonzept');
  });

  it('writes the long reference concept exactly as docx alone does, also with Word asked to update its fields', () => {
    const model = referenceConceptModel();
    const parts = expectSameParts(() => buildDocument(model, { updateFields: false }));
    expect(String(parts.get('word/document.xml')).length).toBeGreaterThan(1_000_000);
    expectSameParts(() => buildDocument(model, { updateFields: true }));
  });

  it('escapes what XML needs escaped and leaves out what it cannot hold, as docx does', () => {
    // Braces as well: docx leaves its list numbers in the text as {placeholders} and replaces them after writing.
    const hostile = 'A&B <tag attr="x"> it\'s „Zitat“ \u0007\u001b 50\u00a0% e\u0301 👩‍👧 محمد {} {{Klammer}} {a{b}c} {offen';
    const model = modelWith({
      praeambel: doc(h(3, hostile), para(hostile), bullets(item(para(`Liste ${hostile}`)), item(p(text('fett & kursiv', [{ type: 'bold' }, { type: 'italic' }]))))),
      kooperation: doc(table(row(cell('Stelle <1>', 'tableHeader'), cell('„Erreichbarkeit“ & Zeiten', 'tableHeader')), row(cell(hostile), cell('Mo–Fr 8–16 Uhr')))),
    });
    const parts = expectSameParts(() => buildDocument(model));
    const xml = String(parts.get('word/document.xml'));
    expect(xml).toContain('A&amp;B &lt;tag attr=&quot;x&quot;&gt; it&apos;s');
    expect(xml).not.toMatch(/[\u0007\u001b]/);
    expect(xml).toContain('{} {{Klammer}} {a{b}c} {offen');
  });

  it('writes merged cells, lists in cells and quotes, lists that start anew and sections that end in a paragraph as docx alone does', () => {
    const cellWith = (...content: TiptapNode[]): TiptapNode => ({ type: 'tableCell', content });
    const wide = table(row(...Array.from({ length: 9 }, (_, i) => cell(`Spalte ${i + 1} mit etwas längerem Inhalt`, 'tableHeader'))));
    const model = modelWith({
      praeambel: doc(
        para('Vor der Tabelle.'),
        table(
          row(cell('Stelle', 'tableHeader'), cell('Aufgabe', 'tableHeader')),
          row(cell('Leitung der Unterkunft', 'tableCell', { rowspan: 2, align: 'center' }), cellWith(bullets(item(para('Hausordnung')), item(para('Beschwerden'))))),
          row(cellWith(para('Erster Absatz'), ordered({ start: 4 }, item(para('vierter Punkt')), item(para('fünfter Punkt'))))),
        ),
        para('Nach der Tabelle (mit Abstand).'),
        { type: 'blockquote', content: [para('Ein Zitat, eingerückt.'), bullets(item(para('im Zitat')))] },
        ordered({ start: 3 }, item(para('drei'), bullets(item(para('darunter')))), item(p())),
        ordered(null, item(para('neu gezählt'))),
      ),
      // A wide table on a landscape page: the portrait section before it ends with a plain paragraph.
      kooperation: doc(para('Die Tabelle folgt quer.'), wide),
    });
    expectSameParts(() => buildDocument(model));
  });

  it('writes links, Word comments and a redline with tracked changes as docx alone does', () => {
    const link = text('Hilfetelefon', [{ type: 'link', attrs: { href: 'https://www.hilfetelefon.de' } }]);
    const inserted = (t: string) => text(t, [{ type: INSERTED_MARK }]);
    const deleted = (t: string) => text(t, [{ type: DELETED_MARK }]);
    const model: ExportDocument = {
      ...modelWith({
        praeambel: doc(
          p(text('Beratung beim '), link, text(' rund um die Uhr.')),
          p(commentMarker(0, 'start'), text('Kommentierte Stelle'), commentMarker(0, 'end'), text(' und weiter.')),
          p(text('Die Leitung '), deleted('bespricht'), inserted('begleitet'), text(' jeden Vorfall.')),
          { type: 'paragraph', attrs: { revision: 'inserted' }, content: [inserted('Ein neuer Absatz.')] },
          bullets(item({ type: 'paragraph', attrs: { revision: 'deleted' }, content: [deleted('Ein gestrichener Punkt.')] })),
        ),
      }),
      comments: [{ id: 0, author: 'Beratung (fiktiv)', initials: 'BF', date: new Date('2026-11-20T09:00:00Z'), paragraphs: ['Bitte prüfen.'], isDone: false }],
    };
    expectSameParts(() => buildDocument(model));
    const ids = { next: 1 };
    const changesOf = (): ChangeMarking => ({ kind: 'tracked', author: 'Landkreis Musterland', date: '2026-11-20T09:00:00Z', ids });
    const parts = expectSameParts(() => {
      ids.next = 1;
      return buildDocument(model, { changesOf, trackRevisions: true });
    });
    expect(String(parts.get('word/document.xml'))).toMatch(/<w:ins [^>]*w:author="Landkreis Musterland"/);
  });

  it('writes docx objects with the quirks of docx’s writer', () => {
    expect(writeXmlable({ 'w:b': { _attr: { 'w:val': false } } })).toBe('<w:b w:val="false"/>');
    expect(writeXmlable({ 'w:p': {} })).toBe('<w:p/>');
    // Attributes only, as an array: open and closed.
    expect(writeXmlable({ 'w:p': [{ _attr: { 'w:rsidR': 'A' } }] })).toBe('<w:p w:rsidR="A"></w:p>');
    // A text takes the place of the element just before it.
    expect(writeXmlable({ 'w:t': [{ _attr: { 'xml:space': 'preserve' } }, { 'w:x': {} }, 'a<b'] })).toBe('<w:t xml:space="preserve">a&lt;b</w:t>');
    expect(writeXmlable({ 'w:r': [{ 'w:t': 'eins' }, { 'w:tab': {} }] })).toBe('<w:r><w:t>eins</w:t><w:tab/></w:r>');
    expect(writeXmlable({ 'w:instrText': { _cdata: 'a]]>b' } })).toBe('<w:instrText><![CDATA[a]]]]><![CDATA[>b]]></w:instrText>');
    expect(writeXmlable({ 'w:sz': 24 })).toBe('<w:sz>24</w:sz>');
  });
});
