import { getDb } from '../../db/client';
import { authenticate } from '../../lib/auth/authenticate';
import { getDistrictTeam } from '../../lib/members/list-members';
import { addMember } from '../../lib/members/invite-member';
import { acceptInvitation } from '../../lib/members/invitations';
import { changeMemberRole, removeMember } from '../../lib/members/manage-members';
import { findUserByEmail } from '../../lib/users/queries';
import { setUserActive } from '../../lib/users/manage-user';
import { actorFor, buildAdmin, buildAdvisor, buildDistrict, buildMember, buildUser, uniqueIp, uniqueTag } from '../support/factories';

const LAST_COORDINATOR = 'Jede Kommune braucht mindestens eine Koordination. Ernennen Sie zuerst eine weitere Person zur Koordination.';
const UNKNOWN_ID = '99999999-9999-4999-8999-999999999999';
const TEMPORARY_PASSWORD_SHAPE = /^[a-zA-Z2-9]{4}(-[a-zA-Z2-9]{4}){3}$/;

async function districtAudit(districtId: string, action: string) {
  return getDb()
    .selectFrom('audit_log')
    .select(['actor_user_id', 'object_id', 'details'])
    .where('district_id', '=', districtId)
    .where('action', '=', action)
    .execute();
}

/** A district with one coordinator, acting. */
async function districtWithCoordinator() {
  const district = await buildDistrict();
  const coordinatorUser = await buildMember(district.id, 'coordinator');
  return { district, coordinatorUser, coordinator: await actorFor(coordinatorUser.id) };
}

function newPerson() {
  const tag = uniqueTag();
  return { email: `mitarbeit-${tag}@kreis-test.example`, displayName: `Mitarbeiterin ${tag}` };
}

async function roleIn(districtId: string, userId: string) {
  const { members } = await getDistrictTeam(await actorFor((await buildAdmin()).id), districtId);
  return members.find((m) => m.userId === userId)?.role;
}

