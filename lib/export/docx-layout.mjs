// @ts-check
/**
 * docx/layout, with fixes for the places where it spends most of its time on our documents. The layout of a long
 * concept took docx/layout 20–30 s of CPU; a profile of the reference concept (tests/bench/export.ts) showed about
 * a third of that in code the bundler generated or in lookups repeated for every word:
 *
 *   - `_objectSpread2`, the bundler's stand-in for object spread (`{ ...a, ...b }`), copies each property with
 *     Object.defineProperty; Object.assign does the same for the plain objects it is given, several times faster
 *     (an own `__proto__` key, which assigning would treat differently, takes the old way);
 *   - `withoutUndefined` builds two arrays for every formatting object it copies;
 *   - `decodeMore` looks its cache up by the concatenation of two long strings for every character measured;
 *   - `knownEastAsianFontOf` lower-cases and compares every name and alias of a table for every run;
 *   - `measuresOf` copies a font's whole width table into a new object for every word measured (its callers only
 *     read it, and a formatting object is not changed once made, so the copy is kept per formatting object);
 *   - `new RegExp("\\p{…}", "u")` inside functions compiles a regular expression for every character tested.
 *
 * Three groups live in modules of their own: what spares reading again what an earlier layout read
 * (docx-layout-reading.mjs), what spares making objects that are thrown away at once (docx-layout-allocation.mjs),
 * and what lets it read a run's soft hyphens inside its text, as one item (docx-layout-hyphens.mjs).
 *
 * Each fix keeps what the function returns: the same results memoised, the same regular expressions compiled once
 * (none has the g or y flag, so sharing one keeps no state between calls). They are applied to the source of the
 * exact docx version in package.json, each where it occurs exactly as expected; if one does not match (another docx
 * version), the unchanged module is used and the reason is given, so an upgrade never breaks the export, it only
 * loses the speed (tests/export/docx-layout-fixes.test.ts fails then, as a reminder to look again). The fixed source
 * is written once to node_modules/.cache (where tools keep what they derive from the installed packages), named by its
 * hash, and loaded from there; the packages themselves are not changed.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { importDerived, importDerivedByKey } from './worker-support.mjs';
import { readingFixes } from './docx-layout-reading.mjs';
import { allocationFixes } from './docx-layout-allocation.mjs';
import { hyphenFixes } from './docx-layout-hyphens.mjs';

/**
 * @typedef {{ name: string, apply: (source: string) => string | undefined }} Fix
 * A fix returns the changed source, or undefined when the source is not as expected.
 */

/** Replaces `from` by `to` where `from` occurs exactly once. @param {string} name @param {string} from @param {string} to @returns {Fix} */
const once = (name, from, to) => ({
  name,
  apply: (source) => {
    // Exactly one occurrence (counted as split counts them, without overlaps), looked for without splitting the
    // whole source (some 1.8 MB) into pieces for each fix: that took a few hundred ms at every start of a thread.
    const at = source.indexOf(from);
    if (at === -1 || source.indexOf(from, at + from.length) !== -1) return undefined;
    return source.slice(0, at) + to + source.slice(at + from.length);
  },
});

/**
 * The kept lines by content (the fix „Zeilen gleicher Absätze über Layouts hinweg behalten“), per measurer, the most
 * recently used last; some 20,000 paragraphs at their widths (a few long concepts), each under a SHA-1 of its content.
 */
