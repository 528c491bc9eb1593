/**
 * The geometry of an editor table: where every cell sits in the grid (following
 * colspan and rowspan; the editor omits covered cells), and column widths in
 * twips that follow the content. Pure; measured once per table node.
 */
import { codePointLength, docToPlainText } from '../editor/text';
import type { TiptapNode } from '../editor/types';
import { HYPHENATE_MIN_LETTERS, longestUnbreakable } from './hyphenation';
import { unexpectedNode } from './mapping-errors';
import { TABLE } from './styles';

export interface PlacedCell {
  node: TiptapNode;
  textLength: number;
  /** Length of the longest word; the whole text's length for short cells, which should stay on one line. */
  unbreakable: number;
  /** Length of the longest piece that cannot break once long words carry their soft hyphens (hyphenation.ts). */
  unbreakableHyphenated: number;
  /** Length of the longest paragraph: the width the cell would take on one line. */
  lineLength: number;
  /** Characters of each of its paragraphs (also in lists and quotes), and its line breaks: what estimatedHeight counts. */
  paragraphChars: readonly number[];
  hardBreaks: number;
  isHeader: boolean;
  col: number;
  colspan: number;
  rowspan: number;
}

const span = (value: unknown) => (typeof value === 'number' && Number.isInteger(value) && value > 1 ? value : 1);

/** Per column: how much text it holds (weight), the width its unbreakable pieces need (min), its longest line (natural). */
type Measure = { weight: number[]; min: number[]; natural: number[] };
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
      const cell = {
        node,
        textLength,
        unbreakable,
        unbreakableHyphenated: longestUnbreakable(text, HYPHENATE_MIN_LETTERS.cell),
        lineLength: Math.max(0, ...text.split('\n').map(codePointLength)),
        ...paragraphsOf(node.content),
        isHeader: node.type === 'tableHeader',
        col,
        colspan: span(node.attrs?.colspan),
        rowspan: span(node.attrs?.rowspan),
      };
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

/** Characters of each paragraph of a cell's blocks (also in lists, list items, quotes, a table in the cell), and their line breaks. */
function paragraphsOf(nodes: readonly TiptapNode[] | undefined, found = { paragraphChars: [] as number[], hardBreaks: 0 }) {
  for (const node of nodes ?? []) {
    if (node.type === 'paragraph' || node.type === 'heading') {
      let chars = 0;
      for (const child of node.content ?? []) {
        if (child.type === 'text') chars += codePointLength(child.text ?? '');
        else if (child.type === 'hardBreak') found.hardBreaks += 1;
      }
      found.paragraphChars.push(chars);
    } else {
      paragraphsOf(node.content, found);
    }
  }
  return found;
}

/** Lines a cell takes at `perLine` characters per line: each paragraph's, plus line breaks. */
function linesOf(cell: PlacedCell, perLine: number): number {
  let lines = cell.hardBreaks;
  for (const chars of cell.paragraphChars) lines += Math.max(1, Math.ceil(chars / perLine));
  return lines;
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
      const lines = linesOf(cell, perLine);
      const paragraphs = cell.paragraphChars.length;
      const share = (Math.max(lines, 1) * T.lineHeight * scale + Math.max(paragraphs, 1) * T.paragraphAfter) / cell.rowspan;
      for (let spanned = r; spanned < Math.min(r + cell.rowspan, rowHeights.length); spanned++) {
        rowHeights[spanned] = Math.max(rowHeights[spanned] ?? 0, share);
      }
    }
  });
  return rowHeights.reduce((sum, height) => sum + height + T.cellMargins.top + T.cellMargins.bottom, 0);
}

export const sum = (values: readonly number[]) => values.reduce((a, b) => a + b, 0);
export const isCompact = (columns: number) => columns >= T.compactColumns;
/** The last resort for the minimum widths: long words break at their soft hyphens. */
const HYPHENATED = 0;

/**
 * Per column: its weight (the average length of its cells' text), the width its longest
 * unbreakable piece needs (words up to `wordChars` kept whole; with HYPHENATED, the longest
 * piece between soft hyphens) and its natural width (its longest cell on one line).
 */
