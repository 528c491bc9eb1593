'use server';

import { revalidatePath } from 'next/cache';
import { requireActor } from '@/app/_lib/session';
import { setChecklistItem, setSectionStatus } from '@/lib/sections/update-section-meta';
import { toActionResult } from '@/lib/shared/action-result';

export async function setSectionStatusAction(input: { sectionId: string; status: string; conceptId: string }) {
  return toActionResult(async () => {
    const result = await setSectionStatus(await requireActor(), input);
    revalidatePath(`/concepts/${input.conceptId}`, 'layout');
    return result;
  });
}

export async function setChecklistItemAction(input: { sectionId: string; itemKey: string; isDone: boolean; conceptId: string }) {
  return toActionResult(async () => {
    const result = await setChecklistItem(await requireActor(), input);
    revalidatePath(`/concepts/${input.conceptId}`);
    return result;
  });
}
