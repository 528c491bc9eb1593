import { z } from 'zod';
import { getDb } from '../../db/client';
import { PLATFORM_ROLES, type PlatformRole } from '../../db/types';
import { assertPlatform, type Actor } from '../access';
import { insertAuditEntry } from '../audit/queries';
import { generateInitialPassword, hashPassword } from '../auth/passwords';
import { AppError } from '../errors';
import { parseInput } from '../shared/action-result';
import { isUniqueViolation } from '../shared/db-errors';
import { displayNameSchema, emailSchema } from '../shared/schemas';
import { findUserByEmail, insertUser } from './queries';

export const createUserSchema = z.object({
  email: emailSchema,
  displayName: displayNameSchema,
  platformRole: z.enum(PLATFORM_ROLES, { error: 'Bitte wählen Sie die Art des Kontos.' }),
});

export const EMAIL_TAKEN = 'Für diese E-Mail-Adresse gibt es bereits ein Konto.';

/** A new account and its initial password (shown once). */
export interface CreatedUser {
  user: { id: string; email: string; displayName: string; platformRole: PlatformRole };
  initialPassword: string;
}

/**
 * Creates an account with a random initial password, returned once and never
 * stored in clear. Platform administrators only (district staff are usually
 * created through addMember). Throws forbidden, invalid_input.
 */
export async function createUser(actor: Actor, input: unknown): Promise<CreatedUser> {
  assertPlatform(actor, 'user.manage');
  const values = parseInput(createUserSchema, input);
  const initialPassword = generateInitialPassword();
  const passwordHash = await hashPassword(initialPassword);
  const user = await getDb()
    .transaction()
    .execute(async (trx) => {
      if (await findUserByEmail(trx, { email: values.email })) {
        throw new AppError('invalid_input', EMAIL_TAKEN, { fields: { email: EMAIL_TAKEN } });
      }
      const created = await insertUser(trx, { ...values, passwordHash, mustChangePassword: true });
      await insertAuditEntry(trx, {
        actorUserId: actor.userId,
        districtId: null,
        action: 'user.create',
        objectType: 'user',
        objectId: created.id,
        details: { email: created.email, platformRole: created.platform_role },
      });
      return { id: created.id, email: created.email, displayName: created.display_name, platformRole: created.platform_role };
    })
    .catch((error: unknown) => {
      if (isUniqueViolation(error, 'users_email_unique')) throw new AppError('invalid_input', EMAIL_TAKEN, { fields: { email: EMAIL_TAKEN } });
      throw error;
    });
  return { user, initialPassword };
}
