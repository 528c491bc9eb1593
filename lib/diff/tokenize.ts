/**
 * Word tokeniser for diffs. Letters and digits of every script (\p{L}\p{N}),
 * combining marks (decomposed umlauts, Arabic vowel signs) and emoji sequences
 * (ZWJ families, skin tones, flags, keycaps) stay together as one word; runs of
 * whitespace are one token; every other character (punctuation) is its own
 * token. Tokens always concatenate back to the input.
 */
const WORD_CHARS = '\\p{L}\\p{N}\\p{M}\\p{Extended_Pictographic}\\p{Emoji_Modifier}\\p{Regional_Indicator}\\u200d\\ufe0f_';
const TOKEN = new RegExp(`[${WORD_CHARS}]+|\\s+|[^]`, 'gu');
const WORDLIKE = /[\p{L}\p{N}\p{Extended_Pictographic}]/u;

export function tokenize(text: string): string[] {
  return text.match(TOKEN) ?? [];
}

/** Whether a token counts as a word (for statistics and similarity). */
export function isWord(token: string): boolean {
  return WORDLIKE.test(token);
}

export function countWords(text: string): number {
  let n = 0;
  for (const token of tokenize(text)) if (isWord(token)) n++;
  return n;
}

/** Lines with their line break kept, so they concatenate back to the input. */
export function splitLines(text: string): string[] {
  return text.match(/[^\n]*\n|[^\n]+$/g) ?? [];
}
