import { getDb } from '../../db/client';
import { seedDemoDistrictData } from '../../lib/demo/seed-district-data';
import { getFacility as getFacilityPage, getFacilityOverview } from '../../lib/facilities/list-facilities';
import { deleteFacility, saveFacility } from '../../lib/facilities/manage-facilities';
import { actorFor, auditEntriesFor, buildDistrict, buildMember } from '../support/factories';
import { buildDistrictTeam, buildFacility, facilityValues } from '../support/district-data-factories';

/** The facilities of the district's page and the facility of a facility's page. */
const listFacilities = async (...args: Parameters<typeof getFacilityOverview>) => (await getFacilityOverview(...args)).facilities;
const getFacility = async (...args: Parameters<typeof getFacilityPage>) => (await getFacilityPage(...args)).facility;

const UNKNOWN_ID = '99999999-9999-4999-8999-999999999999';

async function facilityCount(districtId: string) {
  const rows = await getDb().selectFrom('facilities').select('id').where('district_id', '=', districtId).execute();
  return rows.length;
}

describe('saveFacility and deleteFacility by the coordination', () => {
  it('creates a facility with all figures and records who did it', async () => {
    const { district, coordinator, coordinatorId } = await buildDistrictTeam();
    const values = facilityValues({ occupancy: 130, capacity: 100 });
    const saved = await saveFacility(coordinator, { districtId: district.id, ...values });

    expect(saved).toMatchObject({ ...values, districtId: district.id, updatedByName: coordinator.displayName });
    await expect(listFacilities(coordinator, district.id)).resolves.toEqual([saved]);
    await expect(getFacilityOverview(coordinator, district.id)).resolves.toMatchObject({ canEdit: true });
    expect(await auditEntriesFor(saved.id)).toEqual([
      {
        actor_user_id: coordinatorId,
        district_id: district.id,
        action: 'facility.create',
        object_type: 'facility',
        object_id: saved.id,
        details: { name: values.name },
      },
    ]);
  });

  it('reads form values: German decimals, ticked and unticked checkboxes, blank optional fields', async () => {
    const { district, coordinator } = await buildDistrictTeam();
    const saved = await saveFacility(coordinator, {
      districtId: district.id,
      id: '',
      name: '  Notunterkunft Turnhalle Nord  ',
      type: 'Notunterkunft',
      address: '',
      capacity: '1.200',
      occupancy: ' 97 ',
      fteSocialWork: '2,5',
      fteSecurity: '4.0',
      fteManagement: '',
      staffWomen: '3',
      hasNightCover: 'on',
      hasWomensRoom: 'on',
      note: '   ',
    });
    expect(saved).toMatchObject({
      name: 'Notunterkunft Turnhalle Nord',
      address: null,
      capacity: 1200,
      occupancy: 97,
      fteSocialWork: 2.5,
      fteSecurity: 4,
      fteManagement: null,
      fteCaretaker: null,
      staffWomen: 3,
      staffMen: null,
      hasNightCover: true,
      hasWomensRoom: true,
      hasLockableRooms: false,
      isBarrierFree: false,
      note: null,
    });
  });

  it('updates a facility and logs which fields changed', async () => {
    const { district, coordinator } = await buildDistrictTeam();
    const created = await saveFacility(coordinator, { districtId: district.id, ...facilityValues() });
    const { id, districtId, updatedAt, updatedByName, ...values } = created;
    void updatedAt;
    void updatedByName;
    const updated = await saveFacility(coordinator, { districtId, id, ...values, occupancy: 55, hasLighting: true });

    expect(updated).toMatchObject({ id, occupancy: 55, hasLighting: true, capacity: values.capacity });
    await expect(getFacility(coordinator, { districtId, facilityId: id })).resolves.toEqual(updated);
    const entries = await auditEntriesFor(id);
    expect(entries.map((e) => [e.action, e.details])).toEqual([
      ['facility.create', { name: values.name }],
      ['facility.update', { name: values.name, changed: ['occupancy', 'hasLighting'] }],
    ]);
  });

  it('deletes a facility after which it is gone, with an audit entry', async () => {
    const { district, coordinator, coordinatorId } = await buildDistrictTeam();
    const facility = await buildFacility(district.id);
    await deleteFacility(coordinator, { districtId: district.id, facilityId: facility.id });
    await expect(listFacilities(coordinator, district.id)).resolves.toEqual([]);
    await expect(getFacility(coordinator, { districtId: district.id, facilityId: facility.id })).rejects.toMatchObject({ code: 'not_found' });
    await expect(deleteFacility(coordinator, { districtId: district.id, facilityId: facility.id })).rejects.toMatchObject({ code: 'not_found' });
    expect(await auditEntriesFor(facility.id)).toEqual([
      expect.objectContaining({ action: 'facility.delete', actor_user_id: coordinatorId, details: { name: facility.name } }),
    ]);
  });

  it('rejects a second facility with the same name (in any case), keeping the first', async () => {
    const { district, coordinator } = await buildDistrictTeam();
    const first = await buildFacility(district.id);
    await expect(saveFacility(coordinator, { districtId: district.id, ...facilityValues({ name: first.name.toUpperCase() }) })).rejects.toMatchObject({
      code: 'invalid_input',
      details: { fields: { name: 'In dieser Kommune gibt es bereits eine Unterkunft mit diesem Namen.' } },
    });
    expect(await facilityCount(district.id)).toBe(1);
    // Another district may use the same name.
    const other = await buildDistrict();
    const otherCoordinator = await buildMember(other.id, 'coordinator');
    await expect(saveFacility(await actorFor(otherCoordinator.id), { districtId: other.id, ...facilityValues({ name: first.name }) })).resolves.toMatchObject({
      name: first.name,
    });
  });
  it('lets only one of two simultaneous creations with the same name succeed', async () => {
    const { district, coordinator } = await buildDistrictTeam();
    const values = facilityValues();
    const results = await Promise.allSettled([
      saveFacility(coordinator, { districtId: district.id, ...values }),
      saveFacility(coordinator, { districtId: district.id, ...values, name: values.name.toLowerCase() }),
    ]);
    expect(results.map((r) => r.status).sort()).toEqual(['fulfilled', 'rejected']);
    const rejected = results.find((r): r is PromiseRejectedResult => r.status === 'rejected');
    expect(rejected?.reason).toMatchObject({ code: 'invalid_input', details: { fields: { name: expect.any(String) } } });
    expect(await facilityCount(district.id)).toBe(1);
  });
});

