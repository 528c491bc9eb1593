import { glossar } from './anlage-glossar';
import type { AbschnittEntwurf } from './gliederung';

const kontaktverzeichnis = {
  key: 'anlage-kontakte',
  title: 'Kontaktverzeichnis',
  purpose:
    'Das Kontaktverzeichnis nennt alle Stellen aus den Ablaufplänen mit örtlicher Nummer, Erreichbarkeit, Sprachen und Prüfdatum.',
  required: false,
  standards: [3],
  guidance: [
    {
      type: 'paragraph',
      text: 'Das Kontaktverzeichnis wird im Ernstfall als Erstes gebraucht. Es enthält die bundesweiten Notruf- und Hilfenummern und vor allem die **örtlichen** Stellen, die in den Ablaufplänen genannt sind – mit Telefonnummer, Erreichbarkeit (auch nachts und am Wochenende), Sprachen und dem Datum der letzten Prüfung. Pflegen Sie die Einträge im Kontaktverzeichnis der Werkstatt: Der Export setzt daraus den Anhang „Kontaktverzeichnis“ zusammen, und die Spalte „Erreichbarkeit“ der Ablaufpläne zeigt die örtlichen Einträge der passenden Kategorie. Hier legen Sie fest, wer das Verzeichnis aktuell hält.',
    },
    { type: 'paragraph', text: 'Typische örtliche Kategorien:' },
    {
      type: 'bulletList',
      items: [
        'Jugendamt (auch Bereitschaftsdienst), insoweit erfahrene Fachkraft, Kinderschutzbund',
        'Polizei (örtliche Dienststelle, Opferschutz)',
        'Frauenhaus, Frauenberatungsstelle, Interventionsstelle bei häuslicher Gewalt (in Niedersachsen: BISS)',
        'Fachberatung Menschenhandel, LSBTI*-Beratung, Fachberatung zu Zwangsverheiratung und Genitalverstümmelung',
        'Beratung für Betroffene rechter, rassistischer und antisemitischer Gewalt',
        'psychosoziales Zentrum, sozialpsychiatrischer Dienst, Gesundheitsamt',
        'Ausländerbehörde, Gleichstellungsbeauftragte, Migrationsberatung',
        'Sprachmittlung, unabhängige Beschwerdestelle, regionale Kontaktstelle von DeBUG 2.0',
      ],
    },
    {
      type: 'paragraph',
      text: 'Prüfen Sie alle Nummern mindestens halbjährlich durch einen Anruf und tragen Sie das Prüfdatum ein. Eine Liste nur mit bundesweiten Hotlines ist einer der häufigsten Befunde der Beratung.',
    },
  ],
  questions: [
    'Welche örtlichen Stellen sind auch nachts und am Wochenende erreichbar?',
    'Wer prüft die Nummern, und wie oft?',
    'In welchen Sprachen beraten die Stellen, und wie wird Sprachmittlung organisiert?',
  ],
  // One directory: the table itself is the export's annex „Kontaktverzeichnis“, built from the district's
  // records, and the Ablaufpläne take their local numbers from the same records (`{{kontakt.…}}`).
  starter: [
    {
      type: 'paragraph',
      text: 'Das Kontaktverzeichnis steht als Anhang „Kontaktverzeichnis“ am Ende dieses Dokuments. Es wird aus den Kontaktdaten {{district.gen}} erzeugt und nennt die bundesweiten Notruf- und Hilfenummern und die örtlichen Stellen – jeweils mit Telefonnummer, Erreichbarkeit, Sprachen und dem Datum der letzten Prüfung. Die Ablaufpläne übernehmen ihre örtlichen Nummern aus demselben Verzeichnis; eine Änderung dort gilt deshalb im ganzen Konzept.',
    },
    {
      type: 'paragraph',
      text: 'Nicht alle bundesweiten Hilfetelefone sind rund um die Uhr erreichbar. Wer auf ein Hilfetelefon verweist, nennt dessen Sprechzeiten und für die übrige Zeit eine Stelle, die dann erreichbar ist.',
    },
    {
      type: 'paragraph',
      text: 'Das Verzeichnis enthält für jede Stelle aus den Ablaufplänen einen örtlichen Eintrag, insbesondere:',
    },
    {
      type: 'bulletList',
      items: [
        'Polizei (örtliche Dienststelle) und Jugendamt mit Bereitschaftsdienst außerhalb der Dienstzeiten,',
        'insoweit erfahrene Fachkraft, Frauenberatung, Interventionsstelle bei häuslicher Gewalt und Frauenhaus,',
        'Fachberatung Menschenhandel, LSBTI*-Beratung und sozialpsychiatrischer Dienst bzw. Krisendienst,',
        'Ausländerbehörde, unabhängige Beschwerdestelle und die regionale Kontaktstelle von DeBUG 2.0.',
      ],
    },
  ],
  textBlocks: [
    {
      key: 'pflege-kontakte',
      title: 'Pflege des Kontaktverzeichnisses',
      blocks: [
        {
          type: 'paragraph',
          text: 'Die Gewaltschutzkoordination ({{coordination.stelle}}) pflegt das Kontaktverzeichnis und prüft es mindestens halbjährlich. Änderungen werden den Unterkünften sofort mitgeteilt, die Aushänge werden ausgetauscht. Stand des Verzeichnisses: {{today}}.',
        },
      ],
    },
  ],
  checklist: [
    {
      key: 'oertliche-nummern',
      text: 'Für jede in den Ablaufplänen genannte Stelle ist eine örtliche Nummer eingetragen.',
      standard: 3,
      level: 'typisch',
    },
    {
      key: 'erreichbarkeit-nachts',
      text: 'Die Erreichbarkeit außerhalb der Dienstzeiten ist angegeben.',
      standard: 3,
      level: 'typisch',
    },
    {
      key: 'pruefdatum',
      text: 'Jeder Eintrag hat ein Prüfdatum, das nicht älter als sechs Monate ist.',
      standard: 6,
      level: 'empfohlen',
    },
  ],
} satisfies AbschnittEntwurf;

