import { AppError } from '../../lib/errors';
import type { TiptapDoc, TiptapNode } from '../../lib/editor/types';
import { EDITOR_SCHEMA_VERSION } from '../../lib/editor/extensions';
import {
  MAX_NESTING_DEPTH,
  MAX_SECTION_JSON_BYTES,
  MAX_SECTION_TEXT_CHARS,
  isEmptyDoc,
  validateRichText,
} from '../../lib/editor/validate-content';
import { blocksToTiptap, flattenSections, getTemplate } from '../../lib/templates';

const text = (t: string, marks?: TiptapNode['marks']): TiptapNode => (marks ? { type: 'text', text: t, marks } : { type: 'text', text: t });
const p = (...content: TiptapNode[]): TiptapNode => (content.length ? { type: 'paragraph', content } : { type: 'paragraph' });
const para = (t: string): TiptapNode => p(text(t));
const doc = (...content: TiptapNode[]): TiptapDoc => ({ type: 'doc', content });
const link = (href: string, attrs: Record<string, unknown> = {}): TiptapNode =>
  p(text('hier', [{ type: 'link', attrs: { href, ...attrs } }]));
const cell = (t: string, type = 'tableCell', attrs?: Record<string, unknown>): TiptapNode => ({
  type,
  ...(attrs ? { attrs } : {}),
  content: [para(t)],
});
const row = (...cells: TiptapNode[]): TiptapNode => ({ type: 'tableRow', content: cells });
const table = (...rows: TiptapNode[]): TiptapNode => ({ type: 'table', content: rows });
const list = (type: 'bulletList' | 'orderedList', ...items: TiptapNode[][]): TiptapNode => ({
  type,
  content: items.map((content) => ({ type: 'listItem', content })),
});

/** Uses every node, mark and attribute of the editor schema. */
const everything: TiptapDoc = doc(
  { type: 'heading', attrs: { level: 3 }, content: [text('Ziele')] },
  { type: 'heading', attrs: { level: 4 }, content: [text('Unterziele')] },
  p(
    text('fett', [{ type: 'bold' }]),
    text(' kursiv', [{ type: 'italic' }]),
    text(' unterstrichen', [{ type: 'underline' }]),
    text(' durchgestrichen', [{ type: 'strike' }]),
    { type: 'hardBreak' },
    text('Web', [{ type: 'link', attrs: { href: 'https://example.org/a?b=c#d', title: 'Beispiel' } }]),
    text(' Mail', [{ type: 'link', attrs: { href: 'mailto:gewaltschutz@kreis.de' } }]),
    text(' Tel', [{ type: 'link', attrs: { href: 'tel:+4930123456' } }, { type: 'bold' }]),
    text(' alt', [{ type: 'link', attrs: { href: 'http://example.org' } }]),
    text(' Verantwortlich: '),
    { type: 'dataField', attrs: { name: 'concept.responsible' } },
    { type: 'dataField', attrs: { name: 'district.name' }, marks: [{ type: 'bold' }] },
  ),
  { type: 'blockquote', content: [para('Zitat')] },
  list('bulletList', [para('eins'), list('orderedList', [para('eins.eins')])], [para('zwei')]),
  { type: 'orderedList', attrs: { start: 3, type: 'a' }, content: [{ type: 'listItem', content: [para('drei')] }] },
  table(
    row(cell('Risiko', 'tableHeader'), cell('Maßnahme', 'tableHeader', { colspan: 1, rowspan: 1, colwidth: [120], align: 'center' })),
    row(cell('Nacht', 'tableCell', { rowspan: 2 }), cell('Wachdienst')),
    row(cell('Beleuchtung', 'tableCell', { align: 'left' })),
    row(cell('Gemeinsam', 'tableCell', { colspan: 2 })),
  ),
);

/** Runs validation and returns the German message of the expected invalid_input error. */
function rejection(input: unknown): string {
  try {
    validateRichText(input);
  } catch (error) {
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).code).toBe('invalid_input');
    return (error as AppError).message;
  }
  throw new Error(`accepted: ${JSON.stringify(input).slice(0, 200)}`);
}

