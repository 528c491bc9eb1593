import type { AbschnittEntwurf } from './gliederung';
import { legalReferences, rechtsgrundlage } from './legal-references';
import { deDatum } from './util';

const asylg53 = rechtsgrundlage('asylg-53-3').label;
const asylg44 = rechtsgrundlage('asylg-44-2a').label;
const rlNeu = rechtsgrundlage('eu-aufnahme-rl-2024');
const rlNeuAb = rlNeu.validFrom ? deDatum(rlNeu.validFrom) : '[Datum]';
const ms = rechtsgrundlage('mindeststandards');

export const rechtlicheGrundlagen = {
  key: 'rechtliche-grundlagen',
  title: 'Rechtliche Grundlagen',
  purpose:
    'Dieser Abschnitt nennt die Gesetze, Übereinkommen und fachlichen Standards, auf denen das Konzept beruht, und erläutert kurz ihre Bedeutung für die Unterkünfte.',
  required: false,
  standards: [1],
  annexes: ['behinderung'],
  guidance: [
    {
      type: 'paragraph',
      text: 'Dieser Abschnitt verankert Ihr Konzept rechtlich. Er muss kein juristisches Gutachten sein: Leser:innen sollen erkennen, auf welchen Pflichten das Konzept beruht und welche Normen die Abläufe in den folgenden Abschnitten bestimmen. Wählen Sie aus der Liste der Rechtsgrundlagen diejenigen aus, die für Ihre Kommune gelten, und erläutern Sie jede in ein bis zwei Sätzen.',
    },
    { type: 'heading', level: 3, text: 'Was hierher gehört' },
    {
      type: 'bulletList',
      items: [
        '**Völker- und Europarecht:** Istanbul-Konvention, UN-Kinderrechtskonvention, UN-Behindertenrechtskonvention, EU-Aufnahmerichtlinie',
        `**Bundesrecht:** Asylgesetz (${asylg44}, ${asylg53}), Gewaltschutzgesetz, SGB VIII (Kinderschutz, Führungszeugnis), Bundeszentralregistergesetz, Strafgesetzbuch, Datenschutz`,
        '**Landesrecht:** das Aufnahmegesetz Ihres Landes, gegebenenfalls Landesgewaltschutzkonzepte oder Erlasse',
        `**Fachliche Standards:** die „${ms.title}“ (${ms.label}) – sie sind fachliche Leitlinien, keine Rechtsnorm`,
        '**Kommunale Grundlagen:** Ratsbeschlüsse, Dienstanweisungen, Verträge mit Betreibern und Sicherheitsdiensten',
      ],
    },
    { type: 'heading', level: 3, text: 'Aktuelle Fassungen zitieren' },
    {
      type: 'paragraph',
      text: `Zitieren Sie stets die zum Beschluss geltende Fassung. Die EU-Aufnahmerichtlinie 2013/33/EU ist ab dem ${rlNeuAb} durch die Neufassung ${rlNeu.label} ersetzt; bei den Rechtsgrundlagen ist der Geltungszeitraum jeweils hinterlegt. Auch das Asylgesetz ändert sich mit der Anpassung an das Gemeinsame Europäische Asylsystem (GEAS) – prüfen Sie die Paragrafen vor dem Beschluss.`,
    },
    { type: 'heading', level: 3, text: 'Worauf die Beratung achtet' },
    {
      type: 'paragraph',
      text: 'Wichtiger als Vollständigkeit ist, dass die genannten Normen im Konzept tatsächlich umgesetzt werden. Wer § 72a SGB VIII zitiert, muss in Abschnitt „Personal“ regeln, wer Führungszeugnisse einsieht. Wer die UN-Kinderrechtskonvention nennt, braucht einen Ablaufplan für Kindeswohlgefährdung. Die Beratung achtet besonders darauf, dass der Kinderschutz nach § 8a SGB VIII und das Gewaltschutzgesetz genannt sind, weil mehrere Ablaufpläne darauf aufbauen.',
    },
    { type: 'heading', level: 3, text: 'Häufige Lücken' },
    {
      type: 'bulletList',
      items: [
        'veraltete Fundstellen, etwa die abgelöste Aufnahmerichtlinie oder überholte Paragrafen',
        'seitenlange Gesetzeszitate statt kurzer Erläuterungen',
        'das Landesrecht fehlt',
        'die Mindeststandards werden als gesetzliche Pflicht dargestellt',
      ],
    },
  ],
  questions: [
    'Welche landesrechtlichen Regelungen gelten für die Unterbringung in Ihrer Kommune?',
    'Gibt es Erlasse, ein Landesgewaltschutzkonzept oder Ratsbeschlüsse, auf die sich das Konzept stützt?',
    'Sind alle Fundstellen zum Zeitpunkt des Beschlusses aktuell?',
    'In welchen Verträgen mit Betreibern und Sicherheitsdiensten wird auf das Konzept verwiesen?',
  ],
  textBlocks: [
    {
      key: 'rechtsrahmen-kurz',
      title: 'Rechtsrahmen in Kürze',
      blocks: [
        {
          type: 'paragraph',
          text: `Nach ${asylg53} sollen die Länder geeignete Maßnahmen treffen, um bei der Unterbringung in Gemeinschaftsunterkünften den Schutz von Frauen und schutzbedürftigen Personen zu gewährleisten; für Aufnahmeeinrichtungen gilt Entsprechendes nach ${asylg44}. {{district.name}} setzt diesen Auftrag mit dem vorliegenden Konzept für die eigenen Unterkünfte um.`,
        },
        { type: 'paragraph', text: 'Darüber hinaus stützt sich das Konzept insbesondere auf:' },
        {
          type: 'bulletList',
          items: [
            'die **Istanbul-Konvention** des Europarats, deren Begriffsbestimmungen dem Gewaltbegriff dieses Konzepts zugrunde liegen,',
            'die **UN-Kinderrechtskonvention**, insbesondere den Vorrang des Kindeswohls und das Recht auf Schutz vor Gewalt,',
            'die **UN-Behindertenrechtskonvention**, insbesondere Zugänglichkeit und Schutz vor Ausbeutung, Gewalt und Missbrauch,',
            'die **EU-Aufnahmerichtlinie** in ihrer jeweils geltenden Fassung, die den Schutz vor geschlechtsbezogener Gewalt in der Unterbringung und die Berücksichtigung besonderer Bedürfnisse verlangt,',
            'das **Gewaltschutzgesetz**, das gerichtliche Schutzanordnungen ermöglicht,',
            'den **Schutzauftrag bei Kindeswohlgefährdung** nach § 8a SGB VIII sowie die Regelungen zum erweiterten Führungszeugnis (§ 72a SGB VIII, § 30a BZRG).',
          ],
        },
      ],
    },
    {
      key: 'mindeststandards-bezug',
      title: 'Bezug auf die Mindeststandards',
      blocks: [
        {
          type: 'paragraph',
          text: `Fachlich orientiert sich das Konzept an den „${ms.title}“ (${ms.label}). Es greift deren sechs Handlungsfelder auf:`,
        },
        {
          type: 'orderedList',
          items: [
            'Schutzkonzept',
            'Personal und Personalmanagement',
            'Interne Strukturen und externe Kooperation',
            'Prävention von Gewalt, Risikomanagement und Umgang mit Gewalt- und Gefährdungssituationen',
            'Menschenwürdige, schützende und fördernde Rahmenbedingungen',
            'Monitoring und Evaluierung',
          ],
        },
        {
          type: 'paragraph',
          text: 'Die Annexe zu LSBTI*-Geflüchteten, Geflüchteten mit Behinderung und Geflüchteten mit Traumafolgestörungen sind in den jeweiligen Abschnitten berücksichtigt.',
        },
      ],
    },
    {
      key: 'landesrecht-niedersachsen',
      title: 'Landesrecht (Beispiel Niedersachsen)',
      blocks: [
        {
          type: 'paragraph',
          text: 'In Niedersachsen regelt das Aufnahmegesetz, dass Landkreise und kreisfreie Städte geflüchtete Menschen nach dem Aufenthalt in der Landesaufnahmebehörde aufnehmen und unterbringen. {{district.name}} nimmt diese Aufgabe [selbst wahr / hat sie auf folgende Gemeinden übertragen: …]. Das Konzept gilt auch für Unterkünfte, die von diesen Gemeinden betrieben werden.',
        },
      ],
    },
  ],
  checklist: [
    {
      key: 'fundstellen-aktuell',
      text: 'Die zitierten Rechtsgrundlagen entsprechen der zum Beschluss geltenden Fassung (GEAS-Anpassung, Neufassung der Aufnahmerichtlinie).',
      standard: 1,
      level: 'empfohlen',
    },
    {
      key: 'kinderrechte',
      text: 'Kinderrechte und das Verfahren nach § 8a SGB VIII sind als Grundlage benannt.',
      standard: 1,
      level: 'empfohlen',
    },
    {
      key: 'un-brk',
      text: 'Die Rechte von Menschen mit Behinderung – Zugänglichkeit und Schutz vor Gewalt – sind als Grundlage benannt.',
      standard: 'behinderung',
      level: 'empfohlen',
    },
  ],
  legalRefs: legalReferences.map((r) => r.key),
} satisfies AbschnittEntwurf;
