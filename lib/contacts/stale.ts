import { berlinIsoDay } from '../shared/date-format';
import { monthsBefore } from './dates';

/** Contact details older than this must be checked again: numbers and hours change, services close. */
export const VERIFY_AFTER_MONTHS = 12;

/**
 * True when a contact needs checking: never verified, or last verified more than
 * twelve months before `today` (exactly twelve months ago still counts as current).
 */
export function isContactStale(contact: { lastVerifiedOn: string | null }, today: Date | string = new Date()): boolean {
  if (!contact.lastVerifiedOn) return true;
  const todayDate = typeof today === 'string' ? today : berlinIsoDay(today);
  return contact.lastVerifiedOn < monthsBefore(todayDate, VERIFY_AFTER_MONTHS);
}
