import { DEMO_CONCEPT } from '@/lib/demo/demo-concept-content';
import { resolveDataFields } from '@/lib/editor/data-fields';
import { docToPlainText } from '@/lib/editor/text';
import { validateRichText } from '@/lib/editor/validate-content';
import { coverFields, withoutCoverRows } from '@/lib/export/cover-facts';
import { asciiFilename, contentDisposition, exportFilename } from '@/lib/export/filename';
import { blocksToTiptap } from '@/lib/templates';
import { exportModel, modelFieldValues, modelWith, paragraphs, xmlText } from './support';

const demoContents = () => Object.fromEntries(DEMO_CONCEPT.sections.map((s) => [s.key, validateRichText(blocksToTiptap(s.blocks))]));
const demoConcept = { concept: { title: DEMO_CONCEPT.title, status: 'draft' as const, responsible: DEMO_CONCEPT.responsible } };
const numberOf = (heading: string) => heading.split('\t')[0]!;

describe('DOCX-Export des Demo-Konzepts', () => {
  it('exports every demo section with all of its text, in template order (chapter 1 without what the title page says)', async () => {
    const contents = demoContents();
    const model = modelWith(contents, { ...demoConcept, emptySections: 'entfaellt' });
    const xml = (await exportModel(model)).part('word/document.xml');
    const exported = xmlText(xml).replace(/\s+/g, ' ');
    const shown = coverFields(model.meta);
    for (const [key, content] of Object.entries(contents)) {
      // Data fields as the reader sees them: with the model's values.
      const expected = key === 'deckblatt' ? withoutCoverRows(content, shown) : content;
      for (const line of docToPlainText(resolveDataFields(expected, modelFieldValues)).split('\n')) expect(exported).toContain(line.replace(/\s+/g, ' ').trim());
    }
    expect(docToPlainText(withoutCoverRows(contents.deckblatt!, shown))).not.toMatch(/^(Kommune|Titel|Verantwortliche Stelle|Stand)$/m);
    const numbers = paragraphs(xml).filter((x) => x.style === 'Heading1' || x.style === 'Heading2').map((x) => numberOf(x.text)).filter((n) => /^\d/.test(n));
    const sorted = [...numbers].sort((a, b) => a.localeCompare(b, 'de', { numeric: true }));
    expect(numbers).toEqual(sorted);
  });

  it('numbers the demo without gaps, and every section number its text refers to is a heading of the document', async () => {
    const xml = (await exportModel(modelWith(demoContents(), demoConcept))).part('word/document.xml');
    const headings = paragraphs(xml).filter((x) => /^Heading[12]$/.test(x.style ?? '') && /^\d/.test(x.text)).map((x) => x.text);
    const top = headings.filter((t) => !numberOf(t).includes('.')).map(numberOf);
    expect(top).toEqual(top.map((_, i) => String(i + 1)));
    for (const chapter of top) {
      const subs = headings.map(numberOf).filter((n) => n.startsWith(`${chapter}.`));
      expect(subs).toEqual(subs.map((_, i) => `${chapter}.${i + 1}`));
    }
    // References follow the renumbering; a plan the demo has not written is named, not numbered.
    const text = xmlText(xml);
    const personal = headings.find((h) => h.endsWith('\tPrävention: Personal'))!;
    expect(text).toContain(`die Anforderungen aus Abschnitt ${numberOf(personal)} zu den Zuschlagskriterien`);
    expect(text).toContain('geplanter Ablaufplan „Psychische Krise und Suizidalität“');
    const numbersInDocument = new Set(headings.map(numberOf));
    const references = [
      ...text.matchAll(/(?:Abschnitt|Abschnitte|Ablaufplan|Ablaufpläne|Plan|Pläne|Anlage)\s+(\d{1,2}(?:\.\d{1,2})?)(?![\d.]*\d)/g),
      // Only outline-like numbers in brackets („(13.2)“); amounts such as „(86.000)“ are not references.
      ...text.matchAll(/\((\d{1,2}\.\d{1,2})\)/g),
    ].map((m) => m[1]!);
    expect(references.length).toBeGreaterThan(10);
    for (const reference of references) expect(numbersInDocument.has(reference) ? reference : `fehlt: ${reference}`).toBe(reference);
  });
});

describe('Dateiname des Exports', () => {
  const date = new Date('2026-11-25T12:00:00Z');

  it('is readable German with status and date, and safe on every file system', () => {
    expect(exportFilename({ title: 'Gewaltschutzkonzept für Gemeinschaftsunterkünfte', isFinal: false, date })).toBe(
      'Gewaltschutzkonzept-für-Gemeinschaftsunterkünfte_Entwurf_2026-11-25.docx',
    );
    expect(exportFilename({ title: '../../etc/passwd "a" <b> | c:\\d', isFinal: true, date })).toBe('etc-passwd-a-b-c-d_beschlossen_2026-11-25.docx');
    expect(exportFilename({ title: '***', isFinal: false, date })).toBe('Konzept_Entwurf_2026-11-25.docx');
    expect(exportFilename({ title: 'x'.repeat(300), isFinal: false, date }).length).toBeLessThanOrEqual(130);
  });

  it('has an ASCII fallback and a UTF-8 name in Content-Disposition', () => {
    const name = 'Konzept-Größe-Übersicht_Entwurf_2026-11-25.docx';
    expect(asciiFilename(name)).toBe('Konzept-Groesse-Uebersicht_Entwurf_2026-11-25.docx');
    expect(contentDisposition(name)).toBe(
      `attachment; filename="Konzept-Groesse-Uebersicht_Entwurf_2026-11-25.docx"; filename*=UTF-8''Konzept-Gr%C3%B6%C3%9Fe-%C3%9Cbersicht_Entwurf_2026-11-25.docx`,
    );
  });
});
