import type { AbschnittEntwurf } from '../gliederung';
import { NOTRUF, POLIZEI, ablaufplan } from '../util';

export const brandRaeumung = {
  key: 'intervention-brand-raeumung',
  title: 'Brand, Räumung und Evakuierung',
  purpose:
    'Vorgehen bei Feuer, Rauch und anderen Gefahren, die eine Räumung erfordern – so, dass auch Menschen, die das Gebäude nicht selbstständig verlassen können, rechtzeitig in Sicherheit kommen.',
  required: true,
  standards: [4, 5],
  annexes: ['behinderung', 'trauma'],
  guidance: [
    {
      type: 'paragraph',
      text: 'Brände in Gemeinschaftsunterkünften entstehen häufig in Küchen, durch Elektrogeräte oder Zigaretten, manchmal durch Brandstiftung – dann gilt zusätzlich der Ablaufplan „Angriffe von außen und rassistische Angriffe“. Viele Menschen in einer Unterkunft verstehen Durchsagen nicht, schlafen nachts fest, haben kleine Kinder oder können sich nicht selbst retten: Menschen im Rollstuhl oder mit Gehhilfe, mit Seh- oder Hörbehinderung, schwer Erkrankte, Hochschwangere. Für sie muss vorab feststehen, wer hilft.',
    },
    {
      type: 'paragraph',
      text: 'Grundlagen sind die Brandschutzordnung der Unterkunft, Flucht- und Rettungspläne, eine nach der Gefährdungsbeurteilung ausreichende Zahl ausgebildeter Brandschutzhelfer:innen in jeder Schicht und regelmäßige Evakuierungsübungen, auch bei Dunkelheit. Alarm und Wegweisung sollen nach dem Zwei-Sinne-Prinzip wahrnehmbar sein, also zu hören und zu sehen, etwa mit Blitzleuchten. Wer Hilfe braucht, wird – nur mit Einwilligung und nur mit den für die Rettung nötigen Angaben – in einer Hilfeliste geführt, die bei der Schichtübergabe und für die Feuerwehr sofort greifbar ist. Sirenen, Uniformen und Gedränge können Menschen mit Traumafolgen stark belasten; am Sammelplatz hilft ruhige, klare Ansprache. Stimmen Sie den Plan mit der örtlichen Feuerwehr bzw. Brandschutzdienststelle ab.',
    },
    {
      type: 'paragraph',
      text: '**Häufige Lücken:** Übungen finden nur tagsüber statt; die Hilfeliste ist veraltet oder liegt im verschlossenen Büro; am Sammelplatz zählt niemand; Rauchmelder werden abgeklebt, weil in den Zimmern gekocht wird, ohne dass jemand nach einer anderen Lösung sucht.',
    },
  ],
  questions: [
    'Wer in jeder Schicht ist als Brandschutzhelfer:in ausgebildet, und wann war die letzte Evakuierungsübung – auch bei Dunkelheit?',
    'Wer hilft Menschen, die das Gebäude nicht allein verlassen können, und wie erfährt die Feuerwehr, wo sie sind?',
    'Wie werden Alarm, Fluchtwege und Sammelplatz auch ohne Deutschkenntnisse und bei Seh- oder Hörbehinderung verstanden?',
    'Wo kommen Bewohner:innen unter, wenn die Unterkunft nach einem Brand nicht bewohnbar ist?',
  ],
  starter: ablaufplan({
    ausloeser: [
      'Feuer, Rauch oder Brandgeruch bemerkt wird oder ein Rauchmelder bzw. die Brandmeldeanlage auslöst,',
      'Gas austritt, ein Wasserschaden Strom führende Leitungen erreicht oder eine andere Gefahr die Räumung erfordert,',
      'Feuerwehr oder Polizei die Räumung anordnen.',
    ],
    sofort: [
      `Die Feuerwehr (${NOTRUF}) alarmieren – auch schon bei Verdacht – und den Hausalarm auslösen.`,
      'Gefährdete Bereiche räumen: Bewohner:innen ruhig, mit einfachen Worten und Handzeichen zum nächsten Ausgang und zum Sammelplatz leiten; keine Aufzüge benutzen.',
      'Menschen, die sich nicht selbst retten können, nach der Hilfeliste holen – zu zweit und mit Evakuierungshilfen, soweit vorhanden. Ist das nicht gefahrlos möglich, sie in einen Raum mit geschlossener Tür bringen und ihren Standort sofort der Feuerwehr melden.',
      'Türen schließen, nicht abschließen; einen Entstehungsbrand nur löschen, wenn das ohne Gefahr für die eigene Person möglich ist.',
      'Am Sammelplatz anhand der Belegungsliste zählen; fehlende Personen und die Zimmer von Menschen, die Hilfe brauchen, der Feuerwehr melden.',
      'Die Feuerwehr empfangen und über Lage, Vermisste, besondere Gefahren und die Hilfeliste informieren.',
    ],
    informiert: [
      ['Feuerwehr und Rettungsdienst', 'sofort', 'wer den Brand bemerkt', NOTRUF],
      ['Leitung der Unterkunft bzw. Rufbereitschaft', 'sofort nach dem Notruf', 'Sicherheitsdienst bzw. diensthabende Person', '{{kontakt.leitung_unterkunft}}'],
      ['Unterbringungsverwaltung der Kommune', 'sofort, wenn Bewohner:innen nicht in ihre Zimmer zurückkönnen', 'Leitung der Unterkunft', '{{kontakt.unterbringung}}'],
      ['Polizei', 'bei Verdacht auf Brandstiftung', 'Leitung der Unterkunft', `Notruf ${POLIZEI}; {{kontakt.polizei}}`],
      ['Jugendamt', 'wenn Kinder ohne Betreuung sind oder unbegleitete Minderjährige betroffen sind', 'Leitung der Unterkunft', '{{kontakt.jugendamt}}'],
      ['Gewaltschutzkoordination', 'am selben Tag', 'Leitung der Unterkunft', '{{coordination.telefon}}'],
    ],
    dokumentation: [
      'Die Zeitpunkte von Alarm, Notruf, Räumung und Eintreffen der Feuerwehr sowie das Ergebnis der Zählung am Sammelplatz festhalten.',
      'Notieren, wo die Hilfe bei der Räumung funktioniert hat und wo es Verzögerungen gab – ohne Gesundheitsangaben über einzelne Personen.',
      'Beschädigte oder verlorene Dokumente von Bewohner:innen erfassen, damit Ersatz beantragt werden kann.',
    ],
    nachsorge: [
      'Ersatzunterbringung, Verpflegung, Medikamente und Hilfsmittel für alle sicherstellen, die nicht zurückkönnen; Familien zusammen unterbringen und Schutzbedarfe – etwa einen Frauenbereich oder ein Einzelzimmer – auch in der Ersatzunterkunft beachten.',
      'Belasteten Bewohner:innen, besonders Kindern und Menschen mit Traumafolgen, Gespräche anbieten und psychosoziale Unterstützung vermitteln.',
      'Den beteiligten Mitarbeitenden und Sicherheitskräften ein Nachgespräch anbieten.',
    ],
    nachbereitung: [
      'Mit Feuerwehr bzw. Brandschutzdienststelle auswerten: Alarmierung, Räumungszeit, Hilfeliste, Sammelplatz, Verständigung ohne gemeinsame Sprache.',
      'Brandschutzordnung, Hilfeliste und Zimmerbelegung anpassen und die nächste Evakuierungsübung festlegen.',
    ],
  }),
  textBlocks: [
    {
      key: 'hilfe-bei-raeumung',
      title: 'Hilfe bei der Räumung',
      blocks: [
        {
          type: 'paragraph',
          text: 'Menschen, die das Gebäude im Notfall nicht selbstständig verlassen können, werden nach Möglichkeit im Erdgeschoss oder nahe einem Rettungsweg untergebracht. Mit ihrer Einwilligung führt die Leitung der Unterkunft eine Hilfeliste mit Zimmer, Art der benötigten Hilfe und den in jeder Schicht zuständigen Helfenden. Die Liste enthält keine Diagnosen, wird bei jedem Ein- und Auszug aktualisiert, liegt an der Pforte griffbereit und wird der Feuerwehr beim Eintreffen übergeben. Die ausgefüllte Liste ist Teil der Unterlagen der Unterkunft, nicht dieses Konzepts.',
        },
        {
          type: 'table',
          header: ['Zimmer bzw. Bereich', 'Art der benötigten Hilfe', 'Zuständig in der Schicht', 'Einwilligung vom', 'Zuletzt geprüft'],
          rows: [['', '', '', '', '']],
        },
      ],
    },
  ],
  checklist: [
    {
      key: 'hilfeliste',
      text: 'Menschen, die das Gebäude nicht selbstständig verlassen können, sind mit ihrer Einwilligung in einer aktuellen Hilfeliste erfasst; für jede Schicht steht fest, wer ihnen hilft.',
      standard: 'behinderung',
      level: 'typisch',
    },
    {
      key: 'zwei-sinne-prinzip',
      text: 'Alarm und Fluchtwegkennzeichnung sind nach dem Zwei-Sinne-Prinzip zu hören und zu sehen, auch für Menschen mit Seh- oder Hörbehinderung.',
      standard: 'behinderung',
      level: 'typisch',
    },
    {
      key: 'evakuierungsuebung',
      text: 'Evakuierungsübungen finden regelmäßig statt, auch bei Dunkelheit, und werden mit der Feuerwehr bzw. Brandschutzdienststelle ausgewertet.',
      standard: 4,
      level: 'typisch',
    },
    {
      key: 'mehrsprachige-brandschutzregeln',
      text: 'Brandschutzregeln, Fluchtwege und Sammelplatz sind mehrsprachig und mit Piktogrammen ausgehängt.',
      standard: 5,
      level: 'empfohlen',
    },
  ],
  legalRefs: ['arbstaettv-brandschutz', 'un-brk', 'mindeststandards'],
} satisfies AbschnittEntwurf;
