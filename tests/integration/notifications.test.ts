import { getDb } from '../../db/client';
import { countMyUnread, listMyNotifications } from '../../lib/notifications/list-my-notifications';
import { markAllNotificationsRead, markNotificationRead } from '../../lib/notifications/mark-read';
import { notify } from '../../lib/notifications/notify';
import { setUserActive } from '../../lib/users/manage-user';
import { actorFor, buildAdmin, buildDistrict, buildMember, buildUser } from '../support/factories';

const UNKNOWN_ID = '99999999-9999-4999-8999-999999999999';

function send(recipientIds: string[], overrides: Partial<Parameters<typeof notify>[1]> = {}) {
  return notify(getDb(), {
    recipientIds,
    actorUserId: null,
    districtId: null,
    kind: 'comment.new',
    message: 'Miriam Muster hat „Beschwerdemanagement“ kommentiert.',
    link: '/concepts/abc/sections/beschwerdemanagement',
    ...overrides,
  });
}

describe('notify', () => {
  it('stores one unread notification per recipient, with message, link, district and actor', async () => {
    const district = await buildDistrict();
    const author = await buildMember(district.id, 'coordinator');
    const [first, second] = [await buildMember(district.id, 'editor'), await buildMember(district.id, 'editor')];
    await send([first.id, second.id], { actorUserId: author.id, districtId: district.id });

    for (const user of [first, second]) {
      const actor = await actorFor(user.id);
      expect(await listMyNotifications(actor)).toEqual([
        {
          id: expect.any(String),
          kind: 'comment.new',
          message: 'Miriam Muster hat „Beschwerdemanagement“ kommentiert.',
          link: '/concepts/abc/sections/beschwerdemanagement',
          districtId: district.id,
          actorName: author.displayName,
          createdAt: expect.any(Date),
          isRead: false,
        },
      ]);
      expect(await countMyUnread(actor)).toBe(1);
    }
  });

  it('skips the actor and sends each recipient one notification however often listed', async () => {
    const [actorUser, recipient] = [await buildUser(), await buildUser()];
    await send([actorUser.id, recipient.id, recipient.id, actorUser.id], { actorUserId: actorUser.id });
    expect(await listMyNotifications(await actorFor(actorUser.id))).toEqual([]);
    expect(await listMyNotifications(await actorFor(recipient.id))).toHaveLength(1);
  });

  it('skips deactivated accounts (and ids that do not exist)', async () => {
    const [active, inactive] = [await buildUser(), await buildUser()];
    await setUserActive(await actorFor((await buildAdmin()).id), inactive.id, false);
    await send([active.id, inactive.id, UNKNOWN_ID]);
    const rows = await getDb().selectFrom('notifications').select('user_id').where('user_id', 'in', [active.id, inactive.id]).execute();
    expect(rows.map((r) => r.user_id)).toEqual([active.id]);
  });

  it('takes part in the caller’s transaction: a rolled-back change leaves no notification', async () => {
    const recipient = await buildUser();
    await expect(
      getDb()
        .transaction()
        .execute(async (trx) => {
          await notify(trx, { recipientIds: [recipient.id], actorUserId: null, districtId: null, kind: 'concept.submitted', message: 'Eingereicht.', link: null });
          throw new Error('Änderung gescheitert');
        }),
    ).rejects.toThrow('Änderung gescheitert');
    expect(await listMyNotifications(await actorFor(recipient.id))).toEqual([]);
  });

  it('refuses a link that is not an app path', async () => {
    const recipient = await buildUser();
    for (const link of ['https://boese.example/', '//boese.example/x', 'javascript:alert(1)']) {
      await expect(send([recipient.id], { link })).rejects.toThrow(/app path/);
    }
    expect(await listMyNotifications(await actorFor(recipient.id))).toEqual([]);
  });
});

describe('listMyNotifications and countMyUnread', () => {
  it('lists only one’s own notifications, newest first, optionally only unread and limited', async () => {
    const [me, someoneElse] = [await buildUser(), await buildUser()];
    // A few milliseconds apart: the embedded database's clock counts in milliseconds, and notifications of the
    // same instant have no order of their own.
    for (const message of ['Erste.', 'Zweite.', 'Dritte.']) {
      await send([me.id], { message });
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
    await send([someoneElse.id], { message: 'Nicht für mich.' });
    const actor = await actorFor(me.id);
    const all = await listMyNotifications(actor);
    expect(all.map((n) => n.message)).toEqual(['Dritte.', 'Zweite.', 'Erste.']);

    await markNotificationRead(actor, { notificationId: all[0]!.id });
    expect((await listMyNotifications(actor, { onlyUnread: true })).map((n) => n.message)).toEqual(['Zweite.', 'Erste.']);
    expect((await listMyNotifications(actor, { limit: 1 })).map((n) => [n.message, n.isRead])).toEqual([['Dritte.', true]]);
    expect(await countMyUnread(actor)).toBe(2);
  });

  it('rejects a limit outside 1–200 with invalid_input', async () => {
    const actor = await actorFor((await buildUser()).id);
    await expect(listMyNotifications(actor, { limit: 0 })).rejects.toMatchObject({ code: 'invalid_input' });
    await expect(listMyNotifications(actor, { limit: 5000 })).rejects.toMatchObject({ code: 'invalid_input' });
  });
});

describe('markNotificationRead and markAllNotificationsRead', () => {
  it('marks one notification read and returns its link; marking again keeps it read', async () => {
    const me = await buildUser();
    await send([me.id], { link: '/districts/x/members' });
    const actor = await actorFor(me.id);
    const [notification] = await listMyNotifications(actor);
    await expect(markNotificationRead(actor, { notificationId: notification!.id })).resolves.toEqual({ link: '/districts/x/members' });
    await expect(markNotificationRead(actor, { notificationId: notification!.id })).resolves.toEqual({ link: '/districts/x/members' });
    expect(await countMyUnread(actor)).toBe(0);
    expect((await listMyNotifications(actor))[0]?.isRead).toBe(true);
  });

  it('answers not_found for someone else’s notification and leaves it unread', async () => {
    const [owner, other] = [await buildUser(), await buildUser()];
    await send([owner.id]);
    const ownerActor = await actorFor(owner.id);
    const [notification] = await listMyNotifications(ownerActor);
    await expect(markNotificationRead(await actorFor(other.id), { notificationId: notification!.id })).rejects.toMatchObject({
      code: 'not_found',
    });
    expect(await countMyUnread(ownerActor)).toBe(1);
  });

  it('answers not_found for unknown and malformed ids', async () => {
    const actor = await actorFor((await buildUser()).id);
    await expect(markNotificationRead(actor, { notificationId: UNKNOWN_ID })).rejects.toMatchObject({ code: 'not_found' });
    await expect(markNotificationRead(actor, { notificationId: 'kein-schluessel' })).rejects.toMatchObject({ code: 'not_found' });
  });

  it('marks all of one’s own notifications read, and nobody else’s', async () => {
    const [me, other] = [await buildUser(), await buildUser()];
    await send([me.id, other.id]);
    await send([me.id]);
    const actor = await actorFor(me.id);
    await expect(markAllNotificationsRead(actor)).resolves.toEqual({ count: 2 });
    expect(await countMyUnread(actor)).toBe(0);
    expect(await countMyUnread(await actorFor(other.id))).toBe(1);
    await expect(markAllNotificationsRead(actor)).resolves.toEqual({ count: 0 });
  });
});
