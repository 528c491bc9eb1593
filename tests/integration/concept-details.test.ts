import { getDb } from '@/db/client';
import { getConceptDetailsForm } from '@/lib/concepts/get-concept-details-form';
import { getConceptOverview } from '@/lib/concepts/get-concept-overview';
import { updateConceptDetails } from '@/lib/concepts/update-concept-details';
import { deleteFacility } from '@/lib/facilities/manage-facilities';
import { describeAuditAction } from '@/app/(app)/districts/[districtId]/audit/audit-labels';
import { buildConcept, shareWithAdvisors } from '../support/concept-factories';
import { buildDistrictTeam, buildFacility } from '../support/district-data-factories';
import { auditEntriesFor } from '../support/factories';

const RESPONSIBLE = 'Fachbereich Integration und Migration';

/** What the Eckdaten form shows for the concept right now. */
async function formFor(conceptId: string, actor: Parameters<typeof getConceptDetailsForm>[0]) {
  const { concept, facilities } = await getConceptDetailsForm(actor, conceptId);
  const shown = { title: concept.title, responsible: concept.responsible, facilityIds: facilities.filter((f) => f.inScope).map((f) => f.id) };
  return { conceptId, ...shown, shown };
}

describe('Eckdaten eines Konzepts', () => {
  it('a coordinator changes title, responsible body and scope; the audit log names the concept and what changed', async () => {
    const team = await buildDistrictTeam();
    const lindenweg = await buildFacility(team.district.id, { name: 'Unterkunft Lindenweg' });
    const weberei = await buildFacility(team.district.id, { name: 'Unterkunft Alte Weberei' });
    const concept = await buildConcept(team.coordinator, team.district.id, { facilityIds: [lindenweg.id], title: 'Gewaltschutzkonzept 2026' });

    // The form offers every facility of the district and marks the scope.
    expect((await getConceptDetailsForm(team.coordinator, concept.id)).facilities).toEqual([
      { id: weberei.id, name: 'Unterkunft Alte Weberei', capacity: weberei.capacity, inScope: false },
      { id: lindenweg.id, name: 'Unterkunft Lindenweg', capacity: lindenweg.capacity, inScope: true },
    ]);
    const form = await formFor(concept.id, team.coordinator);
    await expect(
      updateConceptDetails(team.coordinator, { ...form, title: '  Gewaltschutzkonzept 2027  ', responsible: RESPONSIBLE, facilityIds: [weberei.id, weberei.id] }),
    ).resolves.toEqual({ changed: true });
    const overview = await getConceptOverview(team.editor, concept.id);
    expect(overview.concept).toMatchObject({ title: 'Gewaltschutzkonzept 2027', responsible: RESPONSIBLE });
    expect(overview.facilities.map((f) => f.name)).toEqual(['Unterkunft Alte Weberei']);
    const entry = (await auditEntriesFor(concept.id)).find((e) => e.action === 'concept.update');
    expect(describeAuditAction('concept.update', entry!.details as Record<string, unknown>)).toBe(
      'Eckdaten eines Konzepts geändert („Gewaltschutzkonzept 2027“, vorher „Gewaltschutzkonzept 2026“, verantwortliche Stelle jetzt „Fachbereich Integration und Migration“, ' +
        'in den Geltungsbereich aufgenommen: Unterkunft Alte Weberei, aus dem Geltungsbereich genommen: Unterkunft Lindenweg)',
    );

    // Saving the form unchanged stores and logs nothing.
    const again = await formFor(concept.id, team.coordinator);
    await expect(updateConceptDetails(team.coordinator, again)).resolves.toEqual({ changed: false });
    expect((await auditEntriesFor(concept.id)).filter((e) => e.action === 'concept.update')).toHaveLength(1);
  });

  it('two coordinators editing different details at once both keep their change; the same detail changed twice is a conflict', async () => {
    const team = await buildDistrictTeam();
    const a = await buildFacility(team.district.id, { name: 'Unterkunft A' });
    const b = await buildFacility(team.district.id, { name: 'Unterkunft B' });
    const concept = await buildConcept(team.coordinator, team.district.id, { facilityIds: [a.id] });
    const first = await formFor(concept.id, team.coordinator);
    const second = await formFor(concept.id, team.coordinator);

    await updateConceptDetails(team.coordinator, { ...first, facilityIds: [a.id, b.id] });
    // The second form was opened before: it changes only the title and must not drop Unterkunft B.
    await updateConceptDetails(team.coordinator, { ...second, title: 'Neuer Titel des Konzepts' });
    const overview = await getConceptOverview(team.coordinator, concept.id);
    expect(overview.facilities.map((f) => f.name)).toEqual(['Unterkunft A', 'Unterkunft B']);
    expect(overview.concept.title).toBe('Neuer Titel des Konzepts');

    await expect(updateConceptDetails(team.coordinator, { ...second, title: 'Ganz anderer Titel' })).rejects.toMatchObject({
      code: 'conflict',
      message: expect.stringContaining('Ihre Eingabe „Ganz anderer Titel“ ist noch nicht gespeichert'),
      details: { fields: { title: 'Inzwischen geändert in „Neuer Titel des Konzepts“.' } },
    });
    expect((await getConceptOverview(team.coordinator, concept.id)).concept.title).toBe('Neuer Titel des Konzepts');
  });

  it('editors, advisors and other districts cannot; bad input and foreign or deleted facilities change nothing', async () => {
    const team = await buildDistrictTeam();
    const concept = await buildConcept(team.coordinator, team.district.id, { title: 'Gewaltschutzkonzept Original' });
    const form = await formFor(concept.id, team.coordinator);
    const valid = { ...form, title: 'Neuer Titel' };
    await expect(updateConceptDetails(team.editor, valid)).rejects.toMatchObject({ code: 'forbidden' });
    await expect(updateConceptDetails(team.advisor, valid)).rejects.toMatchObject({ code: 'not_found' });
    await expect(getConceptDetailsForm(team.advisor, concept.id)).rejects.toMatchObject({ code: 'not_found' });
    await shareWithAdvisors(team.coordinator, concept.id);
    await expect(updateConceptDetails(team.advisor, valid)).rejects.toMatchObject({ code: 'forbidden' });
    await expect(updateConceptDetails(team.foreignCoordinator, valid)).rejects.toMatchObject({ code: 'not_found' });
    await expect(updateConceptDetails(team.outsider, valid)).rejects.toMatchObject({ code: 'not_found' });
    // The form page: refused (403) to those who read the concept but may not change it, not found for everyone else.
    for (const reader of [team.editor, team.advisor]) await expect(getConceptDetailsForm(reader, concept.id)).resolves.toMatchObject({ canManage: false });
    await expect(getConceptDetailsForm(team.coordinator, concept.id)).resolves.toMatchObject({ canManage: true });
    for (const stranger of [team.foreignCoordinator, team.outsider]) await expect(getConceptDetailsForm(stranger, concept.id)).rejects.toMatchObject({ code: 'not_found' });
    await expect(updateConceptDetails(team.coordinator, { ...form, title: 'kurz' })).rejects.toMatchObject({
      code: 'invalid_input',
      details: { fields: { title: 'Bitte geben Sie einen Titel mit mindestens fünf Zeichen ein.' } },
    });
    const other = await buildDistrictTeam();
    const foreign = await buildFacility(other.district.id, { name: 'Fremde Unterkunft' });
    await expect(updateConceptDetails(team.coordinator, { ...valid, facilityIds: [foreign.id] })).rejects.toMatchObject({ code: 'invalid_input' });
    const gone = await buildFacility(team.district.id, { name: 'Gleich gelöscht' });
    await deleteFacility(team.coordinator, { districtId: team.district.id, facilityId: gone.id });
    await expect(updateConceptDetails(team.coordinator, { ...valid, facilityIds: [gone.id] })).rejects.toMatchObject({
      code: 'invalid_input',
      message: expect.stringContaining('nicht (mehr) zu dieser Kommune'),
    });
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
      message: expect.stringContaining('gehört zum Geltungsbereich des Konzepts „Gewaltschutzkonzept Testhausen“'),
    });
    expect((await getConceptOverview(team.coordinator, concept.id)).facilities.map((f) => f.name)).toEqual(['Unterkunft Bahnhofstraße']);
    // The database refuses too, whatever the code path.
    await expect(getDb().deleteFrom('facilities').where('id', '=', facility.id).execute()).rejects.toMatchObject({ code: '23503' });

    const form = await formFor(concept.id, team.coordinator);
    await updateConceptDetails(team.coordinator, { ...form, facilityIds: [] });
    await deleteFacility(team.coordinator, ref);
    const left = await getDb().selectFrom('facilities').select('id').where('id', '=', facility.id).execute();
    expect(left).toHaveLength(0);
  });
});
