import { getDb } from '../../db/client';
import type { Actor } from '../access';
import { AppError } from '../errors';
import { parseId } from '../shared/schemas';
import { markAllUserNotificationsRead, markUserNotificationRead } from './queries';

/**
 * Marks one of the signed-in user's notifications read and returns its link (to open it).
 * Someone else's notification, an unknown or a malformed id: not_found.
 */
export async function markNotificationRead(actor: Actor, input: { notificationId: unknown }): Promise<{ link: string | null }> {
  const notificationId = parseId(input?.notificationId);
  const marked = await markUserNotificationRead(getDb(), { userId: actor.userId, notificationId });
  if (!marked) throw new AppError('not_found');
  return { link: marked.link };
}

/** Marks all of the signed-in user's notifications read; returns how many were unread. */
export async function markAllNotificationsRead(actor: Actor): Promise<{ count: number }> {
  return { count: await markAllUserNotificationsRead(getDb(), { userId: actor.userId }) };
}
