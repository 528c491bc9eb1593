import { getDb } from '@/db/client';
import { getConceptOverview } from '@/lib/concepts/get-concept-overview';
import { getDistrictOverview } from '@/lib/districts/get-district-overview';
import { saveSectionDraft } from '@/lib/sections/save-section-draft';
import { setChecklistItem, setSectionStatus } from '@/lib/sections/update-section-meta';
import { getSectionForEditing } from '@/lib/sections/get-section-for-editing';
import { flattenSections, getTemplate } from '@/lib/templates';
import { buildConcept, doc, sectionOf, shareWithAdvisors } from '../support/concept-factories';
import { buildDistrictTeam, buildFacility } from '../support/district-data-factories';
import { auditEntriesFor, buildDistrict } from '../support/factories';

/** The concepts the district page lists for the actor. */
const listConcepts = async (...args: Parameters<typeof getDistrictOverview>) => (await getDistrictOverview(...args)).concepts;

describe('Konzept anlegen', () => {
  it('creates one section per template section, pins the template version and fills starters from district data', async () => {
    const team = await buildDistrictTeam();
    const facility = await buildFacility(team.district.id, { name: 'Unterkunft Testweg', capacity: 42 });
    const concept = await buildConcept(team.coordinator, team.district.id, { facilityIds: [facility.id] });
    const template = getTemplate('gewaltschutz-gu');
    const row = await getDb().selectFrom('concepts').selectAll().where('id', '=', concept.id).executeTakeFirstOrThrow();
    expect(row.template_version).toBe(template.version);
    const sections = await getDb().selectFrom('sections').select(['key', 'position', 'head_revision']).where('concept_id', '=', concept.id).orderBy('position').execute();
    expect(sections.map((s) => s.key)).toEqual(flattenSections(template).map((f) => f.key));
    const withStarter = flattenSections(template).filter((f) => f.section.starter?.length);
    for (const f of withStarter) expect(sections.find((s) => s.key === f.key)?.head_revision).toBe(1);
    const overview = await getConceptOverview(team.editor, concept.id);
    expect(overview.facilities.map((f) => f.name)).toEqual(['Unterkunft Testweg']);
    expect(overview.progress).toMatchObject({ total: sections.length, done: 0 });
    expect(overview.sections.every((s) => s.status === 'empty')).toBe(true);
    expect((await auditEntriesFor(concept.id)).map((e) => e.action)).toContain('concept.create');
  });

  it('only coordinators create concepts; others get forbidden or not found, and nothing is stored', async () => {
    const team = await buildDistrictTeam();
    const input = { districtId: team.district.id, title: 'Ein Konzept', templateId: 'gewaltschutz-gu', responsible: 'Sozialamt' };
    const { createConcept } = await import('@/lib/concepts/create-concept');
    await expect(createConcept(team.editor, input)).rejects.toMatchObject({ code: 'forbidden' });
    await expect(createConcept(team.advisor, input)).rejects.toMatchObject({ code: 'forbidden' });
    await expect(createConcept(team.foreignCoordinator, input)).rejects.toMatchObject({ code: 'not_found' });
    await expect(createConcept(team.outsider, input)).rejects.toMatchObject({ code: 'not_found' });
    await expect(listConcepts(team.coordinator, team.district.id)).resolves.toHaveLength(0);
  });

  it('rejects a short title, an unknown template and another district’s facility with German messages', async () => {
    const team = await buildDistrictTeam();
    const other = await buildDistrict();
    const foreignFacility = await buildFacility(other.id);
    const { createConcept } = await import('@/lib/concepts/create-concept');
    const base = { districtId: team.district.id, title: 'Gewaltschutzkonzept', templateId: 'gewaltschutz-gu', responsible: 'Sozialamt' };
    await expect(createConcept(team.coordinator, { ...base, title: 'Ab' })).rejects.toMatchObject({
      code: 'invalid_input',
      details: { fields: { title: expect.stringContaining('mindestens fünf Zeichen') } },
    });
    await expect(createConcept(team.coordinator, { ...base, templateId: 'gibt-es-nicht' })).rejects.toMatchObject({ code: 'invalid_input' });
    await expect(createConcept(team.coordinator, { ...base, facilityIds: [foreignFacility.id] })).rejects.toMatchObject({
      code: 'invalid_input',
      message: expect.stringContaining('gehört nicht zu dieser Kommune'),
    });
    await expect(listConcepts(team.coordinator, team.district.id)).resolves.toHaveLength(0);
  });

  it('the overview shows status, checklist progress and the last editor of each section', async () => {
    const team = await buildDistrictTeam();
    const concept = await buildConcept(team.coordinator, team.district.id);
    const section = await sectionOf(concept.id, 'praeambel');
    await saveSectionDraft(team.editor, { sectionId: section.id, baseRevision: section.head_revision, content: doc('Unser Leitbild.') });
    await setSectionStatus(team.editor, { sectionId: section.id, status: 'done' });
    const firstItem = getTemplate('gewaltschutz-gu').sections.find((s) => s.key === 'praeambel')!.checklist[0]!;
    await setChecklistItem(team.editor, { sectionId: section.id, itemKey: firstItem.key, isDone: true });
    await shareWithAdvisors(team.coordinator, concept.id);
    const overview = await getConceptOverview(team.advisor, concept.id);
    const entry = overview.sections.find((s) => s.key === 'praeambel')!;
    expect(entry.status).toBe('done');
    expect(entry.checklist.done).toBe(1);
    expect(entry.lastEditedBy).toBe(team.editor.displayName);
    expect(overview.progress.done).toBe(1);
    await expect(setChecklistItem(team.editor, { sectionId: section.id, itemKey: 'erfunden', isDone: true })).rejects.toMatchObject({ code: 'invalid_input' });
  });

  it("another district's concept and sections answer not found; advisors see shared concepts only, read but cannot write", async () => {
    const team = await buildDistrictTeam();
    const concept = await buildConcept(team.coordinator, team.district.id);
    const section = await sectionOf(concept.id, 'praeambel');
    await expect(getConceptOverview(team.advisor, concept.id)).rejects.toMatchObject({ code: 'not_found' });
    await expect(getSectionForEditing(team.advisor, concept.id, 'praeambel')).rejects.toMatchObject({ code: 'not_found' });
    await expect(listConcepts(team.advisor, team.district.id)).resolves.toHaveLength(0);
    await shareWithAdvisors(team.coordinator, concept.id);
    await expect(listConcepts(team.advisor, team.district.id)).resolves.toHaveLength(1);
    await expect(getConceptOverview(team.foreignCoordinator, concept.id)).rejects.toMatchObject({ code: 'not_found' });
    await expect(getSectionForEditing(team.outsider, concept.id, 'praeambel')).rejects.toMatchObject({ code: 'not_found' });
    await expect(getSectionForEditing(team.coordinator, concept.id, 'gibt-es-nicht')).rejects.toMatchObject({ code: 'not_found' });
    await expect(getConceptOverview(team.coordinator, 'keine-uuid')).rejects.toMatchObject({ code: 'not_found' });
    const forAdvisor = await getSectionForEditing(team.advisor, concept.id, 'praeambel');
    expect(forAdvisor.canEdit).toBe(false);
    await expect(setSectionStatus(team.advisor, { sectionId: section.id, status: 'done' })).rejects.toMatchObject({ code: 'forbidden' });
    await expect(setSectionStatus(team.foreignCoordinator, { sectionId: section.id, status: 'done' })).rejects.toMatchObject({ code: 'not_found' });
  });
});
