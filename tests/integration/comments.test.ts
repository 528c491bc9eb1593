import { getDb } from '@/db/client';
import type { Actor } from '@/lib/access';
import { listConceptReview, listSectionComments } from '@/lib/comments/list-comments';
import { redactComment } from '@/lib/comments/redact-comment';
import { reopenThread, resolveThread } from '@/lib/comments/resolve-threads';
import { addComment, editComment, replyToComment } from '@/lib/comments/write-comments';
import { buildTextMap } from '@/lib/comments/text-map';
import { getConceptOverview } from '@/lib/concepts/get-concept-overview';
import type { TiptapDoc } from '@/lib/editor/types';
import { giveVerdict } from '@/lib/review/give-verdict';
import { getSectionForEditing } from '@/lib/sections/get-section-for-editing';
import { restoreRevision } from '@/lib/sections/revisions';
import { saveSectionDraft } from '@/lib/sections/save-section-draft';
import { approveConcept, requestChanges } from '@/lib/workflow/give-review-outcome';
import { adoptConcept } from '@/lib/workflow/adopt-concept';
import { shareConcept } from '@/lib/workflow/share-concept';
import { submitConceptForReview } from '@/lib/workflow/submit-concept-for-review';
import { buildConcept, doc, sectionOf } from '../support/concept-factories';
import { buildDistrictTeam } from '../support/district-data-factories';
import { actorFor, auditEntriesFor, buildAdvisor, buildDistrict } from '../support/factories';

const ORIGINAL = doc('Einleitung zum Abschnitt.', 'Die Unterkunft hat einen Beschwerdebriefkasten im Erdgeschoss.', 'Schluss.');
const QUOTE = 'Beschwerdebriefkasten im Erdgeschoss';

async function setUp() {
  const team = await buildDistrictTeam();
  const concept = await buildConcept(team.coordinator, team.district.id);
  const section = await sectionOf(concept.id, 'beschwerdemanagement');
  await saveSectionDraft(team.editor, { sectionId: section.id, baseRevision: section.head_revision, content: ORIGINAL });
  await shareConcept(team.coordinator, { conceptId: concept.id });
  return { team, concept, section: await sectionOf(concept.id, 'beschwerdemanagement') };
}

function rangeOf(content: TiptapDoc, quote: string, revision: number) {
  const text = buildTextMap(content).text;
  const start = text.indexOf(quote);
  return { revision, start, end: start + quote.length };
}

async function save(actor: Actor, sectionId: string, content: TiptapDoc) {
  const head = await getDb().selectFrom('sections').select('head_revision').where('id', '=', sectionId).executeTakeFirstOrThrow();
  return saveSectionDraft(actor, { sectionId, baseRevision: head.head_revision, content });
}

async function threadOf(threadId: string) {
  return getDb().selectFrom('comment_threads').selectAll().where('id', '=', threadId).executeTakeFirstOrThrow();
}

