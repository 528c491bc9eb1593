import { getDb } from '@/db/client';
import { getConceptOverview } from '@/lib/concepts/get-concept-overview';
import { updateConceptDetails } from '@/lib/concepts/update-concept-details';
import { deleteFacility } from '@/lib/facilities/manage-facilities';
import { buildConcept } from '../support/concept-factories';
import { buildDistrictTeam, buildFacility } from '../support/district-data-factories';
import { auditEntriesFor } from '../support/factories';

const RESPONSIBLE = 'Fachdienst Soziales';

describe('Eckdaten eines Konzepts', () => {
  it('a coordinator changes title, responsible body and scope; the audit log names what changed', async () => {
    const team = await buildDistrictTeam();
    const lindenweg = await buildFacility(team.district.id, { name: 'Unterkunft Lindenweg' });
    const weberei = await buildFacility(team.district.id, { name: 'Unterkunft Alte Weberei' });
    const concept = await buildConcept(team.coordinator, team.district.id, { facilityIds: [lindenweg.id] });

    await updateConceptDetails(team.coordinator, {
      conceptId: concept.id,
      title: '  Gewaltschutzkonzept 2027  ',
      responsible: RESPONSIBLE,
      facilityIds: [weberei.id, weberei.id],
    });
    const overview = await getConceptOverview(team.editor, concept.id);
    expect(overview.concept).toMatchObject({ title: 'Gewaltschutzkonzept 2027', responsible: RESPONSIBLE });
    expect(overview.facilities.map((f) => f.name)).toEqual(['Unterkunft Alte Weberei']);
    const entry = (await auditEntriesFor(concept.id)).find((e) => e.action === 'concept.update');
    expect(entry?.details).toMatchObject({
      title: { to: 'Gewaltschutzkonzept 2027' },
      facilitiesAdded: ['Unterkunft Alte Weberei'],
      facilitiesRemoved: ['Unterkunft Lindenweg'],
    });
  });

  it('editors, advisors and other districts cannot; bad input and foreign facilities change nothing', async () => {
    const team = await buildDistrictTeam();
    const concept = await buildConcept(team.coordinator, team.district.id, { title: 'Gewaltschutzkonzept Original' });
    const valid = { conceptId: concept.id, title: 'Neuer Titel', responsible: RESPONSIBLE, facilityIds: [] };
    await expect(updateConceptDetails(team.editor, valid)).rejects.toMatchObject({ code: 'forbidden' });
    await expect(updateConceptDetails(team.advisor, valid)).rejects.toMatchObject({ code: 'forbidden' });
    await expect(updateConceptDetails(team.foreignCoordinator, valid)).rejects.toMatchObject({ code: 'not_found' });
    await expect(updateConceptDetails(team.outsider, valid)).rejects.toMatchObject({ code: 'not_found' });
    await expect(updateConceptDetails(team.coordinator, { ...valid, title: 'kurz' })).rejects.toMatchObject({
      code: 'invalid_input',
      details: { fields: { title: 'Bitte geben Sie einen Titel mit mindestens fünf Zeichen ein.' } },
    });
    const other = await buildDistrictTeam();
    const foreign = await buildFacility(other.district.id, { name: 'Fremde Unterkunft' });
    await expect(updateConceptDetails(team.coordinator, { ...valid, facilityIds: [foreign.id] })).rejects.toMatchObject({ code: 'invalid_input' });
    const row = await getDb().selectFrom('concepts').select('title').where('id', '=', concept.id).executeTakeFirstOrThrow();
    expect(row.title).toBe('Gewaltschutzkonzept Original');
  });
});

describe('Unterkunft löschen, die zu einem Konzept gehört', () => {
  it('is refused with the concept named, and works once the facility is out of the scope', async () => {
    const team = await buildDistrictTeam();
    const facility = await buildFacility(team.district.id, { name: 'Unterkunft Bahnhofstraße' });
    const concept = await buildConcept(team.coordinator, team.district.id, { facilityIds: [facility.id], title: 'Gewaltschutzkonzept Testhausen' });
    const ref = { districtId: team.district.id, facilityId: facility.id };

    await expect(deleteFacility(team.coordinator, ref)).rejects.toMatchObject({
      code: 'invalid_input',
      message: expect.stringContaining('„Gewaltschutzkonzept Testhausen“'),
    });
    expect((await getConceptOverview(team.coordinator, concept.id)).facilities.map((f) => f.name)).toEqual(['Unterkunft Bahnhofstraße']);
    // The database refuses too, whatever the code path.
    await expect(getDb().deleteFrom('facilities').where('id', '=', facility.id).execute()).rejects.toMatchObject({ code: '23503' });

    await updateConceptDetails(team.coordinator, { conceptId: concept.id, title: 'Gewaltschutzkonzept Testhausen', responsible: RESPONSIBLE, facilityIds: [] });
    await deleteFacility(team.coordinator, ref);
    const left = await getDb().selectFrom('facilities').select('id').where('id', '=', facility.id).execute();
    expect(left).toHaveLength(0);
  });
});
