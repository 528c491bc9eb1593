import type { AbschnittEntwurf } from '../gliederung';
import { POLIZEI, ablaufplan } from '../util';

export const lsbtiFeindlicheGewalt = {
  key: 'intervention-lsbti',
  title: 'LSBTI*-feindliche Gewalt',
  purpose:
    'Vorgehen bei Anfeindungen, Drohungen und Gewalt gegen lesbische, schwule, bisexuelle, trans*, inter* und queere Bewohner:innen, mit Vorrang für Vertraulichkeit.',
  required: true,
  standards: [4],
  annexes: ['lsbti'],
  guidance: [
    {
      type: 'paragraph',
      text: 'LSBTI*-Geflüchtete erleben in Unterkünften häufig Anfeindungen, Drohungen und Gewalt – durch Mitbewohnende, manchmal durch die eigene Familie oder Landsleute, manchmal auch durch Personal. Viele verbergen ihre Identität aus Angst. Ein unfreiwilliges Outing kann sie in große Gefahr bringen, innerhalb und außerhalb der Unterkunft.',
    },
    {
      type: 'paragraph',
      text: 'Der Plan stellt deshalb Vertraulichkeit an die erste Stelle: Angaben zur sexuellen Orientierung oder geschlechtlichen Identität werden nur mit ausdrücklicher Zustimmung weitergegeben – auch nicht in Akten, Meldungen oder an Sprachmittelnde. Schutz bedeutet oft eine schnelle Verlegung in ein Einzelzimmer, eine andere Unterkunft oder eine geschützte Wohnung, wenn die betroffene Person das wünscht. Eine LSBTI*-Beratungsstelle hilft bei der Einschätzung und bei der Suche nach sicheren Orten. Erste Ansprechperson in der Unterkunft ist die benannte Ansprechperson für LSBTI*-Geflüchtete (Abschnitt „LSBTI*-Geflüchtete“).',
    },
    {
      type: 'paragraph',
      text: '**Häufige Lücken:** keine LSBTI*-Beratung im Netzwerk; Sprachmittelnde aus dem Umfeld der betroffenen Person ohne Sensibilisierung; Gewalt wird als „Streit unter Mitbewohnern“ eingeordnet.',
    },
  ],
  questions: [
    'Welche LSBTI*-Beratungsstelle unterstützt Ihre Unterkünfte, und wie ist sie erreichbar?',
    'Welche geschützten Unterbringungsmöglichkeiten stehen kurzfristig zur Verfügung?',
    'Wie verhindern Sie, dass die Identität einer Person ohne ihre Zustimmung bekannt wird – auch in Akten und bei der Sprachmittlung?',
  ],
  starter: ablaufplan({
    ausloeser: [
      'eine Person wegen ihrer sexuellen Orientierung oder geschlechtlichen Identität beleidigt, bedroht oder angegriffen wird,',
      'sich eine Person anvertraut und von Angst vor Mitbewohnenden oder Angehörigen berichtet,',
      'es Hinweise auf Erpressung mit einem drohenden Outing gibt,',
      'eine Person ausgegrenzt wird, etwa bei der Nutzung von Gemeinschafts- oder Sanitärräumen.',
    ],
    sofort: [
      `Bei akuter Gefahr die Polizei (${POLIZEI}) rufen und die betroffene Person in einen sicheren Raum bringen.`,
      'Vertraulich sprechen – auf Wunsch mit der benannten Ansprechperson für LSBTI*-Geflüchtete – und fragen, wer was wissen darf; die Identität nicht ohne ausdrückliche Zustimmung weitergeben.',
      'Sprachmittlung sorgfältig wählen: sensibilisiert, nicht aus dem Umfeld der betroffenen Person, auf Wunsch telefonisch.',
      'Auf Wunsch sofort die Verlegung in ein Einzelzimmer, eine andere Unterkunft oder eine geschützte Unterbringung einleiten.',
      'Trans* und inter* Personen die Wahl des Sanitärbereichs und der Ansprechperson lassen.',
    ],
    informiert: [
      ['Polizei', 'sofort bei akuter Gefahr', 'wer die Gefahr bemerkt', `Notruf ${POLIZEI}; {{kontakt.polizei}}`],
      ['Leitung der Unterkunft', 'sofort; Angaben zur Identität nur mit Zustimmung der betroffenen Person', 'Mitarbeitende bzw. Sicherheitsdienst', '{{kontakt.leitung_unterkunft}}'],
      ['LSBTI*-Beratungsstelle', 'mit Einverständnis, zeitnah', 'Soziale Arbeit', '{{kontakt.lsbti}}'],
      ['Unterbringungsverwaltung', 'bei Verlegungswunsch am selben Tag', 'Leitung der Unterkunft', '{{kontakt.unterbringung}}'],
    ],
    dokumentation: [
      'Den Vorfall ohne Angaben zur sexuellen Orientierung oder geschlechtlichen Identität dokumentieren, sofern die betroffene Person nicht ausdrücklich zustimmt.',
      'Den neuen Unterbringungsort der betroffenen Person vertraulich behandeln.',
      'Ein queerfeindliches Motiv bei einer Anzeige gegenüber der Polizei benennen, wenn die betroffene Person zustimmt.',
    ],
    nachsorge: [
      'Kontakt zur LSBTI*-Beratung und zu Community-Angeboten vermitteln.',
      'Regelmäßig nachfragen, ob sich die betroffene Person in der neuen Umgebung sicher fühlt.',
      'Behutsam und nur, wenn die Person es möchte, darauf hinweisen, dass Verfolgung wegen der sexuellen Orientierung oder geschlechtlichen Identität für das Asylverfahren bedeutsam sein kann, und eine unabhängige Asylverfahrensberatung oder LSBTI*-Beratung vermitteln; die Unterkunft gibt selbst nichts an Behörden weiter.',
    ],
    nachbereitung: [
      'Mit Team und Sicherheitsdienst klären, ob Haltung und Wissen ausreichen; Schulungsbedarf in den Schulungsplan aufnehmen.',
      'Prüfen, ob Hausordnung und Informationsmaterial Vielfalt ausdrücklich schützen.',
    ],
  }),
  checklist: [
    {
      key: 'vertraulichkeit-identitaet',
      text: 'Angaben zur Identität werden nur mit ausdrücklicher Zustimmung weitergegeben – auch nicht in Meldungen und Akten.',
      standard: 'lsbti',
      level: 'typisch',
    },
    {
      key: 'geschuetzte-unterbringung',
      text: 'Eine kurzfristige geschützte Unterbringung ist möglich und organisiert.',
      standard: 'lsbti',
      level: 'typisch',
    },
    {
      key: 'lsbti-beratung-im-plan',
      text: 'Eine LSBTI*-Beratungsstelle ist im Ablaufplan mit örtlicher Nummer benannt.',
      standard: 3,
      level: 'typisch',
    },
  ],
  legalRefs: ['mindeststandards'],
} satisfies AbschnittEntwurf;
