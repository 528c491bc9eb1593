import { getDb } from '../../db/client';
import { listAuditEntries } from '../../lib/audit/queries';
import { setDistrictActive } from '../../lib/districts/update-district';
import { addMember } from '../../lib/members/invite-member';
import { STAFF_ONLY_MESSAGE, acceptInvitation, declineInvitation, listMyInvitations, withdrawInvitation } from '../../lib/members/invitations';
import { getDistrictTeam } from '../../lib/members/list-members';
import { changeMemberRole, removeMember } from '../../lib/members/manage-members';
import { listMyNotifications } from '../../lib/notifications/list-my-notifications';
import { actorFor, buildAdmin, buildAdvisor, buildDistrict, buildMember, buildUser, uniqueTag } from '../support/factories';

/** A district with a coordinator and a staff account of another district, invited as editor. */
async function invitedFromElsewhere() {
  const district = await buildDistrict();
  const coordinatorUser = await buildMember(district.id, 'coordinator');
  const coordinator = await actorFor(coordinatorUser.id);
  const invitee = await buildMember((await buildDistrict()).id, 'coordinator');
  const invitation = await addMember(coordinator, { districtId: district.id, email: invitee.email, displayName: 'Eingeladene Person', role: 'editor' });
  return { district, coordinatorUser, coordinator, invitee, invitation };
}

const kindsOf = async (userId: string) => (await listMyNotifications(await actorFor(userId))).map((n) => n.kind);

describe('the invited person', () => {
  it('is told in the app and sees the invitation after signing in', async () => {
    const { district, coordinatorUser, invitee, invitation } = await invitedFromElsewhere();
    const actor = await actorFor(invitee.id);
    expect(await listMyInvitations(actor)).toEqual([
      {
        id: invitation.invitationId,
        districtId: district.id,
        districtName: district.name,
        role: 'editor',
        invitedByName: coordinatorUser.displayName,
        isInvitedByAdmin: false,
        createdAt: expect.any(Date),
        canAccept: true,
      },
    ]);
    const [notification] = await listMyNotifications(actor);
    expect(notification).toMatchObject({ kind: 'invitation.received', link: '/#einladungen', districtId: district.id, isRead: false });
    expect(notification!.message).toContain(`„${district.name}“`);
  });

  it('accepts: becomes a member with the invited role; the coordinators are told', async () => {
    const { district, coordinatorUser, invitee, invitation } = await invitedFromElsewhere();
    const otherCoordinator = await buildMember(district.id, 'coordinator');
    await expect(acceptInvitation(await actorFor(invitee.id), { invitationId: invitation.invitationId })).resolves.toEqual({
      districtId: district.id,
      districtName: district.name,
      role: 'editor',
    });
    expect((await actorFor(invitee.id)).memberships).toContainEqual({ districtId: district.id, role: 'editor' });
    expect(await listMyInvitations(await actorFor(invitee.id))).toEqual([]);
    for (const coordinator of [coordinatorUser, otherCoordinator]) expect(await kindsOf(coordinator.id)).toEqual(['invitation.accepted']);
    const [entry] = (await listAuditEntries(getDb(), { districtId: district.id, limit: 10 })).filter((e) => e.action === 'member.join');
    expect(entry).toMatchObject({ actor_name: invitee.displayName, details: { name: invitee.displayName, role: 'editor' } });
    // Answered once: a second answer finds nothing.
    await expect(acceptInvitation(await actorFor(invitee.id), { invitationId: invitation.invitationId })).rejects.toMatchObject({ code: 'not_found' });
  });

  it('declines: no membership; the coordinators are told with the name they typed', async () => {
    const { district, coordinatorUser, invitee, invitation } = await invitedFromElsewhere();
    await declineInvitation(await actorFor(invitee.id), { invitationId: invitation.invitationId });
    expect((await actorFor(invitee.id)).memberships.map((m) => m.districtId)).not.toContain(district.id);
    const [notification] = await listMyNotifications(await actorFor(coordinatorUser.id));
    expect(notification).toMatchObject({ kind: 'invitation.declined' });
    expect(notification!.message).toContain('Eingeladene Person');
    expect(notification!.message).not.toContain(invitee.displayName);
    expect((await getDistrictTeam(await actorFor(coordinatorUser.id), district.id)).invitations).toEqual([]);
  });

  it('cannot be replaced by anyone else: another account answering gets not_found', async () => {
    const { district, coordinator, invitation } = await invitedFromElsewhere();
    for (const other of [await buildUser(), await buildMember(district.id, 'editor')]) {
      await expect(acceptInvitation(await actorFor(other.id), { invitationId: invitation.invitationId })).rejects.toMatchObject({ code: 'not_found' });
      await expect(declineInvitation(await actorFor(other.id), { invitationId: invitation.invitationId })).rejects.toMatchObject({ code: 'not_found' });
    }
    await expect(acceptInvitation(coordinator, { invitationId: 'kein-schluessel' })).rejects.toMatchObject({ code: 'not_found' });
    expect((await getDistrictTeam(coordinator, district.id)).invitations).toHaveLength(1);
  });

  it('with an advisor or administrator account cannot accept, is told why, and can decline', async () => {
    const district = await buildDistrict();
    const coordinator = await actorFor((await buildMember(district.id, 'coordinator')).id);
    for (const account of [await buildAdvisor(), await buildAdmin()]) {
      const invitation = await addMember(coordinator, { districtId: district.id, email: account.email, displayName: 'Jemand', role: 'editor' });
      const actor = await actorFor(account.id);
      expect(await listMyInvitations(actor)).toEqual([expect.objectContaining({ id: invitation.invitationId, canAccept: false })]);
      await expect(acceptInvitation(actor, { invitationId: invitation.invitationId })).rejects.toMatchObject({
        code: 'invalid_input',
        message: STAFF_ONLY_MESSAGE,
      });
      expect((await actorFor(account.id)).memberships).toEqual([]);
      await declineInvitation(actor, { invitationId: invitation.invitationId });
    }
    expect((await getDistrictTeam(coordinator, district.id)).invitations).toEqual([]);
  });
});