describe('invalid facility input', () => {
  it.each([
    ['a negative capacity', { capacity: -5 }, { capacity: 'Bitte geben Sie eine Zahl ab 0 ein.' }],
    ['a missing name', { name: '   ' }, { name: 'Bitte geben Sie den Namen der Unterkunft ein.' }],
    ['a missing capacity', { capacity: '' }, { capacity: 'Bitte geben Sie die Zahl der Plätze ein.' }],
    ['a capacity with decimals', { capacity: '12,5' }, { capacity: 'Bitte geben Sie die Zahl der Plätze als ganze Zahl ein.' }],
    ['text instead of a number', { staffMen: 'viele' }, { staffMen: 'Bitte geben Sie die Zahl der Männer im Team als ganze Zahl ein.' }],
    ['an unknown type', { type: 'Hotel' }, { type: 'Bitte wählen Sie die Art der Unterkunft.' }],
    ['an FTE with two decimals', { fteSecurity: '1,25' }, { fteSecurity: 'Bitte geben Sie höchstens eine Nachkommastelle an, z. B. 1,5.' }],
    [
      'an occupancy above twice the capacity (a typo)',
      { capacity: 80, occupancy: 640 },
      { occupancy: 'Die Belegung ist mehr als doppelt so hoch wie die Platzzahl. Bitte prüfen Sie beide Angaben.' },
    ],
  ])('rejects %s with a German field message and stores nothing', async (_label, override, fields) => {
    const { district, coordinator } = await buildDistrictTeam();
    await expect(saveFacility(coordinator, { districtId: district.id, ...facilityValues(), ...override })).rejects.toMatchObject({
      code: 'invalid_input',
      details: { fields },
    });
    expect(await facilityCount(district.id)).toBe(0);
  });

  it('accepts an occupancy up to twice the capacity (overcrowding happens and must be recordable)', async () => {
    const { district, coordinator } = await buildDistrictTeam();
    await expect(saveFacility(coordinator, { districtId: district.id, ...facilityValues({ capacity: 50, occupancy: 100 }) })).resolves.toMatchObject({
      occupancy: 100,
    });
  });

  it('leaves a facility unchanged when an update is invalid', async () => {
    const { district, coordinator } = await buildDistrictTeam();
    const facility = await buildFacility(district.id, { capacity: 90 });
    await expect(
      saveFacility(coordinator, { districtId: district.id, ...facilityValues({ name: facility.name }), id: facility.id, capacity: -1 }),
    ).rejects.toMatchObject({ code: 'invalid_input' });
    await expect(getFacility(coordinator, { districtId: district.id, facilityId: facility.id })).resolves.toMatchObject({ capacity: 90 });
  });
});

