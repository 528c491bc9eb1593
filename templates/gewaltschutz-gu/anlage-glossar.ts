import type { AbschnittEntwurf } from './gliederung';

/** Alphabetisch; jede Erklärung ist so formuliert, wie der Begriff im Konzept verwendet wird. */
const BEGRIFFE: [string, string][] = [
  ['Ablaufplan', 'Festgelegtes Vorgehen für eine Art von Vorfall: Auslöser, Sofortmaßnahmen, wer wen informiert, Dokumentation, Nachsorge und Nachbereitung. Alle Ablaufpläne sind gleich aufgebaut.'],
  ['Anlage', 'Teil des Konzepts, der sich häufiger ändert oder im Alltag einzeln gebraucht wird, etwa das Kontaktverzeichnis oder Formulare. Anlagen können ohne neuen Beschluss aktualisiert werden.'],
  ['BISS', 'Beratungs- und Interventionsstellen bei häuslicher Gewalt in Niedersachsen. Sie erhalten nach Polizeieinsätzen wegen häuslicher Gewalt eine Meldung und bieten den Betroffenen von sich aus Beratung an. In anderen Ländern gibt es vergleichbare Interventionsstellen.'],
  ['DeBUG 2.0', 'Dezentrale Beratungs- und Unterstützungsstruktur für Gewaltschutz in Unterkünften für geflüchtete Menschen: ein Projekt der Bundesinitiative „Schutz von geflüchteten Menschen in Flüchtlingsunterkünften“, gefördert im Bundesprogramm „Demokratie leben!“. Regionale Kontaktstellen beraten Kommunen, Betreiber und Unterkünfte kostenfrei.'],
  ['Erweitertes Führungszeugnis', 'Auskunft aus dem Bundeszentralregister, die auch Verurteilungen wegen Sexualdelikten und anderer Straftaten gegen Minderjährige enthält, die im einfachen Führungszeugnis fehlen können.'],
  ['Fassung', 'Ein bestimmter, datierter Stand des Konzepts, etwa der Entwurf zur Stellungnahme oder die beschlossene Fassung.'],
  ['Fortschreibung', 'Planmäßige oder anlassbezogene Überarbeitung des Konzepts auf Grundlage des Monitorings, mit neuer Fassung und erneutem Beschluss.'],
  ['GEAS', 'Gemeinsames Europäisches Asylsystem. Seine Reform gilt seit dem 12. Juni 2026; mit ihr gilt die neue EU-Aufnahmerichtlinie (Richtlinie (EU) 2024/1346), und das deutsche Asylgesetz wurde angepasst. Fundstellen im Konzept sind deshalb vor dem Beschluss zu prüfen.'],
  ['Gewalt im Namen der sogenannten Ehre', 'Gewalt, mit der Familie oder Umfeld das Verhalten vor allem von Mädchen und Frauen kontrollieren und eine vermeintlich verletzte Familienehre wiederherstellen wollen; dazu gehören Drohungen, Einsperren, Zwangsverheiratung und im äußersten Fall Tötung.'],
  ['Gewaltschutzgesetz', 'Bundesgesetz, nach dem das Familiengericht Schutzanordnungen erlassen kann, etwa ein Kontakt- oder Näherungsverbot, und die Überlassung einer gemeinsam genutzten Wohnung anordnen kann.'],
  ['Gewaltschutzkoordination', 'Stelle, die die Umsetzung des Konzepts in allen Unterkünften steuert, Meldungen entgegennimmt, Schulungen organisiert, das Monitoring führt und die Fortschreibung vorbereitet.'],
  ['Inobhutnahme', 'Vorläufige Schutzmaßnahme des Jugendamts für ein Kind oder eine Jugendliche bzw. einen Jugendlichen in einer Gefährdungslage oder bei unbegleiteter Einreise.'],
  ['Insoweit erfahrene Fachkraft', 'Im Kinderschutz besonders qualifizierte Fachkraft, die Mitarbeitende bei der Einschätzung einer möglichen Kindeswohlgefährdung berät. Das Jugendamt stellt diese Beratung sicher.'],
  ['Istanbul-Konvention', 'Übereinkommen des Europarats zur Verhütung und Bekämpfung von Gewalt gegen Frauen und häuslicher Gewalt, in Deutschland seit 2018 in Kraft.'],
  ['Kindeswohlgefährdung', 'Eine gegenwärtige oder unmittelbar drohende Gefahr für die körperliche, geistige oder seelische Entwicklung eines Kindes, etwa durch Misshandlung, Vernachlässigung, sexuellen Missbrauch oder miterlebte Gewalt.'],
  ['Leitung der Unterkunft', 'Die Person, die eine Unterkunft im Auftrag des Betreibers leitet und für die Umsetzung des Konzepts vor Ort verantwortlich ist.'],
  ['LSBTI*', 'Lesbische, schwule, bisexuelle, trans*, inter* und andere queere Menschen; das Sternchen steht für weitere geschlechtliche und sexuelle Identitäten.'],
  ['Mindeststandards', 'Die „Mindeststandards zum Schutz von geflüchteten Menschen in Flüchtlingsunterkünften“ der Bundesinitiative, 4. Auflage 2021, mit sechs Standards und drei Annexen. Sie sind fachliche Leitlinien, keine Rechtsnorm.'],
  ['Monitoring', 'Regelmäßige, anonymisierte Erhebung und Auswertung von Kennzahlen, ob Maßnahmen umgesetzt werden und wirken.'],
  ['Psychosoziales Zentrum', 'Fachstelle, die geflüchtete Menschen mit psychischen Belastungen und Traumafolgen berät und behandelt, in der Regel mit Sprachmittlung.'],
  ['Risiko- und Ressourcenanalyse', 'Untersuchung, an welchen Orten, zu welchen Zeiten und für welche Gruppen in einer Unterkunft Gefahren bestehen und welche schützenden Faktoren vorhanden sind; Grundlage für die Maßnahmen.'],
  ['Soziale Arbeit', 'Die sozialarbeiterischen Fachkräfte in den Unterkünften, die Bewohner:innen beraten und begleiten.'],
  ['Sprachmittlung', 'Übertragung von Gesprächen in eine andere Sprache durch dafür eingesetzte Personen oder Dienste, auch per Telefon oder Video; in Gesprächen über Gewalt nie durch Angehörige, Mitbewohnende oder Kinder.'],
  ['Steuerungsgruppe', 'Gremium aus Verwaltung, Betreibern, Fachstellen und Vertretung der Bewohner:innen, das die Umsetzung begleitet und die Fortschreibung vorbereitet.'],
  ['Traumafolgestörung', 'Anhaltende seelische Belastung nach überwältigenden Erlebnissen wie Krieg, Folter oder sexualisierter Gewalt, etwa mit Schlafstörungen, Angst, Schreckhaftigkeit oder sich aufdrängenden Erinnerungen.'],
  ['Unabhängige Beschwerdestelle', 'Stelle, die Beschwerden aus den Unterkünften entgegennimmt und weder dem Betreiber noch der Unterbringungsverwaltung gegenüber weisungsgebunden ist.'],
  ['Verhaltenskodex', 'Verbindliche Regeln für alle, die in den Unterkünften arbeiten oder sich engagieren, mit persönlicher Unterschrift.'],
  ['Wegweisung', 'Polizeiliche Maßnahme nach Landesrecht, mit der eine gewaltausübende Person für eine bestimmte Zeit aus der Wohnung bzw. Unterkunft verwiesen wird.'],
  ['Weibliche Genitalverstümmelung (FGM/C)', 'Teilweise oder vollständige Entfernung oder Verletzung der äußeren weiblichen Genitalien ohne medizinischen Grund; in Deutschland strafbar (§ 226a StGB), auch wenn sie im Ausland vorgenommen wird.'],
  ['Zwangsverheiratung', 'Eine Ehe, die gegen den Willen mindestens einer Person durch Druck, Drohung oder Gewalt geschlossen wird; in Deutschland strafbar (§ 237 StGB).'],
  ['Zwei-Sinne-Prinzip', 'Gestaltung von Alarm und Informationen so, dass sie mit mindestens zwei Sinnen wahrgenommen werden können, etwa hören und sehen; wichtig für Menschen mit Seh- oder Hörbehinderung.'],
];

