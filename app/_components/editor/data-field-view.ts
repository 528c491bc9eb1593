import type { NodeViewRenderer } from '@tiptap/core';
import {
  dataFieldDescription,
  dataFieldText,
  dataFieldToken,
  isDataFieldMissing,
  isDataFieldName,
  type DataFieldValues,
} from '@/lib/editor/data-fields';

/**
 * How the section editor shows a data field: the current value, marked as an
 * Angabe from the details (style, tooltip, and the same words for screen readers),
 * a missing value as its hint („[verantwortliche Stelle]“). The node is an atom:
 * the caret steps over it and Backspace or Delete removes it whole. A plain DOM
 * view (no React portal per field), so it is there in the first paint.
 */
export function dataFieldNodeView(values: DataFieldValues): NodeViewRenderer {
  return ({ node }) => {
    const dom = document.createElement('span');
    dom.contentEditable = 'false';
    const render = (name: unknown) => {
      if (!isDataFieldName(name)) {
        dom.className = 'data-field data-field--missing';
        dom.textContent = dataFieldToken(name);
        return;
      }
      const isMissing = isDataFieldMissing(name, values);
      const description = dataFieldDescription(name);
      dom.className = isMissing ? 'data-field data-field--missing' : 'data-field';
      dom.dataset.field = name;
      dom.title = isMissing ? `${description} – noch keine Angabe` : description;
      const value = document.createElement('span');
      value.textContent = dataFieldText(name, values);
      const said = document.createElement('span');
      said.className = 'visually-hidden';
      said.textContent = ` (${description})`;
      dom.replaceChildren(value, said);
    };
    render(node.attrs.name);
    return {
      dom,
      update: (updated) => {
        if (updated.type !== node.type) return false;
        render(updated.attrs.name);
        return true;
      },
      // Its DOM is ours, not the document's: ProseMirror must not read changes back from it.
      ignoreMutation: () => true,
    };
  };
}
