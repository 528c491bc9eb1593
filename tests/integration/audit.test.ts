import { getDb } from '../../db/client';
import { assignAdvisor, unassignAdvisor } from '../../lib/advisors/manage-assignments';
import { listAuditEntries } from '../../lib/audit/queries';
import { createDistrict } from '../../lib/districts/create-district';
import { addMember } from '../../lib/members/invite-member';
import { acceptInvitation } from '../../lib/members/invitations';
import { changeMemberRole, removeMember } from '../../lib/members/manage-members';
import { changeOwnPassword } from '../../lib/users/change-own-password';
import { createUser } from '../../lib/users/create-user';
import { resetUserPassword, setUserActive } from '../../lib/users/manage-user';
import {
  actorFor,
  auditEntriesFor,
  buildAdmin,
  buildAdvisor,
  buildDistrict,
  buildMember,
  buildUser,
  uniqueTag,
} from '../support/factories';

const districtLog = (districtId: string) => listAuditEntries(getDb(), { districtId, limit: 50 });

describe('audit log', () => {
  it('records who created a district', async () => {
    const adminUser = await buildAdmin();
    const name = `Landkreis Protokoll-${uniqueTag()}`;
    const district = await createDistrict(await actorFor(adminUser.id), { name, kind: 'Landkreis', state: 'Thüringen' });
    expect(await districtLog(district.id)).toEqual([
      expect.objectContaining({
        action: 'district.create',
        object_type: 'district',
        object_id: district.id,
        actor_name: adminUser.displayName,
        details: { name },
      }),
    ]);
  });

  it('records invitations and member changes in the district, with actor and readable details', async () => {
    const district = await buildDistrict();
    const coordinatorUser = await buildMember(district.id, 'coordinator');
    const coordinator = await actorFor(coordinatorUser.id);
    const tag = uniqueTag();
    const person = await buildUser({ email: `protokoll-${tag}@test.example`, displayName: `Protokoll ${tag}` });
    const invited = await addMember(coordinator, { districtId: district.id, email: person.email, displayName: person.displayName, role: 'editor' });
    await acceptInvitation(await actorFor(person.id), { invitationId: invited.invitationId });
    await changeMemberRole(coordinator, { districtId: district.id, userId: person.id, role: 'coordinator' });
    await removeMember(coordinator, { districtId: district.id, userId: person.id });

    expect((await auditEntriesFor(invited.invitationId)).map((e) => [e.action, e.district_id, e.actor_user_id, e.object_type, e.details])).toEqual([
      ['member.invite', district.id, coordinatorUser.id, 'invitation', { name: person.displayName, email: person.email, role: 'editor' }],
    ]);
    const entries = await auditEntriesFor(person.id);
    expect(entries.map((e) => [e.action, e.district_id, e.actor_user_id, e.object_type])).toEqual([
      ['member.join', district.id, person.id, 'membership'],
      ['member.role_change', district.id, coordinatorUser.id, 'membership'],
      ['member.remove', district.id, coordinatorUser.id, 'membership'],
    ]);
    expect(entries.map((e) => e.details)).toEqual([
      { name: person.displayName, email: person.email, role: 'editor' },
      { name: person.displayName, from: 'editor', to: 'coordinator' },
      { name: person.displayName, role: 'coordinator' },
    ]);
  });

  it('records advisor assignments in the district they concern', async () => {
    const adminUser = await buildAdmin();
    const admin = await actorFor(adminUser.id);
    const district = await buildDistrict();
    const advisor = await buildAdvisor();
    await assignAdvisor(admin, { userId: advisor.id, districtId: district.id });
    await unassignAdvisor(admin, { userId: advisor.id, districtId: district.id });
    expect((await districtLog(district.id)).map((e) => [e.action, e.object_id, e.actor_name]).reverse()).toEqual([
      ['advisor.assign', advisor.id, adminUser.displayName],
      ['advisor.unassign', advisor.id, adminUser.displayName],
    ]);
  });

  it('records account administration without a district', async () => {
    const adminUser = await buildAdmin();
    const admin = await actorFor(adminUser.id);
    const { user } = await createUser(admin, {
      email: `konto-${uniqueTag()}@test.example`,
      displayName: 'Konto Protokoll',
      platformRole: 'user',
    });
    await setUserActive(admin, user.id, false);
    await setUserActive(admin, user.id, true);
    await resetUserPassword(admin, user.id);
    const entries = await auditEntriesFor(user.id);
    expect(entries.map((e) => [e.action, e.actor_user_id, e.district_id])).toEqual([
      ['user.create', adminUser.id, null],
      ['user.deactivate', adminUser.id, null],
      ['user.activate', adminUser.id, null],
      ['user.password_reset', adminUser.id, null],
    ]);
    expect(entries[0]?.details).toEqual({ email: user.email, platformRole: 'user' });
  });

  it('records a password change by the user themselves', async () => {
    const user = await buildUser();
    await changeOwnPassword(await actorFor(user.id), {
      currentPassword: user.password,
      newPassword: 'Protokolliertes-Passwort-1',
      confirmPassword: 'Protokolliertes-Passwort-1',
    });
    expect((await auditEntriesFor(user.id)).map((e) => [e.action, e.actor_user_id])).toEqual([['user.password_change', user.id]]);
  });

  it('writes nothing when a use case is refused', async () => {
    const district = await buildDistrict();
    const coordinator = await actorFor((await buildMember(district.id, 'coordinator')).id);
    const editor = await buildMember(district.id, 'editor');
    const before = await districtLog(district.id);
    await expect(
      addMember(coordinator, { districtId: district.id, email: editor.email, displayName: 'Doppelt', role: 'editor' }),
    ).rejects.toMatchObject({ code: 'invalid_input' });
    await expect(
      changeMemberRole(await actorFor(editor.id), { districtId: district.id, userId: editor.id, role: 'coordinator' }),
    ).rejects.toMatchObject({ code: 'forbidden' });
    expect(await districtLog(district.id)).toEqual(before);
  });
});

describe('getAuditLog (Protokoll der Kommune)', () => {
  it('shows coordinators who changed what, newest first; editors are forbidden, outsiders get not found', async () => {
    const { getAuditLog } = await import('@/lib/audit/list-audit-log');
    const { buildDistrictTeam } = await import('../support/district-data-factories');
    const { buildConcept, doc, sectionOf } = await import('../support/concept-factories');
    const { saveSectionDraft } = await import('@/lib/sections/save-section-draft');
    const team = await buildDistrictTeam();
    const concept = await buildConcept(team.coordinator, team.district.id);
    const section = await sectionOf(concept.id, 'praeambel');
    await saveSectionDraft(team.editor, { sectionId: section.id, baseRevision: 0, content: doc('Leitbild') });
    const { district, entries } = await getAuditLog(team.coordinator, team.district.id);
    expect(district).toMatchObject({ id: team.district.id, name: team.district.name });
    // Each entry names its concept, so two concepts' „Abschnitt 2“ can be told apart.
    expect(entries[0]).toMatchObject({ action: 'section.save', actorName: team.editor.displayName, conceptTitle: 'Gewaltschutzkonzept Testkreis' });
    expect(entries.map((e) => e.action)).toContain('concept.create');
    await expect(getAuditLog(team.editor, team.district.id)).rejects.toMatchObject({ code: 'forbidden' });
    await expect(getAuditLog(team.advisor, team.district.id)).rejects.toMatchObject({ code: 'forbidden' });
    await expect(getAuditLog(team.foreignCoordinator, team.district.id)).rejects.toMatchObject({ code: 'not_found' });
  });
});
