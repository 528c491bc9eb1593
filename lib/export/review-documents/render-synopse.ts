/**
 * The Synopse as DOCX (pure): old and new wording side by side in a two-column table — „bisherige Fassung“ |
 * „neue Fassung“ — on landscape pages, the header row repeated on every page. A changed section gets a row
 * with its heading and one row per block (paragraph, list, table …), the old block on the left with the
 * deleted words struck through, the new one on the right with the inserted words bold and underlined (both
 * readable in black-and-white print). An unchanged section is one row with its number and title.
 * Blocks are mapped by the export's own mapper (tiptap-to-docx.ts), so lists, tables and formatting
 * look as in the normal export.
 */
import { Document, HeadingLevel, Packer, PageOrientation, Paragraph, Table, TableCell, TableLayoutType, TableRow, TextRun, WidthType, type FileChild } from 'docx';
import type { TiptapNode } from '../../editor/types';
import type { ChangeMarking } from '../block-context';
import { ListNumbering } from '../list-numbering';
import { docToPlainText } from '../../editor/text';
import type { ExportAnnex, ExportDocument, ExportSection } from '../model';
import { pageFooter, pageHeader } from '../page-parts';
import { COLOR, LANDSCAPE_TEXT_WIDTH, PAGE, STYLE, TABLE, documentStyles } from '../styles';
import { CELL_PADDING } from '../table-grid';
import { documentContent, mapBlocks, type BlockContext } from '../tiptap-to-docx';
import { asDocxParagraph } from '../prepared-paragraph';
import type { ComparedText } from './change-model';
import { hasChanges, projectBlock, type Side } from './sides';

export const SYNOPSE_COLUMNS = { old: 'bisherige Fassung', new: 'neue Fassung' } as const;
export const UNCHANGED_NOTE = 'unverändert';
export const LEGEND =
  'Gestrichene Textstellen sind in der linken Spalte durchgestrichen, neue Textstellen in der rechten Spalte fett und unterstrichen. ' +
  'Unveränderte Abschnitte stehen nur mit Nummer und Überschrift in einer Zeile, längere unveränderte Passagen in geänderten Abschnitten ebenso.';

/** Deleted: struck through; inserted: bold and underlined. Colour helps on screen, the marks carry it in print. */
const MARKED: ChangeMarking = {
  kind: 'marked',
  deleted: { strike: true, color: '9C0006' },
  inserted: { bold: true, underline: {}, color: '1E4620' },
};

const COLUMN = Math.floor(LANDSCAPE_TEXT_WIDTH / 2);

function cell(children: FileChild[], options: { span?: number; isHeader?: boolean } = {}): TableCell {
  // Prepared paragraphs (prepared-paragraph.ts) as docx's own: this document is written by docx's Packer.
  const blocks = children.map(asDocxParagraph).filter((c): c is Paragraph | Table => c instanceof Paragraph || c instanceof Table);
  // A cell must end with a paragraph (Word refuses a cell that ends with a table).
  if (!(blocks.at(-1) instanceof Paragraph)) blocks.push(new Paragraph({ style: STYLE.tableText }));
  return new TableCell({
    children: blocks,
    width: { size: COLUMN * (options.span ?? 1), type: WidthType.DXA },
    ...(options.span ? { columnSpan: options.span } : {}),
    ...(options.isHeader ? { shading: TABLE.headerShading } : {}),
  });
}

function headerRow(from: ComparedText, to: ComparedText): TableRow {
  const head = (title: string, label: string) =>
    cell([new Paragraph({ style: STYLE.tableHeading, children: [new TextRun({ text: title, size: 22 }), new TextRun({ text: label, break: 1, bold: false })] })], { isHeader: true });
  return new TableRow({ tableHeader: true, cantSplit: true, children: [head(SYNOPSE_COLUMNS.old, from.label), head(SYNOPSE_COLUMNS.new, to.label)] });
}

