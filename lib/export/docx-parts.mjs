// @ts-check
/**
 * A finished DOCX read into the parts the page layout needs, and written again with its page numbers, in a fraction
 * of the time docx's patchDocument takes for it (toc-page-numbers-worker.mjs). For a concept of 120 pages
 * (document.xml 2.7 MB) patchDocument spent some 550 ms reading the package and 280 ms writing it, around a layout
 * that, after one edit, takes less than that. Here:
 *
 * - reading: the zip's directory by hand and each XML part parsed in one pass into the tree docx's own parser gives
 *   (`{ type: 'element', name, attributes?, elements? }`, text kept as docx keeps it), which is what docx/layout reads;
 * - filling: the fields that show page numbers get them as patchDocument's page numbers write them (page references,
 *   the number of pages), or it answers that it can't (another field switch, SECTIONPAGES, a document it imports),
 *   and the caller uses patchDocument;
 * - writing: only the parts whose fields were filled are written again, as docx writes a parsed tree; the others keep
 *   their compressed bytes.
 *
 * tests/export/docx-parts.test.ts compares the result with patchDocument's, part by part.
 */
import { posix } from 'node:path';
import { contentOf, packEntry, readZip, writeZip } from './zip.mjs';

/** @typedef {import('docx').XmlElement} El */
/** @typedef {import('./zip.mjs').ZipEntry} ZipEntry */

const utf8 = new TextDecoder('utf-8');

/**
 * The package's zip file with the content of some entries replaced (the others keep their compressed bytes).
 * @param {ZipEntry[]} entries @param {ReadonlyMap<string, string>} replaced
 */
export function withReplaced(entries, replaced) {
  return new Uint8Array(writeZip(entries.map((entry) => {
    const text = replaced.get(entry.name);
    return text === undefined ? entry : packEntry(entry.name, text);
  })));
}

// -- XML ---------------------------------------------------------------------------------------------------------

/** Thrown for XML this reader leaves to docx's (comments, CDATA, DTDs, other instructions) or that is not well formed. */
export class UnreadableXml extends Error {}

