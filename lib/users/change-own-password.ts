import { z } from 'zod';
import { getDb } from '../../db/client';
import type { Actor } from '../access';
import { insertAuditEntry } from '../audit/queries';
import { hashPassword, newPasswordSchema, verifyPassword } from '../auth/passwords';
import { AppError } from '../errors';
import { parseInput } from '../shared/action-result';
import { findUserById, updatePassword } from './queries';

export const changePasswordSchema = z
  .object({
    currentPassword: z.string().min(1, 'Bitte geben Sie Ihr bisheriges Passwort ein.'),
    newPassword: newPasswordSchema,
    confirmPassword: z.string(),
  })
  .refine((v) => v.newPassword === v.confirmPassword, {
    path: ['confirmPassword'],
    message: 'Die beiden neuen Passwörter stimmen nicht überein.',
  })
  .refine((v) => v.newPassword !== v.currentPassword, {
    path: ['newPassword'],
    message: 'Das neue Passwort muss sich vom bisherigen unterscheiden.',
  });

/**
 * Changes the signed-in user's own password after checking the current one.
 * Every session of the user ends, so a stolen session cannot outlive the change.
 * Throws invalid_input (wrong current password, weak or mismatched new one).
 */
export async function changeOwnPassword(actor: Actor, input: unknown): Promise<void> {
  const values = parseInput(changePasswordSchema, input);
  const db = getDb();
  const user = await findUserById(db, { userId: actor.userId });
  if (!user) throw new AppError('unauthenticated');
  if (!(await verifyPassword(user.password_hash, values.currentPassword))) {
    const message = 'Das bisherige Passwort ist nicht korrekt.';
    throw new AppError('invalid_input', message, { fields: { currentPassword: message } });
  }
  const passwordHash = await hashPassword(values.newPassword);
  await db.transaction().execute(async (trx) => {
    await updatePassword(trx, { userId: actor.userId, passwordHash, mustChangePassword: false });
    await insertAuditEntry(trx, {
      actorUserId: actor.userId,
      districtId: null,
      action: 'user.password_change',
      objectType: 'user',
      objectId: actor.userId,
    });
  });
}
