import type { Actor } from '@/lib/access';
import { getNewConceptForm } from '@/lib/concepts/get-new-concept-form';
import { loadOrNotFound, requirePageRight } from '../../../../../_lib/guard';

/**
 * The new-concept form for both ways of creating a concept (from the template, from a Word
 * file). Not found and forbidden end the page as everywhere else.
 */
export async function loadNewConceptForm(actor: Actor, districtId: string) {
  const data = await loadOrNotFound(() => getNewConceptForm(actor, districtId));
  requirePageRight(actor, 'concept.create', data.district.id);
  return data;
}
