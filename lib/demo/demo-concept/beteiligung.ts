/**
 * Demo concept, Teil 2b: Beteiligung, Beschwerdemanagement, Kooperation.
 */
import { MAIL_KOORDINATION, TEL } from './fakten';
import type { DemoSectionContent } from './types';

export const beteiligung: DemoSectionContent = {
  key: 'beteiligung',
  status: 'done',
  checklistDone: [
    'beteiligungsformat',
    'getrennte-runden',
    'information-sprachen',
    'aushaenge',
    'staerkung',
    'barrierefreie-information',
    'rueckmeldung',
  ],
  blocks: [
    { type: 'heading', level: 3, text: 'Bewohner:innenbeirat' },
    {
      type: 'paragraph',
      text: 'Am Lindenhof besteht seit 2025 ein Bewohner:innenbeirat mit sechs Mitgliedern, in der Alten Weberei wurde im Oktober 2026 ein Beirat mit vier Mitgliedern gewählt. In beiden Beiräten ist mindestens die Hälfte der Sitze Frauen vorbehalten. Die Beiräte werden halbjährlich neu gewählt und treffen sich monatlich mit der Leitung und der Sozialen Arbeit; eine Sprachmittlung ist immer dabei. Sie beraten über Hausordnung, Nutzungszeiten der Gemeinschaftsräume und Küchen, Angebote und die Maßnahmen aus diesem Konzept. Zwei Delegierte arbeiten in der Steuerungsgruppe mit.',
    },
    { type: 'heading', level: 3, text: 'Getrennte Gesprächsrunden' },
    {
      type: 'bulletList',
      items: [
        '**Frauenrunde:** monatlich in jeder Unterkunft, geleitet von einer Sozialarbeiterin mit einer Sprachmittlerin; Männer und Sicherheitsdienst sind nicht anwesend.',
        '**Jugendrunde:** vierteljährlich für 14- bis 17-Jährige beider Unterkünfte, mit einem gemeinsamen Ausflug.',
        '**Kinderkonferenz:** halbjährlich für Kinder von 6 bis 13 Jahren, mit Bildern und Spielen statt Fragebögen.',
        '**Elterncafé:** monatlich Am Lindenhof, zweimonatlich in der Alten Weberei, zu Themen wie Erziehung ohne Gewalt, Schule und Kita.',
      ],
    },
    { type: 'heading', level: 3, text: 'Information bei Einzug' },
    {
      type: 'bulletList',
      items: [
        'Am Tag des Einzugs erhält jede Person ein Einzugsgespräch mit Sprachmittlung und einen Rundgang, bei dem der Frauenbereich, der Beschwerdebriefkasten, das Dienstzimmer und die Aushänge gezeigt werden.',
        'Die Willkommensmappe liegt in Deutsch, Englisch, Arabisch, Dari, Kurmanci, Türkisch, Ukrainisch und Tigrinya vor. Sie erklärt Rechte und Hausordnung, nennt die Ansprechpersonen für Gewaltschutz und die Beschwerdewege und enthält die Notrufnummern.',
        'Eine Fassung in Leichter Sprache und in großer Schrift liegt bereit; über einen QR-Code können alle Texte in den genannten Sprachen angehört werden.',
        'Kinder erhalten eine Bildkarte „Hier bekomme ich Hilfe“ mit den wichtigsten Orten und Personen.',
        'Nach vier Wochen fragt die Soziale Arbeit in einem kurzen Gespräch nach, ob noch Fragen offen sind.',
      ],
    },
    { type: 'heading', level: 3, text: 'Aushänge' },
    {
      type: 'paragraph',
      text: 'In jedem Eingangsbereich, in jeder Etage und im Frauenbereich hängen mehrsprachige Aushänge mit Piktogrammen: „Hilfe im Notfall“ mit Polizei 110, Notruf 112 und Hilfetelefon „Gewalt gegen Frauen“ 116 016, die Fotos und Sprechzeiten der Ansprechpersonen für Gewaltschutz sowie die Erreichbarkeit der unabhängigen Beschwerdestelle. Die Hausmeisterei prüft die Aushänge monatlich.',
    },
    { type: 'heading', level: 3, text: 'Angebote zur Stärkung' },
    {
      type: 'bulletList',
      items: [
        'Frauencafé Am Lindenhof und Frauentreff in der Alten Weberei, mit Informationsnachmittagen der BISS Musterland und der Frauen- und Mädchenberatungsstelle Musterstadt,',
        'Selbstbehauptungskurs für Mädchen in Zusammenarbeit mit einem Sportverein in Musterstadt,',
        'Informationsabende zu Rechten in Deutschland, zum Gewaltschutzgesetz und zur Gleichberechtigung, gemeinsam mit der Polizeiinspektion Musterstadt,',
        'Vätergruppe zu Konflikten in der Familie und Erziehung ohne Gewalt,',
        'Unterstützung für Bewohner:innen, die eigene Angebote organisieren möchten, zum Beispiel Sprachpatenschaften oder Sportgruppen.',
      ],
    },
    { type: 'heading', level: 3, text: 'Rückmeldung an die Bewohner:innen' },
    {
      type: 'paragraph',
      text: 'In beiden Unterkünften hängt eine Tafel „Ihr habt gesagt – wir haben gemacht“, die die Soziale Arbeit monatlich in einfacher Sprache und mit Symbolen aktualisiert. Die Beiräte berichten in den Hausversammlungen, was aus ihren Anliegen geworden ist. Wird ein Wunsch nicht umgesetzt, wird auch das begründet.',
    },
    { type: 'heading', level: 3, text: 'Beteiligung im Jahr 2026 (Auszug)' },
    {
      type: 'table',
      header: ['Datum', 'Format', 'Gruppe', 'Zentrale Punkte (ohne Namen)', 'Folgerungen'],
      rows: [
        [
          '16.06.2026',
          'Gesprächsrunde Am Lindenhof',
          'Frauen (11 Teilnehmerinnen)',
          'Unsicherheit auf dem Weg zu den Duschen im 2. Obergeschoss; fremde Männer im Flur des Frauenbereichs am späten Abend',
          'neue Schlösser und Bewegungsmelder; Transponder-Zugang zum Frauenbereich',
        ],
        [
          '23.06.2026',
          'Gesprächsrunde Alte Weberei',
          'Frauen (7 Teilnehmerinnen)',
          'dunkler Gang zu den Duschräumen, kein eigener Raum für Frauen, Angst auf dem Weg zum Bus',
          'Frauenduschzeit mit Anwesenheit einer Mitarbeiterin; Frauentreff; Frauenraum und Beleuchtung geplant',
        ],
        [
          '07.07.2026',
          'Kinderrundgang Am Lindenhof',
          'Kinder von 6 bis 12 Jahren',
          'Treppenhaus nachts unheimlich; am Samstag keine Betreuung auf dem Spielplatz',
          'Nachtlicht im Treppenhaus; betreute Spielzeit samstags',
        ],
        [
          '25.08.2026',
          'Kinderrundgang Alte Weberei',
          'Kinder von 6 bis 12 Jahren',
          'Parkplatz wird als Spielfläche genutzt; wenig Spielzeug im Gemeinschaftsraum',
          'Spielangebot der Ehrenamtlichen zweimal wöchentlich; Spielraum wird geplant',
        ],
        [
          '01.09.2026',
          'Gesprächsrunde Alte Weberei',
          'alleinreisende Männer',
          'Streit um Küchenzeiten, Langeweile, Wunsch nach Sport',
          'Küchenplan mit dem Beirat; Vermittlung in einen Sportverein',
        ],
        [
          '08.09.2026',
          'gemeinsame Jugendrunde',
          'Jugendliche von 14 bis 17 Jahren',
          'kein ruhiger Ort zum Lernen, Streit mit älteren Bewohnern am Abend',
          'Lernraum mit WLAN Am Lindenhof; Jugendabend einmal im Monat',
        ],
        [
          '13.10.2026',
          'Sitzung des Bewohner:innenbeirats Am Lindenhof',
          'Bewohner:innenbeirat',
          'Stellungnahme zum Entwurf 0.8: Beschwerdebriefkasten nicht vor dem Büro der Leitung aufhängen',
          'Briefkasten in die Waschküche verlegt; Leerung durch die Gewaltschutzkoordination',
        ],
      ],
    },
  ],
};

