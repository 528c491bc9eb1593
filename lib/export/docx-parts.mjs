// @ts-check
/**
 * A finished DOCX read into the parts the page layout needs, and written again with its page numbers, in a fraction
 * of the time docx's patchDocument takes for it (toc-page-numbers-worker.mjs). For a concept of 120 pages
 * (document.xml 2.7 MB) patchDocument spent some 550 ms reading the package and 280 ms writing it, around a layout
 * that, after one edit, takes less than that. Here:
 *
 * - reading: the zip's directory by hand and each XML part parsed in one pass into the tree docx's own parser gives
 *   (`{ type: 'element', name, attributes?, elements? }`, text kept as docx keeps it), which is what docx/layout reads
 *   (xml-read.mjs, which also keeps blocks and parts by their XML for the next documents);
 * - filling: the fields that show page numbers get them as patchDocument's page numbers write them (page references,
 *   the number of pages), or it answers that it can't (another field switch, SECTIONPAGES, a document it imports),
 *   and the caller uses patchDocument;
 * - writing: only the parts whose fields were filled are written again, as docx writes a parsed tree (xml-write.mjs);
 *   the others keep their compressed bytes.
 *
 * tests/export/docx-parts.test.ts compares the result with patchDocument's, part by part.
 */
import { posix } from 'node:path';
import { UnreadableXml, isFieldFree, keptPart, parseXml } from './xml-read.mjs';
import { stringifyXml, writeNode } from './xml-write.mjs';
import { contentOf, packEntry, readZip, writeZip } from './zip.mjs';

export { forgetKeptBlocks, parseXml } from './xml-read.mjs';
export { stringifyXml } from './xml-write.mjs';

/** @typedef {import('docx').XmlElement} El */
/** @typedef {import('./zip.mjs').ZipEntry} ZipEntry */

const utf8 = new TextDecoder('utf-8');
/** Decodes only valid UTF-8: then every character of the text stands for its own bytes of the file. */
const exactUtf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * The package's zip file with the content of some entries replaced (the others keep their compressed bytes).
 * @param {ZipEntry[]} entries @param {ReadonlyMap<string, string | Uint8Array>} replaced
 */
export function withReplaced(entries, replaced) {
  return new Uint8Array(writeZip(entries.map((entry) => {
    const text = replaced.get(entry.name);
    return text === undefined ? entry : packEntry(entry.name, text);
  })));
}

// -- page-number fields ------------------------------------------------------------------------------------------

/**
 * What a field shows from the estimate, as docx's page numbers write it (blank where the estimate has no number);
 * undefined for a field that shows no page number; `null` for one this does not write (other switches, SECTIONPAGES).
 * @param {string} instruction @param {{ bookmarks: ReadonlyMap<string, string>, pageCount?: number }} estimate
 * @returns {string | undefined | null}
 */
function resultOf(instruction, estimate) {
  const field = /^\s*(PAGEREF|NUMPAGES|SECTIONPAGES)\b(.*)$/is.exec(instruction);
  if (!field) return undefined;
  const kind = field[1].toUpperCase();
  if (kind === 'SECTIONPAGES') return null;
  let rest = field[2];
  let bookmark = '';
  if (kind === 'PAGEREF') {
    const reference = /^\s*("?)([^\s"\\]+)\1(.*)$/s.exec(rest);
    if (!reference) return undefined;
    bookmark = reference[2];
    rest = reference[3];
  }
  const parts = rest.match(/"[^"]*"|\S+/g) ?? [];
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i];
    if (kind === 'PAGEREF' && /^\\h$/i.test(part)) continue;
    if (part === '\\*' && /^"?(mergeformat|charformat|mergeformatinet)"?$/i.test(parts[i + 1] ?? '')) {
      i++;
      continue;
    }
    if (/^\\\*"?(mergeformat|charformat|mergeformatinet)"?$/i.test(part)) continue;
    return null;
  }
  if (kind === 'NUMPAGES') return estimate.pageCount === undefined ? '' : String(estimate.pageCount);
  return estimate.bookmarks.get(bookmark) ?? '';
}

/** @param {El} element */
const textOf = (element) => (element.elements ?? []).filter((e) => e.type === 'text').map((e) => String(e.text)).join('');

/** @typedef {{ instruction: string, begin: El, beginState: { changed: boolean }, result?: string | null, inResult: boolean }} OpenField */

/**
 * Walks a part's elements as docx's field filling does, in order and across paragraphs (a table of contents is one
 * field over many). With an estimate it writes each field's result after its `separate` and takes out the result it
 * had; without one it only checks that every field is one this writes.
 * @param {El[]} elements @param {OpenField[]} open
 * @param {Parameters<typeof resultOf>[1] | undefined} estimate @param {{ changed: boolean }} [state] set when it wrote
 * in these elements (when it takes the dirty flag off a field's begin, the state that was current at the begin)
 * @returns {boolean} false: a field this does not write
 */
