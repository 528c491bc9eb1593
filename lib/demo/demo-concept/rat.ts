/**
 * Demo concept, Teil 5: what the Kreisausschuss reads first – the Kurzfassung – and the costs.
 * The amounts are invented but add up: the Kurzfassung, the cost table and the text of the
 * Beschlussvorlage state the same figures (a test checks the sums).
 */
import { nr, type DemoSectionContent } from './types';

/** Laufende und einmalige Kosten in Euro, wie sie in der Tabelle stehen. */
export const DEMO_KOSTEN = {
  laufend: {
    koordination: 41_000,
    sozialeArbeit: 78_000,
    sicherheitsdienst: 140_000,
    schulungen: 9_000,
    supervision: 7_500,
    sprachmittlung: 22_000,
    beschwerdestelle: 18_000,
    informationen: 1_500,
    monitoring: 2_000,
  },
  einmalig: {
    praesenzkraft: 6_000,
    lindenhofSicherung: 18_000,
    blitzleuchten: 6_500,
    informationen: 4_500,
  },
  /** Bereits vor 2027 finanziert: Koordination, Supervision, Sprachmittlung, Beschwerdestelle. */
  bereitsFinanziert: 88_500,
  /** Halbes Jahr der zusätzlichen Sicherheitskräfte, die erst ab 01.07.2027 anfallen. */
  sicherheitsdienstErstesHalbjahr2027: 70_000,
} as const;

const euro = (n: number) => `${n.toLocaleString('de-DE')} Euro`;
const summe = (o: Record<string, number>) => Object.values(o).reduce((a, b) => a + b, 0);
const LAUFEND = summe(DEMO_KOSTEN.laufend);
const EINMALIG = summe(DEMO_KOSTEN.einmalig);
const MEHRBEDARF = LAUFEND - DEMO_KOSTEN.bereitsFinanziert;
const MEHRBEDARF_2027 = MEHRBEDARF - DEMO_KOSTEN.sicherheitsdienstErstesHalbjahr2027;
const zahl = (n: number) => n.toLocaleString('de-DE');

export const kurzfassung: DemoSectionContent = {
  key: 'kurzfassung',
  status: 'done',
  checklistDone: ['kurzfassung-vollstaendig', 'kurzfassung-abgeglichen'],
  blocks: [
    { type: 'heading', level: 3, text: 'Worum es geht' },
    {
      type: 'paragraph',
      text: 'In den Gemeinschaftsunterkünften des Landkreises leben Menschen auf engem Raum zusammen, die sich das nicht ausgesucht haben und im Alltag auf die Mitarbeitenden angewiesen sind. Das Gewaltschutzkonzept legt verbindlich fest, wie sie – und alle, die dort arbeiten – vor Gewalt geschützt werden und was geschieht, wenn es dennoch zu Gewalt kommt. Den Auftrag dazu hat die Kreisverwaltung im Februar 2026 auf Anregung des Ausschusses für Soziales und Gesundheit erteilt; er setzt den gesetzlichen Schutzauftrag für Gemeinschaftsunterkünfte um.',
    },
    { type: 'heading', level: 3, text: 'Für wen es gilt' },
    {
      type: 'paragraph',
      text: 'Das Konzept gilt für die {{facilities.count}} Gemeinschaftsunterkünfte des Landkreises mit zusammen {{facilities.capacity}} Plätzen – {{facilities.names}} – und ab dem ersten Belegungstag für jede weitere Unterkunft. Es bindet die Kreisverwaltung, die Sozialwerk Musterland gGmbH, den Eigenbetrieb, den Sicherheitsdienst, den Sprachmittlungspool und die Ehrenamtlichen.',
    },
    { type: 'heading', level: 3, text: 'Was sich ändert' },
    {
      type: 'bulletList',
      items: [
        'In jeder Unterkunft sind eine Frau und ein Mann als Ansprechpersonen für Gewaltschutz benannt; eine unabhängige Beschwerdestelle hält seit Oktober 2026 Sprechstunden in beiden Unterkünften.',
        `Sieben Ablaufpläne legen fest, wer bei Gewalt, Kindeswohlgefährdung, häuslicher und sexualisierter Gewalt, Gewalt gegen Mitarbeitende, einem Verdacht gegen Mitarbeitende sowie bei Brand und Räumung was tut. Drei weitere legt die Steuerungsgruppe im Januar 2027 vor, drei folgen mit der ersten Fortschreibung (Abschnitt ${nr('intervention')}).`,
        'Alle, die regelmäßig in den Unterkünften tätig sind, legen ein erweitertes Führungszeugnis vor, unterschreiben den Verhaltenskodex und besuchen Pflichtschulungen.',
        'Bauliche Schwachstellen werden behoben: neue Schlösser und Bewegungsmelder Am Lindenhof bis 31.12.2026, ein eigener Frauenduschraum in der Alten Weberei bis 31.03.2027, Außenbeleuchtung bis 30.06.2027.',
        'In der Alten Weberei sind ab dem neuen Sicherheitsvertrag zum 01.07.2027 nachts zwei Sicherheitskräfte, davon eine Frau, und am Wochenende tagsüber eine Kraft vorgesehen.',
        'Bewohner:innen reden mit: in zwei Beiräten, in nach Gruppen getrennten Gesprächsrunden und in einer jährlichen Befragung.',
      ],
    },
    { type: 'heading', level: 3, text: 'Ressourcen und Kosten' },
    {
      type: 'paragraph',
      text: `Die Umsetzung kostet einmalig ${euro(EINMALIG)} – ohne die Umbauten in der Alten Weberei, deren Kostenschätzung im Januar 2027 vorliegt – und laufend ${euro(LAUFEND)} im Jahr. Davon sind ${euro(DEMO_KOSTEN.bereitsFinanziert)} bereits finanziert. Der Mehrbedarf von ${euro(MEHRBEDARF)} jährlich ist zum Haushalt 2027 angemeldet; weil der neue Sicherheitsvertrag erst zur Jahresmitte beginnt, sind es im ersten Jahr ${euro(MEHRBEDARF_2027)} (Abschnitt ${nr('ressourcen-kosten')}).`,
    },
    { type: 'heading', level: 3, text: 'Zuständigkeit und Überprüfung' },
    {
      type: 'paragraph',
      text: 'Verantwortliche Stelle: {{concept.responsible}}. Gewaltschutzkoordination: {{concept.coordinator}} ({{coordination.stelle}}). Die Steuerungsgruppe überprüft das Konzept zwölf Monate nach dem Beschluss, erstmals bis zum 28.02.2028, und außerplanmäßig nach gravierenden Vorfällen.',
    },
    { type: 'heading', level: 3, text: 'Beschlussvorschlag' },
    {
      type: 'orderedList',
      items: [
        'Der Kreisausschuss beschließt das Gewaltschutzkonzept für die Gemeinschaftsunterkünfte ({{edition.fassung}}, Stand {{edition.stand}}).',
        'Die Verwaltung wird beauftragt, die Maßnahmen umzusetzen und dem Ausschuss für Soziales und Gesundheit jährlich zu berichten, erstmals im ersten Quartal 2028.',
        `Der Kreisausschuss empfiehlt dem Kreistag, den Mehrbedarf von ${euro(MEHRBEDARF_2027)} für 2027 im Haushalt 2027 bereitzustellen; über die Umbauten in der Alten Weberei wird nach Vorliegen der Kostenschätzung entschieden.`,
      ],
    },
  ],
};

