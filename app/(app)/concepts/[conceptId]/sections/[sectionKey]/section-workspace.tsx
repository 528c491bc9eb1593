'use client';

import { EditorContent, useEditor } from '@tiptap/react';
import { useEffect, useRef, useState } from 'react';
import type { DataFieldValues } from '@/lib/editor/data-fields';
import { editorExtensionsWithFieldValues } from '@/lib/editor/extensions';
import type { TiptapDoc, TiptapNode } from '@/lib/editor/types';
import { ConflictPanel } from '../../../../../_components/editor/conflict-panel';
import { ContentGuard } from '../../../../../_components/editor/content-guard';
import { dataFieldNodeView } from '../../../../../_components/editor/data-field-view';
import { keepDiscardedVersion, readLocalDraft, clearLocalDraft, sameContent } from '../../../../../_components/editor/draft-storage';
import { describeInsertOutcome, insertBlocks } from '../../../../../_components/editor/insert-blocks';
import { MergeBar } from '../../../../../_components/editor/merge-bar';
import { SaveStatus } from '../../../../../_components/editor/save-status';
import { TableScrollAccess } from '../../../../../_components/editor/table-scroll-access';
import { Toolbar, type EditorNotice } from '../../../../../_components/editor/toolbar';
import { useAutosave } from '../../../../../_components/editor/use-autosave';
import { RichTextView } from '../../../../../_components/rich-text-view';
import { activateFromHighlight, registerEditorBridge } from '../../../../../_components/editor/comment-bridge';
import {
  CommentHighlights,
  addCommentRange,
  commentRangePositions,
  setActiveComment,
  setCommentRanges,
  type HighlightRange,
} from '../../../../../_components/editor/comment-highlights';
import { buildTextMap, positionToOffset } from '@/lib/comments/text-map';
import type { Editor } from '@tiptap/react';
import type { AutosaveController } from '../../../../../_components/editor/autosave-controller';
import { INSERT_EVENT, SECTION_STATUS_EVENT } from './events';

/** What the help panel asks the editor to insert (window event `skw:insert`). */
export interface InsertRequest {
  nodes: TiptapNode[];
  /** How the author knows it, for messages: „Die Tabelle „Unterkünfte““. */
  description: string;
}


/**
 * The section editor: toolbar, Tiptap, autosave with a local safety copy, and the
 * conflict view. Text blocks from the guidance panel are inserted through
 * `window` events so the panel can live in the page's aside.
 */
