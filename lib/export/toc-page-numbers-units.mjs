// @ts-check
/**
 * Lays a document out in parts that each start on a page of their own, so a part that did not change keeps its
 * layout, and the parts can be laid out on both cores. Used by toc-page-numbers-worker.mjs; plain JavaScript for the
 * same reason as the worker.
 *
 * A part ("unit") starts where the document starts a new page by itself: a paragraph with a page break before it, or
 * the first block after a section break. What a unit lays out to depends only on its own blocks (and the styles,
 * lists, headers and footers), never on what came before it: it starts at the top of a page either way. So
 *
 *   - each unit but the first is laid out alone, as a small document of its own, and its page count and the page of
 *     each of its bookmarks (relative to its first page) are kept by a hash of its content;
 *   - the first unit (title page and table of contents, whose numbers depend on all the others) is laid out last,
 *     followed by one empty page for each page of the other units, with their bookmarks on the pages where the units
 *     have them: the layout then fills the TOC, including how its length moves the pages after it, exactly as for the
 *     whole document.
 *
 * Where the document has something this cannot split safely (page-number fields in the body, footnotes, a numbered
 * list that goes on across a page-starting break, other section break kinds, restarted page numbers), the whole
 * document is laid out in one go, as before.
 *
 * The hash leaves out what differs between two renders of the same content without changing the layout: bookmark
 * names and ids, link relationship ids, list ids (replaced by the list's definition).
 */
import { createHash } from 'node:crypto';

/** @typedef {import('docx').XmlElement} El */
/**
 * A unit's layout: its page count and the page of each of its bookmarks (from 0, its first page), and to lay an edited
 * version of it out from where it changed: the context it was laid out in, a hash of each of its blocks, the page each
 * block starts on, and the blocks that start at the top of a page after a page that filled up (-1: not a paragraph).
 * @typedef {{ pages: number, marks: number[], context?: string, blocks?: string[], starts?: number[], tops?: number[] }} UnitLayout
 */
/** @typedef {(template: { parts: ReadonlyMap<string, El>, binaryParts?: ReadonlyMap<string, Uint8Array> }) => any} Estimator */

export const DOCUMENT = 'word/document.xml';

/** @param {El | undefined} el @param {string} name */
export const child = (el, name) => el?.elements?.find((e) => e.name === name);
/** @param {El | undefined} el @param {string} name */
const children = (el, name) => (el?.elements ?? []).filter((e) => e.name === name);
/** @param {El | undefined} el */
export const isOn = (el) => el !== undefined && !['0', 'false', 'off'].includes(String(el.attributes?.['w:val'] ?? 'true'));
/** @param {El} root */
export const rootOf = (root) => (root.elements ?? []).find((e) => e.type === 'element');

/** Every element below `el`, depth first. @param {El} el @param {(e: El) => void} visit */
export function walk(el, visit) {
  visit(el);
  for (const e of el.elements ?? []) walk(e, visit);
}

/** @param {El} block */
export const sectPrOf = (block) => (block.name === 'w:p' ? child(child(block, 'w:pPr'), 'w:sectPr') : undefined);

/** A deep copy of a section's properties, without a title page (its first page is not a unit's first page). @param {El} sectPr */
export function plainSection(sectPr) {
  const copy = structuredClone(sectPr);
  copy.elements = (copy.elements ?? []).filter((e) => e.name !== 'w:titlePg');
  return copy;
}

/** Paragraph styles that keep with the next paragraph (through basedOn). @param {El | undefined} styles */
function keepNextStyles(styles) {
  /** @type {Map<string, { keep: boolean | undefined, basedOn: string | undefined }>} */
  const byId = new Map();
  let defaultStyle;
  for (const style of children(rootOf(styles ?? {}) ?? {}, 'w:style')) {
    if (style.attributes?.['w:type'] !== 'paragraph') continue;
    const id = String(style.attributes?.['w:styleId']);
    const keep = child(child(style, 'w:pPr'), 'w:keepNext');
    byId.set(id, { keep: keep === undefined ? undefined : isOn(keep), basedOn: child(style, 'w:basedOn')?.attributes?.['w:val']?.toString() });
    if (isOn(style.attributes?.['w:default'] === undefined ? undefined : { attributes: { 'w:val': style.attributes['w:default'] } })) defaultStyle = id;
  }
  /** @param {string | undefined} id @returns {boolean} */
  const keeps = (id, depth = 0) => {
    const style = id === undefined ? undefined : byId.get(id);
    if (!style || depth > 20) return false;
    return style.keep ?? keeps(style.basedOn, depth + 1);
  };
  return { keeps, defaultStyle };
}

