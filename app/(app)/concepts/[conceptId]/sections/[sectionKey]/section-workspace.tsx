'use client';

import { EditorContent, useEditor } from '@tiptap/react';
import { Suspense, lazy, useEffect, useRef, useState } from 'react';
import type { DataFieldValues } from '@/lib/editor/data-fields';
import { editorExtensionsWithFieldValues } from '@/lib/editor/extensions';
import type { TiptapDoc } from '@/lib/editor/types';
import { ContentGuard } from '../../../../../_components/editor/content-guard';
import { dataFieldNodeView } from '../../../../../_components/editor/data-field-view';
import { readLocalDraft, clearLocalDraft, sameContent } from '../../../../../_components/editor/draft-storage';
import { describeInsertOutcome, insertBlocks } from '../../../../../_components/editor/insert-blocks';
import { SaveStatus } from '../../../../../_components/editor/save-status';
import { TableScrollAccess } from '../../../../../_components/editor/table-scroll-access';
import { Toolbar, type EditorNotice } from '../../../../../_components/editor/toolbar';
import { useAutosave, type SaveState } from '../../../../../_components/editor/use-autosave';
import { RichTextView } from '../../../../../_components/rich-text-view';
import { activateFromHighlight } from '../../../../../_components/editor/comment-bridge';
import { CommentHighlights, type HighlightRange } from '../../../../../_components/editor/comment-highlights';
import type { SideVersion } from './conflict-decision';
import { INSERT_EVENT, SECTION_STATUS_EVENT, type InsertRequest } from './events';
import { useCommentBridge } from './use-comment-bridge';

// Rarely needed (after a conflicting save): the conflict view with its diff loads only then. React's lazy, not
// next/dynamic, which would bring more code along than it saves here (npm run bench:bundle).
const ConflictDecision = lazy(() => import('./conflict-decision').then((m) => ({ default: m.ConflictDecision })));

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
  const [sideVersion, setSideVersion] = useState<SideVersion>(null);
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

  useCommentBridge(editor, controller, props.commentRanges);

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
    // Focus follows the decision, so keyboard and screen reader users are not left on a button that vanished
    // (the conflict view and the merge bar take it themselves when they appear).
    const wasDeciding = isDecidingKind(previousKind.current);
    previousKind.current = state.kind;
    if (wasDeciding && !isDecidingKind(state.kind) && isEditable) editor?.commands.focus();
  }, [editor, props.canEdit, state.kind]);

  const sectionStatus = state.kind === 'saved' ? state.sectionStatus : undefined;
  useEffect(() => {
    if (sectionStatus) window.dispatchEvent(new CustomEvent(SECTION_STATUS_EVENT, { detail: { sectionId: props.sectionId, status: sectionStatus } }));
  }, [props.sectionId, sectionStatus]);

  return (
    <div className={isDeciding(state) ? 'editor editor--deciding' : 'editor'}>
      <div className="editor__bar">
        <SaveStatus state={state} />
        {!props.canEdit && <p className="muted">Nur lesen: Sie können diesen Abschnitt nicht bearbeiten.</p>}
      </div>
      {controller.notice && (
        <div className="alert alert--success" role="status">
          <p>{controller.notice}</p>
        </div>
      )}
      {isDeciding(state) && editor && (
        <Suspense fallback={null}>
          <ConflictDecision
            state={state}
            editor={editor}
            controller={controller}
            sectionId={props.sectionId}
            fieldValues={props.fieldValues}
            onSideVersion={setSideVersion}
          />
        </Suspense>
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
          <RichTextView doc={sideVersion.doc} fieldValues={props.fieldValues} tableContext={sideVersion.title} />
          <button type="button" className="btn btn--secondary btn--small" onClick={() => setSideVersion(null)}>
            Ausblenden
          </button>
        </details>
      )}
    </div>
  );
}

/** After a conflicting save, until the author has decided (and, merging by hand, saved the merge). */
const isDecidingKind = (kind: SaveState['kind']) => kind === 'conflict' || kind === 'merging';
const isDeciding = (state: SaveState): state is Extract<SaveState, { kind: 'conflict' | 'merging' }> => isDecidingKind(state.kind);
