import { getDb } from '../../db/client';
import { listAuditEntries } from '../../lib/audit/queries';
import { insertMembership } from '../../lib/members/queries';
import { listMyNotifications } from '../../lib/notifications/list-my-notifications';
import { WRONG_CREDENTIALS_MESSAGE, authenticate } from '../../lib/auth/authenticate';
import { loadActor } from '../../lib/auth/load-actor';
import { changeOwnPassword } from '../../lib/users/change-own-password';
import { EMAIL_TAKEN, createUser } from '../../lib/users/create-user';
import { listUsers } from '../../lib/users/list-users';
import { resetUserPassword, setUserActive } from '../../lib/users/manage-user';
import { findUserById } from '../../lib/users/queries';
import { actorFor, buildAdmin, buildAdvisor, buildDistrict, buildMember, buildUser, sessionFor, sessionFromSignIn, uniqueIp, uniqueTag } from '../support/factories';

const INITIAL_PASSWORD_SHAPE = /^[a-zA-Z2-9]{4}(-[a-zA-Z2-9]{4}){3}$/;
const nowSeconds = () => Math.floor(Date.now() / 1000);

async function adminActor() {
  return actorFor((await buildAdmin()).id);
}

function signIn(email: string, password: string) {
  return authenticate({ email, password, ip: uniqueIp() });
}

describe('createUser', () => {
  it('creates an account with an initial password shown once, stored only as an argon2id hash', async () => {
    const admin = await adminActor();
    const email = `Neu.Beratung-${uniqueTag()}@Test.Example`;
    const { user, initialPassword } = await createUser(admin, {
      email,
      displayName: 'Neue Beraterin',
      platformRole: 'advisor',
    });
    expect(initialPassword).toMatch(INITIAL_PASSWORD_SHAPE);
    expect(user).toEqual({ id: expect.any(String), email: email.toLowerCase(), displayName: 'Neue Beraterin', platformRole: 'advisor' });
    expect(user).not.toHaveProperty('password_hash');

    const stored = await findUserById(getDb(), { userId: user.id });
    expect(stored?.password_hash).toMatch(/^\$argon2id\$/);
    expect(stored?.password_hash).not.toContain(initialPassword);
    expect(stored?.must_change_password).toBe(true);

    await expect(signIn(email, initialPassword)).resolves.toMatchObject({ userId: user.id });
    await expect(actorFor(user.id)).resolves.toMatchObject({ mustChangePassword: true, platformRole: 'advisor' });
  });

  it('rejects an e-mail address that already has an account, whatever the letter case', async () => {
    const admin = await adminActor();
    const existing = await buildUser();
    await expect(
      createUser(admin, { email: existing.email.toUpperCase(), displayName: 'Doppelt', platformRole: 'user' }),
    ).rejects.toMatchObject({ code: 'invalid_input', message: EMAIL_TAKEN, details: { fields: { email: EMAIL_TAKEN } } });
  });

  it('rejects malformed input with German field messages', async () => {
    const admin = await adminActor();
    await expect(createUser(admin, { email: 'keine-adresse', displayName: 'X', platformRole: 'chef' })).rejects.toMatchObject({
      code: 'invalid_input',
      details: {
        fields: {
          email: expect.stringContaining('gültige E-Mail-Adresse'),
          displayName: expect.stringContaining('mindestens zwei Zeichen'),
          platformRole: 'Bitte wählen Sie die Art des Kontos.',
        },
      },
    });
  });

  it('is for administrators only', async () => {
    const district = await buildDistrict();
    const coordinator = await actorFor((await buildMember(district.id, 'coordinator')).id);
    await expect(
      createUser(coordinator, { email: `x-${uniqueTag()}@test.example`, displayName: 'Niemand', platformRole: 'admin' }),
    ).rejects.toMatchObject({ code: 'forbidden' });
    await expect(listUsers(coordinator)).rejects.toMatchObject({ code: 'forbidden' });
  });

  it('lists accounts with their memberships and assignments for administrators', async () => {
    const district = await buildDistrict();
    const member = await buildMember(district.id, 'editor');
    const advisor = await buildAdvisor([district.id]);
    const users = await listUsers(await adminActor());
    expect(users.find((u) => u.id === member.id)?.memberships).toEqual([
      { districtId: district.id, districtName: district.name, role: 'editor' },
    ]);
    expect(users.find((u) => u.id === advisor.id)?.assignments).toEqual([
      { districtId: district.id, districtName: district.name },
    ]);
  });
});

