/**
 * Bundesweite Rufnummern, die in Textbausteinen und Ablaufplänen genannt werden.
 * Daten, keine Logik: vor jeder Veröffentlichung prüfen (verify: true = ausdrücklich prüfen).
 * Lokale Nummern gehören nicht hierher, sondern in das Kontaktverzeichnis der Kommune.
 */
export interface Rufnummer {
  label: string;
  nummer: string;
  hinweis?: string;
  verify: boolean;
}

export const RUFNUMMERN = {
  polizei: { label: 'Polizei', nummer: '110', verify: false },
  notruf: { label: 'Notruf (Rettungsdienst, Feuerwehr)', nummer: '112', verify: false },
  hilfetelefonFrauen: {
    label: 'Hilfetelefon „Gewalt gegen Frauen“',
    nummer: '116 016',
    hinweis: 'rund um die Uhr, kostenfrei, in vielen Sprachen',
    verify: false,
  },
  hilfetelefonMissbrauch: {
    label: 'Hilfe-Telefon Sexueller Missbrauch',
    nummer: '0800 22 55 530',
    hinweis: 'kostenfrei und anonym',
    verify: false,
  },
  hilfetelefonMaenner: {
    label: 'Hilfetelefon „Gewalt an Männern“',
    nummer: '0800 123 99 00',
    verify: false,
  },
  nummerGegenKummer: {
    label: 'Nummer gegen Kummer (Kinder- und Jugendtelefon)',
    nummer: '116 111',
    verify: true,
  },
  telefonSeelsorge: { label: 'TelefonSeelsorge', nummer: '0800 111 0 111', verify: true },
} as const satisfies Record<string, Rufnummer>;

/** „Hilfetelefon „Gewalt gegen Frauen“: 116 016“ – für Fließtext und Listen. */
export function rufnummer(key: keyof typeof RUFNUMMERN): string {
  const r = RUFNUMMERN[key];
  return `${r.label}: ${r.nummer}`;
}
