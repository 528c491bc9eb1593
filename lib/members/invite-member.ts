import { z } from 'zod';
import { getDb } from '../../db/client';
import { assertCan, type Actor } from '../access';
import { insertAuditEntry } from '../audit/queries';
import { generateInitialPassword, hashPassword } from '../auth/passwords';
import { AppError } from '../errors';
import { notify } from '../notifications/notify';
import { parseInput } from '../shared/action-result';
import { isUniqueViolation } from '../shared/db-errors';
import { displayNameSchema, emailSchema, idSchema } from '../shared/schemas';
import { findUserByEmail, insertUser } from '../users/queries';
import { insertInvitation, findOpenInvitation } from './invitation-queries';
import { DISTRICT_ROLE_LABELS } from './labels';
import { findMembershipForUpdate, lockDistrict } from './queries';
import { isAdminActing, notifyCoordinators, roleSchema } from './team-notices';

export const addMemberSchema = z.object({
  districtId: idSchema,
  email: emailSchema,
  displayName: displayNameSchema,
  role: roleSchema,
});

export interface AddMemberResult {
  invitationId: string;
  /** Address and name as typed: the district never learns what an existing account is called. */
  email: string;
  displayName: string;
  role: 'coordinator' | 'editor';
  /**
   * A temporary password of the usual form, shown once. It opens the account only if the
   * address had none; for an existing account it is random and stored nowhere, so the answer
   * looks the same either way and the holder keeps signing in with their own password.
   */
  temporaryPassword: string;
}

const ALREADY_MEMBER = 'Diese Person ist bereits Mitglied dieser Kommune.';
const ALREADY_INVITED = 'Diese Person ist bereits eingeladen. Die Einladung steht unten unter „Offene Einladungen“.';

/**
 * Invites a person into a district by e-mail. Coordinators of the district and admins.
 * Whether the address already has an account (in another district, as advisor or
 * administrator, deactivated) never changes the answer: an unknown address gets a new
 * account with a temporary password, an existing one gets an invitation only, and both
 * become members when the account holder accepts after signing in. Only "already a member
 * of this district" and "already invited" are said, which the district sees anyway.
 * An administrator's invitation is logged in the district's Protokoll and told to its
 * coordinators. Throws not_found (other or deactivated district), forbidden, invalid_input.
 */
export async function addMember(actor: Actor, input: unknown): Promise<AddMemberResult> {
  const values = parseInput(addMemberSchema, input);
  assertCan(actor, 'member.manage', { districtId: values.districtId });
  // Hashed in both cases, so that the answer takes as long whether or not the account exists.
  const temporaryPassword = generateInitialPassword();
  const passwordHash = await hashPassword(temporaryPassword);
  return getDb()
    .transaction()
    .execute(async (trx) => {
      const district = await lockDistrict(trx, values);
      if (!district) throw new AppError('not_found');
      let user = await findUserByEmail(trx, { email: values.email });
      if (user && (await findMembershipForUpdate(trx, { districtId: district.id, userId: user.id }))) {
        throw new AppError('invalid_input', ALREADY_MEMBER, { fields: { email: ALREADY_MEMBER } });
      }
      if (user && (await findOpenInvitation(trx, { districtId: district.id, userId: user.id }))) {
        throw new AppError('invalid_input', ALREADY_INVITED, { fields: { email: ALREADY_INVITED } });
      }
      if (!user) {
        user = await insertUser(trx, { ...values, platformRole: 'user', passwordHash, mustChangePassword: true });
        // Platform-level entry (no district): the district's Protokoll must not show which invitations created accounts.
        await insertAuditEntry(trx, {
          actorUserId: actor.userId,
          districtId: null,
          action: 'user.create',
          objectType: 'user',
          objectId: user.id,
          details: { email: user.email, platformRole: 'user', forInvitationTo: district.id },
        });
      }
      const invitation = await insertInvitation(trx, {
        districtId: district.id,
        userId: user.id,
        email: values.email,
        displayName: values.displayName,
        role: values.role,
        invitedBy: actor.userId,
      });
      const byAdmin = isAdminActing(actor, district.id);
      await insertAuditEntry(trx, {
        actorUserId: actor.userId,
        districtId: district.id,
        action: 'member.invite',
        objectType: 'invitation',
        objectId: invitation.id,
        details: { name: values.displayName, email: values.email, role: values.role, ...(byAdmin ? { byAdmin } : {}) },
      });
      const inviter = byAdmin ? `Die Plattformverwaltung (${actor.displayName})` : actor.displayName;
      const role = DISTRICT_ROLE_LABELS[values.role];
      await notify(trx, {
        recipientIds: [user.id],
        actorUserId: actor.userId,
        districtId: district.id,
        kind: 'invitation.received',
        message: `${inviter} lädt Sie in die Kommune „${district.name}“ ein (Rolle: ${role}). Sie können die Einladung auf der Startseite annehmen oder ablehnen.`,
        link: '/#einladungen',
      });
      if (byAdmin) {
        await notifyCoordinators(
          trx,
          actor,
          district,
          'member.added_by_admin',
          `Die Plattformverwaltung (${actor.displayName}) hat ${values.displayName} (${values.email}) als ${role} in die Kommune „${district.name}“ eingeladen.`,
        );
      }
      return { invitationId: invitation.id, email: values.email, displayName: values.displayName, role: values.role, temporaryPassword };
    })
    .catch((error: unknown) => {
      if (isUniqueViolation(error, 'member_invitations_open_unique')) {
        throw new AppError('invalid_input', ALREADY_INVITED, { fields: { email: ALREADY_INVITED } });
      }
      // Someone created an account with this address at the same moment: trying again invites it.
      if (isUniqueViolation(error, 'users_email_unique')) {
        throw new AppError('invalid_input', 'Bitte versuchen Sie es noch einmal: Die Einladung konnte gerade nicht angelegt werden.', {
          fields: { email: 'Bitte erneut versuchen.' },
        });
      }
      throw error;
    });
}
