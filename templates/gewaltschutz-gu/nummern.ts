/**
 * Bundesweite Rufnummern, die in Textbausteinen und Ablaufplänen genannt werden.
 * Daten, keine Logik: vor jeder Veröffentlichung prüfen und `geprueftAm` nachtragen.
 * Eine neue Kommune übernimmt dieses Datum als „zuletzt geprüft“ in ihr Kontaktverzeichnis;
 * ist es älter als zwölf Monate, sind alle betroffenen Nummern dort zur Prüfung markiert.
 * Lokale Nummern gehören nicht hierher, sondern in das Kontaktverzeichnis der Kommune.
 */
export interface Rufnummer {
  label: string;
  nummer: string;
  hinweis?: string;
  /** Wann die Nummer zuletzt an der offiziellen Quelle geprüft wurde, 'JJJJ-MM-TT'. */
  geprueftAm: string;
}

/** Stand der letzten gemeinsamen Prüfung aller Nummern. */
const GEPRUEFT_AM = '2026-11-27';

export const RUFNUMMERN = {
  polizei: { label: 'Polizei', nummer: '110', geprueftAm: GEPRUEFT_AM },
  notruf: { label: 'Notruf (Rettungsdienst, Feuerwehr)', nummer: '112', geprueftAm: GEPRUEFT_AM },
  hilfetelefonFrauen: {
    label: 'Hilfetelefon „Gewalt gegen Frauen“',
    nummer: '116 016',
    hinweis: 'rund um die Uhr, kostenfrei, in vielen Sprachen',
    geprueftAm: GEPRUEFT_AM,
  },
  hilfetelefonMissbrauch: {
    label: 'Hilfe-Telefon Sexueller Missbrauch',
    nummer: '0800 22 55 530',
    hinweis: 'kostenfrei und anonym',
    geprueftAm: GEPRUEFT_AM,
  },
  hilfetelefonMaenner: {
    label: 'Hilfetelefon „Gewalt an Männern“',
    nummer: '0800 123 99 00',
    geprueftAm: GEPRUEFT_AM,
  },
  nummerGegenKummer: {
    label: 'Nummer gegen Kummer (Kinder- und Jugendtelefon)',
    nummer: '116 111',
    geprueftAm: GEPRUEFT_AM,
  },
  telefonSeelsorge: { label: 'TelefonSeelsorge', nummer: '0800 111 0 111', geprueftAm: GEPRUEFT_AM },
} as const satisfies Record<string, Rufnummer>;

/** „Hilfetelefon „Gewalt gegen Frauen“: 116 016“ – für Fließtext und Listen. */
export function rufnummer(key: keyof typeof RUFNUMMERN): string {
  const r = RUFNUMMERN[key];
  return `${r.label}: ${r.nummer}`;
}
