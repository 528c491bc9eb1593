/**
 * German hyphenation for the export: soft hyphens (w:softHyphen) at the break points
 * of the TeX patterns for German in reformed spelling (package `hyphen`, de-1996),
 * inserted when the DOCX is written.
 *
 * Why not the word processors' own hyphenation: Word and LibreOffice hyphenate with
 * dictionaries of their own (LibreOffice only when a German one is installed), so
 * the pages, and with them the TOC page numbers worked out at export time, would
 * differ from reader to reader. Soft hyphens are part of the text: Word, LibreOffice
 * and the page layout in toc-page-numbers-worker.mjs (docx/layout) all break a line
 * at one only where the word would not fit otherwise, and show a hyphen there.
 *
 * Only long words get them (short ones move to the next line as a whole, which reads
 * better and keeps the number of break points, and so of possible disagreements
 * between layouts, small), and never acronyms, words with digits, addresses or
 * links. Headings are not hyphenated (the mapper does not ask for it).
 */
import { hyphenateSync } from 'hyphen/de';

/** Letters a word needs before it is hyphenated: in running text, and in table cells (narrow columns). */
export const HYPHENATE_MIN_LETTERS = { text: 10, cell: 8 } as const;
/** No break that leaves fewer letters than this on the line (German house rule: „Ge-“ is fine) … */
const LEFT_MIN = 2;
/** … or carries fewer to the next („Wochenen-de“ is not). */
const RIGHT_MIN = 3;

const SOFT = '\u00ad';
/** A word of letters (any script; hyphenation applies to the Latin ones the patterns know). */
const LETTERS = /\p{L}+/gu;
/** Tokens that are addresses, numbers or code rather than words: left whole. */
const NOT_PROSE = /[\d@/\\_=#&%+]|www\.|\.(?:de|com|org|net|eu|example)\b/i;
const LATIN_WORD = /^[A-Za-zÄÖÜäöüßẞÀ-ÿ]+$/;

const cache = new Map<string, readonly string[]>();
const CACHE_LIMIT = 20_000;

/**
 * The parts of a word between its break points: „Gewaltschutzkoordination“ →
 * Ge|walt|schutz|ko|or|di|na|ti|on without parts shorter than the minimums at either end.
 * A word that is not hyphenated is one part.
 */
export function syllablesOf(word: string, minLetters: number = HYPHENATE_MIN_LETTERS.text): readonly string[] {
  if (word.length < minLetters || !LATIN_WORD.test(word)) return [word];
  // Acronyms and words with capitals inside („LSBTI“, „DeBUG“, „TelefonSeelsorge“) stay whole.
  if (/\p{Lu}/u.test(word.slice(1))) return [word];
  const key = `${minLetters}:${word}`;
  const known = cache.get(key);
  if (known) return known;
  const parts = hyphenateSync(word, { hyphenChar: SOFT, minWordLength: minLetters }).split(SOFT);
  // Merge parts at the ends that are shorter than the minimums into their neighbours.
  while (parts.length > 1 && parts[0]!.length < LEFT_MIN) parts.splice(0, 2, parts[0]! + parts[1]!);
  while (parts.length > 1 && parts.at(-1)!.length < RIGHT_MIN) parts.splice(-2, 2, parts.at(-2)! + parts.at(-1)!);
  // The patterns must not change the word: if they did (they never should), leave it whole.
  const result = parts.join('') === word ? parts : [word];
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(key, result);
  return result;
}

/**
 * A whitespace-free token between its break points: one part when it is not hyphenated (short, an address, a
 * number …). Tokens repeat a lot in a concept, so each is worked out once.
 */
function segmentsOf(token: string, minLetters: number): readonly string[] {
  if (NOT_PROSE.test(token)) return [token];
  const key = `${minLetters}:${token}`;
  const known = tokenCache.get(key);
  if (known) return known;
  const segments: string[] = [];
  let current = '';
  let last = 0;
  for (const match of token.matchAll(LETTERS)) {
    const parts = syllablesOf(match[0], minLetters);
    if (parts.length === 1) continue;
    current += token.slice(last, match.index);
    parts.forEach((part, i) => {
      if (i > 0) {
        segments.push(current);
        current = '';
      }
      current += part;
    });
    last = match.index + match[0].length;
  }
  segments.push(current + token.slice(last));
  if (tokenCache.size >= CACHE_LIMIT) tokenCache.clear();
  tokenCache.set(key, segments);
  return segments;
}
const tokenCache = new Map<string, readonly string[]>();

/**
 * Text with its break points: strings, and `null` where a soft hyphen goes. Whitespace,
 * punctuation and hard hyphens stay as they are (lines may break after a hard hyphen anyway).
 */
export function hyphenateText(text: string, minLetters: number): Array<string | null> {
  const out: Array<string | null> = [];
  let pending = '';
  // Tokens and the whitespace between them, alternately (the capturing group keeps the whitespace).
  const tokens = text.split(/(\s+)/);
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    // Whitespace, and tokens too short to be hyphenated.
    if (i % 2 === 1 || token.length < minLetters) {
      pending += token;
      continue;
    }
    const segments = segmentsOf(token, minLetters);
    pending += segments[0]!;
    for (let k = 1; k < segments.length; k++) {
      out.push(pending, null);
      pending = segments[k]!;
    }
  }
  if (pending !== '' || out.length === 0) out.push(pending);
  return out;
}

/** The longest part of a text that cannot be broken: a word, or with hyphenation the longest syllable run plus its hyphen. */
export function longestUnbreakable(text: string, minLetters: number): number {
  let longest = 0;
  for (const token of text.split(/\s+/)) {
    if (token.length <= longest) continue;
    if (token.length < minLetters || NOT_PROSE.test(token)) {
      longest = Math.max(longest, [...token].length);
      continue;
    }
    // Between break points: soft hyphens (and the hyphen they show) and hard hyphens.
    for (const piece of hyphenateText(token, minLetters).filter((p): p is string => p !== null)) {
      for (const bit of piece.split(/(?<=-)/)) longest = Math.max(longest, [...bit].length + 1);
    }
  }
  return longest;
}
