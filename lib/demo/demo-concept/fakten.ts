/**
 * Facts of the fictional demo district, used consistently across all demo sections.
 * Everything here is invented: Landkreis Musterland (Niedersachsen), its facilities,
 * partner organisations and the 05999 telephone numbers (no real area code).
 * Facility details and contact numbers match the demo facility records and contact
 * directory in lib/demo/seed-district-data.ts.
 */

export const FACHDIENST = 'Fachdienst Soziales';
export const GESAMTVERANTWORTUNG = 'Fachdienstleitung Soziales, Dr. Henrike Beispiel';

export const LINDENHOF = 'Gemeinschaftsunterkunft Am Lindenhof';
export const WEBEREI = 'Gemeinschaftsunterkunft Alte Weberei';

/**
 * Fictional local numbers (area code 05999 does not exist). Where the demo contact directory
 * (lib/demo/seed-district-data.ts) lists the same organisation, the number is the same.
 */
export const TEL = {
  koordination: '05999 100-412',
  unterbringung: '05999 100-415',
  gleichstellung: '05999 100-110',
  auslaenderbehoerde: '05999 100-300',
  jugendamt: '05999 100-200',
  jugendamtBereitschaft: '05999 100-999',
  rufbereitschaftEigenbetrieb: '05999 100-777',
  polizei: '05999 300-0',
  biss: '05999 410-10',
  frauenhaus: '05999 400-40',
  beschwerdestelle: '05999 460-90',
  frauenberatung: '05999 410-20',
  iefk: '05999 120-30',
  rufbereitschaftSozialwerk: '05999 510-90',
  klinikum: '05999 600-0',
  fachdienstleitung: '05999 100-400',
} as const;

/** Erreichbarkeit der Leitung bzw. Rufbereitschaft beider Betreiber, für die Tabellen der Ablaufpläne. */
export const LEITUNG_RUFBEREITSCHAFT = `Am Lindenhof ${TEL.rufbereitschaftSozialwerk}, Alte Weberei ${TEL.rufbereitschaftEigenbetrieb}`;

export const MAIL_KOORDINATION = 'gewaltschutz@musterland.example';
/** The office of the Gewaltschutzkoordination as the district's data names it (Angaben für Texte). */
export const STELLE_KOORDINATION = 'Koordinierungsstelle Gewaltschutz im Fachdienst Soziales';
