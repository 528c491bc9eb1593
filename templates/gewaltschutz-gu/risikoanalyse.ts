import type { AbschnittEntwurf } from './gliederung';

/** Spalten der Risikotabelle (auch von der App als strukturierte Zeilen genutzt). */
export const RISIKO_SPALTEN = [
  'Ort',
  'Zeit',
  'Betroffene Gruppe',
  'Risiko',
  'Wahrscheinlichkeit × Schwere',
  'Bestehende Maßnahme',
  'Neue Maßnahme',
  'Verantwortlich',
  'Frist',
  'Status',
];

export const risikoanalyse = {
  key: 'risikoanalyse',
  title: 'Risiko- und Ressourcenanalyse',
  purpose:
    'Die Analyse zeigt, wo, wann und für wen in den Unterkünften Gefahren bestehen, was bereits schützt und welche Maßnahmen bis wann von wem umgesetzt werden.',
  required: true,
  standards: [4, 1],
  annexes: ['lsbti', 'behinderung', 'trauma'],
  guidance: [
    {
      type: 'paragraph',
      text: 'Die Risiko- und Ressourcenanalyse ist das Fundament des Konzepts. Alle Maßnahmen in den folgenden Abschnitten sollten sich auf sie zurückführen lassen: Wer weiß, dass der Weg zu den Duschen nachts unbeleuchtet ist, kann gezielt handeln. Die Analyse wird für jede Unterkunft gesondert erstellt, weil Gebäude, Belegung und Personal verschieden sind.',
    },
    { type: 'heading', level: 3, text: 'So gehen Sie vor' },
    {
      type: 'orderedList',
      items: [
        'Bilden Sie je Unterkunft ein kleines Analyseteam aus Leitung, Sozialer Arbeit, Sicherheitsdienst und Hausmeisterei.',
        'Gehen Sie die Unterkunft gemeinsam ab – tagsüber und möglichst auch am Abend. Achten Sie auf Beleuchtung, Schlösser, schwer einsehbare Ecken, Wege zu den Sanitärräumen und Orte, an denen sich Kinder unbeaufsichtigt aufhalten.',
        'Sprechen Sie mit Bewohner:innen, nach Gruppen getrennt – etwa Frauen, Jugendliche, Eltern, alleinreisende Männer –, mit Sprachmittlung und in geschütztem Rahmen. Fragen Sie: Wo fühlen Sie sich unsicher? Zu welcher Zeit? Was hilft Ihnen?',
        'Beziehen Sie Kinder altersgerecht ein, etwa mit einem Rundgang, bei dem sie Orte markieren, an denen sie sich wohl oder unwohl fühlen.',
        'Tragen Sie jedes Risiko in die Tabelle ein. Bewerten Sie Wahrscheinlichkeit und Schwere jeweils von 1 (gering) bis 3 (hoch); das Produkt (1 bis 9) zeigt, was zuerst angegangen wird.',
        'Halten Sie auch Ressourcen fest: mehrsprachige Mitarbeitende, engagierte Ehrenamtliche, eine gute Zusammenarbeit mit der Polizei.',
        'Legen Sie für jede neue Maßnahme eine verantwortliche Rolle und eine Frist fest und verfolgen Sie den Status bis zur Umsetzung.',
      ],
    },
    { type: 'heading', level: 3, text: 'Worauf die Beratung achtet' },
    {
      type: 'paragraph',
      text: 'DeBUG-Berater:innen unterstützen auf Wunsch bei der Moderation der Analyse. Sie achten darauf, dass Bewohner:innen tatsächlich beteiligt wurden, dass die Analyse je Unterkunft vorliegt und dass aus jedem hohen Risiko eine Maßnahme mit Verantwortlichen und Frist folgt. Eine Tabelle voller offener Maßnahmen ohne Frist ist ein deutliches Warnsignal.',
    },
    { type: 'heading', level: 3, text: 'Häufige Lücken' },
    {
      type: 'bulletList',
      items: [
        'Die Analyse entstand am Schreibtisch, ohne Begehung und ohne Bewohner:innen.',
        'Risiken für einzelne Gruppen – etwa LSBTI*-Personen oder Menschen mit Behinderung – fehlen, weil niemand danach gefragt hat.',
        'Maßnahmen haben keine Frist oder keine verantwortliche Rolle.',
        'Die Analyse wird nach Umbauten, Belegungswechseln oder Vorfällen nicht aktualisiert.',
      ],
    },
    {
      type: 'paragraph',
      text: 'Beschreiben Sie Situationen, nicht Personen: keine Namen, keine Zimmernummern einzelner Familien, keine Einzelfälle, die sich einer Person zuordnen lassen.',
    },
  ],
  questions: [
    'An welchen Orten und zu welchen Zeiten fühlen sich Bewohner:innen, insbesondere Frauen und Kinder, unsicher?',
    'Welche Gruppen sind in welcher Unterkunft besonderen Risiken ausgesetzt?',
    'Welche Schutzfaktoren und Ressourcen gibt es bereits?',
    'Wie wurden Bewohner:innen und Mitarbeitende an der Analyse beteiligt?',
    'Welche Risiken werden zuerst angegangen, und wer ist dafür verantwortlich?',
  ],
  starter: [
    {
      type: 'paragraph',
      text: 'Die Analyse wurde am [Datum] in [Unterkunft] durchgeführt. Beteiligt waren [Rollen] sowie Bewohner:innen in [Format, z. B. getrennten Gesprächsrunden für Frauen, Jugendliche und Eltern].',
    },
    // Die Skala vor der Tabelle: eine Legende danach landet auf der nächsten Seite, getrennt von ihr.
    {
      type: 'paragraph',
      text: 'Bewertung: Wahrscheinlichkeit und Schwere jeweils 1 = gering, 2 = mittel, 3 = hoch. Maßnahmen zu Risiken mit einem Wert ab 6 werden vorrangig umgesetzt.',
    },
    {
      type: 'table',
      header: RISIKO_SPALTEN,
      rows: [
        [
          '[Beispiel, bitte ersetzen:] Sanitärbereich im Erdgeschoss',
          'abends und nachts',
          'Frauen und Mädchen',
          'Belästigung auf dem Weg zu den Duschen; Türen nicht abschließbar',
          '2 × 3 = 6',
          'getrennte Beschilderung',
          'abschließbare Türen, Flurbeleuchtung mit Bewegungsmelder, nächtlicher Rundgang',
          'Betreiber, Hausmeisterei',
          '[Datum]',
          'offen',
        ],
        [
          '[Beispiel, bitte ersetzen:] Innenhof und Spielfläche',
          'nachmittags',
          'Kinder unter zehn Jahren',
          'unbeaufsichtigtes Spielen, Zugang für Fremde über das offene Tor',
          '2 × 2 = 4',
          'Spielgeräte vorhanden',
          'betreutes Spielangebot an drei Nachmittagen, Tor mit Zugangskontrolle',
          'Soziale Arbeit',
          '[Datum]',
          'in Umsetzung',
        ],
        [
          '[Beispiel, bitte ersetzen:] Wartebereich vor dem Büro',
          'Sprechstunden am Vormittag',
          'Mitarbeitende, wartende Bewohner:innen',
          'Gedränge und Streit um die Reihenfolge, Bedrohung von Mitarbeitenden',
          '2 × 2 = 4',
          'zwei Personen im Dienst',
          'Terminvergabe, Notrufknopf im Büro, Deeskalationsschulung',
          'Leitung der Unterkunft',
          '[Datum]',
          'offen',
        ],
      ],
    },
  ],
  textBlocks: [
    {
      key: 'vorgehen',
      title: 'Vorgehen der Analyse',
      blocks: [
        {
          type: 'paragraph',
          text: 'Für jede Unterkunft im Geltungsbereich ({{facilities.names}}) wurde eine Risiko- und Ressourcenanalyse durchgeführt. Sie umfasste eine Begehung zu unterschiedlichen Tageszeiten, Gespräche mit Mitarbeitenden aller Bereiche und nach Gruppen getrennte Gesprächsrunden mit Bewohner:innen mit Sprachmittlung. Kinder wurden altersgerecht einbezogen.',
        },
        {
          type: 'paragraph',
          text: 'Jedes Risiko wurde nach Wahrscheinlichkeit und Schwere (jeweils 1 bis 3) bewertet. Aus jedem Risiko mit einem Wert ab 6 folgt eine Maßnahme mit verantwortlicher Rolle und Frist. Die Analyse wird jährlich sowie nach baulichen Veränderungen, deutlichen Belegungswechseln und gravierenden Vorfällen wiederholt. Verantwortlich ist die Leitung der jeweiligen Unterkunft gemeinsam mit der Gewaltschutzkoordination.',
        },
      ],
    },
    {
      key: 'ressourcen',
      title: 'Ressourcen und Schutzfaktoren',
      blocks: [
        {
          type: 'table',
          header: ['Ressource', 'Wo vorhanden', 'Wie sie genutzt wird'],
          rows: [
            ['Mehrsprachige Mitarbeitende', '', ''],
            ['Ehrenamtliche Angebote für Kinder und Frauen', '', ''],
            ['Feste Ansprechperson bei der Polizei', '', ''],
            ['Engagierte Bewohner:innenvertretung', '', ''],
          ],
        },
      ],
    },
    {
      key: 'kinderbeteiligung',
      title: 'Beteiligung von Kindern an der Analyse',
      blocks: [
        {
          type: 'paragraph',
          text: 'Kinder und Jugendliche wurden altersgerecht beteiligt: Bei einem begleiteten Rundgang haben sie mit grünen und roten Punkten Orte markiert, an denen sie sich wohl oder unwohl fühlen. Jugendliche wurden in einer eigenen Gesprächsrunde befragt. Die Ergebnisse sind in die Tabelle eingeflossen.',
        },
      ],
    },
  ],
  checklist: [
    {
      key: 'analyse-je-unterkunft',
      text: 'Für jede Unterkunft liegt eine Risikoanalyse nach Orten, Zeiten und betroffenen Gruppen vor.',
      standard: 4,
      level: 'typisch',
    },
    {
      key: 'beteiligung-analyse',
      text: 'Bewohner:innen – nach Gruppen getrennt – und Mitarbeitende aller Bereiche waren an der Analyse beteiligt.',
      standard: 1,
      level: 'typisch',
    },
    {
      key: 'massnahmen-frist',
      text: 'Jede neue Maßnahme hat eine verantwortliche Rolle, eine Frist und einen Status.',
      standard: 4,
      level: 'typisch',
    },
    {
      key: 'ressourcen',
      text: 'Vorhandene Ressourcen und Schutzfaktoren sind erfasst.',
      standard: 4,
      level: 'empfohlen',
    },
    {
      key: 'analyse-lsbti',
      text: 'Risiken für LSBTI*-Personen wurden vertraulich erhoben, etwa mit Unterstützung einer Fachberatungsstelle.',
      standard: 'lsbti',
      level: 'empfohlen',
    },
    {
      key: 'analyse-barrieren',
      text: 'Barrieren und besondere Risiken für Menschen mit Behinderung sind berücksichtigt.',
      standard: 'behinderung',
      level: 'typisch',
    },
    {
      key: 'analyse-belastungen',
      text: 'Belastende Bedingungen für Menschen mit Traumafolgen – Lärm, Enge, unangekündigte Kontrollen – sind erfasst.',
      standard: 'trauma',
      level: 'empfohlen',
    },
    {
      key: 'analyse-aktualisierung',
      text: 'Rhythmus und Anlässe für die Aktualisierung der Analyse sind festgelegt.',
      standard: 6,
      level: 'empfohlen',
    },
  ],
  legalRefs: ['mindeststandards'],
} satisfies AbschnittEntwurf;
