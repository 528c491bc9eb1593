import type { AbschnittEntwurf } from './gliederung';

export const verantwortlichkeiten = {
  key: 'verantwortlichkeiten',
  title: 'Verantwortlichkeiten und Steuerungsgruppe',
  purpose:
    'Der Abschnitt legt fest, wer für Umsetzung, Koordination und Fortschreibung des Konzepts verantwortlich ist, wer in der Steuerungsgruppe mitwirkt und wie Vorfälle gemeldet werden.',
  required: true,
  standards: [1, 3],
  guidance: [
    {
      type: 'paragraph',
      text: 'Ein Konzept wirkt nur, wenn klar ist, wer was tut. Unklare Zuständigkeiten gehören zu den häufigsten Befunden der DeBUG-Beratung. Dieser Abschnitt benennt deshalb alle Rollen – von der Verwaltungsspitze bis zur Nachtschicht des Sicherheitsdienstes – mit ihren Aufgaben, Befugnissen und Vertretungen.',
    },
    { type: 'heading', level: 3, text: 'Was hierher gehört' },
    {
      type: 'bulletList',
      items: [
        '**Gesamtverantwortung:** zum Beispiel Dezernat oder Fachbereichsleitung – beschließt Maßnahmen, stellt Ressourcen bereit, berichtet der Politik',
        '**Gewaltschutzkoordination:** Aufgaben, Stellenanteil, Vertretung und Befugnisse gegenüber Betreibern',
        '**Steuerungsgruppe:** Zusammensetzung, Sitzungsrhythmus, Aufgaben. Typisch sind Verwaltung, Betreiber, Soziale Arbeit, Sicherheitsdienst, Jugendamt, Gleichstellungsbeauftragte, Fachberatungsstellen und eine Vertretung der Bewohner:innen',
        '**Ansprechpersonen für Gewaltschutz in jeder Unterkunft**, möglichst eine Frau und ein Mann',
        '**Meldewege:** wer wen innerhalb welcher Frist informiert – auch wenn die Unterkunft von einem Dritten betrieben wird',
        '**Schnittstellen** zu Jugendamt, Ausländerbehörde, Gesundheitsamt und Polizei',
      ],
    },
    {
      type: 'paragraph',
      text: 'Tragen Sie hier Rollen ein, keine Namen. Namen und Telefonnummern gehören ins Kontaktverzeichnis (Anlage). So muss das Konzept bei einem Personalwechsel nicht neu beschlossen werden.',
    },
    { type: 'heading', level: 3, text: 'Worauf die Beratung achtet' },
    {
      type: 'paragraph',
      text: 'Die Beratung prüft, ob jede Aufgabe aus den Ablaufplänen, dem Beschwerdemanagement und dem Monitoring einer Rolle zugeordnet ist und ob es Vertretungen gibt. Eine Koordination ohne festen Zeitanteil oder ohne Informationsrechte gegenüber Betreibern kann ihre Aufgabe kaum erfüllen. Und: Die Kommune muss von gravierenden Vorfällen erfahren, auch wenn sie die Unterkunft nicht selbst betreibt.',
    },
    { type: 'heading', level: 3, text: 'Häufige Lücken' },
    {
      type: 'bulletList',
      items: [
        'Die Koordination wird „nebenbei“ erledigt, ohne Stellenanteil.',
        'Es gibt keine Vertretung und keine Erreichbarkeit außerhalb der Dienstzeiten.',
        'Der Meldeweg endet beim Betreiber; die Kommune erfährt von Vorfällen nichts.',
        'Die Steuerungsgruppe hat sich nur bis zum Beschluss getroffen.',
      ],
    },
  ],
  questions: [
    'Wer trägt die Gesamtverantwortung, und wer koordiniert den Gewaltschutz im Alltag – mit welchem Zeitanteil?',
    'Wer gehört zur Steuerungsgruppe, wie oft tagt sie, und was entscheidet sie?',
    'Wer ist in jeder Unterkunft Ansprechperson für Gewaltschutz, und gibt es dort eine weibliche Ansprechperson?',
    'Wie erfährt die Kommune von Vorfällen in Unterkünften, die Dritte betreiben?',
    'Wer vertritt die Koordination bei Abwesenheit?',
  ],
  starter: [
    {
      type: 'table',
      header: ['Rolle', 'Aufgaben im Gewaltschutz', 'Stelle / Organisation', 'Vertretung'],
      rows: [
        ['Gesamtverantwortung', 'Beschluss, Ressourcen, Berichte an die Politik', '{{concept.responsible}}', ''],
        ['Gewaltschutzkoordination', 'Steuerung, Fortschreibung, Ansprechstelle für Betreiber und Beratung', '{{coordination.stelle}} ({{concept.coordinator}})', ''],
        ['Leitung der Unterkunft', 'Umsetzung vor Ort, Meldung von Vorfällen', '', ''],
        ['Ansprechpersonen für Gewaltschutz in der Unterkunft', 'erste Anlaufstelle für Bewohner:innen und Personal', '', ''],
        ['Objektleitung Sicherheitsdienst', 'Sofortmaßnahmen, Einhaltung des Verhaltenskodex durch die Sicherheitskräfte', '', ''],
        ['Kontaktperson im Jugendamt', 'Kinderschutz, Beratung bei Gefährdung', '', ''],
      ],
    },
  ],
  textBlocks: [
    {
      key: 'koordination',
      title: 'Gewaltschutzkoordination',
      blocks: [
        {
          type: 'paragraph',
          text: 'Die Gewaltschutzkoordination für alle Unterkünfte {{district.gen}} ist bei folgender Stelle angesiedelt: {{coordination.stelle}}. Sie wird von {{concept.coordinator}} wahrgenommen; dafür steht ein Stellenanteil von [Umfang] zur Verfügung. Zu ihren Aufgaben gehören:',
        },
        {
          type: 'bulletList',
          items: [
            'Steuerung der Umsetzung und der Fortschreibung des Konzepts,',
            'Geschäftsführung der Steuerungsgruppe,',
            'Ansprechstelle für Betreiber, Sicherheitsdienste, Fachberatungsstellen und die DeBUG-Beratung,',
            'Auswertung der Vorfallmeldungen und Beschwerden in anonymisierter Form,',
            'Planung der Schulungen gemeinsam mit den Betreibern,',
            'jährlicher Bericht an [zuständiges Gremium].',
          ],
        },
        {
          type: 'paragraph',
          text: 'Die Koordination kann sich in allen Unterkünften ein Bild von der Umsetzung machen und wird über gravierende Vorfälle unverzüglich informiert. Bei Abwesenheit wird sie durch [Funktion] vertreten.',
        },
      ],
    },
    {
      key: 'steuerungsgruppe',
      title: 'Steuerungsgruppe',
      blocks: [
        {
          type: 'paragraph',
          text: 'Eine Steuerungsgruppe begleitet Umsetzung, Monitoring und Fortschreibung des Konzepts. Ihr gehören an:',
        },
        {
          type: 'bulletList',
          items: [
            'die verantwortliche Stelle ({{concept.responsible}}) mit dem Vorsitz und die Gewaltschutzkoordination,',
            'die Leitungen der Unterkünfte bzw. Vertretungen der Betreiber,',
            'eine Vertretung der Sozialen Arbeit und des Sicherheitsdienstes,',
            'das Jugendamt und die Gleichstellungsbeauftragte,',
            'bei Bedarf Fachberatungsstellen und die regionale Kontaktstelle von DeBUG 2.0.',
          ],
        },
        {
          type: 'paragraph',
          text: 'Die Steuerungsgruppe tagt mindestens [zweimal] im Jahr sowie anlassbezogen nach gravierenden Vorfällen. Die Perspektive der Bewohner:innen wird über die Beiräte oder gesonderte Gesprächsrunden eingebracht.',
        },
      ],
    },
    {
      key: 'meldeweg',
      title: 'Interner Meldeweg',
      blocks: [
        {
          type: 'orderedList',
          items: [
            'Wer Gewalt beobachtet oder davon erfährt, sorgt zuerst für Sicherheit und handelt nach dem passenden Ablaufplan.',
            'Die Leitung der Unterkunft wird sofort informiert, außerhalb der Dienstzeit über die Rufbereitschaft.',
            'Die Leitung meldet gravierende Vorfälle innerhalb von 24 Stunden an die Gewaltschutzkoordination – ohne Namen, soweit diese für die Steuerung nicht erforderlich sind.',
            'Die Gewaltschutzkoordination informiert bei Bedarf die Gesamtverantwortung und wertet alle Meldungen regelmäßig aus.',
          ],
        },
      ],
    },
  ],
  checklist: [
    {
      key: 'koordination-benannt',
      text: 'Gesamtverantwortung und Gewaltschutzkoordination sind benannt; die Koordination hat einen festen Zeitanteil.',
      standard: 1,
      level: 'typisch',
    },
    {
      key: 'vertretung',
      text: 'Für jede Schlüsselrolle ist eine Vertretung festgelegt.',
      standard: 3,
      level: 'empfohlen',
    },
    {
      key: 'meldewege',
      text: 'Interne Melde- und Informationswege mit Fristen sind beschrieben, auch für Unterkünfte in Trägerschaft Dritter.',
      standard: 3,
      level: 'typisch',
    },
    {
      key: 'steuerungsgruppe',
      text: 'Eine Steuerungsgruppe mit festem Sitzungsrhythmus ist eingerichtet.',
      standard: 3,
      level: 'typisch',
    },
    {
      key: 'weibliche-ansprechperson',
      text: 'In jeder Unterkunft gibt es eine weibliche Ansprechperson für Gewaltschutz.',
      standard: 2,
      level: 'typisch',
    },
  ],
  legalRefs: ['mindeststandards'],
} satisfies AbschnittEntwurf;
