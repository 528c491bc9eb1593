import { z } from 'zod';
import { AppError } from '../errors';

export const idSchema = z.uuid({ error: 'Ungültige Kennung.' });

/**
 * Control characters (C0, DEL and C1) are invisible in a form, Postgres refuses the NUL byte
 * (error 22021) and XML, hence DOCX, refuses the C0 ones and the non-characters U+FFFE/U+FFFF.
 * Tab and line breaks are text in a multi-line field.
 */
const WITHOUT_CONTROL_CHARACTERS = /^[^\u0000-\u001f\u007f-\u009f\ufffe\uffff]*$/;
const WITHOUT_CONTROL_CHARACTERS_EXCEPT_LINE_BREAKS = /^[^\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\ufffe\uffff]*$/;
/**
 * Half of a UTF-16 surrogate pair (e.g. an emoji cut in two by a broken client). It cannot be
 * stored: UTF-8 turns it into „�“ without a word, and Postgres refuses it inside JSON (the
 * audit log), which would end the save with an unexpected error.
 */
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

export const CONTROL_CHARACTER_MESSAGE =
  'Der Text enthält ein unsichtbares Steuerzeichen, das nicht gespeichert werden kann (oft aus einem kopierten Text). Bitte geben Sie den Text neu ein.';
export const BROKEN_CHARACTER_MESSAGE =
  'Der Text enthält ein unvollständiges Schriftzeichen (z. B. ein halbes Emoji), das nicht gespeichert werden kann. Bitte geben Sie den Text neu ein.';

/**
 * The one schema for text typed into a form field: a string, trimmed, without control
 * characters or broken UTF-16. Every feature's zod schema builds its text fields on it (add
 * `.min()`, `.max()` after it). `multiline` (a textarea) keeps tabs and line breaks.
 */
export function plainText(options: { error?: string; multiline?: boolean } = {}) {
  const allowed = options.multiline ? WITHOUT_CONTROL_CHARACTERS_EXCEPT_LINE_BREAKS : WITHOUT_CONTROL_CHARACTERS;
  return z
    .string({ error: options.error ?? 'Bitte geben Sie hier Text ein.' })
    .trim()
    .regex(allowed, CONTROL_CHARACTER_MESSAGE)
    .refine((value) => !LONE_SURROGATE.test(value), BROKEN_CHARACTER_MESSAGE);
}

export const emailSchema = plainText({ error: 'Bitte geben Sie eine E-Mail-Adresse ein.' })
  .toLowerCase()
  .min(1, 'Bitte geben Sie eine E-Mail-Adresse ein.')
  .max(320, 'Die E-Mail-Adresse ist zu lang.')
  .pipe(z.email({ error: 'Bitte geben Sie eine gültige E-Mail-Adresse ein, z. B. name@kreis-musterland.de.' }));

export const displayNameSchema = plainText({ error: 'Bitte geben Sie einen Namen ein.' })
  .min(2, 'Bitte geben Sie einen Namen mit mindestens zwei Zeichen ein.')
  .max(120, 'Der Name darf höchstens 120 Zeichen lang sein.');

/** A malformed id in a URL is simply something that does not exist. */
export function parseId(value: unknown): string {
  const result = idSchema.safeParse(value);
  if (!result.success) throw new AppError('not_found');
  return result.data;
}
