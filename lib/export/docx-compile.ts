/**
 * The parts of a DOCX as docx writes them, in less time.
 *
 * docx turns its component tree into plain objects (prepForXml; the body's TOC and field numbers are filled in on
 * those objects), and the objects into XML (stringifyXmlable). For a concept of 100 pages, whose document.xml is
 * some 2.7 MB, most of the export's own time went there, a third of it collecting garbage. The changes, each giving
 * the same bytes as docx (tests/export/docx-compile.test.ts compares whole documents):
 *
 * - document.xml is written from the objects in one pass (writeXmlable), instead of docx first building a
 *   description of every element (its name, attributes and content as arrays) and then joining those;
 * - while the body is prepared for that writer (`writesDirectly()`), the export's plain runs and paragraphs
 *   (prepared-run.ts, prepared-paragraph.ts) give their XML as it is (`{ [WRITTEN]: xml }`) instead of objects;
 * - the base component's prepForXml collects its children in one loop instead of flatMap + filter with a closure
 *   per call (it runs for every element of the document);
 * - attribute components (widths, shading, borders …) collect their attributes into one object instead of copying
 *   the object for each attribute;
 * - document.xml is never one string: the writer's pieces are encoded as UTF-8 in slices, and docx's list numbers
 *   are put into the bytes (`documentBytes`). Joining the pieces to one string of 2.7 million characters, replacing
 *   the numbers in it and encoding it took some 60 ms of a long concept's render of 250 ms (large new strings are slow
 *   to come by on these machines); this takes about 45, most of it for the pieces' characters, which the writer gives
 *   as ropes of strings (V8 copies them into one when they are read).
 *
 * They rely on docx's internals of the pinned version: the last two replace methods on docx's prototypes
 * (docx-methods.ts), each only when the method's source is the one it was written against, and the first two only
 * when the compiler looks as expected and the document has no images (whose placeholders docx resolves while
 * writing). Otherwise docx's own code runs, and a warning says why.
 */
import { Document, EMPTY_OBJECT, Packer } from 'docx';
import { replaceMethods, withDocxAlone } from './docx-methods';

export { withDocxAlone };

type Xmlable = Record<string, unknown>;
type Parts = Map<string, string | Uint8Array>;

interface DocxCompiler {
  formatter: { format: (input: unknown, context: unknown) => Xmlable };
  numberingReplacer: { replace: (xml: string, numberings: unknown) => string };
  compile: (file: Document) => Parts;
}

const DECLARATION = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>';
/** What docx writes for the stand-in returned instead of the body's objects. */
const STAND_IN = { 'w:document': EMPTY_OBJECT };
const STAND_IN_XML = `${DECLARATION}<w:document/>`;

/**
 * The key of an element that a component wrote itself (`{ [WRITTEN]: xml }`): its XML goes in as it is. Components give
 * it only while `writesDirectly()`, that is while the body is prepared for this file's writer; docx's own writer gets
 * the objects docx would prepare.
 */
export const WRITTEN = '#xml';
let direct = false;
/** Whether the body is being prepared for writeXmlable (which takes WRITTEN elements). */
export const writesDirectly = (): boolean => direct;

/** A prepared object shared by many elements, frozen so that nothing changes it for the others. */
export function deepFreeze<T extends object>(value: T): T {
  for (const inner of Object.values(value)) if (inner !== null && typeof inner === 'object' && !Object.isFrozen(inner)) deepFreeze(inner);
  return Object.freeze(value);
}

// -- writing XML -------------------------------------------------------------------------------------------------