/**
 * The document's units: where each starts among the body's blocks, or why it can't be split.
 * @param {ReadonlyMap<string, El>} parts
 */
export function planUnits(parts) {
  const document = rootOf(/** @type {El} */ (parts.get(DOCUMENT)));
  const body = child(document, 'w:body');
  if (!body) return { problem: 'kein Dokumentkörper' };
  const all = body.elements ?? [];
  const finalSection = all.at(-1)?.name === 'w:sectPr' ? all.at(-1) : undefined;
  if (!finalSection) return { problem: 'keine Abschnittseigenschaften' };
  const blocks = all.slice(0, -1);

  const settings = rootOf(parts.get('word/settings.xml') ?? {});
  if (isOn(child(settings, 'w:evenAndOddHeaders'))) return { problem: 'gerade und ungerade Kopfzeilen' };
  // The stand-in document has other sections than the document: their page counts can't be written from it.
  for (const [path, part] of parts) {
    if (!/^word\/(header|footer)\d*\.xml$/.test(path)) continue;
    let sectionPages = false;
    walk(part, (e) => {
      if (e.name === 'w:instrText' && (e.elements ?? []).some((t) => /SECTIONPAGES/.test(String(t.text ?? '')))) sectionPages = true;
      if (e.name === 'w:fldSimple' && /SECTIONPAGES/.test(String(e.attributes?.['w:instr'] ?? ''))) sectionPages = true;
    });
    if (sectionPages) return { problem: 'Seitenzahl des Abschnitts' };
  }

  // Every section break must start a new page, and page numbers must run on.
  const sections = [...blocks.map(sectPrOf).filter((s) => s !== undefined), finalSection];
  for (const section of sections) {
    const type = child(section, 'w:type')?.attributes?.['w:val'];
    if (type !== undefined && type !== 'nextPage') return { problem: `Abschnittswechsel ${String(type)}` };
    if (child(section, 'w:pgNumType')?.attributes?.['w:start'] !== undefined) return { problem: 'neu beginnende Seitenzahlen' };
    const cols = child(section, 'w:cols');
    if (cols && Number(cols.attributes?.['w:num'] ?? 1) > 1) return { problem: 'Spalten' };
  }

  const { keeps, defaultStyle } = keepNextStyles(parts.get('word/styles.xml'));
  /**
   * Whether a block keeps with the next one, so a page break before that one could move it along: a paragraph by
   * its own or its style's keepNext, a table by those of its last row, a content control by its last block.
   * @param {El} block @returns {boolean}
   */
  const keepsWithNext = (block) => {
    if (block.name === 'w:p') {
      const pPr = child(block, 'w:pPr');
      const own = child(pPr, 'w:keepNext');
      if (own !== undefined) return isOn(own);
      return keeps(child(pPr, 'w:pStyle')?.attributes?.['w:val']?.toString() ?? defaultStyle);
    }
    if (block.name === 'w:tbl') {
      const lastRow = children(block, 'w:tr').at(-1);
      if (!lastRow) return false;
      let kept = false;
      walk(lastRow, (e) => {
        if (e.name === 'w:p' && keepsWithNext(e)) kept = true;
      });
      return kept;
    }
    if (block.name === 'w:sdt') {
      const last = (child(block, 'w:sdtContent')?.elements ?? []).filter((e) => e.type === 'element').at(-1);
      return last === undefined ? false : keepsWithNext(last);
    }
    return true; // anything else: never cut right after it
  };

  /** @type {number[]} */
  const starts = [0];
  for (let i = 1; i < blocks.length; i++) {
    const block = blocks[i];
    const previous = blocks[i - 1];
    const afterSection = sectPrOf(previous) !== undefined;
    const breakBefore = block.name === 'w:p' && isOn(child(child(block, 'w:pPr'), 'w:pageBreakBefore'));
    if (afterSection || (breakBefore && !keepsWithNext(previous))) starts.push(i);
  }

  // Page fields (the table of contents, page references) belong in the first unit, which is laid out with the
  // page numbers: it reaches up to the last block that has one.
  let lastField = -1;
  blocks.forEach((block, i) => {
    if (factsOf(block).pageField) lastField = i;
  });
  const cuts = [0, ...starts.filter((start) => start > lastField)];

  // Lists: a numbered list that goes on into another unit would count differently there.
  const numbering = numberingKeys(parts.get('word/numbering.xml'));
  /** @type {Map<string, number>} */
  const countingListUnit = new Map();
  for (let u = 0; u < cuts.length; u++) {
    const end = cuts[u + 1] ?? blocks.length;
    for (let i = cuts[u]; i < end; i++) {
      const facts = factsOf(blocks[i]);
      if (facts.footnote) return { problem: 'Fußnoten' };
      for (const id of facts.numIds) {
        if (!numbering.counting.has(id)) continue;
        const seen = countingListUnit.get(id);
        if (seen !== undefined && seen !== u) return { problem: 'nummerierte Liste über einen Seitenwechsel' };
        countingListUnit.set(id, u);
      }
    }
  }
  return { blocks, starts: cuts, finalSection, numbering: numbering.keys };
}

