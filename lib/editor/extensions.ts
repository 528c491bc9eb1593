/**
 * THE Tiptap extension list. The browser editor, server-side validation
 * (validate-content.ts) and the DOCX exporter all build on this list, so stored
 * content is always editable and exportable (architecture convention 6).
 *
 * Changing the schema (adding/removing a node, mark or attribute) must bump
 * EDITOR_SCHEMA_VERSION, which is stored with every revision.
 *
 * Must stay importable in Node and the browser: no DOM access at import time.
 */
import { getSchema, type AnyExtension, type NodeViewRenderer } from '@tiptap/core';
import { TableKit } from '@tiptap/extension-table';
import type { Schema } from '@tiptap/pm/model';
import { DataField } from './data-field-node';
import type { DataFieldValues } from './data-fields';
import { isAllowedLinkHref, normaliseLinkHref, shouldAutoLinkText } from './link-policy';
import { LINK_REL } from './schema-names';
import { TextKit } from './text-kit';

export { ALLOWED_LINK_PROTOCOLS } from './link-policy';
export { LINK_REL, SUPPORTED_MARK_TYPES, SUPPORTED_NODE_TYPES } from './schema-names';

/** Section titles are levels 1–2 in the exported document; inside a section only 3–4. */
export const ALLOWED_HEADING_LEVELS = [3, 4] as const;
export type AllowedHeadingLevel = (typeof ALLOWED_HEADING_LEVELS)[number];

/** `<tiptap version>/<our schema revision>`; stored with each revision. */
export const EDITOR_SCHEMA_VERSION = 'tiptap-3.32.2/2';

export const editorExtensions: AnyExtension[] = [
  // StarterKit's text extensions without inline code, code blocks and horizontal rules, which the DOCX export
  // does not support (text-kit.ts).
  TextKit.configure({
    heading: { levels: [...ALLOWED_HEADING_LEVELS] },
    link: {
      openOnClick: false,
      autolink: true,
      linkOnPaste: true,
      // linkifyjs already knows http(s) and mailto; registering more would widen autolinking.
      protocols: [],
      defaultProtocol: 'https',
      HTMLAttributes: { target: null, rel: LINK_REL, class: null },
      // Called with the typed text while autolinking ("www.kreis.de") and with hrefs elsewhere.
      isAllowedUri: (url) => typeof url === 'string' && isAllowedLinkHref(normaliseLinkHref(url)),
      shouldAutoLink: (url) => shouldAutoLinkText(url),
    },
  }),
  TableKit.configure({
    table: { resizable: false, allowTableNodeSelection: false },
  }),
  // Facts from the concept's details, shown with their current value (data-fields.ts).
  DataField,
];

/**
 * The same list for an editor that shows the concept's current data field values,
 * optionally with its own node view for the fields. Values and view are display
 * options only: the schema does not change.
 */
export function editorExtensionsWithFieldValues(values: DataFieldValues, nodeView?: NodeViewRenderer): AnyExtension[] {
  const field = (nodeView ? DataField.extend({ addNodeView: () => nodeView }) : DataField).configure({ values });
  return editorExtensions.map((extension) => (extension === DataField ? field : extension));
}

let schema: Schema | undefined;

/** The ProseMirror schema of `editorExtensions` (built once, then cached). */
export function getEditorSchema(): Schema {
  schema ??= getSchema(editorExtensions);
  return schema;
}
