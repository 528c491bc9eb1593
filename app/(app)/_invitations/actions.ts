'use server';

import { revalidatePath } from 'next/cache';
import { requireActor } from '@/app/_lib/session';
import { acceptInvitation, declineInvitation } from '@/lib/members/invitations';
import { toActionResult, type ActionResult } from '@/lib/shared/action-result';

export async function acceptInvitationAction(
  _state: ActionResult<{ districtId: string; districtName: string }> | null,
  formData: FormData,
) {
  return toActionResult(async () => {
    const result = await acceptInvitation(await requireActor(), { invitationId: formData.get('invitationId') });
    revalidatePath('/', 'layout');
    return { districtId: result.districtId, districtName: result.districtName };
  });
}

export async function declineInvitationAction(_state: ActionResult<null> | null, formData: FormData) {
  return toActionResult(async () => {
    await declineInvitation(await requireActor(), { invitationId: formData.get('invitationId') });
    revalidatePath('/', 'layout');
    return null;
  });
}
