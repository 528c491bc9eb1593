/** Kleine Hilfen für die Vorlagendaten (keine Logik der App). */
import type { BlockInput } from '../../lib/templates/schema';
import { RUFNUMMERN } from './nummern';

/** Kurzformen für Fließtext. */
export const POLIZEI = RUFNUMMERN.polizei.nummer;
export const NOTRUF = RUFNUMMERN.notruf.nummer;

/**
 * Ein Abschnitt, der mit seinen Textbausteinen beginnt: je Baustein seine Überschrift und sein Text. So hat ein neues
 * Konzept den Abschnitt mit Inhalt (und gibt ihn aus), statt nur Hinweise zu zeigen; die Bausteine bleiben zum
 * erneuten Einfügen da. `ohne` nennt Bausteine, die nur zum Einfügen gedacht sind (etwa leere Formulare).
 */
export function mitBausteinenAlsStart<T extends { textBlocks: readonly { key: string; title: string; blocks: readonly BlockInput[] }[] }>(
  abschnitt: T,
  ohne: readonly string[] = [],
): T & { starter: BlockInput[] } {
  const starter = abschnitt.textBlocks
    .filter((baustein) => !ohne.includes(baustein.key))
    .flatMap((baustein): BlockInput[] => [{ type: 'heading', level: 3, text: baustein.title }, ...baustein.blocks]);
  return { ...abschnitt, starter };
}

/** Hinweis für Tabellenzellen, in die die Kommune eine örtliche Nummer einträgt. */
export const LOKAL = '[örtliche Nummer eintragen]';

/**
 * Die Gliederung jedes Ablaufplans: dieselben Überschriften in derselben Reihenfolge und dieselben
 * Spalten der Informationskette – in allen Plänen der Vorlage und im Demo-Konzept. Wer im Ernstfall
 * einen Plan aufschlägt, findet jeden Schritt an derselben Stelle.
 */
export const ABLAUFPLAN_UEBERSCHRIFTEN = [
  'Auslöser',
  'Sofortmaßnahmen zur Sicherheit',
  'Wer wird informiert?',
  'Dokumentation',
  'Nachsorge',
  'Nachbereitung',
] as const;

/** Spalten der Tabelle „Wer wird informiert?“. */
export const ABLAUFPLAN_SPALTEN = ['Rolle / Stelle', 'Zeitrahmen', 'Wer informiert', 'Erreichbarkeit (örtlich)'] as const;

export interface AblaufplanDaten {
  /** Optional: ein kurzer einleitender Absatz vor der ersten Überschrift (worum es geht, was vorrangig gilt). */
  einleitung?: string;
  ausloeser: string[];
  sofort: string[];
  /** Zeilen: Rolle / Stelle, Zeitrahmen, Wer informiert, Erreichbarkeit. */
  informiert: [string, string, string, string][];
  dokumentation: string[];
  nachsorge: string[];
  nachbereitung: string[];
}

/** Gerüst eines Ablaufplans in der Gliederung ABLAUFPLAN_UEBERSCHRIFTEN. */
export function ablaufplan(p: AblaufplanDaten): BlockInput[] {
  const [ausloeser, sofort, informiert, dokumentation, nachsorge, nachbereitung] = ABLAUFPLAN_UEBERSCHRIFTEN;
  return [
    ...(p.einleitung ? [{ type: 'paragraph' as const, text: p.einleitung }] : []),
    { type: 'heading', level: 3, text: ausloeser },
    { type: 'paragraph', text: 'Dieser Ablaufplan gilt insbesondere, wenn' },
    { type: 'bulletList', items: p.ausloeser },
    { type: 'heading', level: 3, text: sofort },
    { type: 'orderedList', items: p.sofort },
    { type: 'heading', level: 3, text: informiert },
    { type: 'table', header: [...ABLAUFPLAN_SPALTEN], rows: p.informiert },
    { type: 'heading', level: 3, text: dokumentation },
    { type: 'bulletList', items: p.dokumentation },
    { type: 'heading', level: 3, text: nachsorge },
    { type: 'bulletList', items: p.nachsorge },
    { type: 'heading', level: 3, text: nachbereitung },
    { type: 'bulletList', items: p.nachbereitung },
  ];
}
