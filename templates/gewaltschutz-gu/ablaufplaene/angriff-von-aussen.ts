import type { AbschnittEntwurf } from '../gliederung';
import { LOKAL, NOTRUF, POLIZEI, ablaufplan } from '../util';

export const angriffVonAussen = {
  key: 'intervention-angriff-von-aussen',
  title: 'Angriffe von außen und rassistische Angriffe',
  purpose:
    'Vorgehen bei Angriffen, Drohungen und Anschlägen von außen auf die Unterkunft, ihre Bewohner:innen oder Mitarbeitenden – insbesondere bei rassistischen, antisemitischen, antimuslimischen, queerfeindlichen oder anderen gruppenbezogenen Taten, auch im Umfeld und im Netz.',
  required: true,
  standards: [4, 3],
  annexes: ['trauma'],
  guidance: [
    {
      type: 'paragraph',
      text: 'Unterkünfte und die Menschen, die dort leben und arbeiten, werden immer wieder Ziel von Angriffen: Beleidigungen und Bedrohungen auf dem Weg zur Schule oder zum Bus, Schmierereien, Steinwürfe, Drohbriefe, Hetze in sozialen Medien, Kundgebungen vor dem Gebäude, im schlimmsten Fall Brandanschläge. Für Betroffene ist wichtig, dass das Motiv ernst genommen und benannt wird – als Angriff auf sie, weil sie geflüchtet sind, eine bestimmte Hautfarbe oder Religion haben. Die Neufassung der EU-Aufnahmerichtlinie zählt Menschen, die rassistisch motivierte Gewalt erlebt haben, ausdrücklich zu denen, die besondere Bedürfnisse haben können.',
    },
    {
      type: 'paragraph',
      text: 'Der Plan regelt Schutz und Notruf, die Sicherung von Spuren durch die Polizei, die Weitergabe eines erkennbaren Motivs – politisch motivierte Taten bearbeitet bei der Polizei der Staatsschutz – und die Unterstützung der Betroffenen. Spezialisierte Beratungsstellen für Betroffene rechter, rassistischer und antisemitischer Gewalt beraten kostenfrei, vertraulich und auf Wunsch anonym, auch zu Strafverfahren. Die Kommune informiert die Bewohner:innen zeitnah in ihren Sprachen; Auskünfte an Medien gibt nur die Pressestelle, Bilder von Bewohner:innen werden nicht weitergegeben.',
    },
    {
      type: 'paragraph',
      text: '**Häufige Lücken:** Vorfälle werden als Sachbeschädigung abgelegt, ohne das Motiv zu nennen; Schmierereien werden entfernt, bevor die Polizei sie gesichert hat; Bewohner:innen erfahren nichts und bleiben mit ihrer Angst allein; Angriffe auf dem Weg zur Unterkunft werden nicht erfasst, weil sie „draußen“ geschehen.',
    },
  ],
  questions: [
    'Welche Beratungsstelle für Betroffene rechter, rassistischer und antisemitischer Gewalt ist für Ihre Region zuständig?',
    'Wer ist bei der Polizei Ansprechperson für den Schutz der Unterkünfte, und wie erfährt die Unterkunft von angekündigten Kundgebungen?',
    'Wie und in welchen Sprachen werden Bewohner:innen nach einem Angriff informiert, und wer spricht mit Medien?',
  ],
  starter: ablaufplan({
    ausloeser: [
      'die Unterkunft, Bewohner:innen oder Mitarbeitende von außen angegriffen, beworfen oder bedroht werden,',
      'Bewohner:innen berichten, dass sie auf dem Weg zur Schule, zur Arbeit oder zum Einkaufen beleidigt, bedroht oder angegriffen wurden,',
      'Schmierereien, Symbole, Drohbriefe oder Drohungen in sozialen Medien auftauchen,',
      'Feuer gelegt wurde oder ein Brandanschlag zu befürchten ist,',
      'vor der Unterkunft eine Versammlung stattfindet, die Bewohner:innen einschüchtert.',
    ],
    sofort: [
      `Bei einem Angriff oder einer unmittelbaren Bedrohung sofort die Polizei (${POLIZEI}) rufen, bei Feuer oder Verletzten Feuerwehr und Rettungsdienst (${NOTRUF}).`,
      'Menschen in Sicherheit bringen: Bewohner:innen im Gebäude und von Fenstern und Eingängen zur Straße fernhalten; bei Feuer nach dem Ablaufplan „Brand, Räumung und Evakuierung“ handeln.',
      'Niemand stellt die Angreifenden zur Rede oder verfolgt sie. Beobachtungen – Personen, Fahrzeuge, Kennzeichen, Fluchtrichtung – merken und der Polizei mitteilen.',
      'Spuren nicht verändern: Schmierereien, Gegenstände und Drohbriefe nicht berühren oder entfernen, bis die Polizei sie gesichert hat; Drohungen im Netz mit Bildschirmfoto, Datum und Adresse der Seite sichern.',
      'Verletzte versorgen; Betroffene und Zeug:innen, besonders Kinder, nicht allein lassen.',
      'Der Polizei ausdrücklich mitteilen, wenn ein rassistisches, antisemitisches, antimuslimisches, queerfeindliches oder anderes gruppenbezogenes Motiv zu erkennen ist, etwa durch Parolen, Symbole oder Äußerungen.',
    ],
    informiert: [
      ['Polizei / Feuerwehr und Rettungsdienst', 'sofort', 'wer den Angriff bemerkt', `${POLIZEI} / ${NOTRUF}`],
      ['Leitung der Unterkunft bzw. Rufbereitschaft', 'sofort', 'Sicherheitsdienst bzw. diensthabende Person', '{{kontakt.leitung_unterkunft}}'],
      ['Gewaltschutzkoordination', 'am selben Tag', 'Leitung der Unterkunft', '{{coordination.telefon}}'],
      ['Gesamtverantwortung der Kommune', 'am selben Tag', 'Gewaltschutzkoordination', LOKAL],
      ['Beratungsstelle für Betroffene rechter, rassistischer und antisemitischer Gewalt', 'mit Einverständnis der Betroffenen, zeitnah', 'Soziale Arbeit', LOKAL],
      ['Pressestelle der Kommune', 'vor jeder Auskunft an Medien', 'Gewaltschutzkoordination', LOKAL],
      ['Jugendamt', 'wenn Kinder verletzt wurden oder die Tat miterlebt haben und Unterstützung brauchen', 'Leitung der Unterkunft', '{{kontakt.jugendamt}}'],
    ],
    dokumentation: [
      'Zeit, Ort, Ablauf, erkennbare Parolen oder Symbole und Zeug:innen festhalten; das Motiv so beschreiben, wie es sich gezeigt hat, ohne es abzuschwächen.',
      'Die Einsatz- bzw. Vorgangsnummer der Polizei notieren.',
      'Auch Vorfälle ohne Anzeige – etwa Beleidigungen auf dem Schulweg – an die Gewaltschutzkoordination melden, damit ein Lagebild entsteht.',
    ],
    nachsorge: [
      'Betroffene auf die spezialisierte Beratungsstelle hinweisen und auf Wunsch dorthin begleiten.',
      'Alle Bewohner:innen zeitnah und in ihren Sprachen sachlich informieren: was geschehen ist, was Polizei und Kommune tun, an wen man sich wenden kann.',
      'Schäden zügig beseitigen, sobald die Polizei die Spuren gesichert hat; Mitarbeitenden und Ehrenamtlichen ein Nachgespräch anbieten.',
      'Bei anhaltender Bedrohung mit der Polizei Schutzmaßnahmen vereinbaren, etwa häufigere Streifen, bessere Beleuchtung oder Begleitung auf bestimmten Wegen.',
    ],
    nachbereitung: [
      'Mit Polizei und Kommune das Lagebild auswerten: Häufen sich Vorfälle, sind Kundgebungen angekündigt, wer im Umfeld kann unterstützen?',
      'Die Risikoanalyse für Außenbereiche und Wege ergänzen; Gespräche mit Nachbarschaft, Schulen, Vereinen und Kirchengemeinden anregen.',
    ],
  }),
  checklist: [
    {
      key: 'motiv-benennen',
      text: 'Der Plan sieht vor, ein rassistisches oder anderes gruppenbezogenes Motiv zu dokumentieren und der Polizei mitzuteilen.',
      standard: 4,
      level: 'typisch',
    },
    {
      key: 'opferberatung',
      text: 'Eine Beratungsstelle für Betroffene rechter, rassistischer und antisemitischer Gewalt ist als Partner mit Erreichbarkeit benannt.',
      standard: 3,
      level: 'typisch',
    },
    {
      key: 'information-bewohner',
      text: 'Bewohner:innen werden nach Angriffen zeitnah und in ihren Sprachen informiert; Auskünfte an Medien gibt nur die Pressestelle.',
      standard: 3,
      level: 'empfohlen',
    },
  ],
  legalRefs: ['eu-aufnahme-rl-2024', 'mindeststandards'],
} satisfies AbschnittEntwurf;
