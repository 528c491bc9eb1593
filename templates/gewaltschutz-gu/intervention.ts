import type { AbschnittEntwurf } from './gliederung';
import { akuteGewalt } from './ablaufplaene/akute-gewalt';
import { kinderschutz } from './ablaufplaene/kinderschutz';
import { haeuslicheGewalt } from './ablaufplaene/haeusliche-gewalt';
import { sexualisierteGewalt } from './ablaufplaene/sexualisierte-gewalt';
import { lsbtiFeindlicheGewalt } from './ablaufplaene/lsbti';
import { menschenhandel } from './ablaufplaene/menschenhandel';
import { gewaltGegenMitarbeitende } from './ablaufplaene/gewalt-gegen-mitarbeitende';
import { psychischeKrise } from './ablaufplaene/psychische-krise';
import { zwangsheiratEhre } from './ablaufplaene/zwangsheirat-ehre';
import { vermisstesKind } from './ablaufplaene/vermisstes-kind';
import { angriffVonAussen } from './ablaufplaene/angriff-von-aussen';
import { verdachtMitarbeitende } from './ablaufplaene/verdacht-mitarbeitende';
import { brandRaeumung } from './ablaufplaene/brand-raeumung';
import { RUFNUMMERN, rufnummer } from './nummern';

export const intervention = {
  key: 'intervention',
  startsPart: true,
  childrenStartPage: true,
  title: 'Intervention: Ablaufpläne',
  purpose:
    'Für jede Art von Vorfall legt ein Ablaufplan vorab fest, wer was tut, wer in welcher Frist informiert wird, was dokumentiert wird und wie Nachsorge und Nachbereitung erfolgen.',
  required: true,
  standards: [4],
  annexes: ['lsbti', 'behinderung', 'trauma'],
  guidance: [
    {
      type: 'paragraph',
      text: 'Wenn Gewalt geschieht, bleibt keine Zeit zum Nachlesen. Ablaufpläne legen vorab fest, wer in welcher Situation was tut, wen informiert und was dokumentiert. Sie sind das Herzstück des Konzepts – und zugleich das, was in Entwürfen am häufigsten fehlt oder nur für „Gewalt allgemein“ geregelt ist.',
    },
    {
      type: 'paragraph',
      text: 'Für jede Art von Vorfall gibt es einen eigenen Plan, weil sich die Schritte deutlich unterscheiden: Bei Kindeswohlgefährdung schätzen die Fachkräfte die Gefährdung mit Beratung durch eine insoweit erfahrene Fachkraft ein (§ 8b Abs. 1 SGB VIII, § 4 KKG) und informieren das Jugendamt, das nach § 8a SGB VIII handelt; bei häuslicher Gewalt geht es um die räumliche Trennung von der gewaltausübenden Person; bei Menschenhandel darf niemand die mutmaßlichen Täter:innen konfrontieren; bei LSBTI*-feindlicher Gewalt hat Vertraulichkeit Vorrang; bei drohender Zwangsverheiratung spricht niemand mit der Familie; ein Verdacht gegen Mitarbeitende wird außerhalb ihres Teams bearbeitet; bei einem Brand braucht es Helfende für alle, die sich nicht selbst retten können.',
    },
    { type: 'heading', level: 3, text: 'Aufbau jedes Ablaufplans' },
    {
      type: 'orderedList',
      items: [
        '**Auslöser:** Woran erkenne ich, dass dieser Plan gilt?',
        '**Sofortmaßnahmen zur Sicherheit:** Was ist in den ersten Minuten zu tun?',
        '**Wer wird informiert?** Rolle, Zeitrahmen, wer informiert, örtliche Erreichbarkeit',
        '**Dokumentation:** Was wird wie festgehalten?',
        '**Nachsorge:** Welche Unterstützung erhalten Betroffene, Zeug:innen und Mitarbeitende?',
        '**Nachbereitung:** Was lernen wir aus dem Vorfall für Abläufe, Räume und Schulungen?',
      ],
    },
    { type: 'heading', level: 3, text: 'Worauf die Beratung achtet' },
    {
      type: 'bulletList',
      items: [
        'Sind alle Vorfallarten abgedeckt – nicht nur akute Gewalt, sondern etwa auch Brand und Räumung, vermisste Kinder, Angriffe von außen und ein Verdacht gegen Mitarbeitende?',
        'Funktionieren die Pläne rund um die Uhr, auch wenn nachts nur der Sicherheitsdienst vor Ort ist?',
        'Sind Zuständigkeiten mit Rollen und Fristen benannt statt mit „die Unterkunft informiert“?',
        'Stehen in den Plänen örtliche Nummern statt nur bundesweiter Hotlines?',
        'Sind Nachsorge für Mitarbeitende und eine Nachbereitung zur Verbesserung der Abläufe vorgesehen?',
      ],
    },
    {
      type: 'paragraph',
      text: 'Die folgenden Unterabschnitte enthalten für jede Vorfallart ein Gerüst, das Sie an Ihre örtlichen Gegebenheiten anpassen. Alle Pläne sind gleich aufgebaut – dieselben Überschriften in derselben Reihenfolge, dieselben Spalten in der Informationskette –, damit jeder Schritt im Ernstfall an derselben Stelle steht. Behalten Sie diesen Aufbau bei, ersetzen Sie alle Angaben in eckigen Klammern durch Ihre Stellen, Nummern und Fristen, hängen Sie die fertigen Pläne in den Dienstzimmern aus und besprechen Sie sie in jeder Einarbeitung.',
    },
  ],
  questions: [
    'Wer ist zu welcher Tageszeit in den Unterkünften und kann die Sofortmaßnahmen einleiten?',
    'Welche örtlichen Stellen sind rund um die Uhr erreichbar?',
    'Wie werden die Ablaufpläne Mitarbeitenden, Sicherheitskräften und Bewohner:innen bekannt gemacht?',
    'Wie werden Vorfälle nachbereitet, damit Abläufe verbessert werden?',
  ],
  textBlocks: [
    {
      key: 'grundsaetze',
      title: 'Grundsätze der Intervention',
      blocks: [
        { type: 'paragraph', text: 'Für alle Ablaufpläne in den Unterkünften {{district.gen}} gilt:' },
        {
          type: 'bulletList',
          items: [
            '**Sicherheit geht vor:** zuerst Gefahr abwenden, Hilfe holen und Betroffene schützen.',
            '**Betroffene stehen im Mittelpunkt:** Ihre Wünsche werden erfragt und respektiert, soweit keine Gefahr für sie selbst oder andere, insbesondere Kinder, besteht.',
            '**Trennung:** Die gewaltausübende Person wird räumlich getrennt; die betroffene Person wird nur auf eigenen Wunsch verlegt.',
            '**Keine eigenen Ermittlungen:** Befragungen und Beweissicherung sind Aufgabe der Polizei.',
            '**Vertraulichkeit:** Informationen werden nur an die im Plan genannten Stellen weitergegeben.',
            '**Nachbereitung:** Jeder gravierende Vorfall wird im Team ausgewertet.',
          ],
        },
      ],
    },
    {
      key: 'aushang-notruf',
      title: 'Aushang „Hilfe im Notfall“',
      blocks: [
        { type: 'heading', level: 3, text: 'Hilfe im Notfall' },
        {
          type: 'bulletList',
          items: [
            `**${RUFNUMMERN.polizei.label}: ${RUFNUMMERN.polizei.nummer}** – ${RUFNUMMERN.notruf.label}: ${RUFNUMMERN.notruf.nummer}`,
            'Ansprechperson für Gewaltschutz in dieser Unterkunft: [Funktion, Raum, Telefon]',
            `${rufnummer('hilfetelefonFrauen')}, ${RUFNUMMERN.hilfetelefonFrauen.hinweis}`,
            rufnummer('hilfetelefonMaenner'),
            'Unabhängige Beschwerdestelle: {{kontakt.beschwerdestelle}}',
            'Ansprechperson für LSBTI*-Geflüchtete: [Funktion, Erreichbarkeit]',
          ],
        },
      ],
    },
  ],
  checklist: [
    {
      key: 'plaene-je-vorfallart',
      text: 'Für jede Vorfallart liegt ein eigener Ablaufplan vor.',
      standard: 4,
      level: 'typisch',
    },
    {
      key: 'rund-um-die-uhr',
      text: 'Die Ablaufpläne funktionieren rund um die Uhr, auch nachts und am Wochenende.',
      standard: 4,
      level: 'typisch',
    },
    {
      key: 'einheitlicher-aufbau',
      text: 'Alle Ablaufpläne folgen demselben Aufbau: Auslöser, Sofortmaßnahmen, Informationskette mit Rolle, Zeitrahmen, informierender Stelle und örtlicher Erreichbarkeit, Dokumentation, Nachsorge, Nachbereitung.',
      standard: 4,
      level: 'empfohlen',
    },
    {
      key: 'plaene-bekannt',
      text: 'Die Ablaufpläne hängen in den Dienstzimmern aus und sind Teil jeder Einarbeitung.',
      standard: 4,
      level: 'empfohlen',
    },
    {
      key: 'fallbesprechung',
      text: 'Gravierende Vorfälle werden in einer Fallbesprechung nachbereitet.',
      standard: 4,
      level: 'typisch',
    },
    {
      key: 'barrierefreie-alarmierung',
      text: 'Menschen mit Seh- oder Hörbehinderung werden im Notfall zuverlässig erreicht und können selbst Hilfe rufen.',
      standard: 'behinderung',
      level: 'empfohlen',
    },
  ],
  legalRefs: ['asylg-53-3', 'mindeststandards'],
  children: [
    akuteGewalt,
    kinderschutz,
    haeuslicheGewalt,
    sexualisierteGewalt,
    lsbtiFeindlicheGewalt,
    menschenhandel,
    gewaltGegenMitarbeitende,
    psychischeKrise,
    zwangsheiratEhre,
    vermisstesKind,
    angriffVonAussen,
    verdachtMitarbeitende,
    brandRaeumung,
  ],
} satisfies AbschnittEntwurf;
