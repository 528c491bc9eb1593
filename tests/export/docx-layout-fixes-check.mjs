// @ts-check
/**
 * Run by docx-layout-fixes.test.ts as a plain Node process (lib/export/docx-layout.mjs resolves and loads modules the
 * way the worker does, which jest's transform does not): lays each DOCX given out with docx/layout as installed and
 * with the fixed one, and prints what both wrote, as JSON, with how many paragraphs the fixed one laid out from lines it
 * kept from the files before (in the order given); and, laying each out again as the export's worker reads it, whether
 * the fixed copy gave the original's numbers and how many blocks it took as read in the layouts before.
 */
import { readFileSync } from 'node:fs';
import { AlignmentType, Document, FootnoteReferenceRun, Paragraph, TextRun, patchDocument } from 'docx';
import { unzipSync, strFromU8 } from 'fflate';
import { fixedLayoutSource, layoutSource, loadLayout } from '../../lib/export/docx-layout.mjs';
import { readPackage } from '../../lib/export/docx-parts.mjs';

/** @param {any} layout @param {Uint8Array} data */
async function partsAfterLayout(layout, data) {
  const written = await patchDocument({ outputType: 'uint8array', data, patches: {}, pageNumbers: layout.estimatePageNumbersWith({ guess: true }) });
  return Object.fromEntries(Object.entries(unzipSync(written)).map(([name, bytes]) => [name, strFromU8(bytes)]));
}

