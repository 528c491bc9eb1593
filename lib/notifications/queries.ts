import { sql } from 'kysely';
import type { Db } from '../../db/client';

export interface NotificationRow {
  id: string;
  districtId: string | null;
  kind: string;
  message: string;
  link: string | null;
  actorName: string | null;
  createdAt: Date;
  readAt: Date | null;
}

/** The active accounts among `userIds` (inactive and unknown ids drop out). */
export async function listActiveUserIds(db: Db, { userIds }: { userIds: readonly string[] }): Promise<string[]> {
  if (userIds.length === 0) return [];
  const rows = await db
    .selectFrom('users')
    .select('id')
    .where('id', 'in', [...userIds])
    .where('is_active', '=', true)
    .execute();
  return rows.map((r) => r.id);
}

export async function insertNotifications(
  db: Db,
  {
    userIds,
    actorUserId,
    districtId,
    kind,
    message,
    link,
  }: { userIds: readonly string[]; actorUserId: string | null; districtId: string | null; kind: string; message: string; link: string | null },
): Promise<void> {
  if (userIds.length === 0) return;
  await db
    .insertInto('notifications')
    .values(userIds.map((userId) => ({ user_id: userId, actor_user_id: actorUserId, district_id: districtId, kind, message, link })))
    .execute();
}

/** One user's notifications, newest first. Always scoped by user: nobody lists someone else's. */
export async function listUserNotifications(
  db: Db,
  { userId, onlyUnread, limit }: { userId: string; onlyUnread: boolean; limit: number },
): Promise<NotificationRow[]> {
  let query = db
    .selectFrom('notifications')
    .leftJoin('users as actor', 'actor.id', 'notifications.actor_user_id')
    .select([
      'notifications.id',
      'notifications.district_id as districtId',
      'notifications.kind',
      'notifications.message',
      'notifications.link',
      'actor.display_name as actorName',
      'notifications.created_at as createdAt',
      'notifications.read_at as readAt',
    ])
    .where('notifications.user_id', '=', userId);
  if (onlyUnread) query = query.where('notifications.read_at', 'is', null);
  return query.orderBy('notifications.created_at', 'desc').orderBy('notifications.id', 'desc').limit(limit).execute();
}

export async function countUserUnread(db: Db, { userId }: { userId: string }): Promise<number> {
  const row = await db
    .selectFrom('notifications')
    .select(sql<string>`count(*)`.as('n'))
    .where('user_id', '=', userId)
    .where('read_at', 'is', null)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/**
 * Marks one notification read (keeps the first read time) and returns its link; undefined when
 * the notification is not the user's: someone else's id finds nothing.
 */
export async function markUserNotificationRead(db: Db, { userId, notificationId }: { userId: string; notificationId: string }) {
  return db
    .updateTable('notifications')
    .set({ read_at: sql<Date>`coalesce(read_at, now())` })
    .where('user_id', '=', userId)
    .where('id', '=', notificationId)
    .returning(['id', 'link'])
    .executeTakeFirst();
}

/** Returns how many were unread. */
export async function markAllUserNotificationsRead(db: Db, { userId }: { userId: string }): Promise<number> {
  const rows = await db
    .updateTable('notifications')
    .set({ read_at: sql<Date>`now()` })
    .where('user_id', '=', userId)
    .where('read_at', 'is', null)
    .returning('id')
    .execute();
  return rows.length;
}
