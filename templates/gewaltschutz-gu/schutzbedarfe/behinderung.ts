import type { AbschnittEntwurf } from '../gliederung';
import { fundstelle, fundstelleImHinweis } from '../legal-references';

const asylblgHinweis = fundstelleImHinweis('asylblg');
const asylblgText = fundstelle('asylblg');

/** Vertiefung zum Annex „Geflüchtete mit Behinderung“ der Mindeststandards. */
export const schutzBehinderung = {
  key: 'schutz-behinderung',
  title: 'Geflüchtete mit Behinderung',
  purpose:
    'Der Abschnitt legt fest, wie Unterstützungsbedarfe von Menschen mit Behinderung erkannt werden, wie sie Hilfsmittel, Pflege und Assistenz erhalten, wie sie sich verständigen und beschweren können und wie sie im Notfall sicher aus dem Gebäude kommen.',
  required: false,
  standards: [4, 5, 3],
  annexes: ['behinderung'],
  guidance: [
    {
      type: 'paragraph',
      text: 'Behinderungen bleiben in Unterkünften oft unerkannt: nicht nur Mobilitäts-, Seh- oder Hörbehinderungen, sondern auch chronische und psychische Erkrankungen, kognitive Beeinträchtigungen oder Folgen von Kriegsverletzungen. Menschen mit Behinderung sind häufiger von Gewalt betroffen, weil sie von der Hilfe anderer abhängen, schwerer Hilfe holen können und seltener gehört werden. Schutz heißt hier vor allem: Bedarfe früh erfragen, Versorgung organisieren, Barrieren abbauen und für den Notfall vorsorgen.',
    },
    { type: 'heading', level: 3, text: 'Was hierher gehört' },
    {
      type: 'bulletList',
      items: [
        '**Bedarfe erkennen:** bei der Aufnahme und danach jederzeit, freiwillig und vertraulich; was für Unterbringung und Notfall nötig ist, erfährt mit Einwilligung, wer es wissen muss',
        `**Hilfsmittel und Versorgung:** Solange Grundleistungen bezogen werden, sind Rollstuhl, Hörgerät, Brille, Inkontinenzmaterial oder Therapie über ${asylblgHinweis} zu beantragen, meist mit ärztlicher Verordnung; die Soziale Arbeit unterstützt beim Antrag und verfolgt ihn nach. Wer Leistungen entsprechend dem SGB XII erhält, hat weitergehende Ansprüche.`,
        '**Pflege und Assistenz:** ambulante Pflege, Assistenz im Alltag, Begleitung zu Terminen – nicht „nebenbei“ durch Mitbewohnende und nie durch Kinder',
        '**barrierefreie Räume:** Zimmer, Sanitärräume, Gemeinschaftsräume und Wege; Unterbringung im Erdgeschoss, wenn Treppen eine Hürde sind',
        '**Verständigung:** Leichte Sprache, große Schrift, Audio, Gebärdensprachdolmetschung; Beschwerde- und Meldewege, die ohne Lesen und Hören funktionieren',
        '**Schutz vor Gewalt durch Helfende:** Wer pflegt oder assistiert, unterschreibt den Verhaltenskodex; Betroffene haben eine Ansprechperson außerhalb der Pflegebeziehung',
        '**Notfall:** Hilfeliste und Helfende für die Räumung, Alarm nach dem Zwei-Sinne-Prinzip (Ablaufplan „Brand, Räumung und Evakuierung“)',
        '**Kooperation:** Teilhabeberatung, Eingliederungshilfe, Gesundheitsamt, Pflegedienste, Behindertenbeauftragte',
      ],
    },
    { type: 'heading', level: 3, text: 'Häufige Lücken' },
    {
      type: 'bulletList',
      items: [
        'Anträge auf Hilfsmittel bleiben liegen, weil niemand zuständig ist; Menschen warten Monate auf einen Rollstuhl.',
        'Angehörige oder Kinder übernehmen Pflege und Übersetzung, ohne dass jemand fragt, ob das gut geht.',
        'Niemand weiß, wer im Brandfall wem hilft.',
      ],
    },
  ],
  questions: [
    'Wie erfahren Sie bei der Aufnahme und später, wer Unterstützung wegen einer Behinderung braucht?',
    'Wer stellt Anträge auf Hilfsmittel, Pflege und Assistenz, und wie lange dauert es, bis sie bewilligt sind?',
    'Welche Zimmer, Sanitärräume und Wege sind barrierefrei, und wie werden Menschen mit Seh- oder Hörbehinderung alarmiert?',
    'Wer hilft Menschen, die das Gebäude nicht allein verlassen können, in jeder Schicht bei einer Räumung?',
  ],
  textBlocks: [
    {
      key: 'hilfsmittel-pflege',
      title: 'Hilfsmittel, Pflege und Assistenz',
      blocks: [
        {
          type: 'paragraph',
          text: `Braucht eine Person Hilfsmittel, Pflege oder Assistenz, stellt die Soziale Arbeit mit ihr innerhalb von [fünf] Werktagen den Antrag bei [Leistungsbehörde] – während des Bezugs von Grundleistungen nach ${asylblgText}, später nach den für sie geltenden Vorschriften. Sie holt die nötige ärztliche Verordnung ein, verfolgt den Antrag nach und bittet bei Verzögerung die Gewaltschutzkoordination um Unterstützung. Bis zur Bewilligung wird eine Übergangslösung gesucht, etwa ein Leihrollstuhl oder ein Zimmer im Erdgeschoss. Pflege und Assistenz übernehmen Fachkräfte oder beauftragte Dienste, nicht Mitbewohnende oder Kinder.`,
        },
      ],
    },
    {
      key: 'verstaendigung-barrierefrei',
      title: 'Barrierefreie Verständigung und Beschwerde',
      blocks: [
        {
          type: 'bulletList',
          items: [
            'Hausordnung, Informationen bei Einzug und Aushänge liegen auch in Leichter Sprache, in großer Schrift und als Audiofassung vor.',
            'Für gehörlose Bewohner:innen wird bei wichtigen Gesprächen eine Gebärdensprachdolmetschung organisiert, über [Dienst].',
            'Beschwerden und Hinweise auf Gewalt werden auch mündlich, mit Bildern oder mit Unterstützung einer selbst gewählten Person aufgenommen.',
            'Menschen, die auf Pflege oder Assistenz angewiesen sind, haben eine Ansprechperson außerhalb dieser Unterstützungsbeziehung.',
          ],
        },
      ],
    },
    {
      key: 'evakuierung-behinderung',
      title: 'Vorsorge für den Notfall',
      blocks: [
        {
          type: 'paragraph',
          text: 'Menschen, die das Gebäude nicht selbstständig verlassen können, werden mit ihrer Einwilligung in die Hilfeliste für die Räumung aufgenommen; in jeder Schicht ist festgelegt, wer ihnen hilft. Ihre Zimmer liegen möglichst im Erdgeschoss oder nahe einem Rettungsweg. Rauchmelder und Alarm sind auch für Menschen mit Hörbehinderung wahrnehmbar, etwa mit Blitzleuchten oder Vibrationskissen. Die Abläufe sind im Ablaufplan „Brand, Räumung und Evakuierung“ beschrieben und werden in den Übungen erprobt.',
        },
      ],
    },
  ],
  checklist: [
    {
      key: 'bedarf-erfassen',
      text: 'Unterstützungsbedarfe wegen einer Behinderung werden bei der Aufnahme und später freiwillig erfragt und bei der Zimmervergabe berücksichtigt.',
      standard: 'behinderung',
      level: 'typisch',
    },
    {
      key: 'hilfsmittel-antrag',
      text: 'Für Anträge auf Hilfsmittel, Pflege und Assistenz sind Zuständigkeit, Frist und Übergangslösungen festgelegt.',
      standard: 'behinderung',
      level: 'typisch',
    },
    {
      key: 'pflege-nicht-durch-kinder',
      text: 'Pflege, Assistenz und Übersetzung für Menschen mit Behinderung übernehmen nicht Kinder oder Mitbewohnende ohne deren freie Zustimmung.',
      standard: 'behinderung',
      level: 'empfohlen',
    },
    {
      key: 'barrierefreie-kommunikation',
      text: 'Informationen, Beschwerdewege und Gespräche sind in Leichter Sprache, in großer Schrift, als Audio und mit Gebärdensprachdolmetschung zugänglich.',
      standard: 'behinderung',
      level: 'typisch',
    },
    {
      key: 'evakuierung-vorsorge',
      text: 'Für Menschen, die sich im Notfall nicht selbst retten können, sind Unterbringung, Hilfeliste, Helfende und Alarmierung geregelt.',
      standard: 'behinderung',
      level: 'typisch',
    },
    {
      key: 'schutz-in-abhaengigkeit',
      text: 'Menschen, die auf Pflege oder Assistenz angewiesen sind, haben eine Ansprechperson außerhalb dieser Beziehung; Pflegende sind auf den Verhaltenskodex verpflichtet.',
      standard: 'behinderung',
      level: 'empfohlen',
    },
  ],
  legalRefs: ['asylblg', 'un-brk', 'eu-aufnahme-rl-2024', 'arbstaettv-brandschutz', 'mindeststandards'],
} satisfies AbschnittEntwurf;
