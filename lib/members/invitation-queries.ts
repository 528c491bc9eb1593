import type { Db } from '../../db/client';
import type { InvitationStatus } from '../../db/schema-notifications';
import type { DistrictRole } from '../../db/types';

export async function insertInvitation(
  db: Db,
  values: { districtId: string; userId: string; email: string; displayName: string; role: DistrictRole; invitedBy: string },
) {
  return db
    .insertInto('member_invitations')
    .values({
      district_id: values.districtId,
      user_id: values.userId,
      email: values.email.toLowerCase(),
      display_name: values.displayName,
      role: values.role,
      invited_by: values.invitedBy,
    })
    .returning(['id', 'created_at'])
    .executeTakeFirstOrThrow();
}

export async function findOpenInvitation(db: Db, { districtId, userId }: { districtId: string; userId: string }) {
  return db
    .selectFrom('member_invitations')
    .select('id')
    .where('district_id', '=', districtId)
    .where('user_id', '=', userId)
    .where('status', '=', 'open')
    .executeTakeFirst();
}

const INVITATION_COLUMNS = [
  'id',
  'district_id',
  'user_id',
  'email',
  'display_name',
  'role',
  'invited_by',
  'status',
] as const;

/** The invitation as its recipient sees it: scoped by the invited account, locked for the answer. */
export async function findInvitationOfUserForUpdate(db: Db, { invitationId, userId }: { invitationId: string; userId: string }) {
  return db
    .selectFrom('member_invitations')
    .select(INVITATION_COLUMNS)
    .where('id', '=', invitationId)
    .where('user_id', '=', userId)
    .forUpdate()
    .executeTakeFirst();
}

/** The invitation as its district sees it: scoped by district, locked for withdrawal. */
export async function findInvitationOfDistrictForUpdate(db: Db, { invitationId, districtId }: { invitationId: string; districtId: string }) {
  return db
    .selectFrom('member_invitations')
    .select(INVITATION_COLUMNS)
    .where('id', '=', invitationId)
    .where('district_id', '=', districtId)
    .forUpdate()
    .executeTakeFirst();
}

export async function setInvitationStatus(db: Db, { invitationId, status }: { invitationId: string; status: Exclude<InvitationStatus, 'open'> }) {
  await db
    .updateTable('member_invitations')
    .set({ status, responded_at: new Date() })
    .where('id', '=', invitationId)
    .execute();
}

/** Open invitations of a district, oldest first, with the address and name as the inviting person typed them. */
export async function listOpenDistrictInvitations(db: Db, { districtId }: { districtId: string }) {
  return db
    .selectFrom('member_invitations')
    .leftJoin('users as inviter', 'inviter.id', 'member_invitations.invited_by')
    .select([
      'member_invitations.id',
      'member_invitations.email',
      'member_invitations.display_name as displayName',
      'member_invitations.role',
      'member_invitations.created_at as createdAt',
      'inviter.display_name as invitedByName',
    ])
    .where('member_invitations.district_id', '=', districtId)
    .where('member_invitations.status', '=', 'open')
    .orderBy('member_invitations.created_at')
    .execute();
}

/** Open invitations addressed to one account, in active districts only. */
export async function listOpenInvitationsOfUser(db: Db, { userId }: { userId: string }) {
  return db
    .selectFrom('member_invitations')
    .innerJoin('districts', 'districts.id', 'member_invitations.district_id')
    .leftJoin('users as inviter', 'inviter.id', 'member_invitations.invited_by')
    .select([
      'member_invitations.id',
      'member_invitations.district_id as districtId',
      'districts.name as districtName',
      'member_invitations.role',
      'member_invitations.created_at as createdAt',
      'inviter.display_name as invitedByName',
      'inviter.platform_role as invitedByRole',
    ])
    .where('member_invitations.user_id', '=', userId)
    .where('member_invitations.status', '=', 'open')
    .where('districts.is_active', '=', true)
    .orderBy('member_invitations.created_at')
    .execute();
}
