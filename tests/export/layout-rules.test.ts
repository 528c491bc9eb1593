/**
 * The typesetting rules of the export at the model and XML level: German soft hyphens,
 * numbering without gaps and the references that follow it, table orientation and
 * column widths, landscape tables that take their short introduction along.
 * LibreOffice's rendering of the same rules is checked in pdf-rendering.test.ts.
 */
import fc from 'fast-check';
import { renumberText } from '@/lib/export/cross-references';
import { HYPHENATE_MIN_LETTERS, hyphenateText, syllablesOf } from '@/lib/export/hyphenation';
import { DROPPED_SUFFIX } from '@/lib/export/render-docx';
import { columnWidths, gridOf } from '@/lib/export/table-grid';
import { TEXT_WIDTH } from '@/lib/export/styles';
import { flattenSections, getTemplate } from '@/lib/templates';
import type { TiptapNode } from '@/lib/editor/types';
import { fcParams } from '../support/fast-check';
import { cell, doc, exportModel, h, modelWith, p, para, paragraphs, row, table, text, xmlText } from './support';

const WORDS = [
  'Gewaltschutzkoordination', 'Wochenende', 'Datenschutzbeauftragte', 'Gemeinschaftsunterkünfte', 'Kindeswohlgefährdung', 'Unterkunft',
  'Bewohner:innenbeirat', 'E-Mail-Adresse', 'gewaltschutz@musterland.example', 'www.musterland.example/gewaltschutzkoordination',
  'LSBTI*-feindliche', 'DeBUG-Beratung', '05999 100-412', '25.11.2026', 'Straßenbeleuchtung', 'Größenordnung', 'Nachtbereitschaft',
  '„Schutzkonzept“', '(Sicherheitsdienst)', 'Olexandr Schewtschenko', 'Verantwortlichkeiten,', 'und', 'die', 'Mindeststandards.',
];

describe('Silbentrennung (weiche Trennstellen aus deutschen Mustern)', () => {
  it('breaks long words at German syllables, never leaving fewer than two letters before or three after a break', () => {
    expect(syllablesOf('Gewaltschutzkoordination').join('|')).toBe('Ge|walt|schutz|ko|or|di|na|tion');
    // „Wochenen-de“ is not a break a typesetter accepts; „Wo-chenende“ and „Wochen-ende“ are.
    expect(syllablesOf('Wochenende')).toEqual(['Wo', 'chen', 'ende']);
    expect(syllablesOf('Datenschutzbeauftragte').at(-1)!.length).toBeGreaterThanOrEqual(3);
    // Short words, acronyms and words with capitals inside stay whole.
    expect(syllablesOf('Unterkunft', 12)).toEqual(['Unterkunft']);
    expect(syllablesOf('LSBTIQUEERNETZ')).toEqual(['LSBTIQUEERNETZ']);
    expect(syllablesOf('TelefonSeelsorge')).toEqual(['TelefonSeelsorge']);
  });

  it('leaves addresses, numbers and dates whole', () => {
    for (const token of ['gewaltschutz@musterland.example', 'www.musterland.example/gewaltschutzkoordination', '05999 100-412', '25.11.2026']) {
      expect(hyphenateText(token, HYPHENATE_MIN_LETTERS.cell)).toEqual([token]);
    }
  });

  it('property: 300 random texts keep every character, and break only between letters of long words', () => {
    const inputArb = fc
      .tuple(fc.array(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 12 }), fc.constantFrom(' ', '  ', ' – ', ', '))
      .map(([words, separator]) => words.join(separator));
    fc.assert(
      fc.property(inputArb, fc.constantFrom(HYPHENATE_MIN_LETTERS.text, HYPHENATE_MIN_LETTERS.cell), (input, minLetters) => {
        const pieces = hyphenateText(input, minLetters);
        expect(pieces.filter((x) => x !== null).join('')).toBe(input);
        const marked = pieces.map((x) => x ?? '\u00ad').join('');
        for (const word of marked.match(/[\p{L}\u00ad]+/gu) ?? []) {
          if (!word.includes('\u00ad')) continue;
          // Only long words break, with at least two letters before and three after every break.
          const parts = word.split('\u00ad');
          expect(parts.join('').length).toBeGreaterThanOrEqual(minLetters);
          expect(parts[0]!.length).toBeGreaterThanOrEqual(2);
          expect(parts.at(-1)!.length).toBeGreaterThanOrEqual(3);
          expect(parts.every((part) => part.length > 0)).toBe(true);
        }
      }),
      fcParams(300),
    );
  });

  it('writes soft hyphens into running text and table cells, not into headings or links', async () => {
    const content = doc(
      h(3, 'Gewaltschutzkoordination'),
      para('Die Gewaltschutzkoordination lädt ein.'),
      p(text('Gewaltschutzkoordination', [{ type: 'link', attrs: { href: 'https://www.musterland.example' } }])),
      table(row(cell('Zuständig', 'tableHeader')), row(cell('Datenschutzbeauftragte'))),
    );
    const xml = (await exportModel(modelWith({ praeambel: content }))).part('word/document.xml');
    const byText = paragraphs(xml).filter((x) => x.text.includes('Gewaltschutzkoordination') || x.text === 'Datenschutzbeauftragte');
    const [heading, body, link, cellText] = byText.filter((x) => x.style !== 'TOC1' && x.style !== 'TOC2');
    expect(heading?.xml).not.toContain('<w:softHyphen/>');
    expect(body?.xml).toContain('<w:softHyphen/>');
    expect(link?.xml).not.toContain('<w:softHyphen/>');
    expect(cellText?.xml).toContain('<w:softHyphen/>');
    // The text itself is unchanged for every reader and search.
    expect(body?.text).toBe('Die Gewaltschutzkoordination lädt ein.');
  });
});

