import { addMonths, berlinIsoDay, formatDate, formatDateTime, formatIsoDate, formatMoment, formatTime, isSameBerlinDay } from '@/lib/shared/date-format';

describe('German dates and times (Berlin time, four-digit year)', () => {
  // 27 November 2026, 10:26 UTC = 11:26 in Berlin (winter time).
  const moment = '2026-11-27T10:26:00Z';

  it('formats date, time and both in the same way everywhere', () => {
    expect(formatDate(moment)).toBe('27.11.2026');
    expect(formatTime(moment)).toBe('11:26');
    expect(formatDateTime(new Date(moment))).toBe('27.11.2026, 11:26');
  });

  it('uses Berlin time, also across midnight and in summer time', () => {
    expect(formatDateTime('2026-11-27T23:30:00Z')).toBe('28.11.2026, 00:30');
    expect(formatDateTime('2026-07-01T12:00:00Z')).toBe('01.07.2026, 14:00');
    expect(isSameBerlinDay('2026-11-27T22:59:00Z', '2026-11-27T23:01:00Z')).toBe(false);
  });

  it('says "heute" only on the same Berlin day, and the full date otherwise', () => {
    expect(formatMoment(moment, '2026-11-27T20:00:00Z')).toBe('heute um 11:26');
    expect(formatMoment(moment, '2026-11-28T08:00:00Z')).toBe('am 27.11.2026 um 11:26');
    expect(formatMoment(moment, '2025-11-27T10:26:00Z')).toBe('am 27.11.2026 um 11:26');
  });

  it('shows a stored calendar day as TT.MM.JJJJ and leaves hand-written text as it is', () => {
    expect(formatIsoDate('2027-03-12')).toBe('12.03.2027');
    expect(formatIsoDate(' 2027-03-12 ')).toBe('12.03.2027');
    expect(formatIsoDate('Frühjahr 2027')).toBe('Frühjahr 2027');
  });

  it("gives the Berlin calendar day as YYYY-MM-DD, also just after midnight in Berlin", () => {
    expect(berlinIsoDay('2026-11-27T22:59:00Z')).toBe('2026-11-27');
    expect(berlinIsoDay('2026-11-27T23:01:00Z')).toBe('2026-11-28');
    expect(berlinIsoDay(new Date('2026-06-30T22:30:00Z'))).toBe('2026-07-01');
  });

  it('moves a calendar day by months, the 31st becoming the last day of a shorter month, in both directions', () => {
    expect(addMonths('2026-11-20', 12)).toBe('2027-11-20');
    expect(addMonths('2027-01-31', 1)).toBe('2027-02-28');
    expect(addMonths('2028-03-31', -1)).toBe('2028-02-29');
    expect(addMonths('2027-01-15', -2)).toBe('2026-11-15');
  });
});