/** A section's number and title across both columns; `note` after it („unverändert“, „neu aufgenommen“ …). */
function sectionRow(heading: string, { note, isCollapsed }: { note?: string; isCollapsed: boolean }): TableRow {
  return new TableRow({
    cantSplit: true,
    // The heading of a changed section stays with the first row of its text.
    keepNext: !isCollapsed,
    children: [
      cell(
        [
          new Paragraph({
            style: STYLE.tableHeading,
            keepNext: !isCollapsed,
            children: [
              new TextRun({ text: heading, size: 21 }),
              ...(note ? [new TextRun({ text: ` – ${note}`, bold: false, italics: true, color: COLOR.muted })] : []),
            ],
          }),
        ],
        { span: 2 },
      ),
    ],
  });
}

function cellContext(lists: ListNumbering, where: string): BlockContext {
  return { lists, where, width: COLUMN - CELL_PADDING, quoteDepth: 0, listLevel: -1, cell: { isHeader: false, isCompact: false }, changes: MARKED };
}

function side(node: TiptapNode, which: Side, lists: ListNumbering, where: string): FileChild[] {
  const projected = projectBlock(node, which, { keepMarks: true });
  return projected ? mapBlocks([projected], cellContext(lists, where)) : [];
}

/** A note across both columns inside a changed section (unchanged table rows). */
function noteRow(text: string): TableRow {
  return new TableRow({
    cantSplit: true,
    children: [cell([new Paragraph({ style: STYLE.tableText, children: [new TextRun({ text, italics: true, color: COLOR.muted })] })], { span: 2 })],
  });
}

/** One row of an editor table on one side: each cell's text under its column's heading, one below the other. */
function tableRowSide(row: TiptapNode, which: Side, labels: readonly string[], lists: ListNumbering, where: string): FileChild[] {
  const projected = projectBlock(row, which, { keepMarks: true });
  if (!projected) return [];
  return (projected.content ?? []).flatMap((c, i) => [
    new Paragraph({ style: STYLE.tableText, keepNext: true, children: [new TextRun({ text: labels[i] || `Spalte ${i + 1}`, bold: true, color: COLOR.muted })] }),
    ...mapBlocks(c.content ?? [], cellContext(lists, where)),
  ]);
}

/**
 * A changed table, row by row: a table of several columns does not fit half a page's width, so each changed
 * row is shown as its cells' texts under their column headings, old row left, new row right; runs of
 * unchanged rows are one line.
 */
function tableRows(table: TiptapNode, lists: ListNumbering, where: string): TableRow[] {
  const rows = table.content ?? [];
  const first = rows[0];
  const isHeading = first !== undefined && (first.content ?? []).length > 0 && (first.content ?? []).every((c) => c.type === 'tableHeader') && !hasChanges(first);
  const labels = isHeading ? (first.content ?? []).map((c) => docToPlainText(c).replace(/\s+/g, ' ').trim()) : [];
  const out: TableRow[] = [];
  let unchanged = 0;
  const flush = () => {
    if (unchanged > 0) out.push(noteRow(unchanged === 1 ? '1 Tabellenzeile unverändert' : `${unchanged} Tabellenzeilen unverändert`));
    unchanged = 0;
  };
  for (const row of isHeading ? rows.slice(1) : rows) {
    if (!hasChanges(row)) {
      unchanged++;
      continue;
    }
    flush();
    out.push(new TableRow({ children: [cell(tableRowSide(row, 'old', labels, lists, where)), cell(tableRowSide(row, 'new', labels, lists, where))] }));
  }
  flush();
  return out;
}

/** What a section holds on each side: one of them only („neu“, „gestrichen“), or both. */
function sectionNote(nodes: readonly TiptapNode[]): string | undefined {
  const has = (which: Side) => nodes.some((n) => projectBlock(n, which) !== null);
  if (!has('old')) return 'neu aufgenommen';
  if (!has('new')) return 'gestrichen';
  return undefined;
}

