import { getDb } from '../../db/client';
import { CONCEPT_STATUS_LABELS, districtRelation, visibleDistrictIds, type Actor } from '../access';
import { countOpenThreadsByConcept } from '../comments/queries';
import { listDistrictConcepts } from '../concepts/queries';
import { listVersionSectionHashes, listVersions } from '../versions/queries';
import type { ConceptStatus } from '../../db/schema-concepts';

const DAY_MS = 24 * 60 * 60 * 1000;

export interface QueueEntry {
  conceptId: string;
  title: string;
  districtId: string;
  districtName: string;
  versionNumber: number;
  submittedAt: Date;
  waitingDays: number;
  /** Sections changed against the Fassung before this one; null for a first submission. */
  changedSincePrevious: number | null;
  openThreads: number;
}

/** A concept shared with the advisor while it is still being written. */
export interface SharedConcept {
  conceptId: string;
  title: string;
  districtId: string;
  status: ConceptStatus;
  statusLabel: string;
}

export interface ReviewQueue {
  submitted: QueueEntry[];
  shared: SharedConcept[];
}

/**
 * The advisor's work queue: submitted concepts of the districts assigned to them, oldest
 * submission first, with waiting time, sections changed since the previous Fassung and open
 * comments; and the concepts shared with them while still being written. Advisors only (others
 * get empty lists: they have no queue).
 */
export async function listReviewQueue(actor: Actor, options: { now?: Date } = {}): Promise<ReviewQueue> {
  const now = options.now ?? new Date();
  const districtIds = visibleDistrictIds(actor).filter((id) => districtRelation(actor, id) === 'advisor');
  if (districtIds.length === 0) return { submitted: [], shared: [] };
  const db = getDb();
  const concepts = await listDistrictConcepts(db, { districtIds, sharedOnlyDistrictIds: districtIds });
  const submitted = concepts.filter((c) => c.status === 'submitted');
  const openThreads = await countOpenThreadsByConcept(db, { conceptIds: concepts.map((c) => c.id) });
  const entries: QueueEntry[] = [];
  for (const concept of submitted) {
    const versions = await listVersions(db, { districtId: concept.district_id, conceptId: concept.id });
    const latest = versions[0];
    if (!latest) continue;
    const previous = versions.find((v) => v.number < latest.number);
    let changedSincePrevious: number | null = null;
    if (previous) {
      const [a, b] = await Promise.all([
        listVersionSectionHashes(db, { districtId: concept.district_id, versionId: previous.id }),
        listVersionSectionHashes(db, { districtId: concept.district_id, versionId: latest.id }),
      ]);
      const before = new Map(a.map((s) => [s.key, s]));
      changedSincePrevious = b.filter((s) => {
        const old = before.get(s.key);
        return !old || (old.revisionNumber !== s.revisionNumber && old.hash !== s.hash);
      }).length;
    }
    entries.push({
      conceptId: concept.id,
      title: concept.title,
      districtId: concept.district_id,
      districtName: concept.district_name,
      versionNumber: latest.number,
      submittedAt: latest.createdAt,
      waitingDays: Math.max(0, Math.floor((now.getTime() - latest.createdAt.getTime()) / DAY_MS)),
      changedSincePrevious,
      openThreads: openThreads.get(concept.id) ?? 0,
    });
  }
  entries.sort((x, y) => x.submittedAt.getTime() - y.submittedAt.getTime());
  const shared = concepts
    .filter((c) => c.status !== 'submitted')
    .map((c) => ({ conceptId: c.id, title: c.title, districtId: c.district_id, status: c.status, statusLabel: CONCEPT_STATUS_LABELS[c.status] }));
  return { submitted: entries, shared };
}
