/**
 * Text in a plain run (prepared-run.ts: PreparedRun, HyphenatedText) must be written exactly as docx writes the
 * same run built from its components (TextRun with strings, Tab, SoftHyphen): prepared as docx prepares it (with
 * docx's own prepForXml, not docx-compile.ts's replacements), and written directly as the export's writer writes
 * that (docx-compile.test.ts compares whole documents besides).
 */
import { Paragraph, SoftHyphen, Tab, TextRun, type IRunOptions } from 'docx';
import { mapInline } from '@/lib/export/inline-to-docx';
import { HyphenatedText, isPreparedRun, runXmlOf } from '@/lib/export/prepared-run';
import { withDocxAlone, writeXmlable } from '@/lib/export/docx-compile';
import { hyphenateText } from '@/lib/export/hyphenation';
import type { TiptapMark } from '@/lib/editor/types';

type Prepared = Record<string, unknown>;
const prepared = (component: Paragraph | TextRun): Prepared => withDocxAlone(() => component.prepForXml({ stack: [] } as never) as Prepared);
type Format = Pick<IRunOptions, 'bold' | 'italics' | 'underline' | 'strike'>;

/** The runs as docx builds them from strings, Tab and SoftHyphen components (the way before PreparedRun). */
function asDocxComponents(text: string, minLetters: number | undefined, format: Format = {}): TextRun[] {
  if (!/[\t\n]/.test(text) && !minLetters) return [new TextRun({ ...format, text })];
  return text.split('\n').map((line, index) => {
    const children: (string | Tab | SoftHyphen)[] = [];
    line.split('\t').forEach((part, i) => {
      if (i > 0) children.push(new Tab());
      if (!minLetters) {
        if (part) children.push(part);
        return;
      }
      for (const piece of hyphenateText(part, minLetters)) {
        if (piece === null) children.push(new SoftHyphen());
        else if (piece) children.push(piece);
      }
    });
    return new TextRun({ ...format, children, ...(index > 0 ? { break: 1 } : {}) });
  });
}

const TEXTS = [
  'Die Gewaltschutzkoordination bespricht die Risikoanalyse der Unterkunft mit der Unterkunftsleitung.',
  '  Am Wochenende  erreichbar: Bereitschaftsdienst des Jugendamtes  ',
  'Kinderschutzfachkraft\tMitarbeiterinnenversammlung\nBeschwerdemanagement und Gewaltschutzkonzept',
  'kurz',
  'Telefon 05999 100-412, https://www.musterland.example/gewaltschutz',
];

describe('Silbentrennung im Export: HyphenatedText', () => {
  it.each(TEXTS)('writes %j as docx writes Text and SoftHyphen components', (text) => {
    const ours = new Paragraph({ children: mapInline([{ type: 'text', text, marks: [{ type: 'bold' }] }], 'Test', 8) });
    const theirs = new Paragraph({ children: asDocxComponents(text, 8, { bold: true }) });
    expect(prepared(ours)).toEqual(prepared(theirs));
  });

  it('writes every formatting of a run, hyphenated or not, with tabs and line breaks, as docx does', () => {
    const marks: [TiptapMark, Format][] = [
      [{ type: 'bold' }, { bold: true }],
      [{ type: 'italic' }, { italics: true }],
      [{ type: 'underline' }, { underline: {} }],
      [{ type: 'strike' }, { strike: true }],
    ];
    for (let combination = 0; combination < 16; combination++) {
      const chosen = marks.filter((_, i) => combination & (1 << i));
      const format = Object.assign({}, ...chosen.map(([, f]) => f)) as Format;
      for (const text of [...TEXTS, 'eins\tzwei', 'Zeile\n\nnach einer Leerzeile']) {
        for (const minLetters of [undefined, 8]) {
          const runs = mapInline([{ type: 'text', text, marks: chosen.map(([m]) => m) }], 'Test', minLetters);
          const docxRuns = asDocxComponents(text, minLetters, format);
          const ours = new Paragraph({ children: runs });
          const theirs = new Paragraph({ children: docxRuns });
          expect([combination, text, minLetters, prepared(ours)]).toEqual([combination, text, minLetters, prepared(theirs)]);
          // Written directly (while the export's writer prepares the body): the XML of what docx prepares.
          expect(runs.every(isPreparedRun)).toBe(true);
          expect([combination, text, minLetters, runs.map(runXmlOf)]).toEqual([combination, text, minLetters, docxRuns.map((run) => writeXmlable(prepared(run)))]);
        }
      }
    }
    // A line break of its own (hardBreak) between two texts.
    const ours = new Paragraph({ children: mapInline([{ type: 'text', text: 'vor' }, { type: 'hardBreak' }, { type: 'text', text: 'nach' }], 'Test') });
    const theirs = new Paragraph({ children: [new TextRun({ text: 'vor' }), new TextRun({ break: 1 }), new TextRun({ text: 'nach' })] });
    expect(prepared(ours)).toEqual(prepared(theirs));
  });

  it('keeps a text that docx would take for a page number (CURRENT, SECTION …) as text', () => {
    for (const word of ['CURRENT', 'TOTAL_PAGES', 'SECTION', 'TOTAL_PAGES_IN_SECTION']) {
      for (const [text, minLetters] of [[word, 4], [`a\t${word}`, undefined], [`${word}\n${word}`, 4]] as const) {
        const xml = JSON.stringify(prepared(new Paragraph({ children: mapInline([{ type: 'text', text }], 'Test', minLetters) })));
        expect([text, xml]).not.toEqual([text, expect.stringMatching(/fldChar|instrText/)]);
        const written = [...xml.matchAll(/"w:t":\[\{"_attr":\{"xml:space":"preserve"\}\},"([^"]*)"\]/g)].map((m) => m[1]).join('');
        expect(written).toBe(text.replace(/[\t\n]/g, ''));
      }
    }
  });

  it('writes a very long paragraph (more soft hyphens than a function call takes arguments)', () => {
    const text = 'Gewaltschutzkoordination '.repeat(20_000);
    const xml = prepared(new Paragraph({ children: mapInline([{ type: 'text', text }], 'Test', 8) }));
    const run = (xml['w:p'] as Prepared[]).find((child) => 'w:r' in child)!['w:r'] as unknown[];
    expect(run.filter((child) => typeof child === 'object' && child !== null && 'w:softHyphen' in child).length).toBeGreaterThan(130_000);
  });

  it('puts soft hyphens into long words and shares nothing that a later step could change', () => {
    const pieces = hyphenateText('Gewaltschutzkoordination', 8);
    expect(pieces.filter((piece) => piece === null).length).toBeGreaterThan(3);
    const [hyphen, ...rest] = new HyphenatedText(['Ge', null, 'walt']).prepForXml().filter((o) => 'w:softHyphen' in o);
    expect(rest).toEqual([]);
    expect(Object.isFrozen(hyphen)).toBe(true);
    // Each text piece is an object of its own (the TOC reads them, bookmarks are put next to them).
    const [first, , second] = new HyphenatedText(['Ge', null, 'walt']).prepForXml();
    expect(first).toEqual({ 'w:t': [{ _attr: { 'xml:space': 'preserve' } }, 'Ge'] });
    expect(second).not.toBe(first);
  });
});
