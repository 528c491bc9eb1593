import { z } from 'zod';
import { getDb, type Db } from '../../db/client';
import { DISTRICT_ROLES } from '../../db/types';
import { assertCan, type Actor } from '../access';
import { insertAuditEntry } from '../audit/queries';
import { generateInitialPassword, hashPassword } from '../auth/passwords';
import { AppError } from '../errors';
import { parseInput } from '../shared/action-result';
import { isUniqueViolation } from '../shared/db-errors';
import { displayNameSchema, emailSchema, idSchema } from '../shared/schemas';
import { findUserByEmail, insertUser } from '../users/queries';
import {
  countCoordinators,
  deleteMembership,
  findMembershipForUpdate,
  insertMembership,
  lockDistrict,
  updateMembershipRole,
} from './queries';

const roleSchema = z.enum(DISTRICT_ROLES, { error: 'Bitte wählen Sie eine Rolle.' });

export const addMemberSchema = z.object({
  districtId: idSchema,
  email: emailSchema,
  displayName: displayNameSchema,
  role: roleSchema,
});

/**
 * Adds a person to a district. An existing staff account is linked; otherwise an
 * account is created with an initial password, returned once. Coordinators of
 * the district and admins. Throws not_found (other district), forbidden, invalid_input.
 */
export async function addMember(actor: Actor, input: unknown) {
  const values = parseInput(addMemberSchema, input);
  assertCan(actor, 'member.manage', { districtId: values.districtId });
  const initialPassword = generateInitialPassword();
  const passwordHash = await hashPassword(initialPassword);
  return getDb()
    .transaction()
    .execute(async (trx) => {
      if (!(await lockDistrict(trx, { districtId: values.districtId }))) throw new AppError('not_found');
      let user = await findUserByEmail(trx, { email: values.email });
      let isNewAccount = false;
      if (user && user.platform_role !== 'user') {
        throw new AppError('invalid_input', 'Dieses Konto gehört zur Beratung oder Plattformverwaltung und kann nicht Mitglied einer Kommune werden.', {
          fields: { email: 'Konto der Beratung oder Verwaltung.' },
        });
      }
      if (user && (await findMembershipForUpdate(trx, { districtId: values.districtId, userId: user.id }))) {
        const message = 'Diese Person ist bereits Mitglied dieser Kommune.';
        throw new AppError('invalid_input', message, { fields: { email: message } });
      }
      if (!user) {
        user = await insertUser(trx, { ...values, platformRole: 'user', passwordHash, mustChangePassword: true });
        isNewAccount = true;
      }
      await insertMembership(trx, { districtId: values.districtId, userId: user.id, role: values.role });
      await audit(trx, actor, values.districtId, 'member.add', user.id, { role: values.role, isNewAccount });
      // An existing account's name is not shown to another district's coordinator.
      return {
        userId: user.id,
        email: user.email,
        displayName: isNewAccount ? user.display_name : null,
        initialPassword: isNewAccount ? initialPassword : null,
      };
    })
    .catch((error: unknown) => {
      // Someone created an account with this address at the same moment: ask to try again, it will link.
      if (isUniqueViolation(error, 'users_email_unique') || isUniqueViolation(error, 'memberships_pk')) {
        throw new AppError('invalid_input', 'Diese E-Mail-Adresse wurde gerade anderweitig angelegt. Bitte versuchen Sie es erneut.', {
          fields: { email: 'Bitte erneut versuchen.' },
        });
      }
      throw error;
    });
}

export const changeMemberRoleSchema = z.object({ districtId: idSchema, userId: idSchema, role: roleSchema });

/**
 * Changes a member's role. Coordinators of the district and admins. A district
 * always keeps at least one active coordinator. Throws not_found, forbidden, invalid_input.
 */
export async function changeMemberRole(actor: Actor, input: unknown) {
  const values = parseInput(changeMemberRoleSchema, input);
  assertCan(actor, 'member.manage', { districtId: values.districtId });
  await getDb()
    .transaction()
    .execute(async (trx) => {
      await lockDistrict(trx, values);
      const membership = await findMembershipForUpdate(trx, values);
      if (!membership) throw new AppError('not_found');
      if (membership.role === values.role) return;
      if (membership.role === 'coordinator') await assertAnotherCoordinator(trx, values.districtId, values.userId);
      await updateMembershipRole(trx, values);
      await audit(trx, actor, values.districtId, 'member.role_change', values.userId, { from: membership.role, to: values.role });
    });
}

export const removeMemberSchema = z.object({ districtId: idSchema, userId: idSchema });

/** Removes a member from a district; takes effect on their next request. Same rules as changeMemberRole. */
export async function removeMember(actor: Actor, input: unknown) {
  const values = parseInput(removeMemberSchema, input);
  assertCan(actor, 'member.manage', { districtId: values.districtId });
  await getDb()
    .transaction()
    .execute(async (trx) => {
      await lockDistrict(trx, values);
      const membership = await findMembershipForUpdate(trx, values);
      if (!membership) throw new AppError('not_found');
      if (membership.role === 'coordinator') await assertAnotherCoordinator(trx, values.districtId, values.userId);
      await deleteMembership(trx, values);
      await audit(trx, actor, values.districtId, 'member.remove', values.userId, { role: membership.role });
    });
}

/** After the change, at least one active coordinator other than `userId` must remain. */
async function assertAnotherCoordinator(trx: Db, districtId: string, userId: string) {
  if ((await countCoordinators(trx, { districtId, exceptUserId: userId })) < 1) {
    throw new AppError(
      'invalid_input',
      'Jede Kommune braucht mindestens eine Koordination. Ernennen Sie zuerst eine weitere Person zur Koordination.',
    );
  }
}

function audit(trx: Db, actor: Actor, districtId: string, action: string, userId: string, details: Record<string, unknown>) {
  return insertAuditEntry(trx, { actorUserId: actor.userId, districtId, action, objectType: 'membership', objectId: userId, details });
}
