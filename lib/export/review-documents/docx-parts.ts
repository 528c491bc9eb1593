/**
 * Building blocks of the documents about a concept's review (Stellungnahme, …) in the concept
 * export's look: table cells with its soft hyphens, grid tables with its borders and header
 * shading, numbered part headings.
 */
import { HeadingLevel, Paragraph, Tab, Table, TableCell, TableLayoutType, TableRow, TextRun, WidthType, type ParagraphChild } from 'docx';
import { HYPHENATE_MIN_LETTERS } from '../hyphenation';
import { mapInline } from '../inline-to-docx';
import { COLOR, STYLE, TABLE } from '../styles';

const WHERE = 'Dokument zur Beratung';

/** Cell text with the export's soft hyphens, one paragraph per line. */
export function cellParagraphs(text: string, extra: ParagraphChild[] = []): Paragraph[] {
  const lines = text.split('\n');
  return lines.map(
    (line, i) =>
      new Paragraph({
        style: STYLE.tableText,
        children: [...mapInline(line ? [{ type: 'text', text: line }] : [], WHERE, HYPHENATE_MIN_LETTERS.cell), ...(i === lines.length - 1 ? extra : [])],
      }),
  );
}

export const muted = (text: string, italics = false) => new TextRun({ text, color: COLOR.muted, italics });

export function cell(children: Paragraph[], width: number): TableCell {
  return new TableCell({ width: { size: width, type: WidthType.DXA }, children });
}

export function grid(columns: ReadonlyArray<{ label: string; width: number }>, rows: TableRow[]): Table {
  const header = new TableRow({
    tableHeader: true,
    cantSplit: true,
    children: columns.map(
      (c) => new TableCell({ width: { size: c.width, type: WidthType.DXA }, shading: TABLE.headerShading, children: [new Paragraph({ style: STYLE.tableHeading, text: c.label })] }),
    ),
  });
  return new Table({
    layout: TableLayoutType.FIXED,
    width: { size: columns.reduce((n, c) => n + c.width, 0), type: WidthType.DXA },
    columnWidths: columns.map((c) => c.width),
    borders: TABLE.borders,
    margins: TABLE.cellMargins,
    rows: [header, ...rows],
  });
}

export function partHeading(number: number, title: string, pageBreakBefore: boolean): Paragraph {
  return new Paragraph({ heading: HeadingLevel.HEADING_1, pageBreakBefore, children: [new TextRun({ children: [String(number), new Tab(), title] })] });
}
