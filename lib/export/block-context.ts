/** Where a block is being mapped: list and quote depth, table cell, available width. */
import type { AlignmentType, IRunOptions, Paragraph, Table } from 'docx';
import type { ListNumbering } from './list-numbering';
import type { PreparedParagraph } from './prepared-paragraph';
import { LIST_STEP } from './list-styles';
import { QUOTE_INDENT } from './styles';

export type Block = Paragraph | PreparedParagraph | Table;

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
  /** How text marked as changed is written (change-marks.ts); only Synopse and redline set it. */
  changes?: ChangeMarking;
}

/**
 * Changes between two Fassungen: as Word tracked changes (w:ins/w:del of one author and date, numbered
 * through the whole document by `ids`) or as visible formatting for print (the Synopse's columns).
 */
export type ChangeMarking =
  | { kind: 'tracked'; author: string; date: string; ids: { next: number } }
  | { kind: 'marked'; inserted: ChangeFormat; deleted: ChangeFormat };

/** Run formatting that shows a change in print (also in black and white: strike, underline, bold). */
export type ChangeFormat = Pick<IRunOptions, 'bold' | 'underline' | 'strike' | 'doubleStrike' | 'color' | 'highlight' | 'shading'>;

/** The attributes of one tracked change; each call takes the document's next revision id. */
export function revisionOf(changes: Extract<ChangeMarking, { kind: 'tracked' }>): { id: number; author: string; date: string } {
  return { id: changes.ids.next++, author: changes.author, date: changes.date };
}

/** Space between a table and the paragraph after it, in twips (6 pt). */
export const GAP_AFTER_TABLE = 120;

export function rootContext(lists: ListNumbering, where: string, width: number, changes?: ChangeMarking): BlockContext {
  return { lists, where, width, quoteDepth: 0, listLevel: -1, ...(changes ? { changes } : {}) };
}

/** Left indent of content at this quote and list depth. */
export function indentOf(ctx: BlockContext, listLevel = ctx.listLevel): number {
  return ctx.quoteDepth * QUOTE_INDENT + (listLevel + 1) * LIST_STEP;
}