describe('addMember (invitation by e-mail)', () => {
  it('invites a new person: an account with a temporary password, a member only after accepting', async () => {
    const { district, coordinator } = await districtWithCoordinator();
    const person = newPerson();
    const invited = await addMember(coordinator, { districtId: district.id, ...person, role: 'editor' });

    expect(invited).toEqual({
      invitationId: expect.any(String),
      email: person.email,
      displayName: person.displayName,
      role: 'editor',
      temporaryPassword: expect.stringMatching(TEMPORARY_PASSWORD_SHAPE),
    });
    const { userId } = await authenticate({ email: person.email, password: invited.temporaryPassword, ip: uniqueIp() });
    let actor = await actorFor(userId);
    expect(actor).toMatchObject({ platformRole: 'user', mustChangePassword: true, displayName: person.displayName });
    expect(actor.memberships).toEqual([]);
    const { members, invitations } = await getDistrictTeam(coordinator, district.id);
    expect(members.map((m) => m.userId)).not.toContain(userId);
    expect(invitations).toEqual([expect.objectContaining({ id: invited.invitationId, email: person.email, displayName: person.displayName, role: 'editor' })]);

    await acceptInvitation(actor, { invitationId: invited.invitationId });
    actor = await actorFor(userId);
    expect(actor.memberships).toEqual([{ districtId: district.id, role: 'editor' }]);
    const after = await getDistrictTeam(coordinator, district.id);
    expect(after.members).toContainEqual(expect.objectContaining({ userId, role: 'editor', email: person.email }));
    expect(after.invitations).toEqual([]);
  });

  // Issue 8, item 14: adding koordination@musterland.example to Beispielstadt linked the account silently.
  it('never links an account of another district silently and answers as for an unknown address', async () => {
    const { district, coordinator } = await districtWithCoordinator();
    const elsewhere = await buildDistrict();
    const existing = await buildMember(elsewhere.id, 'coordinator');
    const unknown = newPerson();

    const forExisting = await addMember(coordinator, { districtId: district.id, email: existing.email.toUpperCase(), displayName: 'Frau Fremd', role: 'coordinator' });
    const forUnknown = await addMember(coordinator, { districtId: district.id, ...unknown, role: 'coordinator' });

    // Same shape, same kind of password, the typed name echoed back in both cases.
    expect(Object.keys(forExisting).sort()).toEqual(Object.keys(forUnknown).sort());
    expect(forExisting).toEqual({
      invitationId: expect.any(String),
      email: existing.email,
      displayName: 'Frau Fremd',
      role: 'coordinator',
      temporaryPassword: expect.stringMatching(TEMPORARY_PASSWORD_SHAPE),
    });
    // Not linked: the account holder still works in their own district only.
    expect((await actorFor(existing.id)).memberships).toEqual([{ districtId: elsewhere.id, role: 'coordinator' }]);
    // The existing account keeps its password; the one shown was never stored.
    await expect(authenticate({ email: existing.email, password: existing.password, ip: uniqueIp() })).resolves.toMatchObject({ userId: existing.id });
    await expect(authenticate({ email: existing.email, password: forExisting.temporaryPassword, ip: uniqueIp() })).rejects.toMatchObject({
      code: 'unauthenticated',
    });
    // The district sees both as open invitations with what it typed, nothing from the account.
    const { members, invitations } = await getDistrictTeam(coordinator, district.id);
    expect(members.map((m) => m.userId)).not.toContain(existing.id);
    expect(invitations.map((i) => [i.email, i.displayName]).sort()).toEqual(
      [
        [existing.email, 'Frau Fremd'],
        [unknown.email, unknown.displayName],
      ].sort(),
    );
    expect(JSON.stringify(invitations)).not.toContain(existing.displayName);
    // Nor does the Protokoll tell them apart.
    const log = await districtAudit(district.id, 'member.invite');
    expect(log.map((e) => Object.keys(e.details as object).sort())).toEqual([
      ['email', 'name', 'role'],
      ['email', 'name', 'role'],
    ]);
  });

  it('answers advisor, administrator and deactivated accounts like any other address', async () => {
    const { district, coordinator } = await districtWithCoordinator();
    const deactivated = await buildUser();
    await setUserActive(await actorFor((await buildAdmin()).id), deactivated.id, false);
    for (const account of [await buildAdvisor(), await buildAdmin(), deactivated]) {
      await expect(addMember(coordinator, { districtId: district.id, email: account.email, displayName: 'X Y', role: 'editor' })).resolves.toEqual({
        invitationId: expect.any(String),
        email: account.email,
        displayName: 'X Y',
        role: 'editor',
        temporaryPassword: expect.stringMatching(TEMPORARY_PASSWORD_SHAPE),
      });
    }
  });

  it('says when the person is already a member of this district or already invited', async () => {
    const { district, coordinator } = await districtWithCoordinator();
    const member = await buildMember(district.id, 'editor');
    await expect(
      addMember(coordinator, { districtId: district.id, email: member.email, displayName: member.displayName, role: 'coordinator' }),
    ).rejects.toMatchObject({
      code: 'invalid_input',
      details: { fields: { email: 'Diese Person ist bereits Mitglied dieser Kommune.' } },
    });
    expect(await roleIn(district.id, member.id)).toBe('editor');

    const person = newPerson();
    await addMember(coordinator, { districtId: district.id, ...person, role: 'editor' });
    await expect(addMember(coordinator, { districtId: district.id, ...person, role: 'coordinator' })).rejects.toMatchObject({
      code: 'invalid_input',
      details: { fields: { email: expect.stringContaining('bereits eingeladen') } },
    });
    expect((await getDistrictTeam(coordinator, district.id)).invitations).toHaveLength(1);
  });

  it('rejects malformed input with German field messages and creates no account', async () => {
    const { district, coordinator } = await districtWithCoordinator();
    const email = `unvollstaendig-${uniqueTag()}@test.example`;
    await expect(addMember(coordinator, { districtId: district.id, email, displayName: 'A', role: 'chef' })).rejects.toMatchObject({
      code: 'invalid_input',
      details: { fields: { displayName: expect.any(String), role: 'Bitte wählen Sie eine Rolle.' } },
    });
    await expect(findUserByEmail(getDb(), { email })).resolves.toBeUndefined();
  });

  it('does not let an editor manage members (forbidden)', async () => {
    const { district } = await districtWithCoordinator();
    const editorUser = await buildMember(district.id, 'editor');
    const editor = await actorFor(editorUser.id);
    const other = await buildMember(district.id, 'editor');
    await expect(addMember(editor, { districtId: district.id, ...newPerson(), role: 'editor' })).rejects.toMatchObject({
      code: 'forbidden',
    });
    await expect(changeMemberRole(editor, { districtId: district.id, userId: other.id, role: 'coordinator' })).rejects.toMatchObject({
      code: 'forbidden',
    });
    await expect(removeMember(editor, { districtId: district.id, userId: other.id })).rejects.toMatchObject({ code: 'forbidden' });
    // Editors may still see who they work with.
    await expect(getDistrictTeam(editor, district.id)).resolves.toMatchObject({ members: expect.any(Array) });
  });

  it('answers a coordinator of another district with not_found, for every member operation', async () => {
    const { district } = await districtWithCoordinator();
    const member = await buildMember(district.id, 'editor');
    const { coordinator: foreign } = await districtWithCoordinator();
    const person = newPerson();
    await expect(addMember(foreign, { districtId: district.id, ...person, role: 'editor' })).rejects.toMatchObject({
      code: 'not_found',
    });
    await expect(changeMemberRole(foreign, { districtId: district.id, userId: member.id, role: 'coordinator' })).rejects.toMatchObject({
      code: 'not_found',
    });
    await expect(removeMember(foreign, { districtId: district.id, userId: member.id })).rejects.toMatchObject({ code: 'not_found' });
    await expect(getDistrictTeam(foreign, district.id)).rejects.toMatchObject({ code: 'not_found' });
    await expect(findUserByEmail(getDb(), { email: person.email })).resolves.toBeUndefined();
    expect(await roleIn(district.id, member.id)).toBe('editor');
  });

  it('gives an assigned advisor forbidden and an unassigned advisor not_found', async () => {
    const { district } = await districtWithCoordinator();
    const assigned = await actorFor((await buildAdvisor([district.id])).id);
    const unassigned = await actorFor((await buildAdvisor()).id);
    await expect(addMember(assigned, { districtId: district.id, ...newPerson(), role: 'editor' })).rejects.toMatchObject({
      code: 'forbidden',
    });
    await expect(getDistrictTeam(assigned, district.id)).rejects.toMatchObject({ code: 'forbidden' });
    await expect(addMember(unassigned, { districtId: district.id, ...newPerson(), role: 'editor' })).rejects.toMatchObject({
      code: 'not_found',
    });
    await expect(getDistrictTeam(unassigned, district.id)).rejects.toMatchObject({ code: 'not_found' });
  });

  it('answers not_found for a district that does not exist, even to an administrator', async () => {
    const admin = await actorFor((await buildAdmin()).id);
    const person = newPerson();
    await expect(addMember(admin, { districtId: UNKNOWN_ID, ...person, role: 'editor' })).rejects.toMatchObject({
      code: 'not_found',
    });
    await expect(findUserByEmail(getDb(), { email: person.email })).resolves.toBeUndefined();
  });
});

