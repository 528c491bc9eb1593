/**
 * Tiptap/ProseMirror JSON as stored in section revisions. Structurally
 * compatible with the narrower types in lib/templates/to-tiptap.ts.
 */
export interface TiptapMark {
  type: string;
  attrs?: Record<string, unknown>;
}

export interface TiptapNode {
  type: string;
  attrs?: Record<string, unknown>;
  content?: TiptapNode[];
  text?: string;
  marks?: TiptapMark[];
}

export interface TiptapDoc {
  type: 'doc';
  content: TiptapNode[];
  attrs?: Record<string, unknown>;
}