describe('setUserActive', () => {
  it('deactivates an account so it can no longer sign in, and activates it again', async () => {
    const admin = await adminActor();
    const user = await buildUser();
    await setUserActive(admin, user.id, false);
    await expect(signIn(user.email, user.password)).rejects.toMatchObject({ message: WRONG_CREDENTIALS_MESSAGE });
    await setUserActive(admin, user.id, true);
    await expect(signIn(user.email, user.password)).resolves.toMatchObject({ userId: user.id });
  });

  it('does not let administrators deactivate their own account', async () => {
    const admin = await adminActor();
    await expect(setUserActive(admin, admin.userId, false)).rejects.toMatchObject({
      code: 'invalid_input',
      message: 'Sie können Ihr eigenes Konto nicht deaktivieren.',
    });
    await expect(actorFor(admin.userId)).resolves.toMatchObject({ userId: admin.userId });
  });

  it('lets an administrator deactivate another administrator while others remain', async () => {
    const admin = await adminActor();
    const other = await buildAdmin();
    await setUserActive(admin, other.id, false);
    await expect(loadActor(sessionFor(other.id))).resolves.toBeUndefined();
  });

  it('is for administrators only, and unknown or malformed ids are not_found', async () => {
    const user = await buildUser();
    const district = await buildDistrict();
    const coordinator = await actorFor((await buildMember(district.id, 'coordinator')).id);
    await expect(setUserActive(coordinator, user.id, false)).rejects.toMatchObject({ code: 'forbidden' });
    const admin = await adminActor();
    await expect(setUserActive(admin, '99999999-9999-4999-8999-999999999999', false)).rejects.toMatchObject({
      code: 'not_found',
    });
    await expect(setUserActive(admin, 'abc', false)).rejects.toMatchObject({ code: 'not_found' });
  });
});

describe('resetUserPassword', () => {
  it('issues a new initial password that works, while the old one and old sessions stop working', async () => {
    const admin = await adminActor();
    const user = await buildUser();
    const oldSession = sessionFor(user.id, { authAt: nowSeconds() - 60 });
    await expect(loadActor(oldSession)).resolves.toBeDefined();

    const { initialPassword } = await resetUserPassword(admin, user.id);

    expect(initialPassword).toMatch(INITIAL_PASSWORD_SHAPE);
    await expect(signIn(user.email, initialPassword)).resolves.toMatchObject({ userId: user.id });
    await expect(signIn(user.email, user.password)).rejects.toMatchObject({ code: 'unauthenticated' });
    await expect(loadActor(oldSession)).resolves.toBeUndefined();
    const newSession = await sessionFromSignIn({ email: user.email, password: initialPassword });
    await expect(loadActor(newSession)).resolves.toMatchObject({ mustChangePassword: true });
  });

  // Issue 8, item 13: resetting a member's password let an administrator sign in as them unnoticed.
  it('is logged in every district the account works in, naming the administrator, and tells their coordinators', async () => {
    const adminUser = await buildAdmin();
    const [first, second, unrelated] = [await buildDistrict(), await buildDistrict(), await buildDistrict()];
    const [firstCoordinator, secondCoordinator, unrelatedCoordinator] = [
      await buildMember(first.id, 'coordinator'),
      await buildMember(second.id, 'coordinator'),
      await buildMember(unrelated.id, 'coordinator'),
    ];
    const member = await buildMember(first.id, 'editor');
    await insertMembership(getDb(), { districtId: second.id, userId: member.id, role: 'editor' });
    const advisor = await buildAdvisor([first.id]);

    await resetUserPassword(await actorFor(adminUser.id), member.id);
    await resetUserPassword(await actorFor(adminUser.id), advisor.id);

    for (const district of [first, second]) {
      const log = await listAuditEntries(getDb(), { districtId: district.id, limit: 10 });
      expect(log.filter((e) => e.action === 'member.password_reset').map((e) => [e.object_id, e.actor_name, e.details])).toEqual(
        [
          district === first ? [advisor.id, adminUser.displayName, { name: advisor.displayName, email: advisor.email, byAdmin: true }] : null,
          [member.id, adminUser.displayName, { name: member.displayName, email: member.email, byAdmin: true }],
        ].filter(Boolean),
      );
    }
    const told = async (userId: string) =>
      (await listMyNotifications(await actorFor(userId))).map((n) => [n.kind, n.districtId, n.link, n.message.includes(member.email) ? 'member' : 'advisor']);
    expect(await told(firstCoordinator.id)).toEqual([
      ['member.password_reset_by_admin', first.id, `/districts/${first.id}/audit`, 'advisor'],
      ['member.password_reset_by_admin', first.id, `/districts/${first.id}/audit`, 'member'],
    ]);
    expect(await told(secondCoordinator.id)).toEqual([['member.password_reset_by_admin', second.id, `/districts/${second.id}/audit`, 'member']]);
    expect(await told(unrelatedCoordinator.id)).toEqual([]);
    expect((await listAuditEntries(getDb(), { districtId: unrelated.id, limit: 10 })).filter((e) => e.action === 'member.password_reset')).toEqual([]);
  });

  it('is for administrators only; unknown accounts are not_found', async () => {
    const user = await buildUser();
    const self = await actorFor(user.id);
    await expect(resetUserPassword(self, user.id)).rejects.toMatchObject({ code: 'forbidden' });
    await expect(resetUserPassword(await adminActor(), '99999999-9999-4999-8999-999999999999')).rejects.toMatchObject({
      code: 'not_found',
    });
    await expect(signIn(user.email, user.password)).resolves.toMatchObject({ userId: user.id });
  });
});

