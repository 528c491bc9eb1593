/**
 * Demo concept, Teil 1: Deckblatt, Präambel, Geltungsbereich, Gewaltbegriff, Verantwortlichkeiten.
 */
import {
  FACHDIENST,
  LINDENHOF,
  WEBEREI,
} from './fakten';
import { nr, type DemoSectionContent } from './types';

export const deckblatt: DemoSectionContent = {
  key: 'deckblatt',
  status: 'done',
  // No „revisionsdatum“: the date of the next review is set with the adoption, which is still ahead.
  checklistDone: ['verantwortliche-stelle', 'fassung'],
  blocks: [
    {
      type: 'paragraph',
      text: '**Entwurf** zur Stellungnahme durch die Kooperationspartner und den Bewohner:innenbeirat sowie zur anschließenden Beschlussfassung im Kreisausschuss.',
    },
    {
      type: 'table',
      header: ['Angabe', 'Eintrag'],
      // Facts the app keeps are data fields: they follow „Eckdaten bearbeiten“ and the Fassung.
      rows: [
        ['Kommune', '{{district.name}}'],
        ['Art der Gebietskörperschaft', '{{district.kind}} (Niedersachsen)'],
        ['Titel', '{{concept.title}}'],
        [
          'Geltungsbereich',
          '{{facilities.names}} sowie alle Gemeinschafts- und Notunterkünfte, die der Landkreis künftig betreibt oder belegt',
        ],
        ['Anzahl der Unterkünfte / Plätze insgesamt', '{{facilities.count}} / {{facilities.capacity}}'],
        ['Federführende Stelle', `Kreisverwaltung Musterland, ${FACHDIENST}, Musterstadt`],
        ['Verantwortliche Stelle', '{{concept.responsible}}'],
        ['Gewaltschutzkoordination', '{{concept.coordinator}} ({{coordination.stelle}})'],
        ['Erreichbarkeit der Gewaltschutzkoordination', 'Telefon {{coordination.telefon}}, E-Mail {{coordination.email}}'],
        ['Fassung', '{{edition.fassung}}'],
        ['Stand', '{{edition.stand}}'],
        ['Beschluss', '{{edition.beschluss}}'],
        ['Beschluss vorgesehen', 'Kreisausschuss des Landkreises Musterland, Sitzung am 22.02.2027'],
        ['Nächste planmäßige Überprüfung', '{{edition.naechste_pruefung}}'],
        ['Überprüfung vorgesehen', 'zwölf Monate nach dem Beschluss, außerdem anlassbezogen nach gravierenden Vorfällen'],
        ['Fachliche Begleitung', 'regionale Kontaktstelle von DeBUG 2.0 (kostenfreie Beratung zum Gewaltschutz in Unterkünften)'],
      ],
    },
    { type: 'heading', level: 3, text: 'Änderungsübersicht' },
    {
      type: 'table',
      header: ['Fassung', 'Datum', 'Wesentliche Änderungen', 'Beschlossen durch'],
      rows: [
        ['0.5', '30.06.2026', 'Gliederung, Gewaltbegriff, erste Ergebnisse der Begehungen beider Unterkünfte', '– (Arbeitsstand der Steuerungsgruppe)'],
        [
          '0.8',
          '29.09.2026',
          `Risikoanalyse für beide Unterkünfte, Ergebnisse der Gesprächsrunden mit Bewohner:innen, Ablaufpläne ${nr('intervention-akute-gewalt')} bis ${nr('intervention-haeusliche-gewalt')}`,
          '– (Arbeitsstand der Steuerungsgruppe)',
        ],
        [
          '0.9',
          '20.11.2026',
          `Hinweise der DeBUG-Beratung eingearbeitet: unabhängige Beschwerdestelle, Schulungsplan, Indikatoren für das Monitoring; Ablaufpläne ${nr('intervention-sexualisierte-gewalt')}, ${nr('intervention-gewalt-gegen-personal')}, ${nr('intervention-verdacht-mitarbeitende')} und ${nr('intervention-brand-raeumung')} ergänzt; Kurzfassung und Kostenübersicht für den Kreisausschuss`,
          '– (Entwurf zur Stellungnahme)',
        ],
        ['1.0', 'vorgesehen: 22.02.2027', 'Erstfassung', 'Kreisausschuss'],
      ],
    },
    {
      type: 'paragraph',
      text: 'Die Anlagen – Kontaktverzeichnis, Verhaltenskodex mit Unterschriftenblatt und Formulare – pflegt die Gewaltschutzkoordination. Sie können ohne erneuten Beschluss aktualisiert werden; Änderungen werden der Steuerungsgruppe in der nächsten Sitzung mitgeteilt.',
    },
  ],
};

