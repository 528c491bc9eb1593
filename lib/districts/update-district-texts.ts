import { z } from 'zod';
import { getDb } from '../../db/client';
import type { CoordinationRecord, DistrictFormsRecord } from '../../db/types';
import { assertCan, type Actor } from '../access';
import { insertAuditEntry } from '../audit/queries';
import { AppError } from '../errors';
import { parseInput } from '../shared/action-result';
import { idSchema, plainText } from '../shared/schemas';
import { GRAMMATICAL_GENDERS, districtForms } from './grammar';
import { findDistrict, findDistrictForUpdate, updateDistrictTextData } from './queries';

/** A case form must start with one of its articles, so „Landkreis Musterland“ alone is caught here, not in the council's paper. */
const caseForm = (label: string, articles: readonly string[]) =>
  plainText()
    .max(160, `${label}: höchstens 160 Zeichen.`)
    .refine((v) => v === '' || articles.some((a) => v.startsWith(`${a} `)), {
      message: `${label} beginnt mit dem Artikel (${articles.map((a) => `„${a} …“`).join(' oder ')}).`,
    });

export const updateDistrictTextsSchema = z.object({
  districtId: idSchema,
  /** Empty: as derived from name and kind. */
  gender: z.union([z.enum(GRAMMATICAL_GENDERS), z.literal('')], { error: 'Bitte wählen Sie das grammatische Geschlecht.' }).default(''),
  nom: caseForm('Der Nominativ (wer?)', ['der', 'die', 'das']).default(''),
  gen: caseForm('Der Genitiv (wessen?)', ['des', 'der']).default(''),
  dat: caseForm('Der Dativ (wem?)', ['dem', 'der']).default(''),
  akk: caseForm('Der Akkusativ (wen?)', ['den', 'die', 'das']).default(''),
  coordinationUnit: plainText().max(200, 'Die Stelle darf höchstens 200 Zeichen lang sein.').default(''),
  coordinationPhone: plainText()
    .max(40, 'Die Telefonnummer darf höchstens 40 Zeichen lang sein.')
    .regex(/^[0-9+()/ \-–]*$/, 'Bitte geben Sie nur die Telefonnummer ein (Ziffern, Leerzeichen, +, /, -).')
    .default(''),
  coordinationEmail: z
    .union([z.literal(''), z.email({ error: 'Bitte geben Sie eine gültige E-Mail-Adresse ein, z. B. gewaltschutz@kreis-musterland.de.' })])
    .default(''),
});

export interface DistrictTexts {
  /** The forms in use now (own or derived) and whether the district set its own. */
  forms: DistrictFormsRecord;
  hasOwnForms: boolean;
  /** The derived forms, shown as the suggestion next to the fields. */
  derived: DistrictFormsRecord;
  coordination: CoordinationRecord;
}

const orNull = (value: string) => (value === '' ? null : value);

/** jsonb does not keep key order: compare flat records key by key. */
function sameRecord(a: Record<string, unknown> | null | undefined, b: Record<string, unknown> | null): boolean {
  if (!a || !b) return (a ?? null) === b;
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  return [...keys].every((key) => (a[key] ?? null) === (b[key] ?? null));
}

/**
 * Sets the district's grammatical forms (how texts say „des Landkreises …“; empty fields fall back
 * to the forms derived from name and kind) and the office, phone and e-mail of its
 * Gewaltschutzkoordination. Coordinators of the district (district.data.edit); administrators
 * manage districts but not their texts, so they get not_found like any outsider.
 * Nothing changed: nothing stored or logged. Throws not_found (another district), forbidden
 * (editors, advisors), invalid_input (a form without its article, a bad phone number or e-mail).
 */
export async function updateDistrictTexts(actor: Actor, input: unknown): Promise<{ changed: boolean }> {
  const values = parseInput(updateDistrictTextsSchema, input);
  assertCan(actor, 'district.data.edit', values);
  const ownForms: Partial<DistrictFormsRecord> = {
    ...(values.gender ? { gender: values.gender } : {}),
    ...(values.nom ? { nom: values.nom } : {}),
    ...(values.gen ? { gen: values.gen } : {}),
    ...(values.dat ? { dat: values.dat } : {}),
    ...(values.akk ? { akk: values.akk } : {}),
  };
  const forms = Object.keys(ownForms).length > 0 ? ownForms : null;
  const coordination: CoordinationRecord | null =
    values.coordinationUnit || values.coordinationPhone || values.coordinationEmail
      ? { unit: orNull(values.coordinationUnit), phone: orNull(values.coordinationPhone), email: orNull(values.coordinationEmail) }
      : null;
  return getDb()
    .transaction()
    .execute(async (trx) => {
      const district = await findDistrictForUpdate(trx, values);
      if (!district) throw new AppError('not_found');
      const isChanged = !sameRecord(district.forms, forms) || !sameRecord(district.coordination as Record<string, unknown> | null, coordination as Record<string, unknown> | null);
      if (!isChanged) return { changed: false };
      await updateDistrictTextData(trx, { districtId: district.id, forms, coordination });
      await insertAuditEntry(trx, {
        actorUserId: actor.userId,
        districtId: district.id,
        action: 'district.texts_update',
        objectType: 'district',
        objectId: district.id,
        details: { name: district.name, forms: districtForms({ ...district, forms }), coordination },
      });
      return { changed: true };
    });
}

/** The text data of a district for its form. Coordinators; others as updateDistrictTexts. */
export async function getDistrictTexts(actor: Actor, rawDistrictId: unknown): Promise<DistrictTexts & { name: string; kind: string }> {
  const districtId = idSchema.safeParse(rawDistrictId);
  if (!districtId.success) throw new AppError('not_found');
  assertCan(actor, 'district.data.edit', { districtId: districtId.data });
  const district = await findDistrict(getDb(), { districtId: districtId.data });
  if (!district) throw new AppError('not_found');
  return {
    name: district.name,
    kind: district.kind,
    forms: districtForms(district),
    hasOwnForms: district.forms !== null,
    derived: districtForms({ name: district.name, kind: district.kind }),
    coordination: { unit: district.coordination?.unit ?? null, phone: district.coordination?.phone ?? null, email: district.coordination?.email ?? null },
  };
}
