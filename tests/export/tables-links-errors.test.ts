import type { TiptapDoc } from '@/lib/editor/types';
import { renderDocx } from '@/lib/export/render-docx';
import { LANDSCAPE_TEXT_WIDTH, TEXT_WIDTH } from '@/lib/export/styles';
import { findSection, getTemplate } from '@/lib/templates';
import type { TiptapNode } from '@/lib/editor/types';
import { bullets, cell, doc, exportModel, item, modelWith, p, para, paragraphs, row, table, text, xmlText } from './support';

const tables = (xml: string) => [...xml.matchAll(/<w:tbl>[\s\S]*?<\/w:tbl>/g)].map((m) => m[0]);
const rows = (tbl: string) => [...tbl.matchAll(/<w:tr>[\s\S]*?<\/w:tr>/g)].map((m) => m[0]);
const gridCols = (tbl: string) => [...tbl.matchAll(/<w:gridCol w:w="(\d+)"\/>/g)].map((m) => Number(m[1]));
/** Grid columns a row covers: its cells, wider by gridSpan; vMerge continuation cells count too. */
const rowWidth = (tr: string) => [...tr.matchAll(/<w:tc>[\s\S]*?<\/w:tc>/g)].reduce((n, [tc]) => n + Number(/<w:gridSpan w:val="(\d+)"/.exec(tc)?.[1] ?? 1), 0);

async function bodyTables(content: TiptapDoc) {
  const xml = (await exportModel(modelWith({ praeambel: content }))).part('word/document.xml');
  // The first table is the title page's key facts.
  return tables(xml).slice(1);
}

describe('DOCX-Export: Tabellen', () => {
  it('repeats and styles the header row, fixes the layout to the page width and sizes columns by content', async () => {
    const long = 'Ein sehr langer Text, der in dieser Spalte viel Platz braucht, weil er mehrere Sätze umfasst. '.repeat(2);
    const [tbl] = await bodyTables(
      doc(table(row(cell('Nr.', 'tableHeader'), cell('Beschreibung', 'tableHeader')), row(cell('1'), cell(long)), row(cell('2'), cell('kurz')))),
    );
    const trs = rows(tbl!);
    expect(trs[0]).toContain('<w:tblHeader/>');
    expect(trs.slice(1).some((tr) => tr.includes('<w:tblHeader/>'))).toBe(false);
    expect(trs[0]).toMatch(/<w:shd [^>]*w:fill="DCE3EE"/);
    expect(tbl).toContain('<w:tblLayout w:type="fixed"/>');
    const cols = gridCols(tbl!);
    expect(cols.reduce((a, b) => a + b, 0)).toBe(TEXT_WIDTH);
    expect(cols[1]!).toBeGreaterThan(cols[0]! * 1.5);
    expect(cols[0]!).toBeGreaterThanOrEqual(624);
  });

  it('merges cells across columns and rows into a consistent grid', async () => {
    const [tbl] = await bodyTables(
      doc(
        table(
          row(cell('A', 'tableHeader'), cell('B+C', 'tableHeader', { colspan: 2, rowspan: 1, colwidth: null })),
          row(cell('1'), cell('zwei Zeilen', 'tableCell', { colspan: 1, rowspan: 2, colwidth: null }), cell('3')),
          row(cell('4'), cell('6')),
        ),
      ),
    );
    expect(gridCols(tbl!)).toHaveLength(3);
    expect(rows(tbl!).map(rowWidth)).toEqual([3, 3, 3]);
    expect(tbl).toContain('<w:gridSpan w:val="2"/>');
    expect(tbl).toContain('<w:vMerge w:val="restart"/>');
    expect(tbl).toContain('<w:vMerge w:val="continue"/>');
    expect(xmlText(tbl!)).toBe('AB+C1zwei Zeilen346');
  });

  it('keeps a small table on one page, and lets a tall one flow with only its first rows kept with the heading', async () => {
    const keepsWithNext = (tr: string) => /<w:keepNext\/>/.test(tr);
    const header = row(cell('Maßnahme', 'tableHeader'), cell('Stand', 'tableHeader'));
    const sentence = 'Die Maßnahme wird mit dem Betreiber abgestimmt, in der Hausordnung verankert und halbjährlich überprüft. ';
    const [small, tall] = await bodyTables(
      doc(
        table(header, row(cell('Notruf'), cell('erledigt')), row(cell('Beirat'), cell('in Umsetzung'))),
        table(header, ...Array.from({ length: 10 }, (_, i) => row(cell(`Maßnahme ${i + 1}`), cell(sentence.repeat(3))))),
      ),
    );
    // Small: every row keeps with the next, so the table (and the heading before it) move to the next page together.
    expect(rows(small!).map(keepsWithNext)).toEqual([true, true, false]);
    // Tall (about a page): it starts right after the text before it; header and first row stay together.
    expect(rows(tall!).map(keepsWithNext)).toEqual([true, ...Array.from({ length: 10 }, () => false)]);
    expect(rows(tall!)[0]).toContain('<w:tblHeader/>');
  });

  it('counts list items in cells when judging a table’s height (few rows, but a page of lists)', async () => {
    const keepsWithNext = (tr: string) => /<w:keepNext\/>/.test(tr);
    const steps = (n: number): TiptapNode => bullets(...Array.from({ length: n }, (_, i) => item(para(`Schritt ${i + 1}`))));
    const listCell = (n: number): TiptapNode => ({ type: 'tableCell', content: [steps(n)] });
    const [tbl] = await bodyTables(
      doc(table(row(cell('Phase', 'tableHeader'), cell('Schritte', 'tableHeader')), ...Array.from({ length: 6 }, (_, i) => row(cell(`Phase ${i + 1}`), listCell(12))))),
    );
    expect(rows(tbl!).map(keepsWithNext)).toEqual([true, false, false, false, false, false, false]);
  });

  it('gives tables with many columns a landscape page of their own', async () => {
    const header = row(...Array.from({ length: 10 }, (_, i) => cell(`Spalte ${i + 1}`, 'tableHeader')));
    const xml = (await exportModel(modelWith({ praeambel: doc(para('davor'), table(header, row(...Array.from({ length: 10 }, () => cell('x')))), para('danach')) }))).part('word/document.xml');
    const [, wide] = tables(xml);
    expect(gridCols(wide!).reduce((a, b) => a + b, 0)).toBe(LANDSCAPE_TEXT_WIDTH);
    // Sections: title page to „davor“ portrait, the table landscape, „danach“ portrait, the annex landscape.
    expect([...xml.matchAll(/w:orient="(\w+)"/g)].map((m) => m[1])).toEqual(['portrait', 'landscape', 'portrait', 'landscape']);
  });
});