describe('changeOwnPassword', () => {
  const NEW_PASSWORD = 'Ein-ganz-neues-Passwort-42';

  it('rejects a wrong current password and keeps the old one', async () => {
    const user = await buildUser();
    const actor = await actorFor(user.id);
    await expect(
      changeOwnPassword(actor, { currentPassword: 'nicht-meins-123', newPassword: NEW_PASSWORD, confirmPassword: NEW_PASSWORD }),
    ).rejects.toMatchObject({
      code: 'invalid_input',
      details: { fields: { currentPassword: 'Das bisherige Passwort ist nicht korrekt.' } },
    });
    await expect(signIn(user.email, user.password)).resolves.toMatchObject({ userId: user.id });
  });

  it('rejects a confirmation that does not match', async () => {
    const user = await buildUser();
    await expect(
      changeOwnPassword(await actorFor(user.id), {
        currentPassword: user.password,
        newPassword: NEW_PASSWORD,
        confirmPassword: `${NEW_PASSWORD}x`,
      }),
    ).rejects.toMatchObject({
      code: 'invalid_input',
      details: { fields: { confirmPassword: 'Die beiden neuen Passwörter stimmen nicht überein.' } },
    });
  });

  it('rejects a new password shorter than 12 characters', async () => {
    const user = await buildUser();
    await expect(
      changeOwnPassword(await actorFor(user.id), { currentPassword: user.password, newPassword: 'kurz-123', confirmPassword: 'kurz-123' }),
    ).rejects.toMatchObject({
      code: 'invalid_input',
      details: { fields: { newPassword: 'Das Passwort muss mindestens 12 Zeichen lang sein.' } },
    });
  });

  it('rejects reusing the current password', async () => {
    const user = await buildUser();
    await expect(
      changeOwnPassword(await actorFor(user.id), {
        currentPassword: user.password,
        newPassword: user.password,
        confirmPassword: user.password,
      }),
    ).rejects.toMatchObject({ code: 'invalid_input', details: { fields: { newPassword: expect.stringContaining('unterscheiden') } } });
  });

  it('switches to the new password, clears the change request and ends earlier sessions', async () => {
    const user = await buildUser({ mustChangePassword: true });
    const session = sessionFor(user.id, { authAt: nowSeconds() - 60 });
    const actor = await loadActor(session);
    expect(actor?.mustChangePassword).toBe(true);

    await changeOwnPassword(actor!, { currentPassword: user.password, newPassword: NEW_PASSWORD, confirmPassword: NEW_PASSWORD });

    await expect(signIn(user.email, NEW_PASSWORD)).resolves.toMatchObject({ userId: user.id });
    await expect(signIn(user.email, user.password)).rejects.toMatchObject({ code: 'unauthenticated' });
    await expect(loadActor(session)).resolves.toBeUndefined();
    await expect(loadActor(await sessionFromSignIn({ email: user.email, password: NEW_PASSWORD }))).resolves.toMatchObject({
      mustChangePassword: false,
    });
  });
});
