// @ts-check
/**
 * Run by docx-layout-fixes.test.ts as a plain Node process (lib/export/docx-layout.mjs resolves and loads modules the
 * way the worker does, which jest's transform does not): lays each DOCX given out with docx/layout as installed and
 * with the fixed one, and prints what both wrote, as JSON, with how many paragraphs the fixed one laid out from lines it
 * kept from the files before (in the order given).
 */
import { readFileSync } from 'node:fs';
import { patchDocument } from 'docx';
import { unzipSync, strFromU8 } from 'fflate';
import { fixedLayoutSource, layoutSource, loadLayout } from '../../lib/export/docx-layout.mjs';

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
for (const file of process.argv.slice(2)) {
  const data = readFileSync(file);
  const before = used();
  const laidOut = await partsAfterLayout(fixed.layout, data);
  const after = used();
  files.push({ file, original: await partsAfterLayout(original, data), fixed: laidOut, kept: after.kept - before.kept, renamed: after.renamed - before.renamed });
}
const applies = fixedLayoutSource(layoutSource());
console.log(JSON.stringify({ problem: fixed.problem ?? ('problem' in applies ? applies.problem : null), files }));
