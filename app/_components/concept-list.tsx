import Link from 'next/link';
import type { ConceptStatus } from '@/db/schema-concepts';
import { CONCEPT_STATUS_LABELS, formatDateTime } from '../_lib/format';

export interface ConceptListItem {
  id: string;
  title: string;
  status: ConceptStatus;
  section_count: string | number | null;
  done_count: string | number | null;
  last_edit_at: Date | string | null;
}

/** Concepts of one district as cards with status and progress. */
export function ConceptList({ concepts }: { concepts: ConceptListItem[] }) {
  return (
    <ul className="concept-list">
      {concepts.map((c) => {
        const total = Number(c.section_count ?? 0);
        const done = Number(c.done_count ?? 0);
        return (
          <li key={c.id} className="card">
            <h3>
              <Link href={`/concepts/${c.id}`}>{c.title}</Link>
            </h3>
            <p className="muted">
              {CONCEPT_STATUS_LABELS[c.status]} · {done} von {total} Abschnitten fertig
              {c.last_edit_at ? ` · zuletzt bearbeitet ${formatDateTime(c.last_edit_at)}` : ''}
            </p>
          </li>
        );
      })}
    </ul>
  );
}
