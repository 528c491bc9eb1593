import { createDb, getDb, type Db } from '../../db/client';
import { migrateToLatest } from '../../db/migrate';
import { migrations } from '../../db/migrations';
import { authenticate } from '../../lib/auth/authenticate';
import { DEMO_ACCOUNTS, DEMO_DISTRICTS, DEMO_PASSWORD } from '../../lib/demo/demo-accounts';
import { DemoSeedRefusedError, isDatabaseEmpty, seedDemoData } from '../../lib/demo/seed-demo-data';
import { getConceptOverview } from '../../lib/concepts/get-concept-overview';
import { getDashboard } from '../../lib/dashboard/get-dashboard';
import { listConceptReview } from '../../lib/comments/list-comments';
import { getDistrictAdministration, getPlatformOverview, listMyDistricts } from '../../lib/districts/list-districts';
import { listUsers } from '../../lib/users/list-users';
import { setUserActive } from '../../lib/users/manage-user';
import { findUserByEmail } from '../../lib/users/queries';
import { SOLO_DATABASE_ENV } from '../setup/test-databases';
import { actorFor, buildAdmin, buildDistrict, uniqueIp } from '../support/factories';

/**
 * Behaviour that depends on the whole database (the first migration, the demo seed,
 * "the last active administrator"). This file alone uses the run's second, initially
 * empty database, so nothing another test file creates can interfere. Its tests run in
 * order: the first migration happens in beforeAll.
 */
const soloUrl = process.env[SOLO_DATABASE_ENV];
if (!soloUrl) throw new Error(`${SOLO_DATABASE_ENV} is not set: run the tests through jest.config.js.`);
// Before the first getDb() call: every use case in this file then works on the solo database.
process.env.DATABASE_URL = soloUrl;

let db: Db;
let firstMigration: string[];
let secondMigration: string[];
let wasEmptyAfterMigration: boolean;

beforeAll(async () => {
  db = createDb(soloUrl, { max: 2 });
  firstMigration = await migrateToLatest(db);
  secondMigration = await migrateToLatest(db);
  wasEmptyAfterMigration = await isDatabaseEmpty(db);
});

afterAll(async () => {
  await db?.destroy();
});

function withNodeEnv<T>(value: string, run: () => Promise<T>): Promise<T> {
  const env = process.env as Record<string, string | undefined>;
  const previous = env.NODE_ENV;
  env.NODE_ENV = value;
  return run().finally(() => {
    env.NODE_ENV = previous;
  });
}

describe('migrations', () => {
  it('apply every migration, in order, to an empty database', () => {
    expect(firstMigration).toEqual(Object.keys(migrations).sort());
    expect(firstMigration.length).toBeGreaterThan(0);
  });

  it('leave a database that counts as empty, so the launcher seeds it with demo data', async () => {
    expect(wasEmptyAfterMigration).toBe(true);
    await buildAdmin();
    expect(await isDatabaseEmpty(db)).toBe(false);
  });

  it('do nothing when run again, and keep the data', async () => {
    expect(secondMigration).toEqual([]);
    const district = await buildDistrict();
    const again = createDb(soloUrl, { max: 1 });
    try {
      await expect(migrateToLatest(again)).resolves.toEqual([]);
    } finally {
      await again.destroy();
    }
    await expect(db.selectFrom('districts').select('name').where('id', '=', district.id).executeTakeFirst()).resolves.toEqual({
      name: district.name,
    });
  });
});

describe('the last active administrator', () => {
  it('cannot be deactivated, not even by a request that raced with its own deactivation', async () => {
    const first = await buildAdmin();
    const second = await buildAdmin();
    const firstActor = await actorFor(first.id);
    const secondActor = await actorFor(second.id);
    // Leave exactly these two administrators active.
    for (const user of await listUsers(firstActor)) {
      if (user.platformRole === 'admin' && user.isActive && user.id !== first.id && user.id !== second.id) {
        await setUserActive(firstActor, user.id, false);
      }
    }

    await setUserActive(secondActor, first.id, false);
    // firstActor was loaded before the deactivation: its request is already past authorisation.
    await expect(setUserActive(firstActor, second.id, false)).rejects.toMatchObject({
      code: 'invalid_input',
      message: 'Das letzte aktive Administrationskonto kann nicht deaktiviert werden.',
    });
    await expect(actorFor(second.id)).resolves.toMatchObject({ platformRole: 'admin' });

    await setUserActive(secondActor, first.id, true);
    await expect(actorFor(first.id)).resolves.toMatchObject({ platformRole: 'admin' });
  });
});