describe('Nummerierung ohne Lücken und Verweise im Text', () => {
  const flat = flattenSections(getTemplate('gewaltschutz-gu'));

  it('property: for 60 random sets of filled sections, headings and TOC are numbered without gaps and every reference points to the right title', async () => {
    // A non-empty set of filled sections, and the one they all refer to by its template number.
    const caseArb = fc.tuple(fc.subarray(flat, { minLength: 1 }), fc.nat()).map(([filled, i]) => ({ filled, target: filled[i % filled.length]! }));
    await fc.assert(
      fc.asyncProperty(caseArb, async ({ filled, target }) => {
        // Each filled section refers to one other filled section by its template number, as an author would.
        const contents = Object.fromEntries(filled.map((f) => [f.key, doc(para(`${f.title}: siehe Abschnitt ${target.number}.`))]));
        const model = modelWith(contents);
        const xml = (await exportModel(model)).part('word/document.xml');
        const headings = paragraphs(xml).filter((x) => /^Heading[12]$/.test(x.style ?? '') && /^\d/.test(x.text)).map((x) => x.text.split('\t'));
        const numbers = headings.map(([n]) => n!);
        const top = numbers.filter((n) => !n.includes('.'));
        expect(top).toEqual(top.map((_, i) => String(i + 1)));
        for (const chapter of top) {
          const subs = numbers.filter((n) => n.startsWith(`${chapter}.`));
          expect(subs).toEqual(subs.map((_, i) => `${chapter}.${i + 1}`));
        }
        const toc = paragraphs(xml).filter((x) => x.style === 'TOC1' || x.style === 'TOC2').map((x) => x.text.split('\t')[0]!);
        expect(toc.filter((t) => /^\d/.test(t))).toEqual(headings.map(([n, t]) => `${n} ${t}`));
        const targetNumber = headings.find(([, t]) => t === target.title)![0];
        expect(xmlText(xml)).toContain(`siehe Abschnitt ${targetNumber}.`);
      }),
      fcParams(60),
    );
  });

  it('keeps the template numbers with „entfällt“: every chapter of the template is there once, in order', async () => {
    const model = modelWith({ gewaltbegriff: doc(para('Text')) }, { emptySections: 'entfaellt' });
    const top = model.sections.filter((s) => s.depth === 0);
    expect(top.map((s) => s.number)).toEqual(flat.filter((f) => f.depth === 0).map((f) => f.number));
    expect(top.filter((s) => !s.isDropped).map((s) => s.key)).toEqual(['gewaltbegriff']);
    const xml = (await exportModel(model)).part('word/document.xml');
    expect(paragraphs(xml).filter((x) => x.style === 'Heading1' && x.text.endsWith(DROPPED_SUFFIX))).toHaveLength(top.length - 1);
  });

  it('rewrites only references to the concept’s own sections', () => {
    const numbering = {
      numbers: new Map<string, string | null>([['4', null], ['9', '8'], ['13', '12'], ['13.2', '12.2'], ['13.5', null], ['13.8', null], ['16.1', '14.1']]),
      titles: new Map([['4', 'Rechtliche Grundlagen'], ['13.5', 'LSBTI*-feindliche Gewalt'], ['13.8', 'Psychische Krise und Suizidalität']]),
    };
    const cases: Array<[string, string]> = [
      ['Anforderungen aus Abschnitt 9 zu den Zuschlagskriterien', 'Anforderungen aus Abschnitt 8 zu den Zuschlagskriterien'],
      ['Bei Kindern gilt zusätzlich Plan 13.2.', 'Bei Kindern gilt zusätzlich Plan 12.2.'],
      ['Ablaufpläne 13.2 bis 13.8', 'Ablaufpläne 12.2 bis „Psychische Krise und Suizidalität“'],
      ['Menschenhandel (13.5) und Krisen (13.2)', 'Menschenhandel und Krisen (12.2)'],
      ['siehe Anlage 16.1.', 'siehe Anlage 14.1.'],
      // Laws, dates, amounts, plain numbers after other words and numbers that are no section stay as written.
      ['nach Abschnitt 9 des AsylG, § 44 Abschnitt 9, Anlage 9 SGB VIII', 'nach Abschnitt 9 des AsylG, § 44 Abschnitt 9, Anlage 9 SGB VIII'],
      ['am 13.10.2026, Plan 2027, 9 Plätze, Beschluss-Nr. 13.2, Abschnitt 21', 'am 13.10.2026, Plan 2027, 9 Plätze, Beschluss-Nr. 13.2, Abschnitt 21'],
    ];
    for (const [input, output] of cases) expect(renumberText(input, numbering)).toBe(output);
  });
});

