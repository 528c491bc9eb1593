import { redirect } from 'next/navigation';
import { requirePageActor } from '@/app/_lib/session';
import { isAppError } from '@/lib/errors';
import { markNotificationRead } from '@/lib/notifications/mark-read';
import { safeReturnPath } from '../../../../_lib/safe-return-path';

/**
 * Opens a notification: marks it read and continues to its object. A plain link (not a
 * button), so it can be opened in a new tab and is announced as a link; the list renders it
 * as <a>, never as a prefetching <Link>. Someone else's notification leads back to the list.
 */
export async function GET(_request: Request, { params }: { params: Promise<{ notificationId: string }> }) {
  const { notificationId } = await params;
  const actor = await requirePageActor(`/benachrichtigungen/${encodeURIComponent(notificationId)}/oeffnen`);
  let target = '/benachrichtigungen';
  try {
    const { link } = await markNotificationRead(actor, { notificationId });
    target = safeReturnPath(link, '/benachrichtigungen');
  } catch (error) {
    if (!isAppError(error) || error.code !== 'not_found') throw error;
  }
  redirect(target);
}
