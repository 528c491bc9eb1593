/**
 * The content hash of a part of the document (toc-page-numbers-units.mjs, unitHash), by which its layout is kept
 * between exports: alike for two renders of the same content, different when the content changes, whether it is
 * read from the file's XML (docx-parts.mjs) or from the parsed blocks (when patchDocument read the file).
 */
// @ts-expect-error plain JavaScript module of the export worker, without type declarations
import { unitHash } from '@/lib/export/toc-page-numbers-units.mjs';
// @ts-expect-error plain JavaScript module of the export worker, without type declarations
import { parseXml } from '@/lib/export/docx-parts.mjs';

type El = { type?: string; name?: string; attributes?: Record<string, unknown>; elements?: El[] };
const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="r"';

/** The blocks of a body and their XML as the file has it. */
function read(body: string) {
  const text = `<w:document ${W}><w:body>${body}</w:body></w:document>`;
  const ranges = new Map<El, [number, number]>();
  const tree = parseXml(text, ranges) as El;
  const blocks = tree.elements![0]!.elements![0]!.elements!;
  return { blocks, xmlOf: (block: El) => { const r = ranges.get(block); return r ? text.slice(r[0], r[1]) : undefined; } };
}

/** A paragraph in a list, with a bookmark and a link, as two renders write it with other ids. */
const block = ({ bookmark, link, list, word = 'Gewaltschutz' }: { bookmark: number; link: string; list: string; word?: string }) =>
  `<w:p><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="${list}"/></w:numPr></w:pPr>` +
  `<w:bookmarkStart w:name="_Toc${bookmark}" w:id="${bookmark}"/><w:r><w:t xml:space="preserve">${word}</w:t></w:r><w:bookmarkEnd w:id="${bookmark}"/>` +
  `<w:hyperlink w:history="1" r:id="${link}"><w:r><w:t>Link</w:t></w:r></w:hyperlink></w:p>`;

describe('Inhalts-Hash der Teile (Seitenlayout zwischengespeichert)', () => {
  // List 3 in one render is list 7 in the other: both stand for the same definition.
  const numbering = new Map([['3', 'aufzaehlung'], ['7', 'aufzaehlung'], ['4', 'nummeriert']]);
  const first = read(block({ bookmark: 5, link: 'rIdabc', list: '3' }) + '<w:p/>');
  const again = read(block({ bookmark: 9, link: 'rId-x_y', list: '7' }) + '<w:p/>');

  it.each([
    ['from the XML', true],
    ['from the parsed blocks', false],
  ])('is alike for two renders of the same content, read %s', (_how, fromXml) => {
    const hashOf = (doc: ReturnType<typeof read>) => unitHash(doc.blocks, numbering, 'k', fromXml ? doc.xmlOf : undefined);
    expect(hashOf(again).hash).toBe(hashOf(first).hash);
    expect(hashOf(again).blocks).toEqual(hashOf(first).blocks);
    // Another word, another list, another text: another hash (for the block that changed only).
    for (const changed of [
      read(block({ bookmark: 5, link: 'rIdabc', list: '3', word: 'Gewaltschutzkonzept' }) + '<w:p/>'),
      read(block({ bookmark: 5, link: 'rIdabc', list: '4' }) + '<w:p/>'),
    ]) {
      expect(hashOf(changed).hash).not.toBe(hashOf(first).hash);
      expect(hashOf(changed).blocks[1]).toBe(hashOf(first).blocks[1]);
    }
    expect(unitHash(first.blocks, numbering, 'anderer Kontext', fromXml ? first.xmlOf : undefined).hash).not.toBe(hashOf(first).hash);
  });
});