export const praeambel: DemoSectionContent = {
  key: 'praeambel',
  status: 'done',
  checklistDone: ['null-toleranz', 'verbindlichkeit', 'kindeswohl-vorrang', 'beteiligung-erarbeitung'],
  blocks: [
    {
      type: 'paragraph',
      text: '{{district.nom_satzanfang}} nimmt geflüchtete Menschen auf, die ihm nach dem Aufenthalt in der Landesaufnahmebehörde zugewiesen werden. Bis sie eine eigene Wohnung finden, leben viele von ihnen in einer unserer beiden Gemeinschaftsunterkünfte – oft für viele Monate. Sie teilen Küchen, Bäder und Flure mit Menschen, die sie sich nicht ausgesucht haben, und sind im Alltag in vielem auf die Mitarbeitenden angewiesen. Enge, Unsicherheit über die Zukunft und diese Abhängigkeit können Gewalt begünstigen. Sie machen es zugleich schwerer, sich gegen Gewalt zu wehren oder Hilfe zu holen.',
    },
    {
      type: 'paragraph',
      text: 'Nach dem Asylgesetz sollen bei der Unterbringung in Gemeinschaftsunterkünften geeignete Maßnahmen getroffen werden, um Frauen und schutzbedürftige Personen zu schützen (§ 53 Abs. 3 AsylG; weil das Asylgesetz mit der Anpassung an das Gemeinsame Europäische Asylsystem geändert wird, prüft die Gewaltschutzkoordination die Fundstelle vor dem Beschluss). Wir verstehen diesen Auftrag als Verpflichtung gegenüber jedem einzelnen Menschen in unseren Unterkünften. Auf Anregung des Ausschusses für Soziales und Gesundheit hat die Kreisverwaltung im Februar 2026 den Fachdienst Soziales beauftragt, ein verbindliches Gewaltschutzkonzept für alle Gemeinschaftsunterkünfte des Landkreises zu erarbeiten.',
    },
    { type: 'heading', level: 3, text: 'Unsere Haltung' },
    {
      type: 'bulletList',
      items: [
        '**Keine Toleranz gegenüber Gewalt:** Wir dulden keine Gewalt – weder unter Bewohner:innen noch durch Beschäftigte des Landkreises oder der Betreiber, durch Sicherheitskräfte, Sprachmittler:innen, Ehrenamtliche oder Besucher:innen. Auch Gewalt gegen Mitarbeitende nehmen wir nicht hin.',
        '**Betroffene stehen im Mittelpunkt:** Wer Gewalt erlebt, wird ernst genommen, erhält Schutz und Unterstützung und entscheidet selbst über die weiteren Schritte, soweit dadurch niemand sonst gefährdet wird.',
        '**Das Wohl der Kinder geht vor:** Bei allen Entscheidungen, die Kinder und Jugendliche betreffen, hat ihr Wohl Vorrang. Kinder werden ihrem Alter entsprechend gehört.',
        '**Gleiche Würde für alle:** Schutz gilt unabhängig von Herkunft, Geschlecht, Alter, Religion, sexueller Orientierung, geschlechtlicher Identität, Behinderung oder Aufenthaltsstatus.',
        '**Hinschauen und handeln:** Wer in unseren Unterkünften arbeitet oder sich dort engagiert, nimmt Hinweise auf Gewalt ernst und handelt nach den Abläufen dieses Konzepts – auch dann, wenn sich ein Verdacht gegen Kolleg:innen richtet.',
      ],
    },
    { type: 'heading', level: 3, text: 'Für wen dieses Konzept verbindlich ist' },
    {
      type: 'paragraph',
      text: 'Das Konzept gilt für die Kreisverwaltung, für beide Betreiber und ihr gesamtes Personal einschließlich Leitung, Sozialer Arbeit, Kinderbetreuung, Verwaltung und Hausmeisterei, für den beauftragten Sicherheitsdienst und dessen Nachunternehmen, für Sprachmittler:innen sowie für Ehrenamtliche, die regelmäßig in den Unterkünften tätig sind. Verbindlich wird es',
    },
    {
      type: 'bulletList',
      items: [
        'für die Sozialwerk Musterland gGmbH als Bestandteil der Leistungsbeschreibung im Betreibervertrag für die Gemeinschaftsunterkunft Am Lindenhof (Vertragsänderung zum 01.03.2027),',
        'für den Eigenbetrieb und die Beschäftigten der Kreisverwaltung durch Dienstanweisung der Fachdienstleitung Soziales,',
        `für den Sicherheitsdienst als Vertragsbestandteil; bei der Neuvergabe 2027 gehören die Anforderungen aus Abschnitt ${nr('personal')} zu den Zuschlagskriterien,`,
        'für Sprachmittler:innen über die Rahmenvereinbarung des Sprachmittlungspools,',
        'für alle Personen mit regelmäßigem Kontakt zu Bewohner:innen zusätzlich durch ihre Unterschrift unter den Verhaltenskodex.',
      ],
    },
    { type: 'heading', level: 3, text: 'Wie dieses Konzept entstanden ist' },
    {
      type: 'paragraph',
      text: 'Seit April 2026 hat eine Steuerungsgruppe das Konzept erarbeitet, in der die Kreisverwaltung, das Jugendamt, die Gleichstellungsbeauftragte, die Polizeiinspektion Musterstadt, die BISS Musterland, beide Betreiber und der Bewohner:innenbeirat vertreten sind. Mitarbeitende aller Bereiche – einschließlich der Nachtschichten des Sicherheitsdienstes – haben beide Unterkünfte gemeinsam begangen. In neun nach Gruppen getrennten Gesprächsrunden haben Frauen, Männer, Jugendliche, Eltern und Kinder beschrieben, wo sie sich sicher fühlen und wo nicht. Ihre Hinweise bilden den Kern der Risikoanalyse. Die DeBUG-Beratung hat einen Workshop zur Risikoanalyse moderiert und den Entwurf 0.8 kommentiert.',
    },
    {
      type: 'paragraph',
      text: 'Diese Präambel wird in einfacher Sprache in die Hauptsprachen der Bewohner:innen übersetzt und in beiden Unterkünften ausgehängt.',
    },
  ],
};

