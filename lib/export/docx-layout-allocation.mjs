// @ts-check
/**
 * Fixes for docx-layout.mjs that spare docx/layout making objects it throws away at once. A first layout of the
 * reference concept (tests/bench/export.ts, on one thread) made some 1.66 GB of short-lived objects, 1.41 GB with these
 * fixes (sampling heap profile): a fifth of its time goes to collecting garbage, and two layouts side by side (the
 * export's two threads) slow each other down mostly there. What that saves in time was lost in this machine's noise.
 * The largest makers that are pure functions of a name or an element:
 *
 *   - the name of an element of its formatted tree (`{ "w:p": [...] }`) was `Object.keys(element)[0]`, a new array
 *     for every look at an element; a `for … in` gives the same first key without one;
 *   - `eastAsianFontOf` and `widthsOf` test a font's name against tables of regular expressions and lower-cased names
 *     for every word measured and every line's height; their results depend on the name alone (the tables are
 *     constants), so they are kept per name;
 *   - `measureTextHeight` built an object per character to find whether any of them is drawn in another font, which
 *     almost never is; it now looks first and builds them only when one is;
 *   - the tokenizer copied a word's piece for every character it added to it; it now adds the character to the piece,
 *     which only it holds then;
 *   - the line breaker copied the state of the line four times for every word it placed; it now copies it once and
 *     changes that copy, which nothing else holds (about 5 % of a layout of the reference concept);
 *   - the width of text as drawn made an object and two arrays for every glyph, and the spans of a text in its fonts a
 *     new list and span for every character; both now add up in a loop, in the same order;
 *   - `exactWidthsOf` lower-cased every name of the width tables for every line height; it is kept per name
 *     (with the two before, about 6 % of a layout and a tenth of the memory it takes and gives back);
 *   - formats were combined by copying the combination so far and a filtered copy of each format, and a style's chain
 *     walked anew (with a new set and list per style in it) for every run: now one object, and the chain kept per
 *     style and document (about 3 %);
 *   - the line breaks of a paragraph with a dash, a hyphen or a character past U+02FF (nearly every German one: „…“)
 *     were found with an object per character for its language; now with its piece's, and the check whether there is
 *     such a character needs no list of the characters; the search for a character the fonts do not have needs none
 *     either, and whether a character is an Arabic letter is looked up in a set instead of searched for in a string.
 *
 * Each returns what the original returns; tests/export/docx-layout-fixes.test.ts compares the numbers both write and
 * docx/layout's own lines of a sample in seven fonts with characters Word draws in other fonts.
 */

/**
 * The first own enumerable key, as `Object.keys(element)[0]` gives it (a `for … in` lists own keys first; null and
 * undefined throw as there).
 */
const FIRST_KEY =
  '{\n\tif (element === null || element === void 0) return Object.keys(element)[0];\n\tfor (const key in element) return Object.prototype.hasOwnProperty.call(element, key) ? key : void 0;\n\treturn void 0;\n}';

/**
 * @param {(name: string, from: string, to: string) => { name: string, apply: (source: string) => string | undefined }} once
 */
