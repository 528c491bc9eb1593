import { getDb } from '@/db/client';
import type { Actor } from '@/lib/access';
import { getConceptOverview } from '@/lib/concepts/get-concept-overview';
import { updateConceptDetails } from '@/lib/concepts/update-concept-details';
import { exportConceptDocx } from '@/lib/export/export-concept-docx';
import { saveSectionDraft } from '@/lib/sections/save-section-draft';
import { setSectionStatus } from '@/lib/sections/update-section-meta';
import { compareVersions, getVersion, listConceptVersions } from '@/lib/versions/read-versions';
import { adoptConcept } from '@/lib/workflow/adopt-concept';
import { getAdoptionForm, getSubmissionForm } from '@/lib/workflow/step-forms';
import { approveConcept, requestChanges } from '@/lib/workflow/give-review-outcome';
import { reopenConcept } from '@/lib/workflow/reopen-concept';
import { shareConcept, unshareConcept } from '@/lib/workflow/share-concept';
import { submitConceptForReview } from '@/lib/workflow/submit-concept-for-review';
import { withdrawSubmission } from '@/lib/workflow/withdraw-submission';
import { readDocx, xmlText } from '../export/support';
import { buildConcept, doc, sectionOf } from '../support/concept-factories';
import { buildDistrictTeam, type DistrictTeam } from '../support/district-data-factories';
import { actorFor, auditEntriesFor, buildAdvisor, buildDistrict, buildMember } from '../support/factories';

const documentXml = (buffer: Buffer) => readDocx(buffer).part('word/document.xml');

async function conceptStatus(conceptId: string) {
  const row = await getDb().selectFrom('concepts').select(['status', 'is_shared']).where('id', '=', conceptId).executeTakeFirstOrThrow();
  return row;
}

async function versionRow(conceptId: string, number: number) {
  return getDb().selectFrom('concept_versions').selectAll().where('concept_id', '=', conceptId).where('number', '=', number).executeTakeFirstOrThrow();
}

async function versionCount(conceptId: string) {
  const rows = await getDb().selectFrom('concept_versions').select('id').where('concept_id', '=', conceptId).execute();
  return rows.length;
}

async function save(actor: Actor, conceptId: string, key: string, text: string) {
  const section = await sectionOf(conceptId, key);
  return saveSectionDraft(actor, { sectionId: section.id, baseRevision: section.head_revision, content: doc(text) });
}

async function setUp() {
  const team = await buildDistrictTeam();
  const concept = await buildConcept(team.coordinator, team.district.id, { title: 'Gewaltschutzkonzept Workflow' });
  await save(team.editor, concept.id, 'praeambel', 'Unser Leitbild in der ersten Fassung.');
  return { team, concept };
}

const adoption = {
  decidedBy: 'Kreistag',
  decidedOn: '2026-11-20',
  resolutionNumber: 'KT/2026/117',
  // Test concepts are far from complete; the Vollständigkeitsprüfung then needs a recorded reason.
  findingsReason: 'Der Kreistag hat beschlossen; die offenen Punkte werden in der ersten Fortschreibung ergänzt.',
};

