import { getDb } from '@/db/client';
import { resolveThread } from '@/lib/comments/resolve-threads';
import { addComment, replyToComment } from '@/lib/comments/write-comments';
import { giveVerdict } from '@/lib/review/give-verdict';
import { CONTROL_CHARACTER_MESSAGE } from '@/lib/shared/schemas';
import { adoptConcept } from '@/lib/workflow/adopt-concept';
import { approveConcept, requestChanges } from '@/lib/workflow/give-review-outcome';
import { submitConceptForReview } from '@/lib/workflow/submit-concept-for-review';
import { withdrawSubmission } from '@/lib/workflow/withdraw-submission';
import { buildConcept, doc, sectionOf } from '../support/concept-factories';
import { buildDistrictTeam } from '../support/district-data-factories';
import { saveSectionDraft } from '@/lib/sections/save-section-draft';

// Every text of the review loop is typed into a form: a control character (often from a copied
// text; NUL is refused by Postgres, the others break the DOCX) gets the one German message at
// its field and changes nothing — never a database error.
const NUL = '\u0000';
const refusedAt = (field: string) => ({ code: 'invalid_input', details: { fields: { [field]: CONTROL_CHARACTER_MESSAGE } } });

async function setUp() {
  const team = await buildDistrictTeam();
  const concept = await buildConcept(team.coordinator, team.district.id);
  const section = await sectionOf(concept.id, 'praeambel');
  await saveSectionDraft(team.editor, { sectionId: section.id, baseRevision: 0, content: doc('Unser Leitbild.') });
  return { team, concept, section };
}

async function statusOf(conceptId: string) {
  return (await getDb().selectFrom('concepts').select('status').where('id', '=', conceptId).executeTakeFirstOrThrow()).status;
}

describe('Steuerzeichen im Beratungsablauf', () => {
  it('notes of workflow steps refuse control characters and keep line breaks', async () => {
    const { team, concept } = await setUp();
    await expect(submitConceptForReview(team.coordinator, { conceptId: concept.id, note: `Bitte ansehen${NUL}` })).rejects.toMatchObject(refusedAt('note'));
    expect(await statusOf(concept.id)).toBe('draft');
    await submitConceptForReview(team.coordinator, { conceptId: concept.id, note: 'Erste Zeile\nzweite Zeile' });
    await expect(requestChanges(team.advisor, { conceptId: concept.id, note: 'Bitte \u0007 überarbeiten' })).rejects.toMatchObject(refusedAt('note'));
    await expect(withdrawSubmission(team.coordinator, { conceptId: concept.id, note: `${NUL}` })).rejects.toMatchObject(refusedAt('note'));
    expect(await statusOf(concept.id)).toBe('submitted');
    await approveConcept(team.advisor, { conceptId: concept.id, note: 'Gut\r\ngemacht' });
    const decision = { conceptId: concept.id, decidedBy: 'Kreistag', decidedOn: '2026-11-20' };
    const now = { now: new Date('2026-11-25T10:00:00Z') };
    await expect(adoptConcept(team.coordinator, { ...decision, decidedBy: `Kreis${NUL}tag` }, now)).rejects.toMatchObject(refusedAt('decidedBy'));
    await expect(adoptConcept(team.coordinator, { ...decision, resolutionNumber: `KT${NUL}1` }, now)).rejects.toMatchObject(refusedAt('resolutionNumber'));
    await expect(adoptConcept(team.coordinator, { ...decision, note: `Anmerkung${NUL}` }, now)).rejects.toMatchObject(refusedAt('note'));
    expect(await statusOf(concept.id)).toBe('approved');
  });

  it('comments, replies, reasons and verdict notes refuse control characters', async () => {
    const { team, concept, section } = await setUp();
    await submitConceptForReview(team.coordinator, { conceptId: concept.id });
    await expect(addComment(team.editor, { sectionId: section.id, body: `Frage${NUL}` })).rejects.toMatchObject(refusedAt('body'));
    const { threadId } = await addComment(team.advisor, { sectionId: section.id, body: 'Erste Zeile\n\tzweite Zeile' });
    await expect(replyToComment(team.editor, { threadId, body: `Antwort\u001b` })).rejects.toMatchObject(refusedAt('body'));
    await expect(resolveThread(team.editor, { threadId, disposition: 'uebernommen', reason: `Erledigt${NUL}` })).rejects.toMatchObject(refusedAt('reason'));
    await expect(giveVerdict(team.advisor, { sectionId: section.id, verdict: 'nachbessern', note: `Ziele${NUL} fehlen` })).rejects.toMatchObject(refusedAt('note'));
    const rows = await getDb().selectFrom('comments').select('body').where('thread_id', '=', threadId).execute();
    expect(rows.map((r) => r.body)).toEqual(['Erste Zeile\n\tzweite Zeile']);
  });
});
