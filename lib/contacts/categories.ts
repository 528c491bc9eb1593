import type { ContactCategory } from '../../db/schema-district-data';

/**
 * German labels of the contact categories, in the order the directory lists them:
 * emergency first, then child protection, women's protection, counselling,
 * authorities, support, complaint routes, and everything else last.
 */
export const CONTACT_CATEGORY_LABELS: Record<ContactCategory, string> = {
  polizei: 'Polizei',
  notruf: 'Notruf',
  hilfetelefon: 'Bundesweites Hilfetelefon',
  leitung_unterkunft: 'Leitung der Unterkunft (auch Rufbereitschaft)',
  unterbringung: 'Unterbringungsverwaltung',
  jugendamt: 'Jugendamt (auch Bereitschaft)',
  insoweit_erfahrene_fachkraft: 'Insoweit erfahrene Fachkraft (§ 8b Abs. 1 SGB VIII, § 4 KKG)',
  kinderschutzbund: 'Kinderschutzbund',
  frauenhaus: 'Frauenhaus',
  frauenberatung: 'Frauenberatungsstelle',
  biss: 'BISS/Interventionsstelle',
  menschenhandel: 'Fachberatung Menschenhandel',
  lsbti: 'LSBTI*-Beratung',
  psychosoziales_zentrum: 'Psychosoziales Zentrum',
  sozialpsychiatrischer_dienst: 'Sozialpsychiatrischer Dienst',
  gesundheitsamt: 'Gesundheitsamt',
  auslaenderbehoerde: 'Ausländerbehörde',
  gleichstellung: 'Gleichstellungsbeauftragte',
  migrationsberatung: 'Migrationsberatung',
  sprachmittlung: 'Sprachmittlung',
  beschwerdestelle: 'Unabhängige Beschwerdestelle',
  debug: 'DeBUG 2.0 – regionale Kontaktstelle',
  sonstige: 'Sonstige',
};

/** Display order (the key order above). */
export const CONTACT_CATEGORY_ORDER = Object.keys(CONTACT_CATEGORY_LABELS) as ContactCategory[];

export function compareCategories(a: ContactCategory, b: ContactCategory): number {
  return CONTACT_CATEGORY_ORDER.indexOf(a) - CONTACT_CATEGORY_ORDER.indexOf(b);
}
