import Link from 'next/link';
import type { ConceptCard } from '@/lib/concepts/list-concepts';
import { CONCEPT_STATUS_LABELS, formatDateTime } from '../_lib/format';

/** Concepts of one district as cards with status and progress. */
export function ConceptList({ concepts }: { concepts: ConceptCard[] }) {
  return (
    <ul className="concept-list">
      {concepts.map((c) => (
        <li key={c.id} className="card">
          <h3>
            <Link href={`/concepts/${c.id}`}>{c.title}</Link>
          </h3>
          <p className="muted">
            {CONCEPT_STATUS_LABELS[c.status]} · {c.doneCount} von {c.sectionCount} Abschnitten fertig
            {c.lastEditAt ? ` · zuletzt bearbeitet ${formatDateTime(c.lastEditAt)}` : ''}
          </p>
        </li>
      ))}
    </ul>
  );
}
