import { z } from 'zod';
import { plainText } from '../shared/schemas';

/**
 * Field schemas for district data forms. Values arrive either from a form (strings,
 * "on" for a ticked checkbox, nothing for an unticked one) or from code (numbers,
 * booleans); both parse to the same result. Also used by lib/contacts.
 */

/** Required text, trimmed, without control characters (see plainText). */
export function requiredText(max: number, missing: string, tooLong: string) {
  return plainText({ error: missing }).min(1, missing).max(max, tooLong);
}

/** Optional text, trimmed; blank becomes null. `multiline` for a textarea (keeps line breaks and tabs). */
export function optionalText(max: number, tooLong: string, options: { multiline?: boolean } = {}) {
  return z.preprocess(
    (value) => (typeof value === 'string' ? value.trim() || null : (value ?? null)),
    plainText({ multiline: options.multiline }).max(max, tooLong).nullable(),
  );
}

/** A checkbox: ticked ("on", "true", true) or not (missing, "false", false). */
export const checkbox = z.preprocess((value) => value === true || value === 'on' || value === 'true', z.boolean());

const THOUSANDS = /^\d{1,3}(\.\d{3})+$/;
const DECIMAL = /^[+-]?\d+([.,]\d+)?$/;

/** "1.200" (German thousands), "1,5" and "1.5" → numbers; blank → undefined; anything else → NaN (rejected). */
function toNumber(value: unknown, { isInteger }: { isInteger: boolean }): unknown {
  if (value === null || value === undefined) return undefined;
  if (typeof value !== 'string') return value;
  const text = value.replace(/\s/g, '');
  if (text === '') return undefined;
  if (isInteger && THOUSANDS.test(text)) return Number(text.replace(/\./g, ''));
  return DECIMAL.test(text) ? Number(text.replace(',', '.')) : Number.NaN;
}

interface CountMessages {
  missing: string;
  notNumber: string;
  max?: number;
}

function countSchema({ missing, notNumber, max = 100_000 }: CountMessages) {
  return z
    .number({ error: (issue) => (issue.input === undefined ? missing : notNumber) })
    .int(notNumber)
    .min(0, 'Bitte geben Sie eine Zahl ab 0 ein.')
    .max(max, `Bitte geben Sie höchstens ${max.toLocaleString('de-DE')} ein.`);
}

/** A whole number ≥ 0 that must be given. */
export function requiredCount(messages: CountMessages) {
  return z.preprocess((value) => toNumber(value, { isInteger: true }), countSchema(messages));
}

/** A whole number ≥ 0, or null when left blank. */
export function optionalCount(notNumber: string, max = 10_000) {
  return z.preprocess(
    (value) => toNumber(value, { isInteger: true }) ?? null,
    countSchema({ missing: notNumber, notNumber, max }).nullable(),
  );
}

/** Full-time equivalents (Vollzeitäquivalente) with at most one decimal, or null when left blank. */
export function optionalFte() {
  const notNumber = 'Bitte geben Sie eine Zahl ein, z. B. 1,5.';
  return z.preprocess(
    (value) => toNumber(value, { isInteger: false }) ?? null,
    z
      .number({ error: notNumber })
      .min(0, 'Bitte geben Sie eine Zahl ab 0 ein.')
      .max(999.9, 'Bitte geben Sie höchstens 999,9 ein.')
      .refine((v) => Math.abs(v * 10 - Math.round(v * 10)) < 1e-9, 'Bitte geben Sie höchstens eine Nachkommastelle an, z. B. 1,5.')
      .nullable(),
  );
}

/** An optional record id from a hidden form field; blank means "new". */
export function optionalId(schema: z.ZodType<string>) {
  return z.preprocess((value) => (value === '' || value === null ? undefined : value), schema.optional());
}
