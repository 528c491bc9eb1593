import type { Editor } from '@tiptap/core';
import type { TiptapNode } from '@/lib/editor/types';
import { CHECK_CONTENT, lastRefusal, resetRefusal } from './content-guard';

export type InsertOutcome =
  | { placed: 'cursor' }
  /** Placed after the top-level block that holds the cursor; `position` is where the content starts. */
  | { placed: 'after'; position: number; container: string; reason: string }
  | { placed: 'nowhere'; problem: string };

/** Nodes that give a section its structure; nested in a list, quote or table cell they would be lost to the reader. */
const STRUCTURAL = new Set(['table', 'heading']);

/** "nach der Tabelle" … by the type of the top-level block the cursor is in. */
const AFTER: Record<string, string> = {
  table: 'nach der Tabelle',
  bulletList: 'nach der Aufzählung',
  orderedList: 'nach der nummerierten Liste',
  blockquote: 'nach dem Zitat',
  heading: 'nach der Zwischenüberschrift',
  paragraph: 'nach dem Absatz',
};

function hasStructure(nodes: readonly TiptapNode[]): boolean {
  return nodes.some((node) => STRUCTURAL.has(node.type) || hasStructure(node.content ?? []));
}

/**
 * Inserts blocks (a text block, a data table, a new table) where the author expects them and
 * only in a form the server accepts:
 * - in a plain paragraph or heading: at the cursor, as before;
 * - inside a table, list or quote: tables and headings go after that block (a data table
 *   inside a table cell could never be saved; a heading inside a list item would vanish from
 *   the outline), other text at the cursor;
 * - whatever the place, the result must pass the server's rules (content-guard); if the
 *   cursor position fails, the block goes after the enclosing top-level block instead, and
 *   if that fails too nothing changes and the reason is returned.
 */
export function insertBlocks(editor: Editor, nodes: TiptapNode[]): InsertOutcome {
  const { $from } = editor.state.selection;
  const top = $from.depth >= 1 ? $from.node(1) : null;
  const after = $from.depth >= 1 ? $from.after(1) : editor.state.doc.content.size;
  const isNested = top !== null && !top.isTextblock;
  const attempts: Array<'cursor' | 'after'> = isNested && hasStructure(nodes) ? ['after'] : ['cursor', 'after'];
  let problem: string | null = null;
  for (const where of attempts) {
    const before = editor.state.doc;
    resetRefusal(editor);
    const chain = editor.chain().focus().setMeta(CHECK_CONTENT, 'quiet');
    (where === 'cursor' ? chain.insertContent(nodes) : chain.insertContentAt(after, nodes)).scrollIntoView().run();
    if (editor.state.doc !== before) {
      if (where === 'cursor') return { placed: 'cursor' };
      const reason = problem
        ? `An der Cursorposition wäre der Abschnitt nicht speicherbar gewesen (${problem.replace(/\.$/, '')}).`
        : (top?.type.name === 'table'
          ? 'In einer Tabelle können keine Tabellen oder Zwischenüberschriften stehen.'
          : 'Tabellen und Zwischenüberschriften stehen nicht in Listen oder Zitaten.');
      return { placed: 'after', position: after, container: AFTER[top?.type.name ?? ''] ?? 'am Ende', reason };
    }
    problem = lastRefusal(editor) ?? problem;
  }
  return { placed: 'nowhere', problem: problem ?? 'Der Inhalt lässt sich an dieser Stelle nicht einfügen.' };
}

/** A new empty table with a header row, as the toolbar inserts it. */
export function emptyTable(rows: number, cols: number): TiptapNode {
  const row = (type: 'tableHeader' | 'tableCell'): TiptapNode => ({
    type: 'tableRow',
    content: Array.from({ length: cols }, () => ({ type, content: [{ type: 'paragraph' }] })),
  });
  return { type: 'table', content: [row('tableHeader'), ...Array.from({ length: rows - 1 }, () => row('tableCell'))] };
}

/** What to tell the author about an insertion that did not go exactly to the cursor (null: nothing to say). */
export function describeInsertOutcome(outcome: InsertOutcome, what: string): { tone: 'info' | 'warning'; text: string } | null {
  if (outcome.placed === 'cursor') return null;
  if (outcome.placed === 'after') {
    return { tone: 'info', text: `${what} wurde ${outcome.container} eingefügt. ${outcome.reason}` };
  }
  return { tone: 'warning', text: `${what} wurde nicht eingefügt: ${outcome.problem}` };
}
