/**
 * The export's own reading and writing of a DOCX around the page layout (lib/export/docx-parts.mjs) gives what docx's
 * patchDocument gives, part by part, and leaves to patchDocument what it does not write itself.
 */
import { inflateRawSync } from 'node:zlib';
import { patchDocument } from 'docx';
import { DEMO_CONCEPT } from '@/lib/demo/demo-concept-content';
import { renderDocx } from '@/lib/export/render-docx';
import { validateRichText } from '@/lib/editor/validate-content';
import { blocksToTiptap } from '@/lib/templates';
import { clearTocLayoutCache, fillTocPageNumbers } from '@/lib/export/toc-page-numbers';
// @ts-expect-error plain JavaScript module of the export worker, without type declarations
import { forgetKeptBlocks, parseXml, readPackage, withReplaced, writePackage } from '@/lib/export/docx-parts.mjs';
import { readZip } from '@/lib/export/zip.mjs';
import { modelWith, readDocx, tocEntries } from './support';

type Entry = { name: string; method: number; packed: Uint8Array };
type Tree = { type?: string; name?: string; attributes?: Record<string, unknown>; elements?: Tree[]; text?: unknown; declaration?: unknown };

const textOf = (entry: Entry) => new TextDecoder().decode(entry.method === 0 ? entry.packed : inflateRawSync(entry.packed));
const entriesOf = (data: Uint8Array): Entry[] => readZip(data) ?? [];

/** patchDocument marks w15 ignorable in every part it writes (for its own additions); nothing else may differ. */
function withoutW15(tree: Tree): Tree {
  const root = tree.elements?.find((e) => e.type === 'element');
  const ignorable = root?.attributes?.['mc:Ignorable'];
  if (root?.attributes && typeof ignorable === 'string') {
    const rest = { ...root.attributes };
    delete rest['mc:Ignorable'];
    const kept = ignorable.split(' ').filter((token) => token !== 'w15');
    root.attributes = kept.length > 0 ? { ...rest, 'mc:Ignorable': kept.join(' ') } : rest;
  }
  return tree;
}

const demoModel = () =>
  modelWith(Object.fromEntries(DEMO_CONCEPT.sections.map((s) => [s.key, validateRichText(blocksToTiptap(s.blocks))])), {
    concept: { title: DEMO_CONCEPT.title, status: 'draft', responsible: DEMO_CONCEPT.responsible },
  });

/** A document.xml whose body holds these blocks. */
const documentWith = (...blocks: string[]) =>
  `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${blocks.join('')}</w:body></w:document>`;

/** An estimate with a made-up page for every bookmark (what the numbers are does not matter here). */
function estimateFor(document: Tree) {
  const bookmarks = new Map<string, string>();
  const walk = (e: Tree) => {
    if (e.name === 'w:bookmarkStart') bookmarks.set(String(e.attributes?.['w:name']), String(bookmarks.size + 3));
    for (const c of e.elements ?? []) walk(c);
  };
  walk(document);
  return { bookmarks, pageCount: 117 };
}

/**
 * The demo's package with this document.xml, what patchDocument writes of it, and the estimate patchDocument's
 * layout was given (made up by estimateFor).
 */
async function withDocumentAsPatched(document: string) {
  const entries = entriesOf(new Uint8Array(await renderDocx(demoModel())));
  const data = withReplaced(entries, new Map([['word/document.xml', document]]));
  let estimate: ReturnType<typeof estimateFor> | undefined;
  const viaDocx = await patchDocument({
    outputType: 'uint8array',
    data,
    patches: {},
    pageNumbers: (read) => (estimate = estimateFor(read.parts.get('word/document.xml') as Tree)),
  });
  return { data, estimate, theirs: textOf(entriesOf(viaDocx).find((e) => e.name === 'word/document.xml')!) };
}

/** The body of a document.xml (patchDocument declares its namespaces on the root; the body is what must be alike). */
const bodyOf = (xml: string) => (parseXml(xml) as Tree).elements?.[0]?.elements?.find((e) => e.name === 'w:body');

