/**
 * File names for exported documents: readable German on systems that understand
 * RFC 6266/5987 (`filename*`, UTF-8 with umlauts) and a transliterated ASCII
 * fallback for the rest. Never contains path separators, quotes or control characters.
 */
import { berlinIsoDay } from '../shared/date-format';

const TRANSLITERATION: Record<string, string> = { ä: 'ae', ö: 'oe', ü: 'ue', Ä: 'Ae', Ö: 'Oe', Ü: 'Ue', ß: 'ss' };
const MAX_STEM = 100;

/** Letters (any script), digits, '-', '_' and '.'; everything else becomes '-'. */
function clean(text: string): string {
  return text
    .normalize('NFC')
    .replace(/[^\p{L}\p{N}._-]+/gu, '-')
    .replace(/-{2,}/g, '-')
    .replace(/^[-.]+|[-.]+$/g, '');
}

/**
 * e.g. „Gewaltschutzkonzept-Landkreis-Musterland_Entwurf_2026-11-25.docx“, for a frozen Fassung
 * „…_Fassung-2_Entwurf_2026-11-25.docx“ or „…_Fassung-3_beschlossen_2027-03-12.docx“.
 */
export function exportFilename({ title, isFinal, date, versionNumber }: { title: string; isFinal: boolean; date: Date; versionNumber?: number }): string {
  const version = versionNumber ? `Fassung-${versionNumber}` : '';
  return documentFilename(title, [version, isFinal ? 'beschlossen' : 'Entwurf'], date);
}

/** „<Titel>_<Teil>_<Teil>_<Datum>.docx“ with the same cleaning as exportFilename; empty parts are left out. */
export function documentFilename(title: string, parts: readonly string[], date: Date): string {
  const day = berlinIsoDay(date);
  const stem = clean(title).slice(0, MAX_STEM).replace(/[-.]+$/, '') || 'Konzept';
  return [stem, ...parts.map(clean).filter(Boolean), day].join('_') + '.docx';
}

/**
 * Documents about a concept rather than the concept itself (the advisor's Stellungnahme, …): their kind first,
 * e.g. „Stellungnahme_Gewaltschutzkonzept-Landkreis-Musterland_Fassung-2_2026-11-27.docx“.
 */
export function reviewDocumentFilename({ kind, title, versionNumber, date }: { kind: string; title: string; versionNumber: number; date: Date }): string {
  const day = berlinIsoDay(date);
  const stem = clean(title).slice(0, MAX_STEM).replace(/[-.]+$/, '') || 'Konzept';
  return `${clean(kind)}_${stem}_Fassung-${versionNumber}_${day}.docx`;
}

export function asciiFilename(filename: string): string {
  return filename
    .replace(/[äöüÄÖÜß]/g, (c) => TRANSLITERATION[c] ?? c)
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^A-Za-z0-9._-]+/g, '-');
}

/** Content-Disposition for a download with both the ASCII and the UTF-8 name. */
export function contentDisposition(filename: string): string {
  const encoded = encodeURIComponent(filename).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return `attachment; filename="${asciiFilename(filename)}"; filename*=UTF-8''${encoded}`;
}
