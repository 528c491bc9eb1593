import { getDb } from '../../db/client';
import { assertPlatform, type Actor } from '../access';
import { insertAuditEntry } from '../audit/queries';
import { generateInitialPassword, hashPassword } from '../auth/passwords';
import { AppError } from '../errors';
import { listActiveDistrictLinksOfUser, listCoordinatorIds } from '../members/queries';
import { notify } from '../notifications/notify';
import { parseId } from '../shared/schemas';
import { countActiveAdmins, findUserById, updatePassword, updateUserActive } from './queries';

/**
 * Activates or deactivates an account; a deactivated account's sessions stop
 * working on the next request. Platform administrators only; nobody can
 * deactivate themselves or the last active administrator.
 */
export async function setUserActive(actor: Actor, rawUserId: unknown, isActive: boolean) {
  assertPlatform(actor, 'user.manage');
  const userId = parseId(rawUserId);
  if (!isActive && userId === actor.userId) {
    throw new AppError('invalid_input', 'Sie können Ihr eigenes Konto nicht deaktivieren.');
  }
  await getDb()
    .transaction()
    .execute(async (trx) => {
      const user = await findUserById(trx, { userId });
      if (!user) throw new AppError('not_found');
      if (!isActive && user.platform_role === 'admin' && (await countActiveAdmins(trx)) <= 1) {
        throw new AppError('invalid_input', 'Das letzte aktive Administrationskonto kann nicht deaktiviert werden.');
      }
      await updateUserActive(trx, { userId, isActive });
      await insertAuditEntry(trx, {
        actorUserId: actor.userId,
        districtId: null,
        action: isActive ? 'user.activate' : 'user.deactivate',
        objectType: 'user',
        objectId: userId,
      });
    });
}

/**
 * Issues a new initial password (shown once) and ends all of the user's sessions.
 * Platform administrators only. Whoever knows the new password can act as the account
 * until its holder chooses their own, so every active district the account works in (as
 * member or assigned advisor) gets an entry in its Protokoll naming the administrator, and
 * its coordinators are told in the app.
 */
export async function resetUserPassword(actor: Actor, rawUserId: unknown) {
  assertPlatform(actor, 'user.manage');
  const userId = parseId(rawUserId);
  const initialPassword = generateInitialPassword();
  const passwordHash = await hashPassword(initialPassword);
  await getDb()
    .transaction()
    .execute(async (trx) => {
      const user = await findUserById(trx, { userId });
      if (!user) throw new AppError('not_found');
      await updatePassword(trx, { userId, passwordHash, mustChangePassword: true });
      await insertAuditEntry(trx, {
        actorUserId: actor.userId,
        districtId: null,
        action: 'user.password_reset',
        objectType: 'user',
        objectId: userId,
      });
      for (const link of await listActiveDistrictLinksOfUser(trx, { userId })) {
        await insertAuditEntry(trx, {
          actorUserId: actor.userId,
          districtId: link.districtId,
          action: 'member.password_reset',
          objectType: 'user',
          objectId: userId,
          details: { name: user.display_name, email: user.email, byAdmin: true },
        });
        const who = link.role === 'advisor' ? `der DeBUG-Beratung ${user.display_name}` : `von ${user.display_name}`;
        await notify(trx, {
          recipientIds: await listCoordinatorIds(trx, { districtId: link.districtId }),
          actorUserId: actor.userId,
          districtId: link.districtId,
          kind: 'member.password_reset_by_admin',
          message:
            `Die Plattformverwaltung (${actor.displayName}) hat das Passwort ${who} (${user.email}) neu gesetzt. ` +
            `Bis ${user.display_name} ein eigenes Passwort wählt, kann sich auch die Plattformverwaltung mit diesem Konto anmelden.`,
          link: `/districts/${link.districtId}/audit`,
        });
      }
    });
  return { initialPassword };
}
