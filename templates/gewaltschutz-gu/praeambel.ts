import type { AbschnittEntwurf } from './gliederung';
import { fundstelleImHinweis } from './legal-references';

export const praeambel = {
  key: 'praeambel',
  title: 'Präambel und Leitbild',
  purpose:
    'Die Präambel erklärt, warum die Kommune dieses Konzept beschließt, welche Haltung gegenüber Gewalt gilt und wen das Konzept bindet.',
  required: true,
  standards: [1],
  guidance: [
    {
      type: 'paragraph',
      text: 'In der Präambel bekennt sich Ihre Kommune öffentlich zum Schutz der Menschen, die in ihren Unterkünften leben und arbeiten. Sie ist kurz – eine Seite genügt –, aber sie setzt den Ton für alles Weitere: Welche Haltung gilt, warum gibt es dieses Konzept, und wer muss sich daran halten?',
    },
    { type: 'heading', level: 3, text: 'Was hierher gehört' },
    {
      type: 'bulletList',
      items: [
        `**Anlass und Auftrag:** der gesetzliche Schutzauftrag (${fundstelleImHinweis('asylg-53-3')}) und der eigene Anspruch der Kommune, zum Beispiel ein Ratsbeschluss`,
        '**Haltung:** keine Toleranz gegenüber Gewalt – gleich, ob sie von Bewohner:innen, Mitarbeitenden, Sicherheitskräften, Ehrenamtlichen oder Besucher:innen ausgeht',
        '**Menschenrechtlicher Bezug:** Würde, Gleichbehandlung, Vorrang des Kindeswohls, Schutz besonders verletzlicher Menschen',
        '**Verbindlichkeit:** für wen das Konzept gilt und auf welchem Weg die Beteiligten verpflichtet werden – Vertrag, Dienstanweisung, unterschriebene Selbstverpflichtung',
        '**Entstehung:** wer an der Erarbeitung mitgewirkt hat, ausdrücklich auch Mitarbeitende und Bewohner:innen',
      ],
    },
    { type: 'heading', level: 3, text: 'Worauf die Beratung achtet' },
    {
      type: 'paragraph',
      text: 'Die DeBUG-Beratung achtet darauf, dass die Präambel nicht bei allgemeinen Bekenntnissen stehen bleibt. Entscheidend ist, ob Gewalt durch Mitarbeitende und Sicherheitskräfte ausdrücklich eingeschlossen ist und ob die Verbindlichkeit für Dritte geregelt ist – insbesondere für Betreiber und Sicherheitsdienste, die nicht Teil der Verwaltung sind. Nur wenn das Konzept Bestandteil ihrer Verträge ist, kann die Kommune seine Einhaltung verlangen.',
    },
    { type: 'heading', level: 3, text: 'Häufige Lücken' },
    {
      type: 'bulletList',
      items: [
        'Die Null-Toleranz-Haltung richtet sich nur an Bewohner:innen; Gewalt durch Personal kommt nicht vor.',
        'Es bleibt offen, wie Betreiber, Sicherheitsdienste und Ehrenamtliche verpflichtet werden.',
        'Die Beteiligung von Bewohner:innen an der Erarbeitung wird behauptet, aber nicht beschrieben.',
        'Die Präambel ist mehrere Seiten lang und wiederholt, was später ohnehin geregelt wird.',
      ],
    },
    {
      type: 'paragraph',
      text: 'Die Präambel wird häufig übersetzt und in den Unterkünften ausgehängt. Schreiben Sie deshalb in klarer, einfacher Sprache, mit kurzen Sätzen und ohne Fachbegriffe.',
    },
  ],
  questions: [
    'Warum erarbeitet die Kommune dieses Konzept jetzt, und wer hat den Auftrag dazu erteilt?',
    'Welche Haltung soll für alle Beteiligten gelten – auch dann, wenn Gewalt von Mitarbeitenden ausgeht?',
    'Wen bindet das Konzept, und auf welchem Weg werden Betreiber, Sicherheitsdienste und Ehrenamtliche verpflichtet?',
    'Wer hat an der Erarbeitung mitgewirkt, und wie wurden Bewohner:innen einbezogen?',
  ],
  textBlocks: [
    {
      key: 'leitbild',
      title: 'Leitbild und Haltung',
      blocks: [
        {
          type: 'paragraph',
          text: '{{district.nom_satzanfang}} bringt geflüchtete Menschen in eigenen und beauftragten Gemeinschaftsunterkünften unter. Wer dort lebt, hat Anspruch auf Sicherheit, Würde und Privatsphäre – unabhängig von Herkunft, Geschlecht, Alter, sexueller Orientierung, geschlechtlicher Identität, Religion, Behinderung oder Aufenthaltsstatus.',
        },
        {
          type: 'paragraph',
          text: 'Gewalt in jeder Form wird in unseren Unterkünften nicht geduldet. Das gilt für Gewalt unter Bewohner:innen ebenso wie für Gewalt durch Mitarbeitende, Sicherheitskräfte, Ehrenamtliche oder Besucher:innen und für Gewalt gegen Mitarbeitende. Wird Gewalt bekannt, handeln wir nach den in diesem Konzept festgelegten Abläufen: zügig, an der Seite der Betroffenen und unter Wahrung ihrer Rechte.',
        },
        {
          type: 'paragraph',
          text: 'Menschen mit besonderem Schutzbedarf – insbesondere Frauen, Kinder und Jugendliche, LSBTI*-Personen, Menschen mit Behinderung, traumatisierte Menschen und Betroffene von Menschenhandel – erhalten besondere Aufmerksamkeit. Bei allen Entscheidungen, die Kinder betreffen, hat das Kindeswohl Vorrang.',
        },
      ],
    },
    {
      key: 'verbindlichkeit',
      title: 'Verbindlichkeit des Konzepts',
      blocks: [
        {
          type: 'paragraph',
          text: 'Dieses Konzept ist verbindlich für die Verwaltung {{district.gen}}, für alle Betreiber und Träger der Unterkünfte und deren Personal einschließlich Sozialer Arbeit, Hausverwaltung und Hausmeisterei, für beauftragte Sicherheitsdienste, für Sprachmittler:innen sowie für Ehrenamtliche, die regelmäßig in den Unterkünften tätig sind. Es wird verbindlich gemacht',
        },
        {
          type: 'bulletList',
          items: [
            'für Betreiber und Sicherheitsdienste als Bestandteil der Ausschreibungen und Verträge,',
            'für Beschäftigte der Verwaltung durch Dienstanweisung,',
            'für alle Personen mit regelmäßigem Kontakt zu Bewohner:innen durch die Unterzeichnung des Verhaltenskodex (Anlage).',
          ],
        },
        {
          type: 'paragraph',
          text: 'Für die Umsetzung verantwortlich ist die zuständige Stelle der Verwaltung: {{concept.responsible}}. Die Gewaltschutzkoordination wird von {{concept.coordinator}} wahrgenommen ({{coordination.stelle}}).',
        },
      ],
    },
    {
      key: 'entstehung',
      title: 'Entstehung des Konzepts',
      blocks: [
        {
          type: 'paragraph',
          text: 'Das Konzept hat die verantwortliche Stelle ({{concept.responsible}}) gemeinsam mit einer Steuerungsgruppe erarbeitet. Mitgewirkt haben [beteiligte Stellen und Betreiber eintragen]. Bewohner:innen wurden durch [Form der Beteiligung, z. B. nach Gruppen getrennte Gesprächsrunden in den Unterkünften] einbezogen; ihre Hinweise sind insbesondere in die Risikoanalyse eingeflossen. Begleitet wurde der Prozess von [z. B. der regionalen Kontaktstelle von DeBUG 2.0].',
        },
      ],
    },
  ],
  checklist: [
    {
      key: 'null-toleranz',
      text: 'Die Haltung „keine Toleranz gegenüber Gewalt“ gilt ausdrücklich auch für Gewalt durch Mitarbeitende, Sicherheitskräfte und Ehrenamtliche.',
      standard: 1,
      level: 'typisch',
    },
    {
      key: 'verbindlichkeit',
      text: 'Das Konzept ist für Personal, Sicherheitsdienste und Ehrenamtliche verbindlich; der Weg der Verpflichtung ist benannt.',
      standard: 1,
      level: 'typisch',
    },
    {
      key: 'kindeswohl-vorrang',
      text: 'Der Vorrang des Kindeswohls ist festgehalten.',
      standard: 1,
      level: 'empfohlen',
    },
    {
      key: 'beteiligung-erarbeitung',
      text: 'Die Erarbeitung gemeinsam mit Mitarbeitenden und Bewohner:innen ist beschrieben.',
      standard: 1,
      level: 'typisch',
    },
  ],
  legalRefs: ['asylg-53-3', 'istanbul-konvention', 'un-krk', 'mindeststandards'],
} satisfies AbschnittEntwurf;
