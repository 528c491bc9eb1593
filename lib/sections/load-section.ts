import type { Db } from '../../db/client';
import { assertConcept, type Actor, type ConceptAction, type ConceptContext } from '../access';
import { findConcept } from '../concepts/queries';
import { findConceptOfSectionForShare } from '../concepts/access-queries';
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
 * Two round trips with `lock` (concept and advisor fact, share-locked through the section's id; then the locked
 * section), two without (section and advisor fact, concept): every autosave and comment goes through here.
 */
export async function loadSection(db: Db, actor: Actor, rawSectionId: unknown, action: ConceptAction, options: { lock?: boolean } = {}) {
  const sectionId = parseId(rawSectionId);
  let concept;
  let hasAdvisor;
  let section;
  if (options.lock) {
    const found = await findConceptOfSectionForShare(db, { sectionId });
    if (!found) throw new AppError('not_found');
    ({ district_has_advisor: hasAdvisor, ...concept } = found);
    section = await findSectionForUpdate(db, { sectionId });
  } else {
    const found = await findSectionForAccess(db, { sectionId });
    if (!found) throw new AppError('not_found');
    ({ district_has_advisor: hasAdvisor, ...section } = found);
    // A section never moves to another concept, so its concept id can be read before any lock.
    concept = await findConcept(db, { conceptId: found.concept_id });
  }
  if (!concept || !section || section.concept_id !== concept.id) throw new AppError('not_found');
  const context: ConceptContext = { districtId: concept.district_id, status: concept.status, isShared: concept.is_shared, hasAdvisor: Boolean(hasAdvisor) };
  assertConcept(actor, action, context);
  return { section, concept, context };
}
