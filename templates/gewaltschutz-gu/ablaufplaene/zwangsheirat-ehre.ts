import type { AbschnittEntwurf } from '../gliederung';
import { LOKAL, POLIZEI, ablaufplan } from '../util';

export const zwangsheiratEhre = {
  key: 'intervention-zwangsheirat-ehre',
  title: 'Zwangsverheiratung, Gewalt im Namen der sogenannten Ehre und weibliche Genitalverstümmelung',
  purpose:
    'Vorgehen, wenn eine Zwangsverheiratung droht, jemand im Namen der sogenannten Ehre kontrolliert oder bedroht wird oder ein Mädchen von weiblicher Genitalverstümmelung bedroht ist – und wie Frauen unterstützt werden, die bereits betroffen sind.',
  required: true,
  standards: [4, 3],
  annexes: ['trauma'],
  guidance: [
    {
      type: 'paragraph',
      text: 'Gewalt im Namen der sogenannten Ehre geht meist von der eigenen Familie oder ihrem Umfeld aus. Sie soll das Leben vor allem von Mädchen und jungen Frauen, aber auch von jungen Männern und LSBTI*-Personen kontrollieren: Partnerwahl, Kleidung, Freundschaften, Ausbildung, Sexualität. Die Zwangsverheiratung (§ 237 StGB) ist eine ihrer Formen – auch als Drohung, jemanden zur Heirat ins Herkunftsland zu bringen. Die weibliche Genitalverstümmelung (FGM/C, § 226a StGB) wird häufig an Mädchen vor der Pubertät vorgenommen, oft während einer Reise ins Herkunftsland. Viele erwachsene Frauen in den Unterkünften sind bereits betroffen; sie brauchen medizinische und psychosoziale Versorgung, keine Beschämung.',
    },
    {
      type: 'paragraph',
      text: 'Die Gefahr wächst, sobald die Familie erfährt, dass die betroffene Person Hilfe sucht. Deshalb gilt: keine Gespräche mit Eltern, Ehepartner oder Angehörigen über den Verdacht, keine Vermittlung oder Schlichtung, keine Sprachmittlung aus der Familie oder der Community, und der neue Unterbringungsort bleibt geheim. Eine spezialisierte Fachberatung wird früh einbezogen. Sind Minderjährige betroffen, wird immer das Jugendamt eingeschaltet; es kann ein Kind in Obhut nehmen. Hinweise auf eine bevorstehende Reise – lange Ferien im Herkunftsland, ein angekündigtes Fest, eine plötzliche Verlobung, der Abbruch von Schule oder Ausbildung – verlangen schnelles Handeln, weil nach der Ausreise kaum noch geholfen werden kann.',
    },
    {
      type: 'paragraph',
      text: '**Häufige Lücken:** Mitarbeitende suchen das Gespräch mit den Eltern, um „zu vermitteln“; Geschwister oder Landsleute übersetzen; Auskünfte über den Aufenthalt der betroffenen Person werden am Telefon oder an der Pforte erteilt; es ist keine Stelle bekannt, die eine anonyme Schutzunterkunft vermittelt.',
    },
  ],
  questions: [
    'Welche Fachberatungsstelle zu Zwangsverheiratung und Gewalt im Namen der sogenannten Ehre ist für Ihre Region zuständig, und welche Stelle berät bei weiblicher Genitalverstümmelung?',
    'Wie gelangt eine bedrohte Person kurzfristig und unerkannt an einen sicheren Ort – auch eine Minderjährige, auch am Wochenende?',
    'Wie stellen Sie sicher, dass Angehörige keine Auskunft über Aufenthalt, Termine und Kontakte der betroffenen Person erhalten?',
    'Woran erkennen Mitarbeitende, dass einem Mädchen eine Reise bevorsteht, bei der eine Verheiratung oder Genitalverstümmelung droht?',
  ],
  starter: ablaufplan({
    ausloeser: [
      'eine Person berichtet, dass sie gegen ihren Willen verheiratet werden soll oder bereits verheiratet wurde,',
      'eine Person wegen ihrer Kontakte, ihrer Kleidung oder ihrer Lebensweise von Angehörigen bedroht, eingesperrt oder überwacht wird,',
      'Hinweise bestehen, dass ein Mädchen beschnitten werden soll – etwa eine bevorstehende Reise ins Herkunftsland oder ein angekündigtes Fest,',
      'eine Frau über Beschwerden berichtet, die auf eine Genitalverstümmelung zurückgehen, oder Unterstützung sucht,',
      'eine minderjährige Person verheiratet ist oder verheiratet werden soll.',
    ],
    sofort: [
      `Bei akuter Gefahr – Drohung mit Gewalt, Entführung, Ausreise in den nächsten Tagen – sofort die Polizei (${POLIZEI}) rufen; ist eine minderjährige Person betroffen, zugleich das Jugendamt, außerhalb der Dienstzeiten den Bereitschaftsdienst.`,
      'Mit der betroffenen Person allein sprechen, an einem Ort, an dem niemand aus der Familie mithört; Sprachmittlung nur von außerhalb der Familie und der Community, auf Wunsch durch eine Frau, möglichst telefonisch.',
      'Keine Gespräche mit Eltern, Ehepartner oder anderen Angehörigen über den Verdacht führen und keine Vermittlungs- oder Schlichtungsversuche unternehmen.',
      'Gemeinsam einen Sicherheitsplan vereinbaren: wie die Person unauffällig Hilfe erreicht, wo Pass und wichtige Dokumente liegen, wer was wissen darf.',
      'Die Fachberatung hinzuziehen; ist ein Kind oder eine Jugendliche bzw. ein Jugendlicher betroffen, gilt zusätzlich der Ablaufplan „Gewalt gegen Kinder und Jugendliche (Kindeswohlgefährdung)“.',
      'Wünscht die Person Schutz außerhalb der Unterkunft oder ist er nötig, eine geschützte Unterbringung organisieren – Frauenhaus, anonyme Schutzeinrichtung, für Minderjährige die Inobhutnahme durch das Jugendamt – und den neuen Unterbringungsort geheim halten.',
    ],
    informiert: [
      ['Polizei', 'sofort bei akuter Gefahr oder drohender Ausreise', 'wer die Gefahr bemerkt', `Notruf ${POLIZEI}; {{kontakt.polizei}}`],
      ['Jugendamt bzw. Bereitschaftsdienst', 'sofort, wenn eine minderjährige Person betroffen oder ein Mädchen von Genitalverstümmelung bedroht ist', 'Leitung der Unterkunft', '{{kontakt.jugendamt}}'],
      ['Leitung der Unterkunft', 'sofort; weitere Mitarbeitende erfahren nur, was sie für den Schutz wissen müssen', 'Mitarbeitende bzw. Sicherheitsdienst', '{{kontakt.leitung_unterkunft}}'],
      ['Fachberatung zu Zwangsverheiratung und Gewalt im Namen der Ehre bzw. zu Genitalverstümmelung', 'mit Einverständnis der betroffenen Person, am selben Tag', 'Soziale Arbeit', LOKAL],
      ['Frauenhaus oder anonyme Schutzeinrichtung', 'sofort, wenn Schutz außerhalb der Unterkunft gewünscht oder nötig ist', 'Soziale Arbeit bzw. Leitung', '{{kontakt.frauenhaus}}'],
      ['Gewaltschutzkoordination', 'innerhalb von 24 Stunden, ohne Namen', 'Leitung der Unterkunft', '{{coordination.telefon}}'],
    ],
    dokumentation: [
      'Äußerungen der betroffenen Person möglichst wörtlich mit Datum und Uhrzeit festhalten und besonders geschützt aufbewahren – nie in Unterlagen, die Angehörige einsehen oder erfragen können.',
      'An Angehörige werden keine Auskünfte über Aufenthalt, Termine oder Kontakte der betroffenen Person erteilt, auch nicht am Telefon oder an der Pforte.',
      'Mitarbeitende untersuchen und fotografieren keine Körperstellen; Befunde einer Genitalverstümmelung dokumentiert nur ärztliches Personal.',
    ],
    nachsorge: [
      'Den Kontakt zur Fachberatung halten; bei einem Wechsel der Unterkunft die Übergabe gemeinsam mit ihr vorbereiten.',
      'Frauen, die von Genitalverstümmelung betroffen sind, auf Wunsch in eine spezialisierte medizinische Sprechstunde und in psychosoziale Beratung vermitteln – ohne Druck und ohne Beschämung.',
      'Auf eine unabhängige Asylverfahrensberatung hinweisen: Eine drohende Zwangsverheiratung oder Genitalverstümmelung im Herkunftsland kann im Asylverfahren von Bedeutung sein. Ob sie vorgetragen wird, entscheidet die betroffene Person.',
      'Geschwister und andere Kinder der Familie im Blick behalten; bei Anhaltspunkten für eine Gefährdung gilt der Ablaufplan „Gewalt gegen Kinder und Jugendliche (Kindeswohlgefährdung)“.',
    ],
    nachbereitung: [
      'Fallbesprechung mit der Fachberatung ohne Namen: Hat die Vertraulichkeit gehalten, wie schnell gelang die sichere Unterbringung?',
      'Prüfen, ob Mitarbeitende die Anzeichen kennen, und das Thema in den Schulungsplan aufnehmen; mehrsprachige Informationen über das Recht, selbst über eine Ehe zu entscheiden, und über die Strafbarkeit der Genitalverstümmelung auslegen.',
    ],
  }),
  checklist: [
    {
      key: 'fachberatung-zwangsheirat',
      text: 'Eine Fachberatung zu Zwangsverheiratung und Gewalt im Namen der sogenannten Ehre und eine Anlaufstelle bei weiblicher Genitalverstümmelung sind mit örtlicher Erreichbarkeit benannt.',
      standard: 3,
      level: 'typisch',
    },
    {
      key: 'keine-vermittlung',
      text: 'Der Plan schließt Gespräche mit der Familie, Schlichtungsversuche und Sprachmittlung aus dem Umfeld der betroffenen Person aus.',
      standard: 4,
      level: 'empfohlen',
    },
    {
      key: 'geschuetzte-unterbringung',
      text: 'Eine geschützte, anonyme Unterbringung ist kurzfristig erreichbar; für Minderjährige ist das Vorgehen mit dem Jugendamt abgestimmt.',
      standard: 4,
      level: 'typisch',
    },
    {
      key: 'fgm-versorgung',
      text: 'Frauen, die von Genitalverstümmelung betroffen sind, werden auf Wunsch in medizinische und psychosoziale Versorgung vermittelt.',
      standard: 'trauma',
      level: 'empfohlen',
    },
  ],
  legalRefs: ['stgb-237-226a', 'istanbul-konvention', 'sgb8-8a', 'eu-aufnahme-rl-2024', 'mindeststandards'],
} satisfies AbschnittEntwurf;
