/**
 * The `dataField` node of the editor schema: an inline atom with one attribute,
 * `name` (one of DATA_FIELDS). It has no text of its own: what it shows is looked
 * up in the `values` option, so the editor is configured with the concept's
 * current values (`DataField.configure({ values })`); without values it shows its
 * token („⟨Verantwortliche Stelle⟩“).
 *
 * `renderHTML` (clipboard HTML) writes `<span data-field="…">value</span>`, which
 * `parseHTML` reads back as the field, so copying a field within the app keeps it
 * live; pasted spans with unknown names stay plain text. `renderText` gives the
 * value for plain-text copies. The on-screen look (marking, description) is the
 * node view of the section editor (app/_components/editor/data-field-view.ts).
 */
import { Node, mergeAttributes } from '@tiptap/core';
import { DATA_FIELD_NODE, dataFieldText, dataFieldToken, isDataFieldName, type DataFieldValues } from './data-fields';

export interface DataFieldOptions {
  /** The concept's current values; null where none are known (server-side schema). */
  values: DataFieldValues | null;
}

/** What a field shows with the given options. */
export function dataFieldDisplay(name: unknown, values: DataFieldValues | null): string {
  return values && isDataFieldName(name) ? dataFieldText(name, values) : dataFieldToken(name);
}

export const DataField = Node.create<DataFieldOptions>({
  name: DATA_FIELD_NODE,
  group: 'inline',
  inline: true,
  atom: true,
  selectable: true,
  draggable: false,

  addOptions() {
    return { values: null };
  },

  addAttributes() {
    return {
      name: {
        default: null,
        parseHTML: (element) => element.getAttribute('data-field'),
        renderHTML: (attributes) => ({ 'data-field': attributes.name as string }),
      },
    };
  },

  parseHTML() {
    return [{ tag: 'span[data-field]', getAttrs: (element) => (isDataFieldName(element.getAttribute('data-field')) ? null : false) }];
  },

  renderHTML({ node, HTMLAttributes }) {
    return ['span', mergeAttributes({ class: 'data-field' }, HTMLAttributes), dataFieldDisplay(node.attrs.name, this.options.values)];
  },

  renderText({ node }) {
    return dataFieldDisplay(node.attrs.name, this.options.values);
  },
});
