/** Kleine Hilfen für die Vorlagendaten (keine Logik der App). */
import type { BlockInput } from '../../lib/templates/schema';
import { RUFNUMMERN } from './nummern';

/** ISO-Datum „2026-06-12“ → „12.06.2026“. */
export function deDatum(iso: string): string {
  const [y, m, d] = iso.split('-');
  return `${d}.${m}.${y}`;
}

/** Kurzformen für Fließtext. */
export const POLIZEI = RUFNUMMERN.polizei.nummer;
export const NOTRUF = RUFNUMMERN.notruf.nummer;

/** Hinweis für Tabellenzellen, in die die Kommune eine örtliche Nummer einträgt. */
export const LOKAL = '[örtliche Nummer eintragen]';

export interface AblaufplanDaten {
  ausloeser: string[];
  sofort: string[];
  /** Zeilen: Rolle / Stelle, Zeitrahmen, Wer informiert, Erreichbarkeit. */
  informiert: [string, string, string, string][];
  dokumentation: string[];
  nachsorge: string[];
  nachbereitung: string[];
}

/** Gerüst eines Ablaufplans: Auslöser, Sofortmaßnahmen, Informationskette, Dokumentation, Nachsorge, Nachbereitung. */
export function ablaufplan(p: AblaufplanDaten): BlockInput[] {
  return [
    { type: 'heading', level: 3, text: 'Auslöser' },
    { type: 'paragraph', text: 'Dieser Ablaufplan gilt insbesondere, wenn' },
    { type: 'bulletList', items: p.ausloeser },
    { type: 'heading', level: 3, text: 'Sofortmaßnahmen zur Sicherheit' },
    { type: 'orderedList', items: p.sofort },
    { type: 'heading', level: 3, text: 'Wer wird informiert?' },
    {
      type: 'table',
      header: ['Rolle / Stelle', 'Zeitrahmen', 'Wer informiert', 'Erreichbarkeit (örtlich)'],
      rows: p.informiert,
    },
    { type: 'heading', level: 3, text: 'Dokumentation' },
    { type: 'bulletList', items: p.dokumentation },
    { type: 'heading', level: 3, text: 'Nachsorge' },
    { type: 'bulletList', items: p.nachsorge },
    { type: 'heading', level: 3, text: 'Nachbereitung' },
    { type: 'bulletList', items: p.nachbereitung },
  ];
}