export const geltungsbereich: DemoSectionContent = {
  key: 'geltungsbereich',
  status: 'done',
  checklistDone: ['alle-unterkuenfte', 'neue-standorte', 'unterkunftsspezifisch', 'nachtbesetzung', 'barrierefreie-plaetze'],
  blocks: [
    {
      type: 'paragraph',
      text: 'Dieses Konzept gilt für alle Gemeinschaftsunterkünfte, die der Landkreis Musterland selbst betreibt oder durch Dritte betreiben lässt. Der Landkreis nimmt die Unterbringung nach dem Niedersächsischen Aufnahmegesetz selbst wahr; eine Übertragung auf kreisangehörige Gemeinden besteht nicht. Zum Stand {{edition.stand}} umfasst der Geltungsbereich {{facilities.count}} Unterkünfte mit zusammen {{facilities.capacity}} Plätzen: {{facilities.names}}.',
    },
    {
      type: 'table',
      header: ['Unterkunft', 'Art', 'Betreiber', 'Plätze', 'Nachtbesetzung', 'Besonderheiten'],
      rows: [
        [
          `${LINDENHOF}, Musterstadt`,
          'Gemeinschaftsunterkunft in zwei dreigeschossigen Häusern (Haus A und B) eines ehemaligen Wohnheims',
          'Sozialwerk Musterland gGmbH im Auftrag des Landkreises',
          '120',
          'Sicherheitsdienst rund um die Uhr, nachts (22 bis 6 Uhr) mit zwei Kräften, davon planmäßig mindestens eine Frau; Rufbereitschaft der Leitung',
          'abgeschlossener Bereich für alleinreisende Frauen und Frauen mit Kindern (16 Plätze), Familienflügel, sechs barrierefreie Plätze im Erdgeschoss von Haus A (der Zugang zu Haus B ist noch nicht barrierefrei), Spielzimmer, Ruheraum, zentrale Lage mit Busanbindung',
        ],
        [
          `${WEBEREI}, Beispieldorf`,
          'Gemeinschaftsunterkunft in einem umgebauten Fabrikgebäude mit abgeschlossenen Wohneinheiten',
          'Eigenbetrieb des Landkreises',
          '80',
          'eine Sicherheitskraft (täglich 20 bis 6 Uhr); am Wochenende tagsüber Rufbereitschaft des Eigenbetriebs',
          'Wohneinheiten für vier bis sechs Personen mit eigener Küche, gemeinsam genutzte Duschräume im 1. Obergeschoss, zwei barrierefreie Plätze, Ortsrandlage, letzte Busverbindung gegen 19 Uhr',
        ],
      ],
    },
    { type: 'heading', level: 3, text: 'Personalausstattung' },
    {
      type: 'bulletList',
      items: [
        `**${LINDENHOF}:** Leitung (1,0 Stelle), Soziale Arbeit (2,5 Stellen, verteilt auf zwei Frauen und einen Mann), Kinderbetreuung (0,5 Stelle), Verwaltung (0,5 Stelle), Hausmeisterei (1,0 Stelle). Die Soziale Arbeit ist montags bis freitags von 8 bis 18 Uhr und samstags von 10 bis 14 Uhr vor Ort. Der Sicherheitsdienst ist rund um die Uhr anwesend, tagsüber mit einer, nachts mit zwei Kräften.`,
        `**${WEBEREI}:** Leitung (0,5 Stelle, zugleich Sachgebiet Unterbringung des Eigenbetriebs), Soziale Arbeit (1,5 Stellen; eine Frau, ein Mann), Hausmeisterei (1,0 Stelle). Die Soziale Arbeit ist montags bis freitags von 8 bis 17 Uhr vor Ort. Täglich von 18 bis 21 Uhr ist eine weibliche Präsenzkraft des Eigenbetriebs im Haus, befristet bis zur Fertigstellung des Frauenduschraums. Nachts ist eine Sicherheitskraft anwesend; am Wochenende ist tagsüber niemand im Haus, dann ist die Rufbereitschaft des Eigenbetriebs zuständig. Ihre Anfahrt dauert bis zu 30 Minuten.`,
      ],
    },
    { type: 'heading', level: 3, text: 'Neue, vorübergehende und Notunterkünfte' },
    {
      type: 'paragraph',
      text: 'Das Konzept gilt ab dem ersten Belegungstag auch für jede neue, vorübergehend genutzte oder Notunterkunft des Landkreises. Innerhalb von vier Wochen nach Belegungsbeginn führt die Gewaltschutzkoordination mit dem Betreiber eine Begehung durch und legt eine unterkunftsbezogene Risikoanalyse an. Jeder neue Betreiber- oder Sicherheitsvertrag enthält das Konzept als Vertragsbestandteil. Wechselt ein Betreiber, prüft die Gewaltschutzkoordination innerhalb von drei Monaten, ob Ansprechpersonen, Schulungen und Unterschriften unter den Verhaltenskodex vollständig sind.',
    },
    { type: 'heading', level: 3, text: 'Dezentral untergebrachte Menschen' },
    {
      type: 'paragraph',
      text: `Menschen, die der Landkreis in angemieteten Wohnungen unterbringt, können die Beschwerdewege aus Abschnitt ${nr('beschwerdemanagement')} und die Beratung der Gewaltschutzkoordination ebenso nutzen. Die Migrationsberatung und die Wohnraumbetreuung des Fachdienstes Soziales kennen die Ablaufpläne und handeln bei Hinweisen auf Gewalt sinngemäß danach.`,
    },
    { type: 'heading', level: 3, text: 'Unterkunftsbezogene Anlagen' },
    {
      type: 'paragraph',
      text: 'Für jede Unterkunft gibt es eine eigene Anlage mit Raumplan (Frauenbereich, Sanitärräume, Spiel- und Rückzugsräume, barrierefreie Zimmer), den Ansprechpersonen für Gewaltschutz, der Nachtbesetzung und der ausführlichen Risikoanalyse. Die Anlagen werden bei jeder Änderung der Belegung oder des Gebäudes aktualisiert.',
    },
  ],
};

