import type { AbschnittEntwurf } from './gliederung';

export const monitoring = {
  key: 'monitoring',
  title: 'Monitoring, Evaluation und Fortschreibung',
  purpose:
    'Der Abschnitt legt fest, woran gemessen wird, ob das Konzept wirkt, wer die Daten auswertet und berichtet und wann und aus welchen Anlässen das Konzept fortgeschrieben wird.',
  required: true,
  standards: [6],
  guidance: [
    {
      type: 'paragraph',
      text: 'Ein Schutzkonzept ist nie fertig. Belegung, Personal, Gebäude und Kooperationspartner ändern sich; Vorfälle zeigen, wo Abläufe nicht tragen. **Monitoring** heißt, regelmäßig zu prüfen, ob Maßnahmen umgesetzt werden und wirken. **Evaluation** heißt, in größeren Abständen zu bewerten, ob das Konzept seine Ziele erreicht. **Fortschreibung** heißt, die Ergebnisse in eine neue Fassung zu übertragen und diese wieder zu beschließen.',
    },
    { type: 'heading', level: 3, text: 'Was hierher gehört' },
    {
      type: 'bulletList',
      items: [
        'Indikatoren zu den Mindeststandards mit Datenquelle, Erhebungsrhythmus und Zielwert – etwa der Anteil der Mitarbeitenden mit Pflichtschulung, Zahl und Bearbeitungsdauer von Beschwerden oder der Umsetzungsstand der Maßnahmen aus der Risikoanalyse',
        'die Beteiligung von Bewohner:innen und Mitarbeitenden an der Bewertung, zum Beispiel durch Befragungen oder Gesprächsrunden',
        'das Berichtswesen: wer wem wie oft berichtet (Steuerungsgruppe, Fachausschuss, Betreiber)',
        'einen Fortschreibungszyklus mit konkretem Datum und Anlässe für eine außerplanmäßige Überprüfung: gravierende Vorfälle, neue Unterkünfte, Betreiberwechsel, Rechtsänderungen',
        'die verantwortliche Rolle für Monitoring und Fortschreibung',
      ],
    },
    {
      type: 'paragraph',
      text: 'Als Hilfsmittel eignet sich zum Beispiel der „Gewaltschutzmonitor“ des Deutschen Zentrums für Integrations- und Migrationsforschung (DeZIM), ein Online-Instrument, das auf den Mindeststandards aufbaut. Erheben Sie nur Daten, die Sie auch auswerten, und nur in anonymisierter Form.',
    },
    { type: 'heading', level: 3, text: 'Worauf die Beratung achtet' },
    {
      type: 'paragraph',
      text: 'DeBUG-Berater:innen vermissen in vielen Konzepten ein konkretes Datum für die Überprüfung und messbare Indikatoren. „Das Konzept wird regelmäßig überprüft“ reicht nicht: Es braucht einen Termin, eine verantwortliche Rolle und ein Verfahren, in dem Bewohner:innen und Mitarbeitende zu Wort kommen.',
    },
    { type: 'heading', level: 3, text: 'Häufige Lücken' },
    {
      type: 'bulletList',
      items: [
        'Es gibt keine Indikatoren, nur Absichtserklärungen.',
        'Daten werden gesammelt, aber nie ausgewertet.',
        'Bewohner:innen werden an der Bewertung nicht beteiligt.',
        'Rechtsänderungen, etwa durch die GEAS-Reform, lösen keine Überprüfung aus.',
      ],
    },
  ],
  questions: [
    'Woran erkennen Sie, dass das Konzept wirkt – welche Indikatoren erheben Sie?',
    'Wer wertet die Daten aus, und wem wird wie oft berichtet?',
    'Wie werden Bewohner:innen und Mitarbeitende an der Bewertung beteiligt?',
    'Wann ist die nächste Fortschreibung, und was löst eine außerplanmäßige Überprüfung aus?',
  ],
  starter: [
    { type: 'heading', level: 3, text: 'Indikatoren' },
    {
      type: 'table',
      header: ['Indikator', 'Mindeststandard', 'Datenquelle', 'Häufigkeit', 'Zielwert', 'Aktueller Wert'],
      rows: [
        ['Anteil der Mitarbeitenden mit abgeschlossener Pflichtschulung', '2', 'Schulungsnachweise der Betreiber', 'halbjährlich', '100 %', ''],
        ['Anteil der Tätigen mit gültigem erweitertem Führungszeugnis', '2', 'Einsichtsvermerke', 'jährlich', '100 %', ''],
        ['Zahl der Beschwerden und durchschnittliche Bearbeitungsdauer', '3', 'Beschwerdedokumentation', 'vierteljährlich', 'Rückmeldung innerhalb von [vier Wochen]', ''],
        ['Treffen des Bewohner:innenbeirats', '3', 'Protokolle', 'vierteljährlich', '[monatlich]', ''],
        ['Fristgerecht umgesetzte Maßnahmen aus der Risikoanalyse', '4', 'Maßnahmentabelle', 'vierteljährlich', '[Anteil]', ''],
        ['Vorfälle nach Art und eingeleitete Maßnahmen', '4', 'anonymisierte Vorfallstatistik', 'vierteljährlich', 'Auswertung in jeder Sitzung der Steuerungsgruppe', ''],
        ['Unterkünfte mit abschließbaren, getrennten Sanitärräumen', '5', 'Begehung', 'jährlich', 'alle', ''],
        ['Sicherheitsempfinden der Bewohner:innen, nach Gruppen', '6', 'Befragung, Gesprächsrunden', 'jährlich', '', ''],
      ],
    },
  ],
  textBlocks: [
    {
      key: 'fortschreibung',
      title: 'Überprüfung und Fortschreibung',
      blocks: [
        {
          type: 'paragraph',
          text: 'Die Gewaltschutzkoordination ({{concept.coordinator}}) verantwortet das Monitoring. Sie wertet die Indikatoren [halbjährlich] aus und berichtet der Steuerungsgruppe. Einmal im Jahr berichtet die verantwortliche Stelle ({{concept.responsible}}) dem [zuständigen Ausschuss].',
        },
        {
          type: 'paragraph',
          text: 'Das Konzept wird spätestens alle [zwei] Jahre umfassend überprüft und fortgeschrieben; die nächste Fortschreibung ist für den [Datum] vorgesehen. Außerplanmäßig wird es überprüft nach gravierenden Vorfällen, bei Inbetriebnahme neuer Unterkünfte, bei einem Betreiberwechsel und bei wesentlichen Rechtsänderungen.',
        },
        {
          type: 'paragraph',
          text: 'Vor jeder Fortschreibung werden Bewohner:innen und Mitarbeitende befragt. Ihre Rückmeldungen und die Ergebnisse der Auswertung fließen in die neue Fassung ein.',
        },
      ],
    },
    {
      key: 'jahresbericht',
      title: 'Gliederung des Jahresberichts',
      blocks: [
        { type: 'paragraph', text: 'Der Jahresbericht zum Gewaltschutz in den Unterkünften {{district.gen}} ist wie folgt gegliedert:' },
        {
          type: 'orderedList',
          items: [
            'Umsetzungsstand der Maßnahmen, geordnet nach Mindeststandards',
            'Personal und Schulungen',
            'Beteiligung und Beschwerden',
            'Vorfälle (anonymisiert) und Erkenntnisse aus Fallbesprechungen',
            'Ergebnisse der Befragungen',
            'Empfehlungen für die Fortschreibung',
          ],
        },
      ],
    },
  ],
  checklist: [
    {
      key: 'indikatoren',
      text: 'Indikatoren mit Datenquelle, Häufigkeit und Zielwert sind festgelegt.',
      standard: 6,
      level: 'typisch',
    },
    {
      key: 'datenerhebung',
      text: 'Daten werden regelmäßig, datenschutzkonform und anonymisiert erhoben und ausgewertet.',
      standard: 6,
      level: 'typisch',
    },
    {
      key: 'beteiligung-evaluation',
      text: 'Bewohner:innen und Mitarbeitende werden an der Evaluation beteiligt.',
      standard: 6,
      level: 'typisch',
    },
    {
      key: 'berichtswesen',
      text: 'Berichtswege an Steuerungsgruppe und politische Gremien sind festgelegt.',
      standard: 6,
      level: 'typisch',
    },
    {
      key: 'fortschreibung-termin',
      text: 'Die nächste Fortschreibung hat ein konkretes Datum und eine verantwortliche Rolle.',
      standard: 6,
      level: 'typisch',
    },
    {
      key: 'anlaesse',
      text: 'Anlässe für eine außerplanmäßige Überprüfung sind benannt.',
      standard: 6,
      level: 'empfohlen',
    },
  ],
  legalRefs: ['mindeststandards', 'dsgvo'],
} satisfies AbschnittEntwurf;
