import type { AbschnittEntwurf } from './gliederung';

export const ressourcenKosten = {
  key: 'ressourcen-kosten',
  title: 'Ressourcen und Kosten (finanzielle Auswirkungen)',
  purpose:
    'Der Abschnitt zeigt, welche Personal- und Sachmittel die Umsetzung des Konzepts braucht, was davon einmalig und was dauerhaft anfällt, wer die Kosten trägt und was geschieht, wenn Mittel fehlen.',
  required: false,
  standards: [1, 2, 5, 6],
  guidance: [
    {
      type: 'paragraph',
      text: 'Ein Konzept ohne Ressourcen bleibt Papier. Abschließbare Sanitärräume, eine Gewaltschutzkoordination mit festem Stellenanteil, weibliche Fachkräfte in jeder Schicht, Schulungen, Supervision und Sprachmittlung kosten Geld – und das beschließende Gremium entscheidet zugleich über den Haushalt. Dieser Abschnitt macht die Kosten offen sichtbar, damit Rat oder Kreistag wissen, was sie beschließen, und damit die Umsetzung nicht an der ersten Haushaltsberatung scheitert.',
    },
    { type: 'heading', level: 3, text: 'Was hierher gehört' },
    {
      type: 'bulletList',
      items: [
        '**Personal:** Stellenanteil der Gewaltschutzkoordination, Schlüssel der Sozialen Arbeit, weibliche Fachkräfte und Ansprechpersonen, Besetzung in der Nacht und am Wochenende',
        '**Qualifizierung:** Pflichtschulungen, Supervision, Nachsorge für Mitarbeitende',
        '**bauliche und technische Maßnahmen:** Schlösser, Beleuchtung, Frauen-, Kinder- und Rückzugsräume, Barrierefreiheit, Alarmierung nach dem Zwei-Sinne-Prinzip',
        '**Dienste:** Sprachmittlung, auch kurzfristig und nachts; unabhängige Beschwerdestelle; höhere Qualitätsanforderungen an den Sicherheitsdienst',
        '**Information und Beteiligung:** Übersetzungen, Aushänge, Beteiligungsformate, Befragungen für das Monitoring',
        '**Finanzierung:** Haushaltsmittel der Kommune, Leistungen der Betreiber nach Vertrag, Kostenerstattungen oder Pauschalen des Landes nach dem jeweiligen Aufnahmegesetz, Fördermittel; kostenfreie Angebote wie die Beratung durch die regionale Kontaktstelle von DeBUG 2.0',
        '**Vorrang:** welche Maßnahmen zuerst umgesetzt werden, wenn Mittel nicht sofort bereitstehen, und welche Übergangslösungen bis dahin gelten',
      ],
    },
    { type: 'heading', level: 3, text: 'Worauf die Beratung achtet' },
    {
      type: 'paragraph',
      text: 'Die Beratung prüft, ob die Maßnahmen aus Risikoanalyse, Personalabschnitt und baulichen Standards hier wieder auftauchen – mit Betrag, Kostenträger und Stand. Kosten, die in Betreiber- oder Sicherheitsverträgen stecken, sollten ebenfalls genannt werden, weil sie bei der nächsten Vergabe steigen können. Schätzungen sind in Ordnung, wenn sie als solche gekennzeichnet sind.',
    },
    { type: 'heading', level: 3, text: 'Häufige Lücken' },
    {
      type: 'bulletList',
      items: [
        'Das Konzept wird als „kostenneutral“ beschlossen, obwohl es neue Aufgaben schafft.',
        'Die Gewaltschutzkoordination hat keinen eigenen Stellenanteil und wird „nebenbei“ erledigt.',
        'Für bauliche Maßnahmen gibt es keinen Zeitplan, weil die Finanzierung offenbleibt.',
      ],
    },
  ],
  questions: [
    'Welche Maßnahmen aus diesem Konzept verursachen einmalige, welche laufende Kosten?',
    'Welche Kosten tragen Kommune, Betreiber, Land oder Dritte, und wo sind sie im Haushalt veranschlagt?',
    'Welche Maßnahmen haben Vorrang, wenn nicht alle Mittel sofort bereitstehen, und welche Übergangslösungen gelten bis dahin?',
    'Welche kostenfreien Angebote – Beratung, Schulungen, Materialien – können Sie nutzen?',
  ],
  starter: [
    { type: 'heading', level: 3, text: 'Übersicht der Kosten' },
    {
      type: 'table',
      header: ['Maßnahme', 'Bezug im Konzept', 'Einmalig (Euro)', 'Laufend je Jahr (Euro)', 'Kostenträger bzw. Finanzierung', 'Stand'],
      rows: [
        ['Gewaltschutzkoordination ([Umfang] Stelle)', 'Verantwortlichkeiten und Steuerungsgruppe', '', '', '', ''],
        ['Aufstockung der Sozialen Arbeit, weibliche Fachkräfte', 'Prävention: Personal', '', '', '', ''],
        ['Schulungen und Supervision', 'Prävention: Personal', '', '', '', ''],
        ['Schlösser, Beleuchtung, Frauen-, Kinder- und Rückzugsräume', 'Prävention: bauliche und räumliche Standards', '', '', '', ''],
        ['Barrierefreiheit und Alarmierung nach dem Zwei-Sinne-Prinzip', 'Geflüchtete mit Behinderung', '', '', '', ''],
        ['Sprachmittlung, auch kurzfristig und nachts', 'Kooperation und Netzwerk', '', '', '', ''],
        ['Unabhängige Beschwerdestelle', 'Beschwerdemanagement', '', '', '', ''],
        ['Übersetzung und Gestaltung von Informationen und Aushängen', 'Beteiligung und Information der Bewohner:innen', '', '', '', ''],
        ['Befragungen und Auswertung für das Monitoring', 'Monitoring, Evaluation und Fortschreibung', '', '', '', ''],
      ],
    },
  ],
  textBlocks: [
    {
      key: 'finanzielle-auswirkungen',
      title: 'Finanzielle Auswirkungen (für die Beschlussvorlage)',
      blocks: [
        { type: 'heading', level: 3, text: 'Finanzielle Auswirkungen' },
        {
          type: 'paragraph',
          text: 'Für die Umsetzung des Konzepts entstehen im Haushaltsjahr [Jahr] einmalige Aufwendungen von [Betrag] Euro und ab [Jahr] laufende Aufwendungen von [Betrag] Euro jährlich. Davon sind [Betrag] Euro bereits unter [Produkt bzw. Haushaltsstelle] veranschlagt; [Betrag] Euro werden über [Betreiberverträge / Kostenerstattung des Landes / Fördermittel] gedeckt. Die übrigen [Betrag] Euro werden zum Haushalt [Jahr] angemeldet. Personalmehrbedarf: [Umfang und Stellen].',
        },
      ],
    },
    {
      key: 'vorrang-bei-knappen-mitteln',
      title: 'Vorrang bei knappen Mitteln',
      blocks: [
        {
          type: 'paragraph',
          text: 'Stehen nicht alle Mittel sofort zur Verfügung, werden zuerst die Maßnahmen zu Risiken mit einem Wert ab 6 aus der Risikoanalyse umgesetzt, danach Maßnahmen, die Kinder, Frauen und Menschen mit Behinderung unmittelbar schützen. Für jede aufgeschobene Maßnahme gilt bis zur Umsetzung die im Konzept genannte Übergangslösung. Die Gewaltschutzkoordination berichtet der Steuerungsgruppe in jeder Sitzung, welche Maßnahmen aus Kostengründen verschoben wurden.',
        },
      ],
    },
    {
      key: 'kostenfreie-unterstuetzung',
      title: 'Kostenfreie Unterstützung',
      blocks: [
        {
          type: 'paragraph',
          text: 'Die Beratung und Prozessbegleitung durch die regionale Kontaktstelle von DeBUG 2.0 ist für Kommunen kostenfrei. Kostenfrei nutzbar sind außerdem [z. B. Schulungsangebote von Fachberatungsstellen, mehrsprachige Materialien bundesweiter Hilfetelefone].',
        },
      ],
    },
  ],
  checklist: [
    {
      key: 'kosten-beziffert',
      text: 'Die Kosten der Maßnahmen sind – gegebenenfalls als Schätzung – beziffert und nach einmaligen und laufenden Kosten getrennt.',
      standard: 1,
      level: 'empfohlen',
    },
    {
      key: 'finanzierung-geklaert',
      text: 'Für jede Maßnahme ist der Kostenträger genannt und angegeben, ob die Mittel bereitstehen.',
      standard: 1,
      level: 'empfohlen',
    },
    {
      key: 'koordination-finanziert',
      text: 'Die Gewaltschutzkoordination und der Personalbedarf aus dem Personalabschnitt sind finanziert.',
      standard: 2,
      level: 'empfohlen',
    },
    {
      key: 'bauliches-finanziert',
      text: 'Für bauliche Maßnahmen gibt es einen finanzierten Zeitplan; bis zur Umsetzung gelten Übergangslösungen.',
      standard: 5,
      level: 'empfohlen',
    },
    {
      key: 'monitoring-mittel',
      text: 'Für Monitoring, Befragungen und Fortschreibung sind Zeit und Mittel vorgesehen.',
      standard: 6,
      level: 'empfohlen',
    },
  ],
  legalRefs: ['nds-aufng', 'mindeststandards'],
} satisfies AbschnittEntwurf;
