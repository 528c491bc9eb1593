import { z } from 'zod';
import { FACILITY_TYPES } from '../../db/schema-district-data';
import { idSchema } from '../shared/schemas';
import { checkbox, optionalCount, optionalFte, optionalId, optionalText, requiredCount, requiredText } from './field-schemas';

/** Occupancy above twice the capacity is almost certainly a typo (e.g. 970 instead of 97). */
export const MAX_OCCUPANCY_FACTOR = 2;

export const facilitySchema = z
  .object({
    districtId: idSchema,
    id: optionalId(idSchema),
    name: requiredText(200, 'Bitte geben Sie den Namen der Unterkunft ein.', 'Der Name darf höchstens 200 Zeichen lang sein.'),
    address: optionalText(300, 'Die Adresse darf höchstens 300 Zeichen lang sein.'),
    type: z.enum(FACILITY_TYPES, { error: 'Bitte wählen Sie die Art der Unterkunft.' }),
    capacity: requiredCount({
      missing: 'Bitte geben Sie die Zahl der Plätze ein.',
      notNumber: 'Bitte geben Sie die Zahl der Plätze als ganze Zahl ein.',
    }),
    occupancy: requiredCount({
      missing: 'Bitte geben Sie die aktuelle Belegung ein (0, wenn die Unterkunft leer steht).',
      notNumber: 'Bitte geben Sie die Belegung als ganze Zahl ein.',
    }),
    operator: optionalText(200, 'Der Betreiber darf höchstens 200 Zeichen lang sein.'),
    fteSocialWork: optionalFte(),
    fteManagement: optionalFte(),
    fteCaretaker: optionalFte(),
    fteSecurity: optionalFte(),
    staffWomen: optionalCount('Bitte geben Sie die Zahl der Frauen im Team als ganze Zahl ein.'),
    staffMen: optionalCount('Bitte geben Sie die Zahl der Männer im Team als ganze Zahl ein.'),
    hasNightCover: checkbox,
    nightCover: optionalText(500, 'Die Beschreibung der Nachtbereitschaft darf höchstens 500 Zeichen lang sein.', { multiline: true }),
    hasLockableRooms: checkbox,
    hasSeparateSanitary: checkbox,
    hasLighting: checkbox,
    hasChildFriendlySpace: checkbox,
    hasWomensRoom: checkbox,
    isBarrierFree: checkbox,
    note: optionalText(2000, 'Die Notiz darf höchstens 2.000 Zeichen lang sein.', { multiline: true }),
  })
  .superRefine((value, ctx) => {
    if (value.occupancy > value.capacity * MAX_OCCUPANCY_FACTOR) {
      ctx.addIssue({
        code: 'custom',
        path: ['occupancy'],
        message: 'Die Belegung ist mehr als doppelt so hoch wie die Platzzahl. Bitte prüfen Sie beide Angaben.',
      });
    }
  });

export type FacilityInput = z.infer<typeof facilitySchema>;
export type FacilityValues = Omit<FacilityInput, 'districtId' | 'id'>;

export const facilityRefSchema = z.object({ districtId: idSchema, facilityId: idSchema });
