import { assignAdvisor, unassignAdvisor } from '../../lib/advisors/manage-assignments';
import { getDistrict, listMyDistricts } from '../../lib/districts/list-districts';
import { actorFor, auditEntriesFor, buildAdmin, buildAdvisor, buildDistrict, buildMember, buildUser } from '../support/factories';

const UNKNOWN_ID = '99999999-9999-4999-8999-999999999999';

async function adminActor() {
  return actorFor((await buildAdmin()).id);
}

describe('advisor assignments', () => {
  it('gives an assigned advisor the district from the next request on', async () => {
    const admin = await adminActor();
    const district = await buildDistrict();
    const advisor = await buildAdvisor();
    await expect(getDistrict(await actorFor(advisor.id), district.id)).rejects.toMatchObject({ code: 'not_found' });

    await assignAdvisor(admin, { userId: advisor.id, districtId: district.id });

    const actor = await actorFor(advisor.id);
    await expect(getDistrict(actor, district.id)).resolves.toMatchObject({ id: district.id, relation: 'advisor' });
    expect((await listMyDistricts(actor)).map((d) => [d.id, d.relation])).toEqual([[district.id, 'advisor']]);
  });

  it('treats assigning twice as one assignment', async () => {
    const admin = await adminActor();
    const district = await buildDistrict();
    const advisor = await buildAdvisor();
    await assignAdvisor(admin, { userId: advisor.id, districtId: district.id });
    await assignAdvisor(admin, { userId: advisor.id, districtId: district.id });
    expect((await actorFor(advisor.id)).advisorDistrictIds).toEqual([district.id]);
    expect((await auditEntriesFor(advisor.id)).filter((e) => e.action === 'advisor.assign')).toHaveLength(1);
  });

  it('shows an advisor only the districts assigned to them', async () => {
    const [assigned, alsoAssigned, other] = [await buildDistrict(), await buildDistrict(), await buildDistrict()];
    const advisor = await actorFor((await buildAdvisor([assigned.id, alsoAssigned.id])).id);
    const visible = (await listMyDistricts(advisor)).map((d) => d.id);
    expect(visible.sort()).toEqual([assigned.id, alsoAssigned.id].sort());
    await expect(getDistrict(advisor, other.id)).rejects.toMatchObject({ code: 'not_found' });
  });

  it('ends access on the next request after unassigning; unassigning again is not_found', async () => {
    const admin = await adminActor();
    const district = await buildDistrict();
    const advisor = await buildAdvisor([district.id]);
    await unassignAdvisor(admin, { userId: advisor.id, districtId: district.id });
    const actor = await actorFor(advisor.id);
    await expect(getDistrict(actor, district.id)).rejects.toMatchObject({ code: 'not_found' });
    await expect(listMyDistricts(actor)).resolves.toEqual([]);
    await expect(unassignAdvisor(admin, { userId: advisor.id, districtId: district.id })).rejects.toMatchObject({
      code: 'not_found',
    });
  });

  it('is for administrators only: coordinators and advisors get forbidden', async () => {
    const district = await buildDistrict();
    const advisor = await buildAdvisor();
    const coordinator = await actorFor((await buildMember(district.id, 'coordinator')).id);
    const otherAdvisor = await actorFor((await buildAdvisor([district.id])).id);
    for (const actor of [coordinator, otherAdvisor]) {
      await expect(assignAdvisor(actor, { userId: advisor.id, districtId: district.id })).rejects.toMatchObject({
        code: 'forbidden',
      });
      await expect(unassignAdvisor(actor, { userId: otherAdvisor.userId, districtId: district.id })).rejects.toMatchObject({
        code: 'forbidden',
      });
    }
    expect((await actorFor(advisor.id)).advisorDistrictIds).toEqual([]);
    expect((await actorFor(otherAdvisor.userId)).advisorDistrictIds).toEqual([district.id]);
  });

  it('rejects assigning an account that is not an advisor', async () => {
    const admin = await adminActor();
    const district = await buildDistrict();
    for (const account of [await buildUser(), await buildAdmin()]) {
      await expect(assignAdvisor(admin, { userId: account.id, districtId: district.id })).rejects.toMatchObject({
        code: 'invalid_input',
        message: 'Nur Beratungskonten (DeBUG) können Kommunen zugeordnet werden.',
      });
    }
  });

  it('answers not_found for an unknown advisor or district', async () => {
    const admin = await adminActor();
    const district = await buildDistrict();
    const advisor = await buildAdvisor();
    await expect(assignAdvisor(admin, { userId: UNKNOWN_ID, districtId: district.id })).rejects.toMatchObject({ code: 'not_found' });
    await expect(assignAdvisor(admin, { userId: advisor.id, districtId: UNKNOWN_ID })).rejects.toMatchObject({ code: 'not_found' });
  });

  it('rejects malformed ids without touching anything', async () => {
    const admin = await adminActor();
    await expect(assignAdvisor(admin, { userId: 'abc', districtId: 'def' })).rejects.toMatchObject({
      code: 'invalid_input',
      details: { fields: { userId: 'Ungültige Kennung.', districtId: 'Ungültige Kennung.' } },
    });
    const advisor = await actorFor((await buildAdvisor()).id);
    await expect(getDistrict(advisor, 'abc')).rejects.toMatchObject({ code: 'not_found' });
  });
});
