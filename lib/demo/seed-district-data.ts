import type { Db } from '../../db/client';
import { insertAuditEntry } from '../audit/queries';
import { berlinIsoDay } from '../shared/date-format';
import { monthsBefore } from '../contacts/dates';
import { ensureNationwideContacts } from '../contacts/ensure-nationwide-contacts';
import { insertContact, listDistrictContacts } from '../contacts/queries';
import type { ContactValues } from '../contacts/schemas';
import { findDistrict, updateDistrictTextData } from '../districts/queries';
import { insertFacility, listDistrictFacilities } from '../facilities/queries';
import { MAIL_KOORDINATION, STELLE_KOORDINATION, TEL } from './demo-concept/fakten';
import type { FacilityValues } from '../facilities/schemas';

/**
 * Facilities and a filled contact directory for the fictional „Landkreis
 * Musterland“: the nationwide numbers plus local contacts with fictional numbers
 * (05999 …) and a mix of verification dates, some older than twelve months so
 * the „bitte prüfen“ flag shows. Idempotent: facilities and local contacts are
 * only added while the district has none. Pass the seed's transaction.
 */
export async function seedDemoDistrictData(db: Db, { districtId, userId }: { districtId: string; userId: string }) {
  const facilities: FacilityValues[] = (await listDistrictFacilities(db, { districtId })).length === 0 ? DEMO_FACILITIES : [];
  for (const values of facilities) await insertFacility(db, { districtId, userId, values });

  // How the Gewaltschutzkoordination is reached, for the texts' coordination.* fields (kept if already set).
  const district = await findDistrict(db, { districtId });
  if (district && !district.coordination) {
    await updateDistrictTextData(db, {
      districtId,
      forms: district.forms,
      coordination: { unit: STELLE_KOORDINATION, phone: TEL.koordination, email: MAIL_KOORDINATION },
    });
  }

  const nationwide = await ensureNationwideContacts(db, districtId);
  const hasLocal = (await listDistrictContacts(db, { districtId })).some((c) => !c.isNationwide);
  const today = berlinIsoDay();
  const locals = hasLocal ? [] : demoLocalContacts((months) => (months === null ? null : monthsBefore(today, months)));
  for (const values of locals) await insertContact(db, { districtId, userId, values });

  if (facilities.length + locals.length > 0) {
    await insertAuditEntry(db, {
      actorUserId: userId,
      districtId,
      action: 'district_data.seed_demo',
      objectType: 'district',
      objectId: districtId,
      details: { facilities: facilities.length, contacts: locals.length },
    });
  }
  return { facilities: facilities.length, nationwideContacts: nationwide, localContacts: locals.length };
}

const FEATURES_NONE = {
  hasLockableRooms: false,
  hasSeparateSanitary: false,
  hasLighting: false,
  hasChildFriendlySpace: false,
  hasWomensRoom: false,
  isBarrierFree: false,
};

export const DEMO_FACILITIES: FacilityValues[] = [
  {
    name: 'Gemeinschaftsunterkunft Am Lindenhof',
    address: 'Lindenhofweg 12, Musterstadt',
    type: 'Gemeinschaftsunterkunft',
    capacity: 120,
    occupancy: 97,
    operator: 'Sozialwerk Musterland gGmbH',
    fteSocialWork: 2.5,
    fteManagement: 1,
    fteCaretaker: 1,
    fteSecurity: 5.5,
    staffWomen: 6,
    staffMen: 5,
    hasNightCover: true,
    nightCover: 'Sicherheitsdienst rund um die Uhr, nachts (22–6 Uhr) mit zwei Kräften; Rufbereitschaft der Leitung',
    ...FEATURES_NONE,
    hasLockableRooms: true,
    hasSeparateSanitary: true,
    hasLighting: true,
    hasChildFriendlySpace: true,
    hasWomensRoom: true,
    note: 'Barrierefrei ist bisher nur das Erdgeschoss von Haus A; der Umbau des Zugangs zu Haus B ist beantragt.',
  },
  {
    name: 'Gemeinschaftsunterkunft Alte Weberei',
    address: 'Webereistraße 3, Beispieldorf',
    type: 'Gemeinschaftsunterkunft',
    capacity: 80,
    occupancy: 64,
    operator: 'Landkreis Musterland (Eigenbetrieb)',
    fteSocialWork: 1.5,
    fteManagement: 0.5,
    fteCaretaker: 1,
    fteSecurity: 2,
    staffWomen: 2,
    staffMen: 4,
    hasNightCover: true,
    nightCover: 'Sicherheitsdienst 20–6 Uhr; am Wochenende Rufbereitschaft des Eigenbetriebs',
    ...FEATURES_NONE,
    hasLockableRooms: true,
    hasChildFriendlySpace: true,
    isBarrierFree: true,
    note: 'Sanitärbereiche im 1. OG werden noch gemeinsam genutzt; die Trennung und die Außenbeleuchtung am Parkplatz sind geplant.',
  },
];

