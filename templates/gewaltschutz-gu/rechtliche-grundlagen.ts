import { formatIsoDate } from '../../lib/shared/date-format';
import type { AbschnittEntwurf } from './gliederung';
import { fundstelle, fundstellen, legalReferences, rechtsgrundlage } from './legal-references';

const rlNeu = rechtsgrundlage('eu-aufnahme-rl-2024');
const rlNeuAb = rlNeu.validFrom ? formatIsoDate(rlNeu.validFrom) : '[Datum]';
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
        `**Bundesrecht:** Asylgesetz (§ 44 Abs. 2a und 3, § 53 Abs. 3 AsylG – Fundstellen vor dem Beschluss prüfen), Asylbewerberleistungsgesetz, Gewaltschutzgesetz, SGB VIII und Gesetz zur Kooperation und Information im Kinderschutz (KKG), Bundeszentralregistergesetz, Strafgesetzbuch, Arbeits- und Brandschutz, Datenschutz`,
        '**Landesrecht:** das Aufnahmegesetz Ihres Landes, gegebenenfalls Landesgewaltschutzkonzepte oder Erlasse',
        `**Fachliche Standards:** die „${ms.title}“ (${ms.label}) – sie sind fachliche Leitlinien, keine Rechtsnorm`,
        '**Kommunale Grundlagen:** Ratsbeschlüsse, Dienstanweisungen, Verträge mit Betreibern und Sicherheitsdiensten',
      ],
    },
    { type: 'heading', level: 3, text: 'Aktuelle Fassungen zitieren' },
    {
      type: 'paragraph',
      text: `Zitieren Sie stets die zum Beschluss geltende Fassung. Die EU-Aufnahmerichtlinie 2013/33/EU ist ab dem ${rlNeuAb} durch die Neufassung ersetzt (${rlNeu.label}): An die Stelle von Art. 18, 21 und 22 treten vor allem Art. 20 (Unterbringung), Art. 24 (Antragstellende mit besonderen Bedürfnissen bei der Aufnahme) und Art. 25 (Beurteilung dieser Bedürfnisse binnen 30 Tagen). Bei den Rechtsgrundlagen ist der Geltungszeitraum jeweils hinterlegt. Auch das Asylgesetz ändert sich mit dem GEAS-Anpassungsgesetz. Fundstellen, deren Nummerierung sich verschoben haben kann, sind deshalb als „prüfen“ markiert und tragen in den Textbausteinen einen Hinweis in eckigen Klammern; die Vollständigkeitsprüfung meldet ihn, bis Sie die Fundstelle geprüft und den Hinweis gelöscht haben.`,
    },
    { type: 'heading', level: 3, text: 'Worauf die Beratung achtet' },
    {
      type: 'paragraph',
      text: 'Wichtiger als Vollständigkeit ist, dass die genannten Normen im Konzept tatsächlich umgesetzt werden. Wer das erweiterte Führungszeugnis verlangt, muss im Abschnitt „Prävention: Personal“ regeln, wer es einsieht. Wer die UN-Kinderrechtskonvention nennt, braucht einen Ablaufplan für Kindeswohlgefährdung. Die Beratung achtet besonders darauf, dass der Kinderschutz richtig verankert ist: Das Personal der Unterkünfte lässt sich nach § 8b Abs. 1 SGB VIII und § 4 KKG von einer insoweit erfahrenen Fachkraft beraten und informiert das Jugendamt, das nach § 8a SGB VIII handelt. Vereinbarungen nach § 8a Abs. 4 SGB VIII betreffen Träger, die Leistungen der Kinder- und Jugendhilfe erbringen, nicht den Betrieb einer Unterkunft.',
    },
    { type: 'heading', level: 3, text: 'Häufige Lücken' },
    {
      type: 'bulletList',
      items: [
        'veraltete Fundstellen, etwa die abgelöste Aufnahmerichtlinie oder überholte Paragrafen',
        'seitenlange Gesetzeszitate statt kurzer Erläuterungen',
        'das Landesrecht fehlt',
        'die Mindeststandards werden als gesetzliche Pflicht dargestellt',
        'für die Betreiber wird eine Vereinbarung nach § 8a Abs. 4 SGB VIII genannt, die für den Betrieb einer Unterkunft nicht gilt',
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
          text: `Nach ${fundstellen(['asylg-53-3', 'asylg-44-2a'])} sollen die Länder geeignete Maßnahmen treffen, um bei der Unterbringung in Gemeinschaftsunterkünften den Schutz von Frauen und schutzbedürftigen Personen zu gewährleisten. {{district.nom_satzanfang}} setzt diesen Auftrag mit dem vorliegenden Konzept für die eigenen Unterkünfte um.`,
        },
        { type: 'paragraph', text: 'Darüber hinaus stützt sich das Konzept insbesondere auf:' },
        {
          type: 'bulletList',
          items: [
            'die **Istanbul-Konvention** des Europarats, deren Begriffsbestimmungen dem Gewaltbegriff dieses Konzepts zugrunde liegen,',
            'die **UN-Kinderrechtskonvention**, insbesondere den Vorrang des Kindeswohls und das Recht auf Schutz vor Gewalt,',
            'die **UN-Behindertenrechtskonvention**, insbesondere Zugänglichkeit und Schutz vor Ausbeutung, Gewalt und Missbrauch,',
            `die **EU-Aufnahmerichtlinie** in ihrer jeweils geltenden Fassung – ab dem ${rlNeuAb} die Neufassung (${fundstelle('eu-aufnahme-rl-2024')}) –, die eine menschenwürdige Unterbringung sowie die frühzeitige Beurteilung und Berücksichtigung besonderer Bedürfnisse verlangt,`,
            'das **Gewaltschutzgesetz**, das gerichtliche Schutzanordnungen ermöglicht,',
            `den **Kinderschutz**: die Beratung durch eine insoweit erfahrene Fachkraft (${rechtsgrundlage('sgb8-8b').label}, ${rechtsgrundlage('kkg-4').label}) und den Schutzauftrag des Jugendamts (${rechtsgrundlage('sgb8-8a').label}),`,
            `das **erweiterte Führungszeugnis** für alle, die Kontakt zu Minderjährigen haben (${fundstellen(['asylg-44-3', 'asylg-53-3'])}, § 30a BZRG),`,
            `das **Asylbewerberleistungsgesetz** für Hilfsmittel, Pflege und Behandlung (${fundstelle('asylblg')}),`,
            'das **Strafgesetzbuch**, unter anderem zu Menschenhandel, Zwangsheirat und Genitalverstümmelung,',
            'den **Arbeits- und Brandschutz** für Räumung und Evakuierung.',
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
          text: 'In Niedersachsen regelt das Aufnahmegesetz, dass Landkreise und kreisfreie Städte geflüchtete Menschen nach dem Aufenthalt in der Landesaufnahmebehörde aufnehmen und unterbringen. {{district.nom_satzanfang}} nimmt diese Aufgabe [selbst wahr / hat sie auf folgende Gemeinden übertragen: …]. Das Konzept gilt auch für Unterkünfte, die von diesen Gemeinden betrieben werden.',
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
      text: 'Kinderrechte und der Kinderschutz – § 8b Abs. 1 SGB VIII und § 4 KKG für das Personal, § 8a SGB VIII für das Jugendamt – sind als Grundlage benannt.',
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
