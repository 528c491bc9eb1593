import type { AbschnittEntwurf } from '../gliederung';
import { rufnummer } from '../nummern';
import { NOTRUF, POLIZEI, ablaufplan } from '../util';

export const psychischeKrise = {
  key: 'intervention-psychische-krise',
  title: 'Psychische Krise und Suizidalität',
  purpose:
    'Vorgehen bei akuten psychischen Krisen, Selbstverletzung, Suizidgedanken oder Fremdgefährdung im Rahmen einer Krise.',
  required: true,
  standards: [4],
  annexes: ['trauma', 'behinderung'],
  guidance: [
    {
      type: 'paragraph',
      text: 'Flucht, Verlust, Ungewissheit über die Zukunft und beengtes Wohnen belasten. Psychische Krisen – akute Verwirrtheit, Panik, Selbstverletzung, Suizidgedanken oder Fremdgefährdung – kommen in Unterkünften regelmäßig vor. Mitarbeitende müssen keine Therapeut:innen sein, aber sie brauchen klare Schritte: ernst nehmen, nicht allein lassen, professionelle Hilfe holen.',
    },
    {
      type: 'paragraph',
      text: 'Fragen Sie direkt nach Suizidgedanken – das Ansprechen erhöht das Risiko nicht, sondern entlastet. Bei akuter Gefahr wird der Rettungsdienst gerufen. Über eine Unterbringung gegen den Willen der Person entscheiden nicht die Mitarbeitenden, sondern die zuständigen Stellen nach dem Landesrecht über Hilfen bei psychischen Erkrankungen. Legen Sie fest, welcher sozialpsychiatrische Dienst oder Krisendienst zuständig ist, wie er außerhalb der Dienstzeiten erreichbar ist und welche Stelle geflüchtete Menschen mit Sprachmittlung behandelt.',
    },
    {
      type: 'paragraph',
      text: '**Häufige Lücken:** keine Erreichbarkeit in der Nacht; Angehörige, Mitbewohnende oder Kinder werden nach einem Suizidversuch nicht aufgefangen; Mitarbeitende bleiben mit der Belastung allein.',
    },
  ],
  questions: [
    'Welcher sozialpsychiatrische Dienst oder Krisendienst ist zuständig, und wie ist er nachts und am Wochenende erreichbar?',
    'Welche psychosozialen Angebote behandeln geflüchtete Menschen mit Sprachmittlung?',
    'Wie werden Angehörige, Mitbewohnende und Mitarbeitende nach einer Krise unterstützt?',
  ],
  starter: ablaufplan({
    ausloeser: [
      'eine Person Suizidgedanken äußert oder ankündigt, sich etwas anzutun,',
      'es zu Selbstverletzung oder einem Suizidversuch kommt,',
      'eine Person akut verwirrt ist, starke Angst oder Panik zeigt oder die Wirklichkeit verzerrt wahrnimmt,',
      'im Rahmen einer psychischen Krise andere gefährdet werden.',
    ],
    sofort: [
      'Ruhig bleiben, die Person ansprechen und nicht allein lassen; direkt nach Suizidgedanken fragen. Gibt es einen persönlichen Krisenplan der Person, nach ihm handeln.',
      `Bei akuter Gefahr für die Person oder andere den Rettungsdienst (${NOTRUF}) rufen, bei Fremdgefährdung zusätzlich die Polizei (${POLIZEI}).`,
      'Gefährliche Gegenstände und Medikamente außer Reichweite bringen, wenn das ohne Eigengefährdung möglich ist.',
      'Sprachmittlung hinzuziehen, möglichst telefonisch und ohne Angehörige.',
      'Ohne akute Gefahr den sozialpsychiatrischen Dienst oder Krisendienst einschalten und einen zeitnahen Termin vereinbaren.',
    ],
    informiert: [
      ['Rettungsdienst / Polizei', 'sofort bei akuter Selbst- oder Fremdgefährdung', 'wer die Krise bemerkt', `${NOTRUF} / ${POLIZEI}`],
      ['Sozialpsychiatrischer Dienst bzw. Krisendienst', 'am selben Tag', 'Soziale Arbeit bzw. Leitung', '{{kontakt.sozialpsychiatrischer_dienst}}'],
      ['Leitung der Unterkunft', 'sofort', 'Mitarbeitende bzw. Sicherheitsdienst', '{{kontakt.leitung_unterkunft}}'],
      ['Jugendamt', 'wenn Kinder betroffen sind oder ohne Betreuung bleiben', 'Leitung der Unterkunft', '{{kontakt.jugendamt}}'],
    ],
    dokumentation: [
      'Beobachtungen, Äußerungen und eingeleitete Schritte sachlich festhalten.',
      'Gesundheitsdaten nur im erforderlichen Umfang und besonders geschützt aufbewahren.',
    ],
    nachsorge: [
      'Nach der Rückkehr aus einer Klinik ein Gespräch anbieten, die weitere Behandlung unterstützen, etwa in einem psychosozialen Zentrum, und mit der Person einen persönlichen Krisenplan erstellen oder anpassen (Abschnitt „Geflüchtete mit Traumafolgestörungen“).',
      `Angehörige, Mitbewohnende und insbesondere Kinder auffangen; auf Hilfen hinweisen, zum Beispiel ${rufnummer('telefonSeelsorge')}.`,
      'Beteiligten Mitarbeitenden ein Nachgespräch und Supervision anbieten.',
    ],
    nachbereitung: [
      'Fallbesprechung: Waren die Dienste erreichbar, hat die Sprachmittlung funktioniert?',
      'Belastende Bedingungen in der Unterkunft – Lärm, Enge, fehlende Tagesstruktur – in die Risikoanalyse aufnehmen.',
    ],
  }),
  checklist: [
    {
      key: 'krisendienst',
      text: 'Ein sozialpsychiatrischer Dienst bzw. Krisendienst ist mit Erreichbarkeit rund um die Uhr benannt.',
      standard: 3,
      level: 'typisch',
    },
    {
      key: 'psychosoziale-versorgung',
      text: 'Der Zugang zu psychosozialer Versorgung mit Sprachmittlung ist geregelt.',
      standard: 'trauma',
      level: 'typisch',
    },
    {
      key: 'suizidalitaet-ansprechen',
      text: 'Mitarbeitende sind darin geschult, Suizidgedanken anzusprechen und Hilfe zu holen.',
      standard: 'trauma',
      level: 'empfohlen',
    },
  ],
  legalRefs: ['un-brk', 'mindeststandards'],
} satisfies AbschnittEntwurf;
