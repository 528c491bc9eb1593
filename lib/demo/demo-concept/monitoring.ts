/**
 * Demo concept, Teil 4: Monitoring, Evaluation und Fortschreibung.
 */
import type { DemoSectionContent } from './types';

export const monitoring: DemoSectionContent = {
  key: 'monitoring',
  status: 'done',
  checklistDone: ['indikatoren', 'datenerhebung', 'beteiligung-evaluation', 'berichtswesen', 'fortschreibung-termin', 'anlaesse'],
  blocks: [
    {
      type: 'paragraph',
      text: 'Ob das Konzept wirkt, prüfen wir an wenigen Indikatoren, die wir mit vertretbarem Aufwand regelmäßig erheben können. Verantwortlich für das Monitoring ist die Gewaltschutzkoordination; die Betreiber liefern die Daten zu den genannten Terminen.',
    },
    { type: 'heading', level: 3, text: 'Indikatoren' },
    {
      type: 'table',
      header: ['Indikator', 'Mindeststandard', 'Datenquelle', 'Häufigkeit', 'Zielwert', 'Aktueller Wert'],
      rows: [
        [
          'Anteil der Beschäftigten und Sicherheitskräfte mit Einführung in das Gewaltschutzkonzept',
          '2',
          'Teilnahmelisten der Betreiber und des Sicherheitsdienstes',
          'halbjährlich',
          '100 % innerhalb von drei Monaten nach Beginn der Tätigkeit',
          '78 % (Stand 31.10.2026)',
        ],
        [
          'Anteil der Personen mit erweitertem Führungszeugnis vor dem ersten Einsatz',
          '2',
          'Nachweislisten der Personalstellen, Stichprobe der Gewaltschutzkoordination',
          'halbjährlich',
          '100 %',
          'Beschäftigte und Sicherheitskräfte 100 %, Ehrenamtliche 91 %',
        ],
        [
          'Anteil der unterschriebenen Verhaltenskodizes',
          '2',
          'Unterschriftenblätter',
          'halbjährlich',
          '100 %',
          '86 %',
        ],
        [
          'Umsetzungsstand der Maßnahmen aus der Risikoanalyse mit einem Wert ab 6',
          '4',
          'Maßnahmenliste der Risikoanalyse',
          'vierteljährlich',
          'alle Maßnahmen fristgerecht umgesetzt',
          '6 Maßnahmen: 4 in Umsetzung, 1 geplant, 1 offen',
        ],
        [
          'Zahl der dokumentierten Vorfälle nach Art und Unterkunft',
          '4',
          'Meldebögen an die Gewaltschutzkoordination (ohne Namen)',
          'vierteljährlich',
          'kein Zielwert; Entwicklung und Meldeverhalten beobachten',
          'einheitliche Erhebung ab 01.01.2027',
        ],
        [
          'Anteil der Beschwerden mit Rückmeldung innerhalb von vier Wochen',
          '3',
          'Beschwerderegister',
          'vierteljährlich',
          'mindestens 90 %',
          'Erhebung ab 01.01.2027',
        ],
        [
          'Zahl der bei der unabhängigen Beschwerdestelle eingegangenen Beschwerden',
          '3',
          'Bericht der unabhängigen Beschwerdestelle',
          'halbjährlich',
          'kein Zielwert; Bekanntheit des Weges prüfen',
          'Sprechstunden seit Oktober 2026',
        ],
        [
          'durchgeführte Beiratssitzungen und Frauenrunden je Unterkunft',
          '3',
          'Protokolle ohne Namen',
          'vierteljährlich',
          'mindestens zehn Beiratssitzungen und zehn Frauenrunden im Jahr',
          'Am Lindenhof erreicht; Alte Weberei seit Oktober 2026 im Aufbau',
        ],
        [
          'Anteil der Bewohner:innen, die sich in der Unterkunft sicher oder eher sicher fühlen',
          '5',
          'mehrsprachige Kurzbefragung mit Piktogrammen',
          'jährlich',
          'mindestens 80 %, bei Frauen getrennt ausgewiesen',
          'Erstbefragung im März 2027',
        ],
        [
          'Örtliche Einträge im Kontaktverzeichnis, die in den letzten sechs Monaten geprüft wurden',
          '3',
          'Prüfvermerke im Kontaktverzeichnis',
          'halbjährlich',
          '100 %',
          '12 von 20; die übrigen acht prüft die Gewaltschutzkoordination bis 31.01.2027',
        ],
      ],
    },
    { type: 'heading', level: 3, text: 'Erhebung und Datenschutz' },
    {
      type: 'paragraph',
      text: 'Für das Monitoring werden ausschließlich zusammengefasste Zahlen ohne Namen verwendet; Falldokumentationen verlassen die Unterkünfte dafür nicht. Werte unter drei werden je Unterkunft nur als „weniger als 3“ ausgewiesen, damit niemand erkennbar wird. Einmal im Jahr nutzt die Steuerungsgruppe zusätzlich den Gewaltschutzmonitor des DeZIM als Selbsteinschätzung entlang der Mindeststandards.',
    },
    { type: 'heading', level: 3, text: 'Beteiligung an der Bewertung' },
    {
      type: 'bulletList',
      items: [
        'jährliche Kurzbefragung der Bewohner:innen in acht Sprachen, in Leichter Sprache und mit Unterstützung durch die Beiräte,',
        'Auswertungsrunden mit beiden Bewohner:innenbeiräten sowie in den Frauen- und Jugendrunden vor jeder Fortschreibung,',
        'anonyme Befragung aller Beschäftigten, Sicherheitskräfte und Ehrenamtlichen zu Schulungen, Ablaufplänen und Belastung,',
        'ein gemeinsamer Auswertungstag beider Teams mit der Gewaltschutzkoordination im Januar jedes Jahres.',
      ],
    },
    { type: 'heading', level: 3, text: 'Berichtswesen' },
    {
      type: 'bulletList',
      items: [
        'Die Gewaltschutzkoordination berichtet der Steuerungsgruppe vierteljährlich über Indikatoren, Vorfälle und den Stand der Maßnahmen.',
        'Einmal im Jahr legt die Fachdienstleitung Soziales dem Ausschuss für Soziales und Gesundheit einen Gewaltschutzbericht vor; der erste Bericht folgt im ersten Quartal 2028.',
        'Die Betreiber erhalten den Bericht und nehmen zu Maßnahmen in ihrer Verantwortung Stellung.',
        'Die Bewohner:innen erhalten eine Kurzfassung in einfacher Sprache über die Aushänge und die Beiräte.',
      ],
    },
    { type: 'heading', level: 3, text: 'Überprüfung und Fortschreibung' },
    {
      type: 'paragraph',
      text: 'Das Konzept wird alle zwölf Monate überprüft. Die erste planmäßige Überprüfung schließt die Steuerungsgruppe bis zum 28.02.2028 ab; die Gewaltschutzkoordination lädt dazu ein und legt einen Entwurf der Fortschreibung vor. Die Gesamtverantwortung liegt bei der Fachdienstleitung Soziales. Wesentliche Änderungen beschließt der Kreisausschuss; Anlagen wie Kontaktverzeichnis und Formulare werden ohne erneuten Beschluss aktualisiert.',
    },
    { type: 'paragraph', text: 'Außerplanmäßig überprüft wird das Konzept' },
    {
      type: 'bulletList',
      items: [
        'innerhalb von vier Wochen nach einem gravierenden Vorfall, zumindest der betroffene Ablaufplan,',
        'wenn eine Unterkunft neu in Betrieb geht, geschlossen wird oder der Betreiber oder Sicherheitsdienst wechselt,',
        'bei Rechtsänderungen, insbesondere durch die Anpassung des Asylgesetzes an das Gemeinsame Europäische Asylsystem und durch Änderungen des Landesrechts,',
        'wenn Befragungen, Beschwerden oder die DeBUG-Beratung auf erhebliche Lücken hinweisen.',
      ],
    },
  ],
};