export const glossar = {
  key: 'anlage-glossar',
  title: 'Glossar',
  purpose:
    'Das Glossar erklärt die Fachbegriffe des Konzepts, damit Rat, Mitarbeitende, Betreiber und Bewohner:innen dasselbe darunter verstehen.',
  required: false,
  standards: [1],
  guidance: [
    {
      type: 'paragraph',
      text: 'Ein Gewaltschutzkonzept verwendet Begriffe aus Asylrecht, Kinderschutz, Sozialer Arbeit und Verwaltung, die nicht alle Leser:innen kennen. Das Glossar erklärt sie kurz und so, wie sie in diesem Konzept gemeint sind. Es hilft zugleich beim Schreiben: Jede Sache hat im ganzen Konzept einen Namen – etwa „Leitung der Unterkunft“ statt abwechselnd „Einrichtungsleitung“ und „Heimleitung“, „Soziale Arbeit“ statt mal „Sozialdienst“, mal „Betreuung“.',
    },
    {
      type: 'paragraph',
      text: 'Passen Sie die Liste an: Streichen Sie Begriffe, die in Ihrem Konzept nicht vorkommen, und ergänzen Sie örtliche Bezeichnungen, etwa den Namen Ihrer Interventionsstelle. Für Bewohner:innen eignet sich eine kürzere Fassung in einfacher Sprache.',
    },
  ],
  questions: [
    'Welche Fachbegriffe und Abkürzungen verwendet Ihr Konzept, die Ratsmitglieder oder neue Mitarbeitende nicht kennen?',
    'Wird jede Stelle und jede Rolle im ganzen Konzept mit demselben Begriff bezeichnet?',
    'Welche örtlichen Bezeichnungen – Namen von Diensten, Gremien, Beratungsstellen – müssen ergänzt werden?',
  ],
  starter: [
    {
      type: 'table',
      header: ['Begriff', 'Bedeutung in diesem Konzept'],
      rows: BEGRIFFE,
    },
  ],
  checklist: [
    {
      key: 'begriffe-einheitlich',
      text: 'Jede Stelle, Rolle und jeder Fachbegriff wird im ganzen Konzept einheitlich bezeichnet und, wo nötig, im Glossar erklärt.',
      standard: 1,
      level: 'empfohlen',
    },
  ],
  legalRefs: ['stgb-237-226a', 'gewschg', 'istanbul-konvention'],
} satisfies AbschnittEntwurf;
