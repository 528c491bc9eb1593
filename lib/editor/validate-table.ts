/**
 * Table shape rules the DOCX export relies on: a rectangular grid (after
 * colspan/rowspan), header cells only in the first row, bounded size, no
 * tables inside tables. Runs on the parsed ProseMirror node, so the coarse
 * structure (table > tableRow+ > cells) is already guaranteed by the schema.
 */
import type { Node as PMNode } from '@tiptap/pm/model';
import { MAX_TABLE_COLUMNS, MAX_TABLE_ROWS, invalid } from './attribute-rules';

const formatNumber = (n: number) => n.toLocaleString('de-DE');

function checkTable(table: PMNode, tableNumber: number): void {
  const where = `Tabelle ${tableNumber}`;
  if (table.childCount > MAX_TABLE_ROWS) {
    throw invalid(`${where} hat ${formatNumber(table.childCount)} Zeilen; erlaubt sind höchstens ${MAX_TABLE_ROWS}.`);
  }
  // pending[c] = how many further rows column c is still covered by a rowspan from above.
  let pending: number[] = [];
  let width = -1;
  table.forEach((row, _offset, r) => {
    const rowName = `Zeile ${r + 1} von ${where}`;
    if (row.childCount === 0) throw invalid(`${rowName} enthält keine Zellen.`);
    const covered = pending.map((p) => p > 0);
    const next = pending.map((p) => Math.max(p - 1, 0));
    let col = 0;
    row.forEach((cell) => {
      if (cell.type.name === 'tableHeader' && r > 0) {
        throw invalid(`Kopfzellen sind nur in der ersten Zeile einer Tabelle erlaubt (${rowName}).`);
      }
      while (covered[col]) col++;
      const colspan = Number(cell.attrs.colspan);
      const rowspan = Number(cell.attrs.rowspan);
      for (let c = col; c < col + colspan; c++) {
        if (covered[c]) throw invalid(`In ${rowName} überlappen sich verbundene Zellen.`);
        covered[c] = true;
        next[c] = rowspan - 1;
      }
      col += colspan;
    });
    const rowWidth = covered.lastIndexOf(true) + 1;
    if (covered.slice(0, rowWidth).some((c) => !c)) throw invalid(`In ${rowName} fehlen Zellen zwischen verbundenen Zellen.`);
    if (rowWidth > MAX_TABLE_COLUMNS) {
      throw invalid(`${where} hat ${rowWidth} Spalten; erlaubt sind höchstens ${MAX_TABLE_COLUMNS}.`);
    }
    if (width === -1) width = rowWidth;
    else if (rowWidth !== width) {
      throw invalid(
        `${rowName} hat ${rowWidth} Spalten, die erste Zeile aber ${width}. ` +
          'Alle Zeilen einer Tabelle müssen gleich viele Spalten haben.',
      );
    }
    pending = next;
  });
  if (pending.some((p) => p > 0)) throw invalid(`In ${where} reicht eine verbundene Zelle über die letzte Zeile hinaus.`);
}

/** Throws `invalid_input` for the first table that breaks a shape rule. */
export function checkTables(doc: PMNode): void {
  let tableNumber = 0;
  doc.descendants((node) => {
    if (node.type.name !== 'table') return true;
    tableNumber++;
    node.descendants((inner) => {
      if (inner.type.name === 'table') throw invalid(`Tabelle ${tableNumber} enthält eine weitere Tabelle; verschachtelte Tabellen werden nicht unterstützt.`);
      return true;
    });
    checkTable(node, tableNumber);
    return false;
  });
}