describe('changeMemberRole and removeMember', () => {
  it('never leaves a district without a coordinator: the last one can neither be demoted nor removed', async () => {
    const { district, coordinatorUser, coordinator } = await districtWithCoordinator();
    await buildMember(district.id, 'editor');
    await expect(
      changeMemberRole(coordinator, { districtId: district.id, userId: coordinatorUser.id, role: 'editor' }),
    ).rejects.toMatchObject({ code: 'invalid_input', message: LAST_COORDINATOR });
    await expect(removeMember(coordinator, { districtId: district.id, userId: coordinatorUser.id })).rejects.toMatchObject({
      code: 'invalid_input',
      message: LAST_COORDINATOR,
    });
    expect(await roleIn(district.id, coordinatorUser.id)).toBe('coordinator');
  });

  it('lets a coordinator step down once someone else coordinates', async () => {
    const { district, coordinatorUser, coordinator } = await districtWithCoordinator();
    const successor = await buildMember(district.id, 'editor');
    await changeMemberRole(coordinator, { districtId: district.id, userId: successor.id, role: 'coordinator' });
    await changeMemberRole(coordinator, { districtId: district.id, userId: coordinatorUser.id, role: 'editor' });
    expect(await roleIn(district.id, successor.id)).toBe('coordinator');
    expect(await roleIn(district.id, coordinatorUser.id)).toBe('editor');
  });

  it('does not count a deactivated coordinator as the one who keeps the district running', async () => {
    const { district, coordinatorUser, coordinator } = await districtWithCoordinator();
    const inactive = await buildMember(district.id, 'coordinator');
    await setUserActive(await actorFor((await buildAdmin()).id), inactive.id, false);
    await expect(
      changeMemberRole(coordinator, { districtId: district.id, userId: coordinatorUser.id, role: 'editor' }),
    ).rejects.toMatchObject({ code: 'invalid_input', message: LAST_COORDINATOR });
  });

  it('lets the remaining coordinator remove a deactivated former coordinator', async () => {
    const { district, coordinator } = await districtWithCoordinator();
    const former = await buildMember(district.id, 'coordinator');
    await setUserActive(await actorFor((await buildAdmin()).id), former.id, false);
    await removeMember(coordinator, { districtId: district.id, userId: former.id });
    expect(await roleIn(district.id, former.id)).toBeUndefined();
  });

  it('removes a member, who loses access on their next request', async () => {
    const { district, coordinator } = await districtWithCoordinator();
    const editor = await buildMember(district.id, 'editor');
    await removeMember(coordinator, { districtId: district.id, userId: editor.id });
    expect((await actorFor(editor.id)).memberships).toEqual([]);
    await expect(getDistrictTeam(await actorFor(editor.id), district.id)).rejects.toMatchObject({ code: 'not_found' });
  });

  it('answers not_found for someone who is not a member of this district', async () => {
    const { district, coordinator } = await districtWithCoordinator();
    const elsewhere = await buildMember((await buildDistrict()).id, 'editor');
    await expect(removeMember(coordinator, { districtId: district.id, userId: elsewhere.id })).rejects.toMatchObject({
      code: 'not_found',
    });
    await expect(
      changeMemberRole(coordinator, { districtId: district.id, userId: elsewhere.id, role: 'coordinator' }),
    ).rejects.toMatchObject({ code: 'not_found' });
    expect((await actorFor(elsewhere.id)).memberships).toHaveLength(1);
  });

  it('lets an administrator manage the members of any district', async () => {
    const { district, coordinatorUser } = await districtWithCoordinator();
    const admin = await actorFor((await buildAdmin()).id);
    const person = newPerson();
    const invited = await addMember(admin, { districtId: district.id, ...person, role: 'coordinator' });
    const { userId } = await authenticate({ email: person.email, password: invited.temporaryPassword, ip: uniqueIp() });
    await acceptInvitation(await actorFor(userId), { invitationId: invited.invitationId });
    await changeMemberRole(admin, { districtId: district.id, userId: coordinatorUser.id, role: 'editor' });
    await removeMember(admin, { districtId: district.id, userId: coordinatorUser.id });
    const { members } = await getDistrictTeam(admin, district.id);
    expect(members.map((m) => [m.userId, m.role])).toEqual([[userId, 'coordinator']]);
  });
});

