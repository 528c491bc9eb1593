import { getDb } from '../../db/client';
import type { ConceptStatus } from '../../db/schema-concepts';
import type { VersionKind } from '../../db/schema-review';
import { CONCEPT_STATUS_LABELS, type Actor } from '../access';
import { loadConcept } from '../concepts/load-concept';
import { loadFindings, type Finding } from '../review/check-completeness';
import type { FindingCounts } from '../review/completeness';
import { listVersions } from '../versions/queries';

/** What the pages before submitting and before adopting both show about the concept. */
interface StepFormBase {
  concept: { id: string; title: string; status: ConceptStatus; statusLabel: string };
  district: { id: string; name: string };
  /** The number the Fassung frozen by this step will carry. */
  nextVersionNumber: number;
  /** The counts of the Vollständigkeitsprüfung on the current text. */
  counts: FindingCounts;
}

/** The page „Zur Beratung einreichen“. */
export interface SubmissionForm extends StepFormBase {
  canSubmit: boolean;
  /** The points of the Vollständigkeitsprüfung, each pointing to where it is fixed. */
  findings: Finding[];
  /** The latest Fassung (right after submitting: the one just frozen). */
  latestVersion: { number: number; kind: VersionKind; createdAt: Date; createdByName: string | null } | null;
}

/** The page „Beschluss eintragen“. */
export interface AdoptionForm extends StepFormBase {
  canAdopt: boolean;
  /** Adopting from another state than „Fachlich befürwortet“ (a district without advisor): a reason is required. */
  isWithoutApproval: boolean;
  /** The recorded decision once the concept is adopted (right after recording it, too). */
  adoption: { number: number; decidedBy: string | null; decidedOn: string | null; resolutionNumber: string | null } | null;
}

async function loadStepForm(actor: Actor, conceptId: unknown) {
  const db = getDb();
  const loaded = await loadConcept(db, actor, conceptId);
  const ids = { districtId: loaded.district.id, conceptId: loaded.concept.id };
  const [versions, { findings, counts }] = await Promise.all([listVersions(db, ids), loadFindings(db, loaded)]);
  const { concept, district } = loaded;
  const base: StepFormBase = {
    concept: { id: concept.id, title: concept.title, status: concept.status, statusLabel: CONCEPT_STATUS_LABELS[concept.status] },
    district: { id: district.id, name: district.name },
    nextVersionNumber: (versions[0]?.number ?? 0) + 1,
    counts,
  };
  return { base, versions, findings, can: loaded.can };
}

/**
 * The page before submitting: the Vollständigkeitsprüfung of the current text, the number of the
 * Fassung the submission will freeze and whether the actor may submit now; after submitting, the
 * Fassung just frozen. Anyone who may read the concept (the page explains why others cannot
 * submit). Throws not_found (other district, unshared for advisors).
 */
export async function getSubmissionForm(actor: Actor, conceptId: unknown): Promise<SubmissionForm> {
  const { base, versions, findings, can } = await loadStepForm(actor, conceptId);
  const latest = versions[0];
  return {
    ...base,
    canSubmit: can['concept.submit'],
    findings,
    latestVersion: latest ? { number: latest.number, kind: latest.kind, createdAt: latest.createdAt, createdByName: latest.createdByName } : null,
  };
}

/**
 * The page before adopting: the counts of the Vollständigkeitsprüfung (open points need a recorded
 * reason), the number of the adopted Fassung and whether the actor may record the decision now;
 * once adopted, the recorded decision. Anyone who may read the concept. Throws not_found (other
 * district, unshared for advisors).
 */
export async function getAdoptionForm(actor: Actor, conceptId: unknown): Promise<AdoptionForm> {
  const { base, versions, can } = await loadStepForm(actor, conceptId);
  const adoption = base.concept.status === 'adopted' ? versions.find((v) => v.kind === 'adoption') : undefined;
  return {
    ...base,
    canAdopt: can['concept.adopt'],
    isWithoutApproval: base.concept.status !== 'approved',
    adoption: adoption
      ? { number: adoption.number, decidedBy: adoption.decidedBy, decidedOn: adoption.decidedOn, resolutionNumber: adoption.resolutionNumber }
      : null,
  };
}
