/**
 * The same concept renders to the same XML every time (lib/export/stable-ids.ts): the page layout keeps what it read
 * of a block by its XML, so a block that comes out different in every render is read again in every export and kept
 * once more each time. Links still lead where they led, and bookmarks stay unique.
 */
import { renderDocx } from '@/lib/export/render-docx';
import { withStableLinkIds } from '@/lib/export/stable-ids';
import { doc, h, modelWith, p, para, readDocx, text } from './support';

const link = (label: string, href: string) => text(label, [{ type: 'link', attrs: { href } }]);
const KREIS = 'https://www.musterland.example/gewaltschutz?a=1&b=2';
const MAIL = 'mailto:gewaltschutz@musterland.example';

const contents = (extra = false) => ({
  praeambel: doc(
    h(3, 'Leitbild'),
    p(link('Kreis', KREIS), text(' und '), link('Mail', MAIL)),
    ...(extra ? [p(text('Neu: '), link('Seite des Kreises', KREIS))] : []),
    p(text('Noch einmal: '), link('Kreis', KREIS)),
    para('Ohne Link.'),
  ),
  kooperation: doc(p(link('Beratungsstelle', 'https://beratung.example/kontakt'))),
});

/** The body's blocks (top-level paragraphs and tables) as XML. */
function blocksOf(xml: string): string[] {
  const body = xml.slice(xml.indexOf('<w:body>') + '<w:body>'.length, xml.lastIndexOf('</w:body>'));
  return body.match(/<w:p\b[^>]*\/>|<w:p\b[\s\S]*?<\/w:p>/g) ?? [];
}

describe('Gleiche Inhalte, gleiches XML (stabile Kennungen)', () => {
  it('writes the same document twice for the same concept, and after a paragraph more only that block differs', async () => {
    const first = readDocx(await renderDocx(modelWith(contents())));
    const second = readDocx(await renderDocx(modelWith(contents())));
    expect(second.part('word/document.xml')).toBe(first.part('word/document.xml'));
    expect(second.part('word/_rels/document.xml.rels')).toBe(first.part('word/_rels/document.xml.rels'));
    const edited = readDocx(await renderDocx(modelWith(contents(true))));
    const before = new Set(blocksOf(first.part('word/document.xml')));
    // The TOC's entries hold fields (never kept); every other block but the new one is as before.
    const changed = blocksOf(edited.part('word/document.xml')).filter((block) => !before.has(block) && !block.includes('w:fldChar'));
    expect(changed).toHaveLength(1);
    expect(changed[0]).toContain('Seite des Kreises');
  });

  it('keeps every link leading to its target, one relationship per target, and every bookmark unique', async () => {
    const docx = readDocx(await renderDocx(modelWith(contents(true))));
    const xml = docx.part('word/document.xml');
    const rels = docx.part('word/_rels/document.xml.rels');
    const targetOf = new Map([...rels.matchAll(/<Relationship [^>]*>/g)].map(([r]) => [/ Id="([^"]+)"/.exec(r)![1], /Target="([^"]+)"/.exec(r)![1]]));
    const ids = [...rels.matchAll(/ Id="([^"]+)"/g)].map((m) => m[1]);
    expect(new Set(ids).size).toBe(ids.length);
    const links = [...xml.matchAll(/<w:hyperlink [^>]*r:id="([^"]+)"[^>]*>([\s\S]*?)<\/w:hyperlink>/g)].map(([, id, inner]) => ({
      label: [...inner!.matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)].map((m) => m[1]).join(''),
      target: targetOf.get(id!)?.replace(/&amp;/g, '&'),
    }));
    expect(links).toEqual([
      { label: 'Kreis', target: KREIS },
      { label: 'Mail', target: MAIL },
      { label: 'Seite des Kreises', target: KREIS },
      { label: 'Kreis', target: KREIS },
      { label: 'Beratungsstelle', target: 'https://beratung.example/kontakt' },
    ]);
    expect([...rels.matchAll(/TargetMode="External"/g)]).toHaveLength(3);
    // Bookmarks: unique names and ids, and the TOC leads to them.
    const names = [...xml.matchAll(/<w:bookmarkStart [^>]*w:name="([^"]+)"/g)].map((m) => m[1]!);
    const bookmarkIds = [...xml.matchAll(/<w:bookmarkStart [^>]*w:id="(\d+)"/g)].map((m) => m[1]);
    expect(names.length).toBeGreaterThan(3);
    expect(new Set(names).size).toBe(names.length);
    expect(new Set(bookmarkIds).size).toBe(bookmarkIds.length);
    expect(names.slice(0, 3)).toEqual(['_Toc1', '_Toc2', '_Toc3']);
    const anchors = [...xml.matchAll(/<w:hyperlink [^>]*w:anchor="([^"]+)"/g)].map((m) => m[1]!);
    expect(anchors.length).toBeGreaterThan(3);
    for (const anchor of anchors) expect(names).toContain(anchor);
  });

  it('leaves parts without external links as they are', () => {
    const parts = new Map<string, string | Uint8Array>([
      ['word/document.xml', '<w:document><w:body><w:p/></w:body></w:document>'],
      ['word/_rels/document.xml.rels', '<Relationships><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>'],
    ]);
    expect(withStableLinkIds(parts)).toBe(parts);
  });
});
