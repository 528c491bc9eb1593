/**
 * Plain runs of the export, prepared directly: what docx prepares for a TextRun of the same options (objects, for
 * docx's own writer) or, while docx-compile.ts writes the body itself, its XML. Made by inline-to-docx.ts for text
 * with marks, hyphenated or not; written in paragraphs by prepared-paragraph.ts. tests/export/hyphenated-text.test.ts
 * compares both forms with docx's, docx-compile.test.ts whole documents.
 */
import { BaseXmlComponent, EMPTY_OBJECT, PageNumber, RunProperties, SoftHyphen, Tab, type IRunOptions, type ParagraphChild } from 'docx';
import { WRITTEN, deepFreeze, escapeXml, writeXmlable, writesDirectly } from './docx-compile';

export type RunFormat = Pick<IRunOptions, 'bold' | 'italics' | 'underline' | 'strike' | 'style'>;

export type RunChild = string | Tab | SoftHyphen | HyphenatedText;

/** Texts docx takes for a page-number field when they are a run's child on their own (PageNumber.CURRENT …). */
export const FIELD_WORDS = new Set<string>(Object.values(PageNumber));

/** What docx prepares for `new Text(piece)` and `new SoftHyphen()`; shared, and frozen so that nothing changes them. */
const PRESERVE_SPACE = Object.freeze({ _attr: Object.freeze({ 'xml:space': 'preserve' }) });
const SOFT_HYPHEN = Object.freeze({ 'w:softHyphen': EMPTY_OBJECT });

/**
 * Hyphenated text in a run: the `w:t` pieces and `w:softHyphen`s that docx's Text and SoftHyphen give, prepared
 * directly. A concept of 100 pages has some 34,000 soft hyphens; as docx components (each text piece a Text with its
 * attributes component, each hyphen an element) they were built, prepared and collected again on every export.
 * A run's children that prepare to a list are written in its place, in docx's own prepForXml as in docx-compile.ts;
 * tests/export/hyphenated-text.test.ts compares the result with docx's.
 */
export class HyphenatedText extends BaseXmlComponent {
  constructor(private readonly pieces: ReadonlyArray<string | null>) {
    super('w:t');
  }

  override prepForXml(): object[] {
    return writesDirectly() ? [{ [WRITTEN]: this.xml() }] : this.prepared();
  }

  /** The XML writeXmlable gives for the prepared pieces. */
  xml(): string {
    let xml = '';
    for (const piece of this.pieces) {
      if (piece === null) xml += SOFT_HYPHEN_XML;
      else if (piece) xml += textXml(piece);
    }
    return xml;
  }

  private prepared(): object[] {
    const out: object[] = [];
    for (const piece of this.pieces) {
      if (piece === null) out.push(SOFT_HYPHEN);
      else if (piece) out.push({ 'w:t': [PRESERVE_SPACE, piece] });
    }
    return out;
  }
}

const CONTEXT = { stack: [] as unknown[] };
/** What docx prepares for a run's formatting (RunProperties; undefined when there is none), once per formatting. */
const preparedFormats = new Map<string, object | undefined>();
function preparedFormat(format: RunFormat): object | undefined {
  const key = `${format.bold ? 'b' : ''}${format.italics ? 'i' : ''}${format.underline ? 'u' : ''}${format.strike ? 's' : ''}|${format.style ?? ''}`;
  if (!preparedFormats.has(key)) {
    const properties = new RunProperties(format).prepForXml(CONTEXT as never) as object | undefined;
    preparedFormats.set(key, properties && deepFreeze(properties));
  }
  return preparedFormats.get(key);
}
const TAB = deepFreeze(new Tab().prepForXml(CONTEXT as never) as object);
const BREAK = Object.freeze({ 'w:br': EMPTY_OBJECT });

/** The XML of the shared prepared objects, as writeXmlable writes them. */
const TAB_XML = writeXmlable(TAB as Record<string, unknown>);
const BREAK_XML = writeXmlable(BREAK);
const SOFT_HYPHEN_XML = writeXmlable(SOFT_HYPHEN);
const textXml = (text: string) => `<w:t xml:space="preserve">${escapeXml(text)}</w:t>`;
const formatXml = new WeakMap<object, string>();
function formatXmlOf(format: object): string {
  let xml = formatXml.get(format);
  if (xml === undefined) {
    xml = writeXmlable(format as Record<string, unknown>);
    formatXml.set(format, xml);
  }
  return xml;
}

