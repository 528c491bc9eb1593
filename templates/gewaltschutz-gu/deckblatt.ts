import type { BlockInput } from '../../lib/templates/schema';
import type { AbschnittEntwurf } from './gliederung';

/**
 * Every entry is a data field: it shows the concept's details and the Fassung as they are
 * when the text is read or exported, so chapter 1 never contradicts „Eckdaten bearbeiten“.
 * „Beschluss“ is one row (body, date and number belong together and are set together).
 * In the DOCX the title page carries Kommune, Titel, verantwortliche Stelle, Fassung and
 * Stand (adopted: also Beschluss and review date); rows that only repeat it are left out
 * there (lib/export/cover-facts.ts), so chapter 1 does not repeat the cover.
 */
const angaben: BlockInput[] = [
  {
    type: 'table',
    header: ['Angabe', 'Eintrag'],
    rows: [
      ['Kommune', '{{district.name}}'],
      ['Art der Gebietskörperschaft', '{{district.kind}}'],
      ['Titel', '{{concept.title}}'],
      ['Geltungsbereich', '{{facilities.names}}'],
      ['Anzahl der Unterkünfte / Plätze insgesamt', '{{facilities.count}} / {{facilities.capacity}}'],
      ['Verantwortliche Stelle', '{{concept.responsible}}'],
      ['Gewaltschutzkoordination', '{{concept.coordinator}}'],
      ['Stelle der Gewaltschutzkoordination', '{{coordination.stelle}}'],
      ['Telefon / E-Mail der Gewaltschutzkoordination', '{{coordination.telefon}} / {{coordination.email}}'],
      ['Fassung', '{{edition.fassung}}'],
      ['Stand', '{{edition.stand}}'],
      ['Beschluss', '{{edition.beschluss}}'],
      ['Nächste planmäßige Überprüfung', '{{edition.naechste_pruefung}}'],
    ],
  },
];

