import type { Db } from '../../db/client';
import { assertCan, type Actor, type DistrictAction } from '../access';
import { findConcept } from '../concepts/queries';
import { AppError } from '../errors';
import { parseId } from '../shared/schemas';
import { findSection, findSectionForUpdate } from './queries';

/**
 * Loads a section and its concept and checks the action. A section of another
 * district answers not_found, exactly like one that does not exist. With
 * `lock`, the section row stays locked until the transaction ends.
 */
export async function loadSection(db: Db, actor: Actor, rawSectionId: unknown, action: DistrictAction, options: { lock?: boolean } = {}) {
  const sectionId = parseId(rawSectionId);
  const section = options.lock ? await findSectionForUpdate(db, { sectionId }) : await findSection(db, { sectionId });
  if (!section) throw new AppError('not_found');
  assertCan(actor, action, { districtId: section.district_id });
  const concept = await findConcept(db, { conceptId: section.concept_id });
  if (!concept) throw new AppError('not_found');
  if (action === 'section.edit' && (concept.status === 'adopted' || concept.status === 'archived')) {
    throw new AppError('forbidden', 'Dieses Konzept ist beschlossen und kann nicht mehr geändert werden. Änderungen erfolgen in einer Fortschreibung.');
  }
  return { section, concept };
}