const LINES_BY_CONTENT = [
  "import * as __skwCrypto from 'node:crypto';",
  'var __skwHash = __skwCrypto.createHash;',
  // A paragraph's key is worked out for every paragraph laid out (some 3,800 for the reference concept's parts, many
  // of them table cells that recur): Node's one-shot hash where it has one (20.12 and later) spares a Hash object each.
  'var __skwSha1 = typeof __skwCrypto.hash === "function" ? (text) => __skwCrypto.hash("sha1", text, "base64") : (text) => __skwHash("sha1").update(text).digest("base64");',
  'var __skwLinesKept = new WeakMap();',
  'var __skwLinesMost = 20000;',
  "var __skwPlainItems = new Set(['text', 'tab', 'break', 'softHyphen', 'marker']);",
  'var __skwLinesByContent = (measurer, paragraph, key, rooms, settings, layOut) => {',
  '\tif (rooms.size > 0 || !paragraph.items.every((item) => __skwPlainItems.has(item.type))) return layOut();',
  '\tconst names = [];',
  '\tlet content;',
  '\ttry {',
  '\t\tconst items = paragraph.items.map((item) => item.type === "marker" ? { ...item, name: names.push(item.name) } : item);',
  '\t\tcontent = __skwSha1(JSON.stringify([key, settings, paragraph.format, paragraph.tabStops, paragraph.markFont, paragraph.numberAlignment, paragraph.numberLegacy, paragraph.grid, items]));',
  '\t} catch {',
  '\t\treturn layOut();',
  '\t}',
  '\tlet kept = __skwLinesKept.get(measurer);',
  '\tif (kept === void 0) __skwLinesKept.set(measurer, kept = new Map());',
  '\tconst known = kept.get(content);',
  '\tif (known === void 0) {',
  '\t\tconst lines = layOut();',
  '\t\tif (__skwLinesRecorded !== void 0) __skwLinesRecorded.push(lines);',
  '\t\t// Renaming goes by name: a paragraph with one bookmark name twice is not kept.',
  '\t\tif (new Set(names).size < names.length) return lines;',
  '\t\tkept.set(content, { lines, names });',
  '\t\tif (kept.size > __skwLinesMost) kept.delete(kept.keys().next().value);',
  '\t\treturn lines;',
  '\t}',
  '\tkept.delete(content);',
  '\tkept.set(content, known);',
  '\t__skwLinesUsed.kept++;',
  '\tif (known.names.every((name, index) => name === names[index])) return known.lines;',
  '\t__skwLinesUsed.renamed++;',
  '\tconst renamed = new Map(known.names.map((name, index) => [name, names[index]]));',
  '\treturn known.lines.map((line) => !line.markers || line.markers.length === 0 ? line : { ...line, markers: line.markers.map((name) => renamed.has(name) ? renamed.get(name) : name) });',
  '};',
  '/** Forgets the kept lines (a first download measured as such, tests). */',
  'export var forgetKeptLines = () => {',
  '\t__skwLinesKept = new WeakMap();',
  '};',
  '/** How many paragraphs took kept lines, and how many of them with other bookmark names (tests). */',
  'var __skwLinesUsed = { kept: 0, renamed: 0 };',
  'export var keptLinesUsed = () => ({ ...__skwLinesUsed });',
  '/** From now on, the lines of each paragraph laid out anew (not kept) go into the list returned, in order (tests). */',
  'var __skwLinesRecorded = void 0;',
  'export var recordLinesForTests = () => (__skwLinesRecorded = []);',
].join('\n');

