/**
 * Demo concept, Teil 3b: the two Ablaufpläne the district added with draft 0.9 – suspicion against
 * staff, and fire and evacuation (including people who cannot leave the building unaided).
 */
import { LEITUNG_RUFBEREITSCHAFT, TEL } from './fakten';
import { ablaufplan, nr, type DemoSectionContent } from './types';

export const verdachtMitarbeitende: DemoSectionContent = {
  key: 'intervention-verdacht-mitarbeitende',
  status: 'done',
  checklistDone: ['meldung-ausserhalb-team', 'kontaktsperre', 'faires-verfahren'],
  blocks: ablaufplan({
    einleitung: `Dieser Plan gilt, wenn sich ein Hinweis auf Gewalt, Belästigung oder Machtmissbrauch gegen Beschäftigte der Kreisverwaltung, des Sozialwerks oder des Eigenbetriebs, gegen Sicherheitskräfte, Sprachmittler:innen oder Ehrenamtliche richtet. Hinweise gegen die Leitung einer Unterkunft gehen direkt an die Gewaltschutzkoordination. Bei sexualisierter Gewalt gilt zusätzlich Plan ${nr('intervention-sexualisierte-gewalt')}, wenn ein Kind betroffen ist, Plan ${nr('intervention-kinderschutz')}.`,
    ausloeser: [
      'eine Bewohnerin oder ein Bewohner berichtet, von einer in der Unterkunft tätigen Person bedroht, beleidigt, angefasst, erpresst oder zu Gegenleistungen gedrängt worden zu sein,',
      'Kolleg:innen Grenzverletzungen beobachten, etwa unangekündigtes Betreten von Zimmern, private Treffen, Fotos oder Geschenke,',
      'eine Beschwerde im Briefkasten, bei der unabhängigen Beschwerdestelle oder beim Bewohner:innenbeirat eine tätige Person betrifft,',
      'Polizei oder eine Beratungsstelle die Kreisverwaltung über einen solchen Verdacht informiert.',
    ],
    sofort: [
      'Bei akuter Gefahr oder Verdacht auf eine Straftat die Polizei (110) verständigen.',
      'Die betroffene Person hat ab sofort keinen Kontakt mehr zur beschuldigten Person. Die Leitung der Unterkunft ändert noch am selben Tag Dienstplan und Zuständigkeiten, beim Sicherheitsdienst über die Objektleitung.',
      'Zuhören, ernst nehmen, nichts versprechen; keine ausführliche Befragung und keine Gegenüberstellung.',
      `Den Hinweis der Leitung der Unterkunft melden. Richtet er sich gegen die Leitung, geht er direkt an die Gewaltschutzkoordination (${TEL.koordination}); Kolleg:innen der beschuldigten Person werden nicht eingebunden.`,
      'Die beschuldigte Person wird erst angesprochen, wenn der Arbeitgeber und – bei Verdacht auf eine Straftat – die Polizei das Vorgehen abgestimmt haben. Dienstpläne, Schlüsselbuch und Besuchsbuch werden gesichert.',
    ],
    informiert: [
      ['Polizei', 'sofort bei akuter Gefahr oder Verdacht auf eine Straftat', 'Leitung der Unterkunft bzw. Gewaltschutzkoordination', 'Notruf 110; {{kontakt.polizei}}'],
      ['Leitung der Unterkunft bzw. Rufbereitschaft (außer sie selbst ist beschuldigt)', 'sofort', 'wer den Hinweis erhält', LEITUNG_RUFBEREITSCHAFT],
      ['Gewaltschutzkoordination', 'am selben Tag', 'Leitung der Unterkunft oder direkt die meldende Person', '{{coordination.telefon}}'],
      ['Fachdienstleitung Soziales', 'am selben Tag bei Verdacht auf eine Straftat', 'Gewaltschutzkoordination', TEL.fachdienstleitung],
      ['Arbeitgeber der beschuldigten Person (Sozialwerk, Eigenbetrieb, Sicherheitsdienst, Sprachmittlungspool) bzw. Freiwilligenagentur', 'am selben Tag', 'Gewaltschutzkoordination', 'nach Kontaktverzeichnis'],
      ['Jugendamt', 'sofort, wenn ein Kind oder eine Jugendliche bzw. ein Jugendlicher betroffen ist', 'Leitung der Unterkunft bzw. Gewaltschutzkoordination', '{{kontakt.jugendamt}}'],
      ['Unabhängige Beschwerdestelle', 'auf Wunsch der betroffenen Person, zur Begleitung', 'Soziale Arbeit bzw. Gewaltschutzkoordination', '{{kontakt.beschwerdestelle}}'],
    ],
    dokumentation: [
      'Hinweis, Schutzmaßnahmen und Entscheidungen mit Datum festhalten; Aussagen möglichst wörtlich, Vermutungen als solche kennzeichnen.',
      'Die Unterlagen führt die Gewaltschutzkoordination verschlossen, nicht das Team der beschuldigten Person.',
      'Arbeitsrechtliche Schritte dokumentiert der Arbeitgeber in der Personalakte; im Monitoring erscheint der Vorfall nur als Zahl.',
    ],
    nachsorge: [
      'Die betroffene Person erhält eine Ansprechperson außerhalb des betroffenen Teams – in der Regel die Gewaltschutzkoordination – und auf Wunsch Begleitung durch die unabhängige Beschwerdestelle. Sie erfährt, welche Schritte eingeleitet wurden.',
      'Sicherheitskräfte setzt der Sicherheitsdienst auf Verlangen des Landkreises nicht mehr in den Unterkünften ein; Ehrenamtliche ruhen bis zur Klärung.',
      'Das betroffene Team erhält eine zusätzliche Supervisionssitzung, ohne dass Einzelheiten des Verdachts weitergetragen werden.',
      'Bestätigt sich der Verdacht nicht, sorgen Arbeitgeber und Gewaltschutzkoordination für die Rehabilitation der beschuldigten Person. Wer in gutem Glauben einen Hinweis gegeben hat, wird nicht benachteiligt.',
    ],
    nachbereitung: [
      'Die Steuerungsgruppe wertet den Verlauf ohne Namen aus und prüft, ob Einzeldienste, Schlüsselregeln oder Abhängigkeiten den Übergriff erleichtert haben – etwa die Nachtschicht mit nur einer Sicherheitskraft in der Alten Weberei.',
      'Auswahl, Schulung, Aufsicht oder Verträge werden angepasst; bei Dienstleistern entscheidet der Fachdienst Soziales über vertragliche Folgen.',
    ],
  }),
};

