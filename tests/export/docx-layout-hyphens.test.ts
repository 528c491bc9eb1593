/**
 * The page layout reads a run's pieces of text between soft hyphens as one text with the soft hyphens in it
 * (lib/export/soft-hyphens-in-text.mjs, lib/export/docx-layout-hyphens.mjs), which is faster; the lines and pages
 * must be exactly those of the file as written, where each soft hyphen is an element between two pieces.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { DEMO_CONCEPT } from '@/lib/demo/demo-concept-content';
import { validateRichText } from '@/lib/editor/validate-content';
import { renderDocx } from '@/lib/export/render-docx';
import { blocksToTiptap } from '@/lib/templates';
import { referenceConceptModel } from '../bench/export-reference-concept';
import { cell, doc, h, modelWith, p, para, row, table, text } from './support';

interface Checked {
  file: string;
  sameNumbers: boolean;
  sameWithoutGuessing: boolean;
  sameLines: boolean;
  pages: number;
  lines: number;
  linesAsWritten: number;
  readAsOne: number;
  readApart: number;
  readAsOneAsWritten: number;
}

const LONG = 'Gewaltschutzkoordinationsstelle Beschwerdemanagementverfahren Unterbringungseinrichtung Kinderschutzfachkraft Sprachmittlungsangebote';
const LONGER_THAN_A_LINE = 'Donaudampfschifffahrtsgesellschaftskapitänsmützenabzeichenherstellungsbetriebsratsvorsitzendenstellvertreterin'.repeat(2);

/** Runs in italic in a character style in capitals, runs in bold in one that is hidden: the layout reads their pieces apart. */
function withCapitalsAndHidden(docx: Buffer): Buffer {
  const parts = unzipSync(docx);
  const styles = strFromU8(parts['word/styles.xml']!);
  const added = styles.replace(
    '</w:styles>',
    '<w:style w:type="character" w:customStyle="1" w:styleId="SkwCaps"><w:name w:val="SkwCaps"/><w:rPr><w:caps/></w:rPr></w:style>' +
      '<w:style w:type="character" w:customStyle="1" w:styleId="SkwHidden"><w:name w:val="SkwHidden"/><w:rPr><w:vanish/></w:rPr></w:style></w:styles>',
  );
  const document = strFromU8(parts['word/document.xml']!);
  const styled = document
    .replaceAll('<w:r><w:rPr><w:i/><w:iCs/></w:rPr>', '<w:r><w:rPr><w:rStyle w:val="SkwCaps"/><w:i/><w:iCs/></w:rPr>')
    .replaceAll('<w:r><w:rPr><w:b/><w:bCs/></w:rPr>', '<w:r><w:rPr><w:rStyle w:val="SkwHidden"/><w:b/><w:bCs/></w:rPr>');
  if (added === styles || styled === document) throw new Error('Formatvorlagen oder Läufe nicht gefunden');
  return Buffer.from(zipSync({ ...parts, 'word/styles.xml': strToU8(added), 'word/document.xml': strToU8(styled) }));
}

describe('Weiche Trennstellen beim Seitensatz im Text gelesen', () => {
  it('lays out every paragraph in the same lines and on the same pages as the file with its soft hyphens as elements', async () => {
    const demo = Object.fromEntries(DEMO_CONCEPT.sections.map((s) => [s.key, validateRichText(blocksToTiptap(s.blocks))]));
    const concept = { concept: { title: DEMO_CONCEPT.title, status: 'draft' as const, responsible: DEMO_CONCEPT.responsible } };
    // Long words in plain, bold and italic runs, next to each other; in narrow table cells; a word longer than a line;
    // and a paragraph whose text has the character that stands for a soft hyphen in the layout (typed, not ours).
    const mixed = modelWith({
      praeambel: doc(
        h(3, 'Unterbringungseinrichtung und Gewaltschutzkoordination'),
        ...Array.from({ length: 30 }, (_, i) =>
          p(text(`${i + 1}. ${LONG} `), text(`${LONG} `, [{ type: 'bold' }]), text(`${LONG} `, [{ type: 'italic' }]), text(`${LONG.split(' ').reverse().join(' ')}.`)),
        ),
        para(`Sehr lang: ${LONGER_THAN_A_LINE} und danach ${LONG}.`),
        para(`Eingetippt: Schutz\uFDD0konzept und ${LONG}.`),
      ),
      kooperation: doc(
        table(
          row(...['Beschwerdestelle', 'Zuständigkeit', 'Erreichbarkeit', 'Kinderschutzfachkraft', 'Sprachmittlung', 'Dokumentation', 'Bemerkung'].map((t) => cell(t, 'tableHeader'))),
          ...Array.from({ length: 8 }, (_, r) => row(...LONG.split(' ').concat(['Rufbereitschaft', `Zeile ${r + 1}`]).map((t) => cell(`${t} ${t}`)))),
        ),
      ),
    });
    const dir = mkdtempSync(path.join(tmpdir(), 'skw-layout-hyphens-'));
    try {
      const mixedDocx = await renderDocx(mixed);
      const files: [string, Buffer][] = [
        ['demo.docx', await renderDocx(modelWith(demo, concept))],
        ['reference.docx', await renderDocx(referenceConceptModel())],
        ['mixed.docx', mixedDocx],
        ['styled.docx', withCapitalsAndHidden(mixedDocx)],
      ];
      for (const [name, buffer] of files) writeFileSync(path.join(dir, name), buffer);
      // The typed character reached the file, in a run with soft hyphens.
      expect(strFromU8(unzipSync(mixedDocx)['word/document.xml']!)).toMatch(/Schutz\uFDD0konzept und Ge<\/w:t><w:softHyphen\/>/);
      const output = execFileSync(process.execPath, [path.join(__dirname, 'docx-layout-hyphens-check.mjs'), ...files.map(([name]) => path.join(dir, name))], {
        cwd: path.join(__dirname, '..', '..'),
        encoding: 'utf8',
        maxBuffer: 64 * 1024 * 1024,
      });
      const check = JSON.parse(output) as { problem: string | null; files: Checked[] };
      // A docx upgrade that changes what the fixes expect ends here: look at lib/export/docx-layout-hyphens.mjs again.
      expect(check.problem).toBeNull();
      const [demoFile, reference, mixedFile, styled] = check.files;
      for (const file of check.files) {
        expect({ file: file.file, sameNumbers: file.sameNumbers, sameLines: file.sameLines, sameWithoutGuessing: file.sameWithoutGuessing }).toEqual({
          file: file.file,
          sameNumbers: true,
          sameLines: true,
          sameWithoutGuessing: true,
        });
        expect(file.lines).toBe(file.linesAsWritten);
        // As written, nothing is read as one text.
        expect(file.readAsOneAsWritten).toBe(0);
      }
      expect(reference!.pages).toBeGreaterThan(100);
      expect(reference!.readAsOne).toBeGreaterThan(2000);
      expect(demoFile!.readAsOne).toBeGreaterThan(100);
      expect(mixedFile!.readAsOne).toBeGreaterThan(100);
      // Everything read as one where the layout can; in capitals and hidden, apart.
      for (const file of [demoFile!, reference!, mixedFile!]) expect(file.readApart).toBe(0);
      expect(styled!.readApart).toBeGreaterThan(30);
      expect(styled!.readAsOne).toBeGreaterThan(30);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 300_000);
});