const verhaltenskodex = {
  key: 'anlage-verhaltenskodex',
  title: 'Verhaltenskodex und Selbstverpflichtung',
  purpose:
    'Der Verhaltenskodex beschreibt verbindlich, wie sich alle in den Unterkünften Tätigen verhalten; mit dem Unterschriftenblatt verpflichten sie sich persönlich darauf.',
  required: false,
  standards: [2],
  guidance: [
    {
      type: 'paragraph',
      text: 'Der Verhaltenskodex beschreibt in wenigen, klaren Sätzen, wie sich alle verhalten, die in den Unterkünften arbeiten oder sich engagieren. Mit ihrer Unterschrift verpflichten sie sich persönlich darauf. Er wirkt am besten, wenn er mit den Mitarbeitenden erarbeitet, in der Einarbeitung besprochen und regelmäßig im Team aufgegriffen wird.',
    },
    {
      type: 'paragraph',
      text: 'Regeln Sie insbesondere Nähe und Distanz (keine intimen Beziehungen zu Bewohner:innen, keine Geschenke oder Gegenleistungen, keine privaten Fotos), den Schutz der Privatsphäre (Anklopfen, Betreten von Zimmern), den Umgang mit Kindern, die Pflicht zum Handeln und Melden sowie das Verbot jeder Form von Gewalt und Diskriminierung. Legen Sie fest, wo die unterschriebenen Erklärungen aufbewahrt werden.',
    },
    {
      type: 'paragraph',
      text: '**Häufige Lücken:** Der Kodex nennt keine Folgen bei Verstößen; Unterschriften von Sicherheitskräften und Ehrenamtlichen fehlen.',
    },
  ],
  questions: [
    'Wer hat den Kodex mit erarbeitet, und wann wird er mit neuen Mitarbeitenden besprochen?',
    'Wer unterschreibt den Kodex, und wo werden die Erklärungen aufbewahrt?',
    'Was geschieht bei Verstößen?',
  ],
  starter: [
    { type: 'heading', level: 3, text: 'Verhaltenskodex' },
    {
      type: 'paragraph',
      text: 'Ich arbeite in den Unterkünften {{district.gen}} oder engagiere mich dort. Ich verpflichte mich:',
    },
    {
      type: 'orderedList',
      items: [
        'Ich achte die Würde, die Privatsphäre und die Selbstbestimmung aller Bewohner:innen – unabhängig von Herkunft, Geschlecht, Alter, Religion, sexueller Orientierung, geschlechtlicher Identität oder Behinderung.',
        'Ich übe keine Gewalt aus – weder körperlich noch sexualisiert noch psychisch – und schaue nicht weg, wenn andere es tun.',
        'Ich nutze meine Position nicht aus: keine intimen Beziehungen zu Bewohner:innen, keine Gegenleistungen für Hilfe, keine Geschenke von Wert.',
        'Ich betrete Zimmer nur nach Anklopfen und Ankündigung, außer bei Gefahr.',
        'Ich fotografiere oder filme Bewohner:innen nicht privat und verbreite keine Bilder von ihnen.',
        'Ich achte die Grenzen von Kindern und bin mit ihnen nicht ohne Anlass allein in geschlossenen Räumen.',
        'Ich behandle alles, was ich über Bewohner:innen erfahre, vertraulich und gebe es nur im Rahmen der Abläufe dieses Konzepts weiter.',
        'Wenn ich Gewalt beobachte oder davon erfahre, handle ich nach den Ablaufplänen und informiere die zuständige Leitung – auch wenn Kolleg:innen beteiligt sind.',
        'Ich nehme an den für mich vorgesehenen Schulungen teil.',
        'Mir ist bekannt, dass Verstöße arbeitsrechtliche Folgen, den Ausschluss von der Tätigkeit oder eine Strafanzeige nach sich ziehen können.',
      ],
    },
    { type: 'heading', level: 3, text: 'Unterschriftenblatt' },
    {
      type: 'paragraph',
      text: 'Mit meiner Unterschrift bestätige ich, dass ich den Verhaltenskodex und das Gewaltschutzkonzept {{district.gen}} erhalten und verstanden habe und mich daran halte.',
    },
    {
      type: 'table',
      header: ['Angabe', 'Eintrag'],
      rows: [
        ['Name, Vorname', ''],
        ['Funktion', ''],
        ['Organisation (Arbeitgeber bzw. ehrenamtlich)', ''],
        ['Unterkunft', ''],
        ['Ort, Datum', ''],
        ['Unterschrift', ''],
      ],
    },
  ],
  textBlocks: [
    {
      key: 'ergaenzung-ehrenamt',
      title: 'Ergänzung für Ehrenamtliche',
      blocks: [
        {
          type: 'paragraph',
          text: 'Ehrenamtliche stimmen ihre Angebote mit der Leitung der Unterkunft ab, legen vor Beginn ein erweitertes Führungszeugnis vor und nehmen an der Einführung in dieses Konzept teil. Sie nehmen Bewohner:innen nicht ohne Absprache mit zu sich nach Hause und übernehmen keine Aufgaben, die Fachkräften vorbehalten sind, etwa die Einschätzung einer Kindeswohlgefährdung.',
        },
      ],
    },
  ],
  checklist: [
    {
      key: 'kodex-unterschrieben',
      text: 'Alle Mitarbeitenden, Sicherheitskräfte und Ehrenamtlichen haben den Kodex unterschrieben; die Erklärungen werden sicher aufbewahrt.',
      standard: 2,
      level: 'typisch',
    },
    {
      key: 'naehe-distanz',
      text: 'Der Kodex regelt Nähe und Distanz, Privatsphäre, den Umgang mit Kindern und die Pflicht zum Melden.',
      standard: 2,
      level: 'typisch',
    },
    {
      key: 'kodex-besprechen',
      text: 'Der Kodex wird in der Einarbeitung und regelmäßig im Team besprochen.',
      standard: 2,
      level: 'empfohlen',
    },
  ],
  legalRefs: ['sgb8-72a', 'bzrg-30a'],
} satisfies AbschnittEntwurf;