describe('Kommentare an Textstellen', () => {
  it('an advisor comments on a range; the quote comes from the saved text, not from the client', async () => {
    const { team, concept, section } = await setUp();
    const created = await addComment(team.advisor, {
      sectionId: section.id,
      body: 'Wer leert den Briefkasten, und wie oft?',
      range: rangeOf(ORIGINAL, QUOTE, section.head_revision),
    });
    const thread = await threadOf(created.threadId);
    expect(thread).toMatchObject({ number: 1, anchor_kind: 'range', author_role: 'advisor', is_detached: false });
    expect(thread.anchor).toMatchObject({ exact: QUOTE, prefix: expect.stringContaining('hat einen '), suffix: '.\nSchluss.' });
    const { threads } = await listSectionComments(team.editor, concept.id, 'beschwerdemanagement');
    expect(threads).toHaveLength(1);
    expect(threads[0]).toMatchObject({ quote: QUOTE, authorRoleLabel: 'DeBUG-Beratung', needsDisposition: true, canResolve: true });
    expect(threads[0]!.comments[0]).toMatchObject({ body: 'Wer leert den Briefkasten, und wie oft?', authorName: team.advisor.displayName, isOwn: false });
    expect((await auditEntriesFor(created.threadId)).map((e) => e.action)).toEqual(['comment.create']);
    // The section page shows the same panel the comment actions refresh.
    expect((await getSectionForEditing(team.editor, concept.id, 'beschwerdemanagement')).comments).toEqual(
      await listSectionComments(team.editor, concept.id, 'beschwerdemanagement'),
    );
  });

  it('keeps its anchor when text is inserted before it and when text elsewhere changes', async () => {
    const { team, section } = await setUp();
    const created = await addComment(team.advisor, { sectionId: section.id, body: 'Bitte konkretisieren.', range: rangeOf(ORIGINAL, QUOTE, section.head_revision) });
    await save(team.editor, section.id, doc('Neu: ein Vorwort.', 'Einleitung zum Abschnitt.', 'Die Unterkunft hat einen Beschwerdebriefkasten im Erdgeschoss.', 'Schluss.'));
    await save(team.editor, section.id, doc('Neu: ein Vorwort.', 'Einleitung, überarbeitet.', 'Die Unterkunft hat einen Beschwerdebriefkasten im Erdgeschoss.', 'Ein ganz neuer Schluss.'));
    const thread = await threadOf(created.threadId);
    const head = await sectionOf(section.concept_id, 'beschwerdemanagement');
    const headText = buildTextMap((await getDb().selectFrom('section_revisions').select('content').where('section_id', '=', section.id).where('number', '=', head.head_revision).executeTakeFirstOrThrow()).content as unknown as TiptapDoc).text;
    expect(thread.anchor!.revision).toBe(head.head_revision);
    expect(thread.is_detached).toBe(false);
    expect(headText.slice(thread.anchor!.start, thread.anchor!.end)).toBe(QUOTE);
  });

  it('is detached with its quote when its text is deleted, and attaches again when a restore brings the text back', async () => {
    const { team, concept, section } = await setUp();
    const created = await addComment(team.advisor, { sectionId: section.id, body: 'Gut so.', range: rangeOf(ORIGINAL, QUOTE, section.head_revision) });
    const before = (await sectionOf(concept.id, 'beschwerdemanagement')).head_revision;
    await save(team.editor, section.id, doc('Einleitung zum Abschnitt.', 'Schluss.'));
    let { threads } = await listSectionComments(team.advisor, concept.id, 'beschwerdemanagement');
    expect(threads[0]).toMatchObject({ isDetached: true, quote: QUOTE, anchor: null });
    await restoreRevision(team.editor, { sectionId: section.id, revision: before });
    ({ threads } = await listSectionComments(team.advisor, concept.id, 'beschwerdemanagement'));
    expect(threads[0]).toMatchObject({ isDetached: false, quote: QUOTE });
    expect(threads[0]!.anchor).not.toBeNull();
    expect(await threadOf(created.threadId)).toMatchObject({ is_detached: false });
  });

  it('a comment made on an older revision lands on the current text', async () => {
    const { team, section } = await setUp();
    const oldRevision = section.head_revision;
    await save(team.editor, section.id, doc('Ganz oben neu.', 'Einleitung zum Abschnitt.', 'Die Unterkunft hat einen Beschwerdebriefkasten im Erdgeschoss.', 'Schluss.'));
    const created = await addComment(team.advisor, { sectionId: section.id, body: 'Prüfen.', range: rangeOf(ORIGINAL, QUOTE, oldRevision) });
    const thread = await threadOf(created.threadId);
    expect(thread.anchor).toMatchObject({ revision: oldRevision + 1, exact: QUOTE });
  });

  it('a quote over a data field shows the field as „⟨Angabe⟩“, not as an invisible character', async () => {
    const { team, concept, section } = await setUp();
    const content: TiptapDoc = {
      type: 'doc',
      content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Zuständig ist ' }, { type: 'dataField', attrs: { name: 'concept.responsible' } }, { type: 'text', text: ' mit zwei Stellen.' }] }],
    };
    const saved = await save(team.editor, section.id, content);
    const text = buildTextMap(content).text;
    await addComment(team.advisor, { sectionId: section.id, body: 'Welche Stellen?', range: { revision: saved.revision, start: text.indexOf('ist'), end: text.indexOf(' mit') } });
    const { threads } = await listSectionComments(team.editor, concept.id, 'beschwerdemanagement');
    expect(threads[0]!.quote).toBe('ist ⟨Angabe⟩');
  });

  it('refuses a range that does not exist and a comment without text, with German messages', async () => {
    const { team, section } = await setUp();
    await expect(addComment(team.advisor, { sectionId: section.id, body: 'x', range: { revision: 99, start: 0, end: 4 } })).rejects.toMatchObject({ code: 'invalid_input' });
    await expect(addComment(team.advisor, { sectionId: section.id, body: 'x', range: { revision: section.head_revision, start: 5, end: 5 } })).rejects.toMatchObject({ code: 'invalid_input' });
    await expect(addComment(team.advisor, { sectionId: section.id, body: '   ' })).rejects.toMatchObject({
      code: 'invalid_input',
      details: { fields: { body: 'Bitte schreiben Sie einen Kommentar.' } },
    });
    await expect(addComment(team.advisor, { sectionId: section.id, body: 'Text mit \u0000 Nullbyte' })).rejects.toMatchObject({ code: 'invalid_input' });
    expect(await getDb().selectFrom('comment_threads').select('id').where('section_id', '=', section.id).execute()).toHaveLength(0);
  });
});

