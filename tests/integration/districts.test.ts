import { getDb } from '../../db/client';
import { createDistrict } from '../../lib/districts/create-district';
import { getDistrict, listAllDistricts, listMyDistricts } from '../../lib/districts/list-districts';
import { findDistrictByName } from '../../lib/districts/queries';
import { insertMembership } from '../../lib/members/queries';
import { actorFor, buildAdmin, buildAdvisor, buildDistrict, buildMember, uniqueTag } from '../support/factories';

async function adminActor() {
  return actorFor((await buildAdmin()).id);
}

describe('createDistrict', () => {
  it('lets an administrator create a district, stored as entered (trimmed)', async () => {
    const admin = await adminActor();
    const name = `Landkreis Neu-${uniqueTag()}`;
    const district = await createDistrict(admin, { name: `  ${name} `, kind: 'Landkreis', state: 'Hessen' });
    expect(district).toMatchObject({ id: expect.any(String), name, kind: 'Landkreis', state: 'Hessen' });
    await expect(findDistrictByName(getDb(), { name })).resolves.toMatchObject({ id: district.id });
  });

  it('refuses a coordinator (forbidden) and stores nothing', async () => {
    const home = await buildDistrict();
    const coordinator = await actorFor((await buildMember(home.id, 'coordinator')).id);
    const name = `Stadt Verboten-${uniqueTag()}`;
    await expect(createDistrict(coordinator, { name, kind: 'Gemeinde', state: 'Bayern' })).rejects.toMatchObject({
      code: 'forbidden',
    });
    await expect(findDistrictByName(getDb(), { name })).resolves.toBeUndefined();
  });

  it('refuses advisors as well', async () => {
    const advisor = await actorFor((await buildAdvisor()).id);
    await expect(
      createDistrict(advisor, { name: `Region Beratung-${uniqueTag()}`, kind: 'Region', state: 'Bayern' }),
    ).rejects.toMatchObject({ code: 'forbidden' });
  });

  it('rejects a name that is already taken, in any letter case, with a German message for the field', async () => {
    const admin = await adminActor();
    const existing = await buildDistrict();
    await expect(
      createDistrict(admin, { name: existing.name.toUpperCase(), kind: 'Landkreis', state: 'Niedersachsen' }),
    ).rejects.toMatchObject({
      code: 'invalid_input',
      message: 'Eine Kommune mit diesem Namen gibt es bereits.',
      details: { fields: { name: 'Dieser Name ist bereits vergeben.' } },
    });
  });

  it.each([
    ['an unknown kind', { kind: 'Bezirk', state: 'Berlin' }, 'kind', 'Bitte wählen Sie die Art der Gebietskörperschaft.'],
    ['an unknown state', { kind: 'Gemeinde', state: 'Bayernland' }, 'state', 'Bitte wählen Sie ein Bundesland.'],
    ['a missing state', { kind: 'Gemeinde' }, 'state', 'Bitte wählen Sie ein Bundesland.'],
  ])('rejects %s with a German field message and stores nothing', async (_label, values, field, message) => {
    const admin = await adminActor();
    const name = `Gemeinde Falsch-${uniqueTag()}`;
    await expect(createDistrict(admin, { name, ...values })).rejects.toMatchObject({
      code: 'invalid_input',
      details: { fields: { [field]: message } },
    });
    await expect(findDistrictByName(getDb(), { name })).resolves.toBeUndefined();
  });

  it('rejects a name shorter than three characters', async () => {
    const admin = await adminActor();
    await expect(createDistrict(admin, { name: ' X ', kind: 'Gemeinde', state: 'Bayern' })).rejects.toMatchObject({
      code: 'invalid_input',
      details: { fields: { name: expect.stringContaining('mindestens drei Zeichen') } },
    });
  });

  it('creates one district when two administrators submit the same new name at the same moment', async () => {
    // Both requests check the name before either has inserted it; the second must still get the
    // German invalid_input answer, not a raw unique-index error. (On PGlite transactions are
    // serialised, so this only exercises the race against a real Postgres server.)
    const [first, second] = [await adminActor(), await adminActor()];
    for (let round = 0; round < 3; round++) {
      const name = `Landkreis Gleichzeitig-${uniqueTag()}`;
      const results = await Promise.allSettled([
        createDistrict(first, { name, kind: 'Landkreis', state: 'Sachsen' }),
        createDistrict(second, { name, kind: 'Landkreis', state: 'Sachsen' }),
      ]);
      expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
      const rejected = results.find((r): r is PromiseRejectedResult => r.status === 'rejected');
      expect(rejected?.reason).toMatchObject({ code: 'invalid_input', details: { fields: { name: expect.any(String) } } });
    }
  });
});

describe('listing and reading districts', () => {
  it('shows staff only the districts they belong to, each with their role', async () => {
    const [home, second, foreign] = [await buildDistrict(), await buildDistrict(), await buildDistrict()];
    const user = await buildMember(home.id, 'coordinator');
    await insertMembership(getDb(), {
      districtId: second.id,
      userId: user.id,
      role: 'editor',
    });
    const mine = await listMyDistricts(await actorFor(user.id));
    expect(mine.map((d) => [d.id, d.relation]).sort()).toEqual(
      [
        [home.id, 'coordinator'],
        [second.id, 'editor'],
      ].sort(),
    );
    expect(mine.map((d) => d.id)).not.toContain(foreign.id);
  });

  it('lists every district for administrators, and refuses that list to everyone else', async () => {
    const district = await buildDistrict();
    const admin = await adminActor();
    expect((await listAllDistricts(admin)).map((d) => d.id)).toContain(district.id);
    const coordinator = await actorFor((await buildMember(district.id, 'coordinator')).id);
    await expect(listAllDistricts(coordinator)).rejects.toMatchObject({ code: 'forbidden' });
  });

  it('counts members and names the advisors of each district', async () => {
    const district = await buildDistrict();
    await buildMember(district.id, 'coordinator');
    await buildMember(district.id, 'editor');
    const advisor = await buildAdvisor([district.id]);
    const listed = (await listAllDistricts(await adminActor())).find((d) => d.id === district.id);
    expect(Number(listed?.member_count)).toBe(2);
    expect(listed?.advisor_names).toBe(advisor.displayName);
  });

  it('gives members their district with their relation', async () => {
    const district = await buildDistrict();
    const editor = await actorFor((await buildMember(district.id, 'editor')).id);
    await expect(getDistrict(editor, district.id)).resolves.toMatchObject({
      id: district.id,
      name: district.name,
      relation: 'editor',
    });
  });

  it('answers not_found to an outsider, for a district that does not exist, and for a malformed id', async () => {
    const district = await buildDistrict();
    const outsider = await actorFor((await buildMember((await buildDistrict()).id, 'coordinator')).id);
    await expect(getDistrict(outsider, district.id)).rejects.toMatchObject({ code: 'not_found' });
    const admin = await adminActor();
    await expect(getDistrict(admin, '99999999-9999-4999-8999-999999999999')).rejects.toMatchObject({ code: 'not_found' });
    await expect(getDistrict(admin, 'kein-gueltiger-schluessel')).rejects.toMatchObject({ code: 'not_found' });
    await expect(getDistrict(admin, undefined)).rejects.toMatchObject({ code: 'not_found' });
  });
});
