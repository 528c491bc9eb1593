import { z } from 'zod';
import { idSchema, plainText } from '../shared/schemas';

/** Optional free text that travels with a step of the workflow (a note to the advisor, the advisor's summary). */
export const workflowNoteSchema = plainText({ multiline: true })
  .max(4000, 'Die Nachricht darf höchstens 4000 Zeichen lang sein.')
  .optional()
  .transform((value) => (value ? value : null));

export const conceptStepSchema = z.object({ conceptId: idSchema, note: workflowNoteSchema });

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** A calendar date as 'YYYY-MM-DD' that exists (no 31.02.). */
export const isoDateSchema = (label: string) =>
  z
    .string({ error: `Bitte geben Sie ${label} an.` })
    .trim()
    .min(1, `Bitte geben Sie ${label} an.`)
    .refine((value) => ISO_DATE.test(value) && isRealDate(value), `Bitte geben Sie ${label} als gültiges Datum an.`);

export function isRealDate(value: string): boolean {
  const [y, m, d] = value.split('-').map(Number) as [number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

