import type { Db } from '../../db/client';
import { assertConcept, type Actor, type ConceptAction } from '../access';
import { conceptContextOf } from '../concepts/load-concept';
import { findConcept, findConceptForShare } from '../concepts/queries';
import { AppError } from '../errors';
import { parseId } from '../shared/schemas';
import { findSection, findSectionForUpdate } from './queries';

/**
 * Loads a section and its concept and checks the action against the concept's rules
 * (role, sharing, workflow state). A section of another district answers not_found,
 * exactly like one that does not exist. With `lock`, the section row stays locked
 * until the transaction ends, and the concept row is share-locked, so the concept's state
 * (e.g. submitted: read-only) cannot change while the change is under way.
 */
export async function loadSection(db: Db, actor: Actor, rawSectionId: unknown, action: ConceptAction, options: { lock?: boolean } = {}) {
  const sectionId = parseId(rawSectionId);
  const section = options.lock ? await findSectionForUpdate(db, { sectionId }) : await findSection(db, { sectionId });
  if (!section) throw new AppError('not_found');
  const concept = options.lock
    ? await findConceptForShare(db, { conceptId: section.concept_id })
    : await findConcept(db, { conceptId: section.concept_id });
  if (!concept) throw new AppError('not_found');
  const context = await conceptContextOf(db, concept);
  assertConcept(actor, action, context);
  return { section, concept, context };
}
