import type { Actor } from '../access';
import { updateConceptState } from '../concepts/queries';
import { AppError } from '../errors';
import { parseInput } from '../shared/action-result';
import { conceptStepSchema } from './schemas';
import { runConceptStep } from './run-concept-step';

/**
 * „Für die Beratung freigeben“: the district's assigned advisors may read and comment on the
 * concept while it is still being written. Coordinators of the district, before adoption.
 * Throws not_found (other district), forbidden (role or state, with the reason), invalid_input.
 */
export async function shareConcept(actor: Actor, input: unknown) {
  const values = parseInput(conceptStepSchema, input);
  return runConceptStep(actor, values.conceptId, 'concept.share', async (trx, { concept, context }) => {
    if (concept.is_shared) throw new AppError('invalid_input', 'Das Konzept ist bereits für die Beratung freigegeben.');
    if (!context.hasAdvisor) {
      throw new AppError(
        'invalid_input',
        'Ihrer Kommune ist keine DeBUG-Beratung zugeordnet. Bitten Sie die Plattformverwaltung um eine Zuordnung; bis dahin sieht niemand außerhalb der Kommune das Konzept.',
      );
    }
    await updateConceptState(trx, { conceptId: concept.id, isShared: true });
    return { audit: {}, result: { isShared: true } };
  });
}

/**
 * Takes the early sharing back: advisors no longer see the concept (their comments stay and
 * return with the next sharing). Coordinators, in Entwurf only — a submitted concept stays
 * visible to the advisor. Throws not_found, forbidden, invalid_input.
 */
export async function unshareConcept(actor: Actor, input: unknown) {
  const values = parseInput(conceptStepSchema, input);
  return runConceptStep(actor, values.conceptId, 'concept.unshare', async (trx, { concept }) => {
    if (!concept.is_shared) throw new AppError('invalid_input', 'Das Konzept ist nicht für die Beratung freigegeben.');
    await updateConceptState(trx, { conceptId: concept.id, isShared: false });
    return { audit: {}, result: { isShared: false } };
  });
}