describe('getDistrictTeam', () => {
  it('shows members and assigned advisors to the district', async () => {
    const { district, coordinatorUser, coordinator } = await districtWithCoordinator();
    const editor = await buildMember(district.id, 'editor');
    const advisor = await buildAdvisor([district.id]);
    const team = await getDistrictTeam(coordinator, district.id);
    expect(team.members.map((m) => m.userId).sort()).toEqual([coordinatorUser.id, editor.id].sort());
    expect(team.members.find((m) => m.userId === editor.id)).toMatchObject({ displayName: editor.displayName, role: 'editor', isActive: true, mustChangePassword: false });
    expect(team.advisors).toEqual([{ userId: advisor.id, displayName: advisor.displayName, email: advisor.email }]);
    expect(team).toMatchObject({ district: { id: district.id, relation: 'coordinator' }, canManage: true });
    expect(await getDistrictTeam(await actorFor(editor.id), district.id)).toMatchObject({ district: { relation: 'editor' }, canManage: false });
  });

  it('answers not_found to outsiders and for malformed ids', async () => {
    const { district } = await districtWithCoordinator();
    const outsider = await actorFor((await buildUser()).id);
    await expect(getDistrictTeam(outsider, district.id)).rejects.toMatchObject({ code: 'not_found' });
    await expect(getDistrictTeam(outsider, 'nicht-vorhanden')).rejects.toMatchObject({ code: 'not_found' });
  });
});