/** @type {Fix[]} */
export const FIXES = [
  once(
    'Objektkopien mit Object.assign',
    'function _objectSpread2(e) {',
    [
      'function _objectSpread2(e) {',
      '\tfor (var i = 1; i < arguments.length; i++) {',
      '\t\tvar source = arguments[i];',
      '\t\tif (source == null) continue;',
      // Object.assign would set the prototype for an own "__proto__" key, where spread defines a property.
      "\t\tif (Object.prototype.hasOwnProperty.call(source, '__proto__')) return _objectSpread2Defined.apply(null, arguments);",
      '\t\tObject.assign(e, source);',
      '\t}',
      '\treturn e;',
      '}',
      'function _objectSpread2Defined(e) {',
    ].join('\n'),
  ),
  once(
    'Formatierung ohne leere Angaben ohne Zwischenlisten',
    'var withoutUndefined = (object) => Object.fromEntries(Object.entries(object).filter(([, value]) => value !== void 0));',
    [
      'var withoutUndefined = (object) => {',
      '\tconst result = {};',
      '\tfor (const key of Object.keys(object)) {',
      '\t\tconst value = object[key];',
      '\t\tif (value === void 0) continue;',
      "\t\tif (key === '__proto__') Object.defineProperty(result, key, { value, enumerable: true, writable: true, configurable: true });",
      '\t\telse result[key] = value;',
      '\t}',
      '\treturn result;',
      '};',
    ].join('\n'),
  ),
  once(
    'Zeichenbreiten je Schrift nur einmal nachschlagen',
    'var decodeMore = ({ widths, fonts }) => {',
    [
      'var decodedMoreByFace = new WeakMap();',
      'var decodeMore = (face) => {',
      '\tlet decoded = decodedMoreByFace.get(face);',
      '\tif (decoded === void 0) decodedMoreByFace.set(face, decoded = decodeMoreUncached(face));',
      '\treturn decoded;',
      '};',
      'var decodeMoreUncached = ({ widths, fonts }) => {',
    ].join('\n'),
  ),
  once(
    'Ostasiatische Schriften je Name nur einmal suchen',
    'var knownEastAsianFontOf = (font) => {',
    [
      'var knownEastAsianFonts = new Map();',
      'var knownEastAsianFontOf = (font) => {',
      '\tif (!knownEastAsianFonts.has(font)) knownEastAsianFonts.set(font, knownEastAsianFontUncached(font));',
      '\treturn knownEastAsianFonts.get(font);',
      '};',
      'var knownEastAsianFontUncached = (font) => {',
    ].join('\n'),
  ),
  once(
    'Maße einer Schrift je Formatierung nur einmal zusammenstellen',
    'var measuresOf = (font) => {',
    [
      'var measuresByFont = new WeakMap();',
      'var measuresOf = (font) => {',
      '\tlet measures = measuresByFont.get(font);',
      '\tif (measures === void 0) measuresByFont.set(font, measures = measuresOfUncached(font));',
      '\treturn measures;',
      '};',
      'var measuresOfUncached = (font) => {',
    ].join('\n'),
  ),
  once(
    'Teile des Pakets je Teil nur einmal umformen',
    'var rootOf = (part) => {',
    [
      // The parts of a package (styles, numbering, theme, headers …) are the same objects for every part of a document
      // laid out on its own (toc-page-numbers-layout.mjs): formatted once per part, not once per layout. Nothing
      // changes a part or its formatted form while it is laid out.
      'var rootOfByPart = new WeakMap();',
      'var rootOf = (part) => {',
      '	if (part === null || typeof part !== "object") return rootOfUncached(part);',
      '	if (!rootOfByPart.has(part)) rootOfByPart.set(part, rootOfUncached(part));',
      '	return rootOfByPart.get(part);',
      '};',
      'var rootOfUncached = (part) => {',
    ].join('\n'),
  ),
  // The styles and the lists read from those parts, too: once per part (and theme, and styles), not once per layout.
  // Nothing changes what reading makes of them (list counters are kept apart from the lists, by definition).
  once(
    'Formatvorlagen je Teil nur einmal lesen',
    'styles: readTextStyles((_read$styles = read.styles) !== null && _read$styles !== void 0 ? _read$styles : { "w:styles": [] }, read.theme && readThemeFonts(read.theme)),',
    'styles: textStylesOfParts(read.styles, read.theme),',
  ),
  once(
    'Formatvorlagen je Teil nur einmal lesen',
    'var readTextStyles = (xml, themeFonts = OFFICE_THEME_FONTS) => {',
    [
      'var textStylesByPart = new WeakMap();',
      '/** Stands for a document without a theme among the kept styles. */',
      'var WITHOUT_THEME = {};',
      'var textStylesOfParts = (styles, theme) => {',
      '	const read = () => readTextStyles(styles !== null && styles !== void 0 ? styles : { "w:styles": [] }, theme && readThemeFonts(theme));',
      '	if (styles === null || typeof styles !== "object" || (theme !== void 0 && (theme === null || typeof theme !== "object"))) return read();',
      '	let byTheme = textStylesByPart.get(styles);',
      '	if (byTheme === void 0) textStylesByPart.set(styles, byTheme = new WeakMap());',
      '	const key = theme === void 0 ? WITHOUT_THEME : theme;',
      '	let known = byTheme.get(key);',
      '	if (known === void 0) byTheme.set(key, known = read());',
      '	return known;',
      '};',
      'var readTextStyles = (xml, themeFonts = OFFICE_THEME_FONTS) => {',
    ].join('\n'),
  ),
  once(
    'Listen je Teil nur einmal lesen',
    'var readNumbering = (xml, styles, otherIds) => {',
    [
      'var numberingByPart = new WeakMap();',
      'var readNumbering = (xml, styles, otherIds) => {',
      '	if (xml === null || typeof xml !== "object" || styles === null || typeof styles !== "object" || otherIds.size > 0) return readNumberingUncached(xml, styles, otherIds);',
      '	let byStyles = numberingByPart.get(xml);',
      '	if (byStyles === void 0) numberingByPart.set(xml, byStyles = new WeakMap());',
      '	let known = byStyles.get(styles);',
      '	if (known === void 0) byStyles.set(styles, known = readNumberingUncached(xml, styles, otherIds));',
      '	return known;',
      '};',
      'var readNumberingUncached = (xml, styles, otherIds) => {',
    ].join('\n'),
  ),
  ...readingFixes(once),
  ...allocationFixes(once),
  ...hyphenFixes(once),
  // A part laid out on its own (toc-page-numbers-layout.mjs) has no field in its body that shows a page number
  // (planUnits cuts only after the last), and the numbers its headers and footers show in it are its own, not the
  // document's, either way: what a second pass with the first pass's numbers would check cannot change its pages.
  // `onePass` lays it out once (the whole document and the first part with the table of contents take every pass).
  once(
    'Teile in einem Durchgang setzen',
    'var layOutPasses = (content, measurer = DEFAULT_MEASURER, guess = false) => {\n\tconst measuring = content.fonts === void 0 ? measurer : createFontFileMeasurer(content.fonts, measurer);\n',
    'var layOutPasses = (content, measurer = DEFAULT_MEASURER, guess = false, onePass = false) => {\n\tconst measuring = content.fonts === void 0 ? measurer : createFontFileMeasurer(content.fonts, measurer);\n\tif (onePass) return _objectSpread2(_objectSpread2({}, paginate(content, { measurer: measuring, earlierPlaces: new Map(), guess })), {}, { settled: true });\n',
  ),
  once(
    'Teile in einem Durchgang setzen',
    'var estimateWith = (content, measurer, guess = false) => {\n\tconst pagination = content && layOutPasses(content, measurer, guess);',
    'var estimateWith = (content, measurer, guess = false, onePass = false) => {\n\tconst pagination = content && layOutPasses(content, measurer, guess, onePass);',
  ),
  once(
    'Teile in einem Durchgang setzen',
    'var estimatePageNumbersWith = ({ measureWidth, fonts = [], guess = false }) => {',
    'var estimatePageNumbersWith = ({ measureWidth, fonts = [], guess = false, onePass = false }) => {',
  ),
  once(
    'Teile in einem Durchgang setzen',
    'return Object.assign((document, context) => estimateWith(contentOf(document, context, guess), measurer, guess), { listNumbers: listNumbersOf });',
    'return Object.assign((document, context) => estimateWith(contentOf(document, context, guess), measurer, guess, onePass), { listNumbers: listNumbersOf });',
  ),
  {
    // A paragraph's lines depend on its content, the widths it is broken at and the document's settings, not on where
    // it stands: laid out once, they are kept by that content for the next layouts (an export after an edit lays the
    // rest of the part out again, nearly all of it unchanged). docx/layout keeps them only per paragraph object, which
    // a new export reads anew. Only paragraphs of text, tabs, breaks, soft hyphens and bookmarks, beside no drawing;
    // bookmark names (renumbered by every render) are left out of the key and given back in the kept lines' markers.
    name: 'Zeilen gleicher Absätze über Layouts hinweg behalten',
    apply: (source) => {
      const changed = once(
        'Zeilen gleicher Absätze über Layouts hinweg behalten',
        'const laidOut = (_byWidths$get = byWidths.get(key)) !== null && _byWidths$get !== void 0 ? _byWidths$get : layOut();',
        'const laidOut = (_byWidths$get = byWidths.get(key)) !== null && _byWidths$get !== void 0 ? _byWidths$get : __skwLinesByContent(measurer, paragraph, key, rooms, [guess, defaultTabStop, breakRules, hyphenation, compatibilityMode, feLayout], layOut);',
      ).apply(source);
      return changed && `${LINES_BY_CONTENT}\n${changed}`;
    },
  },
  {
    name: 'reguläre Ausdrücke nur einmal übersetzen',
    apply: (source) => {
      /** @type {string[]} */
      const hoisted = [];
      let stateful = false;
      const changed = source.replace(/new RegExp\(("(?:[^"\\]|\\.)*"), "([a-z]*)"\)/g, (whole, pattern, flags) => {
        if (/[gy]/.test(flags)) stateful = true;
        hoisted.push(`var __skwRegExp${hoisted.length} = ${whole};`);
        return `__skwRegExp${hoisted.length - 1}`;
      });
      if (stateful || hoisted.length === 0) return undefined;
      return `${hoisted.join('\n')}\n${changed}`;
    },
  },
];

