import type { TiptapNode } from '@/lib/editor/types';

/**
 * Window events between the parts of the section page (editor, help panel, status radio
 * group), which React renders in different places of the layout.
 */

/** The help panel asks the editor to insert content; detail: InsertRequest. */
export const INSERT_EVENT = 'skw:insert';

/** A save changed the section's status; detail: { sectionId, status }. */
export const SECTION_STATUS_EVENT = 'skw:section-status';

/** What the help panel asks the editor to insert. */
export interface InsertRequest {
  nodes: TiptapNode[];
  /** How the author knows it, for messages: „Die Tabelle „Unterkünfte““. */
  description: string;
}

/** Asks the editor on this page to insert content at the cursor (or, where it cannot stand, after the block). */
export function requestInsert(request: InsertRequest) {
  window.dispatchEvent(new CustomEvent<InsertRequest>(INSERT_EVENT, { detail: request }));
}
