import type { Actor } from '../access';
import { updateConceptState } from '../concepts/queries';
import { parseInput } from '../shared/action-result';
import { freezeVersion } from '../versions/freeze-version';
import { conceptStepSchema } from './schemas';
import { runConceptStep } from './run-concept-step';

/**
 * Submits the concept to the district's DeBUG advisors: freezes the next Fassung (every
 * section's current revision, details, annex data), sets the state to Eingereicht (the text is
 * read-only until the advisor answers or the submission is withdrawn) and shares the concept.
 * Coordinators, from Entwurf or Überarbeitung erbeten, with an assigned advisor.
 * Throws not_found, forbidden (role, state, no advisor — with the reason), invalid_input.
 */
export async function submitConceptForReview(actor: Actor, input: unknown) {
  const values = parseInput(conceptStepSchema, input);
  return runConceptStep(actor, values.conceptId, 'concept.submit', async (trx, { concept, district }) => {
    const version = await freezeVersion(trx, { concept, district, kind: 'submission', note: values.note, createdBy: actor.userId });
    await updateConceptState(trx, { conceptId: concept.id, status: 'submitted', ...(concept.is_shared ? {} : { isShared: true }) });
    return { audit: { to: 'submitted', version: version.number }, result: { status: 'submitted' as const, versionNumber: version.number } };
  });
}