export const brandRaeumung: DemoSectionContent = {
  key: 'intervention-brand-raeumung',
  status: 'done',
  checklistDone: ['hilfeliste', 'evakuierungsuebung', 'mehrsprachige-brandschutzregeln'],
  blocks: ablaufplan({
    einleitung:
      'Dieser Plan gilt in beiden Unterkünften bei Feuer, Rauch und allen anderen Gefahren, die eine Räumung erfordern. Er ergänzt die Brandschutzordnungen der Gebäude und wurde am 14.10.2026 bei einer gemeinsamen Begehung mit der Brandschutzdienststelle des Landkreises und den Feuerwehren in Musterstadt und Beispieldorf abgestimmt.',
    ausloeser: [
      'Feuer, Rauch oder Brandgeruch bemerkt wird oder ein Rauchmelder auslöst,',
      'Gas austritt oder Wasser Strom führende Leitungen erreicht,',
      'Feuerwehr oder Polizei die Räumung anordnen.',
    ],
    sofort: [
      'Die Feuerwehr (112) alarmieren – auch schon bei Verdacht – und den Hausalarm auslösen.',
      'Alle Bewohner:innen mit einfachen Worten, Handzeichen und den Piktogrammkarten aus der Pfortenmappe zum Sammelplatz leiten: Am Lindenhof der Parkplatz vor Haus A, in der Alten Weberei die Wiese an der Webereistraße.',
      'Wer auf der Hilfeliste steht, wird Am Lindenhof von zwei Kräften geholt; dort liegen die sechs barrierefreien Plätze im Erdgeschoss von Haus A mit direktem Ausgang ins Freie. In der Alten Weberei, wo nachts eine Sicherheitskraft allein im Dienst ist, werden Menschen, die Hilfe bei der Räumung brauchen, nur im Erdgeschoss untergebracht; die Sicherheitskraft weckt Menschen mit Hörbehinderung persönlich und übergibt der Feuerwehr bei ihrem Eintreffen die Hilfeliste mit den Zimmernummern. Ist eine Rettung nicht gefahrlos möglich, bleibt die Person bei geschlossener Tür im Zimmer, und die Zimmernummer wird der Feuerwehr sofort genannt.',
      'Türen schließen, nicht abschließen; einen Entstehungsbrand nur löschen, wenn das ohne Gefahr möglich ist.',
      'Am Sammelplatz zählt die Schichtleitung, in der Alten Weberei nachts die Sicherheitskraft, anhand der Belegungsliste und meldet fehlende Personen der Feuerwehr. Belegungsliste und Hilfeliste liegen in der roten Mappe an der Pforte.',
      'Kinder bleiben bei ihren Eltern; Kinder ohne Eltern vor Ort und unbegleitete Minderjährige betreut eine Mitarbeiterin oder ein Mitarbeiter am Sammelplatz.',
    ],
    informiert: [
      ['Feuerwehr und Rettungsdienst', 'sofort', 'wer den Brand bemerkt', '112'],
      ['Leitung der Unterkunft bzw. Rufbereitschaft', 'sofort nach dem Notruf', 'Sicherheitsdienst bzw. diensthabende Person', LEITUNG_RUFBEREITSCHAFT],
      ['Fachdienst Soziales, Sachgebiet Unterbringung', 'sofort, wenn Bewohner:innen nicht in ihre Zimmer zurückkönnen', 'Leitung der Unterkunft', `${TEL.unterbringung}; außerhalb der Dienstzeiten ${TEL.rufbereitschaftEigenbetrieb}`],
      ['Polizei', `bei Verdacht auf Brandstiftung; dann gilt zusätzlich Plan ${nr('intervention-angriff-von-aussen')}`, 'Leitung der Unterkunft', 'Notruf 110; {{kontakt.polizei}}'],
      ['Jugendamt', 'wenn Kinder ohne Betreuung sind oder unbegleitete Minderjährige betroffen sind', 'Leitung der Unterkunft', '{{kontakt.jugendamt}}'],
      ['Gewaltschutzkoordination', 'am selben Tag', 'Leitung der Unterkunft', '{{coordination.telefon}}'],
    ],
    dokumentation: [
      'Die Schichtleitung hält die Zeitpunkte von Alarm, Notruf, Räumung und Eintreffen der Feuerwehr sowie das Ergebnis der Zählung fest.',
      'Notiert wird, wo die Hilfe bei der Räumung funktioniert hat und wo es Verzögerungen gab – ohne Gesundheitsangaben über einzelne Personen.',
      'Beschädigte oder verlorene Dokumente von Bewohner:innen werden erfasst, damit die Soziale Arbeit Ersatz beantragen kann.',
    ],
    nachsorge: [
      'Wer nicht zurückkann, wird in der jeweils anderen Unterkunft oder in den vom Fachdienst Soziales vorgehaltenen Notplätzen untergebracht; Familien bleiben zusammen, Frauen aus dem Frauenbereich kommen wieder in einen geschützten Bereich.',
      'Medikamente und Hilfsmittel werden noch am selben Tag ersetzt; die Soziale Arbeit klärt die Kostenübernahme.',
      'Kindern und Menschen mit Traumafolgen bietet die Soziale Arbeit Gespräche an und vermittelt bei Bedarf an das Psychosoziale Zentrum für Geflüchtete Musterland.',
      'Beteiligte Mitarbeitende und Sicherheitskräfte erhalten innerhalb von 72 Stunden ein Nachgespräch.',
    ],
    nachbereitung: [
      'Jede Räumung und jede Übung wird mit der Feuerwehr ausgewertet: Alarmierung, Räumungszeit, Hilfeliste, Sammelplatz, Verständigung ohne gemeinsame Sprache.',
      'Evakuierungsübungen finden in jeder Unterkunft einmal im Jahr statt, jede zweite bei Dunkelheit; die nächste ist für März 2027 geplant. Bis zum Einbau der Blitzleuchten im April 2027 weckt die Schichtleitung Menschen mit Hörbehinderung persönlich.',
    ],
  }),
};
