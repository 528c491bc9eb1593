/**
 * The geometry of an editor table: where every cell sits in the grid (following
 * colspan and rowspan; the editor omits covered cells), and column widths in
 * twips that follow the content. Pure; measured once per table node.
 */
import { codePointLength, docToPlainText } from '../editor/text';
import type { TiptapNode } from '../editor/types';
import { unexpectedNode } from './mapping-errors';
import { TABLE } from './styles';

export interface PlacedCell {
  node: TiptapNode;
  textLength: number;
  /** Length of the longest word; the whole text's length for short cells, which should stay on one line. */
  unbreakable: number;
  isHeader: boolean;
  col: number;
  colspan: number;
  rowspan: number;
}

const span = (value: unknown) => (typeof value === 'number' && Number.isInteger(value) && value > 1 ? value : 1);

type Measure = { weight: number[]; min: number[] };
export type Grid = { rows: PlacedCell[][]; columns: number; measures: Map<number, Measure> };
// Read once: module bindings are getters after transpiling, and these are read for every cell.
const T = TABLE;
export const CELL_PADDING = T.cellMargins.left + T.cellMargins.right;
// isWideTable and mapTable look at the same table node; measure it once.
const grids = new WeakMap<TiptapNode, Grid>();

export function gridOf(table: TiptapNode, where: string): Grid {
  let grid = grids.get(table);
  if (!grid) {
    grid = { ...placeCells(table.content ?? [], where), measures: new Map() };
    grids.set(table, grid);
  }
  return grid;
}

/** The grid position of every cell, following rowspans down (the editor omits covered cells). */
function placeCells(rows: readonly TiptapNode[], where: string): Omit<Grid, 'measures'> {
  let pending: number[] = [];
  let columns = 0;
  const placed = rows.map((row) => {
    if (row.type !== 'tableRow') throw unexpectedNode(row.type, 'direkt in einer Tabelle', where);
    const covered = pending.map((p) => p > 0);
    const next = pending.map((p) => Math.max(p - 1, 0));
    let col = 0;
    const cells = (row.content ?? []).map((node): PlacedCell => {
      if (node.type !== 'tableCell' && node.type !== 'tableHeader') throw unexpectedNode(node.type, 'in einer Tabellenzeile', where);
      while (covered[col]) col++;
      const text = docToPlainText(node);
      const textLength = codePointLength(text);
      const unbreakable = textLength <= T.shortCellChars ? textLength : Math.max(0, ...text.split(/\s+/).map((w) => w.length));
      const cell = { node, textLength, unbreakable, isHeader: node.type === 'tableHeader', col, colspan: span(node.attrs?.colspan), rowspan: span(node.attrs?.rowspan) };
      for (let c = col; c < col + cell.colspan; c++) {
        covered[c] = true;
        next[c] = cell.rowspan - 1;
      }
      col += cell.colspan;
      return cell;
    });
    columns = Math.max(columns, covered.length);
    pending = next;
    return cells;
  });
  return { rows: placed, columns };
}

/** Editor column widths (pixels) when every column has one; proportions only. */
function editorWeights(rows: PlacedCell[][], columns: number): number[] | null {
  const weights: number[] = new Array<number>(columns).fill(0);
  for (const cell of rows[0] ?? []) {
    const widths = cell.node.attrs?.colwidth;
    if (!Array.isArray(widths)) continue;
    widths.forEach((w, i) => {
      if (typeof w === 'number' && w > 0) weights[cell.col + i] = w;
    });
  }
  return weights.every((w) => w > 0) ? weights : null;
}

/** Lines a cell's blocks take at `perLine` characters per line: each paragraph (also in lists and quotes), plus line breaks. */
function linesOf(nodes: readonly TiptapNode[] | undefined, perLine: number): { lines: number; paragraphs: number } {
  let lines = 0;
  let paragraphs = 0;
  for (const node of nodes ?? []) {
    if (node.type === 'paragraph' || node.type === 'heading') {
      const inline = node.content ?? [];
      const chars = inline.reduce((n, child) => n + (child.type === 'text' ? codePointLength(child.text ?? '') : 0), 0);
      const breaks = inline.filter((child) => child.type === 'hardBreak').length;
      lines += Math.max(1, Math.ceil(chars / perLine)) + breaks;
      paragraphs += 1;
    } else {
      // Lists, list items, quotes, a table in the cell: count what they contain.
      const inner = linesOf(node.content, perLine);
      lines += inner.lines;
      paragraphs += inner.paragraphs;
    }
  }
  return { lines, paragraphs };
}

/**
 * A rough height of the table in twips, for deciding whether to keep it on one page: each cell's
 * lines from its paragraphs (list items included) and column width, the tallest cell of a row, plus
 * the cell margins. A cell spanning rows adds its height to those rows in equal parts.
 */
