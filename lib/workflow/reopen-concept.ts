import type { Actor } from '../access';
import { updateConceptState } from '../concepts/queries';
import { parseInput } from '../shared/action-result';
import { conceptStepSchema } from './schemas';
import { runConceptStep } from './run-concept-step';

/**
 * Opens an approved concept for changes again (→ Entwurf). The approval no longer applies: the
 * changed concept has to be submitted again. Coordinators, while Fachlich befürwortet.
 * Throws not_found, forbidden, invalid_input.
 */
export async function reopenConcept(actor: Actor, input: unknown) {
  const values = parseInput(conceptStepSchema, input);
  return runConceptStep(actor, values.conceptId, 'concept.reopen', async (trx, { concept }) => {
    await updateConceptState(trx, { conceptId: concept.id, status: 'draft' });
    return { audit: { to: 'draft', note: values.note }, result: { status: 'draft' as const } };
  });
}
