import type { AbschnittEntwurf } from './gliederung';

export const beschwerdemanagement = {
  key: 'beschwerdemanagement',
  title: 'Beschwerdemanagement',
  purpose:
    'Der Abschnitt beschreibt die internen und unabhängigen externen Beschwerdewege, den Schutz der Beschwerdeführenden sowie Fristen, Zuständigkeiten und Eskalation.',
  required: true,
  standards: [3],
  annexes: ['behinderung'],
  guidance: [
    {
      type: 'paragraph',
      text: 'Wer Gewalt erlebt oder beobachtet, braucht einen sicheren Weg, das mitzuteilen – auch dann, wenn sich die Beschwerde gegen Mitarbeitende, den Sicherheitsdienst oder den Betreiber selbst richtet. Deshalb braucht es neben internen Wegen mindestens einen **unabhängigen externen Weg**, der weder beim Betreiber noch bei der Unterbringungsverwaltung liegt.',
    },
    { type: 'heading', level: 3, text: 'Was hierher gehört' },
    {
      type: 'bulletList',
      items: [
        'interne Wege: persönliche Ansprechpersonen (eine Frau und ein Mann), offene Sprechstunden, ein Briefkasten außerhalb der Büros, gegebenenfalls ein Online-Formular',
        'die unabhängige Beschwerdestelle: wer sie ist, wie sie erreichbar ist, in welchen Sprachen sie arbeitet – etwa eine Ombudsstelle, eine beauftragte Beratungsstelle oder die Integrationsbeauftragte',
        'Anonymität, Vertraulichkeit und der Schutz vor Nachteilen für alle, die sich beschweren',
        'Fristen für Eingangsbestätigung, Bearbeitung und Rückmeldung',
        'Zuständigkeit und Eskalation: Wer bearbeitet, wer entscheidet, wann wird die Kommune einbezogen? Beschwerden gegen eine Person werden nie von dieser Person bearbeitet.',
        'Dokumentation und anonymisierte Auswertung im Monitoring',
        'wie die Wege bekannt gemacht werden, in den Sprachen der Bewohner:innen und barrierefrei',
      ],
    },
    { type: 'heading', level: 3, text: 'Worauf die Beratung achtet' },
    {
      type: 'paragraph',
      text: 'Das Fehlen eines unabhängigen Beschwerdeweges ist einer der häufigsten Befunde. Die Beratung prüft, ob die externe Stelle tatsächlich unabhängig ist: Eine Beschwerde über den Sicherheitsdienst, die beim Sicherheitsdienst landet, schützt niemanden. Ebenso wichtig ist, dass Bewohner:innen die Wege kennen. Ein Verfahren, über das nie eine Beschwerde eingeht, ist ein Warnsignal, kein Erfolg.',
    },
    { type: 'heading', level: 3, text: 'Häufige Lücken' },
    {
      type: 'bulletList',
      items: [
        'Es gibt nur einen Briefkasten im Büro der Leitung.',
        'Die externe Stelle ist ohne Telefonnummer, Sprechzeiten oder Sprachangebot genannt.',
        'Es gibt keine Fristen und keine Rückmeldung an die beschwerdeführende Person.',
        'Es ist nicht geregelt, was bei Beschwerden gegen Mitarbeitende geschieht.',
      ],
    },
  ],
  questions: [
    'Welche internen Beschwerdewege gibt es, und sind sie auch ohne Deutschkenntnisse nutzbar?',
    'Welche Stelle nimmt Beschwerden unabhängig vom Betreiber und von der Unterbringungsverwaltung entgegen?',
    'Wie werden Anonymität und Schutz vor Nachteilen sichergestellt?',
    'Welche Fristen gelten für Eingangsbestätigung, Bearbeitung und Rückmeldung?',
    'Wer bearbeitet Beschwerden gegen Mitarbeitende oder den Sicherheitsdienst?',
  ],
  starter: [
    {
      type: 'table',
      header: ['Beschwerdeweg', 'Zuständig', 'Erreichbarkeit', 'Sprachen', 'Anonym möglich'],
      rows: [
        ['Persönliche Ansprechpersonen in der Unterkunft', '', '', '', 'nein, aber vertraulich'],
        ['Beschwerdebriefkasten außerhalb der Büros', '', 'jederzeit', 'alle', 'ja'],
        ['Unabhängige Beschwerdestelle', '', '{{kontakt.beschwerdestelle}}', '', 'ja'],
        ['Gewaltschutzkoordination', '{{concept.coordinator}}', '{{coordination.telefon}}', '', 'nein, aber vertraulich'],
      ],
    },
  ],
  textBlocks: [
    {
      key: 'beschwerdeverfahren',
      title: 'Beschwerdeverfahren',
      blocks: [
        {
          type: 'paragraph',
          text: 'Alle Bewohner:innen, Mitarbeitenden und Ehrenamtlichen können sich beschweren – mündlich oder schriftlich, in ihrer Sprache und auf Wunsch anonym. Niemandem entsteht durch eine Beschwerde ein Nachteil.',
        },
        {
          type: 'orderedList',
          items: [
            'Jede Beschwerde wird dokumentiert. Die beschwerdeführende Person erhält innerhalb von [drei] Werktagen eine Eingangsbestätigung, sofern sie erreichbar ist.',
            'Die Leitung der Unterkunft prüft die Beschwerde und leitet Maßnahmen ein. Richtet sich die Beschwerde gegen die Leitung oder gegen Mitarbeitende, übernimmt die Gewaltschutzkoordination.',
            'Innerhalb von [vier Wochen] erhält die beschwerdeführende Person eine Rückmeldung zum Ergebnis.',
            'Hinweise auf Gewalt oder Gefährdung werden nicht nach diesen Fristen, sondern sofort nach dem passenden Ablaufplan bearbeitet.',
            'Beschwerden werden [halbjährlich] anonymisiert ausgewertet und in der Steuerungsgruppe besprochen.',
          ],
        },
      ],
    },
    {
      key: 'unabhaengige-stelle',
      title: 'Unabhängige Beschwerdestelle',
      blocks: [
        {
          type: 'paragraph',
          text: 'Beschwerden aus allen Unterkünften {{district.gen}} nimmt auch eine Stelle entgegen, die von Betreibern und Unterbringungsverwaltung unabhängig ist. Name und Erreichbarkeit laut Kontaktverzeichnis: {{kontakt.beschwerdestelle}}. Die Stelle arbeitet mit Sprachmittlung, behandelt Anliegen vertraulich, gibt Informationen nur mit Einverständnis der beschwerdeführenden Person weiter – außer bei einer akuten Gefahr für Leib und Leben oder für das Wohl eines Kindes – und berichtet der Steuerungsgruppe jährlich in anonymisierter Form.',
        },
      ],
    },
    {
      key: 'beschwerden-personal',
      title: 'Beschwerden über Mitarbeitende',
      blocks: [
        {
          type: 'paragraph',
          text: 'Richtet sich eine Beschwerde gegen Mitarbeitende, Sicherheitskräfte oder Ehrenamtliche, wird die betroffene Person nicht mit der Bearbeitung befasst. Die Gewaltschutzkoordination informiert den jeweiligen Arbeitgeber. Bis zur Klärung wird sichergestellt, dass die beschwerdeführende Person nicht von der beschuldigten Person betreut wird. Bei Hinweisen auf eine Straftat wird mit der betroffenen Person besprochen, ob die Polizei eingeschaltet wird; bei Gefahr für Dritte, insbesondere für Kinder, wird sofort gehandelt.',
        },
      ],
    },
  ],
  checklist: [
    {
      key: 'interne-wege',
      text: 'Mehrere interne Beschwerdewege sind beschrieben, darunter ein Weg ohne persönlichen Kontakt zur Leitung.',
      standard: 3,
      level: 'typisch',
    },
    {
      key: 'unabhaengige-stelle',
      text: 'Eine unabhängige externe Beschwerdestelle ist mit Erreichbarkeit und Sprachangebot benannt.',
      standard: 3,
      level: 'typisch',
    },
    {
      key: 'anonymitaet',
      text: 'Anonymität, Vertraulichkeit und Schutz vor Nachteilen sind zugesichert.',
      standard: 3,
      level: 'typisch',
    },
    {
      key: 'fristen',
      text: 'Fristen für Eingangsbestätigung, Bearbeitung und Rückmeldung sind festgelegt.',
      standard: 3,
      level: 'empfohlen',
    },
    {
      key: 'beschwerden-personal',
      text: 'Das Vorgehen bei Beschwerden über Mitarbeitende und Sicherheitskräfte ist geregelt.',
      standard: 3,
      level: 'typisch',
    },
    {
      key: 'auswertung',
      text: 'Beschwerden werden anonymisiert ausgewertet und fließen in das Monitoring ein.',
      standard: 6,
      level: 'typisch',
    },
    {
      key: 'barrierefreie-beschwerde',
      text: 'Die Beschwerdewege sind auch für Menschen mit Seh-, Hör- oder kognitiven Beeinträchtigungen nutzbar.',
      standard: 'behinderung',
      level: 'empfohlen',
    },
  ],
  legalRefs: ['un-krk', 'mindeststandards'],
} satisfies AbschnittEntwurf;