export const beschwerdemanagement: DemoSectionContent = {
  key: 'beschwerdemanagement',
  status: 'done',
  checklistDone: [
    'interne-wege',
    'unabhaengige-stelle',
    'anonymitaet',
    'fristen',
    'beschwerden-personal',
    'auswertung',
    'barrierefreie-beschwerde',
  ],
  blocks: [
    {
      type: 'paragraph',
      text: 'Bewohner:innen, Mitarbeitende und Ehrenamtliche können sich auf mehreren Wegen beschweren – auch anonym und auch über Mitarbeitende, den Sicherheitsdienst oder den Betreiber selbst. Mindestens ein Weg führt zu einer Stelle, die weder zu einem Betreiber noch zur Unterbringungsverwaltung gehört.',
    },
    {
      type: 'table',
      header: ['Beschwerdeweg', 'Zuständig', 'Erreichbarkeit', 'Sprachen', 'Anonym möglich'],
      rows: [
        [
          'persönliches Gespräch',
          'Ansprechpersonen für Gewaltschutz (je Unterkunft eine Frau und ein Mann)',
          'Sprechzeiten montags bis freitags, Am Lindenhof auch samstags',
          'alle Sprachen mit Sprachmittlung',
          'nein, aber vertraulich',
        ],
        [
          'Beschwerdebriefkasten',
          'Gewaltschutzkoordination; sie leert den Briefkasten wöchentlich, nicht das Personal der Unterkunft',
          'Am Lindenhof in der Waschküche, in der Alten Weberei im Flur vor dem Gemeinschaftsraum',
          'Formular mit Piktogrammen in acht Sprachen und in Leichter Sprache',
          'ja',
        ],
        [
          'Telefon und E-Mail der Gewaltschutzkoordination',
          'Gewaltschutzkoordination',
          `${TEL.koordination}, montags bis freitags 8 bis 16 Uhr; ${MAIL_KOORDINATION}`,
          'Deutsch, Englisch; weitere Sprachen über Telefondolmetschen',
          'ja',
        ],
        [
          'unabhängige Beschwerdestelle',
          'Unabhängige Beschwerdestelle für Unterkünfte im Landkreis Musterland; sie ist weder den Betreibern noch dem Fachdienst Soziales gegenüber weisungsgebunden',
          `${TEL.beschwerdestelle}, dienstags 14 bis 18 Uhr und donnerstags 9 bis 13 Uhr; monatliche Sprechstunde in beiden Unterkünften`,
          'Arabisch, Dari, Englisch, Ukrainisch; weitere mit Sprachmittlung',
          'ja',
        ],
        [
          'Gleichstellungsbeauftragte',
          'Gleichstellungsbüro des Landkreises, insbesondere bei Belästigung und Diskriminierung',
          `${TEL.gleichstellung}, montags bis freitags`,
          'Deutsch, Englisch; weitere mit Sprachmittlung',
          'ja',
        ],
        [
          'Bewohner:innenbeirat',
          'gewählte Vertreter:innen; sie geben Anliegen ohne Namen weiter',
          'in den Beiratssitzungen und im Alltag',
          'die Sprachen der Beiratsmitglieder',
          'ja',
        ],
      ],
    },
    { type: 'heading', level: 3, text: 'Verfahren und Fristen' },
    {
      type: 'orderedList',
      items: [
        'Jede Beschwerde wird im Beschwerderegister der Gewaltschutzkoordination erfasst – auch mündliche Beschwerden, die Mitarbeitende entgegennehmen.',
        'Deutet eine Beschwerde auf Gewalt oder eine akute Gefahr hin, gilt sofort der passende Ablaufplan; das Beschwerdeverfahren läuft daneben weiter.',
        'Die beschwerdeführende Person erhält innerhalb von drei Werktagen eine Eingangsbestätigung, sofern sie erreichbar ist.',
        'Die Beschwerde wird innerhalb von vier Wochen bearbeitet. Dauert es länger, erhält die Person einen Zwischenstand.',
        'Die Person erhält eine Rückmeldung in ihrer Sprache, was geprüft und was veranlasst wurde. Anonyme Beschwerden werden, soweit sie alle betreffen, auf der Tafel „Ihr habt gesagt – wir haben gemacht“ beantwortet.',
        'Ist die Person mit dem Ergebnis nicht einverstanden, kann sie sich an die unabhängige Beschwerdestelle wenden, die den Vorgang mit der Fachdienstleitung Soziales erneut prüft.',
      ],
    },
    { type: 'heading', level: 3, text: 'Schutz der Beschwerdeführenden' },
    {
      type: 'paragraph',
      text: 'Wer sich beschwert, darf dadurch keine Nachteile haben – weder bei der Zimmervergabe noch bei Auskünften oder im Umgang im Alltag. Namen werden nur mit Einverständnis an die Stelle weitergegeben, die die Beschwerde klärt. Hinweise auf Benachteiligung nach einer Beschwerde werden selbst wie eine Beschwerde über Mitarbeitende behandelt.',
    },
    { type: 'heading', level: 3, text: 'Beschwerden über Mitarbeitende und Sicherheitskräfte' },
    {
      type: 'paragraph',
      text: 'Beschwerden über Beschäftigte werden nie von der betroffenen Person oder ihrem direkten Team bearbeitet. Sie gehen an die Gewaltschutzkoordination, die den Arbeitgeber und die Fachdienstleitung Soziales unterrichtet. Bis zur Klärung hat die beschuldigte Person keinen Kontakt zur beschwerdeführenden Person; Sicherheitskräfte werden auf Verlangen des Landkreises in einer anderen Schicht oder an einem anderen Ort eingesetzt. Besteht der Verdacht einer Straftat, wird die Polizei eingeschaltet, wenn die betroffene Person zustimmt oder eine Gefahr für andere besteht. Die unabhängige Beschwerdestelle kann die betroffene Person auf Wunsch durch das Verfahren begleiten.',
    },
    { type: 'heading', level: 3, text: 'Auswertung' },
    {
      type: 'paragraph',
      text: 'Die Gewaltschutzkoordination wertet das Beschwerderegister vierteljährlich ohne Namen aus – nach Unterkunft, Thema, Beschwerdeweg und Bearbeitungsdauer – und berichtet der Steuerungsgruppe. Die unabhängige Beschwerdestelle legt halbjährlich einen eigenen kurzen Bericht vor. Gehen aus einer Unterkunft über längere Zeit keine Beschwerden ein, wird geprüft, ob die Wege dort bekannt sind.',
    },
    {
      type: 'paragraph',
      text: 'Für Menschen mit Seh-, Hör- oder kognitiven Beeinträchtigungen gibt es das Beschwerdeformular in Leichter Sprache und als Audiofassung; die Ansprechpersonen nehmen Beschwerden auch mündlich auf und organisieren bei Bedarf eine Gebärdensprachdolmetschung.',
    },
  ],
};