describe('DOCX-Export: Links', () => {
  it('writes allowed links as external hyperlinks and leaves other schemes as plain text', async () => {
    // Stored content is validated, so a javascript: link cannot be saved; the exporter checks again anyway.
    const content = doc(
      p(text('Kreis', [{ type: 'link', attrs: { href: 'https://www.musterland.example/gewaltschutz' } }]), text(' und '), text('Mail', [{ type: 'link', attrs: { href: 'mailto:gewaltschutz@musterland.example' } }])),
      p(text('böse', [{ type: 'link', attrs: { href: 'javascript:alert(1)' } }]), text(' '), text('Datei', [{ type: 'link', attrs: { href: 'file:///etc/passwd' } }])),
    );
    const docx = await exportModel(modelWith({ praeambel: content }));
    const rels = docx.part('word/_rels/document.xml.rels');
    const targets = [...rels.matchAll(/Target="([^"]+)" TargetMode="External"/g)].map((m) => m[1]);
    expect(targets).toEqual(expect.arrayContaining(['https://www.musterland.example/gewaltschutz', 'mailto:gewaltschutz@musterland.example']));
    for (const target of targets) expect(target).toMatch(/^(https?|mailto|tel):/);
    expect(rels).not.toMatch(/javascript|file:/);
    const xml = docx.part('word/document.xml');
    // External links carry a relationship id; the TOC's internal links (w:anchor) do not count here.
    expect(xml.match(/<w:hyperlink [^>]*r:id=/g)?.length).toBe(2);
    expect(paragraphs(xml).find((x) => x.text.startsWith('böse'))?.text).toBe('böse Datei');
  });

  it('keeps a link whose text has several formats as one hyperlink', async () => {
    const href = { type: 'link', attrs: { href: 'https://example.org' } };
    const content = doc(p(text('halb ', [href]), text('fett', [href, { type: 'bold' }])));
    const xml = (await exportModel(modelWith({ praeambel: content }))).part('word/document.xml');
    expect(xml.match(/<w:hyperlink [^>]*r:id=/g)?.length).toBe(1);
    expect(xmlText(/<w:hyperlink [^>]*r:id=[\s\S]*?<\/w:hyperlink>/.exec(xml)?.[0] ?? '')).toBe('halb fett');
  });
});

describe('DOCX-Export: scheitert laut statt Text zu verlieren', () => {
  const exportOf = (content: unknown) => renderDocx(modelWith({ praeambel: content as TiptapDoc }));

  it('rejects an unknown node type, naming the section', async () => {
    const content = doc(para('vorher'), { type: 'codeBlock', content: [text('console.log(1)')] });
    await expect(exportOf(content)).rejects.toMatchObject({
      code: 'invalid_input',
      details: { nodeType: 'codeBlock' },
      message: expect.stringContaining(`Abschnitt ${findSection(getTemplate('gewaltschutz-gu'), 'praeambel')!.number} („Präambel und Leitbild“)`),
    });
  });

  it('rejects an unknown mark, an inline node at block level and a block inside a paragraph', async () => {
    await expect(exportOf(doc(p(text('x', [{ type: 'superscript' }]))))).rejects.toMatchObject({ code: 'invalid_input', details: { nodeType: 'superscript' } });
    await expect(exportOf(doc(text('lose')))).rejects.toMatchObject({ code: 'invalid_input', details: { nodeType: 'text' } });
    await expect(exportOf(doc(p(para('innen'))))).rejects.toMatchObject({ code: 'invalid_input', details: { nodeType: 'paragraph' } });
    await expect(exportOf(doc({ type: 'heading', attrs: { level: 1 }, content: [text('H1')] }))).rejects.toMatchObject({ code: 'invalid_input' });
    await expect(exportOf({ type: 'paragraph', content: [text('kein Dokument')] })).rejects.toMatchObject({ code: 'invalid_input' });
  });
});