const formulare = {
  key: 'anlage-formulare',
  title: 'Formulare und Vorlagen',
  purpose:
    'Einheitliche Formulare für Vorfälle, Meldungen und Beschwerden sorgen dafür, dass alle Unterkünfte gleich dokumentieren.',
  required: false,
  standards: [4, 3],
  guidance: [
    {
      type: 'paragraph',
      text: 'Einheitliche Formulare sorgen dafür, dass in allen Unterkünften gleich dokumentiert wird und die Daten für das Monitoring vergleichbar sind. Halten Sie sie kurz: Was im Ernstfall mehr als zwei Seiten umfasst, wird nicht ausgefüllt.',
    },
    {
      type: 'bulletList',
      items: [
        'Dokumentationsbogen für Vorfälle',
        'Meldung an die Gewaltschutzkoordination (ohne Namen)',
        'Beschwerdeformular für Bewohner:innen – mehrsprachig und mit Piktogrammen',
        'Vorlage zur Gefährdungseinschätzung im Kinderschutz, abgestimmt mit dem Jugendamt',
        'Hilfeliste für die Räumung und Vorlage für den persönlichen Krisenplan – als leere Vorlagen; ausgefüllt gehören sie in die Unterlagen der Unterkunft bzw. zur betroffenen Person, nie in das Konzept',
        'Nachweis der Einsichtnahme in das erweiterte Führungszeugnis',
        'Protokollvorlage für Beteiligungsformate',
      ],
    },
    {
      type: 'paragraph',
      text: 'Stimmen Sie Formulare, die personenbezogene Daten enthalten, mit der oder dem Datenschutzbeauftragten ab.',
    },
  ],
  questions: [
    'Welche Formulare werden in allen Unterkünften einheitlich verwendet?',
    'Welche Formulare müssen für Bewohner:innen übersetzt werden, und in welche Sprachen?',
    'Sind die Formulare mit dem Datenschutz und dem Jugendamt abgestimmt?',
  ],
  starter: [
    { type: 'heading', level: 3, text: 'Dokumentationsbogen für Vorfälle' },
    {
      type: 'table',
      header: ['Feld', 'Eintrag'],
      rows: [
        ['Unterkunft', ''],
        ['Datum und Uhrzeit des Vorfalls', ''],
        ['Ort in der Unterkunft', ''],
        ['Art des Vorfalls (nach Ablaufplan)', ''],
        ['Was ist geschehen? (sachlich; Aussagen möglichst wörtlich)', ''],
        ['Beteiligte Personen (nur in der Falldokumentation, nie in Meldungen)', ''],
        ['Sofortmaßnahmen', ''],
        ['Informierte Stellen mit Uhrzeit', ''],
        ['Einsatznummer der Polizei', ''],
        ['Vereinbarte Nachsorge', ''],
        ['Dokumentiert von (Funktion), Datum', ''],
      ],
    },
    { type: 'heading', level: 3, text: 'Meldung an die Gewaltschutzkoordination (ohne Namen)' },
    {
      type: 'table',
      header: ['Feld', 'Eintrag'],
      rows: [
        ['Unterkunft', ''],
        ['Datum', ''],
        ['Art des Vorfalls', ''],
        ['Betroffene Gruppe (z. B. Frau, Kind, Mitarbeitende)', ''],
        ['Eingeleitete Maßnahmen', ''],
        ['Beteiligte Stellen', ''],
        ['Unterstützungsbedarf durch die Koordination', ''],
      ],
    },
  ],
  textBlocks: [
    {
      key: 'beschwerdeformular',
      title: 'Beschwerdeformular für Bewohner:innen',
      blocks: [
        { type: 'heading', level: 3, text: 'Ihre Beschwerde, Ihr Hinweis, Ihre Idee' },
        {
          type: 'paragraph',
          text: 'Sie können uns Ihre Beschwerde, Ihren Hinweis oder Ihre Idee mitteilen. Sie müssen Ihren Namen nicht angeben. Niemand darf Sie wegen einer Beschwerde schlechter behandeln.',
        },
        {
          type: 'table',
          header: ['Frage', 'Ihre Antwort'],
          rows: [
            ['Worum geht es?', ''],
            ['Wann und wo ist es passiert?', ''],
            ['Was wünschen Sie sich?', ''],
            ['Möchten Sie eine Antwort? Wenn ja: Wie erreichen wir Sie?', ''],
          ],
        },
        {
          type: 'paragraph',
          text: 'Werfen Sie das Formular in den Briefkasten [Ort] oder wenden Sie sich an die unabhängige Beschwerdestelle: [Telefon, Sprechzeiten].',
        },
      ],
    },
  ],
  checklist: [
    {
      key: 'einheitliche-formulare',
      text: 'Alle Unterkünfte nutzen dieselben Formulare für Vorfälle und Meldungen.',
      standard: 4,
      level: 'empfohlen',
    },
    {
      key: 'beschwerdeformular',
      text: 'Ein mehrsprachiges Beschwerdeformular liegt frei zugänglich aus.',
      standard: 3,
      level: 'typisch',
    },
    {
      key: 'formulare-datenschutz',
      text: 'Formulare mit personenbezogenen Daten sind mit dem Datenschutz abgestimmt.',
      standard: 6,
      level: 'empfohlen',
    },
  ],
  legalRefs: ['dsgvo'],
} satisfies AbschnittEntwurf;

