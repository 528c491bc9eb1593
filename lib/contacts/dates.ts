/** Calendar dates as 'YYYY-MM-DD' strings: a verification date has no time of day and no time zone. */
import { addMonths } from '../shared/date-format';

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const GERMAN_DATE = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/;

/** '2026-11-25' or '25.11.2026' → '2026-11-25'; undefined for anything that is not a real date. */
export function parseCalendarDate(text: string): string | undefined {
  const iso = ISO_DATE.exec(text);
  const german = GERMAN_DATE.exec(text);
  const [year, month, day] = iso
    ? [Number(iso[1]), Number(iso[2]), Number(iso[3])]
    : german
      ? [Number(german[3]), Number(german[2]), Number(german[1])]
      : [NaN, NaN, NaN];
  const date = new Date(Date.UTC(year, month - 1, day));
  if (Number.isNaN(date.getTime()) || year < 1900 || date.getUTCDate() !== day || date.getUTCMonth() !== month - 1) return undefined;
  return date.toISOString().slice(0, 10);
}

/** The same calendar day `months` earlier; the 31st becomes the last day of a shorter month. */
export function monthsBefore(isoDate: string, months: number): string {
  return addMonths(isoDate, -months);
}
