'use server';

import { revalidatePath } from 'next/cache';
import { requireActor } from '@/app/_lib/session';
import { updateConceptDetails } from '@/lib/concepts/update-concept-details';
import { toActionResult, type ActionResult } from '@/lib/shared/action-result';

export async function updateConceptDetailsAction(_state: ActionResult<{ changed: boolean }> | null, formData: FormData) {
  const conceptId = formData.get('conceptId');
  const result = await toActionResult(async () => {
    return updateConceptDetails(await requireActor(), {
      conceptId,
      title: formData.get('title'),
      responsible: formData.get('responsible'),
      facilityIds: formData.getAll('facilityIds'),
      shown: { title: formData.get('shownTitle'), responsible: formData.get('shownResponsible'), facilityIds: formData.getAll('shownFacilityIds') },
    });
  });
  if (result.ok && typeof conceptId === 'string') revalidatePath(`/concepts/${conceptId}`);
  return result;
}
