import type { Actor } from '../access';
import { updateConceptState } from '../concepts/queries';
import { AppError } from '../errors';
import { parseInput } from '../shared/action-result';
import { findLatestVersion, setVersionOutcome } from '../versions/queries';
import { conceptStepSchema } from './schemas';
import { runConceptStep, type LoadedConcept } from './run-concept-step';
import type { Db } from '../../db/client';

async function submittedVersion(trx: Db, { concept, district }: LoadedConcept) {
  const version = await findLatestVersion(trx, { districtId: district.id, conceptId: concept.id });
  if (!version || version.kind !== 'submission') throw new AppError('invalid_input', 'Zu diesem Konzept gibt es keine eingereichte Fassung.');
  return version;
}

/**
 * „Überarbeitung erbitten“: the advisor sends the submitted Fassung back with a note; the
 * district can edit again and resubmit. Assigned advisors of a shared concept, while Eingereicht.
 * Throws not_found (other district, unshared), forbidden (role, state), invalid_input.
 */
export async function requestChanges(actor: Actor, input: unknown) {
  const values = parseInput(conceptStepSchema, input);
  return runConceptStep(actor, values.conceptId, 'review.request_changes', async (trx, loaded) => {
    const version = await submittedVersion(trx, loaded);
    await setVersionOutcome(trx, { versionId: version.id, outcome: 'changes_requested', note: values.note, userId: actor.userId });
    await updateConceptState(trx, { conceptId: loaded.concept.id, status: 'changes_requested' });
    return {
      audit: { to: 'changes_requested', version: version.number },
      result: { status: 'changes_requested' as const, versionNumber: version.number },
    };
  });
}

/**
 * „Fachlich befürworten“: the advisor's professional approval of the submitted Fassung (advice,
 * not a legal approval: the council decides). Assigned advisors, while Eingereicht.
 * Throws not_found, forbidden, invalid_input.
 */
export async function approveConcept(actor: Actor, input: unknown) {
  const values = parseInput(conceptStepSchema, input);
  return runConceptStep(actor, values.conceptId, 'review.approve', async (trx, loaded) => {
    const version = await submittedVersion(trx, loaded);
    await setVersionOutcome(trx, { versionId: version.id, outcome: 'approved', note: values.note, userId: actor.userId });
    await updateConceptState(trx, { conceptId: loaded.concept.id, status: 'approved' });
    return { audit: { to: 'approved', version: version.number }, result: { status: 'approved' as const, versionNumber: version.number } };
  });
}
