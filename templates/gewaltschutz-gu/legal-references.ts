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
    note: 'Verpflichtet die Länder („sollen geeignete Maßnahmen treffen“); seit August 2019 in Kraft. Maßstab auch für kommunale Konzepte. Nummerierung nach dem GEAS-Anpassungsgesetz prüfen.',
    verify: true,
  },
  {
    key: 'asylg-44-3',
    label: '§ 44 Abs. 3 AsylG',
    title: 'Asylgesetz – Führungszeugnis für Personen, die in Aufnahmeeinrichtungen Minderjährige betreuen oder vergleichbaren Kontakt zu ihnen haben',
    note: 'Verlangt vor Beginn der Tätigkeit und in regelmäßigen Abständen ein Führungszeugnis nach § 30 Abs. 5 und § 30a Abs. 1 BZRG, auch bei dauerhafter ehrenamtlicher Tätigkeit. Gilt über § 53 Abs. 3 AsylG entsprechend für Gemeinschaftsunterkünfte. Nummerierung nach dem GEAS-Anpassungsgesetz prüfen.',
    verify: true,
  },
  {
    key: 'asylg-53-3',
    label: '§ 53 Abs. 3 AsylG',
    title: 'Asylgesetz – Schutz von Frauen und schutzbedürftigen Personen in Gemeinschaftsunterkünften',
    note: 'Erklärt § 44 Abs. 2a und Abs. 3 AsylG für Gemeinschaftsunterkünfte für entsprechend anwendbar: geeignete Schutzmaßnahmen und Führungszeugnisse. Unmittelbarer Anknüpfungspunkt für kommunale Gewaltschutzkonzepte. Nummerierung nach dem GEAS-Anpassungsgesetz prüfen.',
    verify: true,
  },
  {
    key: 'eu-aufnahme-rl-2013',
    label: 'Art. 18, 21, 22 RL 2013/33/EU',
    title: 'Richtlinie 2013/33/EU (Aufnahmerichtlinie) – Gewaltprävention in der Unterbringung, schutzbedürftige Personen, Ermittlung besonderer Bedürfnisse',
    note: 'Art. 18: Unterbringung, insbesondere Vorbeugung von Übergriffen und geschlechtsbezogener Gewalt (Abs. 4); Art. 21: Liste schutzbedürftiger Personen; Art. 22: Beurteilung besonderer Bedürfnisse. Abgelöst durch die Richtlinie (EU) 2024/1346.',
    verify: false,
    validUntil: '2026-06-11',
  },
  {
    key: 'eu-aufnahme-rl-2024',
    label: 'Art. 20, 24, 25, 26 RL (EU) 2024/1346',
    title: 'Richtlinie (EU) 2024/1346 (Neufassung der Aufnahmerichtlinie) – Unterbringung, Antragstellende mit besonderen Bedürfnissen bei der Aufnahme, Beurteilung dieser Bedürfnisse, Minderjährige',
    note: 'Gilt ab 12.06.2026 anstelle der Richtlinie 2013/33/EU. Art. 20: Formen und Bedingungen der Unterbringung einschließlich der Unterstützung bei besonderen Bedürfnissen. Art. 24: Gruppen, die besonders häufig besondere Bedürfnisse haben – u. a. Minderjährige, Menschen mit Behinderung, Schwangere, LSBTI-Personen, Betroffene von Menschenhandel, Menschen mit psychischen Erkrankungen einschließlich posttraumatischer Belastungsstörung, Betroffene geschlechtsbezogener Gewalt, weiblicher Genitalverstümmelung, Kinder- und Zwangsehe sowie rassistisch motivierter Gewalt. Art. 25: Beurteilung so früh wie möglich, abgeschlossen binnen 30 Tagen nach Antragstellung; später erkennbare Bedürfnisse sind ebenfalls zu berücksichtigen. Art. 26: Vorrang des Kindeswohls. Art. 24–26 sind am Wortlaut geprüft; in welchem Absatz von Art. 20 die Pflicht zur Verhütung von Übergriffen und geschlechtsbezogener Gewalt (bisher Art. 18 Abs. 4 RL 2013/33/EU) steht, vor Verwendung prüfen.',
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
    title: 'Schutzauftrag des Jugendamts bei Kindeswohlgefährdung',
    note: 'Richtet sich an das Jugendamt: Gefährdungseinschätzung im Zusammenwirken mehrerer Fachkräfte, Einbeziehung von Eltern und Kind, Angebot von Hilfen, Inobhutnahme. Vereinbarungen nach § 8a Abs. 4 schließt das Jugendamt mit Trägern von Einrichtungen und Diensten, die Leistungen nach dem SGB VIII erbringen – nicht mit Betreibern von Gemeinschaftsunterkünften. Deren Personal handelt nach § 8b Abs. 1 SGB VIII und § 4 KKG.',
    verify: false,
  },
  {
    key: 'sgb8-8b',
    label: '§ 8b Abs. 1 SGB VIII',
    title: 'Fachliche Beratung bei der Einschätzung einer Kindeswohlgefährdung',
    note: 'Alle Personen, die beruflich in Kontakt mit Kindern oder Jugendlichen stehen – auch außerhalb der Jugendhilfe, also auch Mitarbeitende von Unterkünften und Sicherheitsdiensten –, haben gegenüber dem örtlichen Jugendamt Anspruch auf Beratung durch eine insoweit erfahrene Fachkraft.',
    verify: false,
  },
  {
    key: 'kkg-4',
    label: '§ 4 KKG',
    title: 'Gesetz zur Kooperation und Information im Kinderschutz – Beratung und Übermittlung von Informationen durch Berufsgeheimnisträger bei Kindeswohlgefährdung',
    note: 'Für die in § 4 Abs. 1 KKG genannten Berufsgruppen, darunter staatlich anerkannte Sozialarbeiter:innen und Sozialpädagog:innen sowie Ärzt:innen und Berufspsycholog:innen: die Situation mit den Beteiligten erörtern, Anspruch auf Beratung durch eine insoweit erfahrene Fachkraft (Daten dafür pseudonymisiert), Befugnis zur Information des Jugendamts, wenn die Gefährdung nicht anders abgewendet werden kann.',
    verify: false,
  },
  {
    key: 'sgb8-72a',
    label: '§ 72a SGB VIII',
    title: 'Tätigkeitsausschluss einschlägig vorbestrafter Personen in der Kinder- und Jugendhilfe',
    note: 'Gilt für Träger der öffentlichen und – über Vereinbarungen – der freien Jugendhilfe, etwa für Angebote der Kinderbetreuung, die ein Jugendhilfeträger in der Unterkunft durchführt. Für das Personal der Unterkünfte selbst ist § 44 Abs. 3 i. V. m. § 53 Abs. 3 AsylG die Grundlage.',
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
    key: 'stgb-237-226a',
    label: '§§ 237, 226a StGB',
    title: 'Strafgesetzbuch – Zwangsheirat und Verstümmelung weiblicher Genitalien',
    note: '§ 237: Nötigung zur Eingehung der Ehe, auch durch Verbringen ins Ausland; § 226a: Verstümmelung der äußeren Genitalien einer weiblichen Person.',
    verify: false,
  },
  {
    key: 'asylblg',
    label: '§§ 4, 6 AsylbLG',
    title: 'Asylbewerberleistungsgesetz – Leistungen bei Krankheit, Schwangerschaft und Geburt; sonstige Leistungen',
    note: '§ 4: Behandlung akuter Erkrankungen und Schmerzzustände, Leistungen bei Schwangerschaft und Geburt. § 6: sonstige Leistungen im Einzelfall, wenn sie zur Sicherung der Gesundheit unerlässlich oder zur Deckung besonderer Bedürfnisse von Kindern geboten sind – Grundlage etwa für Hilfsmittel, Pflege und Assistenz. Wer Leistungen nach § 2 AsylbLG erhält (nach längerem Aufenthalt, derzeit 36 Monate), bekommt Leistungen entsprechend dem SGB XII. Aufenthaltsdauer und Nummerierung nach den Änderungen im Zuge der GEAS-Anpassung prüfen.',
    verify: true,
  },
  {
    key: 'arbstaettv-brandschutz',
    label: 'ArbStättV, ASR A2.2, ASR A2.3',
    title: 'Arbeitsstättenverordnung mit den Technischen Regeln „Maßnahmen gegen Brände“ und „Fluchtwege und Notausgänge“',
    note: 'Für die Beschäftigten in der Unterkunft: Brandschutzhelfer:innen nach Gefährdungsbeurteilung, Flucht- und Rettungsplan, regelmäßige Evakuierungsübungen; die Belange von Menschen mit Behinderung berücksichtigt der Anhang zu ASR A2.2 in der ASR V3a.2 (Alarmierung nach dem Zwei-Sinne-Prinzip). Für die Bewohner:innen gelten zusätzlich das Bauordnungsrecht des Landes und die Auflagen der örtlichen Brandschutzdienststelle.',
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
    note: 'Herausgegeben vom damaligen Bundesministerium für Familie, Senioren, Frauen und Jugend (seit Mai 2025 Bundesministerium für Bildung, Familie, Senioren, Frauen und Jugend, BMBFSFJ) und UNICEF mit Partnern im Rahmen der Bundesinitiative „Schutz von geflüchteten Menschen in Flüchtlingsunterkünften“, 4. Auflage, April 2021: sechs Mindeststandards und drei Annexe (LSBTI*-Geflüchtete, Geflüchtete mit Behinderung, Geflüchtete mit Traumafolgestörungen). Fachliche Leitlinien, keine Rechtsnorm.',
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

/**
 * Die Fundstelle für einen Text, der ins Konzept übernommen wird. Ist sie als „prüfen“ markiert
 * (verify), folgt ein Hinweis in eckigen Klammern: Die Vollständigkeitsprüfung meldet ihn als offene
 * Stelle, bis jemand die Fundstelle am geltenden Gesetz geprüft und den Hinweis gelöscht hat.
 * So gelangt eine möglicherweise verschobene Paragrafennummer nie unbemerkt in einen Beschluss.
 */
export function fundstelle(key: LegalReferenceKey): string {
  const ref = rechtsgrundlage(key);
  return ref.verify ? `${ref.label} [Fundstelle vor dem Beschluss prüfen]` : ref.label;
}

/** Dieselbe Fundstelle für Hinweise an die Schreibenden (guidance), die nicht ins Konzept übernommen werden. */
export function fundstelleImHinweis(key: LegalReferenceKey): string {
  const ref = rechtsgrundlage(key);
  return ref.verify ? `${ref.label} (Fundstelle vor dem Beschluss prüfen)` : ref.label;
}

/** Mehrere Fundstellen in einem übernommenen Text, mit einem gemeinsamen Prüfhinweis, wenn eine davon zu prüfen ist. */
export function fundstellen(keys: readonly LegalReferenceKey[], verbindung = ' in Verbindung mit '): string {
  const refs = keys.map(rechtsgrundlage);
  const text = refs.map((r) => r.label).join(verbindung);
  return refs.some((r) => r.verify) ? `${text} [Fundstellen vor dem Beschluss prüfen]` : text;
}
