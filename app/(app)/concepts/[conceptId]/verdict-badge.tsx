import type { Verdict } from '@/db/schema-review';

const LABELS: Record<Verdict, string> = { erfuellt: 'erfüllt', nachbessern: 'nachbessern', offen: 'offen', entfaellt: 'entfällt' };
const TONE: Record<Verdict, string> = { erfuellt: 'badge--success', nachbessern: 'badge--danger', offen: '', entfaellt: '' };

/** The advisor's verdict on a section: word first, colour second (never colour alone). */
export function VerdictBadge({ verdict }: { verdict: Verdict }) {
  return <span className={`badge ${TONE[verdict]}`}>{LABELS[verdict]}</span>;
}
