/**
 * Rechtsgrundlagen und Normen der Vorlage „Gewaltschutzkonzept für Gemeinschaftsunterkünfte“.
 * verify: true heißt: Fundstelle oder Nummerierung vor Veröffentlichung prüfen
 * (u. a. Anpassung des AsylG an das Gemeinsame Europäische Asylsystem, GEAS).
 * Zeitlich begrenzte Normen tragen validFrom/validUntil, damit die App automatisch
 * die jeweils geltende Fassung zitiert.
 */
import type { LegalReferenceInput } from '../../lib/templates/schema';

export const legalReferences = [
  {
    key: 'asylg-44-2a',
    label: '§ 44 Abs. 2a AsylG',
    title: 'Asylgesetz – geeignete Maßnahmen zum Schutz von Frauen und schutzbedürftigen Personen in Aufnahmeeinrichtungen',
    note: 'Verpflichtet die Länder; Maßstab auch für kommunale Konzepte. Nummerierung nach der GEAS-Anpassung prüfen.',
    verify: true,
  },
  {
    key: 'asylg-53-3',
    label: '§ 53 Abs. 3 AsylG',
    title: 'Asylgesetz – Schutz von Frauen und schutzbedürftigen Personen in Gemeinschaftsunterkünften',
    note: 'Unmittelbarer Anknüpfungspunkt für kommunale Gewaltschutzkonzepte. Nummerierung nach der GEAS-Anpassung prüfen.',
    verify: true,
  },
  {
    key: 'eu-aufnahme-rl-2013',
    label: 'Art. 18, 21, 22 RL 2013/33/EU',
    title: 'Richtlinie 2013/33/EU (Aufnahmerichtlinie) – Gewaltprävention in der Unterbringung, schutzbedürftige Personen, Ermittlung besonderer Bedürfnisse',
    note: 'Art. 18: Vorbeugung geschlechtsbezogener Gewalt in Unterbringungszentren; Art. 21: Liste schutzbedürftiger Personen; Art. 22: Beurteilung besonderer Bedürfnisse. Abgelöst durch die Richtlinie (EU) 2024/1346.',
    verify: false,
    validUntil: '2026-06-11',
  },
  {
    key: 'eu-aufnahme-rl-2024',
    label: 'RL (EU) 2024/1346',
    title: 'Richtlinie (EU) 2024/1346 (Neufassung der Aufnahmerichtlinie) – Aufnahmebedingungen, Gewaltschutz, besondere Bedürfnisse bei der Aufnahme',
    note: 'Gilt ab 12.06.2026 anstelle der Richtlinie 2013/33/EU. Artikel zu Gewaltschutz in der Unterbringung, schutzbedürftigen Personen und der Ermittlung besonderer Bedürfnisse vor Verwendung prüfen.',
    verify: true,
    validFrom: '2026-06-12',
  },
  {
    key: 'istanbul-konvention',
    label: 'Istanbul-Konvention',
    title: 'Übereinkommen des Europarats zur Verhütung und Bekämpfung von Gewalt gegen Frauen und häuslicher Gewalt',
    note: 'In Deutschland seit 01.02.2018 in Kraft. Die Begriffsbestimmungen (Art. 3) eignen sich als Grundlage für den Gewaltbegriff des Konzepts.',
    verify: false,
    validFrom: '2018-02-01',
  },
  {
    key: 'un-krk',
    label: 'Art. 3, 19 UN-KRK',
    title: 'Übereinkommen der Vereinten Nationen über die Rechte des Kindes',
    note: 'Art. 3: Vorrang des Kindeswohls bei allen Maßnahmen; Art. 19: Schutz vor jeder Form von Gewalt, Misshandlung und Vernachlässigung.',
    verify: false,
  },
  {
    key: 'un-brk',
    label: 'Art. 9, 16 UN-BRK',
    title: 'Übereinkommen der Vereinten Nationen über die Rechte von Menschen mit Behinderungen',
    note: 'Art. 9: Zugänglichkeit; Art. 16: Freiheit von Ausbeutung, Gewalt und Missbrauch.',
    verify: false,
  },
  {
    key: 'gewschg',
    label: 'GewSchG',
    title: 'Gewaltschutzgesetz – Gesetz zum zivilrechtlichen Schutz vor Gewalttaten und Nachstellungen',
    note: 'Gerichtliche Schutzanordnungen (z. B. Kontakt- und Näherungsverbote) und Überlassung einer gemeinsam genutzten Wohnung.',
    verify: false,
  },
  {
    key: 'sgb8-8a',
    label: '§ 8a SGB VIII',
    title: 'Schutzauftrag bei Kindeswohlgefährdung',
    note: 'Gefährdungseinschätzung im Zusammenwirken mehrerer Fachkräfte, Beratung durch eine insoweit erfahrene Fachkraft, Information des Jugendamts.',
    verify: false,
  },
  {
    key: 'sgb8-72a',
    label: '§ 72a SGB VIII',
    title: 'Tätigkeitsausschluss einschlägig vorbestrafter Personen',
    note: 'Grundlage für die Einsichtnahme in das erweiterte Führungszeugnis bei Tätigkeiten mit Kindern und Jugendlichen.',
    verify: false,
  },
  {
    key: 'bzrg-30a',
    label: '§ 30a BZRG',
    title: 'Bundeszentralregistergesetz – erweitertes Führungszeugnis',
    verify: false,
  },
  {
    key: 'stgb-232',
    label: '§§ 232 ff. StGB',
    title: 'Strafgesetzbuch – Menschenhandel, Zwangsprostitution, Zwangsarbeit und Ausbeutung',
    verify: false,
  },
  {
    key: 'dsgvo',
    label: 'DSGVO',
    title: 'Datenschutz-Grundverordnung (EU) 2016/679',
    note: 'Insbesondere Grundsätze der Verarbeitung (Art. 5) sowie Rechtsgrundlagen für personenbezogene und besonders schützenswerte Daten (Art. 6, 9).',
    verify: false,
  },
  {
    key: 'nds-aufng',
    label: 'AufnG Niedersachsen',
    title: 'Niedersächsisches Aufnahmegesetz – Aufnahme und Unterbringung durch Landkreise und kreisfreie Städte',
    note: 'Nur für Kommunen in Niedersachsen: Landkreise und kreisfreie Städte nehmen Geflüchtete nach der Landesaufnahmebehörde (LAB NI) auf und können die Unterbringung auf Gemeinden übertragen. Andere Länder: eigenes Landesaufnahmegesetz eintragen.',
    verify: false,
  },
  {
    key: 'mindeststandards',
    label: 'Mindeststandards (4. Aufl. 2021)',
    title: 'Mindeststandards zum Schutz von geflüchteten Menschen in Flüchtlingsunterkünften',
    note: 'Herausgegeben vom BMFSFJ und UNICEF mit Partnern, 4. Auflage, April 2021: sechs Mindeststandards und drei Annexe (LSBTI*-Geflüchtete, Geflüchtete mit Behinderung, Geflüchtete mit Traumafolgestörungen).',
    verify: false,
  },
] as const satisfies readonly LegalReferenceInput[];

export type LegalReferenceKey = (typeof legalReferences)[number]['key'];

/** Eintrag nach Schlüssel – für Texte, die eine Fundstelle nennen (z. B. `${rechtsgrundlage('asylg-53-3').label}`). */
export function rechtsgrundlage(key: LegalReferenceKey): LegalReferenceInput {
  const found = legalReferences.find((r) => r.key === key);
  if (!found) throw new Error(`Rechtsgrundlage „${key}“ fehlt`);
  return found;
}
