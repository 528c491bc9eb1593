import type { Verdict } from '@/db/schema-review';
import { VERDICT_LABELS } from '@/lib/review/labels';

const TONE: Record<Verdict, string> = { erfuellt: 'badge--success', nachbessern: 'badge--danger', offen: '', entfaellt: '' };

/** The advisor's verdict on a section: word first, colour second (never colour alone). */
export function VerdictBadge({ verdict }: { verdict: Verdict }) {
  return <span className={`badge ${TONE[verdict]}`}>{VERDICT_LABELS[verdict]}</span>;
}
