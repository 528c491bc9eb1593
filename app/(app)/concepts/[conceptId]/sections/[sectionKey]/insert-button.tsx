'use client';

import type { TiptapNode } from '@/lib/editor/types';
import { requestInsert } from './section-workspace';

/** "Einfügen" for a text block or a data table; the text goes in at the cursor of the editor. */
export function InsertButton({ label, accessibleLabel, nodes }: { label: string; accessibleLabel: string; nodes: TiptapNode[] }) {
  return (
    <button type="button" className="btn btn--secondary btn--small" aria-label={accessibleLabel} onClick={() => requestInsert(nodes)}>
      {label}
    </button>
  );
}
