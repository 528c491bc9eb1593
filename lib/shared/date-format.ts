/**
 * German dates and times as the app shows them everywhere: always in Berlin time (the
 * server may run in UTC, a browser abroad in another zone) and always with a four-digit
 * year, so "27.11.2026" never appears as "27.11.26" in one place and in full in another.
 * Browser-safe and server-safe (Intl only), for pages, client components and lib alike.
 */
const TIME_ZONE = 'Europe/Berlin';

const dateFormat = new Intl.DateTimeFormat('de-DE', { day: '2-digit', month: '2-digit', year: 'numeric', timeZone: TIME_ZONE });
const timeFormat = new Intl.DateTimeFormat('de-DE', { hour: '2-digit', minute: '2-digit', timeZone: TIME_ZONE });

type DateInput = Date | string | number;

const toDate = (value: DateInput) => (value instanceof Date ? value : new Date(value));

/** 27.11.2026 */
export function formatDate(value: DateInput): string {
  return dateFormat.format(toDate(value));
}

/** 14:03 */
export function formatTime(value: DateInput): string {
  return timeFormat.format(toDate(value));
}

/** 27.11.2026, 14:03 (lists and tables) */
export function formatDateTime(value: DateInput): string {
  return `${formatDate(value)}, ${formatTime(value)}`;
}

/** True if both moments fall on the same calendar day in Berlin. */
export function isSameBerlinDay(a: DateInput, b: DateInput): boolean {
  return formatDate(a) === formatDate(b);
}

/**
 * A moment in running text, as short as it can be without being ambiguous:
 * "heute um 14:03" on the same day, otherwise "am 27.11.2026 um 14:03".
 * `now` is passed in by callers that render on the server and in the browser alike.
 */
export function formatMoment(value: DateInput, now: DateInput = new Date()): string {
  return isSameBerlinDay(value, now) ? `heute um ${formatTime(value)}` : `am ${formatDate(value)} um ${formatTime(value)}`;
}
