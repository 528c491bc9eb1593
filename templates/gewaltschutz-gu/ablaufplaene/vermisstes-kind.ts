import type { AbschnittEntwurf } from '../gliederung';
import { LOKAL, POLIZEI, ablaufplan } from '../util';

export const vermisstesKind = {
  key: 'intervention-vermisstes-kind',
  title: 'Vermisste Kinder und Jugendliche',
  purpose:
    'Vorgehen, wenn ein Kind oder eine Jugendliche bzw. ein Jugendlicher nicht auffindbar ist – auch wenn die Eltern es nicht melden – und wenn unbegleitete Minderjährige verschwinden.',
  required: true,
  standards: [4, 3],
  guidance: [
    {
      type: 'paragraph',
      text: 'Minderjährige bestimmen ihren Aufenthalt nicht selbst. Die Polizei geht bei ihnen grundsätzlich von einer Gefahr für Leib oder Leben aus und behandelt sie als vermisst, sobald sie ihren gewohnten Lebenskreis verlassen haben und niemand weiß, wo sie sind. Eine Wartefrist gibt es nicht. In Unterkünften kommen besondere Umstände hinzu: große, unübersichtliche Gebäude und Gelände, Kinder, die sich in fremden Zimmern aufhalten, Eltern, die sich nicht verständigen können oder Angst vor der Polizei haben – und die Gefahr, dass Kinder ausgebeutet, angeworben oder von einem Elternteil ins Ausland gebracht werden.',
    },
    {
      type: 'paragraph',
      text: 'Der Plan regelt, wer sucht und wer gleichzeitig die Polizei ruft, wer bei den Eltern bleibt und wer die Polizei empfängt. Bei unbegleiteten Minderjährigen sind Jugendamt und Vormundschaft sofort zu informieren. Kehrt ein Kind zurück, erfährt es die Polizei sofort; danach spricht eine vertraute Fachkraft in Ruhe mit dem Kind über die Gründe. Häufiges Weglaufen kann ein Hinweis auf Gewalt in der Familie, auf Ausbeutung oder auf eine Krise sein.',
    },
    {
      type: 'paragraph',
      text: '**Häufige Lücken:** Die Eltern melden das Verschwinden nicht, weil sie Nachteile befürchten; Mitarbeitende suchen stundenlang selbst, bevor jemand die Polizei ruft; niemand meldet die Rückkehr; nach der Rückkehr fragt niemand nach den Gründen.',
    },
  ],
  questions: [
    'Wer organisiert tagsüber, nachts und am Wochenende die erste Suche, und wer ruft gleichzeitig die Polizei?',
    'Wie wird sichergestellt, dass Eltern, die sich nicht verständigen können, Unterstützung und Sprachmittlung erhalten?',
    'Wie ist das Vorgehen beim Verschwinden unbegleiteter Minderjähriger mit Jugendamt und Vormundschaft abgestimmt?',
  ],
  starter: ablaufplan({
    ausloeser: [
      'ein Kind oder eine Jugendliche bzw. ein Jugendlicher nicht zur vereinbarten Zeit zurückkehrt und niemand weiß, wo es ist,',
      'Eltern, Geschwister, Schule oder Kita ein Kind vermissen,',
      'eine unbegleitete minderjährige Person die Unterkunft verlassen hat und nicht erreichbar ist,',
      'Hinweise bestehen, dass ein Kind von Erwachsenen mitgenommen oder angeworben wurde.',
    ],
    sofort: [
      'Die Eltern bzw. Sorgeberechtigten mit Sprachmittlung fragen, seit wann das Kind fehlt, wo es zuletzt gesehen wurde und was es trägt.',
      'Sofort suchen lassen: Zimmer, Gemeinschaftsräume, Keller, Dachboden, Gelände, nahe Spielplätze und Haltestellen. Die Suche ersetzt den Anruf bei der Polizei nicht.',
      `Die Polizei (${POLIZEI}) verständigen, sobald das Kind nicht in kurzer Zeit gefunden ist – bei kleinen Kindern, bei Krankheit oder Behinderung, bei Dunkelheit oder Kälte und bei Hinweisen auf eine Straftat sofort. Es gibt keine Wartefrist.`,
      'Eine Person bleibt bei den Eltern, eine weitere empfängt die Polizei; das Telefon der Eltern bleibt frei, falls das Kind anruft.',
      'Bei unbegleiteten Minderjährigen sofort das Jugendamt bzw. die Vormundschaft informieren.',
      'Ist ein Elternteil mit dem Kind verschwunden und besteht die Sorge, dass es ins Ausland gebracht wird, die Polizei ausdrücklich darauf hinweisen.',
    ],
    informiert: [
      ['Polizei', 'sofort, spätestens wenn die erste Suche erfolglos ist', 'Leitung bzw. diensthabende Person', `Notruf ${POLIZEI}; {{kontakt.polizei}}`],
      ['Leitung der Unterkunft bzw. Rufbereitschaft', 'sofort', 'wer vom Verschwinden erfährt', '{{kontakt.leitung_unterkunft}}'],
      ['Jugendamt bzw. Vormundschaft', 'sofort bei unbegleiteten Minderjährigen; sonst, wenn Gewalt, Vernachlässigung oder Ausbeutung zu vermuten ist', 'Leitung der Unterkunft', '{{kontakt.jugendamt}}'],
      ['Schule bzw. Kita', 'wenn das Kind auf dem Weg dorthin oder von dort verschwunden ist, in Absprache mit der Polizei', 'Leitung der Unterkunft', LOKAL],
      ['Gewaltschutzkoordination', 'am selben Tag, ohne Namen', 'Leitung der Unterkunft', '{{coordination.telefon}}'],
    ],
    dokumentation: [
      'Zeitpunkte festhalten: zuletzt gesehen, Beginn der Suche, Anruf bei der Polizei, Rückkehr.',
      'Die Einsatz- bzw. Vorgangsnummer der Polizei notieren.',
      'Angaben zum Kind nur an Polizei und Jugendamt weitergeben; keine Suchaufrufe mit Foto in sozialen Medien ohne Absprache mit Polizei und Eltern.',
    ],
    nachsorge: [
      'Kehrt das Kind zurück, sofort die Polizei informieren. Eine vertraute Fachkraft spricht in Ruhe und ohne Vorwürfe mit dem Kind über die Gründe.',
      'Ergeben sich Hinweise auf Gewalt, Ausbeutung oder Menschenhandel, gelten die Ablaufpläne „Gewalt gegen Kinder und Jugendliche (Kindeswohlgefährdung)“ bzw. „Menschenhandel und Ausbeutung“.',
      'Eltern und Geschwister entlasten; den Mitarbeitenden, die gesucht haben, ein Nachgespräch anbieten.',
    ],
    nachbereitung: [
      'Prüfen, ob Gelände, Aufsicht oder Zugänge Gefahren bergen – etwa offene Tore oder unbeaufsichtigte Bereiche –, und die Risikoanalyse ergänzen.',
      'Verschwindet ein Kind wiederholt, eine gemeinsame Fallbesprechung mit Jugendamt und Polizei anregen.',
    ],
  }),
  checklist: [
    {
      key: 'polizei-ohne-wartefrist',
      text: 'Der Plan stellt klar, dass die Polizei bei vermissten Minderjährigen ohne Wartefrist verständigt wird und die Suche den Notruf nicht verzögert.',
      standard: 4,
      level: 'typisch',
    },
    {
      key: 'unbegleitete-vermisst',
      text: 'Das Vorgehen beim Verschwinden unbegleiteter Minderjähriger ist mit Jugendamt und Vormundschaft abgestimmt.',
      standard: 3,
      level: 'typisch',
    },
    {
      key: 'rueckkehrgespraech',
      text: 'Nach der Rückkehr führt eine vertraute Fachkraft ein Gespräch über die Gründe; Hinweise auf Gewalt oder Ausbeutung werden nach den Ablaufplänen verfolgt.',
      standard: 4,
      level: 'empfohlen',
    },
  ],
  legalRefs: ['un-krk', 'sgb8-8a', 'mindeststandards'],
} satisfies AbschnittEntwurf;
