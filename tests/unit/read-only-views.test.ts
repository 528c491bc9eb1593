/**
 * The read-only views (history, conflict, advisors): counts in correct German, and wide tables
 * in a named, focusable scrolling region (rendered to HTML as the server does).
 */
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { DiffView } from '@/app/_components/diff-view';
import { RichTextView } from '@/app/_components/rich-text-view';
import { diffDocs } from '@/lib/diff/word-diff';
import { DATA_FIELD_HINTS, dataFieldToken } from '@/lib/editor/data-fields';
import { getEditorSchema } from '@/lib/editor/extensions';
import type { TiptapDoc, TiptapNode } from '@/lib/editor/types';
import { validateRichText } from '@/lib/editor/validate-content';

const p = (text: string): TiptapNode => ({ type: 'paragraph', content: [{ type: 'text', text }] });
const doc = (...texts: string[]): TiptapDoc => ({ type: 'doc', content: texts.map(p) });
const t = (text: string, marks?: TiptapNode['marks']): TiptapNode => (marks ? { type: 'text', text, marks } : { type: 'text', text });
const para = (...content: TiptapNode[]): TiptapNode => ({ type: 'paragraph', content });

describe('Unterschiede', () => {
  it('says "1 geänderte Stelle" for one change and "2 geänderte Stellen" for two', () => {
    const one = renderToStaticMarkup(createElement(DiffView, { blocks: diffDocs(doc('A eins', 'B zwei'), doc('A eins', 'B drei')) }));
    expect(one).toContain('1 geänderte Stelle<');
    const two = renderToStaticMarkup(createElement(DiffView, { blocks: diffDocs(doc('A eins', 'B zwei'), doc('A vier', 'B drei')) }));
    expect(two).toContain('2 geänderte Stellen');
  });
});

describe('Tabellen in der Leseansicht', () => {
  it('sit in a focusable region named after their first row, so a keyboard can scroll them', () => {
    const header = ['Ort', 'Zeit', 'Betroffene Gruppe', 'Risiko'].map((t): TiptapNode => ({ type: 'tableHeader', content: [p(t)] }));
    const table: TiptapDoc = { type: 'doc', content: [{ type: 'table', content: [{ type: 'tableRow', content: header }] }] };
    const html = renderToStaticMarkup(createElement(RichTextView, { doc: table }));
    expect(html).toMatch(/<div class="table-wrap" role="region" aria-label="Tabelle: Ort, Zeit, Betroffene Gruppe …" tabindex="0">/);
  });

  it('never share a name on one page: the text they belong to is named, and tables alike in one text are counted', () => {
    const header = (...names: string[]): TiptapNode => ({
      type: 'table',
      content: [{ type: 'tableRow', content: names.map((n): TiptapNode => ({ type: 'tableHeader', content: [p(n)] })) }],
    });
    const text: TiptapDoc = { type: 'doc', content: [header('Angabe', 'Eintrag'), p('Dazwischen'), header('Feld', 'Eintrag'), header('Angabe', 'Eintrag')] };
    const labels = (html: string) => [...html.matchAll(/class="table-wrap" role="region" aria-label="([^"]*)"/g)].map((m) => m[1]);

    expect(labels(renderToStaticMarkup(createElement(RichTextView, { doc: text })))).toEqual([
      'Tabelle: Angabe, Eintrag (1 von 2)',
      'Tabelle: Feld, Eintrag',
      'Tabelle: Angabe, Eintrag (2 von 2)',
    ]);
    // Two texts on one page (the sections of a Fassung, both sides of a conflict) name themselves.
    const page = renderToStaticMarkup(
      createElement('div', null, createElement(RichTextView, { doc: text, tableContext: '1 Deckblatt' }), createElement(RichTextView, { doc: text, label: 'Ihre Version' })),
    );
    const all = labels(page);
    expect(all).toContain('Tabelle: Feld, Eintrag – 1 Deckblatt');
    expect(all).toContain('Tabelle: Angabe, Eintrag – Ihre Version (2 von 2)');
    expect(new Set(all).size).toBe(all.length);
  });
});

