import type { AbschnittEntwurf } from './gliederung';
import { fundstellen } from './legal-references';

export const personal = {
  key: 'personal',
  title: 'Prävention: Personal',
  purpose:
    'Der Abschnitt regelt, wie Personal, Sicherheitskräfte und Ehrenamtliche ausgewählt, auf das Konzept verpflichtet, geschult und begleitet werden.',
  required: false,
  standards: [2],
  annexes: ['lsbti', 'behinderung', 'trauma'],
  guidance: [
    {
      type: 'paragraph',
      text: 'Mitarbeitende sind die wichtigste Schutzressource einer Unterkunft – und zugleich Menschen mit Macht über Bewohner:innen, die von ihnen abhängig sind. Dieser Abschnitt legt fest, wie Personal ausgewählt, verpflichtet, geschult und begleitet wird. Er gilt für Beschäftigte der Kommune und der Betreiber, für Sicherheitskräfte einschließlich Nachunternehmen, für Sprachmittler:innen und für Ehrenamtliche.',
    },
    { type: 'heading', level: 3, text: 'Was hierher gehört' },
    {
      type: 'bulletList',
      items: [
        'Personalschlüssel für Soziale Arbeit und Betreuung; gemischtgeschlechtliche Teams und weibliche Ansprechpersonen in jeder Schicht',
        'das **erweiterte Führungszeugnis** vor Beginn der Tätigkeit und in regelmäßigen Abständen – auch für Ehrenamtliche und Sicherheitskräfte; wer es einsieht und was dokumentiert wird',
        'der **Verhaltenskodex** bzw. die Selbstverpflichtungserklärung, die alle unterschreiben, und die Folgen von Verstößen',
        'Einarbeitung und ein **Schulungsplan** mit Pflichtschulungen: Formen von Gewalt, Kinderschutz, Traumasensibilität, LSBTI*, Behinderung, Deeskalation, Datenschutz',
        'Supervision, kollegiale Beratung und Nachsorge nach belastenden Ereignissen',
        '**Qualitätsanforderungen an Sicherheitsdienste** in Ausschreibung und Vertrag',
      ],
    },
    { type: 'heading', level: 3, text: 'Worauf die Beratung achtet' },
    {
      type: 'paragraph',
      text: 'Die Beratung fragt nach einem konkreten Schulungsplan mit Themen, Zielgruppen und Fristen statt allgemeiner Formulierungen wie „Mitarbeitende werden regelmäßig geschult“. Besonderes Augenmerk liegt auf den Sicherheitsdiensten: Die aktuelle Fassung der Mindeststandards betont Qualitätskriterien in Ausschreibungen und Verträgen, denn Sicherheitskräfte sind oft nachts die einzigen Ansprechpersonen.',
    },
    { type: 'heading', level: 3, text: 'Häufige Lücken' },
    {
      type: 'bulletList',
      items: [
        'Das Führungszeugnis wird nur von Festangestellten verlangt, nicht von Ehrenamtlichen oder Beschäftigten von Nachunternehmen.',
        'Schulungen finden einmalig zu Beginn statt, ohne Auffrischung.',
        'Der Verhaltenskodex sagt nicht, was bei Verstößen geschieht.',
        'Es gibt keine Supervision, obwohl Mitarbeitende regelmäßig mit belastenden Situationen umgehen.',
      ],
    },
  ],
  questions: [
    'Wie ist der Personalschlüssel, und ist in jeder Schicht eine weibliche Ansprechperson erreichbar?',
    'Wer muss ein erweitertes Führungszeugnis vorlegen, wer sieht es ein, und in welchem Abstand wird es erneuert?',
    'Welche Schulungen sind für welche Rollen verpflichtend, und wie oft werden sie wiederholt?',
    'Welche Anforderungen stellen Sie in Ausschreibung und Vertrag an Sicherheitsdienste?',
    'Wie werden Mitarbeitende nach belastenden Ereignissen unterstützt?',
  ],
  starter: [
    { type: 'heading', level: 3, text: 'Schulungsplan' },
    {
      type: 'table',
      header: ['Thema', 'Zielgruppe', 'Verpflichtend', 'Häufigkeit', 'Anbieter'],
      rows: [
        ['Formen von Gewalt und dieses Schutzkonzept', 'alle Mitarbeitenden, Sicherheitskräfte, Ehrenamtliche', 'ja', 'bei Einarbeitung, dann jährlich', ''],
        ['Kinderschutz: Anzeichen erkennen, Beratung durch eine insoweit erfahrene Fachkraft, Information des Jugendamts', 'Leitung, Soziale Arbeit, Kinderbetreuung; Grundmodul für alle', 'ja', 'alle zwei Jahre', ''],
        ['Deeskalation und Eigenschutz', 'alle mit Kontakt zu Bewohner:innen, Sicherheitskräfte', 'ja', 'jährlich', ''],
        ['Traumasensibler Umgang', 'Leitung, Soziale Arbeit, Betreuung', 'empfohlen', 'alle zwei Jahre', ''],
        ['LSBTI*-sensibler Umgang', 'alle Mitarbeitenden, Sicherheitskräfte', 'empfohlen', 'alle zwei Jahre', ''],
        ['Bedarfe von Menschen mit Behinderung', 'Leitung, Soziale Arbeit', 'empfohlen', 'alle zwei Jahre', ''],
        ['Anzeichen von Menschenhandel erkennen', 'Leitung, Soziale Arbeit, Sicherheitskräfte', 'empfohlen', 'alle zwei Jahre', ''],
        ['Zwangsverheiratung, Gewalt im Namen der sogenannten Ehre, weibliche Genitalverstümmelung', 'Leitung, Soziale Arbeit', 'empfohlen', 'alle zwei Jahre', ''],
        ['Rassismus und Diskriminierung erkennen und ansprechen', 'alle Mitarbeitenden, Sicherheitskräfte', 'empfohlen', 'alle zwei Jahre', ''],
        ['Brandschutz, Räumung und Hilfe für Menschen, die sich nicht selbst retten können', 'alle Mitarbeitenden, Sicherheitskräfte', 'ja', 'bei Einarbeitung, dann jährlich', ''],
        ['Datenschutz und Dokumentation', 'alle Mitarbeitenden', 'ja', 'bei Einarbeitung', ''],
      ],
    },
  ],
  textBlocks: [
    {
      key: 'fuehrungszeugnis',
      title: 'Erweitertes Führungszeugnis',
      blocks: [
        {
          type: 'paragraph',
          text: 'Alle Personen, die in den Unterkünften {{district.gen}} tätig sind – Beschäftigte der Kommune und der Betreiber, Sicherheitskräfte einschließlich der Beschäftigten von Nachunternehmen, Sprachmittler:innen und regelmäßig tätige Ehrenamtliche –, legen vor Beginn ihrer Tätigkeit ein erweitertes Führungszeugnis vor, das nicht älter als drei Monate ist. Es wird alle fünf Jahre erneut vorgelegt.',
        },
        {
          type: 'paragraph',
          text: 'Eingesehen wird es von [Stelle]. Festgehalten werden nur das Datum der Einsichtnahme, das Ausstellungsdatum und ob eine einschlägige Eintragung vorliegt. Personen mit einschlägigen Eintragungen werden nicht eingesetzt.',
        },
        {
          type: 'paragraph',
          text: `Rechtsgrundlage für Personen, die Minderjährige betreuen oder in vergleichbarer Weise Kontakt zu ihnen haben, ist ${fundstellen(['asylg-44-3', 'asylg-53-3'])}. Das Konzept verlangt das Führungszeugnis darüber hinaus von allen, die regelmäßig in den Unterkünften tätig sind, weil dort Kinder und andere besonders schutzbedürftige Menschen leben.`,
        },
      ],
    },
    {
      key: 'verhaltenskodex-pflicht',
      title: 'Verpflichtung auf den Verhaltenskodex',
      blocks: [
        {
          type: 'paragraph',
          text: 'Alle in den Unterkünften tätigen Personen unterzeichnen vor Beginn ihrer Tätigkeit den Verhaltenskodex (Anlage). Er wird in der Einarbeitung besprochen und mindestens einmal im Jahr im Team aufgegriffen. Verstöße werden mit der Leitung besprochen und können arbeitsrechtliche Folgen, den Ausschluss von der ehrenamtlichen Tätigkeit oder vertragliche Konsequenzen für Dienstleister nach sich ziehen.',
        },
      ],
    },
    {
      key: 'sicherheitsdienst',
      title: 'Anforderungen an Sicherheitsdienste',
      blocks: [
        {
          type: 'paragraph',
          text: 'Ausschreibungen und Verträge für Sicherheitsdienste in den Unterkünften {{district.gen}} enthalten mindestens folgende Anforderungen:',
        },
        {
          type: 'bulletList',
          items: [
            'die gewerberechtlich erforderliche Qualifikation und Zuverlässigkeitsprüfung aller eingesetzten Kräfte,',
            'ein erweitertes Führungszeugnis, auch bei Nachunternehmen,',
            'Teilnahme an den Pflichtschulungen nach dem Schulungsplan, insbesondere zu Deeskalation, Gewaltschutz und Kinderschutz,',
            'Unterzeichnung des Verhaltenskodex,',
            'weibliche Sicherheitskräfte in jeder Schicht, soweit Frauen in der Unterkunft leben,',
            'Sprachkenntnisse im Team, die zur Belegung passen,',
            'Melde- und Dokumentationspflichten nach diesem Konzept,',
            'Vertragsstrafen und den Austausch von Personal bei Verstößen.',
          ],
        },
      ],
    },
    {
      key: 'supervision',
      title: 'Supervision und Nachsorge für Mitarbeitende',
      blocks: [
        {
          type: 'paragraph',
          text: 'Die Leitungen und die Fachkräfte der Sozialen Arbeit erhalten regelmäßig Supervision, mindestens [sechsmal] im Jahr. Nach belastenden Ereignissen wird allen Beteiligten – auch Sicherheitskräften und Ehrenamtlichen – zeitnah ein Nachgespräch angeboten; bei Bedarf wird psychologische Unterstützung vermittelt.',
        },
      ],
    },
  ],
  checklist: [
    {
      key: 'personalschluessel',
      text: 'Personalschlüssel und gemischtgeschlechtliche Teams sind festgelegt; in jeder Schicht ist eine weibliche Ansprechperson erreichbar.',
      standard: 2,
      level: 'typisch',
    },
    {
      key: 'fuehrungszeugnis',
      text: 'Ein erweitertes Führungszeugnis wird von Beschäftigten, Sicherheitskräften und Ehrenamtlichen verlangt; Einsichtnahme und Wiedervorlage sind geregelt.',
      standard: 2,
      level: 'typisch',
    },
    {
      key: 'verhaltenskodex',
      text: 'Alle Mitarbeitenden und Ehrenamtlichen unterzeichnen einen Verhaltenskodex; die Folgen von Verstößen sind geregelt.',
      standard: 2,
      level: 'typisch',
    },
    {
      key: 'schulungsplan',
      text: 'Ein Schulungsplan legt Themen, Zielgruppen, Pflichtschulungen und Häufigkeit fest.',
      standard: 2,
      level: 'typisch',
    },
    {
      key: 'supervision',
      text: 'Supervision und Nachsorge für Mitarbeitende sind vorgesehen.',
      standard: 2,
      level: 'typisch',
    },
    {
      key: 'sicherheitsdienst',
      text: 'Qualitätskriterien für Sicherheitsdienste sind in Ausschreibung und Vertrag verankert.',
      standard: 2,
      level: 'typisch',
    },
    {
      key: 'schulung-lsbti',
      text: 'Mitarbeitende und Sicherheitskräfte werden zu LSBTI*-sensiblem Umgang geschult.',
      standard: 'lsbti',
      level: 'typisch',
    },
    {
      key: 'schulung-behinderung',
      text: 'Mitarbeitende werden zu den Bedarfen von Menschen mit Behinderung geschult.',
      standard: 'behinderung',
      level: 'typisch',
    },
    {
      key: 'schulung-trauma',
      text: 'Mitarbeitende werden zu traumasensiblem Umgang geschult.',
      standard: 'trauma',
      level: 'typisch',
    },
  ],
  legalRefs: ['asylg-44-3', 'asylg-53-3', 'bzrg-30a', 'sgb8-8b', 'mindeststandards'],
} satisfies AbschnittEntwurf;
