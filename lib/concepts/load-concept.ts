import type { Db } from '../../db/client';
import { assertConcept, conceptCapabilities, type Actor, type ConceptAction, type ConceptContext } from '../access';
import { AppError } from '../errors';
import { parseId } from '../shared/schemas';
import { getTemplate } from '../templates';
import { findConceptForAccess } from './access-queries';

/**
 * A concept the actor may act on, with its district, template, the rule context and what the
 * actor may do now. Another district's concept, or an unshared one for an advisor, is not_found
 * exactly like one that does not exist; a state or role that does not permit `action` is
 * forbidden with a German reason. With `lock` the concept row stays locked until the
 * transaction ends (state changes and Fassungen happen one at a time).
 */
export async function loadConcept(db: Db, actor: Actor, rawConceptId: unknown, action: ConceptAction = 'concept.read', options: { lock?: boolean } = {}) {
  const conceptId = parseId(rawConceptId);
  // Concept, district and the advisor fact in one round trip.
  const found = await findConceptForAccess(db, { conceptId, lock: options.lock });
  if (!found) throw new AppError('not_found');
  const { concept, district, hasAdvisor } = found;
  const context: ConceptContext = { districtId: concept.district_id, status: concept.status, isShared: concept.is_shared, hasAdvisor };
  assertConcept(actor, action, context);
  return {
    concept,
    district,
    template: getTemplate(concept.template_id, concept.template_version),
    context,
    can: conceptCapabilities(actor, context),
  };
}
