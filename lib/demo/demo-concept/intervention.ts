/**
 * Demo concept, Teil 3: Intervention with seven of the thirteen Ablaufpläne.
 * Not drafted yet (on purpose, so the demo shows progress): LSBTI*-feindliche Gewalt, Menschenhandel,
 * psychische Krise, Zwangsverheiratung, vermisste Kinder, Angriffe von außen (see DEMO_UNTOUCHED_SECTION_KEYS).
 * Cross-references use nr(key), so they follow the template's numbering.
 */
import { LEITUNG_RUFBEREITSCHAFT, LINDENHOF, TEL, WEBEREI } from './fakten';
import { rufnummer } from '../../../templates/gewaltschutz-gu/nummern';
import { ablaufplan, nr, type DemoSectionContent } from './types';


export const intervention: DemoSectionContent = {
  key: 'intervention',
  status: 'done',
  checklistDone: ['einheitlicher-aufbau', 'rund-um-die-uhr', 'plaene-bekannt', 'fallbesprechung'],
  blocks: [
    { type: 'paragraph', text: 'Für alle Ablaufpläne in beiden Unterkünften gelten dieselben Grundsätze:' },
    {
      type: 'bulletList',
      items: [
        '**Erst schützen, dann klären:** Zuerst wird die Gefahr abgewendet und Hilfe geholt. Im Zweifel wird die Polizei gerufen – dafür braucht niemand eine Erlaubnis.',
        '**Betroffene bestimmen mit:** Ihre Wünsche werden erfragt und beachtet, solange niemand sonst, insbesondere kein Kind, gefährdet ist.',
        '**Wer Gewalt ausübt, geht:** Die gewaltausübende Person wird getrennt und bei Bedarf verlegt; Betroffene ziehen nur um, wenn sie es selbst wünschen.',
        '**Nicht selbst ermitteln:** Mitarbeitende befragen weder Betroffene noch Beschuldigte ausführlich; Beweissicherung ist Aufgabe der Polizei.',
        '**Sprachmittlung statt Angehöriger:** In Gesprächen über Gewalt übersetzen nie Familienangehörige, Mitbewohnende oder Kinder.',
        '**Vertraulich informieren:** Informationen gehen nur an die im jeweiligen Plan genannten Stellen.',
        '**Aus Vorfällen lernen:** Jeder gravierende Vorfall wird innerhalb von zwei Wochen in einer Fallbesprechung nachbereitet.',
      ],
    },
    { type: 'heading', level: 3, text: 'Wer ist wann vor Ort?' },
    {
      type: 'table',
      header: ['Zeit', LINDENHOF, WEBEREI],
      rows: [
        [
          'montags bis freitags tagsüber',
          'Leitung und Soziale Arbeit (8 bis 18 Uhr), Sicherheitsdienst mit einer Kraft',
          'Leitung und Soziale Arbeit (8 bis 17 Uhr)',
        ],
        [
          'abends und nachts',
          'Sicherheitsdienst mit zwei Kräften, davon planmäßig eine Frau; Rufbereitschaft der Leitung',
          'weibliche Präsenzkraft von 18 bis 21 Uhr, eine Sicherheitskraft ab 20 Uhr; Rufbereitschaft des Eigenbetriebs (Anfahrt bis zu 30 Minuten)',
        ],
        [
          'Wochenende und Feiertage',
          'Sicherheitsdienst rund um die Uhr, samstags 10 bis 14 Uhr Soziale Arbeit; Rufbereitschaft der Leitung',
          'tagsüber niemand im Haus, Rufbereitschaft des Eigenbetriebs; weibliche Präsenzkraft von 18 bis 21 Uhr, eine Sicherheitskraft ab 20 Uhr',
        ],
      ],
    },
    {
      type: 'paragraph',
      text: 'Außerhalb der Dienstzeiten der Sozialen Arbeit leitet die Sicherheitskraft die Sofortmaßnahmen ein und informiert die Rufbereitschaft. Ist in der Alten Weberei am Wochenende tagsüber niemand im Haus, erreichen Bewohner:innen die Rufbereitschaft über die Notrufsprechstelle am Eingang und rufen im Notfall selbst 110 oder 112; darauf weist der Aushang „Hilfe im Notfall“ hin. Die Rufbereitschaften beider Betreiber haben das Kontaktverzeichnis und diese Ablaufpläne als Ausdruck und auf dem Diensthandy.',
    },
    { type: 'heading', level: 3, text: 'Stand der Ablaufpläne' },
    {
      type: 'bulletList',
      items: [
        `Fertig abgestimmt sind die Pläne zu akuter Gewalt (${nr('intervention-akute-gewalt')}), Kindeswohlgefährdung (${nr('intervention-kinderschutz')}), häuslicher Gewalt (${nr('intervention-haeusliche-gewalt')}), sexualisierter Gewalt (${nr('intervention-sexualisierte-gewalt')}), Gewalt gegen Mitarbeitende (${nr('intervention-gewalt-gegen-personal')}), Verdacht gegen Mitarbeitende (${nr('intervention-verdacht-mitarbeitende')}) sowie Brand, Räumung und Evakuierung (${nr('intervention-brand-raeumung')}).`,
        `Die Pläne zu LSBTI*-feindlicher Gewalt (${nr('intervention-lsbti')}), Menschenhandel (${nr('intervention-menschenhandel')}) und psychischen Krisen (${nr('intervention-psychische-krise')}) stehen unten noch im Wortlaut der Vorlage; sie werden mit dem Queeren Netzwerk Musterland, der Fachberatung gegen Menschenhandel Nord-Musterland und dem Sozialpsychiatrischen Dienst an die Unterkünfte angepasst und der Steuerungsgruppe am 19.01.2027 vorgelegt.`,
        `Die Pläne zu Zwangsverheiratung, Gewalt im Namen der sogenannten Ehre und Genitalverstümmelung (${nr('intervention-zwangsheirat-ehre')}), zu vermissten Kindern (${nr('intervention-vermisstes-kind')}) und zu Angriffen von außen (${nr('intervention-angriff-von-aussen')}) stehen ebenfalls noch im Wortlaut der Vorlage und werden mit der ersten Fortschreibung verbindlich; sie werden mit der Frauen- und Mädchenberatungsstelle Musterstadt, dem Jugendamt und der Polizeiinspektion Musterstadt abgestimmt.`,
        `Bis dahin dienen diese sechs Pläne als Orientierung; verbindlich gilt in all diesen Situationen der Plan ${nr('intervention-akute-gewalt')}, bei Kindern zusätzlich Plan ${nr('intervention-kinderschutz')}; wird ein Kind vermisst, ruft die diensthabende Person ohne Wartezeit die Polizei. Die genannten Fachstellen werden spätestens am nächsten Werktag hinzugezogen.`,
      ],
    },
    { type: 'heading', level: 3, text: 'Bekanntmachung' },
    {
      type: 'paragraph',
      text: 'Die Ablaufpläne hängen in den Dienstzimmern, an der Pforte und im Büro der Rufbereitschaft aus. Sie werden in jeder Einarbeitung durchgesprochen und einmal im Jahr in einer Teambesprechung an einem Beispiel geübt – gemeinsam mit dem Sicherheitsdienst. Für Bewohner:innen gibt es den Aushang „Hilfe im Notfall“ in acht Sprachen.',
    },
    {
      type: 'paragraph',
      text: `In den barrierefreien Zimmern Am Lindenhof werden bis April 2027 Blitzleuchten und Rufknöpfe eingebaut. Wer bei einer Räumung Hilfe braucht, steht – mit Einverständnis – auf der Hilfeliste an der Pforte (Plan ${nr('intervention-brand-raeumung')}).`,
    },
  ],
};