const PAGE_FIELD = /\b(PAGE|NUMPAGES|SECTIONPAGES|PAGEREF|SECTION|TOC)\b/;

/**
 * What planUnits and the layout of the units (toc-page-numbers-layout.mjs) need to know of a block, found in one walk
 * through it: whether it has a page field, a footnote or endnote reference, the list ids it uses and the bookmarks it
 * starts, in order. Kept per block: docx-parts.mjs gives a block that did not change since an earlier document the
 * same tree again (and never changes a tree without fields), so after an edit only the new blocks are walked.
 * @type {WeakMap<El, { pageField: boolean, footnote: boolean, numIds: string[], marks: El[] }>}
 */
const blockFacts = new WeakMap();

/** @param {El} block */
function factsOf(block) {
  let facts = blockFacts.get(block);
  if (facts) return facts;
  const found = { pageField: false, footnote: false, numIds: /** @type {string[]} */ ([]), marks: /** @type {El[]} */ ([]) };
  walk(block, (e) => {
    if (e.name === 'w:bookmarkStart') found.marks.push(e);
    else if (e.name === 'w:footnoteReference' || e.name === 'w:endnoteReference') found.footnote = true;
    else if (e.name === 'w:numId') found.numIds.push(String(e.attributes?.['w:val']));
    else if (e.name === 'w:fldSimple' || e.name === 'w:instrText') {
      const code = e.name === 'w:fldSimple' ? String(e.attributes?.['w:instr'] ?? '') : (e.elements ?? []).map((t) => String(t.text ?? '')).join('');
      if (PAGE_FIELD.test(code)) found.pageField = true;
    }
  });
  facts = found;
  blockFacts.set(block, facts);
  return facts;
}

/** The bookmarks blocks start, in order. @param {El[]} blocks */
export function bookmarksIn(blocks) {
  return blocks.flatMap((block) => factsOf(block).marks);
}

/**
 * What each list id stands for (its definition, so ids that shift between renders hash alike), and which lists count.
 * @param {El | undefined} part
 */
function numberingKeys(part) {
  const root = rootOf(part ?? {});
  /** @type {Map<string, El>} */
  const abstracts = new Map();
  for (const abstract of children(root, 'w:abstractNum')) abstracts.set(String(abstract.attributes?.['w:abstractNumId']), abstract);
  /** @type {Map<string, string>} */
  const keys = new Map();
  /** @type {Set<string>} */
  const counting = new Set();
  for (const num of children(root, 'w:num')) {
    const id = String(num.attributes?.['w:numId']);
    const abstract = abstracts.get(String(child(num, 'w:abstractNumId')?.attributes?.['w:val']));
    const definition = (abstract?.elements ?? []).filter((e) => e.name !== 'w:nsid' && e.name !== 'w:tmpl');
    const overrides = (num.elements ?? []).filter((e) => e.name !== 'w:abstractNumId');
    keys.set(id, hash(JSON.stringify([definition, overrides])));
    const formats = children(abstract, 'w:lvl').map((lvl) => String(child(lvl, 'w:numFmt')?.attributes?.['w:val'] ?? 'decimal'));
    if (formats.some((f) => f !== 'bullet' && f !== 'none')) counting.add(id);
  }
  return { keys, counting };
}

/** @param {string} text */
function hash(text) {
  return createHash('sha256').update(text).digest('base64url');
}

