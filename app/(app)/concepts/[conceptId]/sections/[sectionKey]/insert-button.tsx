'use client';

import type { TiptapNode } from '@/lib/editor/types';
import { requestInsert } from './events';

/**
 * "Einfügen" for a text block or a data table: the content goes in at the cursor of the editor,
 * or after the table, list or quote the cursor is in where it cannot stand there.
 * `description` names it in messages ("Die Tabelle „Unterkünfte“").
 */
export function InsertButton({ label, accessibleLabel, nodes, description }: { label: string; accessibleLabel: string; nodes: TiptapNode[]; description: string }) {
  return (
    <button
      type="button"
      className="btn btn--secondary btn--small"
      aria-label={accessibleLabel}
      data-editor-insert=""
      onClick={() => requestInsert({ nodes, description })}
    >
      {label}
    </button>
  );
}
