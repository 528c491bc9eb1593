import { assignAdvisor, unassignAdvisor } from '../../lib/advisors/manage-assignments';
import { SESSION_MAX_AGE_SECONDS } from '../../lib/auth/config';
import { loadActor, revokeSession } from '../../lib/auth/load-actor';
import { changeMemberRole, removeMember } from '../../lib/members/manage-members';
import { changeOwnPassword } from '../../lib/users/change-own-password';
import { resetUserPassword, setUserActive } from '../../lib/users/manage-user';
import { actorFor, buildAdmin, buildAdvisor, buildDistrict, buildMember, buildUser, sessionFor, sessionFromSignIn } from '../support/factories';

const nowSeconds = () => Math.floor(Date.now() / 1000);

/**
 * Waits for the next full second, so that what follows (a sign-in, then the change that ends it)
 * most likely happens within one second: the case a comparison of sign-in times used to miss.
 */
async function atStartOfSecond(): Promise<void> {
  await new Promise((resolve) => setTimeout(resolve, 1000 - (Date.now() % 1000)));
}

describe('loadActor: who is acting, read fresh on every request', () => {
  it('describes the account behind a valid session', async () => {
    const district = await buildDistrict();
    const user = await buildMember(district.id, 'editor');
    const actor = await loadActor(sessionFor(user.id));
    expect(actor).toEqual({
      userId: user.id,
      email: user.email,
      displayName: user.displayName,
      platformRole: 'user',
      mustChangePassword: false,
      memberships: [{ districtId: district.id, role: 'editor' }],
      advisorDistrictIds: [],
    });
  });

  it('sees a role change and a removed membership on the very next request', async () => {
    const district = await buildDistrict();
    const coordinator = await actorFor((await buildMember(district.id, 'coordinator')).id);
    const member = await buildMember(district.id, 'editor');
    const session = sessionFor(member.id);

    await changeMemberRole(coordinator, { districtId: district.id, userId: member.id, role: 'coordinator' });
    expect((await loadActor(session))?.memberships).toEqual([{ districtId: district.id, role: 'coordinator' }]);

    await removeMember(coordinator, { districtId: district.id, userId: member.id });
    const after = await loadActor(session);
    expect(after).toBeDefined();
    expect(after?.memberships).toEqual([]);
  });

  it('sees a withdrawn advisor assignment on the very next request', async () => {
    const district = await buildDistrict();
    const admin = await actorFor((await buildAdmin()).id);
    const advisor = await buildAdvisor();
    const session = sessionFor(advisor.id);
    await assignAdvisor(admin, { userId: advisor.id, districtId: district.id });
    expect((await loadActor(session))?.advisorDistrictIds).toEqual([district.id]);
    await unassignAdvisor(admin, { userId: advisor.id, districtId: district.id });
    expect((await loadActor(session))?.advisorDistrictIds).toEqual([]);
  });

  it('ends the sessions of a deactivated account at once', async () => {
    const user = await buildUser();
    const session = sessionFor(user.id);
    const admin = await actorFor((await buildAdmin()).id);
    await setUserActive(admin, user.id, false);
    await expect(loadActor(session)).resolves.toBeUndefined();
  });

  it('does not revive old sessions when a deactivated account is activated again', async () => {
    const user = await buildUser();
    const session = sessionFor(user.id, { authAt: nowSeconds() - 60 });
    const admin = await actorFor((await buildAdmin()).id);
    await setUserActive(admin, user.id, false);
    await setUserActive(admin, user.id, true);
    await expect(loadActor(session)).resolves.toBeUndefined();
    await expect(loadActor(await sessionFromSignIn(user))).resolves.toMatchObject({ userId: user.id });
  });

  it('ends a signed-out session, and only that one', async () => {
    const user = await buildUser();
    const signedOut = sessionFor(user.id);
    const otherDevice = sessionFor(user.id);
    await revokeSession(signedOut);
    await expect(loadActor(signedOut)).resolves.toBeUndefined();
    await expect(loadActor(otherDevice)).resolves.toMatchObject({ userId: user.id });
  });

  it('rejects sessions signed in before a password change, and accepts new ones', async () => {
    const user = await buildUser();
    const earlier = sessionFor(user.id, { authAt: nowSeconds() - 60 });
    await expect(loadActor(earlier)).resolves.toMatchObject({ userId: user.id });

    const admin = await actorFor((await buildAdmin()).id);
    const { initialPassword } = await resetUserPassword(admin, user.id);

    await expect(loadActor(earlier)).resolves.toBeUndefined();
    await expect(loadActor(await sessionFromSignIn({ email: user.email, password: initialPassword }))).resolves.toMatchObject({
      userId: user.id,
      mustChangePassword: true,
    });
  });

  describe('ends sessions signed in during the same second as the change', () => {
    it('a password changed on another device, and changed back', async () => {
      const user = await buildUser();
      const newPassword = 'Ganz-anderes-Passwort-2026';
      await atStartOfSecond();
      const laptop = await sessionFromSignIn(user);
      const phone = await sessionFromSignIn(user);
      const onPhone = (await loadActor(phone))!;
      await changeOwnPassword(onPhone, { currentPassword: user.password, newPassword, confirmPassword: newPassword });
      await expect(loadActor(laptop)).resolves.toBeUndefined();
      await expect(loadActor(phone)).resolves.toBeUndefined();

      // Back to the old password: the ended sessions stay ended, a new sign-in works.
      const again = await sessionFromSignIn({ email: user.email, password: newPassword });
      await changeOwnPassword((await loadActor(again))!, { currentPassword: newPassword, newPassword: user.password, confirmPassword: user.password });
      await expect(loadActor(laptop)).resolves.toBeUndefined();
      await expect(loadActor(again)).resolves.toBeUndefined();
      await expect(loadActor(await sessionFromSignIn(user))).resolves.toMatchObject({ userId: user.id });
    });

    it('an account deactivated and activated again', async () => {
      const user = await buildUser();
      const admin = await actorFor((await buildAdmin()).id);
      await atStartOfSecond();
      const session = await sessionFromSignIn(user);
      await setUserActive(admin, user.id, false);
      await setUserActive(admin, user.id, true);
      await expect(loadActor(session)).resolves.toBeUndefined();
      await expect(loadActor(await sessionFromSignIn(user))).resolves.toMatchObject({ userId: user.id });
    });

    it('a password reset by an administrator', async () => {
      const user = await buildUser();
      const admin = await actorFor((await buildAdmin()).id);
      await atStartOfSecond();
      const session = await sessionFromSignIn(user);
      const { initialPassword } = await resetUserPassword(admin, user.id);
      await expect(loadActor(session)).resolves.toBeUndefined();
      await expect(loadActor(await sessionFromSignIn({ email: user.email, password: initialPassword }))).resolves.toMatchObject({
        userId: user.id,
        mustChangePassword: true,
      });
    });
  });

  it('keeps a signed-out session ended after a password change (both mechanisms hold)', async () => {
    const user = await buildUser();
    const signedOut = await sessionFromSignIn(user);
    await revokeSession(signedOut);
    const admin = await actorFor((await buildAdmin()).id);
    const { initialPassword } = await resetUserPassword(admin, user.id);
    await expect(loadActor(signedOut)).resolves.toBeUndefined();
    const fresh = await sessionFromSignIn({ email: user.email, password: initialPassword });
    await expect(loadActor(fresh)).resolves.toMatchObject({ userId: user.id });
    await expect(loadActor({ ...fresh, sessionId: signedOut.sessionId })).resolves.toBeUndefined();
  });

  it('ends every session at the latest a working day after sign-in', async () => {
    const user = await buildUser();
    const session = sessionFor(user.id);
    const at = (secondsAfterSignIn: number) => new Date((session.authAt + secondsAfterSignIn) * 1000);
    await expect(loadActor(session, at(SESSION_MAX_AGE_SECONDS - 60))).resolves.toMatchObject({ userId: user.id });
    await expect(loadActor(session, at(SESSION_MAX_AGE_SECONDS + 1))).resolves.toBeUndefined();
  });

  it('rejects a session signed in longer ago than the maximum age', async () => {
    const user = await buildUser();
    const stale = sessionFor(user.id, { authAt: nowSeconds() - SESSION_MAX_AGE_SECONDS - 5 });
    await expect(loadActor(stale)).resolves.toBeUndefined();
  });

  it('has no actor for an account that does not exist', async () => {
    await expect(loadActor(sessionFor('99999999-9999-4999-8999-999999999999'))).resolves.toBeUndefined();
  });
});
