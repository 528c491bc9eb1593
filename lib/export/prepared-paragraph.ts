/**
 * Paragraphs of plain runs, written without building docx's paragraph components each time.
 *
 * A concept of 100 pages has some 2,000 body paragraphs and table-cell paragraphs whose runs are prepared directly
 * (prepared-run.ts). As docx Paragraphs, each built its properties' components (style, spacing, indent, numbering)
 * and prepared them again on every export, although only a few dozen different properties occur. A PreparedParagraph
 * keeps its options; for this file's writer (docx-compile.ts) it gives the paragraph's properties as docx prepares
 * them, once per document and kind (the same objects for every paragraph alike, frozen so nothing changes them), and
 * its runs' XML in one piece. For docx's own writer, and where docx must see a Paragraph of its own (the last
 * paragraph of a section, which gets the section's properties; the last of a cell that spans rows), it is the docx
 * Paragraph of the same options. tests/export/docx-compile.test.ts compares whole documents with docx's.
 */
import { EMPTY_OBJECT, FileChild, Paragraph, ParagraphProperties, type IParagraphOptions, type ParagraphChild } from 'docx';
import { WRITTEN, deepFreeze, writesDirectly } from './docx-compile';
import { isPreparedRun, runXmlOf } from './prepared-run';

type Options = Pick<IParagraphOptions, 'style' | 'alignment' | 'indent' | 'spacing' | 'numbering'> & { children: ParagraphChild[] };
type Context = { stack: unknown[]; file: object };

/** Prepared paragraph properties by document (docx's File) and by their options. */
const propertiesByFile = new WeakMap<object, Map<string, object | undefined>>();

/**
 * What docx prepares for these paragraph properties in this document. Prepared once per document, as preparing a
 * numbered paragraph's properties also adds its list instance to the document's numbering.
 */
function preparedProperties({ style, alignment, indent, spacing, numbering }: Options, context: Context): object | undefined {
  let known = propertiesByFile.get(context.file);
  if (!known) {
    known = new Map();
    propertiesByFile.set(context.file, known);
  }
  // All the options but the runs: paragraphOf prepares only paragraphs without others (PARAGRAPH_OPTIONS).
  const options = { style, alignment, indent, spacing, numbering };
  const key = JSON.stringify(options);
  if (!known.has(key)) {
    const prepared = new ParagraphProperties(options).prepForXml(context as never) as object | undefined;
    known.set(key, prepared && deepFreeze(prepared));
  }
  return known.get(key);
}

export class PreparedParagraph extends FileChild {
  private paragraph: Paragraph | undefined;

  constructor(private readonly options: Options) {
    super('w:p');
  }

  /** The docx Paragraph of the same options. */
  toParagraph(): Paragraph {
    return (this.paragraph ??= new Paragraph(this.options));
  }

  override prepForXml(context: Parameters<Paragraph['prepForXml']>[0]): ReturnType<Paragraph['prepForXml']> {
    if (!writesDirectly()) return this.toParagraph().prepForXml(context);
    const properties = preparedProperties(this.options, context as unknown as Context);
    let runs = '';
    for (const child of this.options.children) runs += runXmlOf(child as never);
    const children: object[] = [];
    if (properties) children.push(properties);
    if (runs) children.push({ [WRITTEN]: runs });
    return { 'w:p': children.length > 0 ? children : EMPTY_OBJECT } as ReturnType<Paragraph['prepForXml']>;
  }
}

/** Only plain runs (prepared-run.ts) are written by a PreparedParagraph; tests switch it off to compare. */
let enabled = true;
export function preparingParagraphs(on: boolean): void {
  enabled = on;
}

/** The options a paragraph may have to be prepared; any other (a tracked paragraph mark, keepNext …) makes it a docx Paragraph. */
const PARAGRAPH_OPTIONS = new Set(['style', 'alignment', 'indent', 'spacing', 'numbering', 'children']);
const isPlain = (options: IParagraphOptions): boolean =>
  Object.keys(options).every((key) => PARAGRAPH_OPTIONS.has(key)) &&
  // A list that starts anew at this paragraph is numbered by where the paragraph stands: not prepared once per kind.
  (options.numbering === undefined || (options.numbering !== false && options.numbering.instance !== undefined && options.numbering.restart === undefined));

/** A paragraph of these options: prepared when all its children are plain runs, a docx Paragraph otherwise. */
export function paragraphOf(options: IParagraphOptions & { children: ParagraphChild[] }): Paragraph | PreparedParagraph {
  return enabled && isPlain(options) && options.children.every(isPreparedRun) ? new PreparedParagraph(options as Options) : new Paragraph(options);
}

/** Where docx must see a Paragraph of its own: the docx Paragraph for a prepared one. */
export function asDocxParagraph<T>(block: T): T | Paragraph {
  return block instanceof PreparedParagraph ? block.toParagraph() : block;
}

/** Whether a block is a paragraph, prepared or not. */
export const isParagraph = (block: unknown): boolean => block instanceof Paragraph || block instanceof PreparedParagraph;
