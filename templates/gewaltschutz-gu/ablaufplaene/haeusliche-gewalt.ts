import type { AbschnittEntwurf } from '../gliederung';
import { rufnummer } from '../nummern';
import { POLIZEI, ablaufplan } from '../util';

export const haeuslicheGewalt = {
  key: 'intervention-haeusliche-gewalt',
  title: 'Häusliche Gewalt und Gewalt gegen Frauen',
  purpose:
    'Vorgehen bei Gewalt in Partnerschaft und Familie sowie bei geschlechtsspezifischer Gewalt gegen Frauen, einschließlich räumlicher Trennung und Schutzanordnungen.',
  required: true,
  standards: [4],
  guidance: [
    {
      type: 'paragraph',
      text: 'Häusliche Gewalt ist in Gemeinschaftsunterkünften besonders schwer zu durchbrechen: Betroffene und gewaltausübende Person leben unter einem Dach, oft ohne Ausweichmöglichkeit. Betroffene – meist Frauen, oft mit Kindern – fürchten zudem Folgen für ihr Asylverfahren, ihren Aufenthalt oder ihr Ansehen in der Community.',
    },
    {
      type: 'paragraph',
      text: 'Grundsatz: **Die gewaltausübende Person wird verlegt**, nicht die betroffene – es sei denn, diese wünscht selbst einen Wechsel. Die Polizei kann nach Landespolizeirecht eine Wegweisung aussprechen; das Familiengericht kann nach dem Gewaltschutzgesetz Schutzanordnungen erlassen, etwa Kontakt- und Näherungsverbote. Eine Verlegung oder Änderung der Wohnsitzauflage wird mit der Ausländerbehörde abgestimmt – am besten nach einem vorab vereinbarten, schnellen Verfahren. In Niedersachsen bieten die Beratungs- und Interventionsstellen (BISS) nach einem Polizeieinsatz von sich aus Beratung an; in anderen Ländern gibt es vergleichbare Stellen.',
    },
    {
      type: 'paragraph',
      text: '**Häufige Lücken:** keine Absprache mit der Ausländerbehörde über schnelle Verlegungen; Betroffene werden verlegt statt der gewaltausübenden Person; mitbetroffene Kinder werden übersehen; Angehörige übersetzen im Gespräch mit der Betroffenen.',
    },
  ],
  questions: [
    'Wie kann die gewaltausübende Person kurzfristig in eine andere Unterkunft verlegt werden, und wer entscheidet darüber?',
    'Welche Frauenhäuser und Beratungsstellen nehmen auch Frauen mit Kindern auf, und wie sind sie erreichbar?',
    'Wie werden mitbetroffene Kinder in den Blick genommen?',
    'Wie wird die betroffene Person über Schutzanordnungen nach dem Gewaltschutzgesetz informiert und dabei unterstützt?',
  ],
  starter: ablaufplan({
    ausloeser: [
      'eine Person von Gewalt durch Partner:in oder Familienangehörige berichtet,',
      'Verletzungen, Hilferufe oder Geräusche aus einem Zimmer auf Gewalt hindeuten,',
      'es Hinweise auf Kontrolle, Bedrohung, Einsperren oder die Wegnahme von Dokumenten gibt,',
      'eine Zwangsverheiratung oder Gewalt im Namen der sogenannten Ehre droht – dann gilt vorrangig der Ablaufplan „Zwangsverheiratung, Gewalt im Namen der sogenannten Ehre und weibliche Genitalverstümmelung“.',
    ],
    sofort: [
      `Bei akuter Gefahr die Polizei (${POLIZEI}) rufen; die polizeiliche Wegweisung der gewaltausübenden Person ermöglichen.`,
      'Die betroffene Person getrennt und vertraulich ansprechen – durch eine Frau, mit Sprachmittlung durch eine Frau, nie durch Angehörige.',
      'Gemeinsam einen Sicherheitsplan vereinbaren: sicheres Zimmer, Schlosswechsel, Information des Sicherheitsdienstes ohne Details.',
      `Über Hilfen informieren: Frauenberatung bzw. Interventionsstelle, Frauenhaus, ${rufnummer('hilfetelefonFrauen')}; ist ein Mann betroffen, ${rufnummer('hilfetelefonMaenner')}, außerhalb dieser Zeiten ${rufnummer('telefonSeelsorge')}.`,
      'Mitbetroffene Kinder schützen; bei Anhaltspunkten für eine Kindeswohlgefährdung den Ablaufplan „Gewalt gegen Kinder und Jugendliche (Kindeswohlgefährdung)“ anwenden.',
    ],
    informiert: [
      ['Polizei', 'sofort bei akuter Gefahr', 'wer die Gefahr bemerkt', `Notruf ${POLIZEI}; {{kontakt.polizei}}`],
      ['Leitung der Unterkunft', 'sofort', 'Mitarbeitende bzw. Sicherheitsdienst', '{{kontakt.leitung_unterkunft}}'],
      ['Frauenberatung, Interventionsstelle, Frauenhaus', 'mit Einverständnis der Betroffenen, am selben Tag', 'Soziale Arbeit', '{{kontakt.frauenberatung}}; {{kontakt.biss}}; {{kontakt.frauenhaus}}'],
      ['Unterbringungsverwaltung und Ausländerbehörde', 'innerhalb eines Werktags, zur Verlegung der gewaltausübenden Person', 'Leitung der Unterkunft', `{{kontakt.auslaenderbehoerde}}; {{kontakt.unterbringung}}`],
      ['Jugendamt', 'wenn Kinder mitbetroffen sind', 'Leitung der Unterkunft', '{{kontakt.jugendamt}}'],
    ],
    dokumentation: [
      'Schilderungen und sichtbare Verletzungen sachlich festhalten; auf die ärztliche Dokumentation von Verletzungen hinweisen.',
      'Einsatznummer der Polizei und vereinbarte Schutzmaßnahmen notieren.',
      'Den neuen Unterbringungsort der betroffenen Person streng vertraulich behandeln, etwa nach dem Umzug in ein Frauenhaus.',
    ],
    nachsorge: [
      'Regelmäßige Gespräche mit der betroffenen Person; Unterstützung bei Anträgen nach dem Gewaltschutzgesetz und bei Behördengängen.',
      'Kontakt zur Frauenberatung halten; Kinder an Beratungs- oder Betreuungsangebote vermitteln.',
      'Schutzanordnungen dem Sicherheitsdienst bekannt machen; Kontaktversuche der gewaltausübenden Person beachten.',
    ],
    nachbereitung: [
      'Das Verlegungsverfahren mit Unterbringungsverwaltung und Ausländerbehörde auswerten: Wie lange hat es gedauert?',
      'Fallbesprechung durchführen und Ergebnisse anonymisiert in das Monitoring übernehmen.',
    ],
  }),
  textBlocks: [
    {
      key: 'grundsatz-verlegung',
      title: 'Grundsatz: Die gewaltausübende Person wird verlegt',
      blocks: [
        {
          type: 'paragraph',
          text: 'Wird in einer Unterkunft {{district.gen}} häusliche Gewalt bekannt, wird die gewaltausübende Person in eine andere Unterkunft verlegt, sofern die Polizei sie nicht ohnehin weggewiesen hat. Die betroffene Person bleibt in ihrer gewohnten Umgebung, es sei denn, sie wünscht einen Wechsel oder ihr Schutz ist dort nicht zu gewährleisten. Die verantwortliche Stelle ({{concept.responsible}}) und die Ausländerbehörde haben vereinbart, Verlegungen in diesen Fällen innerhalb von [Frist] umzusetzen.',
        },
      ],
    },
  ],
  checklist: [
    {
      key: 'verlegung-gewaltausuebende',
      text: 'Die gewaltausübende Person wird verlegt, nicht die betroffene; das Verfahren mit der Ausländerbehörde ist abgestimmt.',
      standard: 4,
      level: 'typisch',
    },
    {
      key: 'frauenberatung',
      text: 'Frauenberatung, Interventionsstelle und Frauenhaus sind mit örtlichen Nummern eingebunden.',
      standard: 3,
      level: 'typisch',
    },
    {
      key: 'kinder-mitbetroffen',
      text: 'Mitbetroffene Kinder werden berücksichtigt; die Verbindung zum Kinderschutzverfahren ist hergestellt.',
      standard: 4,
      level: 'typisch',
    },
  ],
  legalRefs: ['gewschg', 'istanbul-konvention', 'asylg-53-3', 'mindeststandards'],
} satisfies AbschnittEntwurf;
