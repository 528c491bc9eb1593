// @ts-check
/**
 * Laying the units of toc-page-numbers-units.mjs out: an edited unit from where it changed (and only until it is back
 * in step with its earlier layout, whose later pages are then taken over, shifted), and the first unit (title page
 * and table of contents) with one stand-in page for each page of the others. Used by toc-page-numbers-worker.mjs.
 */
import { DOCUMENT, bookmarksIn, child, isOn, plainSection, resumePoint, rootOf, sectPrOf } from './toc-page-numbers-units.mjs';
import { withHyphensInText } from './soft-hyphens-in-text.mjs';

/** @typedef {import('docx').XmlElement} El */
/** @typedef {import('./toc-page-numbers-units.mjs').UnitLayout} UnitLayout */
/** @typedef {import('./toc-page-numbers-units.mjs').Estimator} Estimator */
/** @typedef {ReturnType<typeof import('./toc-page-numbers-units.mjs').planUnits>} Plan */

/**
 * The template with another body.
 * @param {{ parts: ReadonlyMap<string, El>, binaryParts?: ReadonlyMap<string, Uint8Array> }} template @param {El[]} body
 */
export function withBody(template, body) {
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
/**
 * The paragraphs with their bookmarks where they start and end (they take no room), one per tree: an unchanged block
 * comes as the same tree in the next document (xml-read.mjs), so it is given the same paragraph with the same
 * bookmarks, which the fixed docx/layout takes as read before (docx-layout-reading.mjs); its runs' soft hyphens are in
 * their text, as the fixed docx/layout reads them faster (soft-hyphens-in-text.mjs). The bookmarks are named by a
 * number of the tree, not by the block's place, which an edit before it changes. A tree has one place in a document
 * (xml-read.mjs gives each place a tree of its own; docx-parts.test.ts), so no two places share those bookmarks.
 * Tables are kept here too, with the soft hyphens of their runs in their text, and no bookmarks.
 * @type {WeakMap<El, { paragraph: El, start?: string, end?: string }>}
 */
const marked = new WeakMap();
let trees = 0;
/** The ids of those bookmarks start far above the document's own. */
const MARKER_IDS = 900_000_000;
/** @param {El} block @returns {{ paragraph: El, start?: string, end?: string }} */
function withMarkers(block) {
  let known = marked.get(block);
  if (!known && block.name !== 'w:p') marked.set(block, (known = { paragraph: withHyphensInText(block) }));
  if (!known) {
    const n = trees++;
    const elements = withHyphensInText(block).elements ?? [];
    const props = elements[0]?.name === 'w:pPr' ? [elements[0]] : [];
    const [start, end] = [`_skwB${n}`, `_skwF${n}`];
    known = { paragraph: { ...block, elements: [...props, ...marker(start, MARKER_IDS + 2 * n), ...elements.slice(props.length), ...marker(end, MARKER_IDS + 2 * n + 1)] }, start, end };
    marked.set(block, known);
  }
  return known;
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
 * page that ends with a page break. Each paragraph gets bookmarks where it starts and ends (withMarkers); their pages
 * are given as `_skwS<i>` and `_skwE<i>` by the block's place.
 * @param {Estimator} estimate @param {any} template @param {{ blocks: El[], starts: number[], finalSection: El }} plan
 * @param {number} u @param {number} skip @param {number} stop
 */
function layOutBlocks(estimate, template, plan, u, skip, stop) {
  const { blocks, starts, finalSection } = plan;
  const from = starts[u];
  const to = from + stop;
  const marks = blocks.slice(from + skip, to).map((block) => {
    if (!sectPrOf(block)) return withMarkers(block);
    const copy = structuredClone(block);
    const props = /** @type {El} */ (child(copy, 'w:pPr'));
    props.elements = (props.elements ?? []).map((e) => (e.name === 'w:sectPr' ? plainSection(e) : e));
    return withMarkers(copy);
  });
  const unit = marks.map((m) => m.paragraph);
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
  // The pages of the blocks' own bookmarks, and of each block's start and end by its place (_skwS<i>, _skwE<i>).
  const numbers = new Map(/** @type {ReadonlyMap<string, number>} */ (estimated.bookmarkPageNumbers ?? new Map()));
  marks.forEach(({ start, end }, k) => {
    const [startPage, endPage] = [start && numbers.get(start), end && numbers.get(end)];
    if (typeof startPage === 'number') numbers.set(`_skwS${skip + k}`, startPage);
    if (typeof endPage === 'number') numbers.set(`_skwE${skip + k}`, endPage);
  });
  return { pageCount: /** @type {number} */ (estimated.pageCount), numbers };
}

/**
 * Lays one unit (not the first) out on its own (layOutBlocks). Given the layout of an earlier version of the unit
 * (`previous`), only the part from a page some way before the first change on is laid out, and the pages before it
 * are the earlier version's. After the change it lays out a few pages first (syncPoints): where the new layout is back
 * in step with the earlier one, it stops and takes the pages after from the earlier version (`report.synced`, as when
 * a few words changed); where it is not (text added or taken away moves every page after it), it goes on from the
 * last page those few pages settled (`report.continued`), so the look costs little.
 * @param {Estimator} estimate @param {any} template @param {Plan & { blocks: El[] }} plan @param {number} u
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