export const gewaltbegriff: DemoSectionContent = {
  key: 'gewaltbegriff',
  status: 'done',
  checklistDone: [
    'gewaltbegriff-breit',
    'gewalt-durch-personal',
    'schutzbedarfe-erkennen',
    'lsbti-vertraulich',
    'behinderung-erkennen',
    'trauma-erkennen',
  ],
  blocks: [
    {
      type: 'paragraph',
      text: 'Als Gewalt verstehen wir jedes Verhalten, durch das ein Mensch einem anderen körperlichen, sexuellen, seelischen oder wirtschaftlichen Schaden zufügt, ihn bedroht, herabwürdigt oder in seiner Freiheit und Selbstbestimmung einschränkt. Wir orientieren uns dabei an den Begriffsbestimmungen der Istanbul-Konvention und schließen ausdrücklich Gewalt gegen Kinder und Gewalt gegen Mitarbeitende ein. Gewalt im Sinne dieses Konzepts sind insbesondere:',
    },
    {
      type: 'bulletList',
      items: [
        '**körperliche Gewalt** wie Schlagen, Treten, Würgen, Festhalten, Einsperren oder das Werfen von Gegenständen,',
        '**sexualisierte Gewalt** – von sexuellen Anspielungen, Nachstellen und ungewollten Berührungen über das heimliche Fotografieren in Sanitärräumen bis zur Vergewaltigung,',
        '**psychische Gewalt** wie Drohungen, Beschimpfungen, Erniedrigung, ständige Kontrolle, das Verbot, die Unterkunft zu verlassen oder Kontakte zu haben,',
        '**wirtschaftliche Gewalt** wie das Einbehalten von Leistungen, Geld oder Ausweisdokumenten und die Ausbeutung der Arbeitskraft,',
        '**digitale Gewalt** wie Bedrohung über Messenger, das Auslesen fremder Mobiltelefone oder das Verbreiten von Bildern,',
        '**Vernachlässigung** von Kindern oder von Menschen, die wegen Alter, Krankheit oder Behinderung auf Hilfe angewiesen sind,',
        '**Gewalt im Namen der sogenannten Ehre**, einschließlich Zwangsverheiratung und weiblicher Genitalverstümmelung,',
        '**Diskriminierung und gruppenbezogene Anfeindung** wegen Herkunft, Hautfarbe, Religion, Geschlecht, sexueller Orientierung, geschlechtlicher Identität oder Behinderung,',
        '**strukturelle Gewalt**, die aus Regeln, Abläufen oder Räumen entsteht – etwa aus nicht abschließbaren Duschen, unangekündigten Zimmerkontrollen oder fehlenden Rückzugsorten.',
      ],
    },
    {
      type: 'paragraph',
      text: 'Es kommt nicht darauf an, wer Gewalt ausübt. Das Konzept erfasst Gewalt durch Bewohner:innen ebenso wie durch Beschäftigte der Betreiber und der Kreisverwaltung, durch Sicherheitskräfte, Sprachmittler:innen, Ehrenamtliche und Besucher:innen. Wer in einer Unterkunft arbeitet, hat Macht über Menschen, die von ihm abhängig sind – über Post, Zimmer, Termine und Auskünfte. Der Missbrauch dieser Macht ist Gewalt.',
    },
    { type: 'heading', level: 3, text: 'Besonders schutzbedürftige Menschen in unseren Unterkünften' },
    {
      type: 'paragraph',
      text: 'Die folgende Übersicht beschreibt Gruppen, die in unseren Unterkünften besonderen Risiken ausgesetzt sind, und was daraus für die Unterbringung folgt. Sie dient dazu, Schutzmaßnahmen zu begründen – nicht dazu, Menschen einzuordnen.',
    },
    {
      type: 'table',
      header: ['Gruppe', 'Besondere Risiken bei uns', 'Was daraus folgt'],
      rows: [
        [
          'Alleinreisende Frauen, Schwangere und Frauen mit Kindern',
          'Belästigung auf Fluren und auf dem Weg zu den Sanitärräumen, häusliche Gewalt in Familienzimmern, wenig Privatsphäre',
          `Frauenbereich Am Lindenhof, Frauenduschzeiten und geplanter Frauenduschraum in der Alten Weberei, weibliche Ansprechpersonen, Ablaufpläne ${nr('intervention-haeusliche-gewalt')} und ${nr('intervention-sexualisierte-gewalt')}`,
        ],
        [
          'Kinder und Jugendliche, auch unbegleitete Minderjährige bis zur Inobhutnahme',
          'unbeaufsichtigte Orte wie Innenhof und Parkplatz, miterlebte Gewalt zwischen Erwachsenen, Übergriffe durch ältere Kinder oder Erwachsene',
          `betreute Spielzeiten, Kinderbeteiligung, Kooperationsvereinbarung mit dem Jugendamt, Ablaufplan ${nr('intervention-kinderschutz')}`,
        ],
        [
          'LSBTI*-Personen',
          'Anfeindungen in Mehrbettzimmern, Erpressung, ungewolltes Outing, auch durch Sprachmittlung aus dem eigenen Umfeld',
          'geschützte Einzelzimmer auf Wunsch, strikte Vertraulichkeit, Kooperation mit dem Queeren Netzwerk Musterland',
        ],
        [
          'Menschen mit Behinderung',
          'Abhängigkeit von Hilfe durch Mitbewohnende, Alarm und Aushänge nicht wahrnehmbar, wenige barrierefreie Plätze',
          'acht barrierefreie Plätze, Erfassung des Unterstützungsbedarfs bei Einzug, Blitzleuchten und Informationen in Leichter Sprache',
        ],
        [
          'Menschen mit Traumafolgen oder psychischen Erkrankungen',
          'Belastung durch Lärm, Enge, nächtliche Unruhe und unangekündigte Kontrollen; akute Krisen',
          `Ruheraum, angekündigte Zimmerbegehungen, Sprechstunde des Psychosozialen Zentrums, geplanter Ablaufplan ${nr('intervention-psychische-krise')}`,
        ],
        [
          'Betroffene von Menschenhandel und Ausbeutung',
          'Anwerbung aus der Unterkunft, nächtliches Abholen, Kontrolle über Dokumente und Geld',
          `Schulung zu Anzeichen, Weitergabe von Beobachtungen an die Leitung, Fachberatungsstelle, geplanter Ablaufplan ${nr('intervention-menschenhandel')}`,
        ],
        [
          'Ältere und schwer erkrankte Menschen',
          'Überforderung im Gemeinschaftsalltag, Ausnutzung, unzureichende Versorgung',
          'Zimmer nahe den Sanitärräumen, Anbindung an Pflege- und Gesundheitsdienste, regelmäßige Kontaktangebote der Sozialen Arbeit',
        ],
      ],
    },
    { type: 'heading', level: 3, text: 'Wie wir besondere Schutzbedarfe erkennen' },
    {
      type: 'orderedList',
      items: [
        'Jede neu ankommende Person erhält innerhalb von drei Werktagen ein Aufnahmegespräch mit der Sozialen Arbeit. Auf Wunsch führt es eine Frau, und die Sprachmittlung ist ebenfalls weiblich. Das Gespräch ist freiwillig; niemand muss Fragen beantworten.',
        'Die Soziale Arbeit fragt dabei nach Unterstützung, die für die Unterbringung wichtig ist: Mobilität, Seh- und Hörvermögen, Pflege, Schwangerschaft, Gesundheit, Kinder und der Wunsch nach einer Ansprechperson eines bestimmten Geschlechts. Das Ergebnis fließt in die Zimmervergabe ein, zum Beispiel in ein barrierefreies Zimmer oder einen Platz im Frauenbereich.',
        'Schutzbedarfe können jederzeit später bekannt werden – durch die Person selbst, durch Beobachtungen der Mitarbeitenden oder durch Hinweise von Beratungsstellen. Die Soziale Arbeit bietet dann ein weiteres Gespräch an.',
        'Mitarbeitende achten auf Hinweise auf Traumafolgen wie anhaltende Schlaflosigkeit, starke Schreckhaftigkeit, Rückzug oder plötzliche Ausbrüche. Sie sprechen die Person behutsam an und vermitteln mit ihrem Einverständnis in die Sprechstunde des Psychosozialen Zentrums für Geflüchtete Musterland.',
        'Angaben zur sexuellen Orientierung oder geschlechtlichen Identität werden nur mit ausdrücklicher Zustimmung der Person an andere weitergegeben, auch nicht an Sprachmittler:innen. In Belegungslisten und Dienstbüchern erscheinen sie nie; dort steht bei Bedarf nur „Einzelzimmer auf Wunsch“.',
      ],
    },
    {
      type: 'paragraph',
      text: 'Festgestellte Bedarfe werden nur in der geschützten Falldokumentation der Sozialen Arbeit festgehalten und nur den Personen mitgeteilt, die sie für Schutzmaßnahmen kennen müssen.',
    },
  ],
};

