import type { AbschnittEntwurf } from '../gliederung';
import { LOKAL, NOTRUF, POLIZEI, ablaufplan } from '../util';

export const gewaltGegenMitarbeitende = {
  key: 'intervention-gewalt-gegen-personal',
  title: 'Gewalt gegen Mitarbeitende',
  purpose:
    'Vorgehen bei Beleidigung, Bedrohung, Angriffen und Belästigung gegenüber Mitarbeitenden, Sicherheitskräften und Ehrenamtlichen.',
  required: true,
  standards: [4, 2],
  guidance: [
    {
      type: 'paragraph',
      text: 'Auch Mitarbeitende, Sicherheitskräfte und Ehrenamtliche können Gewalt erleben: Beleidigungen, Drohungen, körperliche Angriffe oder sexuelle Belästigung. Arbeitgeber haben eine Fürsorgepflicht – und der Schutz der Bewohner:innen hängt davon ab, dass Mitarbeitende sicher und handlungsfähig bleiben.',
    },
    {
      type: 'paragraph',
      text: 'Der Plan regelt Eigenschutz und Alarmierung, die Unterstützung nach einem Vorfall und die Folgen für die gewaltausübende Person. Wichtig ist die Haltung: Ein Angriff ist kein persönliches Versagen. Mitarbeitende melden Vorfälle, ohne Nachteile befürchten zu müssen, und erhalten Zeit und Unterstützung, um das Erlebte zu verarbeiten. Verletzungen werden im Verbandbuch festgehalten; meldepflichtige Arbeitsunfälle gehen an den Unfallversicherungsträger.',
    },
    {
      type: 'paragraph',
      text: '**Häufige Lücken:** keine Möglichkeit, im Büro schnell Hilfe zu rufen; Nachsorge nur für Festangestellte, nicht für Sicherheitskräfte oder Ehrenamtliche; niemand entscheidet über Konsequenzen für die gewaltausübende Person.',
    },
  ],
  questions: [
    'Wie können Mitarbeitende in Büros und bei Rundgängen schnell Hilfe holen?',
    'Wer bietet nach einem Übergriff Nachsorge an, auch für Sicherheitskräfte und Ehrenamtliche?',
    'Wer entscheidet über Hausverbot, Verlegung oder Anzeige nach einem Angriff auf Mitarbeitende?',
  ],
  starter: ablaufplan({
    ausloeser: [
      'Mitarbeitende, Sicherheitskräfte oder Ehrenamtliche beleidigt, bedroht oder eingeschüchtert werden,',
      'es zu einem körperlichen Angriff oder einem Angriff mit Gegenständen kommt,',
      'Mitarbeitende sexuell belästigt werden,',
      'Mitarbeitende über Messenger oder soziale Medien bedroht werden.',
    ],
    sofort: [
      'Eigenschutz: die Situation verlassen, Abstand halten, Kolleg:innen oder Sicherheitsdienst alarmieren.',
      `Bei Gefahr die Polizei (${POLIZEI}), bei Verletzungen den Rettungsdienst (${NOTRUF}) rufen.`,
      'Betroffene Mitarbeitende nicht allein lassen; sie können ihren Dienst für den Tag beenden.',
      'Leitung bzw. Rufbereitschaft informieren.',
    ],
    informiert: [
      ['Polizei / Rettungsdienst', 'sofort bei Gefahr oder Verletzung', 'Betroffene oder Kolleg:innen', `${POLIZEI} / ${NOTRUF}`],
      ['Leitung der Unterkunft bzw. Rufbereitschaft', 'sofort', 'Betroffene oder Kolleg:innen', '{{kontakt.leitung_unterkunft}}'],
      ['Arbeitgeber der betroffenen Person (bei Dienstleistern)', 'am selben Tag', 'Leitung der Unterkunft', LOKAL],
      ['Gewaltschutzkoordination', 'innerhalb von 24 Stunden', 'Leitung der Unterkunft', '{{coordination.telefon}}'],
    ],
    dokumentation: [
      'Den Vorfall auf dem Dokumentationsbogen festhalten; Verletzungen im Verbandbuch eintragen.',
      'Meldepflichtige Arbeitsunfälle dem Unfallversicherungsträger melden.',
      'Bei einer Anzeige die Einsatznummer der Polizei notieren.',
    ],
    nachsorge: [
      'Nachgespräch mit der Leitung innerhalb von 24 Stunden; psychologische Erstbetreuung bzw. Supervision anbieten.',
      'Auf Wunsch Begleitung zu Ärzt:innen, Polizei oder Gericht.',
      'Über Hausverbot, Verlegung oder Auflagen für die gewaltausübende Person entscheidet [Stelle] innerhalb von [Frist].',
    ],
    nachbereitung: [
      'Die Gefährdungsbeurteilung des Arbeitsplatzes überprüfen: Alarmierung, Raumgestaltung, Besetzung.',
      'Fallbesprechung im Team; Deeskalationsschulung auffrischen.',
    ],
  }),
  checklist: [
    {
      key: 'alarmierung',
      text: 'Mitarbeitende können an allen Arbeitsplätzen schnell Hilfe holen.',
      standard: 2,
      level: 'empfohlen',
    },
    {
      key: 'nachsorge-alle',
      text: 'Die Nachsorge nach Übergriffen gilt für Beschäftigte, Sicherheitskräfte und Ehrenamtliche gleichermaßen.',
      standard: 2,
      level: 'typisch',
    },
    {
      key: 'folgen-geregelt',
      text: 'Folgen für die gewaltausübende Person und die Zuständigkeit dafür sind geregelt.',
      standard: 4,
      level: 'typisch',
    },
  ],
  legalRefs: ['mindeststandards'],
} satisfies AbschnittEntwurf;
