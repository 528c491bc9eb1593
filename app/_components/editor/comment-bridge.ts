'use client';

/**
 * The section editor and the comments panel live in different parts of the page. They talk
 * through this small bridge: the panel asks the editor for the selected passage and to show a
 * thread's passage; the editor tells the panel which highlight was clicked.
 */
export interface SelectionAnchor {
  revision: number;
  start: number;
  end: number;
  quote: string;
}

export interface EditorBridge {
  /** The selected passage as offsets in the saved text; waits for pending saves first. */
  selectionAnchor(): Promise<SelectionAnchor | { error: string }>;
  /** Scrolls to a thread's passage and marks it as active (false: the passage is not in the text). */
  showThread(threadId: string | null): boolean;
  /** Adds the highlight of a thread just created on the current selection. */
  addRange(range: { threadId: string; number: number; start: number; end: number }): void;
}

let editor: EditorBridge | null = null;
let onActivate: ((threadId: string) => void) | null = null;

export function registerEditorBridge(bridge: EditorBridge | null) {
  editor = bridge;
}

export function editorBridge(): EditorBridge | null {
  return editor;
}

export function onHighlightActivated(listener: ((threadId: string) => void) | null) {
  onActivate = listener;
}

export function activateFromHighlight(threadId: string) {
  onActivate?.(threadId);
}