export const kooperation: DemoSectionContent = {
  key: 'kooperation',
  status: 'in_progress',
  checklistDone: ['kooperation-polizei', 'kooperation-gesundheit-bildung', 'sprachmittlung', 'trauma-partner'],
  blocks: [
    {
      type: 'paragraph',
      text: 'Der Landkreis arbeitet im Gewaltschutz mit den folgenden Stellen zusammen. Die Telefonnummern und Erreichbarkeiten stehen im Kontaktverzeichnis (Anlage).',
    },
    {
      type: 'table',
      header: ['Partner', 'Zweck der Zusammenarbeit', 'Form (Vereinbarung, Austausch)', 'Zuständige Funktion', 'Stand'],
      rows: [
        [
          'Jugendamt des Landkreises, Allgemeiner Sozialer Dienst und Rufbereitschaft',
          'Kinderschutz (Gefährdungseinschätzung und Beratung nach § 8b Abs. 1 SGB VIII und § 4 KKG), unbegleitete Minderjährige',
          'Kooperationsvereinbarung mit beiden Betreibern (Beratung nach § 8b Abs. 1 SGB VIII und § 4 KKG)',
          'Teamleitung Allgemeiner Sozialer Dienst',
          'Entwurf liegt vor, Unterzeichnung bis 31.01.2027 vorgesehen',
        ],
        [
          'Erziehungsberatungsstelle Musterstadt',
          'insoweit erfahrene Fachkraft für die Gefährdungseinschätzung',
          'Leistungsvereinbarung mit dem Jugendamt',
          'Fachberatung Kinderschutz',
          'besteht seit 2025',
        ],
        [
          'Kinderschutzbund Kreisverband Musterland e. V.',
          'Elternkurse, Präventionsangebote für Kinder, Beratung von Eltern',
          'Austausch nach Bedarf, Kurse in beiden Unterkünften',
          'Geschäftsführung',
          'besteht',
        ],
        [
          'Polizeiinspektion Musterstadt',
          'Gefahrenabwehr, Wegweisung bei häuslicher Gewalt, Prävention, Schulungen',
          'schriftliche Kooperationsabsprache, halbjährlicher Austausch',
          'Präventionsteam, Beauftragte für Opferschutz',
          'abgestimmt im Oktober 2026',
        ],
        [
          'BISS Musterland',
          'Beratung nach häuslicher Gewalt, auch aufsuchend nach Polizeieinsätzen',
          'Mitglied der Steuerungsgruppe, anonyme Fallberatung',
          'Beratung und Intervention',
          'besteht',
        ],
        [
          'Frauenhaus Musterland und Frauen- und Mädchenberatungsstelle Musterstadt',
          'Schutzunterkunft, Beratung nach sexualisierter Gewalt, Frauengruppen',
          'halbjährlicher Austausch, Informationsnachmittage',
          'Leitung Frauenhaus, Beratung',
          'besteht',
        ],
        [
          'Fachberatung gegen Menschenhandel Nord-Musterland',
          'Beratung Betroffener, Schulung',
          'Fallberatung bei Bedarf',
          'Fachberatung',
          'Kontakt hergestellt, Vereinbarung offen',
        ],
        [
          'Queeres Netzwerk Musterland',
          'Beratung von LSBTI*-Geflüchteten, sichere Unterbringung, Schulungen',
          'Schulungsvereinbarung, vertrauliche Fallberatung',
          'Beratung',
          'in Abstimmung',
        ],
        [
          'Psychosoziales Zentrum für Geflüchtete Musterland',
          'Beratung und Therapie mit Sprachmittlung, Sprechstunde Am Lindenhof',
          'Kooperationsvereinbarung',
          'Leitung',
          'besteht',
        ],
        [
          'Sozialpsychiatrischer Dienst im Gesundheitsamt',
          'Krisenintervention, Hilfen bei psychischen Erkrankungen',
          'Absprache zur Erreichbarkeit',
          'Leitung',
          'besteht',
        ],
        [
          'Gesundheitsamt',
          'Sprechstunde, Impfungen, Vermittlung in die Regelversorgung',
          'monatliche Sprechstunde Am Lindenhof',
          'Sachgebiet Gesundheitsschutz',
          'besteht',
        ],
        [
          'Teilhabeberatung im Landkreis, Eingliederungshilfe',
          'Unterstützung von Menschen mit Behinderung',
          'Fallberatung bei Bedarf',
          'Beratung',
          'in Abstimmung',
        ],
        [
          'Ausländerbehörde des Landkreises',
          'Verlegung und Änderung der Wohnsitzauflage nach Gewalt',
          'Verfahrensabsprache: Entscheidung innerhalb von zwei Werktagen',
          'Sachgebietsleitung Aufenthalt',
          'abgestimmt im September 2026',
        ],
        [
          'Kitas, Schulen und Bildungsbüro',
          'Anmeldung, Zusammenarbeit bei Auffälligkeiten',
          'Austausch nach Bedarf',
          'Bildungsbüro',
          'besteht',
        ],
        [
          'regionale Kontaktstelle von DeBUG 2.0',
          'Prozessberatung, Moderation, Kommentierung der Entwürfe',
          'Beratung',
          'zuständige Beraterin',
          'besteht seit April 2026',
        ],
      ],
    },
    { type: 'heading', level: 3, text: 'Vereinbarung mit dem Jugendamt' },
    {
      type: 'paragraph',
      text: 'Der Entwurf der Kooperationsvereinbarung zwischen Jugendamt und beiden Betreibern regelt, dass sich die Fachkräfte der Unterkünfte bei gewichtigen Anhaltspunkten von der insoweit erfahrenen Fachkraft der Erziehungsberatungsstelle Musterstadt beraten lassen – darauf haben sie nach § 8b Abs. 1 SGB VIII und § 4 KKG Anspruch –, die Gefährdungseinschätzung mit dem abgestimmten Bogen dokumentieren und das Jugendamt informieren, wenn die Gefährdung nicht anders abgewendet werden kann. Außerhalb der Dienstzeiten ist die Rufbereitschaft des Jugendamts über die Kreisleitstelle rund um die Uhr erreichbar. Unbegleitete Minderjährige werden dem Jugendamt sofort gemeldet.',
    },
    { type: 'heading', level: 3, text: 'Sprachmittlung' },
    {
      type: 'paragraph',
      text: 'Der Sprachmittlungspool Musterland stellt Sprachmittler:innen für geplante Gespräche; Anfragen nimmt er montags bis freitags von 8 bis 18 Uhr entgegen, Videodolmetschen ist auch kurzfristig möglich. Für Notfälle außerhalb dieser Zeiten hat der Landkreis einen Telefondolmetschdienst beauftragt, der rund um die Uhr erreichbar ist. Bei Gesprächen über Gewalt übersetzen nie Angehörige, Mitbewohnende oder Kinder. Die betroffene Person kann das Geschlecht der Sprachmittlung wählen und eine Sprachmittlung aus ihrem persönlichen Umfeld ablehnen.',
    },
    { type: 'heading', level: 3, text: 'Austausch im Netzwerk' },
    {
      type: 'paragraph',
      text: 'Einmal im Jahr lädt die Gewaltschutzkoordination alle Partner zu einem Netzwerktreffen ein, bei dem die Ablaufpläne und die Erfahrungen des Jahres besprochen werden. Das erste Treffen ist für März 2027 geplant.',
    },
    {
      type: 'paragraph',
      text: '**Noch offen:** Die Vereinbarung mit dem Jugendamt wird im Januar 2027 unterzeichnet. Mit der Fachberatung gegen Menschenhandel Nord-Musterland, dem Queeren Netzwerk Musterland und der Teilhabeberatung sollen bis zur Fortschreibung schriftliche Absprachen getroffen werden.',
    },
  ],
};
