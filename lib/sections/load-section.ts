import type { Db } from '../../db/client';
import { assertConcept, type Actor, type ConceptAction, type ConceptContext } from '../access';
import { findConcept, findConceptForShare } from '../concepts/queries';
import { AppError } from '../errors';
import { parseId } from '../shared/schemas';
import { findSectionForAccess, findSectionForUpdate } from './queries';

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
 *
 * Three round trips with `lock` (section and advisor fact, concept, locked section), two without:
 * every autosave and comment goes through here.
 */
export async function loadSection(db: Db, actor: Actor, rawSectionId: unknown, action: ConceptAction, options: { lock?: boolean } = {}) {
  const sectionId = parseId(rawSectionId);
  const found = await findSectionForAccess(db, { sectionId });
  if (!found) throw new AppError('not_found');
  const { district_has_advisor: hasAdvisor, ...unlocked } = found;
  // A section never moves to another concept, so its concept id can be read before any lock.
  const concept = options.lock
    ? await findConceptForShare(db, { conceptId: found.concept_id })
    : await findConcept(db, { conceptId: found.concept_id });
  if (!concept) throw new AppError('not_found');
  const section = options.lock ? await findSectionForUpdate(db, { sectionId }) : unlocked;
  if (!section) throw new AppError('not_found');
  const context: ConceptContext = { districtId: concept.district_id, status: concept.status, isShared: concept.is_shared, hasAdvisor: Boolean(hasAdvisor) };
  assertConcept(actor, action, context);
  return { section, concept, context };
}