export const akuteGewalt: DemoSectionContent = {
  key: 'intervention-akute-gewalt',
  status: 'done',
  checklistDone: ['notruf-regel', 'hausverbot-verlegung', 'nachsorge'],
  blocks: ablaufplan({
    einleitung:
      'Dieser Grundplan gilt für alle körperlichen Angriffe, Bedrohungen und eskalierenden Auseinandersetzungen in beiden Unterkünften – gleich, wer beteiligt ist. Für besondere Situationen ergänzen ihn die folgenden Pläne.',
    ausloeser: [
      'jemand geschlagen, getreten oder auf andere Weise körperlich angegriffen wird,',
      'jemand mit einem Messer, einer Waffe oder einem gefährlichen Gegenstand droht,',
      'ein Streit zwischen mehreren Personen oder Gruppen zu eskalieren droht,',
      'jemand durch Feuer oder Sachbeschädigung Menschen in Gefahr bringt.',
    ],
    sofort: [
      'Nicht allein eingreifen: Abstand halten, Kolleg:innen bzw. die zweite Sicherheitskraft holen, Fluchtwege freihalten.',
      'Bei Verletzten, Waffen oder einer Gefahr für Leib und Leben sofort Polizei (110) und gegebenenfalls Rettungsdienst (112) rufen. Das entscheidet, wer den Vorfall bemerkt – nachts die Sicherheitskraft –, ohne vorher Rücksprache zu halten.',
      'Verletzte versorgen, Betroffene an einen sicheren Ort bringen, Unbeteiligte und vor allem Kinder aus dem Bereich holen.',
      'Ruhig ansprechen, die Beteiligten räumlich trennen, Gegenstände, die als Waffe dienen können, nicht selbst wegnehmen.',
      'Polizei und Rettungsdienst am Eingang empfangen und über Verletzte, Beteiligte und Gefahren informieren.',
      'Über ein vorläufiges Hausverbot für die gewaltausübende Person entscheidet noch am selben Tag die Leitung der Unterkunft bzw. nachts die Rufbereitschaft; die Polizei kann die Person bis dahin der Unterkunft verweisen.',
    ],
    informiert: [
      ['Polizei / Rettungsdienst', 'sofort bei Gefahr', 'wer den Vorfall bemerkt', 'Notruf 110 / 112; {{kontakt.polizei}}'],
      ['Leitung der Unterkunft bzw. Rufbereitschaft', 'sofort', 'Sicherheitsdienst bzw. diensthabende Mitarbeitende', LEITUNG_RUFBEREITSCHAFT],
      ['Gewaltschutzkoordination', 'bei gravierenden Vorfällen am selben Tag, sonst am nächsten Werktag', 'Leitung der Unterkunft', '{{coordination.telefon}}'],
      ['Jugendamt', 'sofort, wenn Kinder verletzt wurden oder die Gewalt miterlebt haben', 'Leitung der Unterkunft bzw. Rufbereitschaft', '{{kontakt.jugendamt}}'],
      ['Fachdienst Soziales, Sachgebiet Unterbringung', 'am nächsten Werktag, wenn eine Verlegung nötig ist', 'Leitung der Unterkunft', TEL.unterbringung],
    ],
    dokumentation: [
      'Die Person, die eingegriffen hat, füllt noch in derselben Schicht den Dokumentationsbogen aus: Zeit, Ort, Ablauf, Maßnahmen, informierte Stellen – sachlich und ohne Bewertung.',
      'Das Aktenzeichen bzw. die Einsatznummer der Polizei wird auf dem Bogen vermerkt.',
      'Die Leitung der Unterkunft prüft den Bogen am nächsten Werktag und schickt den Meldebogen ohne Namen an die Gewaltschutzkoordination.',
    ],
    nachsorge: [
      'Die Soziale Arbeit bietet der betroffenen Person am nächsten Werktag ein Gespräch an und vermittelt auf Wunsch zur Opferhilfe oder zum Psychosozialen Zentrum.',
      'Zeug:innen werden angesprochen; Kinder, die die Gewalt miterlebt haben, erhalten gemeinsam mit ihren Eltern ein Gesprächsangebot.',
      `Beteiligte Mitarbeitende und Sicherheitskräfte erhalten innerhalb von 72 Stunden ein Nachgespräch (Abschnitt ${nr('personal')}).`,
      'Über ein dauerhaftes Hausverbot oder die Verlegung der gewaltausübenden Person in die jeweils andere Unterkunft entscheidet der Fachdienst Soziales, Sachgebiet Unterbringung, innerhalb von zwei Werktagen – bei einer Wohnsitzauflage im Einvernehmen mit der Ausländerbehörde.',
    ],
    nachbereitung: [
      'Fallbesprechung mit Leitung, Sozialer Arbeit und Sicherheitsdienst innerhalb von zwei Wochen: Was hat geholfen, was hat gefehlt?',
      'Die Ergebnisse gehen ohne Namen an die Gewaltschutzkoordination; Risikoanalyse, Räume oder dieser Plan werden bei Bedarf angepasst.',
    ],
  }),
};

