'use server';

import { revalidatePath } from 'next/cache';
import { requireActor } from '@/app/_lib/session';
import { toActionResult, type ActionResult } from '@/lib/shared/action-result';
import { adoptConcept } from '@/lib/workflow/adopt-concept';
import { approveConcept, requestChanges } from '@/lib/workflow/give-review-outcome';
import { reopenConcept } from '@/lib/workflow/reopen-concept';
import { shareConcept, unshareConcept } from '@/lib/workflow/share-concept';
import { submitConceptForReview } from '@/lib/workflow/submit-concept-for-review';
import { withdrawSubmission } from '@/lib/workflow/withdraw-submission';
import { startFortschreibung } from '@/lib/workflow/start-fortschreibung';
import { redirect } from 'next/navigation';
import type { Actor } from '@/lib/access';
import { formToObject } from '../../../_lib/form-data';

type Step = (actor: Actor, input: unknown) => Promise<Record<string, unknown>>;

/** One workflow step from a form: the use case checks role, sharing and state itself. */
async function runStep(step: Step, formData: FormData): Promise<ActionResult<Record<string, unknown>>> {
  const input = formToObject(formData);
  const result = await toActionResult(async () => step(await requireActor(), input));
  if (result.ok && typeof input.conceptId === 'string') revalidatePath(`/concepts/${input.conceptId}`, 'layout');
  return result;
}

type FormState = ActionResult<Record<string, unknown>> | null;

export async function shareConceptAction(_state: FormState, formData: FormData) {
  return runStep(shareConcept, formData);
}
export async function unshareConceptAction(_state: FormState, formData: FormData) {
  return runStep(unshareConcept, formData);
}
export async function submitConceptAction(_state: FormState, formData: FormData) {
  return runStep(submitConceptForReview, formData);
}
export async function withdrawSubmissionAction(_state: FormState, formData: FormData) {
  return runStep(withdrawSubmission, formData);
}
export async function requestChangesAction(_state: FormState, formData: FormData) {
  return runStep(requestChanges, formData);
}
export async function approveConceptAction(_state: FormState, formData: FormData) {
  return runStep(approveConcept, formData);
}
export async function reopenConceptAction(_state: FormState, formData: FormData) {
  return runStep(reopenConcept, formData);
}
export async function adoptConceptAction(_state: FormState, formData: FormData) {
  return runStep((actor, input) => adoptConcept(actor, input), formData);
}

export async function startFortschreibungAction(_state: FormState, formData: FormData) {
  const result = await runStep(startFortschreibung, formData);
  // The new edition is where the work continues.
  if (result.ok && typeof result.data.conceptId === 'string') redirect(`/concepts/${result.data.conceptId}`);
  return result;
}
