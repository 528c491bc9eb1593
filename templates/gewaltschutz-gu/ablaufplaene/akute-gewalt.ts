import type { AbschnittEntwurf } from '../gliederung';
import { NOTRUF, POLIZEI, ablaufplan } from '../util';

export const akuteGewalt = {
  key: 'intervention-akute-gewalt',
  title: 'Akute Gewalt und Bedrohung',
  purpose:
    'Grundplan für körperliche Angriffe, Bedrohungen und eskalierende Auseinandersetzungen – gleich, wer beteiligt ist.',
  required: true,
  standards: [4],
  guidance: [
    {
      type: 'paragraph',
      text: 'Dieser Plan gilt, wenn jemand in der Unterkunft angegriffen oder mit einer Waffe bedroht wird oder wenn eine Auseinandersetzung zu eskalieren droht. Er ist der Grundplan; die folgenden Pläne ergänzen ihn für besondere Situationen wie häusliche Gewalt oder Kindeswohlgefährdung.',
    },
    {
      type: 'paragraph',
      text: 'Legen Sie fest, wer zu welcher Tageszeit handelt: Nachts ist häufig nur der Sicherheitsdienst vor Ort. Regeln Sie, wann die Polizei gerufen wird – im Zweifel immer –, wer die Leitung oder Rufbereitschaft informiert und wie Betroffene und Zeug:innen, auch Kinder, nach dem Ereignis versorgt werden.',
    },
    {
      type: 'paragraph',
      text: '**Häufige Lücke:** Es fehlt eine Regel, wie es nach einem Polizeieinsatz mit der gewaltausübenden Person weitergeht – Hausverbot, Verlegung, Rückkehr – und wer das bis wann entscheidet.',
    },
  ],
  questions: [
    'Wer ist nachts und am Wochenende vor Ort, und wer entscheidet über den Notruf?',
    'Wer entscheidet über Hausverbot oder Verlegung der gewaltausübenden Person, und wie schnell?',
    'Wie werden Zeug:innen, insbesondere Kinder, nach einem Vorfall aufgefangen?',
  ],
  starter: ablaufplan({
    ausloeser: [
      'eine Person körperlich angegriffen wird,',
      'jemand mit einer Waffe oder einem gefährlichen Gegenstand bedroht wird,',
      'eine Auseinandersetzung mehrerer Personen zu eskalieren droht,',
      'durch Sachbeschädigung oder Brandstiftung Menschen gefährdet sind.',
    ],
    sofort: [
      'Eigenschutz beachten: nicht allein eingreifen, Abstand halten, Fluchtwege freihalten.',
      `Bei Gefahr für Leib und Leben sofort Polizei (${POLIZEI}) und gegebenenfalls Rettungsdienst (${NOTRUF}) rufen.`,
      'Betroffene in Sicherheit bringen, Erste Hilfe leisten, Unbeteiligte – vor allem Kinder – aus dem Bereich bringen.',
      'Ruhig und deeskalierend ansprechen, beteiligte Personen räumlich trennen.',
      'Polizei und Rettungsdienst empfangen und über Verletzte und Gefahren informieren.',
    ],
    informiert: [
      ['Polizei / Rettungsdienst', 'sofort bei Gefahr', 'wer den Vorfall bemerkt', `${POLIZEI} / ${NOTRUF}`],
      ['Leitung der Unterkunft bzw. Rufbereitschaft', 'sofort', 'Sicherheitsdienst bzw. diensthabende Person', '{{kontakt.leitung_unterkunft}}'],
      ['Gewaltschutzkoordination', 'innerhalb von 24 Stunden', 'Leitung der Unterkunft', '{{coordination.telefon}}'],
      ['Jugendamt', 'sofort, wenn Kinder betroffen oder Zeug:innen waren', 'Leitung der Unterkunft', '{{kontakt.jugendamt}}'],
    ],
    dokumentation: [
      'Vorfall auf dem Dokumentationsbogen festhalten: Zeit, Ort, Ablauf, Maßnahmen – sachlich und ohne Wertung.',
      'Einsatznummer der Polizei notieren.',
      'Dokumentation am selben Tag der Leitung übergeben.',
    ],
    nachsorge: [
      'Betroffenen ein Gespräch anbieten und Beratung vermitteln, zum Beispiel Opferberatung.',
      'Zeug:innen und beteiligte Mitarbeitende nachbetreuen; Kinder altersgerecht auffangen.',
      'Über Hausverbot, Verlegung oder Auflagen für die gewaltausübende Person entscheidet [Stelle] innerhalb von [Frist].',
    ],
    nachbereitung: [
      'Fallbesprechung im Team innerhalb von zwei Wochen: Was hat funktioniert, was nicht?',
      'Ergebnisse anonymisiert an die Gewaltschutzkoordination; Risikoanalyse und Ablaufplan bei Bedarf anpassen.',
    ],
  }),
  checklist: [
    {
      key: 'notruf-regel',
      text: 'Es ist geregelt, wer wann die Polizei ruft – auch nachts, wenn nur der Sicherheitsdienst vor Ort ist.',
      standard: 4,
      level: 'typisch',
    },
    {
      key: 'hausverbot-verlegung',
      text: 'Zuständigkeit und Frist für Hausverbot oder Verlegung der gewaltausübenden Person sind festgelegt.',
      standard: 4,
      level: 'typisch',
    },
    {
      key: 'nachsorge',
      text: 'Nachsorge für Betroffene, Zeug:innen und Mitarbeitende ist vorgesehen.',
      standard: 4,
      level: 'typisch',
    },
  ],
  legalRefs: ['mindeststandards'],
} satisfies AbschnittEntwurf;
