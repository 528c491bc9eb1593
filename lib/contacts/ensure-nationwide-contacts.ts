import type { Db } from '../../db/client';
import type { ContactCategory } from '../../db/schema-district-data';
import { RUFNUMMERN, type Rufnummer } from '../../templates/gewaltschutz-gu/nummern';
import { insertAuditEntry } from '../audit/queries';
import { hasNationwideContact, insertNationwideContacts } from './queries';
import type { ContactValues } from './schemas';

type NummerKey = keyof typeof RUFNUMMERN;

/** A new number in nummern.ts fails to compile here until it has a category. */
const CATEGORY_OF: Record<NummerKey, ContactCategory> = {
  polizei: 'polizei',
  notruf: 'notruf',
  hilfetelefonFrauen: 'hilfetelefon',
  hilfetelefonMissbrauch: 'hilfetelefon',
  hilfetelefonMaenner: 'hilfetelefon',
  nummerGegenKummer: 'hilfetelefon',
  telefonSeelsorge: 'hilfetelefon',
};

/**
 * The nationwide numbers as contact values. Every number carries the date it was last
 * verified in the maintained template data (not the day it was copied), so all of them
 * are treated alike: current while that check is recent, flagged once it is not.
 */
export function nationwideContactValues(): Array<ContactValues & { key: NummerKey }> {
  return (Object.entries(RUFNUMMERN) as Array<[NummerKey, Rufnummer]>).map(([key, nummer]) => ({
    key,
    category: CATEGORY_OF[key],
    organisation: nummer.label,
    phone: nummer.nummer,
    hours: nummer.erreichbarkeit,
    languages: null,
    address: null,
    note: [nummer.hinweis, nummer.zeitenPruefen ? 'Sprechzeiten bitte an der offiziellen Quelle prüfen.' : null].filter(Boolean).join('; ') || null,
    lastVerifiedOn: nummer.geprueftAm,
    isNationwide: true,
  }));
}

/**
 * Prefills the nationwide numbers when the district has no nationwide contact
 * yet (first view of the directory, demo seed). Idempotent and race-safe:
 * concurrent calls insert each number once (unique key per district). Numbers
 * the coordination deleted stay deleted as long as any nationwide entry remains.
 * No permission check: callers authorise (getContactDirectory, getSectionForEditing) or are trusted (seed).
 * Pass a transaction or the root handle. Returns how many numbers were added.
 */
export async function ensureNationwideContacts(db: Db, districtId: string): Promise<number> {
  if (await hasNationwideContact(db, { districtId })) return 0;
  const run = async (trx: Db) => {
    const ids = await insertNationwideContacts(trx, { districtId, contacts: nationwideContactValues() });
    if (ids.length > 0) {
      await insertAuditEntry(trx, {
        actorUserId: null,
        districtId,
        action: 'contact.prefill_nationwide',
        objectType: 'contact',
        objectId: null,
        details: { count: ids.length },
      });
    }
    return ids.length;
  };
  return db.isTransaction ? run(db) : db.transaction().execute(run);
}
