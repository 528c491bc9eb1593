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

const DOCUMENT = 'word/document.xml';

/** @param {El | undefined} el @param {string} name */
const child = (el, name) => el?.elements?.find((e) => e.name === name);
/** @param {El | undefined} el @param {string} name */
const children = (el, name) => (el?.elements ?? []).filter((e) => e.name === name);
/** @param {El | undefined} el */
const isOn = (el) => el !== undefined && !['0', 'false', 'off'].includes(String(el.attributes?.['w:val'] ?? 'true'));
/** @param {El} root */
const rootOf = (root) => (root.elements ?? []).find((e) => e.type === 'element');

/** Every element below `el`, depth first. @param {El} el @param {(e: El) => void} visit */
function walk(el, visit) {
  visit(el);
  for (const e of el.elements ?? []) walk(e, visit);
}

/** @param {El} block */
const sectPrOf = (block) => (block.name === 'w:p' ? child(child(block, 'w:pPr'), 'w:sectPr') : undefined);

/** A deep copy of a section's properties, without a title page (its first page is not a unit's first page). @param {El} sectPr */
function plainSection(sectPr) {
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
  /** @param {El} block */
  const hasPageField = (block) => {
    let found = false;
    walk(block, (e) => {
      if (found) return;
      const code = e.name === 'w:fldSimple' ? String(e.attributes?.['w:instr'] ?? '') : e.name === 'w:instrText' ? (e.elements ?? []).map((t) => String(t.text ?? '')).join('') : '';
      if (/\b(PAGE|NUMPAGES|SECTIONPAGES|PAGEREF|SECTION|TOC)\b/.test(code)) found = true;
    });
    return found;
  };
  let lastField = -1;
  blocks.forEach((block, i) => {
    if (hasPageField(block)) lastField = i;
  });
  const cuts = [0, ...starts.filter((start) => start > lastField)];

  // Lists: a numbered list that goes on into another unit would count differently there.
  const numbering = numberingKeys(parts.get('word/numbering.xml'));
  /** @type {Map<string, number>} */
  const countingListUnit = new Map();
  for (let u = 0; u < cuts.length; u++) {
    const end = cuts[u + 1] ?? blocks.length;
    for (let i = cuts[u]; i < end; i++) {
      /** @type {string | undefined} */
      let problem;
      walk(blocks[i], (e) => {
        if (problem) return;
        if (e.name === 'w:footnoteReference' || e.name === 'w:endnoteReference') problem = 'Fußnoten';
        else if (e.name === 'w:numId') {
          const id = String(e.attributes?.['w:val']);
          if (numbering.counting.has(id)) {
            const seen = countingListUnit.get(id);
            if (seen !== undefined && seen !== u) problem = 'nummerierte Liste über einen Seitenwechsel';
            countingListUnit.set(id, u);
          }
        }
      });
      if (problem) return { problem };
    }
  }
  return { blocks, starts: cuts, finalSection, numbering: numbering.keys };
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

/**
 * A unit's content hash (and size): its blocks as they lay out, without what differs between renders of the same content.
 * @param {El[]} blocks @param {Map<string, string>} numbering @param {string} context
 */
export function unitHash(blocks, numbering, context) {
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
    const text = json(block);
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

/** The bookmarks a unit starts, in order. @param {El[]} blocks */
function bookmarksIn(blocks) {
  /** @type {El[]} */
  const marks = [];
  for (const block of blocks) walk(block, (e) => e.name === 'w:bookmarkStart' && marks.push(e));
  return marks;
}

/**
 * The template with another body.
 * @param {{ parts: ReadonlyMap<string, El>, binaryParts?: ReadonlyMap<string, Uint8Array> }} template @param {El[]} body
 */
function withBody(template, body) {
  const root = /** @type {El} */ (template.parts.get(DOCUMENT));
  const document = /** @type {El} */ (rootOf(root));
  const newDocument = {
    ...document,
    elements: (document.elements ?? []).map((e) => (e.name === 'w:body' ? { ...e, elements: body } : e)),
  };
  const newRoot = { ...root, elements: (root.elements ?? []).map((e) => (e === document ? newDocument : e)) };
  const parts = new Map(template.parts);
  parts.set(DOCUMENT, newRoot);
  return { ...template, parts };
}

/** @param {El[]} elements @returns {El} */
const paragraph = (...elements) => ({ type: 'element', name: 'w:p', elements });
/** @param {El[]} elements @returns {El} */
const pPr = (...elements) => ({ type: 'element', name: 'w:pPr', elements });
/** @type {El} */
const PAGE_BREAK_BEFORE = { type: 'element', name: 'w:pageBreakBefore' };

/** @param {string} name @param {number} id @returns {El[]} */
const marker = (name, id) => [
  { type: 'element', name: 'w:bookmarkStart', attributes: { 'w:name': name, 'w:id': id } },
  { type: 'element', name: 'w:bookmarkEnd', attributes: { 'w:id': id } },
];
/** A paragraph with a bookmark where it starts and one where it ends (they take no room). @param {El} block @param {number} i */
function withMarkers(block, i) {
  if (block.name !== 'w:p') return block;
  const elements = block.elements ?? [];
  const props = elements[0]?.name === 'w:pPr' ? [elements[0]] : [];
  return { ...block, elements: [...props, ...marker(`_skwS${i}`, 900_000 + 2 * i), ...elements.slice(props.length), ...marker(`_skwE${i}`, 900_001 + 2 * i)] };
}
/** @type {El} */
const PAGE_BREAK = { type: 'element', name: 'w:r', elements: [{ type: 'element', name: 'w:br', attributes: { 'w:type': 'page' } }] };

/**
 * Where the layout of an edited unit can stop and take the rest from the earlier version's: blocks after the change
 * that are the same as at the earlier version's end and started a page there after a page that filled up. When one of
 * them starts a page after a full page in the new layout too, everything from it on lays out as before, only moved by
 * the pages the edit added or took away. Looked for only when the unit has as many blocks as before (words changed,
 * not paragraphs added). Gives the candidates (new and earlier index, nearest first) and how far to lay out to see
 * them: one page past the last, as what comes two pages later cannot change where a page begins.
 * @param {UnitLayout} previous @param {string[]} blocks @param {number} skip
 * @returns {{ candidates: { at: number, was: number }[], stop: number } | undefined}
 */
export function syncPoints(previous, blocks, skip) {
  const old = previous.blocks ?? [];
  const starts = previous.starts ?? [];
  // Blocks added or taken away move every page after them, nearly always: not worth a look.
  if (blocks.length !== old.length) return undefined;
  let changed = 0;
  while (changed < blocks.length && changed < old.length && blocks[changed] === old[changed]) changed++;
  let common = 0;
  const most = Math.min(blocks.length, old.length) - changed;
  while (common < most && blocks[blocks.length - 1 - common] === old[old.length - 1 - common]) common++;
  const shift = blocks.length - old.length;
  /** The first block that starts two pages after the one a candidate starts, or -1. @param {number} top */
  const lookahead = (top) => starts.findIndex((page, i) => i > top && page >= (starts[top] ?? 0) + 2);
  const candidates = (previous.tops ?? [])
    .filter((top) => top > old.length - common && top + shift > skip + 1 && (starts[top] ?? -1) >= 0 && lookahead(top) >= 0)
    .slice(0, 2)
    .map((top) => ({ at: top + shift, was: top }));
  const last = candidates.at(-1);
  return last ? { candidates, stop: lookahead(last.was) + shift } : undefined;
}

/**
 * Lays blocks `skip` to `stop` of unit u out as a document of their own: after a page holding one empty paragraph, so
 * that they start at the top of a page that is not the document's first, as in the whole document (where the space
 * above its first paragraph is left out), in a section of its own when the unit starts one; from `skip` > 0, after a
 * page that ends with a page break. Each paragraph gets bookmarks where it starts and ends (`_skwS<i>`, `_skwE<i>`).
 * @param {Estimator} estimate @param {any} template @param {{ blocks: El[], starts: number[], finalSection: El }} plan
 * @param {number} u @param {number} skip @param {number} stop
 */
function layOutBlocks(estimate, template, plan, u, skip, stop) {
  const { blocks, starts, finalSection } = plan;
  const from = starts[u];
  const to = from + stop;
  const unit = blocks.slice(from + skip, to).map((block, k) => {
    const sectPr = sectPrOf(block);
    if (!sectPr) return withMarkers(block, skip + k);
    const copy = structuredClone(block);
    const props = /** @type {El} */ (child(copy, 'w:pPr'));
    props.elements = (props.elements ?? []).map((e) => (e.name === 'w:sectPr' ? plainSection(e) : e));
    return withMarkers(copy, skip + k);
  });
  // The section the last block laid out is in gives the sub-document's last section.
  let governing = finalSection;
  for (let i = to - 1; i < blocks.length; i++) {
    const sectPr = sectPrOf(blocks[i]);
    if (sectPr) {
      governing = sectPr;
      break;
    }
  }
  const last = unit.at(-1);
  if (last && sectPrOf(last)) {
    // Its section ends with it: that section becomes the sub-document's last, carried by the body.
    const copy = { ...last, elements: (last.elements ?? []).map((e) => (e.name === 'w:pPr' ? { ...e, elements: (e.elements ?? []).filter((x) => x.name !== 'w:sectPr') } : e)) };
    unit[unit.length - 1] = copy;
  }
  const startsSection = skip === 0 && from > 0 && sectPrOf(blocks[from - 1]) !== undefined;
  const first = blocks[from];
  /** @type {El} */
  let lead;
  if (skip > 0) {
    // The page before ends with a page break: the part starts at the top of the next, as after a full page.
    lead = paragraph(PAGE_BREAK);
  } else if (startsSection) {
    // A page in a section of its own before it, so the unit starts a section as it does in the document.
    lead = paragraph(pPr(plainSection(governing)));
  } else {
    lead = paragraph();
    if (first.name !== 'w:p' || !isOn(child(child(first, 'w:pPr'), 'w:pageBreakBefore'))) return undefined;
  }
  const estimated = estimate(withBody(template, [lead, ...unit, plainSection(governing)]));
  if (estimated.pageCount === undefined) return undefined;
  return { pageCount: /** @type {number} */ (estimated.pageCount), numbers: /** @type {ReadonlyMap<string, number>} */ (estimated.bookmarkPageNumbers ?? new Map()) };
}

/**
 * Lays one unit (not the first) out on its own (layOutBlocks). Given the layout of an earlier version of the unit
 * (`previous`), only the part from a page some way before the first change on is laid out, and the pages before it
 * are the earlier version's. After the change it lays out a few pages first (syncPoints): where the new layout is back
 * in step with the earlier one, it stops and takes the pages after from the earlier version (`report.synced`, as when
 * a few words changed); where it is not (text added or taken away moves every page after it), it goes on from the
 * last page those few pages settled (`report.continued`), so the look costs little.
 * @param {Estimator} estimate @param {any} template @param {ReturnType<typeof planUnits> & { blocks: El[] }} plan @param {number} u
 * @param {{ blocks: string[], context: string }} hashes @param {UnitLayout} [previous] @param {Record<string, unknown>} [report]
 * @returns {UnitLayout | undefined}
 */
export function layOutUnit(estimate, template, plan, u, hashes, previous, report = {}) {
  const { blocks, starts } = /** @type {{ blocks: El[], starts: number[] }} */ (plan);
  const from = starts[u];
  const count = (starts[u + 1] ?? blocks.length) - from;
  const resume = resumePoint(previous, hashes.blocks, hashes.context);
  const skip = resume?.from ?? 0;
  /**
   * Blocks `start` to `end` laid out, the first at the top of the unit's page `page` (0: its first).
   * @typedef {{ start: number, end: number, base: number, pageCount: number, numbers: ReadonlyMap<string, number> }} Stretch
   * @param {number} start @param {number} end @param {number} page @returns {Stretch | undefined}
   */
  const layOut = (start, end, page) => {
    const laid = layOutBlocks(estimate, template, /** @type {any} */ (plan), u, start, end);
    return laid && { start, end, base: page - 2, ...laid }; // the sub-document's page 2 is the stretch's first page
  };
  /** The unit's page block i starts on in a stretch, -1 for a table. @param {Stretch} stretch @param {number} i */
  const pageOf = (stretch, i) => {
    const page = stretch.numbers.get(`_skwS${i}`);
    return page === undefined ? -1 : page + stretch.base;
  };
  /** Whether block i starts a page after a page that filled up. @param {Stretch} stretch @param {number} i */
  const isTop = (stretch, i) => {
    const start = stretch.numbers.get(`_skwS${i}`);
    const end = stretch.numbers.get(`_skwE${i - 1}`);
    return i > stretch.start && start !== undefined && end !== undefined && start > end;
  };

  const sync = resume && previous ? syncPoints(previous, hashes.blocks, skip) : undefined;
  let first = layOut(skip, sync ? sync.stop : count, resume?.page ?? 0);
  if (!first) return undefined;
  /** @type {Stretch[]} */
  const stretches = [first];
  /** @type {{ at: number, was: number } | undefined} */
  let synced;
  if (sync) {
    const look = first;
    synced = sync.candidates.find(({ at }) => isTop(look, at));
    if (!synced) {
      let lastPage = -1;
      for (let i = look.start; i < look.end; i++) lastPage = Math.max(lastPage, pageOf(look, i));
      let from = -1;
      for (let i = look.start + 1; i < look.end; i++) if (isTop(look, i) && pageOf(look, i) <= lastPage - 2) from = i;
      const rest = from < 0 ? undefined : layOut(from, count, pageOf(look, from));
      if (rest) {
        look.end = from;
        stretches.push(rest);
        report.continued = Number(report.continued ?? 0) + 1;
      } else {
        first = layOut(skip, count, resume?.page ?? 0);
        if (!first) return undefined;
        stretches[0] = first;
      }
    }
  }
  const limit = synced ? synced.at : count;

  const kept = bookmarksIn(blocks.slice(from, from + skip)).length;
  if (previous && skip > 0 && previous.marks.length < kept) return undefined;
  /** @type {number[]} */
  const marks = skip > 0 && previous ? previous.marks.slice(0, kept) : [];
  /** @type {number[]} */
  const pageStarts = skip > 0 && previous?.starts ? previous.starts.slice(0, skip) : [];
  /** @type {number[]} */
  const tops = skip > 0 && previous?.tops ? [...previous.tops.filter((top) => top < skip), skip] : [];
  for (const stretch of stretches) {
    const end = Math.min(stretch.end, limit);
    for (const mark of bookmarksIn(blocks.slice(from + stretch.start, from + end))) {
      const page = stretch.numbers.get(String(mark.attributes?.['w:name']));
      if (page === undefined) return undefined;
      marks.push(page + stretch.base);
    }
    if (stretch !== stretches[0]) tops.push(stretch.start);
    for (let i = stretch.start; i < end; i++) {
      pageStarts.push(pageOf(stretch, i));
      if (isTop(stretch, i)) tops.push(i);
    }
  }
  const last = /** @type {Stretch} */ (stretches.at(-1));
  let pages = last.pageCount + last.base + 1;
  if (synced && previous?.starts && previous.tops) {
    // From the block where the layouts are in step again: the earlier version's pages, moved.
    const delta = pageOf(first, synced.at) - /** @type {number} */ (previous.starts[synced.was]);
    const after = bookmarksIn(blocks.slice(from + limit, from + count)).length;
    if (previous.marks.length < after) return undefined;
    marks.push(...previous.marks.slice(previous.marks.length - after).map((page) => page + delta));
    pageStarts.push(...previous.starts.slice(synced.was).map((page) => (page < 0 ? -1 : page + delta)));
    tops.push(...previous.tops.filter((top) => top >= synced.was).map((top) => top - synced.was + synced.at));
    pages = previous.pages + delta;
    report.synced = Number(report.synced ?? 0) + 1;
  }
  return { pages, marks, context: hashes.context, blocks: hashes.blocks, starts: pageStarts, tops };
}

/**
 * Lays the first unit out, followed by an empty page for each page of the others, with their bookmarks where those
 * units have them: what the estimator gives for that is what it gives for the whole document.
 * @param {Estimator} estimate @param {any} template @param {any} plan @param {UnitLayout[]} layouts (index u - 1 for unit u)
 */
export function layOutWithStandIns(estimate, template, plan, layouts) {
  const { blocks, starts, finalSection } = /** @type {{ blocks: El[], starts: number[], finalSection: El }} */ (plan);
  const firstEnd = starts[1] ?? blocks.length;
  const body = blocks.slice(0, firstEnd);
  let newSection = firstEnd > 0 && sectPrOf(blocks[firstEnd - 1]) !== undefined;
  let governing = finalSection;
  if (!newSection) {
    for (let i = firstEnd - 1; i < blocks.length; i++) {
      const sectPr = sectPrOf(blocks[i]);
      if (sectPr) {
        governing = sectPr;
        break;
      }
    }
  } else {
    governing = plainSection(finalSection);
  }
  for (let u = 1; u < starts.length; u++) {
    const layout = layouts[u - 1];
    const from = starts[u];
    const to = starts[u + 1] ?? blocks.length;
    const marks = bookmarksIn(blocks.slice(from, to));
    for (let page = 0; page < layout.pages; page++) {
      /** @type {El[]} */
      const content = [];
      marks.forEach((mark, m) => {
        if (layout.marks[m] !== page) return;
        content.push(mark, { type: 'element', name: 'w:bookmarkEnd', attributes: { 'w:id': mark.attributes?.['w:id'] ?? 0 } });
      });
      body.push(newSection ? paragraph(...content) : paragraph(pPr(PAGE_BREAK_BEFORE), ...content));
      newSection = false;
    }
  }
  body.push(governing);
  const estimated = estimate(withBody(template, body));
  // Sections differ in the stand-in document: their page counts are not the document's (SECTIONPAGES is not used).
  const written = { ...estimated };
  delete written.sectionPageCounts;
  return written;
}