function fillFields(elements, open, estimate, state = { changed: false }) {
  for (let index = 0; index < elements.length; index++) {
    let element = elements[index];
    if (element.type !== 'element') continue;
    const current = open[open.length - 1];
    if (isFieldFree(element)) {
      // Outside any field, a block read without fields has nothing to check or fill.
      if (open.length === 0) continue;
      // In a field's result, which is taken out: the block is kept for the next documents by its XML (xml-read.mjs),
      // so it is not changed, a copy of it is (filledDocument writes the copy).
      if (estimate && current?.result !== undefined && current.result !== null) element = elements[index] = structuredClone(element);
    }
    const name = element.name;
    if (name === 'w:fldChar') {
      const type = element.attributes?.['w:fldCharType'];
      if (type === 'begin') open.push({ begin: element, beginState: state, instruction: '', inResult: false });
      else if (type === 'separate' && current) {
        current.inResult = true;
        if (open.slice(0, -1).some((field) => /^\s*TOC\b.*\\s\b/is.test(field.instruction))) return false;
        const result = resultOf(current.instruction, estimate ?? { bookmarks: new Map() });
        if (result === null) return false;
        if (!estimate) continue;
        if (/^\s*(PAGEREF|TOC)\b/i.test(current.instruction) && current.begin.attributes?.['w:dirty'] !== undefined) {
          const rest = { ...current.begin.attributes };
          delete rest['w:dirty'];
          current.begin.attributes = rest;
          current.beginState.changed = true;
        }
        current.result = result;
        if (result !== undefined) {
          elements.splice(index + 1, 0, { type: 'element', name: 'w:t', attributes: { 'xml:space': 'preserve' }, elements: [{ type: 'text', text: result }] });
          index++;
          state.changed = true;
        }
      } else if (type === 'end') open.pop();
    } else if (name === 'w:instrText' && current && !current.inResult) {
      current.instruction += textOf(element);
    } else if ((name === 'w:t' || name === 'w:tab' || name === 'w:br' || name === 'w:cr') && current?.result !== undefined && current.result !== null) {
      if (estimate) {
        elements.splice(index, 1);
        index--;
        state.changed = true;
      }
    } else if (name === 'w:fldSimple') {
      // Not written by render-docx.ts; left to patchDocument when it shows a page number.
      if (resultOf(String(element.attributes?.['w:instr'] ?? ''), { bookmarks: new Map() }) !== undefined) return false;
      if (!fillFields(element.elements ?? [], [], estimate, state)) return false;
    } else if (!fillFields(element.elements ?? [], open, estimate, state)) return false;
  }
  return true;
}

const DOCUMENT = 'word/document.xml';

/**
 * The package of a DOCX: its entries, its XML parts parsed and its other parts as bytes, as patchDocument gives a
 * template to its page-number estimator; undefined when it has something this leaves to patchDocument (a zip of
 * another kind, XML this reader does not read, imported documents, fields whose numbers this does not write).
 * @param {Uint8Array} data
 */
export function readPackage(data) {
  const entries = readZip(data);
  if (!entries) return undefined;
  /** @type {Map<string, El>} */
  const parts = new Map();
  /** @type {Map<string, Uint8Array>} */
  const binaryParts = new Map();
  /** @type {Map<El, [number, number]>} */
  const ranges = new Map();
  let text = '';
  /** @type {{ bytes: Uint8Array, bom: number } | undefined} */
  let exact;
  try {
    for (const entry of entries) {
      const content = contentOf(entry);
      if (entry.name === DOCUMENT) {
        try {
          text = exactUtf8.decode(content);
          // The decoder leaves a byte order mark out of the text.
          exact = { bytes: content, bom: content[0] === 0xef && content[1] === 0xbb && content[2] === 0xbf ? 3 : 0 };
        } catch {
          text = utf8.decode(content);
        }
        parts.set(entry.name, parseXml(text, ranges));
      } else if (/\.(xml|rels)$/.test(entry.name)) parts.set(entry.name, keptPart(utf8.decode(content)));
      else binaryParts.set(entry.name, content);
    }
  } catch (error) {
    // XML this does not read, or content that does not inflate (zlib's errors carry a code): patchDocument decides.
    if (error instanceof UnreadableXml || /^(Z_|ERR_BUFFER_TOO_LARGE)/.test(String(/** @type {{ code?: unknown }} */ (error)?.code))) return undefined;
    throw error;
  }
  const relationships = relationshipsOf(parts);
  // Imported documents (altChunk), wherever a part refers to one: left to patchDocument.
  for (const [path, part] of parts) if (path.endsWith('.rels') && relationshipsIn(part).some((r) => /\/aFChunk$/.test(String(r.Type)))) return undefined;
  for (const path of [DOCUMENT, ...fieldPartsOf(relationships)]) {
    const part = parts.get(path);
    // A header or footer this does not find (another way of naming it) is left to patchDocument with the rest.
    if (!part || !fillFields(part.elements ?? [], [], undefined)) return undefined;
  }
  return { entries, parts, binaryParts, document: { text, ranges, exact } };
}

