import { DEMO_CONCEPT } from '@/lib/demo/demo-concept-content';
import { resolveDataFields } from '@/lib/editor/data-fields';
import { docToPlainText } from '@/lib/editor/text';
import { validateRichText } from '@/lib/editor/validate-content';
import { asciiFilename, contentDisposition, exportFilename } from '@/lib/export/filename';
import { blocksToTiptap } from '@/lib/templates';
import { exportModel, modelFieldValues, modelWith, paragraphs, xmlText } from './support';

describe('DOCX-Export des Demo-Konzepts', () => {
  it('exports every demo section with all of its text, in template order', async () => {
    const contents = Object.fromEntries(DEMO_CONCEPT.sections.map((s) => [s.key, validateRichText(blocksToTiptap(s.blocks))]));
    const xml = (await exportModel(modelWith(contents, { concept: { title: DEMO_CONCEPT.title, status: 'draft', responsible: DEMO_CONCEPT.responsible } }))).part('word/document.xml');
    const exported = xmlText(xml).replace(/\s+/g, ' ');
    for (const content of Object.values(contents)) {
      // Data fields as the reader sees them: with the model's values.
      for (const line of docToPlainText(resolveDataFields(content, modelFieldValues)).split('\n')) expect(exported).toContain(line.replace(/\s+/g, ' ').trim());
    }
    const numbers = paragraphs(xml).filter((x) => x.style === 'Heading1' || x.style === 'Heading2').map((x) => x.text.split('\t')[0]!).filter((n) => /^\d/.test(n));
    const sorted = [...numbers].sort((a, b) => a.localeCompare(b, 'de', { numeric: true }));
    expect(numbers).toEqual(sorted);
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
