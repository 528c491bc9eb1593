// @ts-check
/**
 * Run by docx-layout-hyphens.test.ts as a plain Node process (the fixed docx/layout loads as in the export's worker):
 * lays each DOCX given out twice with the fixed docx/layout, its body as the file has it and as the export's layout
 * reads it (soft hyphens in the text: soft-hyphens-in-text.mjs), each paragraph of the body between bookmarks, and
 * prints per file whether both gave the same page numbers and the same lines for every paragraph (docx/layout's
 * lines, laid out anew with nothing kept), how many lines, and how many texts with soft hyphens were read as one item
 * and how many as their pieces.
 */
import { readFileSync } from 'node:fs';
import { loadLayout } from '../../lib/export/docx-layout.mjs';
import { readPackage } from '../../lib/export/docx-parts.mjs';
import { withHyphensInText } from '../../lib/export/soft-hyphens-in-text.mjs';
import { withBody } from '../../lib/export/toc-page-numbers-layout.mjs';

/** @typedef {import('docx').XmlElement} El */

const { layout, problem } = await loadLayout();
const fixed = /** @type {any} */ (layout);
const estimate = layout.estimatePageNumbersWith({ guess: true });
/** Without guessing (the export always guesses): where docx/layout stops, it stops the same way both ways. */
const strict = layout.estimatePageNumbersWith({ guess: false });

/** @param {string} name @param {number} id @returns {El} */
const bookmark = (name, id) => ({ type: 'element', name: 'w:bookmarkStart', attributes: { 'w:name': name, 'w:id': id } });
/** @param {number} id @returns {El} */
const bookmarkEnd = (id) => ({ type: 'element', name: 'w:bookmarkEnd', attributes: { 'w:id': id } });

/** Each paragraph with bookmarks where it starts and ends. @param {El[]} blocks */
function bookmarked(blocks) {
  return blocks.map((block, i) => {
    if (block.name !== 'w:p') return block;
    const elements = block.elements ?? [];
    const props = elements[0]?.name === 'w:pPr' ? [elements[0]] : [];
    const id = 800_000_000 + 2 * i;
    return { ...block, elements: [...props, bookmark(`_chkS${i}`, id), bookmarkEnd(id), ...elements.slice(props.length), bookmark(`_chkE${i}`, id + 1), bookmarkEnd(id + 1)] };
  });
}

/** @param {any} pkg @param {El[]} body */
function laidOut(pkg, body) {
  fixed.forgetKeptLines();
  fixed.forgetKeptReads?.();
  const lines = fixed.recordLinesForTests();
  const before = fixed.softHyphensReadInText();
  const estimated = estimate(withBody(pkg, body));
  const after = fixed.softHyphensReadInText();
  return {
    numbers: JSON.stringify([estimated.pageCount, [...(estimated.bookmarkPageNumbers ?? [])].sort()]),
    pages: estimated.pageCount,
    lines: JSON.stringify(lines),
    lineCount: lines.reduce((/** @type {number} */ sum, /** @type {unknown[]} */ paragraph) => sum + paragraph.length, 0),
    read: after.read - before.read,
    apart: after.apart - before.apart,
  };
}

const files = process.argv.slice(2).map((file) => {
  const pkg = /** @type {any} */ (readPackage(readFileSync(file)));
  const root = pkg.parts.get('word/document.xml').elements.find((/** @type {El} */ e) => e.type === 'element');
  const blocks = bookmarked(root.elements.find((/** @type {El} */ e) => e.name === 'w:body').elements);
  const asWritten = laidOut(pkg, blocks);
  const asRead = laidOut(pkg, blocks.map(withHyphensInText));
  const strictly = (/** @type {El[]} */ body) => JSON.stringify(strict(withBody(pkg, body)), (_, value) => (value instanceof Map ? [...value].sort() : value));
  return {
    file,
    sameNumbers: asWritten.numbers === asRead.numbers,
    sameWithoutGuessing: strictly(blocks) === strictly(blocks.map(withHyphensInText)),
    sameLines: asWritten.lines === asRead.lines,
    pages: asRead.pages,
    lines: asRead.lineCount,
    linesAsWritten: asWritten.lineCount,
    readAsOne: asRead.read,
    readApart: asRead.apart,
    readAsOneAsWritten: asWritten.read + asWritten.apart,
  };
});
console.log(JSON.stringify({ problem: problem ?? null, files }));
