import { Extension } from '@tiptap/core';
import { Plugin, PluginKey } from '@tiptap/pm/state';
import type { EditorView } from '@tiptap/pm/view';
import { tableRegionLabels } from '../table-label';

function setAttr(el: HTMLElement, name: string, value: string | null) {
  if (value === null) {
    if (el.hasAttribute(name)) el.removeAttribute(name);
  } else if (el.getAttribute(name) !== value) el.setAttribute(name, value);
}

function update(view: EditorView) {
  const wrappers = Array.from(view.dom.querySelectorAll<HTMLElement>('.tableWrapper'));
  // Two tables with the same first row must not share a region name (axe "landmark-unique").
  const labels = tableRegionLabels(wrappers.map((wrapper) => Array.from(wrapper.querySelector('tr')?.children ?? []).map((cell) => cell.textContent ?? '')));
  wrappers.forEach((wrapper, index) => {
    // Editable: the caret reaches every cell and the wrapper scrolls along, so the region is
    // keyboard-accessible; saying so explicitly (it is editable anyway, as part of the editor)
    // lets checkers see it. Read-only: the region itself takes focus, so arrow keys scroll it.
    setAttr(wrapper, 'contenteditable', view.editable ? 'true' : null);
    setAttr(wrapper, 'tabindex', view.editable ? null : '0');
    setAttr(wrapper, 'role', view.editable ? null : 'region');
    setAttr(wrapper, 'aria-label', view.editable ? null : labels[index]!);
  });
}

/**
 * Wide tables (the ten-column risk analysis) scroll sideways inside their wrapper instead of
 * squeezing columns until words break mid-word; this keeps those scrolling regions reachable
 * by keyboard. Only DOM attributes of the table node view's wrapper, which ProseMirror ignores;
 * no schema impact.
 */
export const TableScrollAccess = Extension.create({
  name: 'skwTableScrollAccess',
  addProseMirrorPlugins() {
    return [
      new Plugin({
        key: new PluginKey('skwTableScrollAccess'),
        view: (view) => {
          update(view);
          return { update: (v) => update(v) };
        },
      }),
    ];
  },
});
