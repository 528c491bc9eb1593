/**
 * Renders an export with LibreOffice and reads the PDF back (pages, text; pdf-support.ts).
 * CI installs libreoffice-writer-nogui and poppler-utils; without `soffice` the test
 * is skipped with the reason printed, since there is nothing to render with.
 */
import { renderDocx } from '@/lib/export/render-docx';
import { fillTocPageNumbers } from '@/lib/export/toc-page-numbers';
import { hasSoffice, pdfPages, tocAsRendered } from './pdf-support';
import { bullets, cell, doc, h, item, modelWith, ordered, para, readDocx, row, table, tocEntries } from './support';

if (!hasSoffice) console.warn('[export] soffice/pdfinfo/pdftotext nicht installiert: PDF-Prüfung übersprungen (apt-get install libreoffice-writer-nogui poppler-utils).');
// Skipped only when LibreOffice or poppler is missing; CI installs both.
const maybe = hasSoffice ? it : it.skip;

const NAMES = ['محمد رضایی', 'زهرا احمدی', 'Олександр Шевченко', 'Çağrı Şükrü İğdır', 'Weiß-Größe'];
const LONG_WORD = 'Donaudampfschifffahrtsgesellschaftskapitänsmützenabzeichenherstellungsbetriebsgenehmigung';
// An emoji that the fonts LibreOffice brings along (DejaVu) can draw; others need an emoji font to show up in a PDF.
const EMOJI = '🙂';

/** pdftotext output without bidi control characters and without line breaks inside long words. */
const normalise = (text: string) => text.replace(/[\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, '').replace(/\s+/g, ' ');

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
});
