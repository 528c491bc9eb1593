import type { Actor } from '../access';
import { updateConceptState } from '../concepts/queries';
import { AppError } from '../errors';
import { parseInput } from '../shared/action-result';
import { findLatestVersion, setVersionOutcome } from '../versions/queries';
import { conceptStepSchema } from './schemas';
import { runConceptStep } from './run-concept-step';

/**
 * Withdraws a submission: the concept is an editable Entwurf again; the submitted Fassung stays
 * (marked „zurückgezogen“) and remains visible to the advisor. Coordinators, while Eingereicht.
 * Throws not_found, forbidden, invalid_input.
 */
export async function withdrawSubmission(actor: Actor, input: unknown) {
  const values = parseInput(conceptStepSchema, input);
  return runConceptStep(actor, values.conceptId, 'concept.withdraw', async (trx, { concept, district }) => {
    const version = await findLatestVersion(trx, { districtId: district.id, conceptId: concept.id });
    if (!version) throw new AppError('invalid_input', 'Zu diesem Konzept gibt es keine eingereichte Fassung.');
    await setVersionOutcome(trx, { versionId: version.id, outcome: 'withdrawn', note: values.note, userId: actor.userId });
    await updateConceptState(trx, { conceptId: concept.id, status: 'draft' });
    return { audit: { to: 'draft', version: version.number }, result: { status: 'draft' as const, versionNumber: version.number } };
  });
}
