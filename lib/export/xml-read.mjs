// @ts-check
/**
 * XML read into the tree docx's own parser gives with `keepWhitespaceText` (`{ type: 'element', name, attributes?,
 * elements? }`, text kept as docx keeps it), which is what docx/layout reads; for docx-parts.mjs, in one pass. The
 * blocks of a body and the other parts are kept by their XML for the next documents (an export after an edit has the
 * same XML for nearly all of them).
 */

/** @typedef {import('docx').XmlElement} El */
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
 * without fields: fillFields writes into those (and nothing else changes a block read here). Every place has a tree,
 * and a range, of its own: a block whose XML comes several times in one document gets a tree for each place, and the
 * next document gives them out again in the same order (the second place with that XML gets the second tree), so a
 * paragraph that recurs keeps its trees from one export to the next as well.
 */
const BLOCKS_KEPT = 6000;
/** Trees per XML, at most (the places of one recurring block, an empty paragraph say, in a long concept). */
const TREES_PER_BLOCK = 64;
/** By XML; `key` is the XML as kept (a string of its own, ownStrings), which a block taken again is put back under. @type {Map<string, { key: string, trees: El[] }>} */
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
        const entry = xml === undefined ? undefined : keptBlocks.get(xml);
        const trees = entry?.trees;
        // The first tree that has no place in this document yet (taken before, or read here and kept).
        const kept = trees?.find((tree) => !ranges.has(tree));
        if (xml !== undefined && trees !== undefined && kept !== undefined) {
          // The most recently read last, under its own key: `xml` is a slice of this document's whole text.
          keptBlocks.delete(xml);
          keptBlocks.set(/** @type {{ key: string }} */ (entry).key, /** @type {{ key: string, trees: El[] }} */ (entry));
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
/** By XML; `key` is the XML the part was read from, which it is put back under when taken again. @type {Map<string, { key: string, part: El }>} */
const keptParts = new Map();

/** @param {string} xml */
export function keptPart(xml) {
  const kept = keptParts.get(xml);
  if (kept !== undefined) {
    // Put back under the key it was kept by (its tree is read from that string, not from this one).
    keptParts.delete(xml);
    keptParts.set(kept.key, kept);
    return kept.part;
  }
  const part = parseXml(xml);
  if (!FIELD.test(xml)) {
    keptParts.set(xml, { key: xml, part });
    if (keptParts.size > PARTS_KEPT) keptParts.delete(/** @type {string} */ (keptParts.keys().next().value));
  }
  return part;
}

/**
 * Keeps a block read from `xml` for the next documents, unless it has fields. The block's XML and its longer strings
 * are slices of the document's text, which V8 keeps whole as long as one slice lives (some 5 MB for a long concept,
 * for every export that kept a block): they are copied first (ownStrings).
 * @param {string} xml @param {El} block
 */
function keepBlock(xml, block) {
  if (FIELD.test(xml)) return;
  const trees = keptBlocks.get(xml)?.trees;
  if (trees?.includes(block) || (trees?.length ?? 0) >= TREES_PER_BLOCK) return;
  fieldFree.add(block);
  if (trees) {
    ownStrings(xml, block);
    trees.push(block);
  } else {
    const key = ownStrings(xml, block);
    keptBlocks.set(key, { key, trees: [block] });
  }
  if (keptBlocks.size > BLOCKS_KEPT) keptBlocks.delete(/** @type {string} */ (keptBlocks.keys().next().value));
}

/** V8 makes a string of this many characters or more taken out of another a slice of it (shorter ones are copies). */
const SLICED_FROM = 13;

/**
 * The block's XML, and every string in the block's tree that may be a slice of the document's text (element names,
 * attribute values, text), as strings of their own: one JSON round trip makes new strings of all of them at once.
 * @param {string} xml @param {El} block @returns {string} the XML
 */
function ownStrings(xml, block) {
  /** @type {string[]} */
  const strings = [xml];
  /** @type {((own: string) => void)[]} */
  const setters = [];
  /** @param {any} e */
  const visit = (e) => {
    if (typeof e.name === 'string' && e.name.length >= SLICED_FROM) {
      strings.push(e.name);
      setters.push((own) => (e.name = own));
    }
    if (typeof e.text === 'string' && e.text.length >= SLICED_FROM) {
      strings.push(e.text);
      setters.push((own) => (e.text = own));
    }
    // Attribute names are property keys, which V8 keeps as strings of their own.
    const attributes = e.attributes;
    if (attributes) {
      for (const key in attributes) {
        const value = attributes[key];
        if (typeof value !== 'string' || value.length < SLICED_FROM) continue;
        strings.push(value);
        setters.push((own) => (attributes[key] = own));
      }
    }
    for (const child of e.elements ?? []) visit(child);
  };
  visit(block);
  const own = /** @type {string[]} */ (JSON.parse(JSON.stringify(strings)));
  setters.forEach((set, i) => set(own[i + 1]));
  return own[0];
}

/** Whether a block was read from XML without fields (docx-parts.mjs's check of the fields need not look into it). @param {El} block */
export function isFieldFree(block) {
  return fieldFree.has(block);
}
