import { getDb, type Db } from '../../db/client';
import type { Actor, ConceptAction } from '../access';
import { insertAuditEntry } from '../audit/queries';
import { loadConcept } from '../concepts/load-concept';
import { findConcept } from '../concepts/queries';
import { noticeWorkflowStep } from '../review/notices';

export type LoadedConcept = Awaited<ReturnType<typeof loadConcept>>;

/**
 * Runs one step of the concept workflow in a transaction: loads and locks the concept, checks
 * the action against role, sharing and state (lib/access/concept-rules.ts: an invalid
 * transition is refused with the German reason and changes nothing), runs the step, writes
 * the audit entry naming the concept and tells the other side in the app.
 */
export async function runConceptStep<T extends Record<string, unknown>>(
  actor: Actor,
  conceptId: unknown,
  action: ConceptAction,
  step: (trx: Db, loaded: LoadedConcept) => Promise<{ audit: Record<string, unknown>; result: T }>,
): Promise<T> {
  return getDb()
    .transaction()
    .execute(async (trx) => {
      const loaded = await loadConcept(trx, actor, conceptId, action, { lock: true });
      const { audit, result } = await step(trx, loaded);
      const versionNumber = typeof result.versionNumber === 'number' ? result.versionNumber : undefined;
      // Told as the concept is after the step (a submission shares it with the advisors, for example).
      const after = (await findConcept(trx, { conceptId: loaded.concept.id })) ?? loaded.concept;
      await noticeWorkflowStep(trx, actor, after, action, versionNumber);
      await insertAuditEntry(trx, {
        actorUserId: actor.userId,
        districtId: loaded.district.id,
        action,
        objectType: 'concept',
        objectId: loaded.concept.id,
        conceptId: loaded.concept.id,
        details: { concept: loaded.concept.title, from: loaded.concept.status, ...audit },
      });
      return result;
    });
}
