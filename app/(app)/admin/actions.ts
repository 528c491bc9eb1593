'use server';

import { revalidatePath } from 'next/cache';
import { assignAdvisor, unassignAdvisor } from '@/lib/advisors/manage-assignments';
import { requireActor } from '@/app/_lib/session';
import { createDistrict } from '@/lib/districts/create-district';
import { setDistrictActive, updateDistrict } from '@/lib/districts/update-district';
import { toActionResult, type ActionResult } from '@/lib/shared/action-result';
import { createUser } from '@/lib/users/create-user';
import { resetUserPassword, setUserActive } from '@/lib/users/manage-user';
import { formToObject } from '../../_lib/form-data';

export async function createDistrictAction(_state: ActionResult<{ name: string }> | null, formData: FormData) {
  return toActionResult(async () => {
    const district = await createDistrict(await requireActor(), formToObject(formData));
    revalidatePath('/admin', 'layout');
    return { name: district.name };
  });
}

export async function updateDistrictAction(_state: ActionResult<{ name: string; changed: boolean }> | null, formData: FormData) {
  return toActionResult(async () => {
    const result = await updateDistrict(await requireActor(), formToObject(formData));
    revalidatePath('/admin', 'layout');
    return { name: result.name, changed: result.changed.length > 0 };
  });
}

export async function setDistrictActiveAction(_state: ActionResult<null> | null, formData: FormData) {
  return toActionResult(async () => {
    await setDistrictActive(await requireActor(), formToObject(formData));
    revalidatePath('/', 'layout');
    return null;
  });
}

export async function assignAdvisorAction(_state: ActionResult<null> | null, formData: FormData) {
  return toActionResult(async () => {
    await assignAdvisor(await requireActor(), formToObject(formData));
    revalidatePath('/admin', 'layout');
    return null;
  });
}

export async function unassignAdvisorAction(_state: ActionResult<null> | null, formData: FormData) {
  return toActionResult(async () => {
    await unassignAdvisor(await requireActor(), formToObject(formData));
    revalidatePath('/admin', 'layout');
    return null;
  });
}

export async function createUserAction(
  _state: ActionResult<{ email: string; displayName: string; initialPassword: string }> | null,
  formData: FormData,
) {
  return toActionResult(async () => {
    const { user, initialPassword } = await createUser(await requireActor(), formToObject(formData));
    revalidatePath('/admin', 'layout');
    return { email: user.email, displayName: user.displayName, initialPassword };
  });
}

export async function setUserActiveAction(_state: ActionResult<null> | null, formData: FormData) {
  return toActionResult(async () => {
    await setUserActive(await requireActor(), formData.get('userId'), formData.get('isActive') === 'true');
    revalidatePath('/admin', 'layout');
    return null;
  });
}

export async function resetPasswordAction(
  _state: ActionResult<{ initialPassword: string }> | null,
  formData: FormData,
) {
  return toActionResult(async () => resetUserPassword(await requireActor(), formData.get('userId')));
}
