/**
 * The names in the editor schema (extensions.ts), without loading Tiptap: for code that only
 * needs to know which node and mark types exist, such as the read-only view
 * (app/_components/rich-text-view.tsx), which must not pull the editor into a page's bundle.
 * extensions.ts re-exports them; tests/unit/editor-schema.test.ts keeps them equal to the real
 * schema. A change here is a schema change: bump EDITOR_SCHEMA_VERSION.
 *
 * Browser-safe: no imports.
 */

/** The fixed rel of every stored link (validate-content.ts normalises to it). */
export const LINK_REL = 'noopener noreferrer nofollow';

/** Sanity list of what the schema must contain; the tests compare it with the real schema. */
export const SUPPORTED_NODE_TYPES = [
  'doc',
  'paragraph',
  'text',
  'heading',
  'blockquote',
  'bulletList',
  'orderedList',
  'listItem',
  'hardBreak',
  'table',
  'tableRow',
  'tableHeader',
  'tableCell',
  'dataField',
] as const;
export const SUPPORTED_MARK_TYPES = ['bold', 'italic', 'underline', 'strike', 'link'] as const;