/**
 * A run of text as docx prepares a TextRun of the same options (`w:r` with its formatting, a line break, then its
 * pieces), without building the run's components: a concept of 100 pages has some 4,700 runs. Only for what
 * inline-to-docx.ts puts in a plain run: formatting by marks, at most one break, text, tabs and hyphenated text.
 * tests/export/hyphenated-text.test.ts compares the result with docx's.
 */
class PreparedRun extends BaseXmlComponent {
  constructor(
    private readonly format: object | undefined,
    private readonly lineBreak: boolean,
    private readonly children: readonly RunChild[],
  ) {
    super('w:r');
  }

  override prepForXml(): object {
    return writesDirectly() ? { [WRITTEN]: this.xml() } : this.prepared();
  }

  /** The XML writeXmlable gives for the prepared run. */
  xml(): string {
    let xml = this.format ? formatXmlOf(this.format) : '';
    if (this.lineBreak) xml += BREAK_XML;
    for (const child of this.children) {
      if (typeof child === 'string') xml += textXml(child);
      else if (child instanceof HyphenatedText) xml += child.xml();
      else if (child instanceof Tab) xml += TAB_XML;
      else xml += SOFT_HYPHEN_XML;
    }
    return xml === '' ? '<w:r/>' : `<w:r>${xml}</w:r>`;
  }

  private prepared(): object {
    const out: object[] = [];
    if (this.format) out.push(this.format);
    if (this.lineBreak) out.push(BREAK);
    for (const child of this.children) {
      if (typeof child === 'string') out.push({ 'w:t': [PRESERVE_SPACE, child] });
      // Not spread into push: a very long paragraph has more pieces than a call takes arguments.
      else if (child instanceof HyphenatedText) for (const piece of child.prepForXml()) out.push(piece);
      else if (child instanceof Tab) out.push(TAB);
      else out.push(SOFT_HYPHEN);
    }
    // As docx's own: a run with nothing in it is empty, one with only its formatting is that object.
    const only = out.length === 1 ? (out[0] as { _attr?: unknown }) : undefined;
    return { 'w:r': out.length === 0 ? EMPTY_OBJECT : only?._attr ? only : out };
  }
}

/** Whether a paragraph's child is a plain run prepared here (prepared-paragraph.ts writes those directly). */
export const isPreparedRun = (child: unknown): boolean => child instanceof PreparedRun;
/** A plain run's XML, as writeXmlable writes what docx prepares for it. */
export const runXmlOf = (run: ParagraphChild): string => (run as unknown as PreparedRun).xml();

const RUN_OPTIONS = new Set(['bold', 'italics', 'underline', 'strike', 'style', 'text', 'children', 'break']);

/** The run prepared directly, for the options inline-to-docx.ts gives a plain run; undefined for others (a TextRun then). */
export function preparedRun(options: IRunOptions): ParagraphChild | undefined {
  if (Object.keys(options).some((key) => !RUN_OPTIONS.has(key)) || (options.break !== undefined && options.break !== 1)) return undefined;
  if (options.underline !== undefined && Object.keys(options.underline).length > 0) return undefined;
  const children: RunChild[] = [];
  if (options.text !== undefined) children.push(options.text);
  for (const child of (options.children ?? []) as unknown[]) {
    if (typeof child === 'string') {
      // A page-number word docx would take for a field: left to docx (pushPiece splits the concept's own).
      if (FIELD_WORDS.has(child)) return undefined;
      children.push(child);
    } else if (child instanceof HyphenatedText || child instanceof Tab || child instanceof SoftHyphen) children.push(child);
    else return undefined;
  }
  const { bold, italics, underline, strike, style } = options;
  return new PreparedRun(preparedFormat({ bold, italics, underline, strike, style }), options.break === 1, children) as unknown as ParagraphChild;
}
