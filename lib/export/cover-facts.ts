/**
 * The title page states who issued the concept and which Fassung it is. Chapter 1
 * („Angaben zum Konzept“) lists the same facts in the app, where there is no title page,
 * as data fields in a table. In the document, rows that would only repeat the title page
 * are left out, so the reader finds each fact once and the two can never disagree.
 */
import { DATA_FIELD_NODE, type DataFieldName } from '../editor/data-fields';
import type { TiptapDoc, TiptapNode } from '../editor/types';
import type { ExportMeta } from './model';
import { COMMENT_MARKER_NODE } from './word-comments';

/** The data fields whose values the title page shows for this document. */
export function coverFields(meta: Pick<ExportMeta, 'decisionLabel' | 'nextReviewLabel'>): ReadonlySet<DataFieldName> {
  return new Set<DataFieldName>([
    'district.name',
    'concept.title',
    'concept.responsible',
    'edition.fassung',
    'edition.stand',
    ...(meta.decisionLabel ? (['edition.beschluss'] as const) : []),
    ...(meta.nextReviewLabel ? (['edition.naechste_pruefung'] as const) : []),
  ]);
}

/** A cell that holds nothing but fields of the set (and spaces or punctuation between them). */
function onlyFields(blocks: readonly TiptapNode[], fields: ReadonlySet<DataFieldName>): boolean {
  let hasField = false;
  for (const block of blocks) {
    if (block.type !== 'paragraph') return false;
    for (const node of block.content ?? []) {
      if (node.type === DATA_FIELD_NODE && fields.has(node.attrs?.name as DataFieldName)) hasField = true;
      // A Word comment's marker does not keep the row: the comment then goes onto the heading (word-comments.ts).
      else if (node.type === 'hardBreak' || node.type === COMMENT_MARKER_NODE || (node.type === 'text' && !/[\p{L}\p{N}]/u.test(node.text ?? ''))) continue;
      else return false;
    }
  }
  return hasField;
}

/** A label followed by cells that only hold title-page facts: „Kommune | {{district.name}}“. */
function repeatsCover(row: TiptapNode, fields: ReadonlySet<DataFieldName>): boolean {
  const cells = row.content ?? [];
  if (cells.length < 2 || cells.some((cell) => cell.type === 'tableHeader')) return false;
  return cells.slice(1).every((cell) => onlyFields(cell.content ?? [], fields));
}

/**
 * The chapter without the table rows that repeat the title page; a table left with its
 * header alone goes too. Everything else, including free text next to the fields, stays.
 */
export function withoutCoverRows(doc: TiptapDoc, fields: ReadonlySet<DataFieldName>): TiptapDoc {
  const content: TiptapNode[] = [];
  for (const block of doc.content ?? []) {
    if (block.type !== 'table') {
      content.push(block);
      continue;
    }
    const rows = (block.content ?? []).filter((row) => !repeatsCover(row, fields));
    if (rows.length === (block.content ?? []).length) content.push(block);
    else if (rows.some((row) => (row.content ?? []).some((cell) => cell.type !== 'tableHeader'))) content.push({ ...block, content: rows });
  }
  return { ...doc, content };
}
