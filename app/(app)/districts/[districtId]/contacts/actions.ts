'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { requireActor } from '@/app/_lib/session';
import { deleteContact, markContactVerified, saveContact } from '@/lib/contacts/manage-contacts';
import { toActionResult, type ActionResult } from '@/lib/shared/action-result';
import { formToObject } from '../../../../_lib/form-data';

export async function saveContactAction(_state: ActionResult<{ organisation: string }> | null, formData: FormData) {
  return toActionResult(async () => {
    const actor = await requireActor();
    const contact = await saveContact(actor, formToObject(formData));
    revalidatePath(`/districts/${contact.districtId}/contacts`, 'layout');
    return { organisation: contact.organisation };
  });
}

export async function markContactVerifiedAction(_state: ActionResult<null> | null, formData: FormData) {
  return toActionResult(async () => {
    const actor = await requireActor();
    const contact = await markContactVerified(actor, formToObject(formData));
    revalidatePath(`/districts/${contact.districtId}/contacts`, 'layout');
    return null;
  });
}

/** Deletes and returns to the directory; only errors come back to the form. */
export async function deleteContactAction(_state: ActionResult<null> | null, formData: FormData) {
  const input = formToObject(formData);
  const result = await toActionResult(async () => {
    await deleteContact(await requireActor(), input);
    revalidatePath(`/districts/${input.districtId}/contacts`, 'layout');
    return null;
  });
  if (result.ok) redirect(`/districts/${input.districtId}/contacts`);
  return result;
}
