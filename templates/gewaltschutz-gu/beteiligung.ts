import type { AbschnittEntwurf } from './gliederung';
import { rufnummer } from './nummern';

export const beteiligung = {
  key: 'beteiligung',
  title: 'Beteiligung und Information der Bewohner:innen',
  purpose:
    'Der Abschnitt beschreibt, wie Bewohner:innen an Regeln, Angeboten und der Weiterentwicklung des Konzepts beteiligt und wie sie über ihre Rechte und Hilfewege informiert werden.',
  required: true,
  standards: [3, 1, 5],
  annexes: ['behinderung'],
  guidance: [
    {
      type: 'paragraph',
      text: 'Schutz gelingt nur mit den Menschen, die geschützt werden sollen. Bewohner:innen kennen die Gefahrenorte ihrer Unterkunft am besten – und sie können Hilfewege nur nutzen, wenn sie davon wissen und ihnen vertrauen. Fehlende Beteiligung ist einer der häufigsten Befunde der DeBUG-Beratung.',
    },
    { type: 'heading', level: 3, text: 'Was hierher gehört' },
    {
      type: 'bulletList',
      items: [
        '**Formate der Beteiligung:** Bewohner:innenbeirat oder Sprecher:innen, Versammlungen, nach Gruppen getrennte Gesprächsrunden (Frauen, Jugendliche, Eltern), Kinderbeteiligung, Befragungen',
        '**Themen**, bei denen Bewohner:innen mitreden: Hausordnung, Nutzung der Gemeinschaftsräume, Angebote, Risikoanalyse, Fortschreibung des Konzepts',
        '**Information bei Einzug:** Rechte, Hausordnung, Ansprechpersonen, Beschwerdewege, Notrufnummern – mündlich mit Sprachmittlung und schriftlich in den Hauptsprachen',
        '**Aushänge** mit Ablaufplänen, Ansprechpersonen und Notrufnummern in mehreren Sprachen und mit Piktogrammen',
        '**barrierefreie Information:** Leichte Sprache, große Schrift, Audio- oder Videoformate',
        '**Stärkung:** Angebote, die über Rechte, Gleichberechtigung, Kinderschutz und Hilfen informieren und Selbstorganisation fördern',
      ],
    },
    { type: 'heading', level: 3, text: 'Worauf die Beratung achtet' },
    {
      type: 'paragraph',
      text: 'Die Beratung fragt, wie Beteiligung konkret stattfindet – wer, wie oft, mit welchen Ergebnissen – und ob sie auch Gruppen erreicht, die in Versammlungen selten zu Wort kommen: Frauen, Kinder, Menschen mit Behinderung, LSBTI*-Personen. Beteiligung ist mehr als Information: Bewohner:innen sollen erleben, dass ihre Hinweise etwas verändern.',
    },
    { type: 'heading', level: 3, text: 'Häufige Lücken' },
    {
      type: 'bulletList',
      items: [
        'Beteiligung ist nur als Absicht formuliert, ohne Format und Rhythmus.',
        'Informationen gibt es nur auf Deutsch oder nur schriftlich.',
        'Der Beirat besteht ausschließlich aus Männern.',
        'Bewohner:innen erfahren nicht, was aus ihren Anliegen geworden ist.',
      ],
    },
    {
      type: 'paragraph',
      text: 'Halten Sie Ergebnisse von Beteiligungsformaten ohne Namen fest: Datum, Format, Gruppe, zentrale Punkte und Folgerungen.',
    },
  ],
  questions: [
    'In welchen Formaten werden Bewohner:innen beteiligt, und wie oft?',
    'Wie erreichen Sie Frauen, Kinder und Jugendliche, Menschen mit Behinderung und andere Gruppen, die in Versammlungen selten sprechen?',
    'In welchen Sprachen und Formen erhalten Bewohner:innen Informationen über ihre Rechte und die Hilfewege?',
    'Wie erfahren Bewohner:innen, was aus ihren Anregungen geworden ist?',
  ],
  starter: [
    { type: 'heading', level: 3, text: 'Übersicht der Beteiligung' },
    {
      type: 'table',
      header: ['Datum', 'Format', 'Gruppe', 'Zentrale Punkte (ohne Namen)', 'Folgerungen'],
      rows: [['', '', '', '', '']],
    },
  ],
  textBlocks: [
    {
      key: 'beirat',
      title: 'Bewohner:innenbeirat',
      blocks: [
        {
          type: 'paragraph',
          text: 'In jeder Unterkunft wählen die Bewohner:innen einen Beirat, in dem Frauen und Männer vertreten sind. Der Beirat trifft sich mindestens [monatlich] mit der Leitung der Unterkunft. Er bringt Anliegen zu Hausordnung, Sicherheit, Gemeinschaftsräumen und Angeboten ein und wird an der Fortschreibung dieses Konzepts beteiligt. Ergebnisse der Treffen werden mehrsprachig ausgehängt und in der nächsten Versammlung vorgestellt.',
        },
      ],
    },
    {
      key: 'gespraechsrunden',
      title: 'Getrennte Gesprächsrunden',
      blocks: [
        {
          type: 'paragraph',
          text: 'Mindestens [zweimal] im Jahr finden getrennte Gesprächsrunden für Frauen, für Jugendliche und für Eltern statt – moderiert von Mitarbeitenden des jeweiligen Geschlechts und mit Sprachmittlung. Kinder werden in altersgerechten Formen beteiligt, etwa bei Rundgängen oder Malaktionen. Die Ergebnisse fließen in die Risikoanalyse und das Monitoring ein.',
        },
      ],
    },
    {
      key: 'information-einzug',
      title: 'Information bei Einzug',
      blocks: [
        {
          type: 'paragraph',
          text: 'Bei Einzug erhalten alle Bewohner:innen in einem persönlichen Gespräch mit Sprachmittlung Informationen über',
        },
        {
          type: 'bulletList',
          items: [
            'ihre Rechte und die Regeln der Unterkunft,',
            'die Ansprechpersonen für Gewaltschutz, darunter eine Frau,',
            'die Beschwerdewege, einschließlich der unabhängigen Beschwerdestelle,',
            `Notrufnummern und Beratungsangebote, darunter das ${rufnummer('hilfetelefonFrauen')},`,
            'Angebote für Kinder, Frauen und Familien.',
          ],
        },
        {
          type: 'paragraph',
          text: 'Das Informationsblatt liegt in den Hauptsprachen der Unterkunft, in Leichter Sprache und mit Piktogrammen vor.',
        },
      ],
    },
  ],
  checklist: [
    {
      key: 'beteiligungsformat',
      text: 'Es gibt ein festes Beteiligungsformat (z. B. Bewohner:innenbeirat), in dem Frauen und Männer vertreten sind.',
      standard: 3,
      level: 'typisch',
    },
    {
      key: 'getrennte-runden',
      text: 'Frauen, Jugendliche und Kinder werden in eigenen, geschützten Formaten beteiligt.',
      standard: 3,
      level: 'empfohlen',
    },
    {
      key: 'information-sprachen',
      text: 'Bewohner:innen werden bei Einzug mündlich und schriftlich in ihren Sprachen über Rechte, Ansprechpersonen und Hilfewege informiert.',
      standard: 1,
      level: 'typisch',
    },
    {
      key: 'aushaenge',
      text: 'Ablaufpläne, Ansprechpersonen und Notrufnummern hängen mehrsprachig und mit Piktogrammen aus.',
      standard: 1,
      level: 'typisch',
    },
    {
      key: 'staerkung',
      text: 'Angebote zur Stärkung der Bewohner:innen (z. B. Frauen- und Elterngruppen, Informationen über Rechte) sind vorgesehen.',
      standard: 5,
      level: 'typisch',
    },
    {
      key: 'barrierefreie-information',
      text: 'Informationen liegen barrierefrei vor – in Leichter Sprache, großer Schrift oder als Audio.',
      standard: 'behinderung',
      level: 'typisch',
    },
    {
      key: 'rueckmeldung',
      text: 'Bewohner:innen erhalten Rückmeldung, was aus ihren Anliegen geworden ist.',
      standard: 3,
      level: 'empfohlen',
    },
  ],
  legalRefs: ['un-krk', 'un-brk', 'mindeststandards'],
} satisfies AbschnittEntwurf;