describe('Tabellen: Ausrichtung und Spaltenbreiten', () => {
  const wide = (columns: number, label: string) =>
    table(row(...Array.from({ length: columns }, (_, i) => cell(`${label} ${i + 1}`, 'tableHeader'))), row(...Array.from({ length: columns }, () => cell('Eintrag'))));
  const orientations = (xml: string) => [...xml.matchAll(/<w:pgSz [^>]*w:orient="(\w+)"/g)].map((m) => m[1]);

  it('keeps tables of up to seven columns in the portrait text and turns the page for eight or more', async () => {
    const seven = (await exportModel(modelWith({ praeambel: doc(para('Vorher.'), wide(7, 'Spalte'), para('Nachher.')) }))).part('word/document.xml');
    // Title page and body portrait, the annex landscape: no landscape part for the seven columns.
    expect(orientations(seven)).toEqual(['portrait', 'landscape']);
    const eight = (await exportModel(modelWith({ praeambel: doc(para('Vorher.'), wide(8, 'Spalte'), para('Nachher.')) }))).part('word/document.xml');
    expect(orientations(eight)).toEqual(['portrait', 'landscape', 'portrait', 'landscape']);
  });

  it('takes a section’s short beginning along to the landscape page of its table, so no page holds only a heading', async () => {
    const xml = (await exportModel(modelWith({ praeambel: doc(para('Kurz vorab.'), wide(9, 'Spalte')), gewaltbegriff: doc(para('Danach.')) }))).part('word/document.xml');
    const body = xml.slice(xml.indexOf('</w:sdtContent>'));
    const portraitEnd = body.indexOf('w:orient="portrait"');
    // The heading of the section and its first line come after the end of the portrait part, in the landscape one.
    expect(body.indexOf('Präambel und Leitbild</w:t>')).toBeGreaterThan(portraitEnd);
    expect(body.indexOf('Kurz vorab.')).toBeGreaterThan(portraitEnd);
    // A long beginning stays in the portrait text.
    const long = doc(...Array.from({ length: 6 }, (_, i) => para(`Absatz ${i + 1}: ${'Die Unterkunft sorgt für Schutz und klare Abläufe. '.repeat(3)}`)), wide(9, 'Spalte'));
    const xml2 = (await exportModel(modelWith({ praeambel: long }))).part('word/document.xml');
    const body2 = xml2.slice(xml2.indexOf('</w:sdtContent>'));
    expect(body2.indexOf('Absatz 1:')).toBeLessThan(body2.indexOf('w:orient="portrait"'));
  });

  it('sizes columns by their content: a date column stays narrow, a column of sentences gets the room, no long word is cut', () => {
    const sentence = 'Die Einrichtungsleitung bespricht die Ergebnisse mit dem Bewohner:innenbeirat und der Sozialarbeit.';
    const node: TiptapNode = table(
      row(cell('Maßnahme', 'tableHeader'), cell('Frist', 'tableHeader'), cell('Verantwortlich', 'tableHeader')),
      row(cell(sentence), cell('31.12.2026'), cell('Gewaltschutzkoordination')),
      row(cell(sentence), cell('31.03.2027'), cell('Einrichtungsleitung')),
    );
    const widths = columnWidths(gridOf(node, 'Test'), TEXT_WIDTH);
    expect(widths.reduce((a, b) => a + b, 0)).toBe(TEXT_WIDTH);
    const [measure, due, who] = widths as [number, number, number];
    expect(measure).toBeGreaterThan(who);
    expect(who).toBeGreaterThan(due);
    // „Gewaltschutzkoordination“ (24 letters) fits whole at 9.5 pt: about 108 twips a letter plus the cell margins.
    expect(who).toBeGreaterThanOrEqual(24 * 108 + 170);
    // The date fits on one line, and gets little more.
    expect(due).toBeLessThan(TEXT_WIDTH / 4);
  });
});
