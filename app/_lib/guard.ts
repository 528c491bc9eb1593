import { forbidden, notFound } from 'next/navigation';
import { decideDistrict, type Actor, type DistrictAction } from '@/lib/access';
import { isAppError } from '@/lib/errors';

/**
 * Loads page data through a use case. Another district's data and pages the actor may not use
 * answer 404, so URLs reveal nothing. Pages of the actor's own district that need a right beyond
 * reading state it first with `requirePageRight`, which says 403 instead.
 */
export async function loadOrNotFound<T>(run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    if (isAppError(error) && (error.code === 'not_found' || error.code === 'forbidden')) notFound();
    throw error;
  }
}

/**
 * For a district page that needs a right beyond reading (Protokoll, Eckdaten, forms that change
 * data): another district, or one that does not exist, answers 404 as everywhere; inside the
 * actor's own district a missing right answers 403 „Dafür fehlt Ihnen die Berechtigung“
 * (app/(app)/forbidden.tsx), because the page plainly exists for the actor's colleagues.
 */
export function requirePageRight(actor: Actor, action: DistrictAction, districtId: string): void {
  const decision = decideDistrict(actor, action, districtId);
  if (decision === 'not_found') notFound();
  if (decision === 'forbidden') forbidden();
}

/**
 * For a page of a concept the actor can see (its data loaded through a use case) whose action the
 * actor may not take now, by role or by the concept's state: 403 with the explanation page.
 */
export function requireAllowed(isAllowed: boolean): void {
  if (!isAllowed) forbidden();
}
