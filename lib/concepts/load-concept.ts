import type { Db } from '../../db/client';
import { assertConcept, conceptCapabilities, type Actor, type ConceptAction, type ConceptContext } from '../access';
import { findDistrict } from '../districts/queries';
import { AppError } from '../errors';
import { parseId } from '../shared/schemas';
import { getTemplate } from '../templates';
import { districtHasAdvisor, findConcept, findConceptForUpdate, type ConceptRow } from './queries';

/** The facts the access rules need about a concept (one small query for the advisor assignment). */
export async function conceptContextOf(db: Db, concept: Pick<ConceptRow, 'district_id' | 'status' | 'is_shared'>): Promise<ConceptContext> {
  return {
    districtId: concept.district_id,
    status: concept.status,
    isShared: concept.is_shared,
    hasAdvisor: await districtHasAdvisor(db, { districtId: concept.district_id }),
  };
}

/**
 * A concept the actor may act on, with its district, template, the rule context and what the
 * actor may do now. Another district's concept, or an unshared one for an advisor, is not_found
 * exactly like one that does not exist; a state or role that does not permit `action` is
 * forbidden with a German reason. With `lock` the concept row stays locked until the
 * transaction ends (state changes and Fassungen happen one at a time).
 */
export async function loadConcept(db: Db, actor: Actor, rawConceptId: unknown, action: ConceptAction = 'concept.read', options: { lock?: boolean } = {}) {
  const conceptId = parseId(rawConceptId);
  const concept = options.lock ? await findConceptForUpdate(db, { conceptId }) : await findConcept(db, { conceptId });
  if (!concept) throw new AppError('not_found');
  const context = await conceptContextOf(db, concept);
  assertConcept(actor, action, context);
  const district = await findDistrict(db, { districtId: concept.district_id });
  if (!district) throw new AppError('not_found');
  return {
    concept,
    district,
    template: getTemplate(concept.template_id, concept.template_version),
    context,
    can: conceptCapabilities(actor, context),
  };
}
