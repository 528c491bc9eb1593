/**
 * Hyphenated text in a run (inline-to-docx.ts, HyphenatedText) must be written exactly as docx writes the same
 * pieces given as Text and SoftHyphen components. This file does not load docx-compile.ts, so docx's own prepForXml
 * runs here (docx-compile.test.ts compares the faster one with it over whole documents).
 */
import { Paragraph, SoftHyphen, Tab, TextRun } from 'docx';
import { HyphenatedText, mapInline } from '@/lib/export/inline-to-docx';
import { hyphenateText } from '@/lib/export/hyphenation';

type Prepared = Record<string, unknown>;
const prepared = (paragraph: Paragraph): Prepared => paragraph.prepForXml({ stack: [] } as never) as Prepared;

/** The run as docx builds it from strings and SoftHyphens (the way before HyphenatedText). */
function asDocxComponents(text: string, minLetters: number, bold?: boolean): TextRun[] {
  return text.split('\n').map((line, index) => {
    const children: (string | Tab | SoftHyphen)[] = [];
    line.split('\t').forEach((part, i) => {
      if (i > 0) children.push(new Tab());
      for (const piece of hyphenateText(part, minLetters)) {
        if (piece === null) children.push(new SoftHyphen());
        else if (piece) children.push(piece);
      }
    });
    return new TextRun({ ...(bold ? { bold } : {}), children, ...(index > 0 ? { break: 1 } : {}) });
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
    const theirs = new Paragraph({ children: asDocxComponents(text, 8, true) });
    expect(prepared(ours)).toEqual(prepared(theirs));
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
