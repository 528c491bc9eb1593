import type { Db } from '../../db/client';
import { insertAssignment } from '../advisors/queries';
import { hashPassword } from '../auth/passwords';
import { findDistrictByName, insertDistrict } from '../districts/queries';
import { insertMembership } from '../members/queries';
import { findUserByEmail, insertUser } from '../users/queries';
import { DEMO_ACCOUNTS, DEMO_DISTRICTS, DEMO_PASSWORD } from './demo-accounts';

export class DemoSeedRefusedError extends Error {
  constructor() {
    super(
      'Demo-Daten mit bekannten Passwörtern werden bei NODE_ENV=production nicht angelegt. ' +
        'Wenn Sie das wirklich wollen (z. B. für eine Schulungsinstanz), starten Sie mit --force.',
    );
  }
}

/**
 * Creates the fictional demo districts and accounts. Idempotent: what exists is
 * kept. Refuses under NODE_ENV=production unless forced, because the demo
 * passwords are public.
 */
export async function seedDemoData(db: Db, options: { force?: boolean } = {}): Promise<{ created: boolean }> {
  if (process.env.NODE_ENV === 'production' && !options.force) throw new DemoSeedRefusedError();
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  return db.transaction().execute(async (trx) => {
    if (await findUserByEmail(trx, { email: DEMO_ACCOUNTS[0]!.email })) return { created: false };
    const districtIds = new Map<string, string>();
    for (const { key, ...district } of DEMO_DISTRICTS) {
      const existing = await findDistrictByName(trx, { name: district.name });
      districtIds.set(key, (existing ?? (await insertDistrict(trx, district))).id);
    }
    for (const account of DEMO_ACCOUNTS) {
      const user =
        (await findUserByEmail(trx, { email: account.email })) ??
        (await insertUser(trx, { ...account, passwordHash, mustChangePassword: false }));
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
    return { created: true };
  });
}

export async function isDatabaseEmpty(db: Db): Promise<boolean> {
  const row = await db.selectFrom('users').select('id').limit(1).executeTakeFirst();
  return row === undefined;
}
