import type { AbschnittEntwurf } from '../gliederung';
import { POLIZEI, ablaufplan } from '../util';

export const menschenhandel = {
  key: 'intervention-menschenhandel',
  title: 'Menschenhandel und Ausbeutung',
  purpose:
    'Vorgehen bei Anzeichen von Menschenhandel und Ausbeutung – sexuell, durch Arbeit oder durch erzwungene Straftaten – ohne Betroffene zu gefährden.',
  required: true,
  standards: [4, 3],
  annexes: ['trauma'],
  guidance: [
    {
      type: 'paragraph',
      text: 'Menschenhandel bedeutet, dass Menschen durch Täuschung, Druck oder Gewalt in Ausbeutung gebracht oder dort gehalten werden – sexuelle Ausbeutung, Arbeitsausbeutung, erzwungenes Betteln oder erzwungene Straftaten. Manche Betroffene wurden schon auf der Flucht ausgebeutet, andere werden erst hier angeworben, auch aus der Unterkunft heraus. Viele sehen sich selbst nicht als Opfer, haben Schulden bei den Täter:innen oder fürchten um ihre Familie.',
    },
    {
      type: 'paragraph',
      text: 'Mögliche Anzeichen: Eine Person wird auffällig kontrolliert oder begleitet, hat keinen Zugriff auf ihre Dokumente oder ihr Geld, wird regelmäßig nachts abgeholt, erhält Besuch von wechselnden Personen, wirkt verängstigt oder spricht von hohen Schulden. Der wichtigste Grundsatz: **Nicht selbst ermitteln und mutmaßliche Täter:innen nicht konfrontieren** – das kann Betroffene in Gefahr bringen. Holen Sie stattdessen eine spezialisierte Fachberatungsstelle hinzu. Außer bei akuter Gefahr wird mit der betroffenen Person und der Fachberatung abgestimmt, ob und wann die Polizei eingeschaltet wird. Sind Minderjährige betroffen, wird immer das Jugendamt informiert.',
    },
    {
      type: 'paragraph',
      text: '**Häufige Lücken:** Mitarbeitende kennen die Anzeichen nicht; keine Fachberatungsstelle im Netzwerk; der Sicherheitsdienst weist auffällige Besucher:innen ab, ohne die Beobachtung weiterzugeben.',
    },
  ],
  questions: [
    'Welche Fachberatungsstelle für Betroffene von Menschenhandel ist für Ihre Region zuständig?',
    'Kennen Mitarbeitende und Sicherheitsdienst die Anzeichen von Menschenhandel und Ausbeutung?',
    'Wie werden Beobachtungen – etwa auffällige Besucher:innen – weitergegeben, ohne Betroffene zu gefährden?',
  ],
  starter: ablaufplan({
    ausloeser: [
      'eine Person keinen Zugriff auf ihre Dokumente oder ihr Geld hat,',
      'eine Person auffällig kontrolliert oder begleitet wird, wechselnde Besucher:innen erhält oder regelmäßig nachts abgeholt wird,',
      'jemand von hohen Schulden, erzwungener Arbeit oder erzwungenen sexuellen Handlungen berichtet,',
      'Minderjährige auffällig oft abwesend sind oder von Erwachsenen kontrolliert werden.',
    ],
    sofort: [
      `Bei akuter Gefahr die Polizei (${POLIZEI}) rufen.`,
      'Nicht selbst ermitteln; mutmaßliche Täter:innen weder ansprechen noch konfrontieren.',
      'Mit der betroffenen Person allein und vertraulich sprechen – mit unabhängiger Sprachmittlung, nie über Begleitpersonen.',
      'Kontakt zur Fachberatungsstelle herstellen und Beratung anbieten; Entscheidungen der betroffenen Person respektieren.',
      'Sind Minderjährige betroffen, immer das Jugendamt einschalten (Ablaufplan „Gewalt gegen Kinder und Jugendliche (Kindeswohlgefährdung)“).',
    ],
    informiert: [
      ['Polizei', 'sofort bei akuter Gefahr, sonst in Abstimmung mit Betroffenen und Fachberatung', 'Leitung der Unterkunft', `Notruf ${POLIZEI}; {{kontakt.polizei}}`],
      ['Fachberatungsstelle Menschenhandel', 'zeitnah, mit Einverständnis der betroffenen Person', 'Soziale Arbeit', '{{kontakt.menschenhandel}}'],
      ['Jugendamt', 'sofort, wenn Minderjährige betroffen sind', 'Leitung der Unterkunft', '{{kontakt.jugendamt}}'],
      ['Gewaltschutzkoordination', 'innerhalb von 24 Stunden, ohne Namen', 'Leitung der Unterkunft', '{{coordination.telefon}}'],
    ],
    dokumentation: [
      'Beobachtungen sachlich mit Datum und Uhrzeit festhalten, ohne Vermutungen als Tatsachen darzustellen.',
      'Die Dokumentation besonders geschützt aufbewahren; Zugriff nur für Leitung und Soziale Arbeit.',
    ],
    nachsorge: [
      'Mit der Fachberatung eine sichere Unterbringung organisieren, falls nötig außerhalb der Region.',
      'Medizinische und psychosoziale Versorgung unterstützen.',
      'Die betroffene Person von der Fachberatung über ihre Rechte informieren lassen, auch über aufenthaltsrechtliche Möglichkeiten.',
    ],
    nachbereitung: [
      'Prüfen, ob Besuchsregeln und Zugangskontrollen Ausbeutung erschweren, ohne Bewohner:innen unverhältnismäßig einzuschränken.',
      'Schulungsbedarf zum Erkennen von Menschenhandel in den Schulungsplan aufnehmen.',
    ],
  }),
  checklist: [
    {
      key: 'anzeichen-bekannt',
      text: 'Mitarbeitende und Sicherheitskräfte kennen die Anzeichen von Menschenhandel und Ausbeutung.',
      standard: 2,
      level: 'empfohlen',
    },
    {
      key: 'fachberatung-menschenhandel',
      text: 'Eine Fachberatungsstelle für Betroffene von Menschenhandel ist eingebunden.',
      standard: 3,
      level: 'typisch',
    },
    {
      key: 'keine-konfrontation',
      text: 'Der Plan schließt eigene Ermittlungen und die Konfrontation mutmaßlicher Täter:innen aus.',
      standard: 4,
      level: 'empfohlen',
    },
  ],
  legalRefs: ['stgb-232', 'mindeststandards'],
} satisfies AbschnittEntwurf;
