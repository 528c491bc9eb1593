import { checkConceptCompleteness, findLeftoverPlaceholders } from '@/lib/review/check-completeness';
import { saveSectionDraft } from '@/lib/sections/save-section-draft';
import { setChecklistItem } from '@/lib/sections/update-section-meta';
import { getTemplate } from '@/lib/templates';
import { buildConcept, doc, sectionOf } from '../support/concept-factories';
import { buildDistrictTeam } from '../support/district-data-factories';

describe('Vollständigkeitsprüfung vor dem Einreichen', () => {
  it('lists empty required sections, leftover placeholders and unticked requirements, each with its section', async () => {
    const team = await buildDistrictTeam();
    // No facility in scope: the Deckblatt's facility fields have no value and print as hints.
    const concept = await buildConcept(team.coordinator, team.district.id);
    const praeambel = await sectionOf(concept.id, 'praeambel');
    await saveSectionDraft(team.editor, {
      sectionId: praeambel.id,
      baseRevision: praeambel.head_revision,
      content: doc('Der [Name des Gremiums] hat das Leitbild beschlossen.', 'Ansprechpartnerin: […]'),
    });
    const item = getTemplate('gewaltschutz-gu').sections.find((s) => s.key === 'praeambel')!.checklist[0]!;
    await setChecklistItem(team.editor, { sectionId: praeambel.id, itemKey: item.key, isDone: true });

    const { findings, counts } = await checkConceptCompleteness(team.coordinator, concept.id);
    const of = (kind: string, key: string) => findings.find((f) => f.kind === kind && f.sectionKey === key);
    const praeambelNumber = getTemplate('gewaltschutz-gu').sections.find((s) => s.key === 'praeambel')!.number;
    expect(of('placeholder', 'praeambel')).toMatchObject({ placeholders: ['[Name des Gremiums]', '[…]'], sectionNumber: praeambelNumber });
    expect(of('placeholder', 'deckblatt')).toMatchObject({ placeholders: expect.arrayContaining(['[Namen der Unterkünfte]']) });
    expect(of('empty_required', 'gewaltbegriff')).toBeDefined();
    expect(of('empty_required', 'praeambel')).toBeUndefined();
    const unticked = of('unticked', 'praeambel');
    expect(unticked && unticked.kind === 'unticked' ? unticked.items.map((i) => i.key) : []).not.toContain(item.key);
    expect(counts.emptyRequired).toBeGreaterThan(0);
    expect(counts.placeholders).toBeGreaterThanOrEqual(3);
  });

  it('answers not found to other districts and to advisors of an unshared concept', async () => {
    const team = await buildDistrictTeam();
    const concept = await buildConcept(team.coordinator, team.district.id);
    for (const outsider of [team.foreignCoordinator, team.outsider, team.advisor]) {
      await expect(checkConceptCompleteness(outsider, concept.id)).rejects.toMatchObject({ code: 'not_found' });
    }
  });

  it('recognises bracketed gaps but not ordinary brackets in long text', () => {
    expect(findLeftoverPlaceholders('Siehe [Datum] und […] sowie [...]')).toEqual(['[Datum]', '[…]', '[...]']);
    expect(findLeftoverPlaceholders('Keine Lücke hier.')).toEqual([]);
  });
});