const NEEDS_ESCAPE = /[&"'<>\x00-\x08\x0B\x0C\x0E-\x1F]/;
const ESCAPABLE = /[&"'<>\x00-\x08\x0B\x0C\x0E-\x1F]/g;
const ENTITIES: Record<string, string> = { '&': '&amp;', '"': '&quot;', "'": '&apos;', '<': '&lt;', '>': '&gt;' };
/** As docx escapes: the five entities, and control characters XML cannot hold left out. */
export const escapeXml = (value: string): string => (NEEDS_ESCAPE.test(value) ? value.replace(ESCAPABLE, (char) => ENTITIES[char] ?? '') : value);
/** A value as docx writes it: strings escaped, anything else (numbers, booleans) as its string. */
const valueText = (value: unknown): string => (typeof value === 'string' ? escapeXml(value) : String(value));

function attributesOf(attributes: Xmlable): string {
  let out = '';
  for (const key of Object.keys(attributes)) out += ` ${key}="${valueText(attributes[key])}"`;
  return out;
}

/** The first own key, as Object.keys(object)[0], without making the array (this runs for every element). */
function firstKey(object: object): string | undefined {
  for (const key in object) if (Object.prototype.hasOwnProperty.call(object, key)) return key;
  return undefined;
}

/**
 * The XML of one of docx's objects (`{ "w:b": { _attr: { "w:val": false } } }`), as docx's stringifyXmlable writes it
 * without indentation, quirks included: among an element's children a text replaces the child written just before
 * it, and an element whose children are only attributes is written open and closed, not empty.
 */
export function writeXmlable(data: Xmlable): string {
  const out: string[] = [];
  writeInto(data, out);
  return out.join('');
}

/** Appends the pieces of `data`'s XML to `out` (one join at the end keeps the result a flat string). */
function writeInto(data: Xmlable, out: string[]): void {
  const name = firstKey(data);
  const values = name === undefined ? undefined : data[name];
  if (name === WRITTEN) {
    out.push(values as string);
    return;
  }
  const open = name ? `<${name}` : '';
  const close = name ? `</${name}>` : '';
  if (typeof values !== 'object') {
    out.push(`${open}${name ? '>' : ''}${values === undefined ? '' : valueText(values)}${close}`);
    return;
  }
  if (values === null) {
    out.push(`${open}/>`);
    return;
  }
  const element = values as Xmlable & { _attr?: Xmlable; _cdata?: string };
  let attributes = element._attr ? attributesOf(element._attr) : '';
  const cdata = element._cdata ? `<![CDATA[${element._cdata.replace(/\]\]>/g, ']]]]><![CDATA[>')}]]>` : undefined;
  if (!Array.isArray(values)) {
    out.push(cdata === undefined ? `${open}${attributes}/>` : `${open}${attributes}${name ? '>' : ''}${cdata}${close}`);
    return;
  }
  const children = values as unknown[];
  // The most common element by far, a run's text (`w:t` with its xml:space attribute): written straight away.
  if (cdata === undefined && children.length === 2 && typeof children[1] === 'string') {
    const first = children[0] as { _attr?: Xmlable } | null;
    if (first !== null && typeof first === 'object' && firstKey(first) === '_attr') {
      out.push(`${open}${attributes}${attributesOf(first._attr!)}${name ? '>' : ''}${valueText(children[1])}${close}`);
      return;
    }
  }
  let text = cdata !== undefined;
  for (const child of children) {
    if (child === null) throw new Error('docx-compile: leeres Element');
    if (typeof child !== 'object') text = true;
    else if (firstKey(child) === '_attr') attributes += attributesOf((child as { _attr: Xmlable })._attr);
  }
  out.push(`${open}${attributes}${name ? '>' : ''}`);
  if (!text) {
    // Usually only elements and attributes: written straight after each other.
    for (const child of children) if (firstKey(child as object) !== '_attr') writeInto(child as Xmlable, out);
  } else {
    // With text among them, docx's order of events: each text takes the place of what came just before it.
    const content: string[] = cdata === undefined ? [] : [cdata];
    content.push('');
    let replaced = false;
    for (const child of children) {
      if (typeof child === 'object') {
        if (firstKey(child as object) !== '_attr') content.push(writeXmlable(child as Xmlable));
      } else {
        content.pop();
        replaced = true;
        content.push(child === undefined ? '' : valueText(child));
      }
    }
    if (!replaced) content.push('');
    out.push(...content);
  }
  out.push(close);
}

// -- installing --------------------------------------------------------------------------------------------------

const problems: string[] = [];
let compiler: DocxCompiler | undefined;
/** The body currently being written by `compileParts`, and its XML once written (in pieces, in order). */
let writing: { view: unknown; pieces?: string[] } | undefined;

function install(): void {
  problems.push(...replaceMethods());
  const shared = (Packer as unknown as { compiler?: DocxCompiler }).compiler;
  if (!shared || typeof shared.compile !== 'function' || typeof shared.formatter?.format !== 'function' || typeof shared.numberingReplacer?.replace !== 'function') {
    problems.push('der Compiler von docx sieht anders aus');
    return;
  }
  // An instance of our own, so docx's shared Packer keeps its formatter.
  const own = new (shared.constructor as new () => DocxCompiler)();
  const format = own.formatter.format.bind(own.formatter);
  own.formatter.format = (input, context) => {
    if (!writing || input !== writing.view) return format(input, context);
    direct = true;
    let output: Xmlable;
    try {
      output = format(input, context);
    } finally {
      direct = false;
    }
    const pieces: string[] = [];
    writeInto(output, pieces);
    writing.pieces = pieces;
    return STAND_IN;
  };
  compiler = own;
}
install();
if (problems.length > 0) console.warn(`DOCX-Export ohne (volle) Beschleunigung: ${problems.join('; ')}`);

/** Why the faster way is not taken, or not all of it (undefined when it is); for tests and the log. */
export const compileProblem = (): string | undefined => (problems.length > 0 ? problems.join('; ') : undefined);

/**
 * The package's parts by path, as docx's Packer would zip them; document.xml as UTF-8 bytes when it was written here
 * (as a string where docx wrote it).
 */
export function compileParts(document: Document): Parts {
  const shared = (Packer as unknown as { compiler: DocxCompiler }).compiler;
  const file = document as unknown as { Document: { View: unknown }; Media: { Array: unknown[] }; Numbering: { ConcreteNumbering: unknown } };
  if (!compiler || file.Media.Array.length > 0) return shared.compile(document);
  writing = { view: file.Document.View };
  try {
    const parts = compiler.compile(document);
    const pieces = writing.pieces;
    if (pieces === undefined || parts.get('word/document.xml') !== STAND_IN_XML) throw new Error('docx-compile: document.xml nicht geschrieben');
    const numbering = compiler.numberingReplacer;
    parts.set('word/document.xml', documentBytes(pieces, (xml) => numbering.replace(xml, file.Numbering.ConcreteNumbering)));
    return parts;
  } finally {
    writing = undefined;
  }
}

/** Characters of XML encoded at a time: large enough for few calls, small enough to stay out of V8's large objects. */
const SLICE = 1 << 14;

/**
 * The declaration and the pieces as UTF-8, in slices of whole pieces, with docx's list numbers put in (`withNumbers`).
 * @param replaceNumbers docx's replacement of the list numbers' placeholders in a text
 */
function documentBytes(pieces: string[], replaceNumbers: (xml: string) => string): Buffer {
  const slices: Buffer[] = [Buffer.from(DECLARATION, 'utf8')];
  let from = 0;
  let length = 0;
  for (let i = 0; i < pieces.length; i++) {
    length += pieces[i]!.length;
    if (length < SLICE && i < pieces.length - 1) continue;
    slices.push(Buffer.from(pieces.slice(from, i + 1).join(''), 'utf8'));
    from = i + 1;
    length = 0;
  }
  return Buffer.concat(withNumbers(slices, replaceNumbers));
}

const OPEN = 0x7b; // {
const CLOSE = 0x7d; // }

/**
 * The slices with each placeholder docx leaves for a list's number (`{reference-instance}`) as docx's numbering
 * replacer writes it: what its regular expression /\{([^{}]+)\}/g finds in the text, found in the bytes (braces are
 * ASCII, never part of another character in UTF-8; the writer writes a placeholder within one piece, so within one
 * slice). The replacer is asked once, for every placeholder, NUL (which XML cannot hold) between them.
 */
function withNumbers(slices: Buffer[], replaceNumbers: (xml: string) => string): Uint8Array[] {
  const found: { slice: number; at: number; end: number; key: string }[] = [];
  slices.forEach((bytes, slice) => {
    let at = bytes.indexOf(OPEN);
    while (at >= 0) {
      const next = bytes.indexOf(OPEN, at + 1);
      // A key of one byte or more, up to the first closing brace, with no opening brace before it.
      const close = bytes.subarray(at + 1, next < 0 ? bytes.length : next).indexOf(CLOSE);
      if (close > 0) found.push({ slice, at, end: at + 1 + close, key: bytes.toString('utf8', at + 1, at + 1 + close) });
      at = next;
    }
  });
  if (found.length === 0) return slices;
  const keys = [...new Set(found.map(({ key }) => key))];
  let answers = replaceNumbers(keys.map((key) => `{${key}}`).join('\u0000')).split('\u0000');
  if (answers.length !== keys.length) answers = keys.map((key) => replaceNumbers(`{${key}}`));
  const numbers = new Map(keys.map((key, i) => [key, Buffer.from(answers[i]!, 'utf8')]));
  const out: Uint8Array[] = [];
  let k = 0;
  slices.forEach((bytes, slice) => {
    let taken = 0;
    for (; k < found.length && found[k]!.slice === slice; k++) {
      const { at, end, key } = found[k]!;
      out.push(bytes.subarray(taken, at), numbers.get(key)!);
      taken = end + 1;
    }
    out.push(taken === 0 ? bytes : bytes.subarray(taken));
  });
  return out;
}

/** The parts as docx alone writes them (its own prepForXml and writer): what tests compare `compileParts` with. */
export function compileWithDocxAlone(document: Document): Parts {
  return withDocxAlone(() => (Packer as unknown as { compiler: DocxCompiler }).compiler.compile(document));
}
