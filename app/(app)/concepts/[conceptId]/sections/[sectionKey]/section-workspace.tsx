'use client';

import { EditorContent, useEditor } from '@tiptap/react';
import { useEffect, useMemo, useState } from 'react';
import type { DataFieldValues } from '@/lib/editor/data-fields';
import { editorExtensionsWithFieldValues } from '@/lib/editor/extensions';
import type { TiptapDoc, TiptapNode } from '@/lib/editor/types';
import { ConflictPanel } from '../../../../../_components/editor/conflict-panel';
import { dataFieldNodeView } from '../../../../../_components/editor/data-field-view';
import { keepDiscardedVersion, readLocalDraft, clearLocalDraft, sameContent } from '../../../../../_components/editor/draft-storage';
import { SaveStatus } from '../../../../../_components/editor/save-status';
import { Toolbar } from '../../../../../_components/editor/toolbar';
import { useAutosave } from '../../../../../_components/editor/use-autosave';
import { RichTextView } from '../../../../../_components/rich-text-view';

export interface InsertableBlock {
  key: string;
  title: string;
  content: TiptapNode[];
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
}) {
  const { controller, state } = useAutosave({
    sectionId: props.sectionId,
    initialRevision: props.headRevision,
    initialSavedAt: props.savedAt,
    enabled: props.canEdit,
  });
  const [sideVersion, setSideVersion] = useState<{ title: string; doc: TiptapDoc } | null>(null);

  const extensions = useMemo(() => editorExtensionsWithFieldValues(props.fieldValues, dataFieldNodeView(props.fieldValues)), [props.fieldValues]);
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
    onUpdate: ({ editor: e }) => controller.onChange(e.getJSON() as TiptapDoc),
  });

  // A safety copy from an earlier visit: restore it, or show the conflict if the server moved on.
  useEffect(() => {
    if (!editor || !props.canEdit) return;
    const draft = readLocalDraft(props.sectionId);
    if (!draft) return;
    if (sameContent(draft.content, props.content)) {
      clearLocalDraft(props.sectionId);
    } else if (draft.baseRevision === props.headRevision) {
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
      const nodes = (event as CustomEvent<TiptapNode[]>).detail;
      editor.chain().focus().insertContent(nodes).run();
    };
    window.addEventListener('skw:insert', insert);
    return () => window.removeEventListener('skw:insert', insert);
  }, [editor]);

  // While a conflict is open nothing is saved, so the editor must not take input either:
  // text typed now would be lost when the user picks a version.
  useEffect(() => {
    const isEditable = props.canEdit && state.kind !== 'conflict';
    // No update event: switching editability is not a change of the text (it would trigger a save).
    if (editor && editor.isEditable !== isEditable) editor.setEditable(isEditable, false);
    if (state.kind === 'conflict') document.getElementById('konflikt')?.focus();
  }, [editor, props.canEdit, state.kind]);

  return (
    <div className="editor">
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
          onKeepMine={() => {
            editor.commands.setContent(state.mine, { emitUpdate: false });
            controller.resume(state.head.number, state.mine, { saveNow: true });
            setSideVersion({ title: `Überschriebene Fassung ${state.head.number} (bleibt im Verlauf erhalten)`, doc: state.head.content });
          }}
          onTakeTheirs={() => {
            keepDiscardedVersion(props.sectionId, state.mine);
            editor.commands.setContent(state.head.content, { emitUpdate: false });
            controller.resume(state.head.number, state.head.content, { saveNow: false });
            setSideVersion({ title: 'Ihre nicht übernommene Fassung (zum Kopieren)', doc: state.mine });
          }}
          onMergeByHand={() => {
            editor.commands.setContent(state.mine, { emitUpdate: false });
            controller.resume(state.head.number, state.mine, { saveNow: true });
            setSideVersion({ title: `Fassung ${state.head.number} zum Übernehmen einzelner Stellen`, doc: state.head.content });
          }}
        />
      )}
      {editor && props.canEdit && <Toolbar editor={editor} />}
      <p id="editor-help" className="visually-hidden">
        Die Werkzeugleiste steht vor dem Textfeld. In Listen rückt Tab ein und Umschalt+Tab aus. Umschalt+Eingabe fügt einen
        Zeilenumbruch ein. Änderungen werden automatisch gespeichert.
      </p>
      <div className="editor__frame">
        {editor ? <EditorContent editor={editor} /> : <RichTextView doc={props.content} fieldValues={props.fieldValues} />}
      </div>
      {sideVersion && (
        <details className="card card--muted side-version" open>
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

/** Asks the editor on this page to insert content at the cursor. */
export function requestInsert(nodes: TiptapNode[]) {
  window.dispatchEvent(new CustomEvent('skw:insert', { detail: nodes }));
}