describe('validateRichText accepts', () => {
  it('a document using every node, mark and attribute, unchanged by a second round', () => {
    const first = validateRichText(everything);
    expect(validateRichText(first)).toEqual(first);
    expect(JSON.stringify(first)).toContain('"rel":"noopener noreferrer nofollow"');
  });

  it('every starter, text block and guidance of the template (with and without a date for {{today}})', () => {
    const template = getTemplate('gewaltschutz-gu');
    let checked = 0;
    for (const { section } of flattenSections(template)) {
      const sources = [section.starter ?? [], section.guidance, ...section.textBlocks.map((t) => t.blocks)];
      for (const blocks of sources) {
        for (const converted of [blocksToTiptap(blocks), blocksToTiptap(blocks, { today: '25.11.2026' })]) {
          const normalised = validateRichText(converted);
          expect(normalised.content).toHaveLength(converted.content.length);
          checked++;
        }
      }
    }
    expect(checked).toBeGreaterThan(20);
  });

  it('the empty document Tiptap creates', () => {
    const empty = validateRichText(doc(p()));
    expect(empty).toEqual({ type: 'doc', content: [{ type: 'paragraph' }] });
    expect(isEmptyDoc(empty)).toBe(true);
    expect(isEmptyDoc(doc(para('  ')))).toBe(true);
    expect(isEmptyDoc(doc(para('Text')))).toBe(false);
  });

  it('is stored with a schema version', () => {
    expect(EDITOR_SCHEMA_VERSION).toMatch(/^tiptap-\d+\.\d+\.\d+\/\d+$/);
  });
});

describe('validateRichText normalises', () => {
  it('link target, rel and class to our fixed values', () => {
    const out = validateRichText(doc(link('https://kreis.de', { target: '_blank', rel: 'opener', class: 'x' })));
    expect(out.content[0]?.content?.[0]?.marks?.[0]).toEqual({
      type: 'link',
      attrs: { href: 'https://kreis.de', target: null, rel: 'noopener noreferrer nofollow', class: null, title: null },
    });
  });

  it('scheme-less www. and e-mail links to full addresses', () => {
    const out = validateRichText(doc(link('www.kreis.de'), link('info@kreis.de')));
    expect(out.content.map((n) => n.content?.[0]?.marks?.[0]?.attrs?.href)).toEqual(['https://www.kreis.de', 'mailto:info@kreis.de']);
  });

  it('control characters away (invalid in DOCX) and drops text that becomes empty', () => {
    const out = validateRichText(doc(p(text('ab\u000bc\td')), p(text('\u0007'))));
    expect(out.content).toEqual([{ type: 'paragraph', content: [{ type: 'text', text: 'abc\td' }] }, { type: 'paragraph' }]);
  });

  it('a link title like text: control characters dropped, half an emoji as „�“ (Postgres refuses both in JSON)', () => {
    const out = validateRichText(doc(link('https://kreis.de', { title: 'Kreis\u0000seite \ud83d Nord\uffff' })));
    expect(out.content[0]?.content?.[0]?.marks?.[0]?.attrs?.title).toBe('Kreisseite \ufffd Nord');
  });

  it('returns a fresh object and does not mutate the input', () => {
    const input = JSON.parse(JSON.stringify(everything)) as TiptapDoc;
    const before = JSON.stringify(input);
    const out = validateRichText(input);
    expect(out).not.toBe(input);
    expect(JSON.stringify(input)).toBe(before);
  });
});

