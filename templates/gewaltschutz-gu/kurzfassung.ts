import type { BlockInput } from '../../lib/templates/schema';
import type { AbschnittEntwurf } from './gliederung';
import { NOTRUF, POLIZEI } from './util';

/**
 * The council reads this page first, often only this page. It states facts that the app keeps
 * (scope, Fassung, review date) as data fields, so the summary never contradicts the cover.
 */
const geruest: BlockInput[] = [
  { type: 'heading', level: 3, text: 'Worum es geht' },
  {
    type: 'paragraph',
    text: 'In den Gemeinschaftsunterkünften leben Menschen auf engem Raum zusammen, die sich das nicht ausgesucht haben und im Alltag auf andere angewiesen sind. Dieses Konzept legt verbindlich fest, wie sie – und die Menschen, die dort arbeiten – vor Gewalt geschützt werden und was geschieht, wenn es doch zu Gewalt kommt. Anlass: [z. B. Auftrag des Ausschusses vom …, gesetzlicher Schutzauftrag, Hinweise aus der Praxis].',
  },
  { type: 'heading', level: 3, text: 'Für wen es gilt' },
  {
    type: 'paragraph',
    text: 'Das Konzept gilt für alle Gemeinschaftsunterkünfte im Geltungsbereich – derzeit {{facilities.count}} Unterkünfte mit zusammen {{facilities.capacity}} Plätzen: {{facilities.names}} – sowie für künftige Unterkünfte. Es bindet die Verwaltung, die Betreiber, den Sicherheitsdienst, Sprachmittler:innen und Ehrenamtliche.',
  },
  { type: 'heading', level: 3, text: 'Was sich ändert' },
  {
    type: 'bulletList',
    items: [
      '[wichtigste Maßnahme, verantwortliche Stelle, Frist]',
      '[wichtigste Maßnahme, verantwortliche Stelle, Frist]',
      '[wichtigste Maßnahme, verantwortliche Stelle, Frist]',
    ],
  },
  { type: 'heading', level: 3, text: 'Ressourcen und Kosten' },
  {
    type: 'paragraph',
    text: 'Für die Umsetzung entstehen einmalige Kosten von [Betrag] € und laufende Kosten von [Betrag] € im Jahr; Einzelheiten und Finanzierung stehen im Abschnitt „Ressourcen und Kosten (finanzielle Auswirkungen)“.',
  },
  { type: 'heading', level: 3, text: 'Zuständigkeit und Überprüfung' },
  {
    type: 'paragraph',
    text: 'Verantwortliche Stelle: {{concept.responsible}}. Gewaltschutzkoordination: {{concept.coordinator}}. Nächste planmäßige Überprüfung: {{edition.naechste_pruefung}}.',
  },
];