export const kinderschutz: DemoSectionContent = {
  key: 'intervention-kinderschutz',
  status: 'done',
  checklistDone: ['iefk-benannt', 'verfahren-kinderschutz', 'unbegleitete-minderjaehrige'],
  blocks: ablaufplan({
    einleitung:
      'Dieser Plan regelt, wie die Fachkräfte beider Unterkünfte bei Anhaltspunkten für eine Kindeswohlgefährdung vorgehen: Sie schätzen die Gefährdung gemeinsam ein, lassen sich nach § 8b Abs. 1 SGB VIII und § 4 KKG von einer insoweit erfahrenen Fachkraft beraten und informieren das Jugendamt, das nach § 8a SGB VIII handelt. Der Plan ist mit dem Jugendamt des Landkreises abgestimmt und wird mit der Kooperationsvereinbarung zwischen Jugendamt und beiden Betreibern verbindlich.',
    ausloeser: [
      'ein Kind oder eine Jugendliche bzw. ein Jugendlicher von Gewalt, sexuellen Übergriffen oder Vernachlässigung berichtet,',
      'Mitarbeitende Verletzungen, starke Verhaltensänderungen oder eine deutliche Vernachlässigung bemerken,',
      'Kinder häufig Gewalt zwischen Erwachsenen miterleben,',
      'es unter Kindern zu sexuellen Übergriffen kommt,',
      'ein Kind oder eine Jugendliche bzw. ein Jugendlicher ohne sorgeberechtigte Person in der Unterkunft ankommt oder angetroffen wird.',
    ],
    sofort: [
      'Bei akuter Gefahr für das Kind sofort Polizei (110) und Jugendamt – außerhalb der Dienstzeiten die Rufbereitschaft – verständigen und das Kind nicht allein lassen.',
      'Dem Kind zuhören, ihm glauben und ihm sagen, dass es richtig war, etwas zu erzählen. Nicht nachbohren und keine Versprechen machen, die nicht gehalten werden können.',
      'Das Kind nicht selbst befragen und die verdächtigte Person nicht konfrontieren.',
      'Die Beobachtung sofort der Leitung der Unterkunft und einer zweiten Fachkraft der Sozialen Arbeit mitteilen – niemand entscheidet allein. Die Leitung sorgt dafür, dass das Kind vor weiteren Übergriffen geschützt ist.',
      'Die Fachkräfte schätzen die Gefährdung gemeinsam ein und lassen sich von der insoweit erfahrenen Fachkraft der Erziehungsberatungsstelle Musterstadt beraten; Angaben zum Kind geben sie dafür pseudonymisiert weiter.',
      'Eltern und Kind werden einbezogen, soweit das den Schutz des Kindes nicht gefährdet. Bei Verdacht gegen einen Elternteil entscheidet die insoweit erfahrene Fachkraft mit, ob und wann die Eltern angesprochen werden.',
      'Reichen eigene Hilfen – etwa Beratung, Kita-Platz, Elternkurs – nicht aus, informiert die Leitung das Jugendamt.',
      'Unbegleitete Minderjährige werden sofort dem Jugendamt gemeldet, das über die vorläufige Inobhutnahme entscheidet. Bis zur Übergabe betreut eine Mitarbeiterin oder ein Mitarbeiter das Kind.',
    ],
    informiert: [
      ['Leitung der Unterkunft und zweite Fachkraft', 'sofort', 'wer die Beobachtung macht', LEITUNG_RUFBEREITSCHAFT],
      ['Insoweit erfahrene Fachkraft, Erziehungsberatungsstelle Musterstadt', 'innerhalb von 24 Stunden, bei akuter Gefahr nach der Meldung an das Jugendamt', 'Leitung der Unterkunft', '{{kontakt.insoweit_erfahrene_fachkraft}}'],
      ['Jugendamt, Allgemeiner Sozialer Dienst', 'sofort bei akuter Gefahr oder unbegleiteten Minderjährigen, sonst nach der Gefährdungseinschätzung', 'Leitung der Unterkunft', '{{kontakt.jugendamt}}'],
      ['Polizei', 'sofort bei akuter Gefahr', 'wer die Gefahr bemerkt', 'Notruf 110; {{kontakt.polizei}}'],
      ['Gewaltschutzkoordination', 'am selben Tag', 'Leitung der Unterkunft', '{{coordination.telefon}}'],
    ],
    dokumentation: [
      'Beobachtungen und Äußerungen des Kindes möglichst wörtlich, mit Datum und Uhrzeit und ohne Deutung festhalten.',
      'Die Gefährdungseinschätzung wird auf dem mit dem Jugendamt abgestimmten Bogen dokumentiert, einschließlich der Beratung durch die insoweit erfahrene Fachkraft.',
      'Die Unterlagen werden getrennt von der allgemeinen Bewohner:innenakte verschlossen aufbewahrt.',
    ],
    nachsorge: [
      'Das Kind behält eine vertraute Ansprechperson in der Unterkunft; Angebote im Spielzimmer und in der Kita werden fortgeführt.',
      'Der nicht gewaltausübende Elternteil erhält Beratung, auf Wunsch auch bei der BISS Musterland oder der Frauen- und Mädchenberatungsstelle Musterstadt.',
      'Die beteiligten Mitarbeitenden erhalten ein Nachgespräch und auf Wunsch Supervision.',
    ],
    nachbereitung: [
      'Fallbesprechung mit der insoweit erfahrenen Fachkraft innerhalb von zwei Wochen.',
      'Einmal im Jahr werten Jugendamt und Gewaltschutzkoordination die Fälle ohne Namen aus und passen diesen Plan und die Vereinbarung bei Bedarf an.',
    ],
  }),
};

