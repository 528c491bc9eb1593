/**
 * Queries built and compiled once (db/compiled-once.ts) answer as the same query built each time, with every
 * caller's own values, and a query that cannot be compiled once says so on its first call.
 */
import { getDb } from '@/db/client';
import { compiledOnce } from '@/db/compiled-once';
import type { DistrictRole } from '@/db/types';
import { buildDistrict, buildMember } from '../support/factories';

const usersByRoleAndEmail = compiledOnce((db, { email, role }: { email: string; role: DistrictRole }) =>
  db
    .selectFrom('users')
    .innerJoin('memberships', 'memberships.user_id', 'users.id')
    .select(['users.id', 'users.email', 'memberships.role'])
    .where('users.email', '=', email)
    .where('memberships.role', '=', role)
    .where('users.is_active', '=', true),
);

describe('compiledOnce', () => {
  it('answers with each call’s own values, as the query built anew would', async () => {
    const district = await buildDistrict();
    const editor = await buildMember(district.id, 'editor');
    const coordinator = await buildMember(district.id, 'coordinator');
    const built = (email: string, role: DistrictRole) =>
      getDb()
        .selectFrom('users')
        .innerJoin('memberships', 'memberships.user_id', 'users.id')
        .select(['users.id', 'users.email', 'memberships.role'])
        .where('users.email', '=', email)
        .where('memberships.role', '=', role)
        .where('users.is_active', '=', true)
        .execute();
    for (const [email, role] of [
      [editor.email, 'editor'],
      [coordinator.email, 'coordinator'],
      [editor.email, 'coordinator'],
      ['niemand@example.invalid', 'editor'],
    ] as const) {
      const once = await usersByRoleAndEmail(getDb(), { email, role });
      expect(once).toEqual(await built(email, role));
    }
    expect(await usersByRoleAndEmail(getDb(), { email: editor.email, role: 'editor' })).toEqual([{ id: editor.id, email: editor.email, role: 'editor' }]);
    // A value with the characters of SQL is a value, not SQL.
    expect(await usersByRoleAndEmail(getDb(), { email: "x' or '1'='1", role: 'editor' })).toEqual([]);
  });

  it('keeps one compiled form per variant', async () => {
    const query = compiledOnce((db, params: { email: string; active?: boolean }) => {
      const base = db.selectFrom('users').select('users.id').where('users.email', '=', params.email);
      return params.active === undefined ? base : base.where('users.is_active', '=', params.active);
    });
    const district = await buildDistrict();
    const member = await buildMember(district.id, 'editor');
    expect(await query(getDb(), { email: member.email })).toEqual([{ id: member.id }]);
    expect(await query(getDb(), { email: member.email, active: false }, 'active')).toEqual([]);
    expect(await query(getDb(), { email: member.email, active: true }, 'active')).toEqual([{ id: member.id }]);
  });

  it('refuses on its first call a query that uses a value it computed, or leaves one out', async () => {
    const computed = compiledOnce((db, { email }: { email: string }) => db.selectFrom('users').select('users.id').where('users.email', '=', email.toLowerCase() + '.de'));
    await expect(computed(getDb(), { email: 'a@b' })).rejects.toThrow(/umgerechnet/);
    // Also a change that leaves most of a value as it is (trimmed, upper case): it would apply to the first value only.
    const trimmed = compiledOnce((db, { email }: { email: string }) => db.selectFrom('users').select('users.id').where('users.email', '=', email.trim()));
    await expect(trimmed(getDb(), { email: ' a@b ' })).rejects.toThrow(/umgerechnet/);
    const upper = compiledOnce((db, { email }: { email: string }) => db.selectFrom('users').select('users.id').where('users.email', '=', email.toUpperCase()));
    await expect(upper(getDb(), { email: 'a@b' })).rejects.toThrow(/umgerechnet|ohne Platz/);
    const unused = compiledOnce((db, _: { email: string; role: string }) => db.selectFrom('users').select('users.id').where('users.email', '=', _.email));
    await expect(unused(getDb(), { email: 'a@b', role: 'editor' })).rejects.toThrow(/role/);
  });
});
