// @ts-check
/**
 * Fixes for docx-layout.mjs that spare docx/layout making objects it throws away at once. A first layout of the
 * reference concept made some 1.7 GB of short-lived objects (a sampling heap profile, tests/bench/export.ts's concept,
 * laid out on one thread): a fifth of its time went to collecting them, and two layouts side by side (the export's two
 * threads) slow each other down mostly there. The largest makers that are pure functions of a name or an element:
 *
 *   - the name of an element of its formatted tree (`{ "w:p": [...] }`) was `Object.keys(element)[0]`, a new array
 *     for every look at an element; a `for … in` gives the same first key without one;
 *   - `eastAsianFontOf` and `widthsOf` test a font's name against tables of regular expressions and lower-cased names
 *     for every word measured and every line's height; their results depend on the name alone (the tables are
 *     constants), so they are kept per name;
 *   - `measureTextHeight` built an object per character to find whether any of them is drawn in another font, which
 *     almost never is; it now looks first and builds them only when one is;
 *   - `countFootnoteReferences` filtered and reduced every paragraph's tree into new arrays to count references.
 *
 * Each returns what the original returns; tests/export/docx-layout-fixes.test.ts compares the numbers both write.
 */

/** The first own enumerable key, as `Object.keys(element)[0]` gives it (a `for … in` lists own keys first). */
const FIRST_KEY = '{\n\tfor (const key in element) return Object.prototype.hasOwnProperty.call(element, key) ? key : void 0;\n\treturn void 0;\n}';

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
      'Fußnotenverweise ohne Zwischenlisten zählen',
      [
        'var countFootnoteReferences = (elements) => elements.filter(isObject).reduce((count, element) => {',
        '\tconst name = nameOf$1(element);',
        '\tif (name === "w:footnoteReference") return count + 1;',
        '\treturn name === "w:txbxContent" || name === "_attr" ? count : count + countFootnoteReferences(contentOf$3(element));',
        '}, 0);',
      ].join('\n'),
      [
        'var countFootnoteReferences = (elements) => {',
        '\tlet count = 0;',
        '\tfor (const element of elements) {',
        '\t\tif (!isObject(element)) continue;',
        '\t\tconst name = nameOf$1(element);',
        '\t\tif (name === "w:footnoteReference") count += 1;',
        '\t\telse if (name !== "w:txbxContent" && name !== "_attr") count += countFootnoteReferences(contentOf$3(element));',
        '\t}',
        '\treturn count;',
        '};',
      ].join('\n'),
    ),
  ];
}
