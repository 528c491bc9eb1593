/**
 * The export lays pages out with a fixed copy of docx/layout (lib/export/docx-layout.mjs, about twice as fast): the
 * fixes must apply to the installed docx, and the fixed copy must write exactly what the original writes, also when it
 * lays a paragraph out from the lines it kept from an earlier layout, or takes a block as read in an earlier layout.
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
import { bullets, cell, doc, h, item, modelWith, ordered, para, row, table, tocEntries } from './support';

interface Check {
  problem: string | null;
  lists: { same: boolean; kept: number }[] | null;
  restyled: { same: boolean; kept: number; differs: boolean } | null;
  measured: { same: boolean; pages: number };
  files: { file: string; original: Record<string, string>; fixed: Record<string, string>; kept: number; renamed: number; readsKept: number; sameAsRead: boolean }[];
}

/** The DOCX with the default font size 11 pt → 13 pt in its styles part, everything else as it is. */
function withLargerFont(docx: Buffer): Buffer {
  const parts = unzipSync(docx);
  const styles = strFromU8(parts['word/styles.xml']!);
  const larger = styles.replace('<w:sz w:val="22"/><w:szCs w:val="22"/>', '<w:sz w:val="26"/><w:szCs w:val="26"/>');
  if (larger === styles) throw new Error('Schriftgröße in den Formatvorlagen nicht gefunden');
  return Buffer.from(zipSync({ ...parts, 'word/styles.xml': strToU8(larger) }));
}

describe('Beschleunigte Seitenberechnung (docx/layout mit Korrekturen)', () => {
  it('applies to the installed docx and writes the same page numbers, byte for byte, as the original', async () => {
    const demo = Object.fromEntries(DEMO_CONCEPT.sections.map((s) => [s.key, validateRichText(blocksToTiptap(s.blocks))]));
    // Soft hyphens, umlauts, characters Word draws in other fonts, a table with a header row, bold text: what the fixed
    // lookups measure.
    const mixed = modelWith({
      praeambel: doc(h(3, 'Schutz für alle Bewohnerinnen und Bewohner'), ...Array.from({ length: 40 }, (_, i) => para(`Absatz ${i + 1}: Gewalt\u00adschutz\u00adkoordination, Beschwerde\u00adstelle und Über­gangs­wohnheim – „Schutz“ für alle.`)), para('Zeichen anderer Schriften: ★ ✓ ☎ → ∑ Ж ש ก ✆ ■ □ ● – auch im Fließtext.')),
      kooperation: doc(table(row(cell('Stelle', 'tableHeader'), cell('Erreichbarkeit', 'tableHeader')), row(cell('Jugendamt'), cell('Mo–Fr 8–16 Uhr')))),
    });
    const listed = ({ reworded = false, inserted = false } = {}) =>
      modelWith({
        praeambel: doc(
          para('Vorher'),
          ordered(
            null,
            ...(inserted ? [item(para('Neu am Anfang'))] : []),
            ...Array.from({ length: 12 }, (_, i) =>
              item(para(reworded && i === 5 ? 'Schritt 6: Die Koordination informiert die Leitung der Unterkunft.' : `Schritt ${i + 1}: Die Leitung der Unterkunft informiert die Koordination.`)),
            ),
          ),
          bullets(item(para('Ein Punkt')), item(para('Noch ein Punkt'))),
          para('Nachher'),
        ),
      });
    const dir = mkdtempSync(path.join(tmpdir(), 'skw-layout-fixes-'));
    try {
      const concept = { concept: { title: DEMO_CONCEPT.title, status: 'draft' as const, responsible: DEMO_CONCEPT.responsible } };
      // The demo after an edit that adds a chapter near its start: laid out after the demo without it, its paragraphs
      // take the lines kept from that layout, and every bookmark after the new chapter has another name (_Toc n+1).
      const withoutPraeambel = Object.fromEntries(Object.entries(demo).filter(([key]) => key !== 'praeambel'));
      const files = [
        [path.join(dir, 'demo-before.docx'), await renderDocx(modelWith(withoutPraeambel, concept))],
        [path.join(dir, 'demo.docx'), await renderDocx(modelWith(demo, concept))],
        [path.join(dir, 'mixed.docx'), await renderDocx(mixed)],
        // A numbered list; the same with one item in its middle reworded (the items after it count on from it); and with
        // an item more at its start (the others count one further).
        [path.join(dir, 'lists-before.docx'), await renderDocx(listed())],
        [path.join(dir, 'lists-reworded.docx'), await renderDocx(listed({ reworded: true }))],
        [path.join(dir, 'lists-inserted.docx'), await renderDocx(listed({ inserted: true }))],
      ] as const;
      for (const [file, buffer] of files) writeFileSync(file, buffer);
      // The demo with a larger font size in its styles (the body unchanged): read after the demo itself.
      writeFileSync(path.join(dir, 'styles-before.docx'), files[1][1]);
      writeFileSync(path.join(dir, 'styles-after.docx'), withLargerFont(files[1][1]));
      const output = execFileSync(process.execPath, [path.join(__dirname, 'docx-layout-fixes-check.mjs'), ...files.map(([file]) => file), path.join(dir, 'styles-before.docx'), path.join(dir, 'styles-after.docx')], {
        cwd: path.join(__dirname, '..', '..'),
        encoding: 'utf8',
        maxBuffer: 256 * 1024 * 1024,
      });
      const check = JSON.parse(output) as Check;
      // A docx upgrade that changes what the fixes expect ends here: look at lib/export/docx-layout.mjs again.
      expect(check.problem).toBeNull();
      // The kept lines were used, with their bookmarks renamed, and the numbers are still those of docx/layout alone.
      expect(check.files[1]!.kept).toBeGreaterThan(100);
      expect(check.files[1]!.renamed).toBeGreaterThan(3);
      // Read as the export's worker reads it, the demo after the demo without its preamble takes most of its blocks as
      // read before, and its numbers are the original's.
      expect(check.files[1]!.readsKept).toBeGreaterThan(100);
      expect(check.files.every((file) => file.sameAsRead)).toBe(true);
      // List items taken as read before count on as read from scratch.
      expect(check.lists).toEqual([
        { same: true, kept: expect.any(Number) },
        { same: true, kept: expect.any(Number) },
      ]);
      expect(check.lists![0]!.kept).toBeGreaterThan(10);
      expect(check.lists![1]!.kept).toBeGreaterThan(3);
      // Another part changed (the styles), the body the same: read as from scratch, none of the readings before taken.
      expect(check.restyled).toEqual({ same: true, kept: 0, differs: true });
      // Lines as tall as characters of other fonts make them, in several fonts: as the original lays them out.
      expect(check.measured.pages).toBeGreaterThan(3);
      expect(check.measured.same).toBe(true);
      for (const { original, fixed } of check.files) {
        const entries = tocEntries(fixed['word/document.xml']!);
        expect(entries.length).toBeGreaterThan(3);
        expect(entries.every((entry) => /^\d+$/.test(entry.page))).toBe(true);
        expect(Object.keys(fixed).sort()).toEqual(Object.keys(original).sort());
        for (const name of Object.keys(original)) expect([name, fixed[name]]).toEqual([name, original[name]]);
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 300_000);
});
