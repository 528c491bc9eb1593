import type { AbschnittEntwurf } from './gliederung';
import { schutzBehinderung } from './schutzbedarfe/behinderung';
import { schutzLsbti } from './schutzbedarfe/lsbti';
import { schutzTrauma } from './schutzbedarfe/trauma';
import { mitBausteinenAlsStart } from './util';

export const gewaltbegriff = {
  key: 'gewaltbegriff',
  title: 'Gewaltbegriff und besonders schutzbedürftige Gruppen',
  purpose:
    'Der Abschnitt legt fest, was das Konzept unter Gewalt versteht, und beschreibt, welche Gruppen in den Unterkünften besonders gefährdet sind und wie ihr Schutzbedarf erkannt wird.',
  required: true,
  standards: [1, 4],
  annexes: ['lsbti', 'behinderung', 'trauma'],
  guidance: [
    {
      type: 'paragraph',
      text: 'Ein gemeinsamer Gewaltbegriff sorgt dafür, dass alle Beteiligten dasselbe meinen, wenn sie von Gewalt sprechen – und dass auch weniger sichtbare Formen erkannt werden: Kontrolle, Drohungen, Demütigung, Vernachlässigung oder Bedingungen, die Menschen schutzlos machen. Viele Kommunen lehnen sich an die Begriffsbestimmungen der Istanbul-Konvention an und ergänzen sie um Gewalt gegen Kinder, gruppenbezogene Gewalt und Gewalt gegen Mitarbeitende.',
    },
    { type: 'heading', level: 3, text: 'Was hierher gehört' },
    {
      type: 'bulletList',
      items: [
        'eine Definition, die körperliche, sexualisierte, psychische, wirtschaftliche und strukturelle Gewalt sowie Vernachlässigung umfasst',
        'Gewalt im digitalen Raum, etwa Bedrohung über Messenger oder das Verbreiten von Bildern',
        'die ausdrückliche Aussage, dass auch Gewalt durch Menschen in Machtpositionen erfasst ist – Mitarbeitende, Sicherheitskräfte, Ehrenamtliche, Sprachmittler:innen',
        'eine Beschreibung der besonders schutzbedürftigen Gruppen und ihrer typischen Risiken in einer Gemeinschaftsunterkunft',
        'ein Verfahren, wie besondere Schutzbedarfe erkannt werden und was daraus folgt',
      ],
    },
    {
      type: 'paragraph',
      text: 'Als besonders schutzbedürftig gelten insbesondere Frauen, vor allem alleinreisende Frauen und Schwangere; Kinder und Jugendliche, besonders unbegleitete Minderjährige; LSBTI*-Personen; Menschen mit Behinderung; Menschen mit Traumafolgestörungen oder anderen psychischen Erkrankungen; Betroffene von Menschenhandel; ältere und schwer erkrankte Menschen. Beschreiben Sie für jede Gruppe, welchen Risiken sie in Ihren Unterkünften ausgesetzt ist – nicht, um Menschen zu etikettieren, sondern um Schutzmaßnahmen begründen zu können.',
    },
    { type: 'heading', level: 3, text: 'Worauf die Beratung achtet' },
    {
      type: 'paragraph',
      text: 'Die Beratung prüft, ob aus der Aufzählung der Gruppen Folgen gezogen werden: Zimmervergabe, Ansprechpersonen, Ablaufpläne, Informationen in passender Form. Sie achtet außerdem darauf, dass das Erkennen von Schutzbedarfen freiwillig, vertraulich und datensparsam geschieht. Die drei Unterabschnitte vertiefen, was die Annexe der Mindeststandards für LSBTI*-Geflüchtete, Geflüchtete mit Behinderung und Geflüchtete mit Traumafolgestörungen verlangen.',
    },
    { type: 'heading', level: 3, text: 'Häufige Lücken' },
    {
      type: 'bulletList',
      items: [
        'Der Gewaltbegriff beschränkt sich auf körperliche Gewalt.',
        'Gewalt durch Personal oder Sicherheitsdienst kommt nicht vor.',
        'Gruppen werden nur aufgezählt, ohne Folgen für Unterbringung und Abläufe.',
        'Schutzbedarfe werden in allgemein zugänglichen Listen vermerkt; für LSBTI*-Personen kann das ein gefährliches Zwangs-Outing bedeuten.',
      ],
    },
  ],
  questions: [
    'Welche Formen von Gewalt sollen ausdrücklich erfasst sein, auch solche ohne körperliche Verletzung?',
    'Welche Gruppen leben in Ihren Unterkünften, und welchen besonderen Risiken sind sie dort ausgesetzt?',
    'Wie und durch wen werden besondere Schutzbedarfe erkannt, und was geschieht danach?',
    'Wie stellen Sie sicher, dass die Erkennung von Schutzbedarfen freiwillig und vertraulich bleibt?',
  ],
  textBlocks: [
    {
      key: 'gewaltbegriff',
      title: 'Gewaltbegriff',
      blocks: [
        {
          type: 'paragraph',
          text: 'Gewalt im Sinne dieses Konzepts ist jede Handlung oder Unterlassung, die die körperliche, sexuelle oder seelische Unversehrtheit, die Würde oder die Selbstbestimmung eines Menschen verletzt oder zu verletzen droht. In Anlehnung an die Istanbul-Konvention umfasst dies insbesondere:',
        },
        {
          type: 'bulletList',
          items: [
            '**körperliche Gewalt**, zum Beispiel Schlagen, Stoßen, Festhalten oder Einsperren,',
            '**sexualisierte Gewalt** – von anzüglichen Bemerkungen und ungewollten Berührungen bis zur Vergewaltigung, einschließlich heimlicher Aufnahmen und der Verbreitung intimer Bilder,',
            '**psychische Gewalt**, zum Beispiel Drohen, Beleidigen, Demütigen, Kontrollieren, Isolieren oder Nachstellen,',
            '**wirtschaftliche Gewalt**, zum Beispiel das Wegnehmen von Geld oder Dokumenten und die Ausbeutung der Arbeitskraft,',
            '**Vernachlässigung** von Kindern oder von Menschen, die auf Unterstützung angewiesen sind,',
            '**Gewalt im Namen der sogenannten Ehre**, einschließlich Zwangsverheiratung und weiblicher Genitalverstümmelung,',
            '**gruppenbezogene Gewalt**, die sich gegen Menschen wegen ihrer Herkunft, Hautfarbe, Religion, sexuellen Orientierung, geschlechtlichen Identität oder Behinderung richtet – auch rassistische Angriffe von außerhalb der Unterkunft,',
            '**strukturelle Gewalt**, die aus Regeln, Abläufen oder baulichen Bedingungen entsteht, etwa fehlende Rückzugsmöglichkeiten oder nicht abschließbare Sanitärräume.',
          ],
        },
        {
          type: 'paragraph',
          text: 'Das Konzept gilt unabhängig davon, von wem Gewalt ausgeht: von Bewohner:innen, Mitarbeitenden, Sicherheitskräften, Ehrenamtlichen, Besucher:innen oder Dritten. Gewalt im digitalen Raum ist eingeschlossen.',
        },
      ],
    },
    {
      key: 'schutzbeduerftige-gruppen',
      title: 'Besonders schutzbedürftige Personen',
      blocks: [
        {
          type: 'paragraph',
          text: 'In den Unterkünften {{district.gen}} werden folgende Gruppen als besonders schutzbedürftig berücksichtigt:',
        },
        {
          type: 'table',
          header: ['Gruppe', 'Typische Risiken in der Unterkunft', 'Schutzansätze in diesem Konzept'],
          rows: [
            [
              'Frauen und Mädchen, insbesondere alleinreisende Frauen und Schwangere',
              'Belästigung, sexualisierte und häusliche Gewalt, fehlende Privatsphäre in Sanitärbereichen',
              'abschließbare Räume, Frauenräume, weibliche Ansprechpersonen, Ablaufpläne zu häuslicher und sexualisierter Gewalt',
            ],
            [
              'Kinder und Jugendliche, insbesondere unbegleitete Minderjährige',
              'Misshandlung, Vernachlässigung, sexueller Missbrauch, unbeaufsichtigte Bereiche',
              'Kinderschutzverfahren mit dem Jugendamt, kinderfreundliche Orte, Ablaufplan zur Kindeswohlgefährdung',
            ],
            [
              'LSBTI*-Personen',
              'Anfeindung, Erpressung, unfreiwilliges Outing, Gewalt durch Mitbewohnende oder Angehörige',
              'vertraulicher Umgang, geschützte Unterbringung, Ablaufplan zu LSBTI*-feindlicher Gewalt',
            ],
            [
              'Menschen mit Behinderung',
              'Abhängigkeit von Unterstützung, eingeschränkte Möglichkeiten, Hilfe zu holen, Barrieren',
              'barrierefreie Räume und Informationen, Assistenz, angepasste Melde- und Beschwerdewege',
            ],
            [
              'Menschen mit Traumafolgestörungen oder psychischen Erkrankungen',
              'erneute Belastung durch Enge, Lärm und Kontrollen, akute Krisen',
              'Rückzugsräume, psychosoziale Versorgung, Ablaufplan zu psychischen Krisen',
            ],
            [
              'Mädchen und Frauen, denen Zwangsverheiratung, Gewalt im Namen der sogenannten Ehre oder Genitalverstümmelung droht, und Frauen, die davon betroffen sind',
              'Kontrolle und Drohungen durch Familie und Umfeld, drohende Verbringung ins Herkunftsland, gesundheitliche Folgen einer Genitalverstümmelung',
              'vertrauliche Gespräche ohne Angehörige, Fachberatung, anonyme Schutzunterkunft, medizinische Versorgung, eigener Ablaufplan',
            ],
            [
              'Betroffene von Menschenhandel',
              'Kontrolle durch Täter:innen, Schulden, Angst vor Behörden',
              'Erkennen von Anzeichen, Fachberatung, Ablaufplan zu Menschenhandel',
            ],
            [
              'Ältere und schwer erkrankte Menschen',
              'Überforderung, Vernachlässigung, Ausnutzung',
              'Pflege- und Gesundheitsversorgung, ruhige und gut erreichbare Unterbringung',
            ],
          ],
        },
      ],
    },
    {
      key: 'schutzbedarf-erkennen',
      title: 'Erkennen besonderer Schutzbedarfe',
      blocks: [
        {
          type: 'paragraph',
          text: 'Besondere Schutzbedarfe werden bei der Aufnahme in die Unterkunft, in Beratungsgesprächen und auf Hinweis der Betroffenen selbst erkannt. Die Soziale Arbeit bietet jeder neu ankommenden Person ein vertrauliches Gespräch an – auf Wunsch mit einer Ansprechperson und einer Sprachmittlung des gewünschten Geschlechts. Die Teilnahme ist freiwillig. Bedarfe, die erst später sichtbar werden, werden ebenso berücksichtigt; Erkenntnisse aus der Erstaufnahme werden mit Einwilligung der Person genutzt, damit sie nicht alles erneut erzählen muss.',
        },
        {
          type: 'paragraph',
          text: 'Festgestellte Bedarfe werden nur so weit dokumentiert, wie es für Schutzmaßnahmen nötig ist, und nur den Personen bekannt gegeben, die sie für die Umsetzung kennen müssen. Angaben zur sexuellen Orientierung oder geschlechtlichen Identität werden nur mit ausdrücklicher Zustimmung der betroffenen Person weitergegeben.',
        },
      ],
    },
  ],
  checklist: [
    {
      key: 'gewaltbegriff-breit',
      text: 'Der Gewaltbegriff umfasst körperliche, sexualisierte, psychische, wirtschaftliche und strukturelle Gewalt sowie Vernachlässigung.',
      standard: 1,
      level: 'typisch',
    },
    {
      key: 'gewalt-durch-personal',
      text: 'Gewalt durch Mitarbeitende, Sicherheitskräfte und Ehrenamtliche ist ausdrücklich eingeschlossen.',
      standard: 1,
      level: 'typisch',
    },
    {
      key: 'schutzbedarfe-erkennen',
      text: 'Ein freiwilliges und vertrauliches Verfahren zum Erkennen besonderer Schutzbedarfe ist beschrieben.',
      standard: 4,
      level: 'typisch',
    },
    {
      key: 'lsbti-vertraulich',
      text: 'Der vertrauliche Umgang mit Angaben zu sexueller Orientierung und geschlechtlicher Identität ist geregelt; niemand wird ungewollt geoutet.',
      standard: 'lsbti',
      level: 'typisch',
    },
    {
      key: 'behinderung-erkennen',
      text: 'Unterstützungsbedarfe von Menschen mit Behinderung werden bei der Aufnahme erfragt und bei der Zimmervergabe berücksichtigt.',
      standard: 'behinderung',
      level: 'typisch',
    },
    {
      key: 'trauma-erkennen',
      text: 'Mitarbeitende wissen, woran sie Hinweise auf Traumafolgen erkennen, und kennen die Wege in die psychosoziale Versorgung.',
      standard: 'trauma',
      level: 'typisch',
    },
  ],
  legalRefs: [
    'istanbul-konvention',
    'un-krk',
    'un-brk',
    'eu-aufnahme-rl-2013',
    'eu-aufnahme-rl-2024',
    'mindeststandards',
  ],
  // Die Vertiefungen beginnen mit ihren Bausteinen (der persönliche Krisenplan ist ein Formular zum Einfügen).
  children: [mitBausteinenAlsStart(schutzLsbti), mitBausteinenAlsStart(schutzBehinderung), mitBausteinenAlsStart(schutzTrauma, ['krisenplan-persoenlich'])],
} satisfies AbschnittEntwurf;
