import { z } from 'zod';
import { getDb, type Db } from '../../db/client';
import { assertCan, type Actor } from '../access';
import { insertAuditEntry } from '../audit/queries';
import { AppError } from '../errors';
import { parseInput } from '../shared/action-result';
import { idSchema } from '../shared/schemas';
import { DISTRICT_ROLE_LABELS } from './labels';
import { countCoordinators, deleteMembership, findMembershipForUpdate, lockDistrict, updateMembershipRole } from './queries';
import { isAdminActing, notifyCoordinators, roleSchema } from './team-notices';

/** The active district and the member's membership in it, both locked; not_found if either is missing. */
async function lockMembership(trx: Db, key: { districtId: string; userId: string }) {
  const district = await lockDistrict(trx, key);
  if (!district) throw new AppError('not_found');
  const membership = await findMembershipForUpdate(trx, key);
  if (!membership) throw new AppError('not_found');
  return { district, membership };
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
      const { district, membership } = await lockMembership(trx, values);
      if (membership.role === values.role) return;
      if (membership.role === 'coordinator') await assertAnotherCoordinator(trx, values.districtId, values.userId);
      await updateMembershipRole(trx, values);
      const byAdmin = isAdminActing(actor, values.districtId);
      await audit(trx, actor, values.districtId, 'member.role_change', values.userId, {
        name: membership.display_name,
        from: membership.role,
        to: values.role,
        ...(byAdmin ? { byAdmin } : {}),
      });
      if (byAdmin) {
        const [from, to] = [DISTRICT_ROLE_LABELS[membership.role], DISTRICT_ROLE_LABELS[values.role]];
        await notifyCoordinators(
          trx,
          actor,
          district,
          'member.role_changed_by_admin',
          `Die Plattformverwaltung (${actor.displayName}) hat ${membership.display_name} in der Kommune „${district.name}“ von ${from} zu ${to} gemacht.`,
        );
      }
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
      const { district, membership } = await lockMembership(trx, values);
      if (membership.role === 'coordinator') await assertAnotherCoordinator(trx, values.districtId, values.userId);
      await deleteMembership(trx, values);
      const byAdmin = isAdminActing(actor, values.districtId);
      await audit(trx, actor, values.districtId, 'member.remove', values.userId, {
        name: membership.display_name,
        role: membership.role,
        ...(byAdmin ? { byAdmin } : {}),
      });
      if (byAdmin) {
        await notifyCoordinators(
          trx,
          actor,
          district,
          'member.removed_by_admin',
          `Die Plattformverwaltung (${actor.displayName}) hat ${membership.display_name} aus der Kommune „${district.name}“ entfernt.`,
        );
      }
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
