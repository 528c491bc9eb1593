// @ts-check
/**
 * Fixes for docx-layout.mjs that let docx/layout read a word's soft hyphens inside its text. The export puts a soft
 * hyphen (`w:softHyphen`) at every break point of a long word (hyphenation.ts): some 34,000 in the reference concept
 * (tests/bench/export.ts), each between two `w:t` of its run. docx/layout reads each piece of text as an item of its
 * own, with a formatting object of its own, and checks, measures and tokenizes them one by one: a layout of the
 * reference concept took a quarter to a third less time with the soft hyphens left out (the same text), and reading
 * them as characters of the text alone (docx/layout then knows no break points) saved as much: the cost is in the
 * items, not in the XML. With these fixes the parts of the reference concept, laid out one by one on one thread, take
 * about a fifth less time (0.85 s instead of 1.06 s, median of 16 layouts each). So the layout sees
 * each such run's text as one piece (soft-hyphens-in-text.mjs, for toc-page-numbers-layout.mjs): the pieces joined
 * with SHY, a character no text of ours has, in a `w:t` marked with SHY_ATTRIBUTE (runs fitted to a width, or with
 * other formatting that changes the font of a character, are left as they are there). Read with these fixes, that text comes out
 * as one item whose SHY characters are where its soft hyphens were; the tokenizer breaks it into the same words with
 * the same break points, in the same pieces, as it did the items and soft hyphens it stands for:
 *
 *   - reading (`w:t`): the text without SHY must come out as one piece of text in one font (one span, no tab), in a run
 *     that is not hidden, in capitals or vertical, has no hint for East Asian text and is not in a table Word
 *     sizes to its text, and no piece may start with a combining mark (whose font depends on the character before it).
 *     Otherwise the run reads exactly as the pieces and soft hyphens would: each piece, then a soft hyphen item;
 *   - the tokenizer takes a SHY in such an item as it takes a soft hyphen item: a break point of the word before it,
 *     in the run's font, after which the word goes on in a piece of its own; the line breaks are found without them;
 *   - the checks for characters the measurer does not know, and for kerning across runs (none across a soft hyphen),
 *     look at the text without SHY, piece by piece.
 *
 * A `w:t` without the mark reads as before, SHY or not. tests/export/docx-layout-hyphens.test.ts lays out documents
 * both ways and compares each paragraph's lines and every page number.
 */

/** Stands for a soft hyphen in a piece of text the layout reads (U+FDD0, a noncharacter; a text that has it is left as it is). */
export const SHY = '\uFDD0';
/** The attribute of a `w:t` whose SHY characters are soft hyphens. */
export const SHY_ATTRIBUTE = 'skw:softHyphens';

const shy = JSON.stringify(SHY);
const marked = `attributesOf(child["w:t"])[${JSON.stringify(SHY_ATTRIBUTE)}] !== void 0`;

/**
 * @param {(name: string, from: string, to: string) => { name: string, apply: (source: string) => string | undefined }} once
 */