describe('Beratungsablauf: teilen, einreichen, Rückmeldung, beschließen', () => {
  it('carries a concept from Entwurf to Beschlossen, freezing a Fassung at each submission and at the adoption', async () => {
    const { team, concept } = await setUp();

    // Early sharing: the advisor may read before any submission.
    await expect(getConceptOverview(team.advisor, concept.id)).rejects.toMatchObject({ code: 'not_found' });
    await shareConcept(team.coordinator, { conceptId: concept.id });
    await expect(getConceptOverview(team.advisor, concept.id)).resolves.toMatchObject({ concept: { id: concept.id } });

    const first = await submitConceptForReview(team.coordinator, { conceptId: concept.id, note: 'Bitte um Rückmeldung bis Ende des Monats.' });
    expect(first).toEqual({ status: 'submitted', versionNumber: 1 });
    // The page the coordinator lands on after submitting shows the Fassung just frozen instead of the form.
    expect(await getSubmissionForm(team.coordinator, concept.id)).toMatchObject({
      canSubmit: false,
      nextVersionNumber: 2,
      latestVersion: { number: 1, kind: 'submission', createdByName: team.coordinator.displayName },
    });
    await expect(conceptStatus(concept.id)).resolves.toEqual({ status: 'submitted', is_shared: true });

    // While submitted the district's text is read-only, with a reason that names the way out.
    await expect(save(team.editor, concept.id, 'praeambel', 'Geändert während der Beratung.')).rejects.toMatchObject({
      code: 'forbidden',
      message: expect.stringContaining('eingereicht'),
    });
    const praeambel = await sectionOf(concept.id, 'praeambel');
    await expect(setSectionStatus(team.editor, { sectionId: praeambel.id, status: 'done' })).rejects.toMatchObject({ code: 'forbidden' });

    await requestChanges(team.advisor, { conceptId: concept.id, note: 'Bitte die Beschwerdewege ergänzen.' });
    await expect(conceptStatus(concept.id)).resolves.toMatchObject({ status: 'changes_requested' });
    await save(team.editor, concept.id, 'praeambel', 'Unser Leitbild in der zweiten Fassung.');
    const second = await submitConceptForReview(team.coordinator, { conceptId: concept.id });
    expect(second.versionNumber).toBe(2);

    await approveConcept(team.advisor, { conceptId: concept.id, note: 'Fachlich befürwortet.' });
    await expect(conceptStatus(concept.id)).resolves.toMatchObject({ status: 'approved' });
    expect(await getAdoptionForm(team.coordinator, concept.id)).toMatchObject({ canAdopt: true, isWithoutApproval: false, nextVersionNumber: 3, adoption: null });
    const adopted = await adoptConcept(team.coordinator, { conceptId: concept.id, ...adoption }, { now: new Date('2026-11-27T10:00:00Z') });
    expect(adopted).toEqual({ status: 'adopted', versionNumber: 3, nextReviewOn: '2027-11-20' });
    expect(await getAdoptionForm(team.coordinator, concept.id)).toMatchObject({
      canAdopt: false,
      adoption: { number: 3, decidedBy: 'Kreistag', decidedOn: '2026-11-20', resolutionNumber: 'KT/2026/117' },
    });
    // Nothing is left to check once adopted.
    expect((await getConceptOverview(team.coordinator, concept.id)).completeness).toBeNull();

    // Beschlossen is read-only for good: text, details, further steps.
    await expect(save(team.coordinator, concept.id, 'praeambel', 'Nach dem Beschluss.')).rejects.toMatchObject({
      code: 'forbidden',
      message: expect.stringContaining('Fortschreibung'),
    });
    await expect(reopenConcept(team.coordinator, { conceptId: concept.id })).rejects.toMatchObject({ code: 'forbidden' });

    const { versions } = await listConceptVersions(team.editor, concept.id);
    expect(versions.map((v) => [v.number, v.kind, v.outcome])).toEqual([
      [3, 'adoption', null],
      [2, 'submission', 'approved'],
      [1, 'submission', 'changes_requested'],
    ]);
    expect(versions[0]).toMatchObject({ decidedBy: 'Kreistag', decidedOn: '2026-11-20', resolutionNumber: 'KT/2026/117', nextReviewOn: '2027-11-20' });
    const adoptedRow = await versionRow(concept.id, 3);
    expect(adoptedRow.open_findings).toBeGreaterThan(0);
    expect(adoptedRow.open_findings_reason).toBe(adoption.findingsReason);
    expect(versions[2]).toMatchObject({ note: 'Bitte um Rückmeldung bis Ende des Monats.', outcomeNote: 'Bitte die Beschwerdewege ergänzen.', outcomeByName: team.advisor.displayName });

    const actions = (await auditEntriesFor(concept.id)).map((e) => e.action);
    expect(actions).toEqual(
      expect.arrayContaining(['concept.share', 'concept.submit', 'review.request_changes', 'review.approve', 'concept.adopt']),
    );
  });

  it('keeps every Fassung exactly as it was frozen, however the concept changes afterwards', async () => {
    const { team, concept } = await setUp();
    await shareConcept(team.coordinator, { conceptId: concept.id });
    await submitConceptForReview(team.coordinator, { conceptId: concept.id });
    const frozen = await getVersion(team.advisor, concept.id, 1);
    const frozenRow = await versionRow(concept.id, 1);
    await requestChanges(team.advisor, { conceptId: concept.id });
    await save(team.editor, concept.id, 'praeambel', 'Ganz neuer Text nach der Rückmeldung.');
    await save(team.editor, concept.id, 'gewaltbegriff', 'Ein neuer Abschnitt.');
    const form = await getConceptOverview(team.coordinator, concept.id);
    await updateConceptDetails(team.coordinator, {
      conceptId: concept.id,
      title: 'Neuer Titel nach der Beratung',
      responsible: 'Neues Amt',
      facilityIds: [],
      shown: { title: form.concept.title, responsible: form.concept.responsible, facilityIds: [] },
    });
    const again = await getVersion(team.advisor, concept.id, 1);
    expect(again.sections).toEqual(frozen.sections);
    expect(again.version.details).toEqual(frozen.version.details);
    // Only the advisor's answer is added to a Fassung, once; text, details and annex stay as frozen.
    const row = await versionRow(concept.id, 1);
    expect({ ...row, outcome: null, outcome_note: null, outcome_by: null, outcome_at: null }).toEqual(frozenRow);
    expect(again.version.details).toMatchObject({ title: 'Gewaltschutzkonzept Workflow', responsible: 'Fachdienst Soziales' });
    const praeambel = again.sections.find((s) => s.key === 'praeambel')!;
    expect(JSON.stringify(praeambel.content)).toContain('ersten Fassung');

    // The comparison with the current text lists the changed sections first, with their word diff.
    const comparison = await compareVersions(team.advisor, concept.id, 1, 'aktuell');
    expect(comparison.changedCount).toBe(2);
    expect(comparison.sections.slice(0, 2).map((s) => s.key).sort()).toEqual(['gewaltbegriff', 'praeambel']);
    expect(comparison.sections.slice(2).every((s) => !s.isChanged)).toBe(true);
    const inserted = comparison.sections[0]!.blocks.flatMap((b) => b.segments).filter((s) => s.type === 'insert');
    expect(inserted.length).toBeGreaterThan(0);
  });

  it('refuses invalid transitions with a German reason and changes nothing', async () => {
    const { team, concept } = await setUp();
    const before = await conceptStatus(concept.id);
    await expect(adoptConcept(team.coordinator, { conceptId: concept.id, ...adoption })).rejects.toMatchObject({
      code: 'forbidden',
      message: expect.stringContaining('Befürwortung'),
    });
    await expect(withdrawSubmission(team.coordinator, { conceptId: concept.id })).rejects.toMatchObject({ code: 'forbidden' });
    await expect(reopenConcept(team.coordinator, { conceptId: concept.id })).rejects.toMatchObject({ code: 'forbidden' });
    await expect(submitConceptForReview(team.editor, { conceptId: concept.id })).rejects.toMatchObject({ code: 'forbidden' });
    await shareConcept(team.coordinator, { conceptId: concept.id });
    await expect(approveConcept(team.advisor, { conceptId: concept.id })).rejects.toMatchObject({ code: 'forbidden' });
    await expect(approveConcept(team.coordinator, { conceptId: concept.id })).rejects.toMatchObject({ code: 'forbidden' });
    await expect(submitConceptForReview(team.advisor, { conceptId: concept.id })).rejects.toMatchObject({ code: 'forbidden' });
    await expect(shareConcept(team.coordinator, { conceptId: concept.id })).rejects.toMatchObject({ code: 'invalid_input' });
    expect(await versionCount(concept.id)).toBe(0);
    await expect(conceptStatus(concept.id)).resolves.toEqual({ ...before, is_shared: true });

    await submitConceptForReview(team.coordinator, { conceptId: concept.id });
    await expect(submitConceptForReview(team.coordinator, { conceptId: concept.id })).rejects.toMatchObject({
      code: 'forbidden',
      message: 'Das Konzept ist bereits eingereicht.',
    });
    await expect(unshareConcept(team.coordinator, { conceptId: concept.id })).rejects.toMatchObject({ code: 'forbidden' });
    expect(await versionCount(concept.id)).toBe(1);

    // Withdrawing makes it an editable draft again; the Fassung stays, marked withdrawn.
    await withdrawSubmission(team.coordinator, { conceptId: concept.id });
    await save(team.editor, concept.id, 'praeambel', 'Nach dem Zurückziehen geändert.');
    const { versions } = await listConceptVersions(team.coordinator, concept.id);
    expect(versions).toEqual([expect.objectContaining({ number: 1, outcome: 'withdrawn' })]);

    // Reopening an approved concept voids the approval.
    await submitConceptForReview(team.coordinator, { conceptId: concept.id });
    await approveConcept(team.advisor, { conceptId: concept.id });
    await reopenConcept(team.coordinator, { conceptId: concept.id });
    await expect(conceptStatus(concept.id)).resolves.toMatchObject({ status: 'draft' });
    await expect(adoptConcept(team.coordinator, { conceptId: concept.id, ...adoption })).rejects.toMatchObject({ code: 'forbidden' });
  });

  it('answers not found to other districts, unassigned advisors and advisors of an unshared concept, for every step', async () => {
    const { team, concept } = await setUp();
    const unassigned = await actorFor((await buildAdvisor([(await buildDistrict()).id])).id);
    const steps = [
      (a: Actor) => shareConcept(a, { conceptId: concept.id }),
      (a: Actor) => unshareConcept(a, { conceptId: concept.id }),
      (a: Actor) => submitConceptForReview(a, { conceptId: concept.id }),
      (a: Actor) => withdrawSubmission(a, { conceptId: concept.id }),
      (a: Actor) => requestChanges(a, { conceptId: concept.id }),
      (a: Actor) => approveConcept(a, { conceptId: concept.id }),
      (a: Actor) => reopenConcept(a, { conceptId: concept.id }),
      (a: Actor) => adoptConcept(a, { conceptId: concept.id, ...adoption }),
      (a: Actor) => listConceptVersions(a, concept.id),
      (a: Actor) => getVersion(a, concept.id, 1),
      (a: Actor) => compareVersions(a, concept.id, 1, 'aktuell'),
      (a: Actor) => exportConceptDocx(a, { conceptId: concept.id, source: { kind: 'version', number: 1 }, tocPageNumbers: false }),
    ];
    for (const outsider of [team.foreignCoordinator, team.outsider, unassigned, team.advisor]) {
      for (const step of steps) await expect(step(outsider)).rejects.toMatchObject({ code: 'not_found' });
    }
    // A guessed id of no concept answers the same.
    await expect(submitConceptForReview(team.coordinator, { conceptId: '00000000-0000-4000-8000-000000000000' })).rejects.toMatchObject({ code: 'not_found' });
    expect(await versionCount(concept.id)).toBe(0);
  });

  it('a district without an advisor cannot submit, but adopts with a recorded reason', async () => {
    const district = await buildDistrict();
    const coordinator = await actorFor((await buildMember(district.id, 'coordinator')).id);
    const concept = await buildConcept(coordinator, district.id);
    await expect(submitConceptForReview(coordinator, { conceptId: concept.id })).rejects.toMatchObject({
      code: 'forbidden',
      message: expect.stringContaining('keine DeBUG-Beratung'),
    });
    await expect(adoptConcept(coordinator, { conceptId: concept.id, ...adoption })).rejects.toMatchObject({
      code: 'invalid_input',
      details: { fields: { withoutAdvisorReason: expect.stringContaining('begründen') } },
    });
    expect(await versionCount(concept.id)).toBe(0);
    const reason = 'Die Beratung war im Beschlusszeitraum nicht verfügbar; der Fachausschuss hat das Konzept geprüft.';
    await adoptConcept(coordinator, { conceptId: concept.id, ...adoption, withoutAdvisorReason: reason, nextReviewOn: '2027-06-30' });
    const { versions } = await listConceptVersions(coordinator, concept.id);
    expect(versions[0]).toMatchObject({ kind: 'adoption', withoutAdvisorReason: reason, nextReviewOn: '2027-06-30' });
  });

  it('adoption with open points of the Vollständigkeitsprüfung needs a recorded reason', async () => {
    const { team, concept } = await passApproval();
    const { findingsReason: _omitted, ...withoutReason } = adoption;
    void _omitted;
    await expect(adoptConcept(team.coordinator, { conceptId: concept.id, ...withoutReason }, { now: new Date('2026-11-27T10:00:00Z') })).rejects.toMatchObject({
      code: 'invalid_input',
      details: { fields: { findingsReason: expect.stringContaining('Vollständigkeitsprüfung') } },
    });
    await expect(conceptStatus(concept.id)).resolves.toMatchObject({ status: 'approved' });
    expect(await versionCount(concept.id)).toBe(2);
  });

  it('checks the decision’s dates and fields with German messages', async () => {
    const { team, concept } = await passApproval();
    const now = { now: new Date('2026-11-27T10:00:00Z') };
    const attempt = (overrides: Record<string, unknown>) => adoptConcept(team.coordinator, { conceptId: concept.id, ...adoption, ...overrides }, now);
    await expect(attempt({ decidedOn: '2026-12-01' })).rejects.toMatchObject({ details: { fields: { decidedOn: expect.stringContaining('Zukunft') } } });
    await expect(attempt({ decidedOn: '2026-02-30' })).rejects.toMatchObject({ details: { fields: { decidedOn: expect.stringContaining('gültiges Datum') } } });
    await expect(attempt({ decidedBy: '' })).rejects.toMatchObject({ details: { fields: { decidedBy: expect.stringContaining('Gremium') } } });
    await expect(attempt({ nextReviewOn: '2026-11-01' })).rejects.toMatchObject({ details: { fields: { nextReviewOn: expect.stringContaining('nach dem Beschluss') } } });
    expect(await versionCount(concept.id)).toBe(2);
    await expect(conceptStatus(concept.id)).resolves.toMatchObject({ status: 'approved' });
  });

  it('exports a Fassung as it was frozen; the adopted one carries the decision and no ENTWURF', async () => {
    const { team, concept } = await passApproval();
    await adoptConcept(team.coordinator, { conceptId: concept.id, ...adoption }, { now: new Date('2026-11-27T10:00:00Z') });
    const first = await exportConceptDocx(team.advisor, { conceptId: concept.id, source: { kind: 'version', number: 1 }, tocPageNumbers: false });
    const firstText = xmlText(documentXml(first.buffer));
    expect(firstText).toContain('ENTWURF');
    expect(firstText).toContain('ersten Fassung');
    expect(first.filename).toContain('_Fassung-1_Entwurf_');
    const final = await exportConceptDocx(team.editor, { conceptId: concept.id, tocPageNumbers: false });
    const finalText = xmlText(documentXml(final.buffer));
    expect(finalText).not.toContain('ENTWURF');
    // The title page words the decision as the data field {{edition.beschluss}} does, so chapter 1 says the same.
    expect(finalText).toContain('BeschlussKreistag am 20.11.2026 (Beschluss-Nr. KT/2026/117)');
    expect(finalText).toContain('zweiten Fassung');
    expect(final.filename).toContain('_Fassung-3_beschlossen_');
    await expect(exportConceptDocx(team.editor, { conceptId: concept.id, source: { kind: 'version', number: 9 } })).rejects.toMatchObject({ code: 'not_found' });
  });
});