export const verantwortlichkeiten: DemoSectionContent = {
  key: 'verantwortlichkeiten',
  status: 'done',
  checklistDone: ['koordination-benannt', 'vertretung', 'meldewege', 'steuerungsgruppe', 'weibliche-ansprechperson'],
  blocks: [
    {
      type: 'paragraph',
      text: 'Die folgende Übersicht nennt Rollen, keine Personen. Namen und Telefonnummern stehen im Kontaktverzeichnis (Anlage), damit das Konzept bei Personalwechseln nicht neu beschlossen werden muss.',
    },
    {
      type: 'table',
      header: ['Rolle', 'Aufgaben im Gewaltschutz', 'Stelle / Organisation', 'Vertretung'],
      rows: [
        [
          'Gesamtverantwortung',
          'stellt Personal und Mittel bereit, entscheidet über Maßnahmen mit Kostenfolgen, berichtet dem Ausschuss für Soziales und Gesundheit, leitet die Steuerungsgruppe',
          'Fachdienstleitung Soziales, Kreisverwaltung',
          'stellvertretende Fachdienstleitung Soziales',
        ],
        [
          'Gewaltschutzkoordination',
          'steuert die Umsetzung, berät die Unterkünfte, nimmt Meldungen entgegen, organisiert Schulungen, führt das Monitoring und bereitet die Fortschreibung vor',
          'Fachdienst Soziales, Sachgebiet Migration und Teilhabe (0,5 Stelle)',
          'Sachgebietsleitung Unterbringung',
        ],
        [
          'Leitung der Unterkunft',
          'setzt das Konzept in der Unterkunft um, entscheidet über vorläufige Hausverbote, meldet Vorfälle an die Koordination, sorgt für Einarbeitung und Unterschriften',
          'Sozialwerk Musterland gGmbH (Am Lindenhof) bzw. Eigenbetrieb (Alte Weberei)',
          'stellvertretende Leitung bzw. Rufbereitschaft',
        ],
        [
          'Ansprechpersonen für Gewaltschutz',
          'sind für Bewohner:innen erste Anlaufstelle bei Gewalt und Beschwerden, führen Schutzgespräche, halten Kontakt zu Fachberatungsstellen',
          'je Unterkunft eine Frau und ein Mann aus der Sozialen Arbeit',
          'gegenseitig; bei Abwesenheit beider die Leitung der Unterkunft',
        ],
        [
          'Soziale Arbeit',
          'Aufnahmegespräche, Erkennen von Schutzbedarfen, Beratung, Gesprächsrunden, Dokumentation',
          'Betreiber',
          'im Team',
        ],
        [
          'Schichtleitung Sicherheitsdienst',
          'Sofortmaßnahmen und Notruf außerhalb der Dienstzeiten der Sozialen Arbeit, Übergabe an Leitung bzw. Rufbereitschaft',
          'beauftragter Sicherheitsdienst',
          'zweite Kraft der Schicht bzw. Objektleitung',
        ],
        [
          'Ansprechperson Kinderschutz',
          'berät bei Anhaltspunkten für Kindeswohlgefährdung, nimmt Meldungen nach § 8a SGB VIII entgegen',
          'Jugendamt, Allgemeiner Sozialer Dienst',
          'Rufbereitschaft des Jugendamts',
        ],
        [
          'Gleichstellungsbeauftragte',
          'bringt die Perspektive von Frauen und Mädchen ein, ist zusätzliche Anlaufstelle bei Belästigung und Diskriminierung',
          'Gleichstellungsbüro des Landkreises',
          'Stellvertreterin',
        ],
      ],
    },
    { type: 'heading', level: 3, text: 'Gewaltschutzkoordination' },
    {
      type: 'paragraph',
      text: 'Für die Gewaltschutzkoordination steht seit dem 01.04.2026 eine halbe Stelle im Fachdienst Soziales zur Verfügung. Die Koordination darf beide Unterkünfte nach Anmeldung jederzeit betreten, an Dienstbesprechungen teilnehmen und anonymisierte Vorfallmeldungen einsehen. Sie kann von beiden Betreibern innerhalb von fünf Werktagen eine Stellungnahme zu Vorfällen und zum Umsetzungsstand der Maßnahmen verlangen; der Vertrag mit dem Sozialwerk Musterland sieht dieses Recht ausdrücklich vor. Werden Maßnahmen nicht umgesetzt, wendet sie sich an die Fachdienstleitung.',
    },
    { type: 'heading', level: 3, text: 'Steuerungsgruppe' },
    { type: 'paragraph', text: 'Der Steuerungsgruppe gehören an:' },
    {
      type: 'bulletList',
      items: [
        'die Fachdienstleitung Soziales (Vorsitz) und die Gewaltschutzkoordination (Geschäftsführung),',
        'das Jugendamt mit einer Fachkraft des Allgemeinen Sozialen Dienstes,',
        'die Gleichstellungsbeauftragte des Landkreises,',
        'die Polizeiinspektion Musterstadt mit dem Präventionsteam bzw. der Beauftragten für Opferschutz,',
        'die BISS Musterland (Beratungs- und Interventionsstelle bei häuslicher Gewalt),',
        'die Leitungen beider Unterkünfte für die Sozialwerk Musterland gGmbH und den Eigenbetrieb,',
        'zwei Delegierte des Bewohner:innenbeirats, eine Frau und ein Mann, mit Sprachmittlung,',
        'bei Bedarf die Objektleitung des Sicherheitsdienstes; die DeBUG-Beratung nimmt beratend teil.',
      ],
    },
    {
      type: 'paragraph',
      text: 'Die Steuerungsgruppe tagt vierteljährlich und zusätzlich innerhalb von 14 Tagen nach einem gravierenden Vorfall. Sie verfolgt den Umsetzungsstand der Maßnahmen, wertet die anonymisierten Daten des Monitorings aus und bereitet die Fortschreibung vor. Einzelfälle werden dort nicht besprochen.',
    },
    { type: 'heading', level: 3, text: 'Meldewege' },
    {
      type: 'orderedList',
      items: [
        'Wer in einer Unterkunft Gewalt bemerkt oder davon erfährt, handelt nach dem passenden Ablaufplan und informiert sofort die diensthabende Leitung – außerhalb der Dienstzeiten die Rufbereitschaft des Betreibers.',
        'Die Leitung der Unterkunft meldet jeden Vorfall spätestens am nächsten Werktag mit dem Meldebogen ohne Namen an die Gewaltschutzkoordination. Gravierende Vorfälle – Polizeieinsatz wegen Gewalt, Verletzungen, sexualisierte Gewalt, Kindeswohlgefährdung, Verdacht gegen Personal – meldet sie noch am selben Tag telefonisch.',
        'Diese Meldepflicht gilt für beide Unterkünfte gleichermaßen; für die Gemeinschaftsunterkunft Am Lindenhof ist sie im Betreibervertrag festgeschrieben.',
        'Die Gewaltschutzkoordination unterrichtet die Fachdienstleitung über gravierende Vorfälle am selben Tag.',
        'Richtet sich ein Verdacht gegen die Leitung der Unterkunft, meldet die Soziale Arbeit direkt an die Gewaltschutzkoordination.',
      ],
    },
    {
      type: 'paragraph',
      text: 'In jeder Unterkunft sind eine Frau und ein Mann aus der Sozialen Arbeit als Ansprechpersonen für Gewaltschutz benannt. Außerhalb der Dienstzeiten ist über die Rufbereitschaft des jeweiligen Betreibers stets auch eine Mitarbeiterin telefonisch erreichbar.',
    },
  ],
};
