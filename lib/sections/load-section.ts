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
 * exactly like one that does not exist. With `lock`, the concept row is share-locked and
 * then the section row locked until the transaction ends, so the concept's state
 * (e.g. submitted: read-only) cannot change while the change is under way.
 *
 * Lock order matters on real Postgres: concept first, section second — the same order as a
 * submission or adoption (concept FOR UPDATE, then the Fassung's rows, whose foreign keys
 * key-share-lock every section). Taking the section first made a save and a submission wait
 * for each other (deadlock detected).
 */
export async function loadSection(db: Db, actor: Actor, rawSectionId: unknown, action: ConceptAction, options: { lock?: boolean } = {}) {
  const sectionId = parseId(rawSectionId);
  const found = await findSection(db, { sectionId });
  if (!found) throw new AppError('not_found');
  // A section never moves to another concept, so its concept id can be read before any lock.
  const concept = options.lock
    ? await findConceptForShare(db, { conceptId: found.concept_id })
    : await findConcept(db, { conceptId: found.concept_id });
  if (!concept) throw new AppError('not_found');
  const section = options.lock ? await findSectionForUpdate(db, { sectionId }) : found;
  if (!section) throw new AppError('not_found');
  const context = await conceptContextOf(db, concept);
  assertConcept(actor, action, context);
  return { section, concept, context };
}
