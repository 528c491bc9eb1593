import { getConceptOverview } from '@/lib/concepts/get-concept-overview';
import { checkConceptCompleteness, findLeftoverPlaceholders } from '@/lib/review/check-completeness';
import { getAdoptionForm, getSubmissionForm } from '@/lib/workflow/step-forms';
import { facilityMismatches } from '@/lib/review/completeness';
import { saveSectionDraft } from '@/lib/sections/save-section-draft';
import { setChecklistItem } from '@/lib/sections/update-section-meta';
import { getTemplate } from '@/lib/templates';
import { buildConcept, doc, sectionOf } from '../support/concept-factories';
import { buildContact, buildDistrictTeam, buildFacility } from '../support/district-data-factories';

describe('Vollständigkeitsprüfung', () => {
  it('lists empty required sections, leftover placeholders, unticked typical requirements, stale contacts and contradicted facility data', async () => {
    const team = await buildDistrictTeam();
    const weberei = await buildFacility(team.district.id, { name: 'Alte Weberei', capacity: 80, hasNightCover: true, nightCover: 'Sicherheitsdienst 22–6 Uhr' });
    const stale = await buildContact(team.district.id, { organisation: 'Beratungsstelle Alt', category: 'frauenberatung', lastVerifiedOn: '2024-03-01' });
    const concept = await buildConcept(team.coordinator, team.district.id, { facilityIds: [weberei.id] });
    const praeambel = await sectionOf(concept.id, 'praeambel');
    await saveSectionDraft(team.editor, {
      sectionId: praeambel.id,
      baseRevision: praeambel.head_revision,
      content: doc(
        'Der [Name des Gremiums] hat das Leitbild beschlossen.',
        'Ansprechpartnerin: […]',
        'Die Alte Weberei bietet 100 Plätze für Familien.',
        'In der Alten Weberei ist der Sicherheitsdienst rund um die Uhr vor Ort.',
      ),
    });
    const item = getTemplate('gewaltschutz-gu').sections.find((s) => s.key === 'praeambel')!.checklist.find((i) => i.level === 'typisch')!;
    await setChecklistItem(team.editor, { sectionId: praeambel.id, itemKey: item.key, isDone: true });

    const { findings, counts } = await checkConceptCompleteness(team.coordinator, concept.id);
    const of = (kind: string, key: string) => findings.find((f) => f.kind === kind && 'sectionKey' in f && f.sectionKey === key);
    const praeambelNumber = getTemplate('gewaltschutz-gu').sections.find((s) => s.key === 'praeambel')!.number;
    expect(of('placeholder', 'praeambel')).toMatchObject({ placeholders: ['[Name des Gremiums]', '[…]'], sectionNumber: praeambelNumber });
    expect(of('empty_required', 'gewaltbegriff')).toBeDefined();
    expect(of('empty_required', 'praeambel')).toBeUndefined();
    const unticked = of('unticked', 'praeambel');
    expect(unticked && unticked.kind === 'unticked' ? unticked.items.map((i) => i.key) : []).not.toContain(item.key);
    expect(findings).toContainEqual(expect.objectContaining({ kind: 'stale_contact', contactId: stale.id, organisation: 'Beratungsstelle Alt' }));
    const mismatches = findings.filter((f) => f.kind === 'facility_mismatch');
    expect(mismatches).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ facilityId: weberei.id, topic: 'places', inData: '80 Plätze', sectionKey: 'praeambel' }),
        expect.objectContaining({ facilityId: weberei.id, topic: 'security', inData: 'Sicherheitsdienst 22–6 Uhr' }),
      ]),
    );
    expect(counts).toMatchObject({ staleContacts: expect.any(Number), facilityMismatches: mismatches.length });
    expect(counts.total).toBe(counts.emptyRequired + counts.placeholders + counts.unticked + counts.staleContacts + counts.facilityMismatches);
  });

  it('answers not found to other districts and to advisors of an unshared concept', async () => {
    const team = await buildDistrictTeam();
    const concept = await buildConcept(team.coordinator, team.district.id);
    for (const outsider of [team.foreignCoordinator, team.outsider, team.advisor]) {
      for (const read of [checkConceptCompleteness, getSubmissionForm, getAdoptionForm]) {
        await expect(read(outsider, concept.id)).rejects.toMatchObject({ code: 'not_found' });
      }
    }
  });

  it('the concept page and the pages before submitting and adopting show the same result', async () => {
    const team = await buildDistrictTeam();
    const concept = await buildConcept(team.coordinator, team.district.id);
    const { findings, counts } = await checkConceptCompleteness(team.coordinator, concept.id);
    expect(counts.total).toBeGreaterThan(0);
    expect((await getConceptOverview(team.coordinator, concept.id)).completeness).toEqual(counts);
    expect(await getSubmissionForm(team.coordinator, concept.id)).toMatchObject({ findings, counts, canSubmit: true, nextVersionNumber: 1, latestVersion: null });
    expect(await getAdoptionForm(team.coordinator, concept.id)).toMatchObject({ counts, nextVersionNumber: 1, adoption: null, isWithoutApproval: true });
  });
});

describe('Prüfregeln', () => {
  it('recognises bracketed gaps but not ordinary text', () => {
    expect(findLeftoverPlaceholders('Siehe [Datum] und […] sowie [...]')).toEqual(['[Datum]', '[…]', '[...]']);
    expect(findLeftoverPlaceholders('Keine Lücke hier.')).toEqual([]);
  });

  const facility = { id: 'f', name: 'Am Lindenhof', capacity: 120, hasNightCover: true, nightCover: 'Sicherheitsdienst 20–8 Uhr' };
  it('compares places only in sentences that name the facility', () => {
    expect(facilityMismatches('Am Lindenhof gibt es 120 Plätze.', facility)).toEqual([]);
    expect(facilityMismatches('Am Lindenhof gibt es 1.200 Plätze.', facility)).toEqual([expect.objectContaining({ topic: 'places', inData: '120 Plätze' })]);
    expect(facilityMismatches('Die Alte Weberei hat 80 Plätze. Am Lindenhof wohnen Familien.', facility)).toEqual([]);
    expect(facilityMismatches('Die Unterkunft Am Lindenhofweg hat 30 Plätze.', facility)).toEqual([]);
  });

  it('flags security „rund um die Uhr“ only where the record has limited hours', () => {
    expect(facilityMismatches('Am Lindenhof ist der Sicherheitsdienst rund um die Uhr da.', facility)).toHaveLength(1);
    expect(facilityMismatches('Am Lindenhof ist der Sicherheitsdienst rund um die Uhr da.', { ...facility, nightCover: 'Sicherheitsdienst durchgehend' })).toEqual([]);
    expect(facilityMismatches('Am Lindenhof ist die Sozialarbeit rund um die Uhr erreichbar.', facility)).toEqual([]);
  });
});
