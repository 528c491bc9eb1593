import type { AbschnittEntwurf } from './gliederung';

export const baulicheStandards = {
  key: 'bauliche-standards',
  title: 'Prävention: bauliche und räumliche Standards',
  purpose:
    'Der Abschnitt beschreibt, welche baulichen und räumlichen Standards in den Unterkünften gelten, wo sie erfüllt sind und wie Lücken bis wann geschlossen werden.',
  required: false,
  standards: [5],
  annexes: ['lsbti', 'behinderung', 'trauma'],
  guidance: [
    {
      type: 'paragraph',
      text: 'Räume schützen – oder sie schaffen Gelegenheiten für Gewalt. Eine nicht abschließbare Dusche, ein dunkler Flur oder ein Gemeinschaftsraum ohne Regeln können zu Gefahrenorten werden. Umgekehrt geben abschließbare Zimmer, Frauen- und Kinderräume Sicherheit und Rückzug. Grundlage dieses Abschnitts sind die Ergebnisse der Risikoanalyse.',
    },
    { type: 'heading', level: 3, text: 'Was hierher gehört' },
    {
      type: 'bulletList',
      items: [
        'abschließbare Zimmer und Wohneinheiten sowie eine Schlüsselregelung: Wer hat einen Generalschlüssel, und wann darf er benutzt werden?',
        'nach Geschlechtern getrennte, von innen abschließbare und gut beleuchtete Sanitärräume, möglichst nah an den Zimmern',
        'Beleuchtung von Fluren, Treppenhäusern, Eingängen und Außenwegen',
        'kinderfreundliche Orte, Spielflächen sowie Räume für Hausaufgaben und Lernen',
        'Frauenräume, Rückzugsräume und Gemeinschaftsräume mit klaren Nutzungszeiten',
        'die Belegung: Familien, alleinreisende Frauen und Menschen mit besonderem Schutzbedarf in geeigneten Bereichen',
        'Barrierefreiheit von Zugängen, Zimmern, Sanitärräumen sowie Alarm- und Informationssystemen; Zimmer im Erdgeschoss für Menschen, die sich im Brandfall nicht selbst retten können',
        'Zugang zu Kita, Schule, Sprachkursen, Gesundheitsversorgung und psychosozialer Beratung sowie Angebote, die Bewohner:innen stärken',
      ],
    },
    { type: 'heading', level: 3, text: 'Worauf die Beratung achtet' },
    {
      type: 'paragraph',
      text: 'Die Beratung achtet darauf, dass der Ist-Zustand ehrlich beschrieben ist, nicht nur der Soll-Zustand. Wo ein Standard (noch) nicht erfüllt ist, gehören eine Übergangslösung und ein Zeitplan hinein – etwa feste Duschzeiten für Frauen mit Aufsicht, bis abschließbare Türen eingebaut sind. Gerade in Not- und Interimsunterkünften ist diese Ehrlichkeit wichtig.',
    },
    { type: 'heading', level: 3, text: 'Häufige Lücken' },
    {
      type: 'bulletList',
      items: [
        'Standards werden als erfüllt dargestellt, obwohl es in einzelnen Unterkünften keine abschließbaren Räume gibt.',
        'Generalschlüssel werden ohne Regel genutzt; Personal betritt Zimmer unangekündigt.',
        'Zur Barrierefreiheit gibt es keine Angaben.',
        'Kinder- und Frauenräume sind vorhanden, aber meist verschlossen oder werden als Lager genutzt.',
      ],
    },
  ],
  questions: [
    'Sind in jeder Unterkunft Zimmer und Sanitärräume abschließbar und nach Geschlechtern getrennt?',
    'Wo gibt es Rückzugs-, Frauen- und Kinderräume, und wann sind sie tatsächlich zugänglich?',
    'Welche Bereiche sind schlecht beleuchtet oder schwer einsehbar?',
    'Welche Plätze, Zugänge und Sanitärräume sind barrierefrei?',
    'Wer darf Zimmer betreten, und wie wird das angekündigt?',
  ],
  starter: [
    {
      type: 'table',
      header: ['Standard', 'Unterkunft', 'Erfüllt?', 'Übergangslösung', 'Maßnahme und Frist'],
      rows: [
        ['Abschließbare Zimmer bzw. Wohneinheiten', '', '', '', ''],
        ['Nach Geschlechtern getrennte, abschließbare Sanitärräume', '', '', '', ''],
        ['Ausreichende Beleuchtung innen und außen', '', '', '', ''],
        ['Kinderfreundlicher Ort mit betreuten Öffnungszeiten', '', '', '', ''],
        ['Frauen- bzw. Rückzugsraum', '', '', '', ''],
        ['Barrierefreie Zimmer, Zugänge und Sanitärräume', '', '', '', ''],
        ['Gemeinschaftsraum mit Nutzungsregeln', '', '', '', ''],
        ['Rauchmelder, mehrsprachige Flucht- und Rettungspläne, Alarm nach dem Zwei-Sinne-Prinzip', '', '', '', ''],
      ],
    },
  ],
  textBlocks: [
    {
      key: 'standards-allgemein',
      title: 'Bauliche und räumliche Standards',
      blocks: [
        { type: 'paragraph', text: 'In allen Unterkünften {{district.gen}} gelten folgende Standards:' },
        {
          type: 'bulletList',
          items: [
            'Zimmer und Wohneinheiten sind von innen abschließbar; jede erwachsene Person erhält einen eigenen Schlüssel.',
            'Sanitärräume sind nach Geschlechtern getrennt, von innen abschließbar und auf dem Weg dorthin ausreichend beleuchtet.',
            'Flure, Treppenhäuser, Eingänge und Außenwege sind nachts beleuchtet.',
            'Es gibt einen kinderfreundlichen Ort und einen Rückzugsraum, der Frauen vorbehalten ist.',
            'Familien, alleinreisende Frauen und Menschen mit besonderem Schutzbedarf werden in geeigneten, möglichst abgetrennten Bereichen untergebracht.',
            'Bei der Planung neuer Unterkünfte sind Barrierefreiheit und diese Standards Teil der Anforderungen.',
          ],
        },
        {
          type: 'paragraph',
          text: 'Wo ein Standard noch nicht erfüllt ist, sind in der Übersicht eine Übergangslösung und eine Frist festgelegt.',
        },
      ],
    },
    {
      key: 'zimmer-betreten',
      title: 'Betreten von Zimmern',
      blocks: [
        {
          type: 'paragraph',
          text: 'Zimmer sind der private Rückzugsraum der Bewohner:innen. Mitarbeitende und Sicherheitskräfte betreten sie nur nach Anklopfen und Ankündigung, möglichst in Anwesenheit der Bewohner:innen. Ohne Ankündigung wird ein Zimmer nur bei Gefahr für Leib und Leben betreten. Jedes Betreten in Abwesenheit der Bewohner:innen wird mit Datum, Uhrzeit und Anlass dokumentiert.',
        },
      ],
    },
    {
      key: 'kinderfreundlicher-ort',
      title: 'Kinderfreundlicher Ort',
      blocks: [
        {
          type: 'paragraph',
          text: 'In jeder Unterkunft gibt es einen Raum oder Bereich, der für Kinder eingerichtet ist und zu festen Zeiten betreut geöffnet ist. Die Betreuung übernehmen [Fachkräfte bzw. geschulte Ehrenamtliche mit erweitertem Führungszeugnis]. Hausaufgabenhilfe und Lernangebote für Schulkinder finden [Ort, Zeiten] statt.',
        },
      ],
    },
    {
      key: 'teilhabe',
      title: 'Zugang zu Bildung, Gesundheit und Teilhabe',
      blocks: [
        {
          type: 'paragraph',
          text: 'Die Soziale Arbeit unterstützt Bewohner:innen beim Zugang zu Kita, Schule, Sprachkursen, Gesundheitsversorgung und psychosozialer Beratung. Angebote, die Bewohner:innen stärken – etwa Frauen- und Elterngruppen, Sport, Freizeit und Informationen über Rechte –, werden gemeinsam mit ihnen geplant.',
        },
      ],
    },
  ],
  checklist: [
    {
      key: 'abschliessbar',
      text: 'Zimmer bzw. Wohneinheiten sind abschließbar; eine Schlüsselregelung liegt vor.',
      standard: 5,
      level: 'typisch',
    },
    {
      key: 'sanitaer',
      text: 'Sanitärräume sind nach Geschlechtern getrennt, abschließbar und gut erreichbar.',
      standard: 5,
      level: 'typisch',
    },
    {
      key: 'beleuchtung',
      text: 'Flure, Wege und Außenbereiche sind ausreichend beleuchtet.',
      standard: 5,
      level: 'typisch',
    },
    {
      key: 'kinder-frauenraeume',
      text: 'Kinderfreundliche Orte sowie Frauen- und Rückzugsräume sind vorhanden und tatsächlich zugänglich.',
      standard: 5,
      level: 'typisch',
    },
    {
      key: 'zugang-versorgung',
      text: 'Der Zugang zu Kita, Schule, Gesundheitsversorgung und psychosozialer Beratung ist organisiert.',
      standard: 5,
      level: 'typisch',
    },
    {
      key: 'barrierefreiheit',
      text: 'Barrierefreie Zimmer, Sanitärräume und Zugänge sind ausgewiesen; Alarm- und Informationswege funktionieren auch bei Seh- oder Hörbehinderung.',
      standard: 'behinderung',
      level: 'typisch',
    },
    {
      key: 'lsbti-unterbringung',
      text: 'LSBTI*-Personen können auf Wunsch in geschützten Bereichen oder Einzelzimmern untergebracht werden.',
      standard: 'lsbti',
      level: 'typisch',
    },
    {
      key: 'rueckzug-trauma',
      text: 'Ruhige Rückzugsmöglichkeiten stehen Menschen mit Traumafolgen zur Verfügung.',
      standard: 'trauma',
      level: 'empfohlen',
    },
  ],
  legalRefs: ['un-brk', 'un-krk', 'eu-aufnahme-rl-2013', 'eu-aufnahme-rl-2024', 'mindeststandards'],
} satisfies AbschnittEntwurf;
