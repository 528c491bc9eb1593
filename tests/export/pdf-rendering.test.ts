/**
 * Renders an export with LibreOffice and reads the PDF back (pages, text; pdf-support.ts).
 * CI installs libreoffice-writer-nogui and poppler-utils; without them the test is skipped locally with
 * the reason printed (pdf-support.ts) and fails in CI.
 */
import { renderDocx } from '@/lib/export/render-docx';
import { fillTocPageNumbers } from '@/lib/export/toc-page-numbers';
import { hasSoffice, pdfPages, renderPdf, tocAsRendered } from './pdf-support';
import { bullets, cell, doc, h, item, modelWith, ordered, para, readDocx, row, table, tocEntries } from './support';

// Skipped only locally when LibreOffice or poppler is missing; in CI importing pdf-support fails instead.
const maybe = hasSoffice ? it : it.skip;

const NAMES = ['محمد رضایی', 'زهرا احمدی', 'Олександр Шевченко', 'Çağrı Şükrü İğdır', 'Weiß-Größe'];
const LONG_WORD = 'Donaudampfschifffahrtsgesellschaftskapitänsmützenabzeichenherstellungsbetriebsgenehmigung';
// An emoji that the fonts LibreOffice brings along (DejaVu) can draw; others need an emoji font to show up in a PDF.
const EMOJI = '🙂';

/**
 * pdftotext output without bidi control characters, with words hyphenated at a line end joined again
 * (the export puts soft hyphens into long words) and without line breaks inside long words.
 */