/**
 * The source of docx/layout as installed. Found from the project root (as the worker itself is): Next's build
 * rewrites `import.meta` in files it traces, so a resolver call is not available here.
 */
export function layoutSource() {
  return readFileSync(path.join(process.cwd(), 'node_modules', 'docx', 'dist', 'layout.mjs'), 'utf8');
}

/**
 * The source with every fix applied, or the reason why not.
 * @param {string} source
 * @returns {{ source: string } | { problem: string }}
 */
export function fixedLayoutSource(source) {
  let fixed = source;
  for (const fix of FIXES) {
    const next = fix.apply(fixed);
    if (next === undefined) return { problem: `docx/layout sieht anders aus als erwartet (${fix.name})` };
    fixed = next;
  }
  return { source: fixed };
}

/** The modules whose code makes the fixed source (this one and the fixes it applies), from the project root. */
const FIX_MODULES = ['docx-layout.mjs', 'docx-layout-reading.mjs', 'docx-layout-allocation.mjs', 'docx-layout-hyphens.mjs'];

/**
 * What the fixed source is made from: the installed source and the fixes' code. The same key, the same fixed source:
 * a thread that starts finds it made already (applying the fixes to the 1.8 MB source took 0.2–0.4 s at every start
 * of each layout thread). Undefined when the fixes' code cannot be read (then they are applied at every start).
 * @param {string} source
 */