describe('Leseansicht: jeder Knoten und jede Formatierung des Editor-Schemas', () => {
  const cell = (type: 'tableHeader' | 'tableCell', text: string): TiptapNode => ({ type, content: [p(text)] });

  /** One document with every node and mark of the schema; checked by validateRichText, so it is storable content. */
  const everything: TiptapDoc = validateRichText({
    type: 'doc',
    content: [
      { type: 'heading', attrs: { level: 3 }, content: [t('Überschrift drei')] },
      { type: 'heading', attrs: { level: 4 }, content: [t('Überschrift vier')] },
      para(
        t('fett', [{ type: 'bold' }]),
        t('kursiv', [{ type: 'italic' }]),
        t('unterstrichen', [{ type: 'underline' }]),
        t('durchgestrichen', [{ type: 'strike' }]),
        t('Beratungsstelle', [{ type: 'link', attrs: { href: 'https://beratung.example.org/' } }]),
        { type: 'hardBreak' },
        { type: 'dataField', attrs: { name: 'concept.responsible' } },
      ),
      { type: 'blockquote', content: [p('Zitat')] },
      { type: 'bulletList', content: [{ type: 'listItem', content: [p('Punkt')] }] },
      { type: 'orderedList', attrs: { start: 3 }, content: [{ type: 'listItem', content: [p('Schritt')] }] },
      {
        type: 'table',
        content: [
          { type: 'tableRow', content: [cell('tableHeader', 'Ort'), cell('tableHeader', 'Zeit')] },
          { type: 'tableRow', content: [cell('tableCell', 'Flur'), cell('tableCell', 'nachts')] },
        ],
      },
    ],
  });

  /** What each schema type must produce in the HTML. */
  const expected: Record<string, RegExp> = {
    doc: /^<div class="rich-text">/,
    paragraph: /<p>/,
    text: /<span>Zitat<\/span>/,
    heading: /<h3>.*Überschrift drei.*<\/h3>.*<h4>.*Überschrift vier.*<\/h4>/,
    blockquote: /<blockquote><p>.*Zitat.*<\/p><\/blockquote>/,
    bulletList: /<ul><li>.*Punkt.*<\/li><\/ul>/,
    orderedList: /<ol start="3"><li>.*Schritt.*<\/li><\/ol>/,
    listItem: /<li>/,
    hardBreak: /<br\/>/,
    table: /<div class="table-wrap" role="region" aria-label="Tabelle: Ort, Zeit" tabindex="0"><table class="table"><tbody>/,
    tableRow: /<tr>/,
    tableHeader: /<th scope="col" colSpan="1" rowSpan="1">.*Ort.*<\/th>/,
    tableCell: /<td colSpan="1" rowSpan="1">.*nachts.*<\/td>/,
    dataField: /<span class="data-field" data-field="concept.responsible" title="[^"]+">Fachbereich Soziales<span class="visually-hidden">/,
    bold: /<strong><span>fett<\/span><\/strong>/,
    italic: /<em><span>kursiv<\/span><\/em>/,
    underline: /<u><span>unterstrichen<\/span><\/u>/,
    strike: /<s><span>durchgestrichen<\/span><\/s>/,
    link: /<a href="https:\/\/beratung.example.org\/" rel="noopener noreferrer nofollow"><span>Beratungsstelle<\/span><\/a>/,
  };

  it('covers every node and mark type of the schema (a new type needs a line here and in rich-text-view.tsx)', () => {
    const schema = getEditorSchema();
    expect(Object.keys(expected).sort()).toEqual([...Object.keys(schema.nodes), ...Object.keys(schema.marks)].sort());
  });

  it.each(Object.entries(expected))('renders %s', (_type, pattern) => {
    const html = renderToStaticMarkup(createElement(RichTextView, { doc: everything, fieldValues: { 'concept.responsible': 'Fachbereich Soziales' } }));
    expect(html).toMatch(pattern);
    expect(html).not.toContain('rich-text-unknown');
  });

  it('shows a data field without a value as its hint, marked as missing, and without values as its token', () => {
    const field: TiptapDoc = { type: 'doc', content: [para({ type: 'dataField', attrs: { name: 'concept.responsible' } })] };
    const missing = renderToStaticMarkup(createElement(RichTextView, { doc: field, fieldValues: {} }));
    expect(missing).toContain('class="data-field data-field--missing"');
    expect(missing).toContain(`>${DATA_FIELD_HINTS['concept.responsible']}<`);
    const plain = renderToStaticMarkup(createElement(RichTextView, { doc: field }));
    expect(plain).toContain(`>${dataFieldToken('concept.responsible')}<`);
  });

  it('never turns a link with a forbidden scheme into a link, and opens none in a new window', () => {
    const bad: TiptapDoc = {
      type: 'doc',
      content: [para(t('klick', [{ type: 'link', attrs: { href: 'javascript:alert(1)' } }]), t('mail', [{ type: 'link', attrs: { href: 'mailto:info@example.org' } }]))],
    };
    const html = renderToStaticMarkup(createElement(RichTextView, { doc: bad }));
    expect(html).not.toContain('javascript:');
    expect(html).toContain('<span>klick</span>');
    expect(html).toContain('<a href="mailto:info@example.org" rel="noopener noreferrer nofollow">');
    expect(html).not.toContain('target=');
  });
});

describe('Leseansicht: unbekannte Inhalte', () => {
  let errors: jest.SpyInstance;
  beforeEach(() => {
    errors = jest.spyOn(console, 'error').mockImplementation(() => undefined);
  });
  afterEach(() => errors.mockRestore());

  it('marks a node the schema does not know instead of passing it off as normal text, and reports it', () => {
    const odd: TiptapDoc = { type: 'doc', content: [p('davor'), { type: 'codeBlock', content: [{ type: 'text', text: 'alter Inhalt' }] }] };
    const html = renderToStaticMarkup(createElement(RichTextView, { doc: odd }));
    expect(html).toContain('<span class="rich-text-unknown" data-unknown-node="codeBlock">[Nicht darstellbarer Inhalt („codeBlock“): alter Inhalt]</span>');
    expect(html).not.toMatch(/<div>[^<]*<span>alter Inhalt<\/span>/);
    expect(errors).toHaveBeenCalledWith(expect.stringContaining('„codeBlock“'));
  });

  it('keeps the text of an unknown formatting and reports the formatting', () => {
    const odd: TiptapDoc = { type: 'doc', content: [para(t('x = 1', [{ type: 'code' }]))] };
    const html = renderToStaticMarkup(createElement(RichTextView, { doc: odd }));
    expect(html).toContain('<p><span><span>x = 1</span></span></p>');
    expect(errors).toHaveBeenCalledWith(expect.stringContaining('„code“'));
  });
});
