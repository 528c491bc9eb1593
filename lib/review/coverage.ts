/**
 * Coverage by Mindeststandard and annex: for each, the requirements the district ticked, the
 * sections the advisor judged erfüllt (or entfällt) and the open points (sections to improve,
 * open comment threads). Pure: the overview use case feeds it.
 */
import type { ChecklistState } from '../../db/schema-concepts';
import type { Verdict } from '../../db/schema-review';
import { ANNEX_KEYS, ANNEX_LABELS, MINDESTSTANDARDS, type FlatSection } from '../templates';

export type StandardKey = `ms-${1 | 2 | 3 | 4 | 5 | 6}` | (typeof ANNEX_KEYS)[number];

export interface CoverageRow {
  key: StandardKey;
  label: string;
  shortLabel: string;
  ticked: number;
  total: number;
  sectionsTotal: number;
  sectionsFulfilled: number;
  sectionsToImprove: number;
  openThreads: number;
  sections: Array<{ key: string; number: string; title: string; verdict: Verdict | null }>;
}

export interface CoverageInput {
  flat: readonly FlatSection[];
  checklists: ReadonlyMap<string, ChecklistState>;
  verdicts: ReadonlyMap<string, Verdict>;
  openThreads: ReadonlyMap<string, number>;
}

export function computeCoverage({ flat, checklists, verdicts, openThreads }: CoverageInput): CoverageRow[] {
  const targets: Array<{ key: StandardKey; label: string; shortLabel: string; match: number | string }> = [
    ...MINDESTSTANDARDS.map((s) => ({ key: `ms-${s.number}` as StandardKey, label: `Mindeststandard ${s.number}: ${s.title}`, shortLabel: `MS ${s.number} ${s.short}`, match: s.number })),
    ...ANNEX_KEYS.map((k) => ({ key: k as StandardKey, label: ANNEX_LABELS[k], shortLabel: ANNEX_LABELS[k].replace('Annex: ', 'Annex '), match: k })),
  ];
  return targets.map((target) => {
    let ticked = 0;
    let total = 0;
    const sections: CoverageRow['sections'] = [];
    for (const f of flat) {
      const items = f.section.checklist.filter((item) => item.standard === target.match);
      total += items.length;
      const state = checklists.get(f.key) ?? {};
      ticked += items.filter((item) => state[item.key]).length;
      const isTagged =
        typeof target.match === 'number'
          ? (f.section.standards as readonly number[]).includes(target.match)
          : (f.section.annexes as readonly string[]).includes(target.match);
      if (isTagged || items.length > 0) sections.push({ key: f.key, number: f.number, title: f.title, verdict: verdicts.get(f.key) ?? null });
    }
    return {
      key: target.key,
      label: target.label,
      shortLabel: target.shortLabel,
      ticked,
      total,
      sectionsTotal: sections.length,
      sectionsFulfilled: sections.filter((s) => s.verdict === 'erfuellt' || s.verdict === 'entfaellt').length,
      sectionsToImprove: sections.filter((s) => s.verdict === 'nachbessern').length,
      openThreads: sections.reduce((n, s) => n + (openThreads.get(s.key) ?? 0), 0),
      sections,
    };
  });
}