export function fixedSourceKey(source) {
  try {
    const hash = createHash('sha256').update(source);
    for (const file of FIX_MODULES) hash.update('\n').update(readFileSync(path.join(process.cwd(), 'lib', 'export', file)));
    return hash.digest('hex').slice(0, 16);
  } catch {
    return undefined;
  }
}

/**
 * docx/layout with the fixes, or as installed where they do not apply (`problem` says why).
 * @returns {Promise<{ layout: typeof import('docx/layout'), problem?: string }>}
 */
export async function loadLayout() {
  let source;
  try {
    source = layoutSource();
  } catch (error) {
    return { layout: await import('docx/layout'), problem: `Quelle nicht lesbar (${error instanceof Error ? error.message : String(error)})` };
  }
  /** @type {string | undefined} */
  let problem;
  const make = () => {
    const fixed = fixedLayoutSource(/** @type {string} */ (source));
    if ('problem' in fixed) problem = fixed.problem;
    return 'problem' in fixed ? undefined : fixed.source;
  };
  try {
    const key = fixedSourceKey(source);
    const layout = key === undefined ? await importMade(make) : await importDerivedByKey('docx-layout', key, make);
    if (layout) return { layout };
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return { layout: await import('docx/layout'), problem: `beschleunigte Fassung nicht ladbar (${reason})` };
  }
  return { layout: await import('docx/layout'), problem };
}

/** @param {() => string | undefined} make */
async function importMade(make) {
  const made = make();
  return made === undefined ? undefined : importDerived('docx-layout', made);
}
