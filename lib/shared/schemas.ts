import { z } from 'zod';
import { AppError } from '../errors';

export const idSchema = z.uuid({ error: 'Ungültige Kennung.' });

export const emailSchema = z
  .string({ error: 'Bitte geben Sie eine E-Mail-Adresse ein.' })
  .trim()
  .toLowerCase()
  .min(1, 'Bitte geben Sie eine E-Mail-Adresse ein.')
  .max(320, 'Die E-Mail-Adresse ist zu lang.')
  .pipe(z.email({ error: 'Bitte geben Sie eine gültige E-Mail-Adresse ein, z. B. name@kreis-musterland.de.' }));

export const displayNameSchema = z
  .string({ error: 'Bitte geben Sie einen Namen ein.' })
  .trim()
  .min(2, 'Bitte geben Sie einen Namen mit mindestens zwei Zeichen ein.')
  .max(120, 'Der Name darf höchstens 120 Zeichen lang sein.');

/** A malformed id in a URL is simply something that does not exist. */
export function parseId(value: unknown): string {
  const result = idSchema.safeParse(value);
  if (!result.success) throw new AppError('not_found');
  return result.data;
}
