'use server';

import { revalidatePath } from 'next/cache';
import { requireActor } from '@/app/_lib/session';
import { addMember, type AddMemberResult } from '@/lib/members/invite-member';
import { withdrawInvitation } from '@/lib/members/invitations';
import { changeMemberRole, removeMember } from '@/lib/members/manage-members';
import { toActionResult, type ActionResult } from '@/lib/shared/action-result';
import { formToObject } from '../../../../_lib/form-data';

export async function addMemberAction(_state: ActionResult<AddMemberResult> | null, formData: FormData) {
  return toActionResult(async () => {
    const actor = await requireActor();
    const input = formToObject(formData);
    const result = await addMember(actor, input);
    revalidatePath(`/districts/${input.districtId}/members`);
    return result;
  });
}

export async function withdrawInvitationAction(_state: ActionResult<null> | null, formData: FormData) {
  return toActionResult(async () => {
    const actor = await requireActor();
    const input = formToObject(formData);
    await withdrawInvitation(actor, input);
    revalidatePath(`/districts/${input.districtId}/members`);
    return null;
  });
}

export async function changeMemberRoleAction(_state: ActionResult<null> | null, formData: FormData) {
  return toActionResult(async () => {
    const actor = await requireActor();
    const input = formToObject(formData);
    await changeMemberRole(actor, input);
    revalidatePath(`/districts/${input.districtId}/members`);
    return null;
  });
}

export async function removeMemberAction(_state: ActionResult<null> | null, formData: FormData) {
  return toActionResult(async () => {
    const actor = await requireActor();
    const input = formToObject(formData);
    await removeMember(actor, input);
    revalidatePath(`/districts/${input.districtId}/members`);
    return null;
  });
}