export const haeuslicheGewalt: DemoSectionContent = {
  key: 'intervention-haeusliche-gewalt',
  status: 'done',
  checklistDone: ['verlegung-gewaltausuebende', 'frauenberatung', 'kinder-mitbetroffen'],
  blocks: ablaufplan({
    einleitung:
      'Dieser Plan gilt bei Gewalt in Partnerschaften und Familien sowie bei Gewalt gegen Frauen, weil sie Frauen sind. Grundsatz: Wer Gewalt ausübt, muss die Unterkunft wechseln – nicht die betroffene Person. Sie zieht nur um, wenn sie es selbst möchte, etwa in das Frauenhaus.',
    ausloeser: [
      'eine Frau oder ein anderes Familienmitglied von Gewalt durch den Partner, die Partnerin oder Angehörige berichtet,',
      'aus einem Familienzimmer Schreie, Schläge oder Drohungen zu hören sind,',
      'Mitarbeitende Verletzungen bemerken oder beobachten, dass eine Person kontrolliert, eingesperrt oder von Kontakten abgeschnitten wird,',
      'eine Frau wegen ihres Verhaltens, ihrer Kleidung oder ihrer Kontakte bedroht wird, auch durch andere Bewohner:innen.',
    ],
    sofort: [
      'Bei akuter Gewalt Polizei (110) rufen. Die Polizei kann die gewaltausübende Person nach niedersächsischem Polizeirecht aus der Unterkunft wegweisen.',
      'Die betroffene Person und ihre Kinder in einen sicheren Raum bringen – Am Lindenhof in den Frauenbereich, in der Alten Weberei in das Büro der Sozialen Arbeit bzw. nachts in den Raum neben der Pforte.',
      'Mit der Betroffenen allein sprechen, mit einer Sprachmittlerin über den Sprachmittlungspool, nie mit Angehörigen als Übersetzung.',
      'Fragen, was die Betroffene möchte, und über Möglichkeiten informieren: Frauenhaus, Beratung durch die BISS, Schutzanordnung nach dem Gewaltschutzgesetz, Hilfetelefon „Gewalt gegen Frauen“ 116 016.',
      'Ist ein Platz im Frauenhaus gewünscht, stellt die Unterkunft den Kontakt her und organisiert die Fahrt.',
    ],
    informiert: [
      ['Polizei', 'sofort bei akuter Gewalt', 'wer den Vorfall bemerkt', 'Notruf 110; {{kontakt.polizei}}'],
      ['Leitung der Unterkunft bzw. Rufbereitschaft', 'sofort', 'Sicherheitsdienst bzw. Soziale Arbeit', LEITUNG_RUFBEREITSCHAFT],
      ['BISS Musterland', 'nach einem Polizeieinsatz meldet sich die BISS von sich aus; sonst mit Einverständnis der Betroffenen am nächsten Werktag', 'Polizei bzw. Soziale Arbeit', '{{kontakt.biss}}'],
      ['Frauenhaus Musterland', 'sofort, wenn die Betroffene Schutz außerhalb der Unterkunft wünscht', 'Soziale Arbeit bzw. Rufbereitschaft', '{{kontakt.frauenhaus}}'],
      ['Jugendamt', `am selben Tag, wenn Kinder im Haushalt leben (Verbindung zu Plan ${nr('intervention-kinderschutz')})`, 'Leitung der Unterkunft', '{{kontakt.jugendamt}}'],
      ['Fachdienst Soziales und Ausländerbehörde', 'am nächsten Werktag, wenn die gewaltausübende Person verlegt werden soll', 'Gewaltschutzkoordination', `${TEL.unterbringung} / ${TEL.auslaenderbehoerde}`],
    ],
    dokumentation: [
      'Vorfall, Verletzungen (soweit sichtbar oder geschildert) und die Wünsche der Betroffenen auf dem Dokumentationsbogen festhalten.',
      'Die Betroffene darauf hinweisen, dass eine ärztliche Dokumentation von Verletzungen in einem späteren Verfahren nach dem Gewaltschutzgesetz hilft.',
      'Keine Angaben über die Betroffene an den Partner oder Angehörige weitergeben, auch nicht über einen Aufenthalt im Frauenhaus.',
    ],
    nachsorge: [
      'Die gewaltausübende Person wird innerhalb von zwei Werktagen in die jeweils andere Unterkunft verlegt. Die Ausländerbehörde entscheidet nach der Verfahrensabsprache innerhalb dieser Frist über eine nötige Änderung der Wohnsitzauflage.',
      'Die Soziale Arbeit unterstützt die Betroffene auf Wunsch beim Antrag auf eine Schutzanordnung beim Amtsgericht Musterstadt und begleitet sie zu Terminen.',
      `Mitbetroffene Kinder werden nach Plan ${nr('intervention-kinderschutz')} in den Blick genommen; die Kinderbetreuung wird einbezogen.`,
      'Sorgt sich die Betroffene um Folgen für ihr Asylverfahren oder ihren Aufenthalt, vermittelt die Soziale Arbeit sie an die Migrationsberatung, die diese Fragen mit ihr klärt.',
    ],
    nachbereitung: [
      'Fallbesprechung innerhalb von zwei Wochen; bei Bedarf mit der BISS Musterland, ohne Namen.',
      'Die Gewaltschutzkoordination prüft einmal im Jahr mit der Ausländerbehörde, ob die vereinbarten Fristen für Verlegungen eingehalten wurden.',
    ],
  }),
};

