import type { AbschnittEntwurf } from './gliederung';

export const dokumentationDatenschutz = {
  key: 'dokumentation-datenschutz',
  title: 'Dokumentation, Datenschutz und Nachsorge',
  purpose:
    'Der Abschnitt regelt, wie Vorfälle dokumentiert, sensible Daten geschützt und ausgewertet werden und welche Nachsorge Betroffene, Zeug:innen und Mitarbeitende erhalten.',
  required: false,
  standards: [4, 6],
  annexes: ['lsbti'],
  guidance: [
    {
      type: 'paragraph',
      text: 'Gute Dokumentation schützt: Sie macht Entscheidungen nachvollziehbar, hilft Betroffenen in späteren Verfahren und liefert die Grundlage für das Monitoring. Zugleich geht es um besonders sensible Daten – über Gewalt, Gesundheit, sexuelle Orientierung oder Kinderschutz. Dieser Abschnitt legt fest, was wie dokumentiert wird, wer Zugriff hat, wie lange Daten aufbewahrt werden und wie Nachsorge organisiert ist.',
    },
    { type: 'heading', level: 3, text: 'Was hierher gehört' },
    {
      type: 'bulletList',
      items: [
        'ein einheitlicher Dokumentationsbogen für Vorfälle (Anlage): Datum, Ort, Art des Vorfalls, Ablauf, Maßnahmen, informierte Stellen – sachlich und ohne Wertungen',
        'die Trennung von **Falldokumentation** (personenbezogen, streng geschützt) und **Monitoringdaten** (anonymisiert und zusammengefasst)',
        'Zugriffsrechte, Aufbewahrungsort und Löschfristen, abgestimmt mit der oder dem Datenschutzbeauftragten',
        'die Grundlagen für eine Weitergabe von Daten, etwa an Jugendamt oder Polizei, und der Umgang mit Einwilligungen',
        'Nachsorge für Betroffene, Zeug:innen und Mitarbeitende; Fallbesprechungen; Rückmeldung an die Person, die einen Vorfall gemeldet hat',
      ],
    },
    {
      type: 'paragraph',
      text: 'Das Konzept selbst enthält keine personenbezogenen Daten von Bewohner:innen. Es beschreibt, wie dokumentiert wird – nicht die Fälle selbst.',
    },
    { type: 'heading', level: 3, text: 'Worauf die Beratung achtet' },
    {
      type: 'paragraph',
      text: 'Die Beratung achtet darauf, dass die Dokumentation für das Monitoring nutzbar ist, ohne Betroffene zu gefährden, und dass Nachsorge nicht mit dem Polizeieinsatz endet. Sie fragt auch, ob alle Unterkünfte gleich dokumentieren – nur dann lassen sich Entwicklungen erkennen.',
    },
    { type: 'heading', level: 3, text: 'Häufige Lücken' },
    {
      type: 'bulletList',
      items: [
        'Jede Unterkunft dokumentiert anders; eine Auswertung ist nicht möglich.',
        'Sensible Vermerke stehen in allgemein zugänglichen Dienstbüchern.',
        'Es gibt keine Löschfristen.',
        'Nachsorge ist nur für Betroffene vorgesehen, nicht für Zeug:innen und Mitarbeitende.',
      ],
    },
  ],
  questions: [
    'Welche Vorfälle werden wie dokumentiert, und mit welchem Formular?',
    'Wer hat Zugriff auf Falldokumentationen, und wie lange werden sie aufbewahrt?',
    'Welche Daten werden für das Monitoring anonymisiert weitergegeben, und wie oft?',
    'Welche Nachsorge erhalten Betroffene, Zeug:innen und Mitarbeitende?',
  ],
  textBlocks: [
    {
      key: 'grundsaetze-dokumentation',
      title: 'Grundsätze der Dokumentation',
      blocks: [
        {
          type: 'bulletList',
          items: [
            'Vorfälle werden auf dem einheitlichen Dokumentationsbogen (Anlage) festgehalten – zeitnah, sachlich, mit Datum und Namenszeichen der dokumentierenden Person.',
            'Beobachtungen und Aussagen werden getrennt von Einschätzungen notiert; Aussagen Betroffener möglichst wörtlich.',
            'Falldokumentationen werden verschlossen bzw. in zugriffsgeschützten Systemen aufbewahrt. Zugriff haben nur [Rollen].',
            'Angaben zu Gesundheit, sexueller Orientierung oder geschlechtlicher Identität werden nur aufgenommen, wenn sie für den Schutz erforderlich sind.',
            'Daten werden nur weitergegeben, wenn eine Rechtsgrundlage oder eine Einwilligung vorliegt; im Kinderschutz gilt das mit dem Jugendamt abgestimmte Verfahren.',
            'Falldokumentationen werden nach [Frist] gelöscht, sofern keine Aufbewahrungspflicht besteht. Die Fristen sind mit der oder dem Datenschutzbeauftragten {{district.gen}} abgestimmt.',
          ],
        },
      ],
    },
    {
      key: 'vorfallstatistik',
      title: 'Anonymisierte Vorfallstatistik',
      blocks: [
        {
          type: 'paragraph',
          text: 'Die Leitungen der Unterkünfte melden der Gewaltschutzkoordination [vierteljährlich] die Zahl der Vorfälle nach Art (entsprechend den Ablaufplänen), die eingeleiteten Maßnahmen und die beteiligten Stellen – ohne Namen und ohne Angaben, die Rückschlüsse auf einzelne Personen zulassen. Bei kleinen Fallzahlen werden Angaben zusammengefasst, damit niemand erkennbar wird.',
        },
      ],
    },
    {
      key: 'nachsorge',
      title: 'Nachsorge',
      blocks: [
        {
          type: 'paragraph',
          text: 'Nach jedem gravierenden Vorfall wird geprüft, welche Unterstützung Betroffene, Zeug:innen – auch Kinder – und beteiligte Mitarbeitende brauchen. Die Soziale Arbeit vermittelt Beratung und Behandlung; Mitarbeitende erhalten ein Nachgespräch und bei Bedarf Supervision. Wer einen Vorfall gemeldet hat, erhält eine Rückmeldung, soweit der Schutz der Betroffenen dies zulässt. Gravierende Vorfälle werden innerhalb von [zwei Wochen] in einer Fallbesprechung ausgewertet.',
        },
      ],
    },
  ],
  checklist: [
    {
      key: 'dokumentationsbogen',
      text: 'Ein einheitlicher Dokumentationsbogen für Vorfälle liegt vor und wird in allen Unterkünften genutzt.',
      standard: 4,
      level: 'typisch',
    },
    {
      key: 'zugriff-loeschung',
      text: 'Zugriffsrechte, Aufbewahrung und Löschfristen sind datenschutzkonform geregelt.',
      standard: 6,
      level: 'typisch',
    },
    {
      key: 'anonymisierte-daten',
      text: 'Für das Monitoring werden nur anonymisierte, zusammengefasste Daten genutzt.',
      standard: 6,
      level: 'typisch',
    },
    {
      key: 'nachsorge',
      text: 'Nachsorge für Betroffene, Zeug:innen und Mitarbeitende ist beschrieben.',
      standard: 4,
      level: 'typisch',
    },
    {
      key: 'fallbesprechungen',
      text: 'Gravierende Vorfälle werden in Fallbesprechungen ausgewertet; Ergebnisse fließen in die Fortschreibung ein.',
      standard: 4,
      level: 'typisch',
    },
    {
      key: 'kein-outing',
      text: 'Die Dokumentation ist so gestaltet, dass niemand ungewollt geoutet wird.',
      standard: 'lsbti',
      level: 'empfohlen',
    },
  ],
  legalRefs: ['dsgvo', 'sgb8-8a', 'mindeststandards'],
} satisfies AbschnittEntwurf;