/** A concept through one round of changes to the advisor's approval (Fassungen 1 and 2). */
async function passApproval(): Promise<{ team: DistrictTeam; concept: { id: string } }> {
  const { team, concept } = await setUp();
  await submitConceptForReview(team.coordinator, { conceptId: concept.id });
  await requestChanges(team.advisor, { conceptId: concept.id });
  await save(team.editor, concept.id, 'praeambel', 'Unser Leitbild in der zweiten Fassung.');
  await submitConceptForReview(team.coordinator, { conceptId: concept.id });
  await approveConcept(team.advisor, { conceptId: concept.id });
  return { team, concept };
}

// On real Postgres (TEST_DATABASE_URL) these run truly in parallel; on the embedded database the
// transactions run one after another, where the same invariants must hold as well.
describe('Einreichen während gespeichert wird', () => {
  it('no save lands after the Fassung is frozen: the section head is the frozen revision or the save was refused', async () => {
    const { team, concept } = await setUp();
    const section = await sectionOf(concept.id, 'praeambel');
    const saves = Array.from({ length: 6 }, (_, i) =>
      saveSectionDraft(team.editor, { sectionId: section.id, baseRevision: section.head_revision + i, content: doc(`Stand ${i}`) }).catch((e: unknown) => e),
    );
    const submission = submitConceptForReview(team.coordinator, { conceptId: concept.id });
    await Promise.all([...saves, submission]);
    const { sections } = await getVersion(team.coordinator, concept.id, 1);
    const frozen = sections.find((s) => s.key === 'praeambel')!;
    const head = await sectionOf(concept.id, 'praeambel');
    expect(head.head_revision).toBe(frozen.revisionNumber);
  });

  it('a submission racing saves of several sections neither deadlocks nor fails: every save is in the Fassung or refused as read-only', async () => {
    for (let round = 0; round < 3; round++) {
      const { team, concept } = await setUp();
      const keys = ['praeambel', 'beschwerdemanagement', 'risikoanalyse', 'personal'];
      const sections = await Promise.all(keys.map((key) => sectionOf(concept.id, key)));
      const saves = sections.flatMap((section) =>
        [0, 1].map((i) =>
          saveSectionDraft(i ? team.coordinator : team.editor, { sectionId: section.id, baseRevision: section.head_revision, content: doc(`Runde ${round}, ${i}`) }).then(
            () => 'saved',
            (e: { code?: string }) => e.code ?? String(e),
          ),
        ),
      );
      const submission = submitConceptForReview(team.coordinator, { conceptId: concept.id }).then(
        () => 'submitted',
        (e: unknown) => String(e),
      );
      const outcomes = await Promise.all([...saves, submission]);
      expect(outcomes.at(-1)).toBe('submitted');
      // A save either landed, lost against the other save of its section, or came after the submission.
      for (const outcome of outcomes.slice(0, -1)) expect(['saved', 'conflict', 'forbidden']).toContain(outcome);
      const version = await getVersion(team.coordinator, concept.id, 1);
      for (const section of sections) {
        const head = await sectionOf(concept.id, section.key);
        expect(version.sections.find((s) => s.key === section.key)!.revisionNumber).toBe(head.head_revision);
      }
    }
  });
});
