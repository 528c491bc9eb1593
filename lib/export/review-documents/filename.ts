import { documentFilename } from '../filename';
import type { ComparedText } from './change-model';

const side = (text: ComparedText) => (text.number === null ? 'aktuell' : `Fassung-${text.number}`);

/** e.g. „Gewaltschutzkonzept-Testhausen_Synopse_Fassung-1-zu-Fassung-2_2026-11-27.docx“ (the day of the export). */
export function changeDocumentFilename({ kind, title, from, to, now }: { kind: 'Synopse' | 'Redline'; title: string; from: ComparedText; to: ComparedText; now: Date }): string {
  return documentFilename(title, [kind, `${side(from)}-zu-${side(to)}`], now);
}
