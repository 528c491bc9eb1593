import type { Db } from '../../db/client';
import type { NotificationKind } from './kinds';
import { insertNotifications, listActiveUserIds } from './queries';

export interface NotifyInput {
  /** Who should be told; duplicates and the actor are dropped, inactive accounts skipped. */
  recipientIds: readonly string[];
  /** Who caused the event (never notified about their own action), or null for the system. */
  actorUserId: string | null;
  districtId: string | null;
  kind: NotificationKind;
  /** A complete German sentence, e.g. „Miriam Muster hat „Beschwerdemanagement“ kommentiert.“ */
  message: string;
  /** An app path (starting with "/") to the object, or null. */
  link: string | null;
}

/**
 * Stores one notification per recipient. Call it inside the use case's transaction
 * (pass the transaction as `db`), so the notification exists exactly when the change
 * does. No permission check: the calling use case has authorised the change and
 * chosen recipients who may see its object.
 */
export async function notify(db: Db, input: NotifyInput): Promise<void> {
  if (input.link !== null && (!input.link.startsWith('/') || input.link.startsWith('//'))) {
    throw new Error(`notify: link must be an app path, got ${JSON.stringify(input.link)}`);
  }
  const candidates = [...new Set(input.recipientIds)].filter((id) => id !== input.actorUserId);
  const recipients = await listActiveUserIds(db, { userIds: candidates });
  await insertNotifications(db, { ...input, userIds: recipients });
}