export const kurzfassung = {
  key: 'kurzfassung',
  title: 'Kurzfassung für Gremien und Verwaltungsleitung',
  purpose:
    'Die Kurzfassung sagt auf ein bis zwei Seiten, was beschlossen werden soll, warum, für wen es gilt, was sich ändert, was es kostet und wann das Konzept überprüft wird.',
  required: false,
  standards: [1, 6],
  guidance: [
    {
      type: 'paragraph',
      text: 'Ratsmitglieder, Kreistagsabgeordnete und Verwaltungsleitungen lesen selten ein Konzept von fünfzig Seiten. Sie entscheiden aber darüber – und über das Geld, das die Umsetzung kostet. Die Kurzfassung gibt ihnen auf ein bis zwei Seiten alles, was sie für den Beschluss brauchen. Sie dient zugleich als Grundlage für die Beschlussvorlage und für die Information der Öffentlichkeit.',
    },
    { type: 'heading', level: 3, text: 'Was hierher gehört' },
    {
      type: 'bulletList',
      items: [
        '**Anlass und Auftrag:** gesetzlicher Schutzauftrag, politischer Auftrag, Erfahrungen aus der Praxis',
        '**Geltungsbereich:** welche Unterkünfte, wie viele Plätze, wen das Konzept bindet',
        '**was sich ändert:** die drei bis fünf wichtigsten Maßnahmen mit verantwortlicher Stelle und Frist – keine Aufzählung aller Inhalte',
        '**Ressourcen und Kosten:** einmalige und laufende Kosten und ihre Finanzierung, mit Verweis auf den Abschnitt „Ressourcen und Kosten (finanzielle Auswirkungen)“',
        '**Beschlussvorschlag** und **Überprüfung:** wer was beschließt, wer berichtet, wann das Konzept fortgeschrieben wird',
      ],
    },
    {
      type: 'paragraph',
      text: 'Schreiben Sie die Kurzfassung zuletzt, wenn die übrigen Abschnitte stehen, und gleichen Sie sie nach jeder Überarbeitung ab: Sie darf nichts versprechen, was im Konzept nicht geregelt ist. Angaben, die die Werkstatt kennt – Unterkünfte, Plätze, Fassung, Überprüfungstermin –, stehen als Datenfelder im Text und bleiben so aktuell.',
    },
    { type: 'heading', level: 3, text: 'Worauf die Beratung achtet' },
    {
      type: 'paragraph',
      text: 'Eine gute Kurzfassung macht deutlich, dass Gewaltschutz eine Daueraufgabe mit Zuständigkeiten und Kosten ist und nicht mit dem Beschluss endet. Sie nennt Gewalt durch Mitarbeitende ebenso wie Gewalt unter Bewohner:innen und enthält keine Fallschilderungen, aus denen sich Personen erkennen lassen.',
    },
    { type: 'heading', level: 3, text: 'Häufige Lücken' },
    {
      type: 'bulletList',
      items: [
        'Die Kurzfassung fehlt; die Beschlussvorlage wiederholt nur den Titel.',
        'Kosten werden verschwiegen oder als „kostenneutral“ bezeichnet, obwohl neue Stellen oder Umbauten nötig sind.',
        'Bewohner:innen erhalten keine verständliche Fassung in ihren Sprachen.',
      ],
    },
  ],
  questions: [
    'Welches Gremium beschließt, und welche Informationen braucht es dafür auf einen Blick?',
    'Welche drei bis fünf Maßnahmen verändern den Alltag in den Unterkünften am stärksten?',
    'Was kostet die Umsetzung einmalig und jährlich, und wie wird sie finanziert?',
    'Wie erfahren die Bewohner:innen in ihren Sprachen, was das Konzept für sie bedeutet?',
  ],
  starter: geruest,
  textBlocks: [
    {
      key: 'beschlussvorschlag',
      title: 'Beschlussvorschlag',
      blocks: [
        { type: 'heading', level: 3, text: 'Beschlussvorschlag' },
        {
          type: 'orderedList',
          items: [
            'Das Gewaltschutzkonzept für die Gemeinschaftsunterkünfte ({{edition.fassung}}, Stand {{edition.stand}}) wird beschlossen.',
            'Die Verwaltung wird beauftragt, die darin festgelegten Maßnahmen umzusetzen und dem [zuständigen Ausschuss] jährlich über den Stand zu berichten.',
            'Die für die Umsetzung erforderlichen Mittel werden im Haushalt [Jahr] bereitgestellt.',
            'Das Konzept wird planmäßig überprüft und fortgeschrieben; nächster Termin: {{edition.naechste_pruefung}}.',
          ],
        },
      ],
    },
    {
      key: 'einfache-sprache',
      title: 'Das Wichtigste in einfacher Sprache (für Bewohner:innen)',
      blocks: [
        { type: 'heading', level: 3, text: 'Das Wichtigste in einfacher Sprache' },
        {
          type: 'bulletList',
          items: [
            'Gewalt ist in unseren Unterkünften verboten. Das gilt für alle: für Bewohner:innen, für Mitarbeitende, für den Sicherheitsdienst und für Besucher:innen.',
            'Wenn Ihnen jemand Gewalt antut oder droht, helfen wir Ihnen. Sie können mit einer Frau oder einem Mann sprechen, in Ihrer Sprache.',
            'Sie können sich beschweren, auch ohne Ihren Namen zu nennen. Niemand darf Sie deshalb schlechter behandeln.',
            'Kinder sind besonders geschützt. Niemand darf Kinder schlagen oder ihnen wehtun.',
            `Im Notfall rufen Sie die Polizei: ${POLIZEI}. Bei Feuer oder Verletzungen: ${NOTRUF}.`,
            'Wer Ihnen hilft und wie Sie uns erreichen, steht auf dem Aushang „Hilfe im Notfall“.',
          ],
        },
      ],
    },
  ],
  checklist: [
    {
      key: 'kurzfassung-vollstaendig',
      text: 'Die Kurzfassung nennt Anlass, Geltungsbereich, die wichtigsten Maßnahmen, Kosten und Finanzierung, den Beschlussvorschlag und den Termin der nächsten Überprüfung.',
      standard: 1,
      level: 'empfohlen',
    },
    {
      key: 'kurzfassung-abgeglichen',
      text: 'Die Kurzfassung ist nach der letzten Überarbeitung mit den Abschnitten abgeglichen und verspricht nichts, was dort nicht geregelt ist.',
      standard: 6,
      level: 'empfohlen',
    },
    {
      key: 'fassung-fuer-bewohner',
      text: 'Eine Fassung in einfacher Sprache liegt für Bewohner:innen in ihren Hauptsprachen vor.',
      standard: 1,
      level: 'typisch',
    },
  ],
  legalRefs: ['mindeststandards'],
} satisfies AbschnittEntwurf;