export const sexualisierteGewalt: DemoSectionContent = {
  key: 'intervention-sexualisierte-gewalt',
  status: 'done',
  checklistDone: ['spurensicherung', 'gewuenschtes-geschlecht', 'uebergriffe-personal', 'traumasensible-beratung'],
  blocks: ablaufplan({
    einleitung:
      `Dieser Plan gilt für sexuelle Belästigung, sexuelle Übergriffe und Vergewaltigung, gleich, von wem sie ausgehen. Erwachsene Betroffene entscheiden selbst, ob sie Anzeige erstatten; der Plan hält ihnen alle Möglichkeiten offen. Bei Kindern und Jugendlichen gilt zusätzlich Plan ${nr('intervention-kinderschutz')}.`,
    ausloeser: [
      'eine Person von sexueller Belästigung, einem Übergriff oder einer Vergewaltigung berichtet,',
      'Mitarbeitende beobachten, dass jemand bedrängt, verfolgt, heimlich fotografiert oder in Sanitärräumen beobachtet wird,',
      'sich wiederholt Hinweise auf Belästigung durch dieselbe Person häufen, auch unterhalb der Schwelle einer Straftat,',
      'ein Verdacht besteht, dass Beschäftigte, Sicherheitskräfte, Sprachmittler:innen oder Ehrenamtliche übergriffig geworden sind.',
    ],
    sofort: [
      'Bei akuter Gefahr Polizei (110) rufen und die betroffene Person an einen sicheren Ort bringen.',
      'Die Betroffene bzw. den Betroffenen fragen, von wem sie oder er begleitet werden möchte, und eine Ansprechperson und Sprachmittlung des gewünschten Geschlechts hinzuziehen.',
      'Zuhören, glauben, keine Vorwürfe machen und nicht nach Einzelheiten fragen.',
      'Auf medizinische Versorgung hinweisen: Die Zentrale Notaufnahme des Klinikums Musterstadt sichert Spuren vertraulich, auch ohne Anzeige; die Befunde werden dort aufbewahrt. Die Unterkunft organisiert die Fahrt und auf Wunsch eine Begleitung.',
      `Über Beratung informieren: Frauen- und Mädchenberatungsstelle Musterstadt, ${rufnummer('hilfetelefonFrauen')}; für betroffene Männer ${rufnummer('hilfetelefonMaenner')}, außerhalb dieser Zeiten ${rufnummer('telefonSeelsorge')}.`,
      'Steht eine beschäftigte Person unter Verdacht, hat sie ab sofort keinen Kontakt mehr zur betroffenen Person; die Leitung informiert noch am selben Tag den Arbeitgeber bzw. den Sicherheitsdienst, der die Person bis zur Klärung nicht in den Unterkünften einsetzt.',
    ],
    informiert: [
      ['Polizei', 'sofort bei akuter Gefahr; sonst nur mit Einverständnis der erwachsenen Betroffenen', 'Soziale Arbeit bzw. Sicherheitsdienst', 'Notruf 110; {{kontakt.polizei}}'],
      ['Klinikum Musterstadt, Zentrale Notaufnahme', 'so bald wie möglich, Spuren sind nur begrenzt sicherbar', 'Soziale Arbeit bzw. Rufbereitschaft', `${TEL.klinikum}, rund um die Uhr`],
      ['Leitung der Unterkunft bzw. Rufbereitschaft', 'sofort', 'wer von dem Vorfall erfährt', LEITUNG_RUFBEREITSCHAFT],
      ['Frauen- und Mädchenberatungsstelle Musterstadt', 'mit Einverständnis der Betroffenen am nächsten Werktag', 'Soziale Arbeit', '{{kontakt.frauenberatung}}'],
      ['Gewaltschutzkoordination und Fachdienstleitung Soziales', 'am selben Tag, wenn Personal beschuldigt wird', 'Leitung der Unterkunft', '{{coordination.telefon}}'],
      ['Arbeitgeber der beschuldigten Person', 'am selben Tag', 'Leitung der Unterkunft bzw. Gewaltschutzkoordination', 'nach Kontaktverzeichnis'],
    ],
    dokumentation: [
      'Nur das festhalten, was die betroffene Person von sich aus erzählt und was selbst beobachtet wurde – ohne Bewertung und ohne Nachfragen zu Einzelheiten.',
      'Die Dokumentation wird verschlossen und getrennt von der Bewohner:innenakte aufbewahrt; Zugriff haben nur die Leitung und die zuständige Ansprechperson.',
      'Bei Verdacht gegen Personal wird die Dokumentation an die Gewaltschutzkoordination übergeben, nicht an das Team der beschuldigten Person.',
    ],
    nachsorge: [
      'Die betroffene Person erhält eine feste Ansprechperson des gewünschten Geschlechts und auf Wunsch ein anderes Zimmer oder einen Platz im Frauenbereich.',
      'Die Frauen- und Mädchenberatungsstelle Musterstadt und das Psychosoziale Zentrum für Geflüchtete Musterland bieten traumasensible Beratung mit Sprachmittlung an; die Soziale Arbeit vermittelt und begleitet auf Wunsch.',
      'Bei wiederholter Belästigung, die (noch) nicht strafbar ist, führt die Leitung ein Gespräch mit der belästigenden Person, spricht eine Ermahnung nach der Hausordnung aus und prüft eine Verlegung.',
      'Beteiligte Mitarbeitende erhalten ein Nachgespräch; Zeug:innen wird ein Gespräch angeboten.',
    ],
    nachbereitung: [
      'Fallbesprechung innerhalb von zwei Wochen, auch zu der Frage, ob Räume, Beleuchtung oder Abläufe Übergriffe begünstigt haben.',
      'Bei Übergriffen durch Personal prüft die Steuerungsgruppe ohne Namen, ob Auswahl, Schulung oder Aufsicht verbessert werden müssen.',
    ],
  }),
};

