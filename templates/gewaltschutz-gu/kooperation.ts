import type { AbschnittEntwurf } from './gliederung';

export const kooperation = {
  key: 'kooperation',
  title: 'Kooperation und Netzwerk',
  purpose:
    'Der Abschnitt beschreibt, mit welchen Stellen die Kommune im Gewaltschutz zusammenarbeitet, wofür und auf welcher Grundlage.',
  required: false,
  standards: [3],
  annexes: ['lsbti', 'behinderung', 'trauma'],
  guidance: [
    {
      type: 'paragraph',
      text: 'Keine Unterkunft kann Gewaltschutz allein leisten. Jugendamt, Polizei, Fachberatungsstellen und Gesundheitsdienste bringen Wissen und Befugnisse mit, die in der Unterkunft fehlen. Verbindliche Absprachen – am besten schriftliche Kooperationsvereinbarungen – sorgen dafür, dass im Ernstfall niemand erst herausfinden muss, wer zuständig ist und wie man diese Stelle erreicht.',
    },
    { type: 'heading', level: 3, text: 'Typische Partner' },
    {
      type: 'bulletList',
      items: [
        'Jugendamt einschließlich Bereitschaftsdienst außerhalb der Dienstzeiten sowie insoweit erfahrene Fachkräfte',
        'Polizei: örtliche Dienststelle, Präventions- und Opferschutzbeauftragte',
        'Frauenhaus, Frauenberatungsstelle und Interventionsstelle bei häuslicher Gewalt (in Niedersachsen: BISS)',
        'Kinderschutzbund bzw. Kinderschutzzentrum, Kitas und Schulen',
        'Fachberatung für Betroffene von Menschenhandel, LSBTI*-Beratung, Fachberatung zu Zwangsverheiratung und Gewalt im Namen der sogenannten Ehre sowie zu weiblicher Genitalverstümmelung',
        'Beratungsstelle für Betroffene rechter, rassistischer und antisemitischer Gewalt',
        'psychosoziales Zentrum für Geflüchtete, sozialpsychiatrischer Dienst, Gesundheitsamt',
        'Teilhabeberatung bzw. Eingliederungshilfe, Pflegedienste und Leistungsbehörde für Hilfsmittel bei Menschen mit Behinderung',
        'Feuerwehr bzw. Brandschutzdienststelle für Brandschutz, Räumung und Übungen',
        'Ausländerbehörde (zum Beispiel für Verlegungen nach Gewalt), Gleichstellungsbeauftragte, Migrationsberatung, Sprachmittlungsdienste',
        'die regionale Kontaktstelle von DeBUG 2.0, die Kommunen kostenfrei bei Konzept, Risikoanalyse und Schulungen begleitet',
      ],
    },
    {
      type: 'paragraph',
      text: 'Beschreiben Sie für jeden Partner den Zweck der Zusammenarbeit, die Form (Vereinbarung, regelmäßiger Austausch, Fallberatung) und die zuständige Funktion. Die Telefonnummern gehören ins Kontaktverzeichnis.',
    },
    { type: 'heading', level: 3, text: 'Worauf die Beratung achtet' },
    {
      type: 'paragraph',
      text: 'Die Beratung prüft, ob das Netzwerk zu den Ablaufplänen passt: Für jede Stelle, die dort informiert werden soll, braucht es hier eine Kooperation und im Kontaktverzeichnis eine örtliche Nummer. Allgemeine Listen mit bundesweiten Hotlines, aber ohne örtliche Ansprechpersonen helfen im Ernstfall nicht weiter. Die Zusammenarbeit mit dem Jugendamt wird in einer Kooperationsvereinbarung geregelt: Das Personal der Unterkünfte hat nach § 8b Abs. 1 SGB VIII und § 4 KKG Anspruch auf Beratung durch eine insoweit erfahrene Fachkraft. Eine Vereinbarung nach § 8a Abs. 4 SGB VIII kommt nur in Betracht, wenn ein Träger in der Unterkunft zugleich Leistungen der Kinder- und Jugendhilfe erbringt.',
    },
    { type: 'heading', level: 3, text: 'Häufige Lücken' },
    {
      type: 'bulletList',
      items: [
        'Es werden nur bundesweite Hotlines genannt, keine örtlichen Stellen.',
        'Das Jugendamt ist außerhalb der Dienstzeiten nicht erreichbar, oder niemand kennt die Nummer des Bereitschaftsdienstes.',
        'Es gibt keine Vereinbarung mit dem Jugendamt zum Vorgehen bei Kindeswohlgefährdung.',
        'Das Netzwerk besteht nur auf dem Papier; ein regelmäßiger Austausch findet nicht statt.',
        'Es ist offen, wie in dringenden Fällen Sprachmittlung organisiert wird.',
      ],
    },
  ],
  questions: [
    'Mit welchen örtlichen Stellen arbeiten Sie bereits zusammen, und wofür?',
    'Mit wem gibt es schriftliche Vereinbarungen, insbesondere zum Kinderschutz?',
    'Wer ist außerhalb der Dienstzeiten erreichbar – Jugendamt, Krisendienst, Frauenhaus?',
    'Wie wird Sprachmittlung in dringenden Fällen organisiert?',
    'Wie oft tauschen sich die Partner aus, und wer lädt dazu ein?',
  ],
  starter: [
    {
      type: 'table',
      header: ['Partner', 'Zweck der Zusammenarbeit', 'Form (Vereinbarung, Austausch)', 'Zuständige Funktion', 'Stand'],
      rows: [
        ['Jugendamt', 'Kinderschutz, Verfahren bei Kindeswohlgefährdung, Hilfen für Familien', '', '', ''],
        ['Polizei', 'Gefahrenabwehr, Prävention, Opferschutz', '', '', ''],
        ['Frauenberatung, Interventionsstelle, Frauenhaus', 'Beratung und Schutz bei häuslicher und sexualisierter Gewalt', '', '', ''],
        ['Fachberatung Menschenhandel', 'Erkennen, Beratung, sichere Unterbringung', '', '', ''],
        ['LSBTI*-Beratung', 'Beratung, Schulung, geschützte Unterbringung', '', '', ''],
        ['Fachberatung Zwangsverheiratung, Gewalt im Namen der Ehre, Genitalverstümmelung', 'Beratung, anonyme Schutzunterkunft, medizinische Versorgung', '', '', ''],
        ['Beratungsstelle für Betroffene rechter, rassistischer und antisemitischer Gewalt', 'Beratung und Begleitung nach Angriffen, Lagebild', '', '', ''],
        ['Teilhabeberatung, Eingliederungshilfe, Pflegedienste', 'Hilfsmittel, Pflege und Assistenz für Menschen mit Behinderung', '', '', ''],
        ['Feuerwehr bzw. Brandschutzdienststelle', 'Brandschutzordnung, Räumung, Übungen', '', '', ''],
        ['Psychosoziales Zentrum, sozialpsychiatrischer Dienst', 'Krisenintervention, Behandlung, Beratung', '', '', ''],
        ['Ausländerbehörde', 'Verlegungen und Wohnsitzfragen nach Gewalt', '', '', ''],
        ['Regionale Kontaktstelle von DeBUG 2.0', 'Prozessbegleitung, Schulung, Rückmeldung zum Konzept', '', '', ''],
      ],
    },
  ],
  textBlocks: [
    {
      key: 'netzwerk',
      title: 'Netzwerk Gewaltschutz',
      blocks: [
        {
          type: 'paragraph',
          text: '{{district.nom_satzanfang}} arbeitet im Gewaltschutz mit den in der Übersicht genannten Stellen zusammen. Die Gewaltschutzkoordination lädt die Partner mindestens einmal im Jahr zu einem Netzwerktreffen ein, bei dem Erfahrungen ausgewertet und Abläufe abgestimmt werden. Die aktuellen Kontaktdaten stehen im Kontaktverzeichnis (Anlage).',
        },
      ],
    },
    {
      key: 'vereinbarung-jugendamt',
      title: 'Vereinbarung mit dem Jugendamt',
      blocks: [
        {
          type: 'paragraph',
          text: 'Die verantwortliche Stelle ({{concept.responsible}}), die Betreiber der Unterkünfte und das Jugendamt haben Folgendes vereinbart:',
        },
        {
          type: 'bulletList',
          items: [
            'Bei gewichtigen Anhaltspunkten für eine Kindeswohlgefährdung schätzen die Fachkräfte der Unterkunft die Gefährdung gemeinsam ein und lassen sich von einer insoweit erfahrenen Fachkraft beraten, die das Jugendamt nach § 8b Abs. 1 SGB VIII bzw. § 4 KKG zur Verfügung stellt: [Stelle].',
            'Das Jugendamt benennt eine feste Kontaktperson für die Unterkünfte und ist außerhalb der Dienstzeiten über [Bereitschaftsdienst] erreichbar.',
            'Meldungen an das Jugendamt erfolgen nach dem Ablaufplan „Gewalt gegen Kinder und Jugendliche (Kindeswohlgefährdung)“.',
            'Jugendamt und Unterkünfte treffen sich mindestens [halbjährlich] zum fallübergreifenden Austausch.',
          ],
        },
      ],
    },
    {
      key: 'sprachmittlung',
      title: 'Sprachmittlung',
      blocks: [
        {
          type: 'paragraph',
          text: 'Für Beratungsgespräche und in dringenden Situationen steht Sprachmittlung über [Dienst bzw. Pool] zur Verfügung, auch telefonisch oder per Video. In Gesprächen über Gewalt übersetzen keine Angehörigen, Kinder oder Mitbewohnenden. Betroffene können wählen, ob die sprachmittelnde Person eine Frau oder ein Mann ist.',
        },
      ],
    },
  ],
  checklist: [
    {
      key: 'kooperation-jugendamt',
      text: 'Die Zusammenarbeit mit dem Jugendamt ist geregelt, einschließlich der Erreichbarkeit außerhalb der Dienstzeiten.',
      standard: 3,
      level: 'typisch',
    },
    {
      key: 'kooperation-fachberatung',
      text: 'Es bestehen Kooperationen mit Frauenberatung bzw. Frauenhaus, Kinderschutz, Fachberatung Menschenhandel und psychosozialer Versorgung.',
      standard: 3,
      level: 'typisch',
    },
    {
      key: 'kooperation-polizei',
      text: 'Ansprechpersonen bei der Polizei sind bekannt; Abläufe sind abgestimmt.',
      standard: 3,
      level: 'typisch',
    },
    {
      key: 'kooperation-gesundheit-bildung',
      text: 'Die Zusammenarbeit mit Gesundheitsdiensten, Schulen und Kitas ist beschrieben.',
      standard: 3,
      level: 'typisch',
    },
    {
      key: 'vereinbarungen',
      text: 'Wichtige Kooperationen sind schriftlich vereinbart.',
      standard: 3,
      level: 'empfohlen',
    },
    {
      key: 'sprachmittlung',
      text: 'Sprachmittlung ist auch kurzfristig verfügbar; Angehörige und Kinder übersetzen nicht in Gesprächen über Gewalt.',
      standard: 3,
      level: 'empfohlen',
    },
    {
      key: 'lsbti-partner',
      text: 'Eine LSBTI*-Beratungsstelle ist als Partner eingebunden.',
      standard: 'lsbti',
      level: 'typisch',
    },
    {
      key: 'behinderung-partner',
      text: 'Teilhabeberatung bzw. Eingliederungshilfe sind als Partner eingebunden.',
      standard: 'behinderung',
      level: 'empfohlen',
    },
    {
      key: 'trauma-partner',
      text: 'Wege in die psychosoziale und psychotherapeutische Versorgung sind vereinbart.',
      standard: 'trauma',
      level: 'typisch',
    },
  ],
  legalRefs: ['sgb8-8a', 'sgb8-8b', 'kkg-4', 'mindeststandards'],
} satisfies AbschnittEntwurf;
