import { z } from 'zod';
import { CONTACT_CATEGORIES } from '../../db/schema-district-data';
import { checkbox, optionalId, optionalText, requiredText } from '../facilities/field-schemas';
import { idSchema } from '../shared/schemas';
import { berlinIsoDay } from '../shared/date-format';
import { parseCalendarDate } from './dates';

const PHONE_MESSAGE =
  'Bitte geben Sie eine gültige Telefonnummer ein, z. B. 05999 123-45 oder +49 5999 123-45 (erlaubt sind Ziffern, Leerzeichen und + / - ( )).';
const PHONE_PATTERN = /^\+?[0-9 ()/-]+$/;

/** Plausible, not proven: 3 to 20 digits ("110" … "+49 (0)5999 1234-567"), + only in front. */
export const phoneSchema = z.preprocess(
  (value) => (typeof value === 'string' ? value.trim().replace(/\s+/g, ' ') || null : (value ?? null)),
  z
    .string({ error: PHONE_MESSAGE })
    .max(40, 'Die Telefonnummer darf höchstens 40 Zeichen lang sein.')
    .regex(PHONE_PATTERN, PHONE_MESSAGE)
    .refine((phone) => {
      const digits = phone.replace(/\D/g, '').length;
      return digits >= 3 && digits <= 20;
    }, PHONE_MESSAGE)
    .nullable(),
);

const DATE_MESSAGE = 'Bitte geben Sie ein gültiges Datum ein, z. B. 25.11.2026.';

/** 'YYYY-MM-DD' (date input) or 'TT.MM.JJJJ'; blank → null; never in the future. */
export const verifiedOnSchema = z.preprocess(
  (value) => {
    if (value === null || value === undefined || (typeof value === 'string' && value.trim() === '')) return null;
    return typeof value === 'string' ? (parseCalendarDate(value.trim()) ?? 'ungültig') : value;
  },
  z
    .string({ error: DATE_MESSAGE })
    .regex(/^\d{4}-\d{2}-\d{2}$/, DATE_MESSAGE)
    .refine((date) => date <= berlinIsoDay(), 'Das Prüfdatum darf nicht in der Zukunft liegen.')
    .nullable(),
);

export const contactSchema = z.object({
  districtId: idSchema,
  id: optionalId(idSchema),
  category: z.enum(CONTACT_CATEGORIES, { error: 'Bitte wählen Sie eine Kategorie.' }),
  organisation: requiredText(
    200,
    'Bitte geben Sie die Einrichtung oder Stelle an.',
    'Die Bezeichnung darf höchstens 200 Zeichen lang sein.',
  ),
  phone: phoneSchema,
  hours: optionalText(300, 'Die Erreichbarkeit darf höchstens 300 Zeichen lang sein.'),
  languages: optionalText(300, 'Die Sprachen dürfen höchstens 300 Zeichen lang sein.'),
  address: optionalText(300, 'Die Adresse darf höchstens 300 Zeichen lang sein.'),
  note: optionalText(2000, 'Der Hinweis darf höchstens 2.000 Zeichen lang sein.', { multiline: true }),
  lastVerifiedOn: verifiedOnSchema,
  isNationwide: checkbox,
});

export type ContactInput = z.infer<typeof contactSchema>;
export type ContactValues = Omit<ContactInput, 'districtId' | 'id'>;

export const contactRefSchema = z.object({ districtId: idSchema, contactId: idSchema });