/** @param {ReadonlyMap<string, El>} parts */
function relationshipsOf(parts) {
  return relationshipsIn(parts.get('word/_rels/document.xml.rels'));
}

/** The relationships of one .rels part. @param {El | undefined} part */
function relationshipsIn(part) {
  const root = (part?.elements ?? []).find((e) => e.type === 'element');
  return (root?.elements ?? []).map((e) => e.attributes ?? {});
}

/**
 * The headers' and footers' paths in the package: a target relative to word/ (`footer1.xml`, `./footer1.xml`,
 * `../word/footer1.xml`) or from the package's root (`/word/footer1.xml`).
 * @param {Record<string, unknown>[]} relationships
 */
const fieldPartsOf = (relationships) =>
  relationships
    .filter((r) => /\/(header|footer)$/.test(String(r.Type)))
    .map((r) => {
      const target = String(r.Target);
      return target.startsWith('/') ? posix.normalize(target).slice(1) : posix.join('word', target);
    });

/**
 * The DOCX with the estimate's page numbers in its fields: the body's and those of its headers and footers.
 * @param {NonNullable<ReturnType<typeof readPackage>>} pkg @param {Parameters<typeof resultOf>[1]} estimate
 */
export function writePackage(pkg, estimate) {
  /** @type {Map<string, string | Uint8Array>} */
  const replaced = new Map();
  const document = pkg.parts.get(DOCUMENT);
  if (document) replaced.set(DOCUMENT, filledDocument(document, pkg.document, estimate));
  for (const path of fieldPartsOf(relationshipsOf(pkg.parts))) {
    const part = pkg.parts.get(path);
    if (!part) continue;
    const state = { changed: false };
    fillFields(part.elements ?? [], [], estimate, state);
    if (state.changed) replaced.set(path, stringifyXml(part));
  }
  return withReplaced(pkg.entries, replaced);
}

/**
 * document.xml with the page numbers in its fields: the blocks of its body whose fields were filled written again, the
 * rest of the text as it was (a table of contents is one field over many paragraphs, so they are filled in order). After
 * the last block written again, the file's own bytes are taken when the text was decoded from them exactly: encoding
 * the rest of a long document again (2.7 MB) took longer than the rest of writing it.
 * @param {El} document
 * @param {{ text: string, ranges: Map<El, [number, number]>, exact?: { bytes: Uint8Array, bom: number } }} source
 * @param {Parameters<typeof resultOf>[1]} estimate
 * @returns {string | Uint8Array}
 */
function filledDocument(document, { text, ranges, exact }, estimate) {
  const root = (document.elements ?? []).find((e) => e.type === 'element');
  const body = root?.elements?.find((e) => e.name === 'w:body');
  const blocks = body?.elements ?? [];
  if (!body || (root?.elements ?? []).some((e) => e.type === 'element' && e !== body) || blocks.some((b) => b.type === 'element' && !ranges.has(b))) {
    fillFields(document.elements ?? [], [], estimate);
    return stringifyXml(document);
  }
  /** @type {OpenField[]} */
  const open = [];
  // All blocks are filled before any is written: a field's begin (whose dirty flag goes) may lie in an earlier block
  // than its separate.
  // A block is written as filled: the block itself, or a copy where fillFields did not change a kept block.
  const states = blocks.map((block) => {
    const state = { changed: false, filled: block };
    if (block.type !== 'element') return state;
    const one = [block];
    fillFields(one, open, estimate, state);
    state.filled = one[0];
    return state;
  });
  let out = '';
  let written = 0;
  for (const [index, block] of blocks.entries()) {
    const state = states[index];
    if (!state?.changed) continue;
    const [start, end] = /** @type {[number, number]} */ (ranges.get(block));
    /** @type {string[]} */
    const xml = [];
    writeNode(state.filled, xml);
    out += text.slice(written, start) + xml.join('');
    written = end;
  }
  if (!exact) return out + text.slice(written);
  const rest = exact.bom + Buffer.byteLength(text.slice(0, written), 'utf8');
  return Buffer.concat([Buffer.from(out, 'utf8'), exact.bytes.subarray(rest)]);
}
