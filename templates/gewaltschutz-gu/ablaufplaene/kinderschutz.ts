import type { AbschnittEntwurf } from '../gliederung';
import { POLIZEI, ablaufplan } from '../util';

export const kinderschutz = {
  key: 'intervention-kinderschutz',
  title: 'Gewalt gegen Kinder und Jugendliche (Kindeswohlgefährdung)',
  purpose:
    'Vorgehen bei gewichtigen Anhaltspunkten für eine Gefährdung des Wohls eines Kindes oder Jugendlichen: gemeinsame Einschätzung mit Beratung durch eine insoweit erfahrene Fachkraft (§ 8b Abs. 1 SGB VIII, § 4 KKG) und Information des Jugendamts, das nach § 8a SGB VIII tätig wird.',
  required: true,
  standards: [4, 3],
  guidance: [
    {
      type: 'paragraph',
      text: 'Dieser Plan gilt bei gewichtigen Anhaltspunkten für eine Kindeswohlgefährdung – durch Misshandlung, Vernachlässigung, sexuellen Missbrauch, miterlebte Gewalt zwischen Erwachsenen oder Übergriffe unter Kindern. Die Fachkräfte der Unterkunft schätzen die Gefährdung gemeinsam ein und lassen sich dabei von einer **insoweit erfahrenen Fachkraft** beraten: Den Anspruch darauf haben alle, die beruflich mit Kindern in Kontakt stehen (§ 8b Abs. 1 SGB VIII), und Berufsgeheimnisträger:innen wie staatlich anerkannte Sozialarbeiter:innen zusätzlich nach § 4 KKG, der sie auch befugt, das Jugendamt zu informieren. Eltern und Kind werden einbezogen, soweit das den Schutz des Kindes nicht gefährdet; das Jugendamt wird informiert, wenn die Gefährdung nicht anders abgewendet werden kann. Das Jugendamt handelt dann nach seinem Schutzauftrag aus § 8a SGB VIII. Eine Vereinbarung nach § 8a Abs. 4 SGB VIII schließt es nur mit Trägern, die Leistungen der Kinder- und Jugendhilfe erbringen, nicht mit dem Betreiber einer Unterkunft als solchem; die Zusammenarbeit wird deshalb in einer Kooperationsvereinbarung geregelt.',
    },
    {
      type: 'paragraph',
      text: 'Halten Sie fest, welche insoweit erfahrene Fachkraft zur Verfügung steht und wie das Jugendamt auch außerhalb der Dienstzeiten erreichbar ist. Bei akuter Gefahr wird nicht abgewartet: Jugendamt und gegebenenfalls Polizei werden sofort eingeschaltet. Wird ein unbegleitetes Kind oder ein unbegleiteter Jugendlicher bekannt, ist das Jugendamt sofort zu informieren.',
    },
    {
      type: 'paragraph',
      text: '**Häufige Lücken:** keine benannte insoweit erfahrene Fachkraft; Mitarbeitende befragen Kinder selbst ausführlich; Eltern werden vorschnell konfrontiert, obwohl das Kind dadurch gefährdet wird.',
    },
  ],
  questions: [
    'Welche insoweit erfahrene Fachkraft berät die Unterkünfte, und wie ist sie erreichbar?',
    'Wie ist das Jugendamt außerhalb der Dienstzeiten erreichbar?',
    'Wer nimmt die Gefährdungseinschätzung vor, und wie wird sie dokumentiert?',
    'Wie werden Eltern und Kind einbezogen, ohne den Schutz des Kindes zu gefährden?',
  ],
  starter: ablaufplan({
    ausloeser: [
      'ein Kind oder Jugendlicher von Gewalt oder Missbrauch berichtet,',
      'Verletzungen ohne plausible Erklärung oder auffällige Verhaltensänderungen bemerkt werden,',
      'anhaltende Vernachlässigung erkennbar ist (Ernährung, Hygiene, Aufsicht, medizinische Versorgung),',
      'Kinder Gewalt zwischen Erwachsenen miterleben,',
      'es zu sexualisierten Übergriffen unter Kindern oder Jugendlichen kommt,',
      'ein unbegleitetes minderjähriges Kind oder ein unbegleiteter Jugendlicher bekannt wird.',
    ],
    sofort: [
      `Bei akuter Gefahr das Kind schützen und sofort Jugendamt (auch Bereitschaftsdienst) und Polizei (${POLIZEI}) informieren.`,
      'Dem Kind ruhig zuhören und ihm glauben; keine Suggestivfragen; nichts versprechen, was nicht gehalten werden kann, etwa Geheimhaltung.',
      'Keine eigenen Ermittlungen, keine Konfrontation der mutmaßlich gewaltausübenden Person.',
      'Leitung informieren; die Gefährdung mit mindestens einer weiteren Fachkraft einschätzen und dafür die Beratung durch eine insoweit erfahrene Fachkraft in Anspruch nehmen (Angaben zum Kind pseudonymisiert).',
      'Eltern bzw. Personensorgeberechtigte und das Kind einbeziehen, soweit dadurch der Schutz des Kindes nicht gefährdet wird; auf Hilfen hinwirken.',
      'Das Jugendamt informieren, wenn die Gefährdung nicht anders abgewendet werden kann oder Hilfen nicht angenommen werden.',
    ],
    informiert: [
      ['Jugendamt bzw. Bereitschaftsdienst', 'sofort bei akuter Gefahr, sonst nach der Gefährdungseinschätzung', 'Leitung der Unterkunft', '{{kontakt.jugendamt}}'],
      ['Insoweit erfahrene Fachkraft', 'innerhalb von [zwei] Werktagen, bei Dringlichkeit sofort', 'Soziale Arbeit', '{{kontakt.insoweit_erfahrene_fachkraft}}'],
      ['Polizei', 'sofort bei akuter Gefahr', 'wer die Gefahr bemerkt', `Notruf ${POLIZEI}; {{kontakt.polizei}}`],
      ['Gewaltschutzkoordination', 'innerhalb von 24 Stunden, ohne Namen', 'Leitung der Unterkunft', '{{coordination.telefon}}'],
    ],
    dokumentation: [
      'Wahrnehmungen mit Datum festhalten; Aussagen des Kindes in seinen eigenen Worten notieren.',
      'Gefährdungseinschätzung, Beteiligte und Ergebnis dokumentieren.',
      'Unterlagen verschlossen aufbewahren; Weitergabe nur an das Jugendamt und die am Verfahren Beteiligten.',
    ],
    nachsorge: [
      'Das Kind erhält eine feste Vertrauensperson in der Unterkunft.',
      'Beratung für das Kind und die nicht gewaltausübenden Bezugspersonen vermitteln, etwa über ein Kinderschutzzentrum.',
      'Hilfen des Jugendamts begleiten und Rückmeldungen zum Stand vereinbaren.',
    ],
    nachbereitung: [
      'Fallbesprechung mit der insoweit erfahrenen Fachkraft: Waren die Abläufe klar und schnell genug?',
      'Bei Übergriffen durch Mitarbeitende oder Ehrenamtliche: Aufarbeitung einleiten und Folgen für die Personalauswahl prüfen.',
    ],
  }),
  textBlocks: [
    {
      key: 'kinderschutz-kurz',
      title: 'Kinderschutzverfahren in Kürze',
      blocks: [
        {
          type: 'paragraph',
          text: 'Alle Mitarbeitenden in den Unterkünften {{district.gen}} melden Anhaltspunkte für eine Kindeswohlgefährdung unverzüglich der Leitung. Die Einschätzung erfolgt nach dem mit dem Jugendamt abgestimmten Verfahren unter Beratung durch eine insoweit erfahrene Fachkraft. Die Verantwortung für die Einleitung des Verfahrens liegt bei der Leitung der Unterkunft; bei akuter Gefahr handelt jede Person sofort.',
        },
      ],
    },
  ],
  checklist: [
    {
      key: 'iefk-benannt',
      text: 'Eine insoweit erfahrene Fachkraft ist mit Erreichbarkeit benannt.',
      standard: 3,
      level: 'typisch',
    },
    {
      key: 'verfahren-kinderschutz',
      text: 'Das Vorgehen bei Kindeswohlgefährdung – gemeinsame Einschätzung, Beratung durch eine insoweit erfahrene Fachkraft nach § 8b Abs. 1 SGB VIII bzw. § 4 KKG, Information des Jugendamts – ist mit dem Jugendamt schriftlich abgestimmt.',
      standard: 4,
      level: 'typisch',
    },
    {
      key: 'unbegleitete-minderjaehrige',
      text: 'Das Vorgehen beim Bekanntwerden unbegleiteter Minderjähriger ist geregelt.',
      standard: 4,
      level: 'empfohlen',
    },
  ],
  legalRefs: ['sgb8-8a', 'sgb8-8b', 'kkg-4', 'un-krk', 'mindeststandards'],
} satisfies AbschnittEntwurf;
