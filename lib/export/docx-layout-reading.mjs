// @ts-check
/**
 * Fixes for docx-layout.mjs that spare docx/layout reading again what it read in an earlier layout. After an edit, the
 * export lays the edited part out again from two pages before the edit (toc-page-numbers-layout.mjs); for the
 * reference concept's main body that took 155–230 ms, of which 110–160 ms went to reading the 25 pages into
 * docx/layout's model and only about 45 ms to placing them on pages. Most of what is read did not change: the export's
 * worker gives an unchanged block of the body as the same tree as before (xml-read.mjs keeps blocks by their XML and
 * never changes a kept tree).
 *
 *   - `formatted` turns a tree as parseXml reads it into the form docx/layout reads; it is kept per tree, so an
 *     unchanged block is not turned again, and keeps its identity from one layout to the next.
 *   - `withBoundTextWritten` rebuilt the whole body on every layout to find content controls bound to custom XML (a
 *     document always has stores: its core, app and custom properties); it gives what has no content control in it
 *     as it is (looked for once per formatted element), which is what rebuilding gave, so a block keeps its identity.
 *   - A block of the body is taken as read in an earlier layout where that is safe (READS_KEPT below).
 *
 * Each keeps what the function returns; docx/layout does not change what it reads (the fix that keeps formatted parts,
 * „Teile des Pakets je Teil nur einmal umformen“, relies on the same). tests/export/docx-layout-fixes.test.ts checks
 * that the fixed copy writes byte for byte what the original writes, also for a document laid out after another.
 */

/**
 * @param {(name: string, from: string, to: string) => { name: string, apply: (source: string) => string | undefined }} once
 */
export function readingFixes(once) {
  return [
    once(
      'Umgeformte Elemente je Baum behalten',
      'var formatted = (element) => {',
      [
        'var formattedByElement = new WeakMap();',
        '/** Elements whose identity is worth keeping (what reading and the kept readings go by): blocks, not what is in them. */',
        'var KEPT_BY_ELEMENT = new Set(["w:p", "w:tbl", "w:sdt", "w:body"]);',
        'var formatted = (element) => {',
        '\tif (element === null || typeof element !== "object" || !KEPT_BY_ELEMENT.has(element.name)) return formattedUncached(element);',
        '\tlet known = formattedByElement.get(element);',
        '\tif (known === void 0) formattedByElement.set(element, known = formattedUncached(element));',
        '\treturn known;',
        '};',
        'var formattedUncached = (element) => {',
      ].join('\n'),
    ),
    once(
      'Gebundene Inhaltssteuerelemente nur suchen, wo es welche gibt',
      'var withBoundTextWritten = (xml, stores) => {\n\tif (stores.size === 0) return xml;',
      [
        'var sdtInElement = new WeakMap();',
        '/** Whether there is a content control (`w:sdt`) in formatted XML; kept per block (what is in a block is looked at anew). */',
        'var hasContentControl = (value) => {',
        '\tif (Array.isArray(value)) return value.some(hasContentControl);',
        '\tif (!isObject(value) || "_attr" in value) return false;',
        '\tconst name = nameOf$2(value);',
        '\tif (name === "w:sdt") return true;',
        '\tif (name !== "w:p" && name !== "w:tbl" && name !== "w:body") return hasContentControl(value[name]);',
        '\tlet known = sdtInElement.get(value);',
        '\tif (known === void 0) sdtInElement.set(value, known = hasContentControl(value[name]));',
        '\treturn known;',
        '};',
        'var withBoundTextWritten = (xml, stores) => {',
        '\tif (stores.size === 0 || !hasContentControl(xml)) return xml;',
      ].join('\n'),
    ),
    // Where there are content controls (a table of contents is one), the parts of the body without any are given as
    // they are, not rebuilt.
    once(
      'Teile ohne Inhaltssteuerelemente nicht neu aufbauen',
      '\tconst visit = (value) => {\n\t\tvar _parts$find;\n',
      '\tconst visit = (value) => {\n\t\tvar _parts$find;\n\t\tif (!hasContentControl(value)) return value;\n',
    ),
    {
      // What a block of the body reads into depends on the block, the package's other parts and its section's grid,
      // not on where it stands: kept per formatted block (the same object while the block is the same tree), for
      // the blocks reading leaves no trace of (READS_KEPT below).
      name: 'Gelesene Blöcke je Baum behalten',
      apply: (source) => {
        const name = 'Gelesene Blöcke je Baum behalten';
        const inBody = once(
          name,
          'const block = readBlock(element, sectionReader(sections.length));',
          'const block = keptRead(element, sectionReader(sections.length), readBlock);',
        ).apply(source);
        const scoped =
          inBody &&
          once(
            name,
            'return readContent({ "w:body": read.body.content }, documentParts, options);',
            'return withReadScope(parts, documentPath, importedDocuments, options, () => readContent({ "w:body": read.body.content }, documentParts, options));',
          ).apply(inBody);
        return scoped && `${READS_KEPT}\n${scoped}`;
      },
    },
  ];
}