/** Everything besides the body that a unit's layout depends on. @param {ReadonlyMap<string, El>} parts */
export function contextHash(parts) {
  const relevant = [...parts.keys()]
    .filter((path) => /^word\/(styles|settings|fontTable|theme\/theme\d*|header\d*|footer\d*|webSettings)\.xml$/.test(path))
    .sort();
  return hash(JSON.stringify(relevant.map((path) => [path, parts.get(path)])));
}

/** Where a block's XML differs between renders of the same content: bookmarks, link targets, list ids. */
const VARYING = /<w:(bookmarkStart|bookmarkEnd)\b[^>]*?(\/?)>|<w:hyperlink\b([^>]*?)(\/?)>|<w:numId\b([^>]*?)(\/?)>/g;

/**
 * A block's XML as it lays out, without what differs between renders of the same content (as `json` in unitHash
 * leaves it out of the parsed block): bookmarks without their names and ids, links without their targets, list ids
 * replaced by what the list stands for.
 * @param {string} xml @param {Map<string, string>} numbering
 */
function invariantXml(xml, numbering) {
  return xml.replace(VARYING, (match, bookmark, bookmarkEnd, link, linkEnd, numId, numIdEnd) => {
    if (bookmark) return `<w:${bookmark}${bookmarkEnd}>`;
    if (link !== undefined) return `<w:hyperlink${link.replace(/\s(r:id|w:anchor)="[^"]*"/g, '')}${linkEnd}>`;
    const id = /\bw:val="([^"]*)"/.exec(numId)?.[1];
    return id === undefined ? match : `<w:numId w:val="${numbering.get(id) ?? id}"${numIdEnd}>`;
  });
}

/**
 * A unit's content hash (and size): its blocks as they lay out, without what differs between renders of the same content.
 * `xmlOf` gives a block's XML as the file has it (docx-parts.mjs keeps where each block of the body is), which is
 * hashed instead of the parsed block: several times faster for a long document (a block that only differs in how its
 * XML is written hashes differently, which costs a layout, never a wrong one).
 * @param {El[]} blocks @param {Map<string, string>} numbering @param {string} context
 * @param {(block: El) => string | undefined} [xmlOf]
 */
export function unitHash(blocks, numbering, context, xmlOf) {
  /** @param {El} block */
  const json = (block) => JSON.stringify(block, function (key, value) {
    if (key !== 'attributes' || value === null || typeof value !== 'object') return value;
    const name = /** @type {El} */ (this).name;
    if (name === 'w:bookmarkStart' || name === 'w:bookmarkEnd') return {};
    if (name === 'w:hyperlink') {
      const rest = { ...value };
      delete rest['r:id'];
      delete rest['w:anchor'];
      return rest;
    }
    if (name === 'w:numId') return { 'w:val': numbering.get(String(value['w:val'])) ?? String(value['w:val']) };
    return value;
  });
  let size = 0;
  const hashes = blocks.map((block) => {
    const xml = xmlOf?.(block);
    const text = xml === undefined ? json(block) : `xml\n${invariantXml(xml, numbering)}`;
    size += text.length;
    return hash(text);
  });
  return { hash: hash(`${context}\n${hashes.join('\n')}`), size, blocks: hashes, context };
}

/**
 * Where an edited unit can be laid out from, given a layout of an earlier version of it: the last block that started
 * a page after a page that filled up, at least two pages before the page of the first block that changed (what comes
 * two pages before an edit does not depend on it: keeping lines and headings together looks at the next page at most).
 * @param {UnitLayout | undefined} previous @param {string[]} blocks @param {string} context
 * @returns {{ from: number, page: number } | undefined}
 */
export function resumePoint(previous, blocks, context) {
  if (!previous?.blocks || !previous.starts || !previous.tops || previous.context !== context) return undefined;
  let changed = 0;
  while (changed < blocks.length && changed < previous.blocks.length && blocks[changed] === previous.blocks[changed]) changed++;
  if (changed === blocks.length && changed === previous.blocks.length) return undefined;
  // A block added at the end counts as on the earlier version's last page; a table (whose page is not kept) as on
  // the page of the last paragraph before it.
  let changedPage = previous.pages - 1;
  if (changed < previous.blocks.length) {
    let known = changed;
    while (known >= 0 && (previous.starts[known] ?? -1) < 0) known--;
    if (known < 0) return undefined;
    changedPage = /** @type {number} */ (previous.starts[known]);
  }
  let best;
  for (const top of previous.tops) {
    const page = previous.starts[top] ?? -1;
    if (top > 0 && top < changed && page >= 0 && page <= changedPage - 2) best = { from: top, page };
  }
  return best;
}