const ENTITIES = /** @type {Record<string, string>} */ ({ amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" });
/** @param {string} raw */
function decode(raw) {
  if (raw.indexOf('&') === -1) return raw;
  return raw.replace(/&([^;&]*);?/g, (reference, name) => {
    if (!reference.endsWith(';')) throw new UnreadableXml('"&" ohne Entität');
    const known = ENTITIES[name];
    if (known !== undefined) return known;
    const code = /^#x[0-9a-f]+$/i.test(name) ? parseInt(name.slice(2), 16) : /^#[0-9]+$/.test(name) ? parseInt(name.slice(1), 10) : NaN;
    if (!(code > 0 && code <= 0x10ffff)) throw new UnreadableXml(`unbekannte Entität ${reference}`);
    return String.fromCodePoint(code);
  });
}

const ATTRIBUTE = /([^\s=/>]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/y;
/** @param {number} c */
const isSpace = (c) => c === 32 || c === 10 || c === 9 || c === 13;

/**
 * Blocks of a body already read, by their XML (the most recently read last): an export after an edit has the same
 * XML for nearly every block, and the tree read from it before is taken instead of reading it again. Only blocks
 * without fields: fillFields writes into those (and nothing else changes a block read here). A block whose XML comes
 * twice in one document is read again for its second place, so every place has a tree, and a range, of its own.
 */
const BLOCKS_KEPT = 6000;
/** @type {Map<string, El>} */
const keptBlocks = new Map();
/** Blocks kept because their XML has no field: the check of readPackage need not look into them. @type {WeakSet<El>} */
const fieldFree = new WeakSet();
const FIELD = /<w:(?:fldChar|instrText|fldSimple)\b/;

/** Forgets the blocks and parts kept (tests, and the benchmark's first download). */
export function forgetKeptBlocks() {
  keptBlocks.clear();
  keptParts.clear();
}

/**
 * Where the element `name` that opens at `from` ends (after its end tag), or -1: same-named elements inside it (a
 * table in a table) are counted, and tags that only begin with the name (w:pPr after w:p) are not.
 * @param {string} text @param {number} from @param {string} name
 */
function elementEnd(text, from, name) {
  const first = text.indexOf('>', from);
  if (first === -1) return -1;
  if (text.charCodeAt(first - 1) === 47) return first + 1; // it closes at once
  const opening = `<${name}`;
  const closing = `</${name}>`;
  let depth = 1;
  let at = first + 1;
  let close = -1;
  for (;;) {
    const open = text.indexOf(opening, at);
    if (close < at) close = text.indexOf(closing, at);
    if (close === -1) return -1;
    if (open !== -1 && open < close) {
      const after = text.charCodeAt(open + opening.length);
      at = open + opening.length;
      if (!(isSpace(after) || after === 62 || after === 47)) continue;
      const end = text.indexOf('>', open);
      if (end === -1) return -1;
      at = end + 1;
      if (text.charCodeAt(end - 1) !== 47) depth++;
      continue;
    }
    depth--;
    at = close + closing.length;
    if (depth === 0) return at;
  }
}

/**
 * XML read into the tree docx's parser gives with `keepWhitespaceText` (as patchDocument reads a template's parts).
 * `ranges`, when given, gets where in the text each block of a document's body (a child of w:body) starts and ends,
 * and the blocks are kept (and taken again) by their XML (keptBlocks).
 * @param {string} text @param {Map<El, [number, number]>} [ranges]
 * @returns {El & { declaration?: { attributes: Record<string, string> } }}
 */
export function parseXml(text, ranges) {
  /** @type {any} */
  const document = {};
  /** @type {any[]} */
  const open = [document];
  let parent = document;
  let position = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  while (position < text.length && isSpace(text.charCodeAt(position))) position++;
  const length = text.length;
  while (position < length) {
    const tag = text.indexOf('<', position);
    const stop = tag === -1 ? length : tag;
    if (stop > position) {
      const raw = text.slice(position, stop);
      const blank = raw.trim() === '';
      if (!blank && open.length === 1) throw new UnreadableXml('Text außerhalb des Wurzelelements');
      (parent.elements ??= []).push({ type: 'text', text: blank ? raw : decode(raw) });
    }
    if (tag === -1) break;
    const next = text.charCodeAt(tag + 1);
    if (next === 47 /* / */) {
      const close = text.indexOf('>', tag);
      if (close === -1 || open.length === 1 || text.slice(tag + 2, close).trimEnd() !== parent.name) throw new UnreadableXml('schließendes Tag passt nicht');
      open.pop();
      const closed = parent;
      parent = open[open.length - 1];
      position = close + 1;
      if (ranges && open.length === 3 && parent.name === 'w:body') {
        const start = ranges.get(closed)?.[0] ?? 0;
        ranges.set(closed, [start, position]);
        keepBlock(text.slice(start, position), closed);
      }
    } else if (next === 63 /* ? */) {
      const close = text.indexOf('?>', tag);
      const body = close === -1 ? '' : text.slice(tag + 2, close);
      if (!/^xml\s/.test(body) || open.length > 1 || document.elements) throw new UnreadableXml('Verarbeitungsanweisung');
      /** @type {Record<string, string>} */
      const attributes = {};
      for (const match of body.matchAll(/([\w:-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g)) attributes[match[1]] = match[2] ?? match[3];
      document.declaration = Object.keys(attributes).length > 0 ? { attributes } : {};
      position = close + 2;
    } else if (next === 33 /* ! */) {
      throw new UnreadableXml('Kommentar, CDATA oder DTD');
    } else {
      let p = tag + 1;
      while (p < length) {
        const c = text.charCodeAt(p);
        if (isSpace(c) || c === 62 || c === 47) break;
        p++;
      }
      /** @type {any} */
      const element = { type: 'element', name: text.slice(tag + 1, p) };
      if (element.name === '') throw new UnreadableXml('Tag ohne Namen');
      const isBlock = ranges !== undefined && open.length === 3 && parent.name === 'w:body';
      if (isBlock) {
        const end = elementEnd(text, tag, element.name);
        const xml = end === -1 ? undefined : text.slice(tag, end);
        const kept = xml === undefined ? undefined : keptBlocks.get(xml);
        // Not a tree that already has a place in this document (taken before, or read here and kept).
        if (xml !== undefined && kept !== undefined && !ranges.has(kept)) {
          keptBlocks.delete(xml); // the most recently read last
          keptBlocks.set(xml, kept);
          (parent.elements ??= []).push(kept);
          ranges.set(kept, [tag, end]);
          position = end;
          continue;
        }
      }
      /** @type {Record<string, string> | undefined} */
      let attributes;
      for (;;) {
        while (p < length && isSpace(text.charCodeAt(p))) p++;
        const c = text.charCodeAt(p);
        if (c === 62 /* > */) {
          (parent.elements ??= []).push(element);
          open.push(element);
          parent = element;
          p++;
          if (isBlock) ranges.set(element, [tag, -1]);
          break;
        }
        if (c === 47 /* / */ && text.charCodeAt(p + 1) === 62) {
          (parent.elements ??= []).push(element);
          p += 2;
          if (isBlock) {
            ranges.set(element, [tag, p]);
            keepBlock(text.slice(tag, p), element);
          }
          break;
        }
        ATTRIBUTE.lastIndex = p;
        const match = ATTRIBUTE.exec(text);
        if (!match) throw new UnreadableXml(`Attribut von <${element.name}>`);
        attributes ??= element.attributes = {};
        if (!Object.hasOwn(attributes, match[1])) attributes[match[1]] = decode(match[2] ?? match[3]);
        p = ATTRIBUTE.lastIndex;
      }
      position = p;
    }
  }
  if (open.length > 1) throw new UnreadableXml(`<${parent.name}> nicht geschlossen`);
  return document;
}

/**
 * The other parts (styles, numbering, settings, theme, relationships …) by their XML, as the blocks: the same for nearly
 * every export, and the layout keeps what it makes of a part by the part's tree (docx-layout.mjs), so a part taken
 * again also spares the layout that work. Not parts with fields (headers and footers with page numbers).
 */
const PARTS_KEPT = 64;
/** @type {Map<string, El>} */
const keptParts = new Map();

/** @param {string} xml */
function keptPart(xml) {
  const kept = keptParts.get(xml);
  if (kept !== undefined) {
    keptParts.delete(xml);
    keptParts.set(xml, kept);
    return kept;
  }
  const part = parseXml(xml);
  if (!FIELD.test(xml)) {
    keptParts.set(xml, part);
    if (keptParts.size > PARTS_KEPT) keptParts.delete(/** @type {string} */ (keptParts.keys().next().value));
  }
  return part;
}

/** Keeps a block read from `xml` for the next documents, unless it has fields. @param {string} xml @param {El} block */
function keepBlock(xml, block) {
  if (FIELD.test(xml) || keptBlocks.has(xml)) return;
  fieldFree.add(block);
  keptBlocks.set(xml, block);
  if (keptBlocks.size > BLOCKS_KEPT) keptBlocks.delete(/** @type {string} */ (keptBlocks.keys().next().value));
}

const TEXT_ESCAPES = /[&<>\x00-\x08\x0B\x0C\x0E-\x1F]/g;
const ALL_ESCAPES = /[&"'<>\x00-\x08\x0B\x0C\x0E-\x1F]/g;
const ESCAPED = /** @type {Record<string, string>} */ ({ '&': '&amp;', '"': '&quot;', "'": '&apos;', '<': '&lt;', '>': '&gt;' });
/** @param {string} c */
const escaped = (c) => ESCAPED[c] ?? '';

/** @param {Record<string, unknown> | undefined} attributes */
function attributesXml(attributes) {
  let out = '';
  if (attributes) {
    for (const key in attributes) {
      const value = attributes[key];
      if (value !== undefined && value !== null) out += ` ${key}="${String(value).replace(ALL_ESCAPES, escaped)}"`;
    }
  }
  return out;
}

/** @param {any} node @param {string[]} out */
function writeNode(node, out) {
  if (node.type === 'element') {
    const elements = node.elements;
    const open = `<${node.name}${attributesXml(node.attributes)}`;
    if ((elements && elements.length > 0) || node.attributes?.['xml:space'] === 'preserve') {
      out.push(`${open}>`);
      if (elements) for (const child of elements) writeNode(child, out);
      out.push(`</${node.name}>`);
    } else out.push(`${open}/>`);
  } else if (node.type === 'text') out.push(String(node.text).replace(TEXT_ESCAPES, escaped));
  else throw new UnreadableXml(`Knoten ${String(node.type)}`);
}

/** A parsed tree written as docx writes one. @param {any} document */
export function stringifyXml(document) {
  /** @type {string[]} */
  const out = [document.declaration ? `<?xml${attributesXml(document.declaration.attributes)}?>` : ''];
  for (const node of document.elements ?? []) writeNode(node, out);
  return out.join('');
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
    const element = elements[index];
    if (element.type !== 'element') continue;
    // Only checking (no estimate), outside any field: a block without fields has nothing to check.
    if (!estimate && open.length === 0 && fieldFree.has(element)) continue;
    const name = element.name;
    const current = open[open.length - 1];
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
  try {
    for (const entry of entries) {
      const content = contentOf(entry);
      if (entry.name === DOCUMENT) {
        text = utf8.decode(content);
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
  return { entries, parts, binaryParts, document: { text, ranges } };
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
  /** @type {Map<string, string>} */
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
 * rest of the text as it was (a table of contents is one field over many paragraphs, so they are filled in order).
 * @param {El} document @param {{ text: string, ranges: Map<El, [number, number]> }} source @param {Parameters<typeof resultOf>[1]} estimate
 */
function filledDocument(document, { text, ranges }, estimate) {
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
  const states = blocks.map((block) => {
    const state = { changed: false };
    if (block.type === 'element') fillFields([block], open, estimate, state);
    return state;
  });
  let out = '';
  let written = 0;
  for (const [index, block] of blocks.entries()) {
    if (!states[index]?.changed) continue;
    const [start, end] = /** @type {[number, number]} */ (ranges.get(block));
    /** @type {string[]} */
    const xml = [];
    writeNode(block, xml);
    out += text.slice(written, start) + xml.join('');
    written = end;
  }
  return out + text.slice(written);
}
