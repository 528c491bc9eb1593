/**
 * Editor tables → DOCX tables: fixed layout across the available width, column
 * widths from the content (table-grid.ts; the editor's own widths win when set),
 * colspan and rowspan, and a styled header row that Word and LibreOffice repeat
 * on every page.
 */
import { AlignmentType, Paragraph, Table, TableCell, TableLayoutType, TableRow, WidthType } from 'docx';
import type { TiptapNode } from '../editor/types';
import { indentOf, revisionOf, type Block, type BlockContext } from './block-context';
import { blockRevision } from './change-marks';
import { asDocxParagraph, isParagraph } from './prepared-paragraph';
import { STYLE, TABLE } from './styles';
import { CELL_PADDING, columnWidths, estimatedHeight, gridOf, isCompact, type PlacedCell } from './table-grid';

export { isWideTable } from './table-grid';

type MapBlocks = (nodes: readonly TiptapNode[], ctx: BlockContext) => Block[];

/** Rows whose longest cell is shorter than this stay on one page; longer rows may break (never clipped). */
const KEEP_ROW_TOGETHER_CHARS = 400;
const ALIGNMENTS = { left: AlignmentType.LEFT, center: AlignmentType.CENTER, right: AlignmentType.RIGHT } as const;

function mapCell(cell: PlacedCell, widths: readonly number[], isCompactTable: boolean, ctx: BlockContext, mapBlocks: MapBlocks): TableCell {
  let width = 0;
  for (let c = cell.col; c < cell.col + cell.colspan; c++) width += widths[c] ?? 0;
  const align = cell.node.attrs?.align;
  const alignment = align === 'left' || align === 'center' || align === 'right' ? ALIGNMENTS[align] : undefined;
  const cellCtx: BlockContext = {
    lists: ctx.lists,
    where: ctx.where,
    width: width - CELL_PADDING,
    quoteDepth: 0,
    listLevel: -1,
    cell: { isHeader: cell.isHeader, isCompact: isCompactTable, alignment },
    ...(ctx.changes ? { changes: ctx.changes } : {}),
  };
  const blocks = mapBlocks(cell.node.content ?? [], cellCtx);
  // A cell must end with a paragraph (Word refuses a cell that ends with a table).
  if (!isParagraph(blocks.at(-1))) blocks.push(new Paragraph({ style: STYLE.tableText }));
  // docx continues a cell that spans rows with a paragraph like its last, which it must see as its own Paragraph.
  if (cell.rowspan > 1) blocks.push(asDocxParagraph(blocks.pop()!));
  return new TableCell({
    // docx takes a cell's blocks as components it prepares; a prepared paragraph is one (prepared-paragraph.ts), and
    // where docx looks for a Paragraph of its own (a cell spanning rows), it gets one (above).
    children: blocks as (Paragraph | Table)[],
    width: { size: width, type: WidthType.DXA },
    ...(cell.colspan > 1 ? { columnSpan: cell.colspan } : {}),
    ...(cell.rowspan > 1 ? { rowSpan: cell.rowspan } : {}),
    ...(cell.isHeader ? { shading: TABLE.headerShading } : {}),
  });
}

/** A row of one Fassung only (redline): Word accepts or rejects the row with its text. */
function rowRevision(row: TiptapNode | undefined, ctx: BlockContext) {
  const revision = row && blockRevision(row);
  if (!revision || ctx.changes?.kind !== 'tracked') return {};
  return revision === 'inserted' ? { insertion: revisionOf(ctx.changes) } : { deletion: revisionOf(ctx.changes) };
}

export function mapTable(node: TiptapNode, ctx: BlockContext, mapBlocks: MapBlocks): Table {
  const grid = gridOf(node, ctx.where);
  const indent = indentOf(ctx);
  const total = Math.max(ctx.width - indent, TABLE.minColumn * Math.max(grid.columns, 1));
  const widths = columnWidths(grid, total);
  const isShortRow = grid.rows.map((cells) => cells.every((c) => c.textLength < KEEP_ROW_TOGETHER_CHARS));
  // A small table stays on one page (with the heading before it); a tall one flows on, so it does not leave
  // most of a page empty, but its header and first row stay with the heading. Long rows may break rather than be clipped.
  const isKeptTogether = isShortRow.every(Boolean) && estimatedHeight(grid, widths) <= TABLE.keepTogetherHeight;
  const keepsNext = (r: number) => r < grid.rows.length - 1 && (isKeptTogether || r === 0);
  return new Table({
    layout: TableLayoutType.FIXED,
    width: { size: total, type: WidthType.DXA },
    columnWidths: widths,
    borders: TABLE.borders,
    margins: TABLE.cellMargins,
    ...(indent > 0 ? { indent: { size: indent, type: WidthType.DXA } } : {}),
    rows: grid.rows.map(
      (cells, r) =>
        new TableRow({
          tableHeader: r === 0 && cells.some((c) => c.isHeader),
          cantSplit: isShortRow[r],
          keepNext: keepsNext(r),
          ...rowRevision(node.content?.[r], ctx),
          children: cells.map((cell) => mapCell(cell, widths, isCompact(grid.columns), ctx, mapBlocks)),
        }),
    ),
  });
}
