import { requireActor, requirePageActor } from '@/app/_lib/session';
import { changeOwnPassword } from '@/lib/users/change-own-password';
import { resetUserPassword } from '@/lib/users/manage-user';
import { actorFor, buildAdmin, buildUser, sessionFor, sessionFromSignIn } from '../support/factories';
import { mockSession, signInWith } from '../support/next-session-mock';

/**
 * requireActor and requirePageActor, with the session cookie Next would pass: without a valid
 * session nothing gets through; an account with a temporary password (reset by an administrator,
 * who has seen it) may do nothing but choose its own password, and may do everything again
 * once it has.
 */

jest.mock('next/headers', () => jest.requireActual('../support/next-session-mock').nextHeaders);
jest.mock('next/navigation', () => jest.requireActual('../support/next-session-mock').nextNavigation);

afterEach(() => {
  mockSession.cookie = undefined;
});

describe('requireActor', () => {
  it('refuses without a session, and with a cookie that is not a valid session', async () => {
    await expect(requireActor()).rejects.toMatchObject({ code: 'unauthenticated', message: expect.stringContaining('Sitzung ist abgelaufen') });
    mockSession.cookie = 'kein-gueltiges-token';
    await expect(requireActor()).rejects.toMatchObject({ code: 'unauthenticated' });
    await expect(requireActor({ allowTemporaryPassword: true })).rejects.toMatchObject({ code: 'unauthenticated' });
  });

  it('returns the signed-in person with their own password', async () => {
    const user = await buildUser();
    await signInWith(sessionFor(user.id));
    await expect(requireActor()).resolves.toMatchObject({ userId: user.id, mustChangePassword: false });
  });

  it('with a temporary password lets only the password change through, and everything again once a new password is chosen', async () => {
    const user = await buildUser();
    const admin = await actorFor((await buildAdmin()).id);
    const { initialPassword } = await resetUserPassword(admin, user.id);
    await signInWith(await sessionFromSignIn({ email: user.email, password: initialPassword }));

    await expect(requireActor()).rejects.toMatchObject({ code: 'forbidden', message: 'Bitte wählen Sie zuerst unter „Mein Konto“ ein eigenes Passwort.' });
    const forPasswordChange = await requireActor({ allowTemporaryPassword: true });
    expect(forPasswordChange).toMatchObject({ userId: user.id, mustChangePassword: true });

    const newPassword = 'Selbst-gewaehltes-Passwort-2026';
    await changeOwnPassword(forPasswordChange, { currentPassword: initialPassword, newPassword, confirmPassword: newPassword });
    // The change ends every session, the temporary one included.
    await expect(requireActor({ allowTemporaryPassword: true })).rejects.toMatchObject({ code: 'unauthenticated' });

    await signInWith(await sessionFromSignIn({ email: user.email, password: newPassword }));
    await expect(requireActor()).resolves.toMatchObject({ userId: user.id, mustChangePassword: false });
  });

  it('follows the account, not the cookie: a reset during a session ends it rather than letting the old password go on working', async () => {
    const user = await buildUser();
    await signInWith(await sessionFromSignIn(user));
    await expect(requireActor()).resolves.toMatchObject({ userId: user.id });
    const admin = await actorFor((await buildAdmin()).id);
    await resetUserPassword(admin, user.id);
    await expect(requireActor()).rejects.toMatchObject({ code: 'unauthenticated' });
  });
});

describe('requirePageActor', () => {
  it('sends someone without a session to the sign-in page, and back here afterwards', async () => {
    await expect(requirePageActor('/concepts/1?tab=2')).rejects.toMatchObject({ url: '/login?callbackUrl=%2Fconcepts%2F1%3Ftab%3D2' });
  });

  it('with a temporary password sends every page but „Mein Konto“ there', async () => {
    const user = await buildUser({ mustChangePassword: true });
    await signInWith(sessionFor(user.id));
    await expect(requirePageActor('/')).rejects.toMatchObject({ url: '/account' });
    await expect(requirePageActor('/benachrichtigungen')).rejects.toMatchObject({ url: '/account' });
    await expect(requirePageActor('/account')).resolves.toMatchObject({ userId: user.id, mustChangePassword: true });
  });
});
