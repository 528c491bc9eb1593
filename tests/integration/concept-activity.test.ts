import { listConceptActivity } from '@/lib/audit/list-concept-activity';
import { addComment } from '@/lib/comments/write-comments';
import { saveSectionDraft } from '@/lib/sections/save-section-draft';
import { shareConcept } from '@/lib/workflow/share-concept';
import { submitConceptForReview } from '@/lib/workflow/submit-concept-for-review';
import { buildConcept, doc, sectionOf } from '../support/concept-factories';
import { buildDistrictTeam } from '../support/district-data-factories';

describe('Aktivität eines Konzepts', () => {
  it('lists who did what to this concept only, newest first, for members and the advisor of a shared concept', async () => {
    const team = await buildDistrictTeam();
    const concept = await buildConcept(team.coordinator, team.district.id, { title: 'Konzept A' });
    const other = await buildConcept(team.coordinator, team.district.id, { title: 'Konzept B' });
    const section = await sectionOf(concept.id, 'praeambel');
    const otherSection = await sectionOf(other.id, 'praeambel');
    await saveSectionDraft(team.editor, { sectionId: section.id, baseRevision: 0, content: doc('Leitbild A') });
    await saveSectionDraft(team.editor, { sectionId: otherSection.id, baseRevision: 0, content: doc('Leitbild B') });
    await expect(listConceptActivity(team.advisor, concept.id)).rejects.toMatchObject({ code: 'not_found' });
    await shareConcept(team.coordinator, { conceptId: concept.id });
    await addComment(team.advisor, { sectionId: section.id, body: 'Gut.' });
    await submitConceptForReview(team.coordinator, { conceptId: concept.id });

    const activity = await listConceptActivity(team.advisor, concept.id);
    expect(activity.entries.map((e) => e.action)).toEqual(['concept.submit', 'comment.create', 'concept.share', 'section.save', 'concept.create']);
    expect(activity.entries[0]).toMatchObject({ actorName: team.coordinator.displayName, details: expect.objectContaining({ version: 1 }) });
    await expect(listConceptActivity(team.foreignCoordinator, concept.id)).rejects.toMatchObject({ code: 'not_found' });
  });
});