describe('inviting the same person twice at the same moment', () => {
  it('creates one invitation; the other coordinator is told the person is already invited', async () => {
    // On PGlite transactions run one after another; against real Postgres the partial unique index decides.
    const district = await buildDistrict();
    const [first, second] = [await buildMember(district.id, 'coordinator'), await buildMember(district.id, 'coordinator')];
    const invitee = await buildUser();
    const results = await Promise.allSettled(
      [first, second].map(async (c) => addMember(await actorFor(c.id), { districtId: district.id, email: invitee.email, displayName: 'Doppelt', role: 'editor' })),
    );
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    const rejected = results.find((r): r is PromiseRejectedResult => r.status === 'rejected');
    expect(rejected?.reason).toMatchObject({ code: 'invalid_input', details: { fields: { email: expect.stringContaining('bereits eingeladen') } } });
    expect(await listMyInvitations(await actorFor(invitee.id))).toHaveLength(1);
  });
});

describe('withdrawInvitation', () => {
  it('lets a coordinator withdraw an open invitation, which then can no longer be accepted', async () => {
    const { district, coordinator, invitee, invitation } = await invitedFromElsewhere();
    await withdrawInvitation(coordinator, { districtId: district.id, invitationId: invitation.invitationId });
    expect(await listMyInvitations(await actorFor(invitee.id))).toEqual([]);
    await expect(acceptInvitation(await actorFor(invitee.id), { invitationId: invitation.invitationId })).rejects.toMatchObject({ code: 'not_found' });
    await expect(withdrawInvitation(coordinator, { districtId: district.id, invitationId: invitation.invitationId })).rejects.toMatchObject({
      code: 'not_found',
    });
    // Inviting again is possible once the first invitation is withdrawn.
    await expect(
      addMember(coordinator, { districtId: district.id, email: invitee.email, displayName: 'Eingeladene Person', role: 'editor' }),
    ).resolves.toMatchObject({ email: invitee.email });
  });

  it('is forbidden to editors and not_found to another district', async () => {
    const { district, invitation } = await invitedFromElsewhere();
    const editor = await actorFor((await buildMember(district.id, 'editor')).id);
    const foreign = await actorFor((await buildMember((await buildDistrict()).id, 'coordinator')).id);
    const input = { districtId: district.id, invitationId: invitation.invitationId };
    await expect(withdrawInvitation(editor, input)).rejects.toMatchObject({ code: 'forbidden' });
    await expect(withdrawInvitation(foreign, input)).rejects.toMatchObject({ code: 'not_found' });
    await expect(withdrawInvitation(foreign, { ...input, districtId: (await buildDistrict()).id })).rejects.toMatchObject({ code: 'not_found' });
  });
});