/** Local contacts with fictional numbers; `verified(months)` turns "months ago" (or null: never) into a date. */
export function demoLocalContacts(verified: (monthsAgo: number | null) => string | null): ContactValues[] {
  const contact = (
    category: ContactValues['category'],
    organisation: string,
    phone: string,
    monthsAgo: number | null,
    more: Partial<ContactValues> = {},
  ): ContactValues => ({
    category,
    organisation,
    phone,
    hours: null,
    languages: null,
    address: null,
    note: null,
    lastVerifiedOn: verified(monthsAgo),
    isNationwide: false,
    ...more,
  });
  return [
    // The first rows of most Ablaufpläne: who runs each accommodation (and answers outside office hours), and the
    // district's own accommodation administration.
    contact('leitung_unterkunft', 'Leitung Am Lindenhof (Sozialwerk Musterland gGmbH)', TEL.rufbereitschaftSozialwerk, 1, {
      hours: 'rund um die Uhr: werktags 8–16 Uhr die Leitung, sonst die Rufbereitschaft',
    }),
    contact('leitung_unterkunft', 'Leitung Alte Weberei (Eigenbetrieb)', TEL.rufbereitschaftEigenbetrieb, 1, {
      hours: 'rund um die Uhr: werktags 8–16 Uhr die Leitung, sonst die Rufbereitschaft des Eigenbetriebs',
    }),
    contact('unterbringung', 'Fachdienst Soziales, Sachgebiet Unterbringung', TEL.unterbringung, 1, { hours: 'Mo–Fr 8–16 Uhr' }),
    contact('polizei', 'Polizeiinspektion Musterstadt', '05999 300-0', 2, {
      hours: 'rund um die Uhr',
      address: 'Wachstraße 1, Musterstadt',
      note: 'Ansprechperson für Gewaltschutz in Unterkünften über die Zentrale erfragen.',
    }),
    contact('jugendamt', 'Jugendamt Landkreis Musterland – Allgemeiner Sozialer Dienst', '05999 100-200', 3, {
      hours: 'Mo–Fr 8–16 Uhr',
      address: 'Kreishaus, Am Markt 5, Musterstadt',
    }),
    contact('jugendamt', 'Jugendamt Landkreis Musterland – Rufbereitschaft', '05999 100-999', 3, {
      hours: 'außerhalb der Dienstzeiten, über die Kreisleitstelle',
    }),
    contact('insoweit_erfahrene_fachkraft', 'Erziehungsberatungsstelle Musterstadt (insoweit erfahrene Fachkraft)', '05999 120-30', null, {
      hours: 'Mo–Do 9–15 Uhr, Terminvereinbarung',
    }),
    contact('kinderschutzbund', 'Kinderschutzbund Kreisverband Musterland e. V.', '05999 130-40', 7),
    contact('frauenhaus', 'Frauenhaus Musterland', '05999 400-40', 1, {
      hours: 'rund um die Uhr',
      languages: 'Deutsch, Englisch; weitere Sprachen mit Sprachmittlung',
      address: 'Die Adresse wird nicht veröffentlicht.',
    }),
    contact('frauenberatung', 'Frauen- und Mädchenberatungsstelle Musterstadt', '05999 410-20', 14, {
      hours: 'Mo, Mi, Fr 9–13 Uhr',
      languages: 'Deutsch, Englisch, Arabisch',
    }),
    contact('biss', 'BISS Musterland – Beratungs- und Interventionsstelle bei häuslicher Gewalt', '05999 410-10', 26, {
      hours: 'Mo–Fr 9–15 Uhr',
      note: 'Erhält nach Polizeieinsätzen bei häuslicher Gewalt die Meldung und meldet sich bei den Betroffenen.',
    }),
    contact('menschenhandel', 'Fachberatung gegen Menschenhandel Nord-Musterland', '05999 420-50', 15),
    contact('lsbti', 'Queeres Netzwerk Musterland – Beratung für LSBTI*-Geflüchtete', '05999 430-60', 5, {
      languages: 'Deutsch, Englisch, Farsi',
    }),
    contact('psychosoziales_zentrum', 'Psychosoziales Zentrum für Geflüchtete Musterland', '05999 440-70', 4, {
      languages: 'Arabisch, Dari, Farsi, Kurmanci, Tigrinya (mit Sprachmittlung)',
    }),
    contact('sozialpsychiatrischer_dienst', 'Sozialpsychiatrischer Dienst im Gesundheitsamt Landkreis Musterland', '05999 100-500', 13, {
      hours: 'Mo–Fr 8–16 Uhr; in Krisen außerhalb der Dienstzeiten über den Notruf 112',
    }),
    contact('auslaenderbehoerde', 'Ausländerbehörde Landkreis Musterland', '05999 100-300', 6, { hours: 'Di und Do 8–12 Uhr' }),
    contact('gleichstellung', 'Gleichstellungsbeauftragte des Landkreises Musterland', '05999 100-110', 8),
    contact('sprachmittlung', 'Sprachmittlungspool Musterland', '05999 450-80', 2, {
      hours: 'Anfragen Mo–Fr 8–18 Uhr, Video-Dolmetschen auch kurzfristig',
      languages: 'Arabisch, Dari, Farsi, Kurmanci, Paschtu, Russisch, Tigrinya, Türkisch, Ukrainisch',
    }),
    contact('beschwerdestelle', 'Unabhängige Beschwerdestelle für Unterkünfte im Landkreis Musterland', '05999 460-90', 20, {
      hours: 'Di 14–18 Uhr, Do 9–13 Uhr; monatliche Sprechstunde in beiden Unterkünften',
      note: 'Vertraulich und auf Wunsch anonym; nicht an Betreiber oder Sozialamt weisungsgebunden.',
    }),
    contact('debug', 'Regionale Kontaktstelle DeBUG 2.0 Musterland (fiktiv)', '05999 470-00', 1, {
      note: 'Kostenfreie Beratung zum Gewaltschutzkonzept.',
    }),
  ];
}