export function estimatedHeight(grid: Grid, widths: readonly number[]): number {
  const scale = isCompact(grid.columns) ? T.compactFactor : 1;
  const rowHeights = grid.rows.map(() => 0);
  grid.rows.forEach((row, r) => {
    for (const cell of row) {
      let width = 0;
      for (let c = cell.col; c < cell.col + cell.colspan; c++) width += widths[c] ?? 0;
      const perLine = Math.max(1, Math.floor((width - CELL_PADDING) / (T.charWidth * scale * (cell.isHeader ? T.boldFactor : 1))));
      const { lines, paragraphs } = linesOf(cell.node.content, perLine);
      const share = (Math.max(lines, 1) * T.lineHeight * scale + Math.max(paragraphs, 1) * T.paragraphAfter) / cell.rowspan;
      for (let spanned = r; spanned < Math.min(r + cell.rowspan, rowHeights.length); spanned++) {
        rowHeights[spanned] = Math.max(rowHeights[spanned] ?? 0, share);
      }
    }
  });
  return rowHeights.reduce((sum, height) => sum + height + T.cellMargins.top + T.cellMargins.bottom, 0);
}

export const sum = (values: readonly number[]) => values.reduce((a, b) => a + b, 0);
const TIGHTEST = Math.min(...T.wordCharSteps);
export const isCompact = (columns: number) => columns >= T.compactColumns;

/** Per column: a weight (how much text it holds) and the width its longest word needs (words capped at `wordChars`). */
function measureColumns(grid: Grid, wordChars: number): Measure {
  const cached = grid.measures.get(wordChars);
  if (cached) return cached;
  const longest: number[] = new Array<number>(grid.columns).fill(4);
  const min: number[] = new Array<number>(grid.columns).fill(T.minColumn);
  const scale = isCompact(grid.columns) ? T.compactFactor : 1;
  const headerChars = Math.max(T.maxHeaderWordChars, wordChars);
  for (const row of grid.rows) {
    for (const cell of row) {
      if (cell.colspan !== 1) continue;
      longest[cell.col] = Math.max(longest[cell.col] ?? 0, Math.min(cell.textLength, T.maxMeasuredChars));
      const charWidth = T.charWidth * scale * (cell.isHeader ? T.boldFactor : 1);
      const needed = Math.ceil(Math.min(cell.unbreakable, cell.isHeader ? headerChars : wordChars) * charWidth + CELL_PADDING);
      if (needed > (min[cell.col] ?? 0)) min[cell.col] = needed;
    }
  }
  // Square root: a column of long sentences gets more room than a column of short labels, but does not starve it.
  const measure = { weight: longest.map(Math.sqrt), min };
  grid.measures.set(wordChars, measure);
  return measure;
}

/** Too wide for a portrait page: many columns, or the longest words alone do not fit. Such tables get a landscape page. */
export function isWideTable(node: TiptapNode, width: number, where: string): boolean {
  const grid = gridOf(node, where);
  if (grid.columns >= T.landscapeColumns) return true;
  return sum(measureColumns(grid, TIGHTEST).min) > width * T.landscapeOverflow;
}

/**
 * Column widths in twips that add up to `total`: proportional to the content of
 * each column, never narrower than its longest word needs (up to a cap) nor, with
 * several columns, wider than a share of the table. Editor widths win when set.
 */
export function columnWidths(grid: Grid, total: number): number[] {
  const { rows, columns } = grid;
  let measured = measureColumns(grid, TIGHTEST);
  for (const wordChars of T.wordCharSteps) {
    const attempt = measureColumns(grid, wordChars);
    if (sum(attempt.min) <= total) {
      measured = attempt;
      break;
    }
  }
  const min = measured.min;
  const weights = editorWeights(rows, columns) ?? measured.weight;
  const minSum = sum(min);
  if (minSum >= total) return fitTo(min.map((m) => (m * total) / minSum), total);
  const max = columns > 1 ? total * T.maxColumnShare : total;
  const fixed: Array<number | null> = new Array<number | null>(columns).fill(null);
  let widths: number[] = [];
  for (let round = 0; round <= columns; round++) {
    const free = total - fixed.reduce<number>((a, w) => a + (w ?? 0), 0);
    const open = weights.reduce((a, w, i) => a + (fixed[i] === null ? w : 0), 0);
    widths = weights.map((w, i) => fixed[i] ?? (free * w) / open);
    const tooNarrow = widths.findIndex((w, i) => fixed[i] === null && w < (min[i] ?? 0));
    const tooWide = widths.findIndex((w, i) => fixed[i] === null && w > max);
    if (tooNarrow >= 0) fixed[tooNarrow] = min[tooNarrow] ?? T.minColumn;
    else if (tooWide >= 0) fixed[tooWide] = max;
    else break;
  }
  return fitTo(widths, total);
}

/** Whole twips that add up exactly to `total`. */
function fitTo(widths: number[], total: number): number[] {
  const rounded = widths.map((w) => Math.max(1, Math.floor(w)));
  const rest = total - rounded.reduce((a, b) => a + b, 0);
  rounded[rounded.length - 1] = (rounded[rounded.length - 1] ?? 0) + rest;
  return rounded;
}