describe('seedDemoData', () => {
  const demoEmails = DEMO_ACCOUNTS.map((a) => a.email);
  const existingDemoAccounts = async () =>
    (await Promise.all(demoEmails.map((email) => findUserByEmail(getDb(), { email })))).filter(Boolean);

  it('refuses under NODE_ENV=production, because the demo passwords are public', async () => {
    const before = await existingDemoAccounts();
    await withNodeEnv('production', async () => {
      await expect(seedDemoData(getDb())).rejects.toBeInstanceOf(DemoSeedRefusedError);
    });
    expect(process.env.NODE_ENV).toBe('test');
    expect(await existingDemoAccounts()).toEqual(before);
  });

  it('creates the fictional districts and accounts once; running it again changes nothing', async () => {
    await expect(seedDemoData(getDb())).resolves.toEqual({ created: true });
    await expect(seedDemoData(getDb())).resolves.toEqual({ created: false });

    const accounts = await existingDemoAccounts();
    expect(accounts.map((a) => a?.email)).toEqual(demoEmails);
    const users = await listUsers(await actorFor(accounts[0]!.id));
    for (const account of DEMO_ACCOUNTS) {
      const stored = users.filter((u) => u.email === account.email);
      expect(stored).toHaveLength(1);
      expect(stored[0]).toMatchObject({ platformRole: account.platformRole, displayName: account.displayName });
      expect(stored[0]?.memberships).toHaveLength(account.membership ? 1 : 0);
    }
  });

  it('counts districts and accounts for the administration’s start page as its lists show them', async () => {
    const admin = await actorFor((await findUserByEmail(getDb(), { email: DEMO_ACCOUNTS.find((a) => a.platformRole === 'admin')!.email }))!.id);
    const [users, { districts }, overview] = await Promise.all([listUsers(admin), getDistrictAdministration(admin), getPlatformOverview(admin)]);
    const active = districts.filter((d) => d.isActive);
    expect(overview).toEqual({
      activeDistricts: active.length,
      activeDistrictsWithoutAdvisor: active.filter((d) => d.advisors.length === 0).length,
      inactiveDistricts: districts.length - active.length,
      accounts: users.length,
      advisorAccounts: users.filter((u) => u.platformRole === 'advisor').length,
      inactiveAccounts: users.filter((u) => !u.isActive).length,
    });
    // Musterland has its advisor, the district built above none; the administrators deactivated above count.
    expect(overview.activeDistrictsWithoutAdvisor).toBeGreaterThan(0);
    expect(overview.activeDistrictsWithoutAdvisor).toBeLessThan(overview.activeDistricts);
    expect(overview.advisorAccounts).toBe(DEMO_ACCOUNTS.filter((a) => a.platformRole === 'advisor').length);
    expect(overview.inactiveAccounts).toBeGreaterThan(0);
  });

  it('gives the demo accounts the documented password and access', async () => {
    const coordinator = DEMO_ACCOUNTS.find((a) => a.membership?.role === 'coordinator')!;
    const { userId } = await authenticate({ email: coordinator.email, password: DEMO_PASSWORD, ip: uniqueIp() });
    const mine = await listMyDistricts(await actorFor(userId));
    const expectedName = DEMO_DISTRICTS.find((d) => d.key === coordinator.membership!.district)!.name;
    expect(mine.map((d) => [d.name, d.relation])).toEqual([[expectedName, 'coordinator']]);

    const advisor = DEMO_ACCOUNTS.find((a) => a.platformRole === 'advisor')!;
    const advisorLogin = await authenticate({ email: advisor.email, password: DEMO_PASSWORD, ip: uniqueIp() });
    const advised = await listMyDistricts(await actorFor(advisorLogin.userId));
    const advisedNames = advisor.advises!.map((key) => DEMO_DISTRICTS.find((d) => d.key === key)!.name);
    expect(advised.map((d) => d.name)).toEqual(advisedNames);
  });

  it('shows the review loop under way on the Musterland concept', async () => {
    const advisorAccount = DEMO_ACCOUNTS.find((a) => a.platformRole === 'advisor')!;
    const advisor = await actorFor((await findUserByEmail(getDb(), { email: advisorAccount.email }))!.id);
    const [concept] = (await getDashboard(advisor)).districts.flatMap((d) => d.concepts);
    expect(concept).toBeDefined();
    const overview = await getConceptOverview(advisor, concept!.id);
    expect(overview.concept.status).toBe('changes_requested');
    expect(overview.review.versions.map((v) => [v.number, v.outcome])).toEqual([[1, 'changes_requested']]);
    expect(overview.review.verdictCounts).toMatchObject({ erfuellt: 6, nachbessern: 2, offen: 1 });
    expect(overview.review.changedSinceVersion).toMatchObject({ versionNumber: 1, count: 1 });
    const review = await listConceptReview(advisor, concept!.id);
    const dispositions = review.advisorHints.map((h) => [h.disposition, h.isDetached]);
    expect(dispositions).toEqual(
      expect.arrayContaining([
        ['uebernommen', false],
        ['teilweise', true],
        [null, false],
      ]),
    );
    expect(review.advisorHints.some((h) => h.comments.length > 1)).toBe(true);
  });

  it('runs under NODE_ENV=production when forced (a training instance), still without duplicates', async () => {
    await withNodeEnv('production', async () => {
      await expect(seedDemoData(getDb(), { force: true })).resolves.toEqual({ created: false });
    });
    expect(await existingDemoAccounts()).toHaveLength(DEMO_ACCOUNTS.length);
  });
});