const fixed = await loadLayout();
const original = await import('docx/layout');
const files = [];
/** Paragraphs that took the lines kept from an earlier layout in this process (all of them with the same fixed copy). */
const used = () => /** @type {any} */ (fixed.layout).keptLinesUsed?.() ?? { kept: 0, renamed: 0 };
/** Blocks taken as read in an earlier layout: only where they come as the same trees, as the export's reader gives them. */
const reads = () => /** @type {any} */ (fixed.layout).keptReadsUsed?.().kept ?? 0;
const fixedEstimate = fixed.layout.estimatePageNumbersWith({ guess: true });
const originalEstimate = original.estimatePageNumbersWith({ guess: true });
/** What an estimate gives, comparable as JSON. @param {any} estimate */
const numbersOf = (estimate) => JSON.stringify([estimate.pageCount, [...(estimate.bookmarkPageNumbers ?? [])].sort(), [...(estimate.bookmarks ?? [])].sort()]);
for (const file of process.argv.slice(2)) {
  const data = readFileSync(file);
  const before = used();
  const laidOut = await partsAfterLayout(fixed.layout, data);
  const after = used();
  // The package as the export's worker reads it (docx-parts.mjs): a block unchanged since the file before is the same
  // tree, so the fixed copy takes it as read before. Its numbers must be those of the original on the same package.
  const readBefore = reads();
  const asRead = numbersOf(fixedEstimate(readPackage(data)));
  const readsKept = reads() - readBefore;
  const asReadOriginal = numbersOf(originalEstimate(readPackage(data)));
  files.push({ file, original: await partsAfterLayout(original, data), fixed: laidOut, kept: after.kept - before.kept, renamed: after.renamed - before.renamed, readsKept, sameAsRead: asRead === asReadOriginal });
}
/** docx/layout's reading as JSON (its maps and sets as arrays), to compare two readings. @param {unknown} content */
const asJson = (content) => JSON.stringify(content, (_, value) => (value instanceof Map ? [...value] : value instanceof Set ? [...value] : value));
// A numbered list, then the same with one item reworded in its middle (the other items are the same trees, taken as
// read before, and those after the reworded one must count on from it), and with an item more at its start (the
// others are the same trees but each counts one further): numbered as read from scratch.
/** @type {{ same: boolean, kept: number }[] | null} */
let lists = null;
const listFile = (/** @type {string} */ name) => process.argv.slice(2).find((file) => file.endsWith(name));
const [listsBefore, ...listsAfter] = ['lists-before.docx', 'lists-reworded.docx', 'lists-inserted.docx'].map(listFile);
if (listsBefore && listsAfter.every((file) => file !== undefined)) {
  const layout = /** @type {any} */ (fixed.layout);
  const read = (/** @type {string} */ file) => layout.readContentForTests(readPackage(readFileSync(file)), true);
  lists = listsAfter.map((after) => {
    layout.forgetKeptReads();
    read(listsBefore);
    const readBefore = reads();
    const withKept = asJson(read(/** @type {string} */ (after)));
    const kept = reads() - readBefore;
    layout.forgetKeptReads();
    return { same: withKept === asJson(read(/** @type {string} */ (after))), kept };
  });
}
// The same body with a larger font in the styles (another part of the package): its blocks are the same trees as in
// the file before, but no reading of them from before may be taken, as they read into other sizes.
/** @type {{ same: boolean, kept: number, differs: boolean } | null} */
let restyled = null;
const [stylesBefore, stylesAfter] = ['styles-before.docx', 'styles-after.docx'].map(listFile);
if (stylesBefore && stylesAfter) {
  const layout = /** @type {any} */ (fixed.layout);
  const read = (/** @type {string} */ file) => asJson(layout.readContentForTests(readPackage(readFileSync(file)), true));
  layout.forgetKeptReads();
  const before = read(stylesBefore);
  const readBefore = reads();
  const withKept = read(stylesAfter);
  const kept = reads() - readBefore;
  layout.forgetKeptReads();
  const fresh = read(stylesAfter);
  restyled = { same: withKept === fresh, kept, differs: fresh !== before };
}
// Lines as tall as the characters drawn in other fonts make them (auto line spacing, which the export's own styles do
// not use for body text): docx/layout's own lines, pages and heights, laid out by the original and the fixed copy.
const FONTS = ['Calibri', 'Arial', 'Times New Roman', 'Gill Sans MT', 'Yu Gothic', 'Courier New', 'Roboto'];
// With Japanese (line breaks between ideographs, and where its rules keep punctuation off a line's start or end) and
// Arabic (letters Word joins).
const TEXTS = ['Schutz ★ für alle ✓', 'Д Ж ש ก → ∑ ■ □ ●', 'Gewalt\u00adschutz – „Über“ ☎ ✆', 'Zeile ohne Besonderes', '保護の計画、「相談」窓口。ー番号', 'خطة الحماية ـ مكتب'];
// With footnotes (read where they are referenced, their names looked up as every element's), one in every tenth paragraph.
const sample = new Document({
  footnotes: Object.fromEntries(Array.from({ length: 17 }, (_, n) => [n + 1, { children: [new Paragraph(`Fußnote ${n + 1}: fiktive Quelle.`)] }])),
  sections: [
    {
      children: FONTS.flatMap((font, f) =>
        Array.from({ length: 24 }, (_, i) => {
          const run = new TextRun({
            text: `${TEXTS[(f + i) % TEXTS.length]} ${i + 1}`.repeat(1 + (i % 5)),
            font,
            size: 18 + 2 * (i % 6),
            bold: i % 3 === 0,
            italics: i % 4 === 1,
            language: { value: 'de-DE', eastAsia: i % 2 === 0 ? 'ja-JP' : 'zh-CN' },
          });
          const note = (f * 24 + i) % 10 === 0 ? [new FootnoteReferenceRun((f * 24 + i) / 10 + 1)] : [];
          // Every other paragraph justified (where a line's spaces stretch, and words past its end may be squeezed in).
          return new Paragraph({ children: [run, ...note], ...(i % 2 === 1 ? { alignment: AlignmentType.JUSTIFIED } : {}) });
        }),
      ),
    },
  ],
});
const laidOutBy = (/** @type {any} */ layout) => JSON.stringify(layout.layoutDocument(sample, { guess: true }));
const sampleOriginal = laidOutBy(original);
const measured = { same: laidOutBy(fixed.layout) === sampleOriginal, pages: JSON.parse(sampleOriginal).pages.length };
const applies = fixedLayoutSource(layoutSource());
console.log(JSON.stringify({ problem: fixed.problem ?? ('problem' in applies ? applies.problem : null), files, lists, restyled, measured }));