const normalise = (text: string) =>
  text
    .replace(/[\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, '')
    .replace(/(\p{Ll})[-\u00ad\u2010]\s*\n\s*(\p{Ll})/gu, '$1$2')
    .replace(/\s+/g, ' ');

function paragraphsOfText(n: number) {
  return Array.from({ length: n }, (_, i) =>
    para(`Absatz ${i + 1}: Die Unterkunft sorgt für Schutz, Beteiligung und klare Abläufe; Beschwerden werden vertraulich bearbeitet.`),
  );
}

describe('DOCX-Export in LibreOffice', () => {
  maybe(
    'converts to a multi-page PDF in which names in several scripts, emoji and very long words survive',
    async () => {
      const content = doc(
        h(3, 'Ansprechpersonen'),
        bullets(...NAMES.map((name) => item(para(`Kontakt: ${name}`)))),
        para(`Gut gemacht ${EMOJI} – ${LONG_WORD}.`),
        ordered(null, item(para('Erstens')), item(para('Zweitens'))),
        table(row(cell('Name', 'tableHeader'), cell('Sprache', 'tableHeader')), ...NAMES.map((name) => row(cell(name), cell('Deutsch')))),
        ...paragraphsOfText(60),
      );
      const buffer = await renderDocx(modelWith({ praeambel: content, gewaltbegriff: doc(...paragraphsOfText(30)) }));
      const pages = pdfPages(buffer, { layout: false });
      expect(pages.length).toBeGreaterThan(4);
      const text = normalise(pages.join('\n'));
      for (const name of NAMES) for (const word of name.split(' ')) expect(text).toContain(word);
      expect(text).toContain(EMOJI);
      expect(text.replace(/ /g, '')).toContain(LONG_WORD);
      expect(text).toContain('Inhaltsverzeichnis');
      expect(text).toContain('ENTWURF');
      expect(text).toMatch(/Seite 2 von \d+/);
      expect(text).toContain('Absatz 60:');
    },
    180_000,
  );

  maybe(
    'shows a table of contents whose page numbers are the pages the sections start on',
    async () => {
      const model = modelWith({
        praeambel: doc(...paragraphsOfText(3)),
        gewaltbegriff: doc(h(3, 'Formen von Gewalt'), ...paragraphsOfText(70)),
        verantwortlichkeiten: doc(...paragraphsOfText(5)),
        risikoanalyse: doc(...paragraphsOfText(40)),
        beschwerdemanagement: doc(...paragraphsOfText(12)),
      });
      const { buffer, filled } = await fillTocPageNumbers(await renderDocx(model));
      expect(filled).toBe(true);
      const entries = tocEntries(readDocx(buffer).part('word/document.xml'));
      expect(entries.length).toBeGreaterThanOrEqual(6);
      const rendered = tocAsRendered(pdfPages(buffer), entries);
      expect(rendered).toEqual(entries.map((e) => ({ entry: e.title, shown: e.page, headingOn: Number(e.page) })));
    },
    180_000,
  );

  maybe(
    'hyphenates long words in narrow table columns with a visible hyphen, never breaking a word without one, and its TOC numbers are still LibreOffice’s pages',
    async () => {
      const LONG = ['Gewaltschutzkoordination', 'Datenschutzbeauftragte', 'Wochenende', 'Einrichtungsleitung', 'Kindeswohlgefährdung'];
      // Six columns in the portrait text: narrow, so the long words cannot stay whole.
      const narrow = table(
        row(...['Thema', 'Zielgruppe', 'Pflicht', 'Häufigkeit', 'Anbieter', 'Stand'].map((t) => cell(t, 'tableHeader'))),
        ...Array.from({ length: 8 }, () => row(...LONG.map((w) => cell(w)), cell('ja'))),
      );
      const model = modelWith({
        praeambel: doc(...paragraphsOfText(12), narrow, ...paragraphsOfText(20)),
        gewaltbegriff: doc(narrow, ...paragraphsOfText(30)),
        verantwortlichkeiten: doc(...paragraphsOfText(8), narrow),
        risikoanalyse: doc(...paragraphsOfText(25)),
      });
      const { buffer, filled } = await fillTocPageNumbers(await renderDocx(model));
      expect(filled).toBe(true);
      const rendered = renderPdf(buffer);
      const words = rendered.words.flat();
      let hyphenated = 0;
      for (const word of LONG) {
        for (const piece of words) {
          const bare = piece.replace(/[-\u00ad\u2010]$/, '');
          if (bare === word || !word.startsWith(bare) || bare.length < 2) continue;
          // The first part of a broken word: it must end with the hyphen („Gewaltschutz-“), never „Gewaltschutzkoordin“.
          expect(piece).toMatch(/[-\u00ad\u2010]$/);
          hyphenated += 1;
        }
      }
      expect(hyphenated).toBeGreaterThan(10);
      const entries = tocEntries(readDocx(buffer).part('word/document.xml'));
      expect(tocAsRendered(rendered.pages, entries)).toEqual(entries.map((e) => ({ entry: e.title, shown: e.page, headingOn: Number(e.page) })));
    },
    180_000,
  );

  maybe(
    'lets chapters follow each other on a page, starts the Ablaufpläne on a new one, keeps seven columns in portrait and takes a short beginning along to a landscape table',
    async () => {
      const seven = table(row(...Array.from({ length: 7 }, (_, i) => cell(`Spalte ${i + 1}`, 'tableHeader'))), row(...Array.from({ length: 7 }, () => cell('Eintrag'))));
      const nine = table(row(...Array.from({ length: 9 }, (_, i) => cell(`Merkmal ${i + 1}`, 'tableHeader'))), row(...Array.from({ length: 9 }, () => cell('Wert'))));
      const model = modelWith({
        praeambel: doc(...paragraphsOfText(3)),
        gewaltbegriff: doc(...paragraphsOfText(2), seven),
        'intervention-akute-gewalt': doc(...paragraphsOfText(4)),
        monitoring: doc(para('Die Indikatoren im Überblick:'), nine),
      });
      const { buffer } = await fillTocPageNumbers(await renderDocx(model));
      const { pages, isLandscape } = renderPdf(buffer);
      const pageOf = (needle: RegExp) => pages.findIndex((text, i) => i > 1 && needle.test(text));
      // Chapters 1 and 2 share a page; the seven columns stay on it, upright.
      const praeambel = pageOf(/^\s*1\s+Präambel und Leitbild/m);
      expect(pageOf(/^\s*2\s+Gewaltbegriff/m)).toBe(praeambel);
      expect(pageOf(/Spalte 7/)).toBe(praeambel);
      expect(isLandscape[praeambel]).toBe(false);
      // The Ablaufpläne are a main part: a page of their own to begin with.
      const intervention = pageOf(/^\s*3\s+Intervention: Ablaufpläne/m);
      expect(intervention).toBeGreaterThan(praeambel);
      // Its first line under the page header is the heading.
      expect(pages[intervention]!.split('\n').filter((line) => line.trim())[1]).toMatch(/Intervention: Ablaufpläne/);
      // Monitoring's heading and first line are on the landscape page with its table, not alone on a page before it.
      const monitoring = pageOf(/Monitoring, Evaluation und Fortschreibung$/m);
      expect(isLandscape[monitoring]).toBe(true);
      expect(pages[monitoring]).toContain('Die Indikatoren im Überblick:');
      expect(pages[monitoring]).toContain('Merkmal 9');
    },
    180_000,
  );
});