/** A section (or an annex table): collapsed to one line when unchanged, else its heading and one row per block. */
function changeRows(heading: string, nodes: readonly TiptapNode[], lists: ListNumbering, where: string): TableRow[] {
  if (!nodes.some(hasChanges)) return [sectionRow(heading, { note: UNCHANGED_NOTE, isCollapsed: true })];
  const note = sectionNote(nodes);
  const isChanged = nodes.map(hasChanges);
  // Unchanged blocks next to a change stay as context; longer stretches away from any change are one line.
  const isShown = nodes.map((_, i) => isChanged[i] || isChanged[i - 1] === true || isChanged[i + 1] === true);
  const rows = [sectionRow(heading, { ...(note ? { note } : {}), isCollapsed: false })];
  for (let i = 0; i < nodes.length; ) {
    if (!isShown[i]) {
      let end = i;
      while (end < nodes.length && !isShown[end]) end++;
      const count = end - i;
      if (count > 1) {
        rows.push(noteRow(`${count} Absätze unverändert`));
        i = end;
        continue;
      }
    }
    const node = nodes[i++]!;
    // A table on both sides with changed rows: row by row. A table of one side only is shown as it is.
    if (node.type === 'table' && hasChanges(node) && projectBlock(node, 'old') && projectBlock(node, 'new')) rows.push(...tableRows(node, lists, where));
    else rows.push(new TableRow({ children: [cell(side(node, 'old', lists, where)), cell(side(node, 'new', lists, where))] }));
  }
  return rows;
}

function sectionRows(section: ExportSection, lists: ListNumbering): TableRow[] {
  const where = `Abschnitt ${section.templateNumber} („${section.title}“)`;
  const nodes = section.content ? documentContent(section.content, where) : [];
  return changeRows(`${section.number}  ${section.title}`, nodes, lists, where);
}

function annexRows(annex: ExportAnnex, lists: ListNumbering): TableRow[] {
  return annex.tables.flatMap(({ caption, table }) => {
    const heading = `Anhang ${annex.letter}: ${annex.title} – ${caption}`;
    return changeRows(heading, [table], lists, heading);
  });
}

export interface SynopseInput {
  model: ExportDocument;
  from: ComparedText;
  to: ComparedText;
}

export function buildSynopse({ model, from, to }: SynopseInput): Document {
  const { meta } = model;
  const lists = new ListNumbering();
  const changed = model.sections.filter((s) => s.content && hasChanges(s.content)).length;
  const intro: FileChild[] = [
    new Paragraph({ style: STYLE.coverDistrict, spacing: { before: 0, after: 120 }, text: meta.districtName }),
    new Paragraph({ heading: HeadingLevel.TITLE, spacing: { before: 0, after: 120 }, text: `Synopse: ${meta.title}` }),
    new Paragraph({ text: `Gegenüberstellung der bisherigen Fassung (${from.label}) und der neuen Fassung (${to.label}).` }),
    new Paragraph({
      text:
        changed === 0
          ? 'Der Text der beiden Fassungen ist gleich.'
          : `${changed} ${changed === 1 ? 'Abschnitt hat' : 'Abschnitte haben'} sich geändert.`,
    }),
    new Paragraph({ style: STYLE.annexNote, spacing: { after: 240 }, text: LEGEND }),
  ];
  const rows = [headerRow(from, to), ...model.sections.flatMap((s) => sectionRows(s, lists)), ...model.annexes.flatMap((a) => annexRows(a, lists))];
  const table = new Table({
    layout: TableLayoutType.FIXED,
    width: { size: COLUMN * 2, type: WidthType.DXA },
    columnWidths: [COLUMN, COLUMN],
    borders: TABLE.borders,
    margins: TABLE.cellMargins,
    rows,
  });
  return new Document({
    title: `Synopse: ${meta.title}`,
    subject: meta.subject,
    creator: meta.districtName,
    lastModifiedBy: meta.districtName,
    description: `Synopse ${from.label} → ${to.label}`,
    styles: documentStyles,
    numbering: { config: lists.config() },
    sections: [
      {
        properties: {
          page: { size: { width: PAGE.width, height: PAGE.height, orientation: PageOrientation.LANDSCAPE }, margin: PAGE.margin },
        },
        headers: { default: pageHeader(meta, LANDSCAPE_TEXT_WIDTH) },
        footers: { default: pageFooter(meta, LANDSCAPE_TEXT_WIDTH) },
        children: [...intro, table],
      },
    ],
  });
}

export async function renderSynopse(input: SynopseInput): Promise<Buffer> {
  return Packer.toBuffer(buildSynopse(input));
}
