import type { Db } from '../../db/client';
import { insertAssignment } from '../advisors/queries';
import { hashPassword } from '../auth/passwords';
import { findDistrictByName, insertDistrict } from '../districts/queries';
import { insertMembership } from '../members/queries';
import { findUserByEmail, insertUser } from '../users/queries';
import { DEMO_ACCOUNTS, DEMO_DISTRICTS, DEMO_PASSWORD } from './demo-accounts';
import { seedDemoConcept } from './seed-demo-concept';
import { seedDemoReview } from './seed-demo-review';
import { seedDemoDistrictData } from './seed-district-data';

export class DemoSeedRefusedError extends Error {
  constructor() {
    super(
      'Demo-Daten mit bekannten Passwörtern werden bei NODE_ENV=production nicht angelegt. ' +
        'Wenn Sie das wirklich wollen (z. B. für eine Schulungsinstanz), starten Sie mit --force.',
    );
  }
}

/**
 * Creates the fictional demo districts and accounts, Musterland's facilities and
 * contacts, and a concept with most sections drafted and the review loop under way
 * (Fassung 1 submitted, the advisor's comments and verdicts, Überarbeitung erbeten). Idempotent: nothing happens
 * when the demo admin exists. Refuses under NODE_ENV=production unless forced,
 * because the demo passwords are public. DATABASE_URL must point at `db` (the
 * concept is written through the use cases).
 */
export async function seedDemoData(db: Db, options: { force?: boolean } = {}): Promise<{ created: boolean }> {
  if (process.env.NODE_ENV === 'production' && !options.force) throw new DemoSeedRefusedError();
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const accounts = await db.transaction().execute(async (trx) => {
    if (await findUserByEmail(trx, { email: DEMO_ACCOUNTS[0]!.email })) return null;
    const districtIds = new Map<string, string>();
    const userIds = new Map<string, string>();
    for (const { key, ...district } of DEMO_DISTRICTS) {
      const existing = await findDistrictByName(trx, { name: district.name });
      districtIds.set(key, (existing ?? (await insertDistrict(trx, district))).id);
    }
    for (const account of DEMO_ACCOUNTS) {
      const user =
        (await findUserByEmail(trx, { email: account.email })) ??
        (await insertUser(trx, { ...account, passwordHash, mustChangePassword: false }));
      userIds.set(account.email, user.id);
      if (account.membership) {
        await insertMembership(trx, {
          districtId: districtIds.get(account.membership.district)!,
          userId: user.id,
          role: account.membership.role,
        });
      }
      for (const key of account.advises ?? []) {
        await insertAssignment(trx, { userId: user.id, districtId: districtIds.get(key)! });
      }
    }
    return { districtIds, userIds };
  });
  if (!accounts) return { created: false };
  const musterland = accounts.districtIds.get('musterland')!;
  const coordinatorId = accounts.userIds.get('koordination@musterland.example')!;
  await db.transaction().execute((trx) => seedDemoDistrictData(trx, { districtId: musterland, userId: coordinatorId }));
  const editorId = accounts.userIds.get('redaktion@musterland.example')!;
  const concept = await seedDemoConcept(db, { districtId: musterland, coordinatorId, editorId });
  await seedDemoReview(db, { conceptId: concept.id, coordinatorId, editorId, advisorId: accounts.userIds.get('beratung@debug.example')! });
  return { created: true };
}

export async function isDatabaseEmpty(db: Db): Promise<boolean> {
  const row = await db.selectFrom('users').select('id').limit(1).executeTakeFirst();
  return row === undefined;
}