describe('Antworten, erledigen, Umgang mit Hinweisen', () => {
  it('the editor replies and resolves an advisor hint with a disposition; the advisor can neither dispose nor edit the text', async () => {
    const { team, concept, section } = await setUp();
    const { threadId, commentId } = await addComment(team.advisor, { sectionId: section.id, body: 'Bitte Leerungsrhythmus nennen.', range: rangeOf(ORIGINAL, QUOTE, section.head_revision) });
    await replyToComment(team.editor, { threadId, body: 'Ergänzt: wöchentlich durch die Sozialarbeit.' });
    await expect(resolveThread(team.advisor, { threadId, disposition: 'uebernommen', reason: 'passt' })).rejects.toMatchObject({
      code: 'forbidden',
      message: expect.stringContaining('Kommune'),
    });
    await expect(resolveThread(team.editor, { threadId })).rejects.toMatchObject({
      code: 'invalid_input',
      details: { fields: { disposition: expect.any(String), reason: expect.any(String) } },
    });
    await resolveThread(team.editor, { threadId, disposition: 'teilweise', reason: 'Rhythmus ergänzt, Zuständigkeit folgt in Abschnitt 6.' });
    // The hint stays as it was answered: the disposition refers to these words.
    await expect(editComment(team.advisor, { commentId, body: 'Bitte auch die Zuständigkeit nennen.' })).rejects.toMatchObject({ code: 'forbidden' });
    const { threads } = await listSectionComments(team.advisor, concept.id, 'beschwerdemanagement');
    expect(threads[0]).toMatchObject({
      isResolved: true,
      dispositionLabel: 'teilweise übernommen',
      resolvedByName: team.editor.displayName,
      canReopen: false,
      addressedInVersion: null,
    });
    expect(threads[0]!.comments.map((c) => c.body)).toEqual(['Bitte Leerungsrhythmus nennen.', 'Ergänzt: wöchentlich durch die Sozialarbeit.']);

    // The next Fassung is the one in which the hint was addressed.
    await submitConceptForReview(team.coordinator, { conceptId: concept.id });
    const review = await listConceptReview(team.advisor, concept.id);
    expect(review.advisorHints).toEqual([
      expect.objectContaining({ number: 1, quote: QUOTE, disposition: 'teilweise', addressedInVersion: 1, section: expect.objectContaining({ key: 'beschwerdemanagement' }) }),
    ]);

    // The disposition is the district's: the advisor answers in the thread but cannot clear it by reopening.
    expect((await listSectionComments(team.advisor, concept.id, 'beschwerdemanagement')).threads[0]).toMatchObject({ canReopen: false, canReply: true });
    await expect(reopenThread(team.advisor, { threadId })).rejects.toMatchObject({ code: 'forbidden', message: expect.stringContaining('Kommune') });
    expect(await threadOf(threadId)).toMatchObject({ is_resolved: true, disposition: 'teilweise' });
    await replyToComment(team.advisor, { threadId, body: 'Die Zuständigkeit fehlt noch.' });
    // Reopening by the district clears the disposition.
    await reopenThread(team.editor, { threadId });
    expect(await threadOf(threadId)).toMatchObject({ is_resolved: false, disposition: null });
  });

  it('district threads need no disposition; nobody edits someone else’s comment', async () => {
    const { team, concept, section } = await setUp();
    const { threadId, commentId } = await addComment(team.editor, { sectionId: section.id, body: 'Interne Frage an die Koordination.' });
    await expect(editComment(team.coordinator, { commentId, body: 'Übernommen und geändert.' })).rejects.toMatchObject({ code: 'forbidden' });
    await expect(editComment(team.advisor, { commentId, body: 'Geändert.' })).rejects.toMatchObject({ code: 'forbidden' });
    await editComment(team.editor, { commentId, body: 'Interne Frage an die Koordination (präzisiert).' });
    await resolveThread(team.coordinator, { threadId });
    const { threads } = await listSectionComments(team.editor, concept.id, 'beschwerdemanagement');
    expect(threads[0]).toMatchObject({ isResolved: true, disposition: null, needsDisposition: false, canEditOwn: false });
    // Erledigt: the words stay as they were answered.
    await expect(editComment(team.editor, { commentId, body: 'Nachträglich anders formuliert.' })).rejects.toMatchObject({ code: 'forbidden' });
    expect(threads[0]!.comments[0]).toMatchObject({ body: 'Interne Frage an die Koordination (präzisiert).', editedAt: expect.any(Date) });
  });

  it('mentions only people of the district and its advisor', async () => {
    const { team, section } = await setUp();
    await addComment(team.editor, { sectionId: section.id, body: '@Beratung bitte ansehen', mentions: [team.advisor.userId, team.coordinator.userId] });
    await expect(addComment(team.editor, { sectionId: section.id, body: '@Fremd', mentions: [team.foreignCoordinator.userId] })).rejects.toMatchObject({
      code: 'invalid_input',
      details: { fields: { mentions: expect.any(String) } },
    });
  });

  it('replies stay possible while the text is read-only; after adoption nobody comments', async () => {
    const { team, concept, section } = await setUp();
    const { threadId } = await addComment(team.advisor, { sectionId: section.id, body: 'Hinweis.' });
    await submitConceptForReview(team.coordinator, { conceptId: concept.id });
    await replyToComment(team.editor, { threadId, body: 'Antwort während der Beratung.' });
    await approveConcept(team.advisor, { conceptId: concept.id });
    await adoptConcept(
      team.coordinator,
      { conceptId: concept.id, decidedBy: 'Kreistag', decidedOn: '2026-11-20', findingsReason: 'Offene Punkte folgen in der Fortschreibung des Konzepts.' },
      { now: new Date('2026-11-27T10:00:00Z') },
    );
    await expect(replyToComment(team.editor, { threadId, body: 'Zu spät.' })).rejects.toMatchObject({ code: 'forbidden' });
    await expect(addComment(team.advisor, { sectionId: section.id, body: 'Zu spät.' })).rejects.toMatchObject({ code: 'forbidden' });
  });
});

