import { z } from 'zod';
import { getDb, type Db } from '../../db/client';
import { assertCan, type Actor } from '../access';
import { insertAuditEntry } from '../audit/queries';
import { AppError } from '../errors';
import { parseInput } from '../shared/action-result';
import { idSchema, parseId } from '../shared/schemas';
import {
  findInvitationOfDistrictForUpdate,
  findInvitationOfUserForUpdate,
  listOpenInvitationsOfUser,
  setInvitationStatus,
} from './invitation-queries';
import { DISTRICT_ROLE_LABELS } from './labels';
import { findMembershipForUpdate, insertMembership, lockDistrict } from './queries';
import { isAdminActing, notifyCoordinators } from './team-notices';

export const STAFF_ONLY_MESSAGE =
  'Ihr Konto gehört zur DeBUG-Beratung oder zur Plattformverwaltung und kann deshalb nicht Mitglied einer Kommune werden. ' +
  'Bitte lehnen Sie die Einladung ab; für ein Konto als Mitarbeiterin oder Mitarbeiter der Kommune wenden Sie sich an die Plattformverwaltung.';

export interface MyInvitation {
  id: string;
  districtId: string;
  districtName: string;
  role: 'coordinator' | 'editor';
  invitedByName: string | null;
  isInvitedByAdmin: boolean;
  createdAt: Date;
  /** False for advisor and administrator accounts: they cannot become members (accepting explains why). */
  canAccept: boolean;
}

/** The signed-in user's open invitations into active districts, oldest first. Anyone signed in, about themselves. */
export async function listMyInvitations(actor: Actor): Promise<MyInvitation[]> {
  const rows = await listOpenInvitationsOfUser(getDb(), { userId: actor.userId });
  return rows.map(({ invitedByRole, ...row }) => ({
    ...row,
    isInvitedByAdmin: invitedByRole === 'admin',
    canAccept: actor.platformRole === 'user',
  }));
}

/** The actor's own open invitation and its active district, both locked; anything else is not_found. */
async function lockOwnOpenInvitation(trx: Db, actor: Actor, invitationId: string) {
  const invitation = await findInvitationOfUserForUpdate(trx, { invitationId, userId: actor.userId });
  if (!invitation || invitation.status !== 'open') throw new AppError('not_found');
  const district = await lockDistrict(trx, { districtId: invitation.district_id });
  if (!district) throw new AppError('not_found');
  return { invitation, district };
}

/**
 * The invited person accepts: from their next request on they are a member with the role
 * of the invitation. Only the invited account itself; anyone else's or an answered invitation
 * is not_found, as is one into a deactivated district. Advisor and administrator accounts get
 * invalid_input with an explanation. Coordinators and the inviting person are told.
 */
export async function acceptInvitation(actor: Actor, input: { invitationId: unknown }) {
  const invitationId = parseId(input?.invitationId);
  return getDb()
    .transaction()
    .execute(async (trx) => {
      const { invitation, district } = await lockOwnOpenInvitation(trx, actor, invitationId);
      if (actor.platformRole !== 'user') throw new AppError('invalid_input', STAFF_ONLY_MESSAGE);
      const existing = await findMembershipForUpdate(trx, { districtId: district.id, userId: actor.userId });
      if (!existing) await insertMembership(trx, { districtId: district.id, userId: actor.userId, role: invitation.role });
      const role = existing?.role ?? invitation.role;
      await setInvitationStatus(trx, { invitationId, status: 'accepted' });
      await insertAuditEntry(trx, {
        actorUserId: actor.userId,
        districtId: district.id,
        action: 'member.join',
        objectType: 'membership',
        objectId: actor.userId,
        details: { name: actor.displayName, email: actor.email, role },
      });
      await notifyCoordinators(
        trx,
        actor,
        district,
        'invitation.accepted',
        `${actor.displayName} (${invitation.email}) hat die Einladung in die Kommune „${district.name}“ angenommen und arbeitet jetzt als ${DISTRICT_ROLE_LABELS[role]} mit.`,
        [invitation.invited_by],
      );
      return { districtId: district.id, districtName: district.name, role };
    });
}

/**
 * The invited person declines. Only the invited account itself (advisors and administrators
 * included); otherwise not_found. Coordinators and the inviting person are told.
 */
export async function declineInvitation(actor: Actor, input: { invitationId: unknown }) {
  const invitationId = parseId(input?.invitationId);
  await getDb()
    .transaction()
    .execute(async (trx) => {
      const { invitation, district } = await lockOwnOpenInvitation(trx, actor, invitationId);
      await setInvitationStatus(trx, { invitationId, status: 'declined' });
      // The name the district typed, not the account's: declining must not tell who holds the address.
      const details = { name: invitation.display_name, email: invitation.email, role: invitation.role };
      await insertAuditEntry(trx, {
        actorUserId: null,
        districtId: district.id,
        action: 'member.invite_declined',
        objectType: 'invitation',
        objectId: invitation.id,
        details,
      });
      await notifyCoordinators(
        trx,
        actor,
        district,
        'invitation.declined',
        `${invitation.display_name} (${invitation.email}) hat die Einladung in die Kommune „${district.name}“ abgelehnt.`,
        [invitation.invited_by],
      );
    });
}

export const withdrawInvitationSchema = z.object({ districtId: idSchema, invitationId: idSchema });

/**
 * Withdraws an open invitation. Coordinators of the district and admins. An invitation of
 * another district, or one already answered, is not_found. Throws forbidden, not_found.
 */
export async function withdrawInvitation(actor: Actor, input: unknown) {
  const values = parseInput(withdrawInvitationSchema, input);
  assertCan(actor, 'member.manage', { districtId: values.districtId });
  await getDb()
    .transaction()
    .execute(async (trx) => {
      const district = await lockDistrict(trx, values);
      if (!district) throw new AppError('not_found');
      const invitation = await findInvitationOfDistrictForUpdate(trx, values);
      if (!invitation || invitation.status !== 'open') throw new AppError('not_found');
      await setInvitationStatus(trx, { invitationId: invitation.id, status: 'withdrawn' });
      const byAdmin = isAdminActing(actor, district.id);
      await insertAuditEntry(trx, {
        actorUserId: actor.userId,
        districtId: district.id,
        action: 'member.invite_withdraw',
        objectType: 'invitation',
        objectId: invitation.id,
        details: { name: invitation.display_name, email: invitation.email, role: invitation.role, ...(byAdmin ? { byAdmin } : {}) },
      });
    });
}