export const anlagen = {
  key: 'anlagen',
  startsPart: true,
  title: 'Anlagen',
  purpose:
    'Die Anlagen enthalten alles, was sich häufiger ändert als das Konzept oder im Alltag einzeln gebraucht wird: Kontaktverzeichnis, Verhaltenskodex mit Unterschriftenblatt und Formulare.',
  required: false,
  standards: [2, 3],
  guidance: [
    {
      type: 'paragraph',
      text: 'In die Anlagen gehört alles, was sich häufiger ändert als das Konzept selbst oder was im Alltag einzeln gebraucht wird. So bleibt der beschlossene Hauptteil stabil, während Telefonnummern oder Formulare ohne neuen Beschluss aktualisiert werden können. Legen Sie im Konzept fest, wer die Anlagen pflegt und wie Änderungen bekannt gemacht werden.',
    },
    { type: 'heading', level: 3, text: 'Was hierher gehört' },
    {
      type: 'bulletList',
      items: [
        'das **Kontaktverzeichnis** mit Notrufnummern, bundesweiten Hilfetelefonen und vor allem den örtlichen Stellen',
        'der **Verhaltenskodex** bzw. die Selbstverpflichtungserklärung mit **Unterschriftenblatt**',
        '**Formulare:** Dokumentationsbogen, Meldung an die Koordination, Beschwerdeformular, Vorlage zur Gefährdungseinschätzung',
        'Aushänge mit Ablaufplänen und Notrufnummern in den Sprachen der Bewohner:innen',
        'unterkunftsbezogene Anlagen, etwa Risikoanalyse und Ansprechpersonen je Standort',
        'Kooperationsvereinbarungen, soweit sie veröffentlicht werden dürfen',
        'ein **Glossar**, das die Fachbegriffe erklärt und festhält, welcher Begriff im Konzept für welche Sache steht',
      ],
    },
    { type: 'heading', level: 3, text: 'Worauf die Beratung achtet' },
    {
      type: 'paragraph',
      text: 'Die Beratung schaut besonders auf das Kontaktverzeichnis: Sind örtliche Nummern eingetragen, auch für Nacht und Wochenende, und wann wurden sie zuletzt geprüft? Beim Verhaltenskodex fragt sie, ob es ein Unterschriftenblatt gibt und ob tatsächlich alle unterschrieben haben – auch Sicherheitskräfte und Ehrenamtliche.',
    },
    { type: 'heading', level: 3, text: 'Häufige Lücken' },
    {
      type: 'bulletList',
      items: [
        'Die Kontaktliste hat kein Prüfdatum und ist veraltet.',
        'Der Verhaltenskodex hat kein Unterschriftenblatt, oder die Unterschriften werden nicht aufbewahrt.',
        'Formulare und Aushänge gibt es nur auf Deutsch.',
      ],
    },
  ],
  questions: [
    'Welche Anlagen brauchen Mitarbeitende im Alltag, und wo liegen sie aus?',
    'Wer hält die Anlagen aktuell, und wie werden Änderungen bekannt gemacht?',
    'Welche Anlagen müssen in welche Sprachen übersetzt werden?',
  ],
  textBlocks: [
    {
      key: 'anlagenverzeichnis',
      title: 'Verzeichnis der Anlagen',
      blocks: [
        {
          type: 'orderedList',
          items: [
            'Kontaktverzeichnis',
            'Verhaltenskodex und Unterschriftenblatt',
            'Dokumentationsbogen für Vorfälle',
            'Meldung an die Gewaltschutzkoordination',
            'Beschwerdeformular für Bewohner:innen',
            'Aushang „Hilfe im Notfall“',
            'Hilfeliste für die Räumung (Vorlage)',
            'Krisenplan der Unterkunft und Vorlage für den persönlichen Krisenplan',
            'Unterkunftsbezogene Anlagen',
            'Glossar',
          ],
        },
        {
          type: 'paragraph',
          text: 'Die Gewaltschutzkoordination ({{coordination.stelle}}) pflegt die Anlagen; sie können ohne erneuten Beschluss aktualisiert werden. Stand: {{today}}.',
        },
      ],
    },
  ],
  checklist: [
    {
      key: 'anlagen-pflege',
      text: 'Es ist geregelt, wer die Anlagen aktualisiert, ohne dass das Konzept neu beschlossen werden muss.',
      standard: 6,
      level: 'empfohlen',
    },
    {
      key: 'mehrsprachig',
      text: 'Formulare und Aushänge für Bewohner:innen liegen in ihren Sprachen vor.',
      standard: 1,
      level: 'typisch',
    },
  ],
  children: [kontaktverzeichnis, verhaltenskodex, formulare, glossar],
} satisfies AbschnittEntwurf;