export const deckblatt = {
  key: 'deckblatt',
  title: 'Angaben zum Konzept',
  purpose:
    'Die Angaben zum Konzept zeigen auf einen Blick, wessen Konzept dies ist, für welche Unterkünfte es gilt, welche Fassung vorliegt, wer sie beschlossen hat und wann sie überprüft wird.',
  required: true,
  standards: [1, 6],
  guidance: [
    {
      type: 'paragraph',
      text: 'Die Angaben zum Konzept sind seine Visitenkarte. Wer es in die Hand nimmt – ein Ratsmitglied, die Leitung eines Betreibers, eine neue Kollegin in der Sozialen Arbeit oder die DeBUG-Beratung –, muss sofort erkennen: Wer hat dieses Konzept erlassen, wofür gilt es, ist es beschlossen oder noch ein Entwurf, und wann wird es wieder überprüft?',
    },
    { type: 'heading', level: 3, text: 'Was hierher gehört' },
    {
      type: 'bulletList',
      items: [
        'Name der Kommune und die federführende Stelle, zum Beispiel Sozialamt, Fachdienst Migration oder Gleichstellungsbüro',
        'Titel und Geltungsbereich in einem Satz: für welche Unterkünfte das Konzept gilt',
        '**Fassung** (Versionsnummer) und **Stand** (Datum), damit niemand mit einer veralteten Ausgabe arbeitet',
        'das beschließende Gremium – Rat, Kreistag, Fachausschuss oder Verwaltungsleitung – und das Datum des Beschlusses',
        'die verantwortliche Stelle und die Gewaltschutzkoordination mit Funktion und dienstlicher Erreichbarkeit',
        'das Datum der nächsten planmäßigen Überprüfung',
        'eine kurze Änderungsübersicht: Was hat sich gegenüber der vorigen Fassung geändert?',
      ],
    },
    {
      type: 'paragraph',
      text: 'Die markierten Einträge der Angabentabelle setzt die Werkstatt selbst ein: Kommune, Titel, verantwortliche Stelle und Unterkünfte aus den Eckdaten, Fassung, Stand und Beschluss aus dem Stand des Verfahrens. Ändern Sie diese Angaben unter „Eckdaten bearbeiten“, nicht im Text – dann stimmen diese Angaben, die übrigen Abschnitte und die Word-Datei immer überein.',
    },
    {
      type: 'paragraph',
      text: 'In der Word-Datei stehen Kommune, Titel, verantwortliche Stelle, Fassung und Stand auf dem Deckblatt, bei der beschlossenen Fassung auch Beschluss und nächste Überprüfung. Zeilen der Tabelle, die nur diese Angaben wiederholen, lässt die Word-Datei hier weg; alles andere, was Sie hier schreiben, erscheint als Kapitel 1.',
    },
    { type: 'heading', level: 3, text: 'Worauf die Beratung achtet' },
    {
      type: 'paragraph',
      text: 'Die DeBUG-Beratung prüft hier vor allem zwei Dinge: Ist das Konzept verbindlich beschlossen, und gibt es einen konkreten Termin für die Überprüfung? Ein Konzept ohne Beschluss bindet weder Betreiber noch Sicherheitsdienst. Ein Konzept ohne Revisionsdatum veraltet unbemerkt – Personal wechselt, Unterkünfte schließen oder kommen hinzu, Telefonnummern ändern sich.',
    },
    { type: 'heading', level: 3, text: 'Häufige Lücken' },
    {
      type: 'bulletList',
      items: [
        'Statt eines Datums steht nur „wird regelmäßig überprüft“.',
        'Die verantwortliche Stelle ist nur als Amt genannt; niemand weiß, wer konkret ansprechbar ist.',
        'Aus dem Dokument geht nicht hervor, ob es sich um einen Entwurf oder die beschlossene Fassung handelt.',
        'Es fehlt eine Änderungsübersicht, sodass bei der Fortschreibung niemand nachvollziehen kann, was bereits angepasst wurde.',
      ],
    },
    {
      type: 'paragraph',
      text: 'Nennen Sie Personen nur mit Funktion und dienstlichen Kontaktdaten. Angaben über Bewohner:innen gehören niemals in das Konzept – auch nicht in diese Angaben.',
    },
  ],
  questions: [
    'Welches Gremium beschließt das Konzept, und bis wann soll der Beschluss vorliegen?',
    'Welche Stelle ist verantwortlich, wer übernimmt die Gewaltschutzkoordination, und wie sind beide dienstlich erreichbar?',
    'Wann wird das Konzept planmäßig überprüft, und wer lädt dazu ein?',
    'Welche Fassung ist dies, und was hat sich gegenüber der vorherigen Fassung geändert?',
  ],
  textBlocks: [
    { key: 'angaben-tabelle', title: 'Tabelle mit den Angaben zum Konzept', blocks: angaben },
    {
      key: 'aenderungsuebersicht',
      title: 'Änderungsübersicht',
      blocks: [
        { type: 'heading', level: 3, text: 'Änderungsübersicht' },
        {
          type: 'table',
          header: ['Fassung', 'Datum', 'Wesentliche Änderungen', 'Beschlossen durch'],
          rows: [['1.0', '', 'Erstfassung', '']],
        },
      ],
    },
  ],
  checklist: [
    {
      key: 'verantwortliche-stelle',
      text: 'Eine verantwortliche Stelle und eine Gewaltschutzkoordination sind mit Funktion und dienstlicher Erreichbarkeit benannt.',
      standard: 1,
      level: 'typisch',
    },
    {
      key: 'beschluss',
      text: 'Das beschließende Gremium und das Datum des Beschlusses sind angegeben.',
      standard: 1,
      level: 'typisch',
    },
    {
      key: 'revisionsdatum',
      text: 'Für die nächste Überprüfung ist ein konkretes Datum festgelegt.',
      standard: 6,
      level: 'typisch',
    },
    {
      key: 'fassung',
      text: 'Fassung, Stand und Änderungen gegenüber der Vorfassung sind nachvollziehbar.',
      standard: 6,
      level: 'empfohlen',
    },
  ],
  legalRefs: ['mindeststandards'],
  starter: angaben,
} satisfies AbschnittEntwurf;