export function allocationFixes(once) {
  return [
    ...['nameOf$2', 'nameOf$1', 'nameOf'].map((name) =>
      once('Elementnamen ohne Schlüssellisten', `var ${name} = (element) => Object.keys(element)[0];`, `var ${name} = (element) => ${FIRST_KEY};`),
    ),
    once(
      'Ostasiatische Schriften je Name nur einmal bestimmen',
      'var eastAsianFontOf = (font) => {',
      [
        'var eastAsianFontsByName = new Map();',
        'var eastAsianFontOf = (font) => {',
        '\tif (!eastAsianFontsByName.has(font)) eastAsianFontsByName.set(font, eastAsianFontOfUncached(font));',
        '\treturn eastAsianFontsByName.get(font);',
        '};',
        'var eastAsianFontOfUncached = (font) => {',
      ].join('\n'),
    ),
    once(
      'Breitentabelle je Schriftname nur einmal suchen',
      'var widthsOf = (font = DEFAULT_FONT) => {',
      [
        'var widthsByName = new Map();',
        'var widthsOf = (font = DEFAULT_FONT) => {',
        '\tif (!widthsByName.has(font)) widthsByName.set(font, widthsOfUncached(font));',
        '\treturn widthsByName.get(font);',
        '};',
        'var widthsOfUncached = (font) => {',
      ].join('\n'),
    ),
    once(
      'Zeilenhöhe nur bei Zeichen anderer Schriften Zeichen für Zeichen',
      '\tconst { fallbacks, more, monospaced } = measuresOf(font);\n\tif (monospaced || font.lineSize !== void 0) return;\n\tconst size = sizeOf$3(font);',
      [
        '\tconst { fallbacks, more, monospaced } = measuresOf(font);',
        '\tif (monospaced || font.lineSize !== void 0) return;',
        // Every character is as tall as the font's own (the original returns undefined then): none has a fallback
        // face or another font of its own. Whitespace and characters that take no room count for nothing in the
        // original; looking at them too only sends a few more texts the original's way.
        '\tlet drawnInOthers = false;',
        '\tfor (const character of text) {',
        '\t\tconst code = character.codePointAt(0);',
        '\t\tconst index = CHARACTER_INDEX.get(code);',
        '\t\tconst moreIndex = MORE_CHARACTER_INDEX.get(code);',
        '\t\tif (index !== void 0 && fallbacks[index] !== void 0 || moreIndex !== void 0 && (more === null || more === void 0 ? void 0 : more.fonts[moreIndex]) !== void 0) {',
        '\t\t\tdrawnInOthers = true;',
        '\t\t\tbreak;',
        '\t\t}',
        '\t}',
        '\tif (!drawnInOthers) return;',
        '\tconst size = sizeOf$3(font);',
      ].join('\n'),
    ),
    once(
      'Wortstücke beim Zerlegen des Textes verlängern statt neu anlegen',
      [
        '\t\t\t\tconst same = piece.font === font && piece.hyphenation === hyphenation;',
        '\t\t\t\tlast.pieces[last.pieces.length - 1 + (same ? 0 : 1)] = _objectSpread2(',
      ].join('\n'),
      [
        '\t\t\t\tconst same = piece.font === font && piece.hyphenation === hyphenation;',
        // The piece is the tokenizer's own (nobody else has it yet), and with the same font and hyphenation the copy
        // the original makes differs from it only in its text.
        '\t\t\t\tif (same) piece.text = piece.text + character;',
        '\t\t\t\telse last.pieces[last.pieces.length - 1 + (same ? 0 : 1)] = _objectSpread2(',
      ].join('\n'),
    ),
    once(
      'Zeilenstand je Wort einmal kopieren',
      '\t\t\tline = _objectSpread2(_objectSpread2({}, place(line)), {}, { position: line.position + leadOf(line, skipped || overflows && !squeezed) });',
      [
        // place() gives a copy of its own, in which only the position changes (leadOf reads the border, which place
        // leaves as it is).
        '\t\t\tconst __skwPosition = line.position + leadOf(line, skipped || overflows && !squeezed);',
        '\t\t\tline = place(line);',
        '\t\t\tline.position = __skwPosition;',
      ].join('\n'),
    ),
    once(
      'Zeilenstand je Wort einmal kopieren',
      [
        '\t\t\t\t});',
        '\t\t\t}',
        '\t\t\tline = _objectSpread2(_objectSpread2({}, line), {}, {',
        '\t\t\t\tend: line.position,',
        '\t\t\t\tbetween: line.spaceCount,',
        '\t\t\t\theights: withToken(line.heights, token),',
        '\t\t\t\tstarted: true,',
        '\t\t\t\tborder: endBorderOf(token),',
        '\t\t\t\ttabsOnly: false',
        '\t\t\t});',
      ].join('\n'),
      [
        '\t\t\t\t});',
        '\t\t\t}',
        // The line is a copy made for this word (above), which nothing else holds: changed in place, with the same
        // keys in the same order as the original's copy.
        '\t\t\tline.end = line.position;',
        '\t\t\tline.between = line.spaceCount;',
        '\t\t\tline.heights = withToken(line.heights, token);',
        '\t\t\tline.started = true;',
        '\t\t\tline.border = endBorderOf(token);',
        '\t\t\tline.tabsOnly = false;',
      ].join('\n'),
    ),
    once(
      'Breiten gezeichneten Textes ohne ein Objekt je Zeichen',
      [
        '\t\tconst glyphs = glyphsOf(part, font, shaping);',
        '\t\tconst joined = joinedIn([...part], arabic);',
        '\t\treturn glyphs.reduce(({ total, character }, glyph, glyphIndex) => {',
        '\t\t\tvar _ref, _joined$get2;',
        '\t\t\tconst next = glyphs[glyphIndex + 1];',
        '\t\t\tconst kerning = kerned && next !== void 0 ? kerningBetween(shaping, glyph, next) || 0 : 0;',
        '\t\t\treturn {',
        '\t\t\t\ttotal: total + (((_ref = (_joined$get2 = joined === null || joined === void 0 ? void 0 : joined.get(character)) !== null && _joined$get2 !== void 0 ? _joined$get2 : glyph.width) !== null && _ref !== void 0 ? _ref : widthOf(glyph.text)) + kerning) * size * scale / 1e5 + characterSpacing * [...glyph.text].length,',
        '\t\t\t\tcharacter: character + [...glyph.text].length',
        '\t\t\t};',
        '\t\t}, {',
        '\t\t\ttotal: at,',
        '\t\t\tcharacter: 0',
        '\t\t}).total;',
      ].join('\n'),
      // The same sums in the same order, in a loop: no object for each glyph's running total, no array of its
      // characters to count them, none of the part's characters where no face joins letters (joinedIn needs one).
      [
        '\t\tconst glyphs = glyphsOf(part, font, shaping);',
        '\t\tconst joined = arabic === void 0 ? void 0 : joinedIn([...part], arabic);',
        '\t\tlet total = at;',
        '\t\tlet character = 0;',
        '\t\tfor (let glyphIndex = 0; glyphIndex < glyphs.length; glyphIndex++) {',
        '\t\t\tvar _ref, _joined$get2;',
        '\t\t\tconst glyph = glyphs[glyphIndex];',
        '\t\t\tconst next = glyphs[glyphIndex + 1];',
        '\t\t\tconst kerning = kerned && next !== void 0 ? kerningBetween(shaping, glyph, next) || 0 : 0;',
        '\t\t\tlet length = 0;',
        '\t\t\tfor (const _ of glyph.text) length++;',
        '\t\t\ttotal = total + (((_ref = (_joined$get2 = joined === null || joined === void 0 ? void 0 : joined.get(character)) !== null && _joined$get2 !== void 0 ? _joined$get2 : glyph.width) !== null && _ref !== void 0 ? _ref : widthOf(glyph.text)) + kerning) * size * scale / 1e5 + characterSpacing * length;',
        '\t\t\tcharacter = character + length;',
        '\t\t}',
        '\t\treturn total;',
      ].join('\n'),
    ),
    once(
      'Schriftbereiche eines Textes ohne eine Liste je Zeichen',
      [
        '\treturn [...text].reduce((all, character) => {',
        '\t\tvar _last$slot;',
        '\t\tconst last = all[all.length - 1];',
        '\t\tconst own = slotOf(character, (_last$slot = last === null || last === void 0 ? void 0 : last.slot) !== null && _last$slot !== void 0 ? _last$slot : "latin", format);',
        '\t\tconst slot = own === "hinted" ? "eastAsian" : own;',
        '\t\treturn (last === null || last === void 0 ? void 0 : last.slot) === slot ? [...all.slice(0, -1), {',
        '\t\t\tslot,',
        '\t\t\ttext: last.text + character',
        '\t\t}] : [...all, {',
        '\t\t\tslot,',
        '\t\t\ttext: character',
        '\t\t}];',
        '\t}, []).flatMap(',
      ].join('\n'),
      // The same spans, each grown in place (the list and its spans are this function's own until it returns), where
      // the original copied the list and the last span for every character.
      [
        '\tconst __skwSpans = [];',
        '\tfor (const character of text) {',
        '\t\tvar _last$slot;',
        '\t\tconst last = __skwSpans[__skwSpans.length - 1];',
        '\t\tconst own = slotOf(character, (_last$slot = last === null || last === void 0 ? void 0 : last.slot) !== null && _last$slot !== void 0 ? _last$slot : "latin", format);',
        '\t\tconst slot = own === "hinted" ? "eastAsian" : own;',
        '\t\tif ((last === null || last === void 0 ? void 0 : last.slot) === slot) last.text = last.text + character;',
        '\t\telse __skwSpans.push({',
        '\t\t\tslot,',
        '\t\t\ttext: character',
        '\t\t});',
        '\t}',
        '\treturn __skwSpans.flatMap(',
      ].join('\n'),
    ),
    once(
      'Genaue Breitentabelle je Schriftname nur einmal suchen',
      'var exactWidthsOf = (font) => {',
      [
        // A pure function of the name (the tables are constants), which lower-cased every name of the table for every
        // line height looked up.
        'var exactWidthsByName = new Map();',
        'var exactWidthsOf = (font) => {',
        '\tif (!exactWidthsByName.has(font)) exactWidthsByName.set(font, exactWidthsOfUncached(font));',
        '\treturn exactWidthsByName.get(font);',
        '};',
        'var exactWidthsOfUncached = (font) => {',
      ].join('\n'),
    ),
    once(
      'Formatierungen in einem Objekt zusammenführen',
      'var combine = (formats) => formats.reduce((all, format) => _objectSpread2(_objectSpread2({}, all), withoutUndefined(format)), {});',
      [
        // The same keys in the same order with the same values (the last given of each, as the copies gave), in one
        // object instead of a copy and a filtered copy per format.
        'var combine = (formats) => {',
        '\tconst all = {};',
        '\tfor (const format of formats) for (const key of Object.keys(format)) {',
        '\t\tconst value = format[key];',
        '\t\tif (value === void 0) continue;',
        "\t\tif (key === '__proto__') Object.defineProperty(all, key, { value, enumerable: true, writable: true, configurable: true });",
        '\t\telse all[key] = value;',
        '\t}',
        '\treturn all;',
        '};',
      ].join('\n'),
    ),
    once(
      'Formatvorlagenketten je Vorlage nur einmal ablaufen',
      'var styleChain = ({ styles }, id, type) => {',
      [
        // A style's chain (it and the styles it is based on) depends on the styles of the document alone, which are
        // read once per part and not changed; every caller only reads the chain. Looked up for every run and paragraph.
        'var styleChainsByStyles = new WeakMap();',
        'var styleChain = (reader, id, type) => {',
        '\tconst { styles } = reader;',
        '\tif (styles === null || typeof styles !== "object") return styleChainUncached(reader, id, type);',
        '\tlet byType = styleChainsByStyles.get(styles);',
        '\tif (byType === void 0) styleChainsByStyles.set(styles, byType = new Map());',
        '\tlet byId = byType.get(type);',
        '\tif (byId === void 0) byType.set(type, byId = new Map());',
        '\tif (!byId.has(id)) byId.set(id, styleChainUncached(reader, id, type));',
        '\treturn byId.get(id);',
        '};',
        'var styleChainUncached = ({ styles }, id, type) => {',
      ].join('\n'),
    ),
    once(
      'Arabische Buchstaben in einer Menge nachschlagen',
      'var isJoinedLetter = (character) => character === TATWEEL || "ءآأؤإئابةتثجحخدذرزسشصضطظعغفقكلمنهوىيپچژکگی".includes(character);',
      [
        // Asked for every character measured. A string of one character (or none) is in the letters' string when it
        // is one of them (or empty); anything else is looked for in the string, as before.
        'var JOINED_LETTERS_TEXT = "ءآأؤإئابةتثجحخدذرزسشصضطظعغفقكلمنهوىيپچژکگی";',
        'var JOINED_LETTERS = new Set(JOINED_LETTERS_TEXT);',
        'var isJoinedLetter = (character) => character === TATWEEL || (typeof character === "string" && character.length <= 1 ? character.length === 0 || JOINED_LETTERS.has(character) : JOINED_LETTERS_TEXT.includes(character));',
      ].join('\n'),
    ),
    once(
      'Zeilenumbruchstellen ohne Objekt je Zeichen',
      [
        '\tif (!anywhere && ![...text].some((character) => character.codePointAt(0) > 767) && !text.includes("-")) return /* @__PURE__ */ new Set();',
        '\tconst characters = pieces.flatMap(({ text: piece }) => [...piece]);',
        '\tconst runs = pieces.flatMap(({ text: piece, language, eastAsian }) => [...piece].map(() => ({',
        '\t\tlanguage: kinsokuLanguageOf(language),',
        '\t\tanywhere: rules.wordWrap === false && eastAsian === true',
        '\t})));',
      ].join('\n'),
      [
        // A code point above 767 is a UTF-16 code unit above it (a surrogate for those past the BMP).
        '\tif (!anywhere && !/[^\\u0000-\\u02ff]/.test(text) && !text.includes("-")) return /* @__PURE__ */ new Set();',
        // Each character's piece instead of an object per character; what the object held, per piece.
        '\tconst characters = [];',
        '\tconst pieceAt = [];',
        '\tconst pieceRuns = pieces.map(({ language, eastAsian }) => ({',
        '\t\tlanguage: kinsokuLanguageOf(language),',
        '\t\tanywhere: rules.wordWrap === false && eastAsian === true',
        '\t}));',
        '\tfor (let p = 0; p < pieces.length; p++) for (const character of pieces[p].text) {',
        '\t\tcharacters.push(character);',
        '\t\tpieceAt.push(p);',
        '\t}',
        '\tconst runAt = (index) => pieceRuns[pieceAt[index]];',
      ].join('\n'),
    ),
    once(
      'Zeilenumbruchstellen ohne Objekt je Zeichen',
      '\t\tconst { language } = runs[index];',
      '\t\tconst { language } = runAt(index);',
    ),
    once(
      'Zeilenumbruchstellen ohne Objekt je Zeichen',
      ' || runs[index - 1].anywhere && runs[index].anywhere) && ',
      ' || runAt(index - 1).anywhere && runAt(index).anywhere) && ',
    ),
    once(
      'Unbekannte Zeichen ohne Zeichenliste suchen',
      [
        '\treturn [...text].find((character) => {',
        '\t\tconst code = character.codePointAt(0);',
        '\t\tconst index = CHARACTER_INDEX.get(code);',
      ].join('\n'),
      [
        '\tfor (const character of text) if (isUnknownCharacter(character)) return character;',
        '\treturn void 0;',
        '\tfunction isUnknownCharacter(character) {',
        '\t\tconst code = character.codePointAt(0);',
        '\t\tconst index = CHARACTER_INDEX.get(code);',
      ].join('\n'),
    ),
    once(
      'Unbekannte Zeichen ohne Zeichenliste suchen',
      [
        '\t\treturn index === void 0 ? (more === null || more === void 0 ? void 0 : more.widths[moreIndex]) === void 0 : widths[index] === void 0;',
        '\t});',
        '};',
      ].join('\n'),
      [
        '\t\treturn index === void 0 ? (more === null || more === void 0 ? void 0 : more.widths[moreIndex]) === void 0 : widths[index] === void 0;',
        '\t}',
        '};',
      ].join('\n'),
    ),
  ];
}