export function SectionWorkspace(props: {
  sectionId: string;
  title: string;
  headRevision: number;
  content: TiptapDoc;
  savedAt: string | null;
  savedBy: string | null;
  canEdit: boolean;
  /** Current values of the data fields (lib/concepts/field-values.ts), shown where the text has them. */
  fieldValues: DataFieldValues;
  /** Comment ranges in the saved text the editor is loaded with (`content`). */
  commentRanges: HighlightRange[];
}) {
  const { controller, state } = useAutosave({
    sectionId: props.sectionId,
    initialRevision: props.headRevision,
    initialSavedAt: props.savedAt,
    enabled: props.canEdit,
  });
  const [sideVersion, setSideVersion] = useState<{ title: string; doc: TiptapDoc } | null>(null);
  const [notice, setNotice] = useState<EditorNotice>(null);
  const previousKind = useRef(state.kind);
  // Built once: the editor keeps the extension list it was created with (the Eckdaten values of this page view).
  const [extensions] = useState(() => [
    ...editorExtensionsWithFieldValues(props.fieldValues, dataFieldNodeView(props.fieldValues)),
    ContentGuard.configure({ onRefused: (text) => setNotice({ tone: 'warning', text }) }),
    TableScrollAccess,
    CommentHighlights.configure({ onActivate: activateFromHighlight }),
  ]);
  const editor = useEditor({
    extensions,
    content: props.content,
    editable: props.canEdit,
    immediatelyRender: false,
    editorProps: {
      attributes: {
        id: 'section-editor',
        class: 'editor__content',
        role: 'textbox',
        'aria-multiline': 'true',
        'aria-label': `Text des Abschnitts „${props.title}“`,
        'aria-describedby': 'editor-help',
        spellcheck: 'true',
        lang: 'de',
      },
    },
    onUpdate: ({ editor: e, transaction }) => {
      // A change made only by the editor's own tidying (the empty paragraph it keeps after a closing
      // list or table, appended to a selection or highlight update) is not the author's: merely
      // opening a section must not save a version, which would also put others into a conflict.
      if (!transaction.docChanged) return;
      setNotice(null);
      controller.onChange(e.getJSON() as TiptapDoc);
    },
  });

  // Comment highlights refer to the saved text the editor was loaded with: set them before anything changes it.
  useEffect(() => {
    if (editor) setCommentRanges(editor.view, props.commentRanges, null);
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

  // A safety copy from an earlier visit: restore it, or show the conflict if the server moved on.
  useEffect(() => {
    if (!editor || !props.canEdit) return;
    const draft = readLocalDraft(props.sectionId);
    if (!draft) return;
    if (sameContent(draft.content, props.content)) {
      clearLocalDraft(props.sectionId);
    } else if (draft.baseRevision === props.headRevision && !draft.isMerging) {
      editor.commands.setContent(draft.content, { emitUpdate: true });
      controller.noteRestoredLocalCopy();
    } else {
      controller.showConflict(
        { number: props.headRevision, content: props.content, authorName: props.savedBy, savedAt: props.savedAt },
        draft.content,
      );
    }
    // Runs once per loaded editor.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [editor]);

  useEffect(() => {
    if (!editor) return;
    const insert = (event: Event) => {
      const { nodes, description } = (event as CustomEvent<InsertRequest>).detail;
      if (!editor.isEditable) return;
      const outcome = insertBlocks(editor, nodes);
      setNotice(describeInsertOutcome(outcome, description));
    };
    window.addEventListener(INSERT_EVENT, insert);
    return () => window.removeEventListener(INSERT_EVENT, insert);
  }, [editor]);

  // While a conflict is open nothing is saved, so the editor must not take input either:
  // text typed now would be lost when the user picks a version.
  useEffect(() => {
    const isEditable = props.canEdit && state.kind !== 'conflict';
    // No update event: switching editability is not a change of the text (it would trigger a save).
    if (editor && editor.isEditable !== isEditable) editor.setEditable(isEditable, false);
    // Focus follows the decision, so keyboard and screen reader users are not left on a button that vanished.
    const wasDeciding = previousKind.current === 'conflict' || previousKind.current === 'merging';
    previousKind.current = state.kind;
    if (state.kind === 'conflict') document.getElementById('konflikt')?.focus();
    else if (state.kind === 'merging') document.getElementById('zusammenfuehren')?.focus();
    else if (wasDeciding && isEditable) editor?.commands.focus();
  }, [editor, props.canEdit, state.kind]);

  const sectionStatus = state.kind === 'saved' ? state.sectionStatus : undefined;
  useEffect(() => {
    if (sectionStatus) window.dispatchEvent(new CustomEvent(SECTION_STATUS_EVENT, { detail: { sectionId: props.sectionId, status: sectionStatus } }));
  }, [props.sectionId, sectionStatus]);

  return (
    <div className={state.kind === 'conflict' || state.kind === 'merging' ? 'editor editor--deciding' : 'editor'}>
      <div className="editor__bar">
        <SaveStatus state={state} />
        {!props.canEdit && <p className="muted">Nur lesen: Sie können diesen Abschnitt nicht bearbeiten.</p>}
      </div>
      {controller.notice && (
        <div className="alert alert--success" role="status">
          <p>{controller.notice}</p>
        </div>
      )}
      {state.kind === 'conflict' && editor && (
        <ConflictPanel
          head={state.head}
          mine={state.mine}
          fieldValues={props.fieldValues}
          onKeepMine={() => {
            editor.commands.setContent(state.mine, { emitUpdate: false });
            controller.keepMine(state.head, state.mine);
            setSideVersion({ title: `Überschriebene Version ${state.head.number} (bleibt im Verlauf erhalten)`, doc: state.head.content });
          }}
          onTakeTheirs={() => {
            keepDiscardedVersion(props.sectionId, state.mine);
            editor.commands.setContent(state.head.content, { emitUpdate: false });
            controller.takeTheirs(state.head);
            setSideVersion({ title: 'Ihre nicht übernommene Version (zum Kopieren)', doc: state.mine });
          }}
          onMergeByHand={() => {
            editor.commands.setContent(state.mine, { emitUpdate: false });
            controller.startMerge(state.head, state.mine);
            setSideVersion({
              title: `Version ${state.head.number} von ${state.head.authorName ?? 'der anderen Person'} – zum Übernehmen einzelner Stellen`,
              doc: state.head.content,
            });
          }}
        />
      )}
      {state.kind === 'merging' && editor && (
        <MergeBar
          head={state.head}
          onSave={() => {
            controller.finishMerge();
            setSideVersion((side) => side && { ...side, title: `Version ${state.head.number} (bleibt im Verlauf erhalten)` });
          }}
          onBack={() => {
            setSideVersion(null);
            controller.showConflict(state.head, editor.getJSON() as TiptapDoc);
          }}
        />
      )}
      {editor && props.canEdit && <Toolbar editor={editor} onNotice={setNotice} />}
      <p role="status" className={notice ? `editor__notice editor__notice--${notice.tone}` : 'editor__notice'} data-testid="editor-notice">
        {notice?.text}
      </p>
      <p id="editor-help" className="visually-hidden">
        Die Werkzeugleiste steht vor dem Textfeld. In Listen rückt Tab ein und Umschalt+Tab aus. Umschalt+Eingabe fügt einen
        Zeilenumbruch ein. Änderungen werden automatisch gespeichert.
      </p>
      <div className="editor__frame">
        {editor ? <EditorContent editor={editor} /> : <RichTextView doc={props.content} fieldValues={props.fieldValues} />}
      </div>
      {sideVersion && (
        <details className="card card--muted side-version" id="andere-version" open>
          <summary>{sideVersion.title}</summary>
          <RichTextView doc={sideVersion.doc} fieldValues={props.fieldValues} />
          <button type="button" className="btn btn--secondary btn--small" onClick={() => setSideVersion(null)}>
            Ausblenden
          </button>
        </details>
      )}
    </div>
  );
}

/** Asks the editor on this page to insert content at the cursor (or, where it cannot stand, after the block). */
export function requestInsert(request: InsertRequest) {
  window.dispatchEvent(new CustomEvent<InsertRequest>(INSERT_EVENT, { detail: request }));
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