export const ressourcenKosten: DemoSectionContent = {
  key: 'ressourcen-kosten',
  status: 'done',
  checklistDone: ['kosten-beziffert', 'koordination-finanziert', 'monitoring-mittel'],
  blocks: [
    {
      type: 'paragraph',
      text: 'Die Übersicht nennt alle Maßnahmen dieses Konzepts, die Geld kosten, mit dem Stand November 2026. Die Beträge sind Schätzungen der Kreisverwaltung und der Betreiber; Personalkosten sind mit den Durchschnittssätzen der Kreisverwaltung berechnet.',
    },
    { type: 'heading', level: 3, text: 'Übersicht der Kosten' },
    {
      type: 'table',
      header: ['Maßnahme', 'Bezug im Konzept', 'Einmalig (Euro)', 'Laufend je Jahr (Euro)', 'Kostenträger bzw. Finanzierung', 'Stand'],
      rows: [
        ['Gewaltschutzkoordination (0,5 Stelle)', `Abschnitt ${nr('verantwortlichkeiten')}`, '–', zahl(DEMO_KOSTEN.laufend.koordination), 'Kreishaushalt, Fachdienst Soziales', 'besetzt seit 01.04.2026'],
        ['Aufstockung der Sozialen Arbeit um je 0,5 Stelle in beiden Unterkünften', `Abschnitt ${nr('personal')}`, '–', zahl(DEMO_KOSTEN.laufend.sozialeArbeit), 'Am Lindenhof über das Entgelt im Betreibervertrag, Alte Weberei über den Eigenbetrieb', 'zum Haushalt 2027 angemeldet'],
        ['Zweite Sicherheitskraft nachts und eine Kraft am Wochenende tagsüber in der Alten Weberei', `Abschnitt ${nr('risikoanalyse')}`, '–', zahl(DEMO_KOSTEN.laufend.sicherheitsdienst), 'Kreishaushalt, Sicherheitsvertrag', 'Neuvergabe zum 01.07.2027'],
        ['Schulungen nach dem Schulungsplan', `Abschnitt ${nr('personal')}`, '–', zahl(DEMO_KOSTEN.laufend.schulungen), 'Kreishaushalt; Schulungen der Sicherheitskräfte trägt nach dem Vertrag der Sicherheitsdienst', 'zum Haushalt 2027 angemeldet'],
        ['Externe Teamsupervision beider Teams', `Abschnitt ${nr('personal')}`, '–', zahl(DEMO_KOSTEN.laufend.supervision), 'Sozialwerk bzw. Eigenbetrieb', 'läuft'],
        ['Sprachmittlungspool und Telefondolmetschdienst rund um die Uhr', `Abschnitt ${nr('kooperation')}`, '–', zahl(DEMO_KOSTEN.laufend.sprachmittlung), 'Kreishaushalt', 'beauftragt'],
        ['Unabhängige Beschwerdestelle', `Abschnitt ${nr('beschwerdemanagement')}`, '–', zahl(DEMO_KOSTEN.laufend.beschwerdestelle), 'Zuwendung des Landkreises an den Träger', 'Sprechstunden seit Oktober 2026'],
        ['Weibliche Präsenzkraft in der Alten Weberei, 18 bis 21 Uhr', `Abschnitt ${nr('bauliche-standards')}`, `${zahl(DEMO_KOSTEN.einmalig.praesenzkraft)} (bis 31.03.2027)`, '–', 'Eigenbetrieb', 'befristet bis zur Fertigstellung des Frauenduschraums'],
        ['Schlösser, Bewegungsmelder und Transponder-Zugang zum Frauenbereich Am Lindenhof', `Abschnitt ${nr('bauliche-standards')}`, zahl(DEMO_KOSTEN.einmalig.lindenhofSicherung), '–', 'Sozialwerk nach Betreibervertrag', 'in Umsetzung'],
        ['Blitzleuchten und Rufknöpfe in den barrierefreien Zimmern Am Lindenhof', `Abschnitt ${nr('intervention-brand-raeumung')}`, zahl(DEMO_KOSTEN.einmalig.blitzleuchten), '–', 'Kreishaushalt', 'bis 30.04.2027'],
        ['Frauenduschraum, Frauenraum, Spielraum und Außenbeleuchtung in der Alten Weberei', `Abschnitt ${nr('bauliche-standards')}`, 'Kostenschätzung im Januar 2027', '–', 'Kreishaushalt, Eigenbetrieb', 'Entscheidung nach der Haushaltsberatung'],
        ['Willkommensmappe und Aushänge in acht Sprachen, Leichter Sprache und als Audio', `Abschnitt ${nr('beteiligung')}`, zahl(DEMO_KOSTEN.einmalig.informationen), zahl(DEMO_KOSTEN.laufend.informationen), 'Kreishaushalt', 'erstellt, jährliche Aktualisierung'],
        ['Befragungen und Auswertung für das Monitoring', `Abschnitt ${nr('monitoring')}`, '–', zahl(DEMO_KOSTEN.laufend.monitoring), 'Kreishaushalt', 'Erstbefragung im März 2027'],
        ['Beratung durch die regionale Kontaktstelle von DeBUG 2.0', `Abschnitt ${nr('kooperation')}`, '–', '–', 'kostenfrei', 'seit April 2026'],
      ],
    },
    { type: 'heading', level: 3, text: 'Finanzielle Auswirkungen' },
    {
      type: 'paragraph',
      text: `Einmalig entstehen ${euro(EINMALIG)}, davon ${euro(DEMO_KOSTEN.einmalig.lindenhofSicherung)} über den Betreibervertrag; hinzu kommen die Umbauten in der Alten Weberei nach der Kostenschätzung. Laufend entstehen ${euro(LAUFEND)} im Jahr. ${euro(DEMO_KOSTEN.bereitsFinanziert)} davon – Gewaltschutzkoordination, Supervision, Sprachmittlung und Beschwerdestelle – sind bereits im Haushalt 2026 finanziert. Der Mehrbedarf beträgt ${euro(MEHRBEDARF)} jährlich und ist zum Haushalt 2027 angemeldet; weil der neue Sicherheitsvertrag am 01.07.2027 beginnt, sind es im ersten Jahr ${euro(MEHRBEDARF_2027)}. Ob und in welchem Umfang die Kostenabgeltung des Landes nach dem Aufnahmegesetz diese Aufwendungen abdeckt, klärt die Kämmerei bis zur Haushaltsberatung.`,
    },
    { type: 'heading', level: 3, text: 'Vorrang bei knappen Mitteln' },
    {
      type: 'paragraph',
      text: 'Werden nicht alle Mittel bewilligt, haben die Maßnahmen zu den Risiken mit dem höchsten Wert Vorrang: der Frauenduschraum und die Beleuchtung in der Alten Weberei, die Schlösser Am Lindenhof und die zweite Sicherheitskraft in der Nacht. Bis zur Umsetzung gelten die im Konzept genannten Übergangslösungen; die Gewaltschutzkoordination berichtet der Steuerungsgruppe in jeder Sitzung, was verschoben wurde.',
    },
  ],
};
