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
  /**
   * Wann die Nummer erreichbar ist. Nicht jede bundesweite Nummer ist rund um die Uhr besetzt; wer
   * im Ablaufplan auf eine Nummer verweist, muss sagen, wann sie erreichbar ist. Die Migration
   * 2026-11-27-0009 hat denselben Wortlaut in bestehende Kontaktverzeichnisse übernommen.
   */
  erreichbarkeit: string;
  rundUmDieUhr: boolean;
  /** Sprechzeiten nur aus zweiter Hand bestätigt: im Kontaktverzeichnis als „bitte prüfen“ vermerkt. */
  zeitenPruefen?: boolean;
  /** Wann die Nummer zuletzt an der offiziellen Quelle geprüft wurde, 'JJJJ-MM-TT'. */
  geprueftAm: string;
}

/** Stand der letzten gemeinsamen Prüfung aller Nummern. */
const GEPRUEFT_AM = '2026-11-27';

export const RUFNUMMERN = {
  polizei: { label: 'Polizei', nummer: '110', erreichbarkeit: 'rund um die Uhr', rundUmDieUhr: true, geprueftAm: GEPRUEFT_AM },
  notruf: { label: 'Notruf (Rettungsdienst, Feuerwehr)', nummer: '112', erreichbarkeit: 'rund um die Uhr', rundUmDieUhr: true, geprueftAm: GEPRUEFT_AM },
  hilfetelefonFrauen: {
    label: 'Hilfetelefon „Gewalt gegen Frauen“',
    nummer: '116 016',
    hinweis: 'kostenfrei, in vielen Sprachen',
    erreichbarkeit: 'rund um die Uhr',
    rundUmDieUhr: true,
    geprueftAm: GEPRUEFT_AM,
  },
  hilfetelefonMissbrauch: {
    label: 'Hilfe-Telefon Sexueller Missbrauch',
    nummer: '0800 22 55 530',
    hinweis: 'kostenfrei und anonym',
    // Sprechzeiten nach Presseangaben von 2024.
    erreichbarkeit: 'Mo, Mi, Fr 9–14 Uhr; Di, Do 15–20 Uhr',
    rundUmDieUhr: false,
    zeitenPruefen: true,
    geprueftAm: GEPRUEFT_AM,
  },
  hilfetelefonMaenner: {
    label: 'Hilfetelefon „Gewalt an Männern“',
    nummer: '0800 123 99 00',
    hinweis: 'für Männer, die Gewalt erleben; kostenfrei, auch Online-Beratung',
    // Sprechzeiten nach kommunalen Angaben von 2023.
    erreichbarkeit: 'Mo–Do 8–20 Uhr, Fr 8–15 Uhr',
    rundUmDieUhr: false,
    zeitenPruefen: true,
    geprueftAm: GEPRUEFT_AM,
  },
  nummerGegenKummer: {
    label: 'Nummer gegen Kummer (Kinder- und Jugendtelefon)',
    nummer: '116 111',
    erreichbarkeit: 'Mo–Sa 14–20 Uhr',
    rundUmDieUhr: false,
    zeitenPruefen: true,
    geprueftAm: GEPRUEFT_AM,
  },
  telefonSeelsorge: { label: 'TelefonSeelsorge', nummer: '0800 111 0 111', erreichbarkeit: 'rund um die Uhr', rundUmDieUhr: true, geprueftAm: GEPRUEFT_AM },
} as const satisfies Record<string, Rufnummer>;

/**
 * „Hilfetelefon „Gewalt gegen Frauen“: 116 016 (rund um die Uhr)“ – für Fließtext und Listen. Die
 * Erreichbarkeit steht immer dabei: wer nachts auf eine Nummer verwiesen wird, die erst morgen
 * besetzt ist, steht allein da.
 */
export function rufnummer(key: keyof typeof RUFNUMMERN): string {
  const r: Rufnummer = RUFNUMMERN[key];
  return `${r.label}: ${r.nummer} (${r.rundUmDieUhr ? 'rund um die Uhr' : `nur ${r.erreichbarkeit}`})`;
}
