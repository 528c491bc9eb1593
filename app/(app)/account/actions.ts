'use server';

import { requireActor } from '@/app/_lib/session';
import { toActionResult, type ActionResult } from '@/lib/shared/action-result';
import { changeOwnPassword } from '@/lib/users/change-own-password';
import { formToObject } from '../../_lib/form-data';

export async function changePasswordAction(_state: ActionResult<null> | null, formData: FormData) {
  return toActionResult(async () => {
    // The one thing an account with a temporary password may do.
    const actor = await requireActor({ allowTemporaryPassword: true });
    await changeOwnPassword(actor, formToObject(formData));
    return null;
  });
}
