import { getDb } from '../../db/client';
import { createDistrict } from '../../lib/districts/create-district';
import { getDistrictOverview } from '../../lib/districts/get-district-overview';
import {
  getDistrict,
  getDistrictAdministration,
  getDistrictForAdmin,
  getPlatformOverview,
  listMyDeactivatedDistricts,
  listMyDistricts,
} from '../../lib/districts/list-districts';
import { setDistrictActive, updateDistrict } from '../../lib/districts/update-district';
import { findDistrictByName } from '../../lib/districts/queries';
import { insertMembership } from '../../lib/members/queries';
import { actorFor, auditEntriesFor, buildAdmin, buildAdvisor, buildDistrict, buildMember, uniqueTag } from '../support/factories';

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

  it('lists every district for administrators, and refuses that list and the counts to everyone else', async () => {
    const district = await buildDistrict();
    const admin = await adminActor();
    expect((await getDistrictAdministration(admin)).districts.map((d) => d.id)).toContain(district.id);
    const coordinator = await actorFor((await buildMember(district.id, 'coordinator')).id);
    await expect(getDistrictAdministration(coordinator)).rejects.toMatchObject({ code: 'forbidden' });
    await expect(getPlatformOverview(coordinator)).rejects.toMatchObject({ code: 'forbidden' });
  });


  it('counts members and names the advisors of each district', async () => {
    const district = await buildDistrict();
    await buildMember(district.id, 'coordinator');
    await buildMember(district.id, 'editor');
    const advisor = await buildAdvisor([district.id]);
    const { districts, advisors } = await getDistrictAdministration(await adminActor());
    expect(districts.find((d) => d.id === district.id)).toMatchObject({ memberCount: 2, advisors: [{ id: advisor.id, displayName: advisor.displayName }] });
    expect(advisors).toContainEqual({ id: advisor.id, displayName: advisor.displayName, email: advisor.email });
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

describe('what an administrator sees of a district’s concepts', () => {
  // Issue 8, item 6: as admin, /districts/[id] said „noch kein Schutzkonzept angelegt“ although concepts existed.
  it('is their number, never their contents', async () => {
    const { buildConcept } = await import('../support/concept-factories');
    const district = await buildDistrict();
    const coordinator = await actorFor((await buildMember(district.id, 'coordinator')).id);
    const admin = await adminActor();
    await expect(getDistrictOverview(admin, district.id)).resolves.toMatchObject({ conceptCount: 0, concepts: null, district: { relation: 'none' } });
    const concept = await buildConcept(coordinator, district.id);
    await expect(getDistrictOverview(admin, district.id)).resolves.toEqual(expect.objectContaining({ conceptCount: 1, concepts: null, canCreateConcept: false }));
    // The district's coordinator sees the concept itself.
    await expect(getDistrictOverview(coordinator, district.id)).resolves.toMatchObject({ conceptCount: 1, concepts: [{ id: concept.id }], canCreateConcept: true });
  });
});

// Issue 8, item 7: an administrator could only create districts.
describe('updateDistrict', () => {
  it('renames a district and corrects kind and Bundesland, with an audit entry in the district', async () => {
    const adminUser = await buildAdmin();
    const admin = await actorFor(adminUser.id);
    const district = await buildDistrict({ kind: 'Landkreis', state: 'Niedersachsen' });
    const name = `Region Umbenannt-${uniqueTag()}`;
    await expect(updateDistrict(admin, { districtId: district.id, name: ` ${name} `, kind: 'Region', state: 'Niedersachsen' })).resolves.toEqual({
      id: district.id,
      name,
      changed: ['name', 'kind'],
    });
    await expect(getDistrict(admin, district.id)).resolves.toMatchObject({ name, kind: 'Region', state: 'Niedersachsen' });
    expect((await auditEntriesFor(district.id)).map((e) => [e.action, e.actor_user_id, e.district_id, e.details])).toEqual([
      ['district.update', adminUser.id, district.id, { name, nameFrom: district.name, changed: ['name', 'kind'] }],
    ]);
  });

  it('stores and logs nothing when nothing changed', async () => {
    const admin = await adminActor();
    const district = await buildDistrict();
    await expect(updateDistrict(admin, { districtId: district.id, name: district.name, kind: district.kind, state: district.state })).resolves.toMatchObject({
      changed: [],
    });
    expect(await auditEntriesFor(district.id)).toEqual([]);
  });

  it('refuses a name another district has, bad values, non-administrators and unknown districts', async () => {
    const admin = await adminActor();
    const [district, other] = [await buildDistrict(), await buildDistrict()];
    const base = { districtId: district.id, kind: district.kind, state: district.state };
    await expect(updateDistrict(admin, { ...base, name: other.name.toLowerCase() })).rejects.toMatchObject({
      code: 'invalid_input',
      details: { fields: { name: 'Dieser Name ist bereits vergeben.' } },
    });
    await expect(updateDistrict(admin, { ...base, name: 'X' })).rejects.toMatchObject({ code: 'invalid_input' });
    await expect(updateDistrict(admin, { ...base, name: 'Gültiger Name', state: 'Atlantis' })).rejects.toMatchObject({ code: 'invalid_input' });
    const coordinator = await actorFor((await buildMember(district.id, 'coordinator')).id);
    await expect(updateDistrict(coordinator, { ...base, name: 'Selbst umbenannt' })).rejects.toMatchObject({ code: 'forbidden' });
    await expect(updateDistrict(admin, { ...base, districtId: '99999999-9999-4999-8999-999999999999', name: 'Niemand' })).rejects.toMatchObject({
      code: 'not_found',
    });
    await expect(getDistrict(admin, district.id)).resolves.toMatchObject({ name: district.name });
  });
});

describe('setDistrictActive', () => {
  it('deactivates a district: data kept, members and advisors lose it at once, its pages answer not_found to everyone', async () => {
    const { buildConcept } = await import('../support/concept-factories');
    const adminUser = await buildAdmin();
    const admin = await actorFor(adminUser.id);
    const district = await buildDistrict();
    const coordinatorUser = await buildMember(district.id, 'coordinator');
    const advisorUser = await buildAdvisor([district.id]);
    const concept = await buildConcept(await actorFor(coordinatorUser.id), district.id);

    await setDistrictActive(admin, { districtId: district.id, isActive: 'false' });

    const coordinator = await actorFor(coordinatorUser.id);
    expect(coordinator.memberships).toEqual([]);
    expect((await actorFor(advisorUser.id)).advisorDistrictIds).toEqual([]);
    await expect(listMyDistricts(coordinator)).resolves.toEqual([]);
    for (const actor of [coordinator, admin]) await expect(getDistrict(actor, district.id)).rejects.toMatchObject({ code: 'not_found' });
    // The start page tells the account holders why.
    await expect(listMyDeactivatedDistricts(coordinator)).resolves.toEqual([{ id: district.id, name: district.name }]);
    await expect(listMyDeactivatedDistricts(await actorFor(advisorUser.id))).resolves.toEqual([{ id: district.id, name: district.name }]);
    // Nothing was deleted; the administration still finds it.
    const row = await getDb().selectFrom('concepts').select('id').where('id', '=', concept.id).executeTakeFirst();
    expect(row).toEqual({ id: concept.id });
    await expect(getDistrictForAdmin(admin, district.id)).resolves.toMatchObject({ isActive: false, conceptCount: 1 });
    expect((await getDistrictAdministration(admin)).districts.find((d) => d.id === district.id)).toMatchObject({ isActive: false, memberCount: 1 });

    await setDistrictActive(admin, { districtId: district.id, isActive: true });
    expect((await actorFor(coordinatorUser.id)).memberships).toEqual([{ districtId: district.id, role: 'coordinator' }]);
    await expect(listMyDeactivatedDistricts(coordinator)).resolves.toEqual([]);
    expect((await auditEntriesFor(district.id)).map((e) => [e.action, e.actor_user_id])).toEqual([
      ['district.deactivate', adminUser.id],
      ['district.reactivate', adminUser.id],
    ]);
  });

  it('treats setting the current state again as no change, and is for administrators only', async () => {
    const admin = await adminActor();
    const district = await buildDistrict();
    await setDistrictActive(admin, { districtId: district.id, isActive: true });
    expect(await auditEntriesFor(district.id)).toEqual([]);
    const coordinator = await actorFor((await buildMember(district.id, 'coordinator')).id);
    await expect(setDistrictActive(coordinator, { districtId: district.id, isActive: false })).rejects.toMatchObject({ code: 'forbidden' });
    await expect(setDistrictActive(admin, { districtId: district.id, isActive: 'vielleicht' })).rejects.toMatchObject({ code: 'invalid_input' });
    expect((await actorFor(coordinator.userId)).memberships).toHaveLength(1);
  });

  it('keeps other districts of the same person working', async () => {
    const admin = await adminActor();
    const [closing, staying] = [await buildDistrict(), await buildDistrict()];
    const person = await buildMember(closing.id, 'editor');
    await insertMembership(getDb(), { districtId: staying.id, userId: person.id, role: 'coordinator' });
    await setDistrictActive(admin, { districtId: closing.id, isActive: false });
    expect((await actorFor(person.id)).memberships).toEqual([{ districtId: staying.id, role: 'coordinator' }]);
  });
});