describe('Kommentare und Bewertungen über Kommunengrenzen', () => {
  it('an advisor of another district, of an unshared concept and other districts get not found', async () => {
    const team = await buildDistrictTeam();
    const concept = await buildConcept(team.coordinator, team.district.id);
    const section = await sectionOf(concept.id, 'praeambel');
    const { threadId, commentId } = await addComment(team.editor, { sectionId: section.id, body: 'Intern.' });
    const otherAdvisor = await actorFor((await buildAdvisor([(await buildDistrict()).id])).id);
    for (const outsider of [team.advisor /* concept not shared */, otherAdvisor, team.foreignCoordinator, team.outsider]) {
      await expect(addComment(outsider, { sectionId: section.id, body: 'x' })).rejects.toMatchObject({ code: 'not_found' });
      await expect(replyToComment(outsider, { threadId, body: 'x' })).rejects.toMatchObject({ code: 'not_found' });
      await expect(editComment(outsider, { commentId, body: 'x' })).rejects.toMatchObject({ code: 'not_found' });
      await expect(resolveThread(outsider, { threadId })).rejects.toMatchObject({ code: 'not_found' });
      await expect(reopenThread(outsider, { threadId })).rejects.toMatchObject({ code: 'not_found' });
      await expect(listSectionComments(outsider, concept.id, 'praeambel')).rejects.toMatchObject({ code: 'not_found' });
      await expect(listConceptReview(outsider, concept.id)).rejects.toMatchObject({ code: 'not_found' });
      await expect(giveVerdict(outsider, { sectionId: section.id, verdict: 'erfuellt' })).rejects.toMatchObject({ code: 'not_found' });
    }
    await expect(replyToComment(team.editor, { threadId: '00000000-0000-4000-8000-000000000000', body: 'x' })).rejects.toMatchObject({ code: 'not_found' });
  });
});

