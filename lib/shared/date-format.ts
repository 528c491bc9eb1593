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

/**
 * A stored calendar day ('2027-03-12', no time, no zone) as 12.03.2027. Any other text is
 * returned as given (trimmed), so a hand-written date never turns into "undefined.…".
 */
export function formatIsoDate(isoDay: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDay.trim());
  return match ? `${match[3]}.${match[2]}.${match[1]}` : isoDay.trim();
}

const isoDayFormat = new Intl.DateTimeFormat('sv-SE', { timeZone: TIME_ZONE });

/** The Berlin calendar day of a moment as 'YYYY-MM-DD' (today by default), whatever the server's time zone. */
export function berlinIsoDay(value: DateInput = new Date()): string {
  return isoDayFormat.format(toDate(value));
}

/** The same calendar day `months` later ('YYYY-MM-DD'); the 31st becomes the month's last day. */
export function addMonths(isoDate: string, months: number): string {
  const [y, m, d] = isoDate.split('-').map(Number) as [number, number, number];
  const target = new Date(Date.UTC(y, m - 1 + months, 1));
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(d, lastDay));
  return target.toISOString().slice(0, 10);
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

const offsetFormat = new Intl.DateTimeFormat('en-US', { timeZone: TIME_ZONE, timeZoneName: 'shortOffset' });

/**
 * The first moment after the Berlin calendar day `isoDay` (YYYY-MM-DD), e.g. for "saved on or
 * before 27.11.2026". Undefined for a string that is no real day.
 */
export function endOfBerlinDay(isoDay: string): Date | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDay);
  if (!match) return undefined;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const nextDay = new Date(Date.UTC(year, month - 1, day + 1));
  if (new Date(Date.UTC(year, month - 1, day)).getUTCDate() !== day) return undefined;
  // Berlin's offset at that midnight (+1 in winter, +2 in summer).
  const name = offsetFormat.formatToParts(nextDay).find((p) => p.type === 'timeZoneName')?.value ?? 'GMT+1';
  const hours = Number(/GMT([+-]\d+)/.exec(name)?.[1] ?? '1');
  return new Date(nextDay.getTime() - hours * 3_600_000);
}
