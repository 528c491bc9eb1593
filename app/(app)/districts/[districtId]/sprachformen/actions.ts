'use server';

import { revalidatePath } from 'next/cache';
import { requireActor } from '@/app/_lib/session';
import { updateDistrictTexts } from '@/lib/districts/update-district-texts';
import { toActionResult, type ActionResult } from '@/lib/shared/action-result';
import { formToObject } from '../../../../_lib/form-data';

export async function updateDistrictTextsAction(_state: ActionResult<{ changed: boolean }> | null, formData: FormData) {
  return toActionResult(async () => {
    const input = formToObject(formData);
    const result = await updateDistrictTexts(await requireActor(), input);
    // Every concept of the district shows the forms: its editor, views and exports.
    revalidatePath(`/districts/${input.districtId}`, 'layout');
    revalidatePath('/concepts', 'layout');
    return result;
  });
}
