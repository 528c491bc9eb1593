import { createDb, getDb } from '../../db/client';
import { migrateToLatest } from '../../db/migrate';
import { loadActor } from '../../lib/auth/load-actor';
import { countRecentFailures } from '../../lib/auth/queries';
import { findDistrict } from '../../lib/districts/queries';
import { listDistrictMembers } from '../../lib/members/queries';
import { findUserByEmail } from '../../lib/users/queries';
import { buildDistrict, buildMember, sessionFor } from '../support/factories';

describe('the database layer under concurrent requests', () => {
  it('keeps different queries running at the same time apart', async () => {
    const district = await buildDistrict();
    const member = await buildMember(district.id, 'editor');
    const since = new Date(Date.now() - 60_000);
    for (let round = 0; round < 20; round++) {
      const [user, failures, members, found] = await Promise.all([
        findUserByEmail(getDb(), { email: member.email }),
        countRecentFailures(getDb(), { email: member.email, ip: '10.0.0.1', since }),
        listDistrictMembers(getDb(), { districtId: district.id }),
        findDistrict(getDb(), { districtId: district.id }),
      ]);
      expect(user?.id).toBe(member.id);
      expect(failures.account.count).toBe(0);
      expect(members.map((m) => m.user_id)).toEqual([member.id]);
      expect(found?.name).toBe(district.name);
    }
  });

  it('builds the right actor for every session when many requests arrive at once', async () => {
    const district = await buildDistrict();
    const users = await Promise.all(Array.from({ length: 8 }, () => buildMember(district.id, 'coordinator')));
    const actors = await Promise.all(users.map((u) => loadActor(sessionFor(u.id))));
    expect(actors.map((a) => a?.userId)).toEqual(users.map((u) => u.id));
    for (const actor of actors) expect(actor?.memberships).toEqual([{ districtId: district.id, role: 'coordinator' }]);
  });

  it('finds nothing to do when migrating the already migrated test database again', async () => {
    const db = createDb(process.env.DATABASE_URL!, { max: 1 });
    try {
      await expect(migrateToLatest(db)).resolves.toEqual([]);
    } finally {
      await db.destroy();
    }
  });
});
