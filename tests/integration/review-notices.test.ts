import { getDb } from '@/db/client';
import type { Actor } from '@/lib/access';
import { unassignAdvisor } from '@/lib/advisors/manage-assignments';
import { resolveThread } from '@/lib/comments/resolve-threads';
import { addComment, editComment, replyToComment } from '@/lib/comments/write-comments';
import { removeMember } from '@/lib/members/manage-members';
import { giveVerdict } from '@/lib/review/give-verdict';
import { saveSectionDraft } from '@/lib/sections/save-section-draft';
import { requestChanges } from '@/lib/workflow/give-review-outcome';
import { shareConcept, unshareConcept } from '@/lib/workflow/share-concept';
import { submitConceptForReview } from '@/lib/workflow/submit-concept-for-review';
import { buildConcept, doc, sectionOf } from '../support/concept-factories';
import { buildDistrictTeam } from '../support/district-data-factories';
import { actorFor, buildAdmin, buildMember } from '../support/factories';

/** The notification kinds a person has received about this concept. */
async function kindsFor(actor: Actor, conceptId: string) {
  const rows = await getDb()
    .selectFrom('notifications')
    .select('kind')
    .where('user_id', '=', actor.userId)
    .where('link', 'like', `/concepts/${conceptId}%`)
    .orderBy('created_at')
    .execute();
  return rows.map((r) => r.kind);
}

async function setUp() {
  const team = await buildDistrictTeam();
  const writerUser = await buildMember(team.district.id, 'editor');
  const writer = await actorFor(writerUser.id);
  const concept = await buildConcept(team.coordinator, team.district.id);
  const section = await sectionOf(concept.id, 'praeambel');
  await saveSectionDraft(writer, { sectionId: section.id, baseRevision: section.head_revision, content: doc('Unser Leitbild.') });
  return { team, writer, concept, section };
}

describe('Benachrichtigungen nur an Menschen, die das Konzept sehen dürfen', () => {
  it('the usual recipients hear of comments, replies, mentions and verdicts', async () => {
    const { team, writer, concept, section } = await setUp();
    await shareConcept(team.coordinator, { conceptId: concept.id });
    expect(await kindsFor(team.advisor, concept.id)).toEqual(['concept.shared']);
    const { threadId } = await addComment(team.advisor, { sectionId: section.id, body: 'Bitte ergänzen.', mentions: [team.editor.userId] });
    expect(await kindsFor(team.coordinator, concept.id)).toEqual(['comment.new']);
    expect(await kindsFor(writer, concept.id)).toEqual(['comment.new']);
    expect(await kindsFor(team.editor, concept.id)).toEqual(['comment.mention']);
    await replyToComment(writer, { threadId, body: 'Ist ergänzt.' });
    expect(await kindsFor(team.advisor, concept.id)).toEqual(['concept.shared', 'comment.reply']);
    await submitConceptForReview(team.coordinator, { conceptId: concept.id });
    await giveVerdict(team.advisor, { sectionId: section.id, verdict: 'erfuellt' });
    expect(await kindsFor(writer, concept.id)).toEqual(['comment.new', 'review.verdict']);
  });

  it('a mention added by changing one’s comment is told once; mentions already told are not repeated', async () => {
    const { team, writer, concept, section } = await setUp();
    const { commentId } = await addComment(writer, { sectionId: section.id, body: 'Frage an die Redaktion.', mentions: [team.editor.userId] });
    await editComment(writer, { commentId, body: 'Frage an die Redaktion und die Koordination.', mentions: [team.editor.userId, team.coordinator.userId] });
    expect(await kindsFor(team.coordinator, concept.id)).toEqual(['comment.new', 'comment.mention']);
    expect(await kindsFor(team.editor, concept.id)).toEqual(['comment.mention']);
  });

  it('a submission without an earlier sharing reaches the advisor (the submission shares the concept)', async () => {
    const { team, concept } = await setUp();
    await submitConceptForReview(team.coordinator, { conceptId: concept.id });
    expect(await kindsFor(team.advisor, concept.id)).toEqual(['concept.submitted']);
  });

  it('an advisor whose assignment ended hears nothing more of the threads they wrote in', async () => {
    const { team, writer, concept, section } = await setUp();
    await shareConcept(team.coordinator, { conceptId: concept.id });
    const { threadId } = await addComment(team.advisor, { sectionId: section.id, body: 'Bitte ergänzen.' });
    const admin = await actorFor((await buildAdmin()).id);
    await unassignAdvisor(admin, { districtId: team.district.id, userId: team.advisor.userId });
    await replyToComment(writer, { threadId, body: 'Ist ergänzt.' });
    await resolveThread(writer, { threadId, disposition: 'uebernommen', reason: 'Abschnitt ergänzt.' });
    expect(await kindsFor(team.advisor, concept.id)).toEqual(['concept.shared']);
  });

  it('after the sharing is taken back, the advisor hears nothing of replies in threads they wrote in', async () => {
    const { team, writer, concept, section } = await setUp();
    await shareConcept(team.coordinator, { conceptId: concept.id });
    const { threadId } = await addComment(team.advisor, { sectionId: section.id, body: 'Bitte ergänzen.' });
    await unshareConcept(team.coordinator, { conceptId: concept.id });
    await replyToComment(writer, { threadId, body: 'Intern: machen wir später.' });
    await resolveThread(writer, { threadId, disposition: 'nicht_uebernommen', reason: 'Passt nicht zu uns.' });
    expect(await kindsFor(team.advisor, concept.id)).toEqual(['concept.shared']);
  });

  it('a person removed from the district hears nothing more, even as the section’s last editor or a thread participant', async () => {
    const { team, writer, concept, section } = await setUp();
    const { threadId } = await addComment(writer, { sectionId: section.id, body: 'Entwurf von mir.' });
    await removeMember(team.coordinator, { districtId: team.district.id, userId: writer.userId });
    await shareConcept(team.coordinator, { conceptId: concept.id });
    await addComment(team.advisor, { sectionId: section.id, body: 'Bitte ergänzen.' });
    await replyToComment(team.editor, { threadId, body: 'Übernehme ich.' });
    await submitConceptForReview(team.coordinator, { conceptId: concept.id });
    await giveVerdict(team.advisor, { sectionId: section.id, verdict: 'nachbessern', note: 'Ziele fehlen.' });
    await requestChanges(team.advisor, { conceptId: concept.id });
    expect(await kindsFor(writer, concept.id)).toEqual([]);
  });
});
