import { getDb } from '../../db/client';
import { readImportSummary } from '../import/import-summary';
import type { Actor } from '../access';
import { CONCEPT_STATUS_LABELS } from '../access/concept-rules';
import { listThreads } from '../comments/queries';
import { loadFindings } from '../review/check-completeness';
import { computeCoverage } from '../review/coverage';
import { VERDICT_LABELS } from '../review/labels';
import { listLatestVerdicts } from '../review/queries';
import { listConceptSections } from '../sections/queries';
import { changedSinceLatestVersion } from '../versions/read-versions';
import { listVersions } from '../versions/queries';
import { flattenSections } from '../templates';
import { loadConcept } from './load-concept';
import { findPredecessor, findSuccessor } from './queries';
import { listConceptFacilities } from './scope-queries';

/** The concept page. */
export type ConceptOverview = Awaited<ReturnType<typeof getConceptOverview>>;

/**
 * The concept page in one use case: every section in template order with number, title,
 * required flag, the authors' progress (status, checklist, last edit) and the advisor's side
 * (latest verdict and the Fassung it was given on, changed since the latest Fassung, open
 * comments), overall progress, the Fassungen with the latest answer of the advisor, coverage by
 * Mindeststandard, the counts of the Vollständigkeitsprüfung (null once adopted: nothing is left
 * to fix) and what the actor may do now. Anyone who may read the concept.
 * Throws not_found (other district, unshared for advisors).
 */
export async function getConceptOverview(actor: Actor, conceptId: unknown) {
  const db = getDb();
  const loaded = await loadConcept(db, actor, conceptId);
  const { concept, district, template, can, context } = loaded;
  const isFinal = concept.status === 'adopted' || concept.status === 'superseded';
  const ids = { districtId: district.id, conceptId: concept.id };
  const [rows, facilities, versions, verdictRows, threads, previous, next, check] = await Promise.all([
    listConceptSections(db, ids),
    listConceptFacilities(db, ids),
    listVersions(db, ids),
    listLatestVerdicts(db, ids),
    listThreads(db, ids),
    findPredecessor(db, ids),
    findSuccessor(db, ids),
    isFinal ? undefined : loadFindings(db, loaded),
  ]);
  const changedSince = await changedSinceLatestVersion(db, ids, versions);
  const byKey = new Map(rows.map((r) => [r.key, r]));
  const keyOfSection = new Map(rows.map((r) => [r.id, r.key]));
  const verdictByKey = new Map(verdictRows.map((v) => [keyOfSection.get(v.sectionId) ?? '', v]));
  const openThreads = new Map<string, number>();
  for (const t of threads) {
    if (t.isResolved) continue;
    const key = keyOfSection.get(t.sectionId) ?? '';
    openThreads.set(key, (openThreads.get(key) ?? 0) + 1);
  }
  const flat = flattenSections(template);
  const sections = flat.map((f) => {
    const row = byKey.get(f.key);
    const items = f.section.checklist;
    const ticked = items.filter((item) => row?.checklist[item.key]).length;
    const verdict = verdictByKey.get(f.key);
    return {
      key: f.key,
      number: f.number,
      title: f.title,
      depth: f.depth,
      isRequired: f.section.required,
      status: row?.status ?? 'empty',
      checklist: { done: ticked, total: items.length },
      // updated_by is set only by people (a template's starter revision has no author).
      lastEditedBy: row?.updated_by ? (row.updated_by_name ?? null) : null,
      lastEditedAt: row?.updated_by ? row.updated_at : null,
      verdict: verdict
        ? { value: verdict.verdict, label: VERDICT_LABELS[verdict.verdict], note: verdict.note, versionNumber: verdict.versionNumber, authorName: verdict.authorName }
        : null,
      isChangedSinceVersion: changedSince?.changed.has(f.key) ?? false,
      openThreads: openThreads.get(f.key) ?? 0,
    };
  });
  const count = (pred: (s: (typeof sections)[number]) => boolean) => sections.filter(pred).length;
  const latest = versions[0];
  return {
    concept: {
      id: concept.id,
      title: concept.title,
      responsible: concept.responsible,
      status: concept.status,
      statusLabel: CONCEPT_STATUS_LABELS[concept.status],
      isShared: concept.is_shared,
      nextReviewOn: concept.next_review_on,
      createdAt: concept.created_at,
      edition: concept.edition,
      /** What a Word import took over and what not, until a coordinator dismisses it. */
      importSummary: readImportSummary(concept.import_summary),
    },
    /** Fortschreibung: the edition this one continues and the one that continues it. */
    editions: {
      previous: previous ? { id: previous.id, title: previous.title, status: previous.status, edition: previous.edition } : null,
      next: next ? { id: next.id, title: next.title, status: next.status, edition: next.edition } : null,
    },
    district: { id: district.id, name: district.name, kind: district.kind },
    template: { id: template.id, version: template.version, title: template.title },
    facilities,
    sections,
    progress: {
      total: sections.length,
      done: count((s) => s.status === 'done'),
      inProgress: count((s) => s.status === 'in_progress'),
      requiredTotal: count((s) => s.isRequired),
      requiredDone: count((s) => s.isRequired && s.status === 'done'),
      checklistDone: sections.reduce((n, s) => n + s.checklist.done, 0),
      checklistTotal: sections.reduce((n, s) => n + s.checklist.total, 0),
    },
    review: {
      versions: versions.map((v) => ({
        number: v.number,
        kind: v.kind,
        createdAt: v.createdAt,
        createdByName: v.createdByName,
        outcome: v.outcome,
        outcomeNote: v.outcomeNote,
        outcomeAt: v.outcomeAt,
        outcomeByName: v.outcomeByName,
        decidedBy: v.decidedBy,
        decidedOn: v.decidedOn,
        resolutionNumber: v.resolutionNumber,
      })),
      latestVersionNumber: latest?.number ?? null,
      changedSinceVersion: changedSince ? { versionNumber: changedSince.versionNumber, count: changedSince.changed.size } : null,
      openThreads: threads.filter((t) => !t.isResolved).length,
      openAdvisorHints: threads.filter((t) => !t.isResolved && t.authorRole === 'advisor').length,
      verdictCounts: {
        erfuellt: count((s) => s.verdict?.value === 'erfuellt'),
        nachbessern: count((s) => s.verdict?.value === 'nachbessern'),
        offen: count((s) => s.verdict?.value === 'offen'),
        entfaellt: count((s) => s.verdict?.value === 'entfaellt'),
      },
      hasAdvisor: context.hasAdvisor,
    },
    coverage: computeCoverage({
      flat,
      checklists: new Map(rows.map((r) => [r.key, r.checklist])),
      verdicts: new Map([...verdictByKey].map(([k, v]) => [k, v.verdict])),
      openThreads,
    }),
    /** How many points the Vollständigkeitsprüfung finds; null for an adopted (or superseded) concept. */
    completeness: check?.counts ?? null,
    canEdit: can['section.edit'],
    can,
  };
}