describe('DOCX lesen und schreiben für die Seitenzahlen', () => {
  it('reads every part as docx reads it, and writes the page numbers as patchDocument writes them', async () => {
    const data = new Uint8Array(await renderDocx(demoModel()));
    let template: Map<string, Tree> | undefined;
    let estimate: ReturnType<typeof estimateFor> | undefined;
    const viaDocx = await patchDocument({
      outputType: 'uint8array',
      data,
      patches: {},
      pageNumbers: (read) => {
        template = structuredClone(read.parts) as unknown as Map<string, Tree>;
        estimate = estimateFor(read.parts.get('word/document.xml') as Tree);
        return estimate;
      },
    });
    const pkg = readPackage(data);
    expect(pkg).toBeDefined();
    expect(estimate!.bookmarks.size).toBeGreaterThan(20);
    for (const [path, tree] of template!) expect([path, withoutW15(pkg.parts.get(path))]).toEqual([path, withoutW15(tree)]);

    const ours = writePackage(pkg, estimate);
    const theirs = entriesOf(viaDocx);
    expect(entriesOf(ours).map((e) => e.name)).toEqual(theirs.map((e) => e.name));
    for (const entry of entriesOf(ours)) {
      const other = theirs.find((e) => e.name === entry.name)!;
      if (/\.(xml|rels)$/.test(entry.name)) expect([entry.name, withoutW15(parseXml(textOf(entry)))]).toEqual([entry.name, withoutW15(parseXml(textOf(other)))]);
      else expect(Buffer.from(textOf(entry))).toEqual(Buffer.from(textOf(other)));
    }
    // The table of contents has its numbers, and the footer the number of pages.
    const entries = tocEntries(readDocx(ours).part('word/document.xml'));
    expect(entries.length).toBeGreaterThan(10);
    expect(entries.every((e) => /^\d+$/.test(e.page))).toBe(true);
    expect(readDocx(ours).parts(/^word\/footer\d+\.xml$/).join('')).toContain('>117<');
  }, 60_000);

  it('leaves a document to patchDocument when it has a page field it does not write, and the numbers still come', async () => {
    const data = new Uint8Array(await renderDocx(demoModel()));
    const entries = entriesOf(data);
    const document = textOf(entries.find((e) => e.name === 'word/document.xml')!);
    // Page references in roman numerals: a switch this reader does not write.
    const roman = withReplaced(entries, new Map([['word/document.xml', document.replaceAll('\\h</w:instrText>', '\\h \\* roman</w:instrText>')]]));
    expect(readPackage(roman)).toBeUndefined();
    // XML with a comment in it: not read here either.
    expect(readPackage(withReplaced(entries, new Map([['word/document.xml', document.replace('<w:body>', '<w:body><!-- Anmerkung -->')]])))).toBeUndefined();

    clearTocLayoutCache();
    const result = await fillTocPageNumbers(Buffer.from(roman));
    expect(result.filled).toBe(true);
    const pages = tocEntries(readDocx(result.buffer).part('word/document.xml')).map((e) => e.page);
    expect(pages.length).toBeGreaterThan(10);
    expect(pages.every((page) => /^[ivxlc]+$/.test(page))).toBe(true);
  }, 60_000);

  it('fills a field whose begin and separate lie in different paragraphs as patchDocument does (dirty flag off, number in)', async () => {
    const { data, estimate, theirs } = await withDocumentAsPatched(
      documentWith(
        '<w:p><w:r><w:t>Vorher</w:t></w:r></w:p>',
        '<w:p><w:r><w:fldChar w:fldCharType="begin" w:dirty="true"/></w:r><w:r><w:instrText xml:space="preserve">PAGEREF _Ziel \\h</w:instrText></w:r></w:p>',
        '<w:p><w:r><w:t>Dazwischen</w:t></w:r></w:p>',
        '<w:p><w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>alt</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r></w:p>',
        '<w:p><w:bookmarkStart w:id="1" w:name="_Ziel"/><w:r><w:t>Ziel</w:t></w:r><w:bookmarkEnd w:id="1"/></w:p>',
      ),
    );
    const pkg = readPackage(data);
    expect(pkg).toBeDefined();
    const ours = textOf(entriesOf(writePackage(pkg, estimate)).find((e) => e.name === 'word/document.xml')!);
    expect(bodyOf(ours)).toEqual(bodyOf(theirs));
    expect(ours).not.toContain('w:dirty');
    expect(ours).not.toContain('>alt<');
    expect(ours).toContain('>3</w:t>');
    // The paragraphs without a field keep their text as it was.
    expect(ours).toContain('<w:p><w:r><w:t>Dazwischen</w:t></w:r></w:p>');
  }, 60_000);

  it('takes a result that runs over a paragraph without fields out of the file, but not out of that paragraph kept for the next export', async () => {
    const between = '<w:p><w:r><w:t>alt, über Absätze</w:t></w:r></w:p>';
    const { data, estimate, theirs } = await withDocumentAsPatched(
      documentWith(
        '<w:p><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve">PAGEREF _Ziel \\h</w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r></w:p>',
        between,
        '<w:p><w:r><w:fldChar w:fldCharType="end"/></w:r></w:p>',
        '<w:p><w:bookmarkStart w:id="1" w:name="_Ziel"/><w:r><w:t>Ziel</w:t></w:r><w:bookmarkEnd w:id="1"/></w:p>',
        '<w:sectPr/>',
      ),
    );
    forgetKeptBlocks();
    const written = () => textOf(entriesOf(writePackage(readPackage(data), estimate)).find((e) => e.name === 'word/document.xml')!);
    const first = written();
    expect(bodyOf(first)).toEqual(bodyOf(theirs));
    expect(first).not.toContain('über Absätze');
    // The next export of the same file takes that paragraph as read before: with its text, as the file has it.
    const again = readPackage(data);
    const blocks = (again.parts.get('word/document.xml') as Tree).elements![0]!.elements![0]!.elements!;
    expect(blocks[1]).toEqual((parseXml(documentWith(between)) as Tree).elements![0]!.elements![0]!.elements![0]);
    expect(written()).toBe(first);
  }, 60_000);

  it('writes the document after its last filled field from the bytes the file has, with a byte order mark or a byte that is not UTF-8 too', async () => {
    const entries = entriesOf(new Uint8Array(await renderDocx(demoModel())));
    const document = documentWith(
      '<w:p><w:r><w:t>Größe „vorher“ – 5 €</w:t></w:r></w:p>',
      '<w:p><w:r><w:fldChar w:fldCharType="begin" w:dirty="true"/></w:r><w:r><w:instrText xml:space="preserve">PAGEREF _Ziel \\h</w:instrText></w:r>' +
        '<w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>alt</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r></w:p>',
      '<w:p><w:r><w:t>Straße „danach“ – 7 € XX</w:t></w:r></w:p>',
      '<w:p><w:bookmarkStart w:id="1" w:name="_Ziel"/><w:r><w:t>Ziel</w:t></w:r><w:bookmarkEnd w:id="1"/></w:p>',
    );
    const bytes = Buffer.from(document, 'utf8');
    const written = (data: Uint8Array) => {
      const pkg = readPackage(data);
      expect(pkg).toBeDefined();
      const entry = entriesOf(writePackage(pkg, estimateFor(pkg.parts.get('word/document.xml')))).find((e) => e.name === 'word/document.xml')!;
      return Buffer.from(inflateRawSync(entry.packed));
    };
    const plain = written(withReplaced(entries, new Map([['word/document.xml', bytes]])));
    const text = plain.toString('utf8');
    expect(text).toContain('>3</w:t>');
    expect(text).not.toContain('>alt<');
    expect(text.slice(text.indexOf('<w:p><w:r><w:t>Straße'))).toBe(document.slice(document.indexOf('<w:p><w:r><w:t>Straße')));
    // A byte order mark is left out, as before.
    expect(written(withReplaced(entries, new Map([['word/document.xml', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), bytes])]])))).toEqual(plain);
    // A byte sequence that is not UTF-8 after the field: read (and written) as the replacement character, the rest alike.
    const broken = Buffer.from(bytes);
    broken.set([0xc3, 0x28], broken.indexOf('XX'));
    expect(written(withReplaced(entries, new Map([['word/document.xml', broken]]))).toString('utf8')).toBe(text.replace('XX', '\uFFFD('));
  }, 60_000);

  it('finds footers named from the package root, and leaves a package it cannot read fully to patchDocument', async () => {
    const data = new Uint8Array(await renderDocx(demoModel()));
    const entries = entriesOf(data);
    const rels = textOf(entries.find((e) => e.name === 'word/_rels/document.xml.rels')!);
    expect(rels).toMatch(/Target="footer\d+\.xml"/);
    const absolute = withReplaced(entries, new Map([['word/_rels/document.xml.rels', rels.replace(/Target="(footer\d+\.xml)"/g, 'Target="/word/$1"')]]));
    const pkg = readPackage(absolute);
    expect(pkg).toBeDefined();
    const footers = entriesOf(writePackage(pkg, estimateFor(pkg.parts.get('word/document.xml'))))
      .filter((e) => /^word\/footer\d+\.xml$/.test(e.name))
      .map(textOf);
    expect(footers.join('')).toContain('>117<');
    // A footer the relationships name but the package lacks: not read here.
    const missing = withReplaced(entries, new Map([['word/_rels/document.xml.rels', rels.replace(/Target="footer(\d+)\.xml"/, 'Target="fehlt$1.xml"')]]));
    expect(readPackage(missing)).toBeUndefined();
    // An imported document, also when a header refers to it: left to patchDocument.
    expect(entries.some((e) => e.name === 'word/_rels/header1.xml.rels')).toBe(true);
    const imported =
      '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
      '<Relationship Id="rIdImport" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/aFChunk" Target="import.htm"/></Relationships>';
    expect(readPackage(withReplaced(entries, new Map([['word/_rels/header1.xml.rels', imported]])))).toBeUndefined();
    // Content that does not inflate: not read here either (instead of failing the export).
    const broken = data.slice();
    const styles = entriesOf(broken).find((e: Entry) => e.name === 'word/styles.xml')!;
    styles.packed.fill(0xff, 0, Math.min(64, styles.packed.length));
    expect(() => readPackage(broken)).not.toThrow();
    expect(readPackage(broken)).toBeUndefined();
  }, 60_000);

  it('keeps the bytes of the parts it does not change, and refuses XML that is not well formed', async () => {
    const data = new Uint8Array(await renderDocx(demoModel()));
    const pkg = readPackage(data);
    const written = entriesOf(writePackage(pkg, estimateFor(pkg.parts.get('word/document.xml'))));
    const unchanged = written.filter((entry, i) => Buffer.compare(Buffer.from(entry.packed), Buffer.from(entriesOf(data)[i]!.packed)) === 0);
    // Written again: the body and the footers (the number of pages); the styles, lists, headers … keep their bytes.
    const changed = written.filter((entry) => !unchanged.includes(entry)).map((e) => e.name);
    expect(changed).toContain('word/document.xml');
    expect(changed.filter((name) => name !== 'word/document.xml').every((name) => /^word\/footer\d+\.xml$/.test(name))).toBe(true);
    expect(changed.length).toBeGreaterThanOrEqual(3);
    expect(unchanged.map((e) => e.name)).toEqual(expect.arrayContaining(['word/styles.xml', 'word/numbering.xml', 'word/header1.xml', '[Content_Types].xml']));

    expect(() => parseXml('<a><b></a>')).toThrow();
    expect(() => parseXml('<a>')).toThrow();
    expect(() => parseXml('<a>&unbekannt;</a>')).toThrow();
    // Attribute names that objects have anyway are attributes like any other; of two alike, the first counts.
    expect(parseXml('<a constructor="1" toString="2" x="3" x="4"/>').elements[0].attributes).toEqual({ constructor: '1', toString: '2', x: '3' });
    expect(parseXml('<?xml version="1.0"?><a x="1 &amp; 2"> <b>&#x41;&lt;</b></a>')).toEqual({
      declaration: { attributes: { version: '1.0' } },
      elements: [
        {
          type: 'element',
          name: 'a',
          attributes: { x: '1 & 2' },
          elements: [
            { type: 'text', text: ' ' },
            { type: 'element', name: 'b', elements: [{ type: 'text', text: 'A<' }] },
          ],
        },
      ],
    });
  });

  it('takes the blocks it read before by their XML, but never a block with fields, nor one block for two places, and recurring blocks in order', () => {
    const body = (...blocks: string[]) =>
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="w"><w:body>${blocks.join('')}<w:sectPr/></w:body></w:document>`;
    const p = (text: string) => `<w:p><w:pPr><w:pStyle w:val="Text"/></w:pPr><w:r><w:t>${text}</w:t></w:r></w:p>`;
    const table = `<w:tbl><w:tr><w:tc><w:tbl><w:tr><w:tc>${p('innen')}</w:tc></w:tr></w:tbl>${p('außen')}</w:tc></w:tr></w:tbl>`;
    const field = `<w:p><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText>PAGEREF _Toc1 \\h</w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>3</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r></w:p>`;
    const blocksOf = (tree: Tree) => tree.elements!.find((e) => e.type === 'element')!.elements![0]!.elements!;
    forgetKeptBlocks();
    const firstRanges = new Map<Tree, [number, number]>();
    const firstText = body(p('eins'), table, field, p('zwei'));
    const first = blocksOf(parseXml(firstText, firstRanges));
    // After an edit: one paragraph changed, one more paragraph like the first.
    const ranges = new Map<Tree, [number, number]>();
    const text = body(p('eins'), table, field, p('drei'), p('eins'));
    const tree = parseXml(text, ranges);
    const blocks = blocksOf(tree);
    // The same trees as a reading without kept blocks.
    forgetKeptBlocks();
    expect(tree).toEqual(parseXml(text, new Map()));
    expect(blocks[0]).toBe(first[0]);
    expect(blocks[1]).toBe(first[1]); // a table with a table in it, taken whole
    expect(blocks[2]).not.toBe(first[2]); // fields are filled in place: read anew every time
    expect(blocks[3]).not.toBe(first[3]);
    expect(blocks[4]).not.toBe(blocks[0]); // the same XML in a second place: a tree of its own
    // Every block's range is its XML in this document.
    const xml = [p('eins'), table, field, p('drei'), p('eins')];
    blocks.slice(0, 5).forEach((block, i) => {
      const [start, end] = ranges.get(block)!;
      expect(text.slice(start, end)).toBe(xml[i]);
    });
    expect(firstText.slice(...firstRanges.get(first[1]!)!)).toBe(table);
    // The same XML twice in a document read with nothing kept: two trees, each with its own place.
    forgetKeptBlocks();
    const twiceRanges = new Map<Tree, [number, number]>();
    const twiceXml = [p('leer'), '<w:p/>', p('leer'), '<w:p/>'];
    const twiceText = body(...twiceXml);
    const twice = blocksOf(parseXml(twiceText, twiceRanges));
    expect(twice[2]).not.toBe(twice[0]);
    expect(twice[3]).not.toBe(twice[1]);
    let at = twiceText.indexOf('<w:body>') + '<w:body>'.length;
    twiceXml.forEach((xml, i) => {
      expect(twiceRanges.get(twice[i]!)).toEqual([at, at + xml.length]);
      at += xml.length;
    });
    // The next document with those blocks gives each place its tree again, in order (a recurring paragraph keeps its
    // trees from one export to the next), and a place more gets a tree of its own.
    const againRanges = new Map<Tree, [number, number]>();
    const again = blocksOf(parseXml(body(p('neu'), ...twiceXml, p('leer')), againRanges));
    expect(again.slice(1, 5)).toEqual(twice.slice(0, 4));
    twice.slice(0, 4).forEach((tree, i) => expect(again[i + 1]).toBe(tree));
    expect(again[5]).not.toBe(twice[0]);
    expect(again[5]).not.toBe(twice[2]);
    expect(againRanges.get(again[5]!)).toBeDefined();
  });
});