describe('invitations into a deactivated district', () => {
  it('disappear for the invited person and can be neither accepted nor sent', async () => {
    const { district, invitee, invitation } = await invitedFromElsewhere();
    const admin = await actorFor((await buildAdmin()).id);
    await setDistrictActive(admin, { districtId: district.id, isActive: false });
    expect(await listMyInvitations(await actorFor(invitee.id))).toEqual([]);
    await expect(acceptInvitation(await actorFor(invitee.id), { invitationId: invitation.invitationId })).rejects.toMatchObject({ code: 'not_found' });
    await expect(addMember(admin, { districtId: district.id, email: `x-${uniqueTag()}@test.example`, displayName: 'Neu Person', role: 'editor' })).rejects.toMatchObject({
      code: 'not_found',
    });
    await expect(getDistrictTeam(admin, district.id)).rejects.toMatchObject({ code: 'not_found' });
  });
});

// Issue 8, item 13: an administrator could give an account of their own access to a district's concepts unnoticed.
describe('an administrator acting in a district', () => {
  it('appears by name in the district’s Protokoll, and its coordinators are told, when inviting', async () => {
    const district = await buildDistrict();
    const coordinatorUser = await buildMember(district.id, 'coordinator');
    const adminUser = await buildAdmin();
    const admin = await actorFor(adminUser.id);
    const ownSecondAccount = await buildUser({ displayName: 'Zweitkonto der Verwaltung' });
    await addMember(admin, { districtId: district.id, email: ownSecondAccount.email, displayName: 'Zweitkonto', role: 'coordinator' });

    const [entry] = await listAuditEntries(getDb(), { districtId: district.id, limit: 10 });
    expect(entry).toMatchObject({
      action: 'member.invite',
      actor_name: adminUser.displayName,
      details: { name: 'Zweitkonto', email: ownSecondAccount.email, role: 'coordinator', byAdmin: true },
    });
    const [notification] = await listMyNotifications(await actorFor(coordinatorUser.id));
    expect(notification).toMatchObject({ kind: 'member.added_by_admin', actorName: adminUser.displayName, link: `/districts/${district.id}/members` });
    expect(notification!.message).toContain(ownSecondAccount.email);
  });

  it('tells the coordinators about role changes and removals, and logs them as the administration’s', async () => {
    const district = await buildDistrict();
    const coordinatorUser = await buildMember(district.id, 'coordinator');
    const editor = await buildMember(district.id, 'editor');
    const admin = await actorFor((await buildAdmin()).id);
    await changeMemberRole(admin, { districtId: district.id, userId: editor.id, role: 'coordinator' });
    await removeMember(admin, { districtId: district.id, userId: editor.id });
    expect(await kindsOf(coordinatorUser.id)).toEqual(['member.removed_by_admin', 'member.role_changed_by_admin']);
    const entries = (await listAuditEntries(getDb(), { districtId: district.id, limit: 10 })).filter((e) => e.action.startsWith('member.'));
    expect(entries.map((e) => e.details)).toEqual([
      { name: editor.displayName, role: 'coordinator', byAdmin: true },
      { name: editor.displayName, from: 'editor', to: 'coordinator', byAdmin: true },
    ]);
  });

  it('does not notify anyone when the district’s own coordinator changes the team', async () => {
    const district = await buildDistrict();
    const coordinatorUser = await buildMember(district.id, 'coordinator');
    const other = await buildMember(district.id, 'coordinator');
    const editor = await buildMember(district.id, 'editor');
    await changeMemberRole(await actorFor(coordinatorUser.id), { districtId: district.id, userId: editor.id, role: 'coordinator' });
    expect(await kindsOf(other.id)).toEqual([]);
  });
});
