'use client';

import type { Editor } from '@tiptap/react';
import { useEditorState } from '@tiptap/react';
import { useRef, useState, type KeyboardEvent } from 'react';
import { CHECK_CONTENT } from './content-guard';
import { describeInsertOutcome, emptyTable, insertBlocks } from './insert-blocks';
import { LinkForm } from './link-form';

export type EditorNotice = { tone: 'info' | 'warning'; text: string } | null;
type Notify = (notice: EditorNotice) => void;

interface Tool {
  label: string;
  shortcut?: string;
  isActive?: (e: Editor) => boolean;
  run: (e: Editor, notify: Notify) => void;
  isEnabled?: (e: Editor) => boolean;
  group: string;
}

/** A command chain whose result the content guard checks before it is applied (refusals are reported). */
const checked = (e: Editor) => e.chain().focus().setMeta(CHECK_CONTENT, true);

/** In running text the table goes where the cursor is; in a list, quote or table after that block. */
function insertNewTable(e: Editor, notify: Notify) {
  const { $from } = e.state.selection;
  if ($from.depth >= 1 && $from.node(1).isTextblock) {
    checked(e).insertTable({ rows: 3, cols: 3, withHeaderRow: true }).run();
    return;
  }
  const outcome = insertBlocks(e, [emptyTable(3, 3)]);
  if (outcome.placed === 'after') e.commands.setTextSelection(outcome.position + 4);
  notify(describeInsertOutcome(outcome, 'Die neue Tabelle'));
}

const TOOLS: Tool[] = [
  { group: 'Absatz', label: 'Zwischenüberschrift', isActive: (e) => e.isActive('heading', { level: 3 }), run: (e) => checked(e).toggleHeading({ level: 3 }).run() },
  { group: 'Absatz', label: 'Unterüberschrift', isActive: (e) => e.isActive('heading', { level: 4 }), run: (e) => checked(e).toggleHeading({ level: 4 }).run() },
  { group: 'Zeichen', label: 'Fett', shortcut: 'Strg+B', isActive: (e) => e.isActive('bold'), run: (e) => checked(e).toggleBold().run() },
  { group: 'Zeichen', label: 'Kursiv', shortcut: 'Strg+I', isActive: (e) => e.isActive('italic'), run: (e) => checked(e).toggleItalic().run() },
  { group: 'Zeichen', label: 'Unterstrichen', shortcut: 'Strg+U', isActive: (e) => e.isActive('underline'), run: (e) => checked(e).toggleUnderline().run() },
  { group: 'Zeichen', label: 'Durchgestrichen', shortcut: 'Strg+Umschalt+S', isActive: (e) => e.isActive('strike'), run: (e) => checked(e).toggleStrike().run() },
  { group: 'Listen', label: 'Aufzählung', isActive: (e) => e.isActive('bulletList'), run: (e) => checked(e).toggleBulletList().run() },
  { group: 'Listen', label: 'Nummerierte Liste', isActive: (e) => e.isActive('orderedList'), run: (e) => checked(e).toggleOrderedList().run() },
  { group: 'Listen', label: 'Einrücken', shortcut: 'Tab', isEnabled: (e) => e.can().sinkListItem('listItem'), run: (e) => checked(e).sinkListItem('listItem').run() },
  { group: 'Listen', label: 'Ausrücken', shortcut: 'Umschalt+Tab', isEnabled: (e) => e.can().liftListItem('listItem'), run: (e) => checked(e).liftListItem('listItem').run() },
  { group: 'Absatz', label: 'Zitat', isActive: (e) => e.isActive('blockquote'), run: (e) => checked(e).toggleBlockquote().run() },
  { group: 'Tabelle', label: 'Tabelle einfügen', run: insertNewTable },
  { group: 'Tabelle', label: 'Zeile darunter', isEnabled: (e) => e.isActive('table'), run: (e) => checked(e).addRowAfter().run() },
  { group: 'Tabelle', label: 'Spalte rechts', isEnabled: (e) => e.isActive('table'), run: (e) => checked(e).addColumnAfter().run() },
  { group: 'Tabelle', label: 'Zeile löschen', isEnabled: (e) => e.isActive('table'), run: (e) => checked(e).deleteRow().run() },
  { group: 'Tabelle', label: 'Spalte löschen', isEnabled: (e) => e.isActive('table'), run: (e) => checked(e).deleteColumn().run() },
  { group: 'Tabelle', label: 'Tabelle löschen', isEnabled: (e) => e.isActive('table'), run: (e) => checked(e).deleteTable().run() },
  // Undo and redo return to states the editor had before; they need no check.
  { group: 'Verlauf', label: 'Rückgängig', shortcut: 'Strg+Z', isEnabled: (e) => e.can().undo(), run: (e) => e.chain().focus().undo().run() },
  { group: 'Verlauf', label: 'Wiederholen', shortcut: 'Strg+Umschalt+Z', isEnabled: (e) => e.can().redo(), run: (e) => e.chain().focus().redo().run() },
];