describe('validateRichText rejects', () => {
  it.each([
    ['null', null],
    ['a string', '{"type":"doc"}'],
    ['an array', [{ type: 'doc' }]],
    ['a paragraph instead of a doc', para('x')],
    ['a number', 42],
  ])('non-document input: %s', (_label, input) => {
    expect(rejection(input)).toMatch(/kein gültiges Dokument/);
  });

  it('a link target with half an emoji or a non-character, which Postgres or Word would refuse', () => {
    expect(rejection(doc(link('https://kreis.de/\ud83d')))).toMatch(/unvollständiges Schriftzeichen/);
    expect(rejection(doc(link('https://kreis.de/\uffff')))).toMatch(/Leer- oder Steuerzeichen/);
  });

  it('text with a NUL byte (no text at all; Postgres would refuse it), with a German message', () => {
    expect(rejection(doc(p(text('Der Kreis\u0000 schützt.'))))).toMatch(/^Der Text enthält ein unsichtbares Steuerzeichen \(Nullzeichen\)/);
  });

  it('a document without content', () => {
    expect(rejection({ type: 'doc', content: [] })).toMatch(/Dokument ist leer/);
    expect(rejection({ type: 'doc' })).toMatch(/Dokument ist leer/);
  });

  it.each([
    'javascript:alert(1)',
    'JAVASCRIPT:alert(1)',
    ' javascript:alert(1)',
    'java\nscript:alert(1)',
    'java\tscript:alert(1)',
    '\u0001javascript:alert(1)',
    'jav&#x61;script:alert(1)',
    'data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==',
    'vbscript:msgbox(1)',
    'file:///C:/Windows',
    '/intern/seite',
    'kreis.de',
  ])('the link %j', (href) => {
    expect(rejection(doc(link(href)))).toMatch(/^Der Link „.*“ .*Erlaubt sind Links mit http:, https:, mailto:, tel:\.$/s);
  });

  it('a link without href', () => {
    expect(rejection(doc(link('')))).toMatch(/^Ein Link hat kein Ziel/);
    expect(rejection(doc(p(text('x', [{ type: 'link' }]))))).toMatch(/^Ein Link hat kein Ziel \(die Adresse fehlt\)\. Erlaubt sind Links mit http:/);
  });

  it('unknown link attributes', () => {
    expect(rejection(doc(link('https://kreis.de', { onclick: 'alert(1)' })))).toBe(
      'Unbekanntes Attribut „onclick“ bei der Formatierung „link“. Bitte laden Sie die Seite neu.',
    );
  });

  it.each(['codeBlock', 'image', 'horizontalRule', 'iframe'])('the unknown node %s', (type) => {
    expect(rejection(doc({ type, content: [text('x')] }))).toMatch(new RegExp(`^Unbekanntes Element „${type}“: .*Erlaubt sind: „Absatz“`));
  });

  it('an unknown mark', () => {
    expect(rejection(doc(p(text('x', [{ type: 'highlight' }]))))).toMatch(/^Unbekannte Formatierung „highlight“\. Erlaubt sind: .*bold/);
    expect(rejection(doc(p(text('x', [{ type: 'code' }]))))).toMatch(/Unbekannte Formatierung „code“/);
  });

  it.each([1, 2, 5, '3', undefined])('heading level %j', (level) => {
    const node: TiptapNode = { type: 'heading', ...(level === undefined ? {} : { attrs: { level } }), content: [text('T')] };
    expect(rejection(doc(node))).toMatch(/^Zwischenüberschriften sind nur in den Ebenen 3 und 4 erlaubt \(gesendet: .+\)\. Die Ebenen 1 und 2/);
  });

  it('unknown attributes and properties on nodes', () => {
    expect(rejection(doc({ type: 'paragraph', attrs: { style: 'color:red' } }))).toBe(
      'Unbekanntes Attribut „style“ bei „Absatz“. Bitte laden Sie die Seite neu.',
    );
    expect(rejection(doc({ ...para('x'), html: '<b>' } as TiptapNode))).toMatch(/Unerwartete Eigenschaft „html“ bei „Absatz“/);
    expect(rejection(doc({ type: 'orderedList', attrs: { start: -1 }, content: [{ type: 'listItem', content: [para('x')] }] }))).toMatch(
      /Startwert einer nummerierten Liste muss eine ganze Zahl/,
    );
  });

  it.each([['gibt.es.nicht'], ['today'], [''], [null], [42], [undefined]])('a data field named %j', (name) => {
    const field: TiptapNode = { type: 'dataField', ...(name === undefined ? {} : { attrs: { name } }) };
    expect(rejection(doc(p(text('Verantwortlich: '), field)))).toMatch(
      /^Der Text enthält eine unbekannte Angabe aus den Eckdaten \(.+\)\. Bitte laden Sie die Seite neu/,
    );
  });

  it('a data field with text, content or extra attributes', () => {
    const field = { type: 'dataField', attrs: { name: 'district.name' } };
    expect(rejection(doc(p({ ...field, text: 'Landkreis' })))).toMatch(/„Angabe aus den Eckdaten“ darf keinen Text direkt enthalten/);
    expect(rejection(doc(p({ ...field, content: [text('Landkreis')] })))).toMatch(/ungültigen Aufbau/);
    expect(rejection(doc(p({ ...field, attrs: { name: 'district.name', value: 'Landkreis X' } })))).toBe(
      'Unbekanntes Attribut „value“ bei „Angabe aus den Eckdaten“. Bitte laden Sie die Seite neu.',
    );
    // Block position: a field is inline only.
    expect(rejection(doc(field))).toMatch(/ungültigen Aufbau/);
  });

  it('content that does not fit the schema', () => {
    expect(rejection(doc(text('lose')))).toMatch(/ungültigen Aufbau bei „Dokument“/);
    expect(rejection(doc({ type: 'bulletList', content: [para('x')] }))).toMatch(/ungültigen Aufbau bei „Aufzählung“/);
    expect(rejection(doc(p(text('x', [{ type: 'bold' }, { type: 'bold' }]))))).toMatch(/ungültigen Aufbau/);
  });

  it('a ragged table', () => {
    const ragged = table(row(cell('A', 'tableHeader'), cell('B', 'tableHeader')), row(cell('1')));
    expect(rejection(doc(ragged))).toBe(
      'Zeile 2 von Tabelle 1 hat 1 Spalten, die erste Zeile aber 2. Alle Zeilen einer Tabelle müssen gleich viele Spalten haben.',
    );
    const wide = table(row(cell('A'), cell('B')), row(cell('1', 'tableCell', { colspan: 3 })));
    expect(rejection(doc(wide))).toMatch(/Zeile 2 von Tabelle 1 hat 3 Spalten, die erste Zeile aber 2/);
    const overlong = table(row(cell('A', 'tableCell', { rowspan: 3 }), cell('B')), row(cell('C')));
    expect(rejection(doc(overlong))).toMatch(/reicht eine verbundene Zelle über die letzte Zeile hinaus/);
  });

  it('other table shapes the export cannot handle', () => {
    expect(rejection(doc(table(row(cell('A')), row(cell('B', 'tableHeader')))))).toMatch(/Kopfzellen sind nur in der ersten Zeile/);
    expect(rejection(doc(table(row(cell('A')), row())))).toMatch(/Zeile 2 von Tabelle 1 enthält keine Zellen/);
    expect(rejection(doc(table()))).toMatch(/ungültigen Aufbau bei „Tabelle“/);
    const nested: TiptapNode = { type: 'tableCell', content: [table(row(cell('innen')))] };
    expect(rejection(doc(table(row(nested))))).toMatch(/verschachtelte Tabellen werden nicht unterstützt/);
    const tooWide = table(row(...Array.from({ length: 21 }, (_, i) => cell(String(i)))));
    expect(rejection(doc(tooWide))).toMatch(/hat 21 Spalten; erlaubt sind höchstens 20/);
    const tooLong = table(...Array.from({ length: 501 }, () => row(cell('x'))));
    expect(rejection(doc(tooLong))).toMatch(/hat 501 Zeilen; erlaubt sind höchstens 500/);
  });

  it('too much text, with both numbers in German format', () => {
    const big = doc(...Array.from({ length: 151 }, () => para('x'.repeat(1_000))));
    expect(rejection(big)).toBe(
      'Der Abschnitt ist zu lang: Erlaubt sind 150.000 Zeichen Text, gesendet wurden 151.000 Zeichen. ' +
        'Bitte kürzen Sie den Text oder teilen Sie ihn auf.',
    );
    expect(MAX_SECTION_TEXT_CHARS).toBe(150_000);
  });

  it('a document too large in bytes although its text is within limits', () => {
    const marks = [{ type: 'bold' }, { type: 'italic' }, { type: 'underline' }, { type: 'strike' }];
    const runs = Array.from({ length: 6_000 }, (_, i) => text(`w${i % 10}`, i % 2 ? marks : undefined));
    const message = rejection(doc(...Array.from({ length: 5 }, () => p(...runs))));
    expect(message).toMatch(/^Der Abschnitt ist zu groß: Erlaubt sind 500\.000 Bytes, gesendet wurden \d{1,3}(\.\d{3})+ Bytes\./);
    expect(MAX_SECTION_JSON_BYTES).toBe(500_000);
  });

  it('too deep nesting', () => {
    let node: TiptapNode = para('tief');
    for (let i = 0; i < 20; i++) node = { type: 'blockquote', content: [node] };
    expect(rejection(doc(node))).toBe(`Der Inhalt ist zu tief verschachtelt (mehr als ${MAX_NESTING_DEPTH} Ebenen).`);
    let list: TiptapNode = para('x');
    for (let i = 0; i < 10; i++) list = { type: 'bulletList', content: [{ type: 'listItem', content: [para('x'), list] }] };
    expect(rejection(doc(list))).toMatch(/zu tief verschachtelt/);
  });

  it('a self-referencing structure without hanging', () => {
    const loop: Record<string, unknown> = { type: 'blockquote' };
    loop.content = [loop];
    expect(rejection(doc(loop as unknown as TiptapNode))).toMatch(/zu tief verschachtelt/);
  });
});