function measureColumns(grid: Grid, wordChars: number): Measure {
  const cached = grid.measures.get(wordChars);
  if (cached) return cached;
  const total: number[] = new Array<number>(grid.columns).fill(0);
  const count: number[] = new Array<number>(grid.columns).fill(0);
  const min: number[] = new Array<number>(grid.columns).fill(T.minColumn);
  const natural: number[] = new Array<number>(grid.columns).fill(T.minColumn);
  const scale = isCompact(grid.columns) ? T.compactFactor : 1;
  const headerChars = Math.max(T.maxHeaderWordChars, wordChars);
  for (const row of grid.rows) {
    for (const cell of row) {
      if (cell.colspan !== 1) continue;
      const c = cell.col;
      // Header labels say what a column is, not how much it holds: they count for its minimum and natural width only.
      if (!cell.isHeader) {
        total[c] = (total[c] ?? 0) + Math.min(cell.textLength, T.maxMeasuredChars);
        count[c] = (count[c] ?? 0) + 1;
      }
      const charWidth = T.charWidth * scale * (cell.isHeader ? T.boldFactor : 1);
      const pieces = wordChars === HYPHENATED ? cell.unbreakableHyphenated : Math.min(cell.unbreakable, cell.isHeader ? headerChars : wordChars);
      min[c] = Math.max(min[c] ?? 0, Math.ceil(pieces * charWidth + CELL_PADDING));
      natural[c] = Math.max(natural[c] ?? 0, Math.ceil(Math.min(cell.lineLength, T.maxMeasuredChars) * charWidth + CELL_PADDING));
    }
  }
  const weight = total.map((t, c) => Math.max(1, (count[c] ?? 0) > 0 ? t / count[c]! : 1));
  const measure = { weight, min, natural };
  grid.measures.set(wordChars, measure);
  return measure;
}

/**
 * Too wide for a portrait page: tables of eight columns or more get a landscape page. Up to seven
 * columns stay in the text (long words break at their soft hyphens), so the reader does not turn the page.
 */
export function isWideTable(node: TiptapNode, _width: number, where: string): boolean {
  return gridOf(node, where).columns >= T.landscapeColumns;
}

/** Proportional widths by `weights` within [min, max] per column, adding up to `total` (with sum(min) ≤ total). */
function allocate(weights: readonly number[], min: readonly number[], max: readonly number[], total: number): number[] {
  const columns = weights.length;
  const fixed: Array<number | null> = new Array<number | null>(columns).fill(null);
  let widths: number[] = [];
  for (let round = 0; round <= columns; round++) {
    const free = total - fixed.reduce<number>((a, w) => a + (w ?? 0), 0);
    const open = weights.reduce((a, w, i) => a + (fixed[i] === null ? w : 0), 0);
    widths = weights.map((w, i) => fixed[i] ?? (open > 0 ? (free * w) / open : 0));
    const tooNarrow = widths.findIndex((w, i) => fixed[i] === null && w < (min[i] ?? 0));
    const tooWide = widths.findIndex((w, i) => fixed[i] === null && w > (max[i] ?? total));
    if (tooNarrow >= 0) fixed[tooNarrow] = min[tooNarrow] ?? T.minColumn;
    else if (tooWide >= 0) fixed[tooWide] = max[tooWide] ?? total;
    else break;
  }
  // Every column has all it can use and the table is still narrower than the text: spread the rest.
  const used = sum(widths);
  return used < total ? widths.map((w) => w + ((total - used) * w) / used) : widths;
}

/**
 * Column widths in twips that add up to `total`, following the content: each column gets room in
 * proportion to the average length of its cells' text, never less than its longest word needs and
 * never more than its longest cell on one line or, with several columns, a share of the table.
 * Words stay whole up to a length (24 letters, else 20, 17, 14) where that costs little height;
 * otherwise long words break at their soft hyphens and the room goes where the text is. Editor
 * widths win when the author set them.
 */
export function columnWidths(grid: Grid, total: number): number[] {
  const { rows, columns } = grid;
  const editor = editorWeights(rows, columns);
  const share = columns > 1 ? total * T.maxColumnShare : total;
  const candidates: number[][] = [];
  for (const wordChars of [...T.wordCharSteps, HYPHENATED]) {
    const measured = measureColumns(grid, wordChars);
    if (sum(measured.min) > total) continue;
    // The author's widths are proportions to keep: no cap at the content's natural width then.
    const max = measured.min.map((m, i) => Math.max(m, editor ? share : Math.min(share, measured.natural[i] ?? share)));
    candidates.push(allocate(editor ?? measured.weight, measured.min, max, total));
  }
  if (candidates.length === 0) {
    const min = measureColumns(grid, HYPHENATED).min;
    const minSum = sum(min);
    return fitTo(min.map((m) => (m * total) / minSum), total);
  }
  // Whole words first, unless keeping them whole makes the table much taller than breaking them would.
  const heights = candidates.map((widths) => estimatedHeight(grid, widths));
  const lowest = Math.min(...heights);
  const chosen = candidates[heights.findIndex((h) => h <= lowest * T.wholeWordsHeightTolerance)]!;
  return fitTo(chosen, total);
}

/** Whole twips that add up exactly to `total`. */
function fitTo(widths: number[], total: number): number[] {
  const rounded = widths.map((w) => Math.max(1, Math.floor(w)));
  const rest = total - rounded.reduce((a, b) => a + b, 0);
  rounded[rounded.length - 1] = (rounded[rounded.length - 1] ?? 0) + rest;
  return rounded;
}