/**
 * The formatting toolbar (WAI-ARIA toolbar pattern): one tab stop, arrow keys move
 * between buttons, toggle buttons expose aria-pressed.
 */
export function Toolbar({ editor, onNotice }: { editor: Editor; onNotice: Notify }) {
  const [focusIndex, setFocusIndex] = useState(0);
  const [isLinkOpen, setLinkOpen] = useState(false);
  const buttons = useRef<Array<HTMLButtonElement | null>>([]);
  const snapshot = useEditorState({
    editor,
    selector: ({ editor: e }) => ({
      active: TOOLS.map((t) => t.isActive?.(e) ?? false),
      enabled: TOOLS.map((t) => t.isEnabled?.(e) ?? true),
      isLink: e.isActive('link'),
    }),
  });
  const count = TOOLS.length + 1;
  const onKeyDown = (event: KeyboardEvent) => {
    const moves: Record<string, number> = { ArrowRight: 1, ArrowLeft: -1 };
    let next = focusIndex;
    if (event.key in moves) next = (focusIndex + moves[event.key]! + count) % count;
    else if (event.key === 'Home') next = 0;
    else if (event.key === 'End') next = count - 1;
    else return;
    event.preventDefault();
    setFocusIndex(next);
    buttons.current[next]?.focus();
  };
  const button = (index: number, label: string, onClick: () => void, pressed: boolean | undefined, disabled: boolean, shortcut?: string) => (
    <button
      key={label}
      ref={(el) => {
        buttons.current[index] = el;
      }}
      type="button"
      className="toolbar__button"
      tabIndex={index === focusIndex ? 0 : -1}
      aria-pressed={pressed}
      aria-keyshortcuts={shortcut?.replace('Strg', 'Control').replace('Umschalt', 'Shift')}
      title={shortcut ? `${label} (${shortcut})` : label}
      disabled={disabled}
      onMouseDown={(e) => e.preventDefault()}
      onClick={() => {
        setFocusIndex(index);
        onClick();
      }}
    >
      {label}
    </button>
  );
  return (
    <div className="toolbar-wrap">
      <div role="toolbar" aria-label="Textformatierung" aria-controls="section-editor" className="toolbar" onKeyDown={onKeyDown}>
        {TOOLS.map((tool, i) =>
          button(i, tool.label, () => tool.run(editor, onNotice), tool.isActive ? snapshot.active[i] : undefined, !snapshot.enabled[i], tool.shortcut),
        )}
        {button(TOOLS.length, snapshot.isLink ? 'Link bearbeiten' : 'Link', () => setLinkOpen((o) => !o), snapshot.isLink, false)}
      </div>
      {isLinkOpen && <LinkForm editor={editor} onClose={() => setLinkOpen(false)} />}
    </div>
  );
}
