'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { requireActor } from '@/app/_lib/session';
import { deleteFacility, saveFacility } from '@/lib/facilities/manage-facilities';
import { toActionResult, type ActionResult } from '@/lib/shared/action-result';
import { formToObject } from '../../../../_lib/form-data';

export type SavedFacility = { id: string; name: string; capacity: number; occupancy: number };

export async function saveFacilityAction(_state: ActionResult<SavedFacility> | null, formData: FormData) {
  return toActionResult(async () => {
    const actor = await requireActor();
    const input = formToObject(formData);
    const facility = await saveFacility(actor, input);
    revalidatePath(`/districts/${facility.districtId}/facilities`, 'layout');
    return { id: facility.id, name: facility.name, capacity: facility.capacity, occupancy: facility.occupancy };
  });
}

/** Deletes and returns to the list; only errors come back to the form. */
export async function deleteFacilityAction(_state: ActionResult<null> | null, formData: FormData) {
  const input = formToObject(formData);
  const result = await toActionResult(async () => {
    await deleteFacility(await requireActor(), input);
    revalidatePath(`/districts/${input.districtId}/facilities`, 'layout');
    return null;
  });
  if (result.ok) redirect(`/districts/${input.districtId}/facilities`);
  return result;
}
