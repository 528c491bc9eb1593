'use client';

import type { Editor } from '@tiptap/react';
import { useEffect } from 'react';
import type { TiptapDoc } from '@/lib/editor/types';
import { buildTextMap, positionToOffset } from '@/lib/comments/text-map';
import type { AutosaveController } from '../../../../../_components/editor/autosave-controller';
import { registerEditorBridge } from '../../../../../_components/editor/comment-bridge';
import {
  addCommentRange,
  commentRangePositions,
  setActiveComment,
  setCommentRanges,
  type HighlightRange,
} from '../../../../../_components/editor/comment-highlights';

/**
 * Connects the section editor with the comments panel (comment-bridge.ts): shows the highlights of the
 * saved text the editor was loaded with, and answers the panel's requests for the selected passage
 * (after everything typed is saved, so the offsets refer to a stored revision), to show a thread's
 * passage and to add the highlight of a new thread.
 */
export function useCommentBridge(editor: Editor | null, controller: AutosaveController, initialRanges: HighlightRange[]) {
  // Comment highlights refer to the saved text the editor was loaded with: set them before anything changes it.
  useEffect(() => {
    if (editor) setCommentRanges(editor.view, initialRanges, null);
    // Once per loaded editor; later comments are added through the bridge.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [editor]);

  useEffect(() => {
    if (!editor) return;
    registerEditorBridge({
      selectionAnchor: async () => {
        const range = selectedRange(editor);
        if (!range) return { error: 'Bitte markieren Sie zuerst im Text die Stelle, die Sie kommentieren möchten.' };
        const saved = await waitUntilSaved(controller);
        if (!saved.ok) return { error: saved.message };
        const map = buildTextMap(editor.getJSON() as TiptapDoc);
        const start = positionToOffset(map, range.from, 'start');
        const end = positionToOffset(map, range.to, 'end');
        const quote = map.text.slice(start, end);
        if (!quote.trim()) return { error: 'Bitte markieren Sie Text, nicht nur Leerraum.' };
        return { revision: saved.revision, start, end, quote };
      },
      showThread: (threadId) => {
        setActiveComment(editor.view, threadId);
        const positions = threadId ? commentRangePositions(editor.state, threadId) : null;
        if (!positions) return false;
        const { node } = editor.view.domAtPos(positions.from);
        (node instanceof Element ? node : node.parentElement)?.scrollIntoView({ block: 'center', behavior: 'smooth' });
        return true;
      },
      addRange: (range) => addCommentRange(editor.view, { ...range, isResolved: false }),
    });
    return () => registerEditorBridge(null);
  }, [editor, controller]);
}

/**
 * The passage the reader marked: the browser's selection inside the text (also in read-only
 * mode, where the editor does not track it), else the editor's own selection.
 */
function selectedRange(editor: Editor): { from: number; to: number } | null {
  const selection = window.getSelection();
  if (selection && selection.rangeCount > 0 && !selection.isCollapsed) {
    const range = selection.getRangeAt(0);
    if (editor.view.dom.contains(range.startContainer) && editor.view.dom.contains(range.endContainer)) {
      try {
        const from = editor.view.posAtDOM(range.startContainer, range.startOffset);
        const to = editor.view.posAtDOM(range.endContainer, range.endOffset);
        if (to > from) return { from, to };
      } catch {
        // fall back to the editor's selection
      }
    }
  }
  const { from, to } = editor.state.selection;
  return to > from ? { from, to } : null;
}

/** Waits until everything typed is saved, so a comment's offsets refer to a stored revision. */
function waitUntilSaved(controller: AutosaveController): Promise<{ ok: true; revision: number } | { ok: false; message: string }> {
  const settled = () => {
    const state = controller.getState();
    if (state.kind === 'saved' && !controller.hasUnsavedChanges) return { ok: true as const, revision: state.revision };
    if (state.kind === 'conflict' || state.kind === 'merging') return { ok: false as const, message: 'Bitte lösen Sie zuerst den Konflikt beim Speichern; danach können Sie kommentieren.' };
    if (state.kind === 'error') return { ok: false as const, message: `Ihre letzten Änderungen sind nicht gespeichert (${state.message}). Bitte speichern Sie zuerst.` };
    return null;
  };
  const now = settled();
  if (now) return Promise.resolve(now);
  controller.flush();
  return new Promise((resolve) => {
    const timeout = window.setTimeout(() => {
      unsubscribe();
      resolve({ ok: false, message: 'Ihre Änderungen werden noch gespeichert. Bitte versuchen Sie es gleich noch einmal.' });
    }, 15_000);
    const unsubscribe = controller.subscribe(() => {
      const result = settled();
      if (!result) return;
      window.clearTimeout(timeout);
      unsubscribe();
      resolve(result);
    });
  });
}