describe('Bewertung je Abschnitt', () => {
  it('the advisor gives verdicts on the submitted Fassung; the outline shows both sides and the coverage', async () => {
    const { team, concept, section } = await setUp();
    await expect(giveVerdict(team.advisor, { sectionId: section.id, verdict: 'erfuellt' })).rejects.toMatchObject({ code: 'forbidden' });
    await submitConceptForReview(team.coordinator, { conceptId: concept.id });
    await expect(giveVerdict(team.editor, { sectionId: section.id, verdict: 'erfuellt' })).rejects.toMatchObject({ code: 'forbidden' });
    await expect(giveVerdict(team.advisor, { sectionId: section.id, verdict: 'nachbessern' })).rejects.toMatchObject({
      code: 'invalid_input',
      details: { fields: { note: expect.stringContaining('nachgebessert') } },
    });
    await giveVerdict(team.advisor, { sectionId: section.id, verdict: 'nachbessern', note: 'Leerungsrhythmus fehlt.' });
    const praeambel = await sectionOf(concept.id, 'praeambel');
    await giveVerdict(team.advisor, { sectionId: praeambel.id, verdict: 'erfuellt' });
    await requestChanges(team.advisor, { conceptId: concept.id, note: 'Siehe Abschnitt 11.' });
    await save(team.editor, section.id, doc('Einleitung zum Abschnitt.', 'Der Briefkasten wird wöchentlich geleert.', 'Schluss.'));

    const overview = await getConceptOverview(team.editor, concept.id);
    const entry = overview.sections.find((s) => s.key === 'beschwerdemanagement')!;
    expect(entry.verdict).toMatchObject({ value: 'nachbessern', label: 'nachbessern', note: 'Leerungsrhythmus fehlt.', versionNumber: 1 });
    expect(entry.isChangedSinceVersion).toBe(true);
    expect(overview.sections.find((s) => s.key === 'praeambel')).toMatchObject({ verdict: { value: 'erfuellt' }, isChangedSinceVersion: false });
    expect(overview.review).toMatchObject({ latestVersionNumber: 1, changedSinceVersion: { versionNumber: 1, count: 1 }, verdictCounts: { erfuellt: 1, nachbessern: 1 } });
    const ms1 = overview.coverage.find((c) => c.key === 'ms-1')!;
    expect(ms1.sectionsTotal).toBeGreaterThan(0);
    expect(overview.coverage.reduce((n, c) => n + c.sectionsToImprove, 0)).toBeGreaterThan(0);
  });
});

describe('Kommentartext entfernen (Datenschutz)', () => {
  it('a coordinator removes a comment text for good, in any state; others cannot; the audit keeps no text', async () => {
    const { team, concept, section } = await setUp();
    const { commentId, threadId } = await addComment(team.advisor, { sectionId: section.id, body: 'Frau A. aus Zimmer 12 hat sich beschwert.' });
    await expect(redactComment(team.editor, { commentId })).rejects.toMatchObject({ code: 'forbidden' });
    await expect(redactComment(team.advisor, { commentId })).rejects.toMatchObject({ code: 'forbidden' });
    await expect(redactComment(team.foreignCoordinator, { commentId })).rejects.toMatchObject({ code: 'not_found' });
    await submitConceptForReview(team.coordinator, { conceptId: concept.id });
    await redactComment(team.coordinator, { commentId });
    const stored = await getDb().selectFrom('comments').select(['body', 'redacted_at', 'redacted_by']).where('id', '=', commentId).executeTakeFirstOrThrow();
    expect(stored).toMatchObject({ body: '', redacted_by: team.coordinator.userId, redacted_at: expect.any(Date) });
    const { threads } = await listSectionComments(team.advisor, concept.id, 'beschwerdemanagement');
    expect(threads[0]!.comments[0]).toMatchObject({ body: '', redactedAt: expect.any(Date), canRedact: false });
    const audit = await auditEntriesFor(threadId);
    expect(audit.map((e) => e.action)).toContain('comment.redact');
    expect(JSON.stringify(audit)).not.toContain('Zimmer 12');
    await expect(redactComment(team.coordinator, { commentId })).rejects.toMatchObject({ code: 'invalid_input' });
  });
});
