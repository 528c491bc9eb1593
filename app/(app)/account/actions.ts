'use server';

import { requireActor } from '@/lib/auth/session';
import { toActionResult, type ActionResult } from '@/lib/shared/action-result';
import { changeOwnPassword } from '@/lib/users/change-own-password';
import { formToObject } from '../../_lib/form-data';

export async function changePasswordAction(_state: ActionResult<null> | null, formData: FormData) {
  return toActionResult(async () => {
    const actor = await requireActor();
    await changeOwnPassword(actor, formToObject(formData));
    return null;
  });
}
