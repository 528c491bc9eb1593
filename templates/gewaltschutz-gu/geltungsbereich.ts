import type { AbschnittEntwurf } from './gliederung';

export const geltungsbereich = {
  key: 'geltungsbereich',
  title: 'Geltungsbereich und Unterkünfte',
  purpose:
    'Dieser Abschnitt legt fest, für welche Unterkünfte das Konzept gilt, wer sie betreibt und welche Besonderheiten sie haben.',
  required: true,
  standards: [1, 5],
  annexes: ['behinderung'],
  guidance: [
    {
      type: 'paragraph',
      text: 'Die Mindeststandards verlangen ein Schutzkonzept, das zur jeweiligen Unterkunft passt. Ein kommunales Rahmenkonzept für mehrere Unterkünfte erfüllt diesen Anspruch, wenn es die einzelnen Standorte mit ihren Besonderheiten sichtbar macht – in einer Übersicht in diesem Abschnitt und, wo nötig, in unterkunftsbezogenen Anlagen. Nutzen Sie dafür die Angaben zu den Unterkünften, die Sie in der Werkstatt pflegen, und prüfen Sie vor dem Beschluss, ob sie noch stimmen.',
    },
    { type: 'heading', level: 3, text: 'Was hierher gehört' },
    {
      type: 'bulletList',
      items: [
        'alle Unterkünfte im Geltungsbereich mit Art (Gemeinschaftsunterkunft, Notunterkunft, Wohnverbund), Adresse, Kapazität und Betreiber',
        'die Personalausstattung in Grundzügen: Leitung, Soziale Arbeit, Hausmeisterei, Sicherheitsdienst und vor allem die Besetzung in der Nacht',
        'Besonderheiten: zum Beispiel eine Unterkunft nur für alleinreisende Männer, ein geschützter Bereich für Frauen, barrierefreie Plätze, eine abgelegene Lage',
        'ob das Konzept auch für dezentral in Wohnungen untergebrachte Menschen gilt, etwa bei Beschwerdewegen und Beratung',
        'wer zuständig ist, wenn die Unterbringung an kreisangehörige Gemeinden übertragen wurde',
      ],
    },
    { type: 'heading', level: 3, text: 'Worauf die Beratung achtet' },
    {
      type: 'paragraph',
      text: 'Die Beratung fragt, ob wirklich alle Unterkünfte erfasst sind – auch Notunterkünfte, Turnhallen oder kurzfristig angemietete Objekte – und ob das Konzept für neue Standorte automatisch gilt. Wechselt ein Betreiber, muss die Verbindlichkeit im neuen Vertrag gesichert sein. Ebenso wichtig ist die Frage, wer nachts vor Ort ist: Viele Ablaufpläne funktionieren nur tagsüber, weil nachts allein der Sicherheitsdienst anwesend ist.',
    },
    { type: 'heading', level: 3, text: 'Häufige Lücken' },
    {
      type: 'bulletList',
      items: [
        'Nur die größte Unterkunft ist beschrieben; kleinere Standorte fehlen.',
        'Für neue, vorübergehende oder Notunterkünfte gibt es keine Regelung.',
        'Die Nachtbesetzung ist nicht angegeben.',
        'Belegungsangaben enthalten Namen, Nationalitäten einzelner Familien oder andere Hinweise auf Personen.',
      ],
    },
    {
      type: 'paragraph',
      text: 'Nennen Sie Kapazität und Belegung nur als Zahlen. Personenbezogene Angaben über Bewohner:innen gehören nicht in das Konzept.',
    },
  ],
  questions: [
    'Welche Unterkünfte betreibt oder belegt die Kommune, und wer betreibt sie jeweils?',
    'Gilt das Konzept automatisch auch für neue, vorübergehende oder Notunterkünfte?',
    'Welche Unterkünfte haben Besonderheiten – Zielgruppe, Lage, bauliche Situation, Nachtbesetzung –, die eigene Regelungen brauchen?',
    'Welche Regeln gelten für Menschen, die dezentral in Wohnungen untergebracht sind?',
  ],
  starter: [
    {
      type: 'paragraph',
      text: 'Dieses Konzept gilt für alle Gemeinschaftsunterkünfte {{district.gen}} – für die selbst betriebenen ebenso wie für die, die Dritte in {{district.possessiv}}em Auftrag betreiben. Zum Stand {{edition.stand}} sind dies: {{facilities.names}}.',
    },
    // Art, Betreiber, Plätze und Nachtbesetzung stehen im Anhang „Unterkünfte“, der aus den Angaben der Kommune entsteht:
    // keine zweite, leere Tabelle daneben.
    {
      type: 'paragraph',
      text: 'Art, Betreiber, Plätze, Belegung, Personal, Nachtbesetzung und Ausstattung jeder Unterkunft stehen im Anhang „Unterkünfte“ am Ende dieses Dokuments; er entsteht bei jeder Ausgabe aus den Angaben {{district.gen}} und ist damit immer aktuell. Besonderheiten einzelner Unterkünfte, die eigene Regelungen brauchen – etwa eine Zielgruppe, die Lage oder die bauliche Situation: [Unterkunft: Besonderheit und was für sie gilt].',
    },
  ],
  textBlocks: [
    {
      key: 'geltung-alle-unterkuenfte',
      title: 'Geltung für alle Unterkünfte',
      blocks: [
        {
          type: 'paragraph',
          text: 'Das Konzept gilt für alle Gemeinschaftsunterkünfte {{district.gen}}. Zum Stand {{edition.stand}} sind dies {{facilities.names}} (Anzahl der Unterkünfte: {{facilities.count}}; Plätze insgesamt: {{facilities.capacity}}).',
        },
        {
          type: 'paragraph',
          text: 'Es gilt ohne weiteren Beschluss auch für Unterkünfte, die künftig in Betrieb genommen oder vorübergehend genutzt werden, und bei einem Wechsel des Betreibers. Neue Betreiber und Dienstleister werden vertraglich auf das Konzept verpflichtet.',
        },
      ],
    },
    {
      key: 'dezentrale-unterbringung',
      title: 'Dezentral untergebrachte Menschen',
      blocks: [
        {
          type: 'paragraph',
          text: 'Auch Menschen, denen {{district.nom}} eine Wohnung zugewiesen hat, können die in diesem Konzept beschriebenen Beschwerde- und Beratungswege nutzen. Erfahren Mitarbeitende der Verwaltung oder der Migrationsberatung von Gewalt in einer Wohnung, gelten die Ablaufpläne sinngemäß.',
        },
      ],
    },
    {
      key: 'unterkunftsanlage',
      title: 'Unterkunftsbezogene Anlagen',
      blocks: [
        {
          type: 'paragraph',
          text: 'Für jede Unterkunft wird eine eigene Anlage geführt. Sie hält die örtlichen Gegebenheiten, die Ergebnisse der Risikoanalyse, die Ansprechpersonen vor Ort und besondere Regelungen fest. Die Leitung der Unterkunft pflegt die Anlage gemeinsam mit der Gewaltschutzkoordination und aktualisiert sie mindestens einmal im Jahr.',
        },
      ],
    },
  ],
  checklist: [
    {
      key: 'alle-unterkuenfte',
      text: 'Alle Unterkünfte im Geltungsbereich sind mit Art, Betreiber und Kapazität aufgeführt.',
      standard: 1,
      level: 'typisch',
    },
    {
      key: 'neue-standorte',
      text: 'Die Geltung für neue und vorübergehend genutzte Unterkünfte sowie bei Betreiberwechsel ist geregelt.',
      standard: 1,
      level: 'empfohlen',
    },
    {
      key: 'unterkunftsspezifisch',
      text: 'Besonderheiten der einzelnen Unterkünfte sind beschrieben oder in unterkunftsbezogenen Anlagen festgehalten.',
      standard: 1,
      level: 'typisch',
    },
    {
      key: 'nachtbesetzung',
      text: 'Personalausstattung und Nachtbesetzung sind je Unterkunft erfasst.',
      standard: 2,
      level: 'typisch',
    },
    {
      key: 'barrierefreie-plaetze',
      text: 'Barrierefreie Plätze sind je Unterkunft ausgewiesen.',
      standard: 'behinderung',
      level: 'empfohlen',
    },
  ],
  legalRefs: ['asylg-53-3', 'nds-aufng', 'mindeststandards'],
} satisfies AbschnittEntwurf;
