import { z } from 'zod';
import { getDb } from '../../db/client';
import type { Actor } from '../access';
import { parseInput } from '../shared/action-result';
import { countUserUnread, listUserNotifications } from './queries';

export const NOTIFICATIONS_DEFAULT_LIMIT = 50;
export const NOTIFICATIONS_MAX_LIMIT = 200;

const optionsSchema = z.object({
  onlyUnread: z.boolean().optional(),
  limit: z.number().int().min(1).max(NOTIFICATIONS_MAX_LIMIT).optional(),
});

export interface MyNotification {
  id: string;
  kind: string;
  message: string;
  link: string | null;
  districtId: string | null;
  actorName: string | null;
  createdAt: Date;
  isRead: boolean;
}

/**
 * The signed-in user's own notifications, newest first (at most `limit`, default 50).
 * Anyone signed in; nobody can list another person's notifications.
 */
export async function listMyNotifications(
  actor: Actor,
  options: { onlyUnread?: boolean; limit?: number } = {},
): Promise<MyNotification[]> {
  const { onlyUnread = false, limit = NOTIFICATIONS_DEFAULT_LIMIT } = parseInput(optionsSchema, options);
  const rows = await listUserNotifications(getDb(), { userId: actor.userId, onlyUnread, limit });
  return rows.map(({ readAt, ...row }) => ({ ...row, isRead: readAt !== null }));
}

/** How many of the signed-in user's notifications are unread (the badge in the navigation). */
export async function countMyUnread(actor: Actor): Promise<number> {
  return countUserUnread(getDb(), { userId: actor.userId });
}

/** The notifications page. */
export interface MyNotifications {
  notifications: MyNotification[];
  /** All unread ones, also those not on the page (the lead and „Alle als gelesen markieren“). */
  unreadCount: number;
}

/** The notifications page in one use case: the list (all or only unread) and the unread count. Anyone signed in, about themselves. */
export async function getMyNotifications(actor: Actor, options: { onlyUnread?: boolean } = {}): Promise<MyNotifications> {
  const [notifications, unreadCount] = await Promise.all([listMyNotifications(actor, options), countMyUnread(actor)]);
  return { notifications, unreadCount };
}
