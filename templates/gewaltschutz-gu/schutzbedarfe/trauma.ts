import type { AbschnittEntwurf } from '../gliederung';
import { fundstelleImHinweis } from '../legal-references';
import { rufnummer } from '../nummern';
import { NOTRUF } from '../util';

const asylblgHinweis = fundstelleImHinweis('asylblg');

/** Vertiefung zum Annex „Geflüchtete mit Traumafolgestörungen“ der Mindeststandards, mit Krisenplan. */
export const schutzTrauma = {
  key: 'schutz-trauma',
  title: 'Geflüchtete mit Traumafolgestörungen',
  purpose:
    'Der Abschnitt beschreibt, wie die Unterkünfte für Menschen mit Traumafolgen ein stabilisierendes Umfeld schaffen, wie Betroffene in Behandlung kommen und wie ein Krisenplan – für die Unterkunft und auf Wunsch für die einzelne Person – in belastenden Situationen Halt gibt.',
  required: false,
  standards: [4, 5, 2],
  annexes: ['trauma'],
  guidance: [
    {
      type: 'paragraph',
      text: 'Viele geflüchtete Menschen haben Krieg, Folter, sexualisierte Gewalt oder den Verlust von Angehörigen erlebt. Nicht alle entwickeln eine Traumafolgestörung, aber viele leiden zeitweise unter Schlaflosigkeit, Albträumen, Schreckhaftigkeit, Rückzug, Reizbarkeit oder plötzlichen Erinnerungen, die sie überwältigen. Das Leben in einer Unterkunft kann diese Belastungen verstärken: Enge, Lärm, fehlende Kontrolle über den eigenen Alltag, unangekündigte Kontrollen, Uniformen, ungewisse Perspektiven.',
    },
    { type: 'heading', level: 3, text: 'Was hierher gehört' },
    {
      type: 'bulletList',
      items: [
        '**ein stabilisierender Alltag:** Vorhersehbarkeit, angekündigte Begehungen, feste Ansprechpersonen, Ruhezeiten, Rückzugsräume',
        '**Haltung der Mitarbeitenden:** zuhören und stabilisieren, nicht nach Einzelheiten des Erlebten fragen; Anzeichen erkennen und Hilfe anbieten',
        `**Zugang zu Behandlung:** psychosoziale Zentren für Geflüchtete, ärztliche und psychotherapeutische Versorgung mit Sprachmittlung; Kostenübernahme während des Bezugs von Grundleistungen über ${asylblgHinweis} beantragen`,
        '**einen Krisenplan der Unterkunft,** der Stufe für Stufe festlegt, wer bei welchen Anzeichen was tut – bis zum Ablaufplan „Psychische Krise und Suizidalität“',
        '**einen persönlichen Krisenplan** als Angebot an Betroffene: gemeinsam erstellt, bei der Person selbst aufbewahrt, in der Unterkunft nur mit Einwilligung hinterlegt',
        '**Schutz der Mitarbeitenden** vor eigener Überlastung durch Supervision und Nachgespräche',
      ],
    },
    {
      type: 'paragraph',
      text: 'Der persönliche Krisenplan ist ein Instrument der betroffenen Person, kein Formular der Verwaltung. Er enthält, was ihr in schwierigen Momenten hilft und wen man anrufen soll. In dieses Konzept gehört nur die leere Vorlage; ausgefüllte Pläne sind Gesundheitsdaten und bleiben bei der Person oder in der geschützten Falldokumentation.',
    },
    { type: 'heading', level: 3, text: 'Häufige Lücken' },
    {
      type: 'bulletList',
      items: [
        'Menschen werden wiederholt nach ihren Fluchterlebnissen gefragt, ohne dass jemand Unterstützung anbietet.',
        'Zwischen „es geht ihr nicht gut“ und dem Notruf gibt es keine Zwischenstufe; Krisen werden erst bemerkt, wenn sie eskalieren.',
        'Die Wartezeit auf einen Therapieplatz wird nicht überbrückt.',
      ],
    },
  ],
  questions: [
    'Welche Bedingungen in Ihren Unterkünften belasten Menschen mit Traumafolgen besonders, und was lässt sich daran ändern?',
    'Welche psychosozialen und therapeutischen Angebote behandeln geflüchtete Menschen mit Sprachmittlung, und wie lange sind die Wartezeiten?',
    'Wer tut was, wenn sich eine Person zunehmend zurückzieht oder auffällig belastet wirkt – bevor eine akute Krise entsteht?',
    'Wie wird Betroffenen ein persönlicher Krisenplan angeboten, und wo wird er aufbewahrt?',
  ],
  textBlocks: [
    {
      key: 'stabilisierender-alltag',
      title: 'Ein stabilisierender Alltag',
      blocks: [
        {
          type: 'bulletList',
          items: [
            'Zimmerbegehungen, Reparaturen und Kontrollen werden mindestens [24 Stunden] vorher angekündigt; Zimmer werden nur nach Anklopfen betreten.',
            'Jede Person hat eine feste Ansprechperson in der Sozialen Arbeit und erfährt, wann diese erreichbar ist.',
            'Von [22] bis [6] Uhr gilt Nachtruhe; Rundgänge des Sicherheitsdienstes stören den Schlaf so wenig wie möglich.',
            'Ein ruhiger Rückzugsraum steht tagsüber offen.',
            'Niemand wird in der Unterkunft zu seinen Fluchterlebnissen befragt; wer erzählen möchte, wird angehört und auf Beratung hingewiesen.',
          ],
        },
      ],
    },
    {
      key: 'krisenplan-unterkunft',
      title: 'Krisenplan der Unterkunft',
      blocks: [
        {
          type: 'paragraph',
          text: 'Der Krisenplan legt fest, wer bei welchen Anzeichen was tut. Er gilt in allen Unterkünften und wird in der Einarbeitung besprochen.',
        },
        {
          type: 'table',
          header: ['Stufe', 'Anzeichen', 'Was Mitarbeitende tun', 'Wer hinzugezogen wird'],
          rows: [
            [
              '1 Belastung',
              'Schlaflosigkeit, Rückzug, Reizbarkeit, Schreckhaftigkeit, Erzählungen über Albträume',
              'ansprechen, zuhören, Ruhe und Rückzug ermöglichen, Alltag erleichtern (etwa Zimmerwechsel bei Lärm), nach zwei Wochen erneut nachfragen',
              'Soziale Arbeit',
            ],
            [
              '2 anhaltende Belastung',
              'Belastung hält an oder nimmt zu, Alltag gelingt kaum noch, Kinder werden nicht mehr versorgt',
              'Termin beim psychosozialen Zentrum oder in der ärztlichen Versorgung vermitteln und begleiten, Kostenübernahme beantragen, persönlichen Krisenplan anbieten, bei Kindern an deren Versorgung denken',
              'Soziale Arbeit mit [psychosozialem Zentrum], bei Kindern auch [Jugendamt bzw. Erziehungsberatung]',
            ],
            [
              '3 akute Krise',
              'Suizidgedanken, Selbstverletzung, Verwirrtheit, Panik, Gefährdung anderer',
              `nach dem Ablaufplan „Psychische Krise und Suizidalität“ handeln; bei akuter Gefahr Rettungsdienst (${NOTRUF})`,
              '[sozialpsychiatrischer Dienst bzw. Krisendienst], Leitung der Unterkunft',
            ],
            [
              '4 nach der Krise',
              'Rückkehr aus der Klinik, Ende einer akuten Phase',
              'Gespräch anbieten, weitere Behandlung sichern, persönlichen Krisenplan erstellen oder anpassen, Mitbewohnende und Kinder entlasten',
              'Soziale Arbeit, behandelnde Stelle',
            ],
          ],
        },
        {
          type: 'paragraph',
          text: 'Mitarbeitende, die eine Krise begleitet haben, erhalten innerhalb von [72 Stunden] ein Nachgespräch und bei Bedarf Supervision.',
        },
      ],
    },
    {
      key: 'krisenplan-persoenlich',
      title: 'Vorlage: persönlicher Krisenplan',
      blocks: [
        {
          type: 'paragraph',
          text: 'Der persönliche Krisenplan wird mit der betroffenen Person in ihrer Sprache erstellt, gehört ihr und bleibt bei ihr. Eine Kopie wird nur mit ihrer Einwilligung in der geschützten Falldokumentation hinterlegt. Ausgefüllte Pläne werden nie in dieses Konzept eingetragen.',
        },
        {
          type: 'table',
          header: ['Frage', 'Antwort'],
          rows: [
            ['Woran merke ich selbst, dass es mir schlechter geht?', ''],
            ['Woran können andere es merken?', ''],
            ['Was belastet mich besonders oder löst schlimme Erinnerungen aus?', ''],
            ['Was hilft mir dann – was kann ich selbst tun?', ''],
            ['Was sollen andere tun – und was auf keinen Fall?', ''],
            ['Wen möchte ich anrufen oder bei mir haben?', ''],
            ['Welche Fachstellen kann ich erreichen (mit Telefonnummer)?', ''],
            ['Wer kümmert sich um meine Kinder oder Angehörigen, wenn es mir nicht gut geht?', ''],
            ['Wo bewahre ich diesen Plan auf, und wer darf eine Kopie haben?', ''],
            ['Vereinbart am, nächstes Gespräch am', ''],
          ],
        },
        {
          type: 'paragraph',
          text: `Immer erreichbar: Notruf ${NOTRUF}; ${rufnummer('telefonSeelsorge')}; [sozialpsychiatrischer Dienst bzw. Krisendienst, auch nachts].`,
        },
      ],
    },
  ],
  checklist: [
    {
      key: 'stabilisierender-alltag',
      text: 'Abläufe in der Unterkunft sind vorhersehbar: Begehungen werden angekündigt, feste Ansprechpersonen und Rückzugsräume stehen zur Verfügung.',
      standard: 'trauma',
      level: 'typisch',
    },
    {
      key: 'keine-befragung',
      text: 'Mitarbeitende befragen niemanden zu belastenden Erlebnissen; sie hören zu, stabilisieren und vermitteln Hilfe.',
      standard: 'trauma',
      level: 'typisch',
    },
    {
      key: 'zugang-behandlung',
      text: 'Der Zugang zu psychosozialer und therapeutischer Versorgung mit Sprachmittlung ist geregelt, einschließlich Anträgen auf Kostenübernahme und Überbrückung von Wartezeiten.',
      standard: 'trauma',
      level: 'typisch',
    },
    {
      key: 'krisenplan-stufen',
      text: 'Ein Krisenplan der Unterkunft legt Stufe für Stufe fest, wer bei welchen Anzeichen was tut, bis zum Ablaufplan für akute Krisen.',
      standard: 'trauma',
      level: 'typisch',
    },
    {
      key: 'persoenlicher-krisenplan',
      text: 'Betroffenen wird ein persönlicher Krisenplan angeboten, der bei ihnen bleibt und nur mit Einwilligung hinterlegt wird.',
      standard: 'trauma',
      level: 'empfohlen',
    },
    {
      key: 'entlastung-mitarbeitende',
      text: 'Mitarbeitende, die Krisen begleiten, erhalten Nachgespräche und Supervision.',
      standard: 2,
      level: 'typisch',
    },
  ],
  legalRefs: ['asylblg', 'eu-aufnahme-rl-2024', 'mindeststandards'],
} satisfies AbschnittEntwurf;