/**
 * Reading a block kept per formatted block. Kept only where reading it leaves no trace and depends on nothing but the
 * block and the package:
 *
 *   - the scope: every part of the package but the body, the document's properties (docProps/, with the time it was
 *     made) and the relationships to hyperlinks' targets (new ids in every render, and reading passes a link's runs
 *     through without its target), each hashed once per part object; whether the layout guesses; the section's grid
 *     and direction. A kept reading is taken only in the same scope;
 *   - no fields, notes, drawings, comments, tracked changes, content controls, equations or section properties in the
 *     block (looked for once per formatted block), none read while a field is open or whose reading opened one;
 *   - lists: a block that counts in lists (its own or its style's) is taken only where the lists stand as they stood
 *     when it was read (the counters of each list it moved on, compared as JSON), and they then move on as they did
 *     then (the counters are replaced whole by reading, never changed in place, so the ones it left can be set again);
 *   - not for a document that imports others (altChunk).
 *
 * The export's worker gives an unchanged block as the same tree with the same bookmarks each time
 * (toc-page-numbers-layout.mjs names the bookmarks it adds by the block, not by its place), so a kept reading needs no
 * renaming. A kept reading is given as a copy: no two places share one object.
 */
const READS_KEPT = [
  'var readScope = void 0;',
  'var partHashes = new WeakMap();',
  'var readsKept = new WeakMap();',
  'var readsUsed = { kept: 0 };',
  'var isLinkRelationship = (element) => element?.name === "Relationship" && /\\/hyperlink$/.test(String(element.attributes?.Type ?? ""));',
  'var partHash = (path, part) => {',
  '\tif (part === null || typeof part !== "object") return String(part);',
  '\tlet hash = partHashes.get(part);',
  '\tif (hash === void 0) {',
  '\t\tconst read = path.endsWith(".rels") ? { ...part, elements: (part.elements ?? []).map((root) => root?.name === "Relationships" ? { ...root, elements: (root.elements ?? []).filter((element) => !isLinkRelationship(element)).map((element) => ({ ...element, attributes: { ...element.attributes, Id: void 0 } })) } : root) } : part;',
  '\t\tpartHashes.set(part, hash = __skwHash("sha1").update(JSON.stringify(read) ?? "").digest("base64"));',
  '\t}',
  '\treturn hash;',
  '};',
  'var withReadScope = (parts, documentPath, importedDocuments, options, read) => {',
  '\tif (importedDocuments.size > 0) return read();',
  '\tconst outer = readScope;',
  '\ttry {',
  '\t\treadScope = __skwHash("sha1").update(JSON.stringify([options.guess === true, documentPath, [...parts.keys()].filter((path) => path !== documentPath && !path.startsWith("docProps/")).sort().map((path) => [path, partHash(path, parts.get(path))])])).digest("base64");',
  '\t} catch {',
  '\t\treturn read();',
  '\t}',
  '\ttry {',
  '\t\treturn read();',
  '\t} finally {',
  '\t\treadScope = outer;',
  '\t}',
  '};',
  'var NOT_KEPT = new Set(["w:fldChar", "w:instrText", "w:fldSimple", "w:footnoteReference", "w:endnoteReference", "w:drawing", "w:pict", "w:object", "w:txbxContent", "w:sectPr", "w:commentRangeStart", "w:commentRangeEnd", "w:commentReference", "w:ins", "w:del", "w:moveFrom", "w:moveTo", "w:rPrChange", "w:pPrChange", "w:sdt", "w:customXml", "w:smartTag", "w:altChunk", "m:oMath", "m:oMathPara"]);',
  'var keepableIn = new WeakMap();',
  '/** Whether reading formatted XML may be kept (nothing in it from NOT_KEPT). */',
  'var hasNothingNotKept = (value) => {',
  '\tif (Array.isArray(value)) return value.every(hasNothingNotKept);',
  '\tif (!isObject(value) || "_attr" in value) return true;',
  '\tconst name = nameOf$2(value);',
  '\treturn !NOT_KEPT.has(name) && hasNothingNotKept(value[name]);',
  '};',
  '/** The same for a block, kept per block. */',
  'var isKeepable = (block) => {',
  '\tlet known = keepableIn.get(block);',
  '\tif (known === void 0) keepableIn.set(block, known = hasNothingNotKept(block));',
  '\treturn known;',
  '};',
  '/** The list id of a list definition in this reading (the numbering part is in the scope, so the id stands for the same list). */',
  'var listIdOf = (reader, definition) => {',
  '\tfor (const [id, list] of reader.numbering) if (list.definition === definition) return id;',
  '\treturn void 0;',
  '};',
  'var keptRead = (element, reader, readBlock) => {',
  '\tif (readScope === void 0 || !isObject(element) || reader.fields.length > 0 || !isKeepable(element)) return readBlock(element, reader);',
  '\tconst where = JSON.stringify([readScope, reader.grid, reader.down, reader.inHeader === true, reader.inNote === true]);',
  '\tconst known = readsKept.get(element);',
  '\t// Taken when the lists it counts in stand where they stood when it was read; they then move on as they did.',
  '\tif (known !== void 0 && known.where === where && known.lists.every(({ id, before }) => JSON.stringify(reader.counters.get(reader.numbering.get(id)?.definition)) === before)) {',
  '\t\tfor (const { id, after } of known.lists) reader.counters.set(reader.numbering.get(id).definition, after);',
  '\t\treadsUsed.kept++;',
  '\t\treturn { ...known.block };',
  '\t}',
  '\tconst counters = [...reader.counters];',
  '\tconst fieldMarkers = reader.markers.count;',
  '\tconst block = readBlock(element, reader);',
  '\tif (block === void 0 || reader.fields.length > 0 || reader.markers.count !== fieldMarkers) return block;',
  '\tconst lists = [];',
  '\tfor (const [definition, after] of reader.counters) {',
  '\t\tconst before = counters.find(([other]) => other === definition)?.[1];',
  '\t\tif (before === after) continue;',
  '\t\tconst id = listIdOf(reader, definition);',
  '\t\tif (id === void 0 || reader.numbering.get(id)?.definition !== definition) return block;',
  '\t\tlists.push({ id, before: JSON.stringify(before), after });',
  '\t}',
  '\tif (counters.some(([definition]) => !reader.counters.has(definition))) return block;',
  '\treadsKept.set(element, { where, block, lists });',
  '\treturn block;',
  '};',
  '/** Forgets the kept readings (a first download measured as such, tests). */',
  'export var forgetKeptReads = () => {',
  '\treadsKept = new WeakMap();',
  '};',
  '/** What docx/layout reads a package into, with the blocks kept (tests compare it with a reading from scratch). */',
  'export var readContentForTests = (document, guess = false) => contentOf(document, void 0, guess);',
  '/** How many blocks were taken as read before (tests). */',
  'export var keptReadsUsed = () => ({ ...readsUsed });',
].join('\n');