export const gewaltGegenMitarbeitende: DemoSectionContent = {
  key: 'intervention-gewalt-gegen-personal',
  status: 'done',
  checklistDone: ['alarmierung', 'nachsorge-alle', 'folgen-geregelt'],
  blocks: ablaufplan({
    einleitung:
      'Dieser Plan gilt, wenn Beschäftigte, Sicherheitskräfte, Sprachmittler:innen oder Ehrenamtliche beleidigt, bedroht, angegriffen oder belästigt werden. Ein Übergriff ist kein persönliches Versagen; jeder Vorfall wird gemeldet und ernst genommen.',
    ausloeser: [
      'eine Mitarbeiterin oder ein Mitarbeiter körperlich angegriffen oder mit Gewalt bedroht wird,',
      'jemand Mitarbeitende wiederholt beleidigt, einschüchtert oder ihnen auflauert, auch außerhalb der Unterkunft oder über soziale Medien,',
      'Mitarbeitende sexuell belästigt werden,',
      'eine Situation im Büro oder auf einem Rundgang zu eskalieren droht.',
    ],
    sofort: [
      'Eigenschutz geht vor: Abstand halten, den Raum verlassen, die Tür zwischen sich und die angreifende Person bringen.',
      'Hilfe holen: In allen Büros und an beiden Pforten gibt es einen Notruftaster, der beim Sicherheitsdienst und im Nachbarbüro Alarm auslöst; auf Rundgängen tragen Sicherheitskräfte ein Diensthandy mit Notruftaste.',
      'Bei Verletzten oder fortdauernder Bedrohung Polizei (110) bzw. Rettungsdienst (112) rufen.',
      'Die betroffene Person nicht allein lassen; eine Kollegin oder ein Kollege übernimmt die weitere Arbeit.',
      'Die Leitung der Unterkunft entscheidet noch am selben Tag über ein vorläufiges Hausverbot oder die vorläufige Unterbringung der angreifenden Person in der anderen Unterkunft.',
    ],
    informiert: [
      ['Polizei / Rettungsdienst', 'sofort bei Gefahr oder Verletzung', 'betroffene Person oder Kolleg:innen', 'Notruf 110 / 112; {{kontakt.polizei}}'],
      ['Leitung der Unterkunft bzw. Rufbereitschaft', 'sofort', 'betroffene Person oder Sicherheitsdienst', LEITUNG_RUFBEREITSCHAFT],
      ['Arbeitgeber (Sozialwerk, Eigenbetrieb, Sicherheitsdienst, Sprachmittlungspool)', 'am selben Tag', 'Leitung der Unterkunft', 'nach Kontaktverzeichnis'],
      ['Gewaltschutzkoordination', 'am nächsten Werktag', 'Leitung der Unterkunft', '{{coordination.telefon}}'],
      ['Unfallversicherungsträger', 'innerhalb von drei Tagen, wenn die Verletzung zu mehr als drei Tagen Arbeitsunfähigkeit führt', 'Arbeitgeber', 'Unfallanzeige über die Personalstelle'],
    ],
    dokumentation: [
      'Den Vorfall auf dem Dokumentationsbogen festhalten; Verletzungen zusätzlich im Verbandbuch eintragen.',
      'Die Einsatznummer der Polizei vermerken.',
      'Über eine Strafanzeige entscheidet die betroffene Person gemeinsam mit ihrem Arbeitgeber; der Arbeitgeber unterstützt sie dabei und kann auch selbst Anzeige erstatten.',
    ],
    nachsorge: [
      'Die Leitung führt innerhalb von 72 Stunden ein Nachgespräch mit der betroffenen Person – das gilt für Beschäftigte, Sicherheitskräfte, Sprachmittler:innen und Ehrenamtliche gleichermaßen.',
      'Die betroffene Person kann für den Rest der Schicht freigestellt werden und erhält auf Wunsch Unterstützung durch die psychosoziale Notfallversorgung oder den betriebsärztlichen Dienst.',
      'Ehrenamtliche werden von der Gewaltschutzkoordination begleitet; die Kosten einer Beratung übernimmt der Landkreis.',
      'Über ein dauerhaftes Hausverbot oder eine Verlegung der angreifenden Person entscheidet der Fachdienst Soziales innerhalb von fünf Werktagen auf Vorschlag der Leitung der Unterkunft.',
    ],
    nachbereitung: [
      'Fallbesprechung im Team innerhalb von zwei Wochen, bei Bedarf mit dem Präventionsteam der Polizeiinspektion Musterstadt.',
      'Die Gewaltschutzkoordination prüft mit dem Arbeitgeber, ob Arbeitsplätze, Alarmierung oder Besetzung verbessert werden müssen.',
    ],
  }),
};
