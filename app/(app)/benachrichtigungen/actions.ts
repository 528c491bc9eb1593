'use server';

import { revalidatePath } from 'next/cache';
import { requireActor } from '@/app/_lib/session';
import { isAppError } from '@/lib/errors';
import { markAllNotificationsRead, markNotificationRead } from '@/lib/notifications/mark-read';

// Plain form actions (they work without JavaScript too); the page shows the new state after
// revalidation. A notification that is gone or not one's own simply stays out of the list.

export async function markNotificationReadAction(formData: FormData): Promise<void> {
  try {
    await markNotificationRead(await requireActor(), { notificationId: formData.get('notificationId') });
  } catch (error) {
    if (!isAppError(error) || error.code !== 'not_found') throw error;
  }
  revalidatePath('/', 'layout');
}

export async function markAllNotificationsReadAction(): Promise<void> {
  await markAllNotificationsRead(await requireActor());
  revalidatePath('/', 'layout');
}
