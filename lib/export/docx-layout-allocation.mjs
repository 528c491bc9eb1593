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
 *     almost never is; it now looks first and builds them only when one is.
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
  ];
}
