import { getDb } from '@/db/client';
import { getConceptOverview } from '@/lib/concepts/get-concept-overview';
import { exportConceptDocx } from '@/lib/export/export-concept-docx';
import { listMyNotifications } from '@/lib/notifications/list-my-notifications';
import { listDueReviews, sendReviewDueNotices } from '@/lib/review/reviews-due';
import { saveSectionDraft } from '@/lib/sections/save-section-draft';
import { getVersion } from '@/lib/versions/read-versions';
import { adoptConcept } from '@/lib/workflow/adopt-concept';
import { approveConcept } from '@/lib/workflow/give-review-outcome';
import { startFortschreibung } from '@/lib/workflow/start-fortschreibung';
import { submitConceptForReview } from '@/lib/workflow/submit-concept-for-review';
import { readDocx, xmlText } from '../export/support';
import { buildConcept, doc, sectionOf } from '../support/concept-factories';
import { buildDistrictTeam } from '../support/district-data-factories';

const reason = 'Offene Punkte werden in der nächsten Fortschreibung ergänzt.';

async function adoptedConcept(decidedOn = '2026-11-20', nextReviewOn?: string) {
  const team = await buildDistrictTeam();
  const concept = await buildConcept(team.coordinator, team.district.id, { title: 'Gewaltschutzkonzept Ausgabe' });
  const praeambel = await sectionOf(concept.id, 'praeambel');
  await saveSectionDraft(team.editor, { sectionId: praeambel.id, baseRevision: 0, content: doc('Leitbild der ersten Ausgabe.') });
  await submitConceptForReview(team.coordinator, { conceptId: concept.id });
  await approveConcept(team.advisor, { conceptId: concept.id });
  await adoptConcept(
    team.coordinator,
    { conceptId: concept.id, decidedBy: 'Kreistag', decidedOn, findingsReason: reason, ...(nextReviewOn ? { nextReviewOn } : {}) },
    { now: new Date('2026-11-27T10:00:00Z') },
  );
  return { team, concept };
}

describe('Fortschreibung', () => {
  it('starts the next edition from the adopted Fassung; the old edition stays unchanged and becomes abgelöst when the new one is adopted', async () => {
    const { team, concept } = await adoptedConcept();
    const adoptedBefore = await getVersion(team.editor, concept.id, 2);
    const started = await startFortschreibung(team.coordinator, { conceptId: concept.id });
    expect(started).toMatchObject({ edition: 2, carriedSections: expect.any(Number) });

    const next = await getConceptOverview(team.editor, started.conceptId);
    expect(next.concept).toMatchObject({ status: 'draft', edition: 2, title: 'Gewaltschutzkonzept Ausgabe', isShared: true });
    expect(next.editions.previous).toMatchObject({ id: concept.id, status: 'adopted' });
    const carried = await sectionOf(started.conceptId, 'praeambel');
    const carriedRevision = await getDb().selectFrom('section_revisions').select(['kind', 'content']).where('section_id', '=', carried.id).executeTakeFirstOrThrow();
    expect(carriedRevision.kind).toBe('carryover');
    expect(JSON.stringify(carriedRevision.content)).toContain('Leitbild der ersten Ausgabe.');

    // Editing the new edition leaves the old one as it was.
    await saveSectionDraft(team.editor, { sectionId: carried.id, baseRevision: carried.head_revision, content: doc('Leitbild der zweiten Ausgabe.') });
    expect(await getVersion(team.editor, concept.id, 2)).toEqual(adoptedBefore);
    const oldExport = await exportConceptDocx(team.editor, { conceptId: concept.id, tocPageNumbers: false });
    expect(xmlText(readDocx(oldExport.buffer).part('word/document.xml'))).toContain('Leitbild der ersten Ausgabe.');

    // Only once per adopted concept.
    await expect(startFortschreibung(team.coordinator, { conceptId: concept.id })).rejects.toMatchObject({ code: 'invalid_input' });
    await expect(startFortschreibung(team.editor, { conceptId: concept.id })).rejects.toMatchObject({ code: 'forbidden' });
    await expect(startFortschreibung(team.foreignCoordinator, { conceptId: concept.id })).rejects.toMatchObject({ code: 'not_found' });
    await expect(startFortschreibung(team.coordinator, { conceptId: started.conceptId })).rejects.toMatchObject({ code: 'forbidden' });

    await submitConceptForReview(team.coordinator, { conceptId: started.conceptId });
    await approveConcept(team.advisor, { conceptId: started.conceptId });
    await adoptConcept(team.coordinator, { conceptId: started.conceptId, decidedBy: 'Kreistag', decidedOn: '2026-11-26', findingsReason: reason }, { now: new Date('2026-11-27T10:00:00Z') });
    const old = await getConceptOverview(team.editor, concept.id);
    expect(old.concept.status).toBe('superseded');
    expect(old.editions.next).toMatchObject({ id: started.conceptId, status: 'adopted' });
    await expect(exportConceptDocx(team.editor, { conceptId: concept.id, tocPageNumbers: false })).resolves.toMatchObject({ filename: expect.stringContaining('beschlossen') });
  });
});

describe('Fällige Überprüfungen', () => {
  it('lists adopted concepts due within 60 days or overdue, and tells the coordinators once per due date', async () => {
    const now = new Date('2026-11-27T10:00:00Z');
    const { team, concept } = await adoptedConcept('2026-11-20', '2027-01-15');
    const due = await listDueReviews(team.editor, { now });
    expect(due).toEqual([expect.objectContaining({ conceptId: concept.id, nextReviewOn: '2027-01-15', isOverdue: false, successor: null })]);
    expect(await listDueReviews(team.editor, { now: new Date('2026-10-01T10:00:00Z') })).toEqual([]);
    expect(await listDueReviews(team.editor, { now: new Date('2027-02-01T10:00:00Z') })).toEqual([expect.objectContaining({ isOverdue: true })]);
    expect(await listDueReviews(team.advisor, { now })).toEqual([]);
    expect(await listDueReviews(team.foreignCoordinator, { now })).toEqual([]);

    const before = (await listMyNotifications(team.coordinator, {})).filter((n) => n.kind === 'concept.review_due');
    expect(before).toHaveLength(0);
    await sendReviewDueNotices(getDb(), { now });
    await sendReviewDueNotices(getDb(), { now });
    const notices = (await listMyNotifications(team.coordinator, {})).filter((n) => n.kind === 'concept.review_due');
    expect(notices).toHaveLength(1);
    expect(notices[0]!.message).toContain('15.01.2027');
    expect((await listMyNotifications(team.editor, {})).filter((n) => n.kind === 'concept.review_due')).toHaveLength(0);
  });
});