describe('who may read and write facilities', () => {
  it('lets editors and assigned advisors read, but not write (forbidden)', async () => {
    const { district, editor, advisor } = await buildDistrictTeam();
    const facility = await buildFacility(district.id);
    for (const reader of [editor, advisor]) {
      await expect(getFacilityOverview(reader, district.id)).resolves.toMatchObject({ district: { id: district.id, name: district.name }, canEdit: false });
      await expect(listFacilities(reader, district.id)).resolves.toEqual([expect.objectContaining({ id: facility.id })]);
      await expect(getFacility(reader, { districtId: district.id, facilityId: facility.id })).resolves.toMatchObject({ name: facility.name });
      await expect(saveFacility(reader, { districtId: district.id, ...facilityValues() })).rejects.toMatchObject({ code: 'forbidden' });
      await expect(
        saveFacility(reader, { districtId: district.id, ...facilityValues({ name: facility.name }), id: facility.id, capacity: 150 }),
      ).rejects.toMatchObject({ code: 'forbidden' });
      await expect(deleteFacility(reader, { districtId: district.id, facilityId: facility.id })).rejects.toMatchObject({ code: 'forbidden' });
    }
    await expect(listFacilities(editor, district.id)).resolves.toEqual([expect.objectContaining({ capacity: facility.capacity })]);
    expect(await auditEntriesFor(facility.id)).toEqual([]);
  });

  it('answers outsiders and other districts’ coordinators with not_found, for every operation', async () => {
    const { district, outsider, foreignCoordinator } = await buildDistrictTeam();
    const facility = await buildFacility(district.id);
    for (const stranger of [outsider, foreignCoordinator]) {
      await expect(listFacilities(stranger, district.id)).rejects.toMatchObject({ code: 'not_found' });
      await expect(getFacility(stranger, { districtId: district.id, facilityId: facility.id })).rejects.toMatchObject({ code: 'not_found' });
      await expect(saveFacility(stranger, { districtId: district.id, ...facilityValues() })).rejects.toMatchObject({ code: 'not_found' });
      await expect(deleteFacility(stranger, { districtId: district.id, facilityId: facility.id })).rejects.toMatchObject({ code: 'not_found' });
    }
    expect(await facilityCount(district.id)).toBe(1);
  });

  it('treats another district’s facility id, passed with one’s own district, as not found', async () => {
    const { district, coordinator } = await buildDistrictTeam();
    const foreignDistrict = await buildDistrict();
    const foreign = await buildFacility(foreignDistrict.id, { capacity: 33 });
    const ref = { districtId: district.id, facilityId: foreign.id };
    await expect(getFacility(coordinator, ref)).rejects.toMatchObject({ code: 'not_found' });
    await expect(
      saveFacility(coordinator, { districtId: district.id, ...facilityValues({ name: foreign.name }), id: foreign.id, capacity: 150 }),
    ).rejects.toMatchObject({ code: 'not_found' });
    await expect(deleteFacility(coordinator, ref)).rejects.toMatchObject({ code: 'not_found' });
    const row = await getDb().selectFrom('facilities').select(['capacity']).where('id', '=', foreign.id).executeTakeFirst();
    expect(row).toEqual({ capacity: 33 });
    expect(await facilityCount(district.id)).toBe(0);
  });

  it('answers malformed and unknown ids with not_found', async () => {
    const { district, coordinator } = await buildDistrictTeam();
    await expect(listFacilities(coordinator, 'kein-uuid')).rejects.toMatchObject({ code: 'not_found' });
    await expect(getFacility(coordinator, { districtId: district.id, facilityId: 'kein-uuid' })).rejects.toMatchObject({ code: 'not_found' });
    await expect(getFacility(coordinator, { districtId: district.id, facilityId: UNKNOWN_ID })).rejects.toMatchObject({ code: 'not_found' });
    await expect(
      saveFacility(coordinator, { districtId: district.id, ...facilityValues(), id: UNKNOWN_ID }),
    ).rejects.toMatchObject({ code: 'not_found' });
  });
});

describe('seedDemoDistrictData', () => {
  it('adds the two demo facilities and a filled directory once', async () => {
    const district = await buildDistrict();
    const user = await buildMember(district.id, 'coordinator');
    const first = await getDb()
      .transaction()
      .execute((trx) => seedDemoDistrictData(trx, { districtId: district.id, userId: user.id }));
    expect(first.facilities).toBe(2);
    expect(first.nationwideContacts).toBeGreaterThanOrEqual(7);
    expect(first.localContacts).toBeGreaterThanOrEqual(12);

    const facilities = await listFacilities(await actorFor(user.id), district.id);
    expect(facilities.map((f) => [f.name, f.address, f.capacity, f.occupancy, f.operator])).toEqual([
      ['Gemeinschaftsunterkunft Alte Weberei', 'Webereistraße 3, Beispieldorf', 80, 64, 'Landkreis Musterland (Eigenbetrieb)'],
      ['Gemeinschaftsunterkunft Am Lindenhof', 'Lindenhofweg 12, Musterstadt', 120, 97, 'Sozialwerk Musterland gGmbH'],
    ]);

    const again = await seedDemoDistrictData(getDb(), { districtId: district.id, userId: user.id });
    expect(again).toEqual({ facilities: 0, nationwideContacts: 0, localContacts: 0 });
    expect(await facilityCount(district.id)).toBe(2);
  });
});
