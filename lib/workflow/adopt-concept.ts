import { z } from 'zod';
import type { Actor } from '../access';
import { updateConceptState } from '../concepts/queries';
import { supersedePredecessor } from './supersede';
import { AppError } from '../errors';
import { parseInput } from '../shared/action-result';
import { idSchema, plainText } from '../shared/schemas';
import { loadFindings } from '../review/check-completeness';
import { freezeVersion } from '../versions/freeze-version';
import { addMonths, berlinIsoDay } from '../shared/date-format';
import { isoDateSchema, workflowNoteSchema } from './schemas';
import { runConceptStep } from './run-concept-step';

/** Default interval until the next planned review (the Mindeststandards ask for regular Fortschreibung). */
export const DEFAULT_REVIEW_MONTHS = 12;

const optionalText = (max: number, message: string, options: { multiline?: boolean } = {}) =>
  plainText(options)
    .max(max, message)
    .optional()
    .transform((value) => (value ? value : null));

export const adoptConceptSchema = z.object({
  conceptId: idSchema,
  decidedBy: plainText({ error: 'Bitte nennen Sie das Gremium, das beschlossen hat.' })
    .min(3, 'Bitte nennen Sie das Gremium, das beschlossen hat, z. B. „Kreistag“ oder „Rat der Stadt“.')
    .max(200, 'Die Angabe darf höchstens 200 Zeichen lang sein.'),
  decidedOn: isoDateSchema('das Datum des Beschlusses'),
  resolutionNumber: optionalText(60, 'Die Beschlussnummer darf höchstens 60 Zeichen lang sein.'),
  withoutAdvisorReason: optionalText(2000, 'Die Begründung darf höchstens 2000 Zeichen lang sein.', { multiline: true }),
  findingsReason: optionalText(2000, 'Die Begründung darf höchstens 2000 Zeichen lang sein.', { multiline: true }),
  nextReviewOn: z
    .union([z.literal(''), isoDateSchema('das Datum der nächsten Überprüfung')])
    .optional()
    .transform((v) => v || null),
  note: workflowNoteSchema,
});

/**
 * Records the council's decision („Beschlossen“): freezes the adopted Fassung with body, date and
 * optional Beschluss number, sets the next planned review (default: 12 months after the decision)
 * and locks the concept for good (changes then happen in a Fortschreibung). Coordinators; after the
 * advisor's approval, or — only when no advisor is assigned to the district — from Entwurf or
 * Überarbeitung erbeten with a recorded reason; with open points in the Vollständigkeitsprüfung
 * only with a recorded reason too. Throws not_found, forbidden (role, state, missing
 * approval — with the reason), invalid_input (German per-field messages).
 */
export async function adoptConcept(actor: Actor, input: unknown, options: { now?: Date } = {}) {
  const values = parseInput(adoptConceptSchema, input);
  const today = berlinIsoDay(options.now);
  const fields: Record<string, string> = {};
  if (values.decidedOn > today) fields.decidedOn = 'Das Datum des Beschlusses darf nicht in der Zukunft liegen.';
  if (values.decidedOn < '2000-01-01') fields.decidedOn = 'Bitte prüfen Sie das Datum des Beschlusses.';
  const nextReviewOn = values.nextReviewOn ?? addMonths(values.decidedOn, DEFAULT_REVIEW_MONTHS);
  if (nextReviewOn <= values.decidedOn) fields.nextReviewOn = 'Die nächste Überprüfung muss nach dem Beschluss liegen.';
  else if (nextReviewOn > addMonths(values.decidedOn, 60)) fields.nextReviewOn = 'Die nächste Überprüfung sollte höchstens fünf Jahre nach dem Beschluss liegen.';
  if (Object.keys(fields).length > 0) throw new AppError('invalid_input', 'Bitte prüfen Sie die markierten Angaben.', { fields });

  return runConceptStep(actor, values.conceptId, 'concept.adopt', async (trx, loaded) => {
    const { concept, district } = loaded;
    const isWithoutApproval = concept.status !== 'approved';
    const reasons: Record<string, string> = {};
    if (isWithoutApproval && (values.withoutAdvisorReason ?? '').length < 20) {
      reasons.withoutAdvisorReason = 'Bitte begründen Sie in wenigen Sätzen (mindestens 20 Zeichen), warum ohne fachliche Begleitung beschlossen wird.';
    }
    // The adopted text is the current one: the Vollständigkeitsprüfung must be empty, or the reason to adopt anyway recorded.
    const { counts } = await loadFindings(trx, loaded, options.now);
    if (counts.total > 0 && (values.findingsReason ?? '').length < 20) {
      reasons.findingsReason = `Die Vollständigkeitsprüfung meldet noch ${counts.total === 1 ? 'einen offenen Punkt' : `${counts.total} offene Punkte`}. Beheben Sie sie, oder begründen Sie in wenigen Sätzen (mindestens 20 Zeichen), warum trotzdem beschlossen wurde.`;
    }
    if (Object.keys(reasons).length > 0) {
      throw new AppError('invalid_input', reasons.withoutAdvisorReason ? 'Bitte begründen Sie, warum ohne fachliche Begleitung beschlossen wird.' : 'Bitte prüfen Sie die markierten Angaben.', {
        fields: reasons,
      });
    }
    const version = await freezeVersion(trx, {
      concept,
      district,
      kind: 'adoption',
      note: values.note,
      createdBy: actor.userId,
      adoption: {
        decidedBy: values.decidedBy,
        decidedOn: values.decidedOn,
        resolutionNumber: values.resolutionNumber,
        withoutAdvisorReason: isWithoutApproval ? values.withoutAdvisorReason : null,
        nextReviewOn,
        openFindings: counts.total,
        openFindingsReason: counts.total > 0 ? values.findingsReason : null,
      },
    });
    await updateConceptState(trx, { conceptId: concept.id, status: 'adopted', nextReviewOn });
    if (concept.previous_concept_id) {
      // The edition this Fortschreibung continues is no longer in force; it stays readable and downloadable.
      await supersedePredecessor(trx, { districtId: district.id, conceptId: concept.previous_concept_id, actorUserId: actor.userId, successorTitle: concept.title });
    }
    return {
      audit: {
        to: 'adopted',
        version: version.number,
        decidedBy: values.decidedBy,
        decidedOn: values.decidedOn,
        resolutionNumber: values.resolutionNumber,
        withoutApproval: isWithoutApproval,
        nextReviewOn,
        openFindings: counts.total,
      },
      result: { status: 'adopted' as const, versionNumber: version.number, nextReviewOn },
    };
  });
}
