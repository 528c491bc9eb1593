/**
 * The Stellungnahme der Beratung as plain data: what the use case (stellungnahme.ts) loads and
 * what stellungnahme-docx.ts renders. Pure and free of I/O, so the document can be checked
 * without a database.
 */
import type { ChecklistState } from '../../../db/schema-concepts';
import type { Verdict, VersionKind, VersionOutcome } from '../../../db/schema-review';
import { VERDICT_LABELS } from '../../review/labels';
import { computeCoverage, type CoverageRow } from '../../review/coverage';
import type { FlatSection } from '../../templates';

/**
 * The advisor's organisation as the cover names it. Accounts carry no organisation of their own
 * (yet): every advisor in the Werkstatt works for a regional contact point of DeBUG 2.0.
 */
export const ADVISOR_ORGANISATION = 'DeBUG 2.0 – regionale Kontaktstelle (Dezentrale Beratungs- und Unterstützungsstruktur für Gewaltschutz in Unterkünften für geflüchtete Menschen)';

export const NOT_JUDGED = 'noch nicht bewertet';

export interface StatementVerdict {
  verdict: Verdict;
  note: string;
  versionNumber: number;
  authorName: string | null;
}

export interface StatementHint {
  number: number;
  section: { key: string; number: string; title: string };
  quote: string | null;
  isDetached: boolean;
  /** The hint and the replies in its thread, in order; `body` null: removed for data protection. */
  comments: Array<{ authorName: string; createdAt: Date; body: string | null }>;
  isResolved: boolean;
  dispositionLabel: string | null;
  dispositionReason: string | null;
  addressedInVersion: number | null;
}

export interface StatementInput {
  concept: { title: string; districtName: string; responsible: string };
  fassung: {
    number: number;
    kind: VersionKind;
    createdAt: Date;
    outcome: VersionOutcome | null;
    outcomeAt: Date | null;
    outcomeNote: string | null;
    outcomeByName: string | null;
  };
  flat: readonly FlatSection[];
  /** The Fassung's checklists by section key (what the district had ticked when it was frozen). */
  checklists: ReadonlyMap<string, ChecklistState>;
  /** Verdicts as they stood for the Fassung, by section key. */
  verdicts: ReadonlyMap<string, StatementVerdict>;
  /** The advisor's hints up to the Fassung's review, in number order. */
  hints: readonly StatementHint[];
  templateLabel: string;
  now: Date;
}

export interface StatementSectionRow {
  number: string;
  title: string;
  depth: number;
  verdict: StatementVerdict | null;
  label: string;
}

export interface StatementDocument {
  input: StatementInput;
  advisorNames: string[];
  sections: StatementSectionRow[];
  counts: Record<Verdict | 'none', number>;
  coverage: CoverageRow[];
}

export function buildStatementModel(input: StatementInput): StatementDocument {
  const sections = input.flat.map((f) => {
    const verdict = input.verdicts.get(f.key) ?? null;
    return { number: f.number, title: f.title, depth: f.depth, verdict, label: verdict ? VERDICT_LABELS[verdict.verdict] : NOT_JUDGED };
  });
  const counts: StatementDocument['counts'] = { erfuellt: 0, nachbessern: 0, offen: 0, entfaellt: 0, none: 0 };
  for (const s of sections) counts[s.verdict?.verdict ?? 'none'] += 1;
  // Open hints of this Stellungnahme per section: what the coverage's „offene Hinweise“ counts.
  const openHints = new Map<string, number>();
  for (const hint of input.hints) {
    if (hint.isResolved) continue;
    openHints.set(hint.section.key, (openHints.get(hint.section.key) ?? 0) + 1);
  }
  const coverage = computeCoverage({
    flat: input.flat,
    checklists: input.checklists,
    verdicts: new Map([...input.verdicts].map(([key, v]) => [key, v.verdict])),
    openThreads: openHints,
  });
  // Who advised on this Fassung: the authors of its verdicts, of its hints and of the answer to it.
  const names = [
    ...[...input.verdicts.values()].map((v) => v.authorName),
    ...input.hints.map((h) => h.comments[0]?.authorName ?? null),
    input.fassung.outcome !== 'withdrawn' ? input.fassung.outcomeByName : null,
  ].filter((name): name is string => !!name && name !== FORMER_ACCOUNT);
  return { input, advisorNames: [...new Set(names)], sections, counts, coverage };
}

/** How list-comments names the author of a deleted account. */
export const FORMER_ACCOUNT = 'Ehemaliges Konto';

/** Share in percent, or null where there is nothing to count (a gap in the chart, „–“ in the table). */
export function percent(part: number, total: number): number | null {
  return total === 0 ? null : Math.round((part / total) * 100);
}