export function hyphenFixes(once) {
  return [
    once(
      'Weiche Trennstellen im Text lesen',
      [
        '\t\t\tcase "w:t":',
        '\t\t\tcase "w:delText": {',
        '\t\t\t\tconst content = contentOf$3(child).filter((part) => typeof part === "string").join("");',
      ].join('\n'),
      [
        '\t\t\tcase "w:t":',
        '\t\t\tcase "w:delText": {',
        '\t\t\t\tconst whole = contentOf$3(child).filter((part) => typeof part === "string").join("");',
        `\t\t\t\tif (name !== "w:t" || !whole.includes(${shy}) || !(${marked})) return textItems(whole);`,
        `\t\t\t\tconst pieces = whole.split(${shy});`,
        '\t\t\t\tconst plain = pieces.join("");',
        '\t\t\t\tif (!format.hidden && !down && !format.allCaps && !format.smallCaps && format.fontHint !== "eastAsia" && !reader.inSizedTable && !plain.includes("\\t") && pieces.every((piece) => piece.length > 0 && !/^\\p{M}/u.test(piece))) {',
        '\t\t\t\t\tconst read = textItems(plain);',
        '\t\t\t\t\tif (read.length === 1 && read[0].type === "text" && read[0].text === plain) {',
        '\t\t\t\t\t\tsoftHyphensInText.read++;',
        '\t\t\t\t\t\treturn [_objectSpread2(_objectSpread2({}, read[0]), {}, { text: whole, softHyphenFont: font })];',
        '\t\t\t\t\t}',
        '\t\t\t\t}',
        '\t\t\t\tconst softHyphen = () => format.hidden ? [] : reader.inSizedTable ? guessedOr(reader, "a soft hyphen in a table whose columns Word sizes to their text", () => [{',
        '\t\t\t\t\ttype: "softHyphen",',
        '\t\t\t\t\tfont',
        '\t\t\t\t}]) : [{',
        '\t\t\t\t\ttype: "softHyphen",',
        '\t\t\t\t\tfont',
        '\t\t\t\t}];',
        '\t\t\t\tsoftHyphensInText.apart++;',
        // Each piece and soft hyphen read as its own element is: items, or why it cannot be laid out (without guessing),
        // which stands for the whole run then, as it would for the run with the elements (itemsOf takes the first).
        '\t\t\t\tconst parts = pieces.flatMap((piece, at) => at === 0 ? [textItems(piece)] : [softHyphen(), textItems(piece)]);',
        '\t\t\t\tconst unsupported = parts.find((part) => typeof part === "string");',
        '\t\t\t\treturn unsupported !== void 0 ? unsupported : parts.flat();',
        '\t\t\t\tfunction textItems(content) {',
      ].join('\n'),
    ),
    once(
      'Weiche Trennstellen im Text lesen',
      [
        '\t\t\t\treturn unknownFont === void 0 ? read() : guessedOr(reader, unknownFont, read);',
        '\t\t\t}',
        '\t\t\tcase "w:tab":',
      ].join('\n'),
      [
        '\t\t\t\treturn unknownFont === void 0 ? read() : guessedOr(reader, unknownFont, read);',
        '\t\t\t\t}',
        '\t\t\t}',
        '\t\t\tcase "w:tab":',
      ].join('\n'),
    ),
    once(
      'Weiche Trennstellen im Text als Trennstellen der Wörter',
      [
        'var tokenizeText = (items, rules) => {',
        '\tconst breaks = findLineBreaks(items.filter((item) => item.type === "text"), rules);',
      ].join('\n'),
      [
        '/** How many texts with soft hyphens (SHY) were read as one item, and how many as their pieces (tests). */',
        'var softHyphensInText = { read: 0, apart: 0 };',
        'export var softHyphensReadInText = () => ({ ...softHyphensInText });',
        '/** A text item with soft hyphens in its text (SHY), without them. */',
        `var withoutSoftHyphens = (item) => item.softHyphenFont === void 0 ? item : _objectSpread2(_objectSpread2({}, item), {}, { text: item.text.split(${shy}).join("") });`,
        'var tokenizeText = (items, rules) => {',
        '\tconst breaks = findLineBreaks(items.filter((item) => item.type === "text").map(withoutSoftHyphens), rules);',
      ].join('\n'),
    ),
    once(
      'Weiche Trennstellen im Text als Trennstellen der Wörter',
      [
        '\t\tfor (const character of text) {',
        '\t\t\tconst type = SPACES$1.has(character) ? "space" : "word";',
      ].join('\n'),
      [
        '\t\tfor (const character of text) {',
        `\t\t\tif (character === ${shy} && item.softHyphenFont !== void 0) {`,
        '\t\t\t\tconst word = tokens[tokens.length - 1];',
        '\t\t\t\tif ((word === null || word === void 0 ? void 0 : word.type) === "word") {',
        '\t\t\t\t\tvar _word$hyphens2;',
        '\t\t\t\t\tword.hyphens = [...(_word$hyphens2 = word.hyphens) !== null && _word$hyphens2 !== void 0 ? _word$hyphens2 : [], {',
        '\t\t\t\t\t\tat: lengthOf(word.pieces),',
        '\t\t\t\t\t\tfont: item.softHyphenFont',
        '\t\t\t\t\t}];',
        '\t\t\t\t\tafterHyphen = true;',
        '\t\t\t\t}',
        '\t\t\t\tcontinue;',
        '\t\t\t}',
        '\t\t\tconst type = SPACES$1.has(character) ? "space" : "word";',
      ].join('\n'),
    ),
    once(
      'Weiche Trennstellen im Text beim Prüfen der Zeichen auslassen',
      'return item.type === "text" && ((_measurer$unknownChar = measurer.unknownCharacter) === null || _measurer$unknownChar === void 0 ? void 0 : _measurer$unknownChar.call(measurer, item.text, item.font)) !== void 0;',
      'return item.type === "text" && ((_measurer$unknownChar = measurer.unknownCharacter) === null || _measurer$unknownChar === void 0 ? void 0 : _measurer$unknownChar.call(measurer, withoutSoftHyphens(item).text, item.font)) !== void 0;',
    ),
    once(
      'Weiche Trennstellen im Text trennen die gemeinsam gemessenen Stücke',
      [
        'var textMeasuredTogether = (items) => {',
        '\tconst pieces = [];',
        '\tlet joins = false;',
        '\tfor (const item of items) {',
        '\t\tif (item.type === "marker") continue;',
      ].join('\n'),
      [
        'var textMeasuredTogether = (items) => {',
        '\tconst pieces = [];',
        '\tlet joins = false;',
        '\tfor (const item of items) {',
        '\t\tif (item.type === "marker") continue;',
        '\t\tif (item.type === "text" && item.softHyphenFont !== void 0) {',
        // The pieces between soft hyphens, as the items they stand for: the first joins the text before it as that
        // item would, the others start a piece of their own (none is measured together across a soft hyphen).
        `\t\t\titem.text.split(${shy}).forEach((text, at) => {`,
        '\t\t\t\tconst last = pieces[pieces.length - 1];',
        '\t\t\t\tif (at === 0 && joins && shaped(last.font) && sameFont(last.font, item.font)) pieces[pieces.length - 1] = {',
        '\t\t\t\t\ttext: last.text + text,',
        '\t\t\t\t\tfont: last.font',
        '\t\t\t\t};',
        '\t\t\t\telse pieces.push({',
        '\t\t\t\t\ttext,',
        '\t\t\t\t\tfont: item.font',
        '\t\t\t\t});',
        '\t\t\t});',
        '\t\t\tjoins = true;',
        '\t\t\tcontinue;',
        '\t\t}',
      ].join('\n'),
    ),
  ];
}
