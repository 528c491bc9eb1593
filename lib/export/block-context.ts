/** Where a block is being mapped: list and quote depth, table cell, available width. */
import type { AlignmentType, Paragraph, Table } from 'docx';
import type { ListNumbering } from './list-numbering';
import { LIST_STEP } from './list-styles';
import { QUOTE_INDENT } from './styles';

export type Block = Paragraph | Table;

export interface BlockContext {
  lists: ListNumbering;
  /** Names the section in error messages, e.g. „Abschnitt 13.2 (Kinderschutz)“. */
  where: string;
  /** Width available to tables, in twips. */
  width: number;
  quoteDepth: number;
  /** Level of the list item the content is in; -1 outside lists. */
  listLevel: number;
  cell?: { isHeader: boolean; isCompact: boolean; alignment?: (typeof AlignmentType)[keyof typeof AlignmentType] };
  /** The block follows a table: its first paragraph keeps a gap to it (a table has no spacing of its own). */
  afterTable?: boolean;
}

/** Space between a table and the paragraph after it, in twips (6 pt). */
export const GAP_AFTER_TABLE = 120;

export function rootContext(lists: ListNumbering, where: string, width: number): BlockContext {
  return { lists, where, width, quoteDepth: 0, listLevel: -1 };
}

/** Left indent of content at this quote and list depth. */
export function indentOf(ctx: BlockContext, listLevel = ctx.listLevel): number {
  return ctx.quoteDepth * QUOTE_INDENT + (listLevel + 1) * LIST_STEP;
}
