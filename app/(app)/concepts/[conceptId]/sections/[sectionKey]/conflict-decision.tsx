'use client';

import type { Editor } from '@tiptap/react';
import { useEffect } from 'react';
import type { DataFieldValues } from '@/lib/editor/data-fields';
import type { TiptapDoc } from '@/lib/editor/types';
import type { AutosaveController, SaveState } from '../../../../../_components/editor/autosave-controller';
import { ConflictPanel } from '../../../../../_components/editor/conflict-panel';
import { keepDiscardedVersion } from '../../../../../_components/editor/draft-storage';
import { MergeBar } from '../../../../../_components/editor/merge-bar';

/** The text shown below the editor after a decision: the one not chosen, or the other person's while merging. */
export type SideVersion = { title: string; doc: TiptapDoc } | null;

/**
 * What the author decides after a conflicting save: the conflict view (both texts and their differences)
 * and, while merging by hand, the merge bar. Loaded only when a conflict happens (section-workspace.tsx),
 * so the diff does not travel with every editor page. Takes the focus when it appears, so keyboard and
 * screen reader users land on the decision.
 */
export function ConflictDecision({
  state,
  editor,
  controller,
  sectionId,
  fieldValues,
  onSideVersion,
}: {
  state: Extract<SaveState, { kind: 'conflict' | 'merging' }>;
  editor: Editor;
  controller: AutosaveController;
  sectionId: string;
  fieldValues: DataFieldValues;
  onSideVersion: (update: SideVersion | ((side: SideVersion) => SideVersion)) => void;
}) {
  useEffect(() => {
    document.getElementById(state.kind === 'conflict' ? 'konflikt' : 'zusammenfuehren')?.focus();
  }, [state.kind]);

  if (state.kind === 'merging') {
    return (
      <MergeBar
        head={state.head}
        onSave={() => {
          controller.finishMerge();
          onSideVersion((side) => side && { ...side, title: `Version ${state.head.number} (bleibt im Verlauf erhalten)` });
        }}
        onBack={() => {
          onSideVersion(null);
          controller.showConflict(state.head, editor.getJSON() as TiptapDoc);
        }}
      />
    );
  }
  return (
    <ConflictPanel
      head={state.head}
      mine={state.mine}
      fieldValues={fieldValues}
      onKeepMine={() => {
        editor.commands.setContent(state.mine, { emitUpdate: false });
        controller.keepMine(state.head, state.mine);
        onSideVersion({ title: `Überschriebene Version ${state.head.number} (bleibt im Verlauf erhalten)`, doc: state.head.content });
      }}
      onTakeTheirs={() => {
        keepDiscardedVersion(sectionId, state.mine);
        editor.commands.setContent(state.head.content, { emitUpdate: false });
        controller.takeTheirs(state.head);
        onSideVersion({ title: 'Ihre nicht übernommene Version (zum Kopieren)', doc: state.mine });
      }}
      onMergeByHand={() => {
        editor.commands.setContent(state.mine, { emitUpdate: false });
        controller.startMerge(state.head, state.mine);
        onSideVersion({
          title: `Version ${state.head.number} von ${state.head.authorName ?? 'der anderen Person'} – zum Übernehmen einzelner Stellen`,
          doc: state.head.content,
        });
      }}
    />
  );
}
