/**
 * ExportDocument → docx Document → DOCX bytes. Pure (no database, no clock), so the
 * use case, the tests and the benchmark all go through exactly this code.
 */
import { DeletedTextRun, Document, HeadingLevel, InsertedTextRun, Paragraph, Tab, TextRun } from 'docx';
import { compileParts } from './docx-compile';
import { numberHeadingBookmarksPerDocument, withStableLinkIds } from './stable-ids';
import { packEntry, writeZip } from './zip.mjs';
import { docxComments, withHeadingComments } from './comments-to-docx';
import { ListNumbering } from './list-numbering';
import type { ExportAnnex, ExportDocument, ExportSection } from './model';
import { PageFlow } from './page-flow';
import { tableOfContents, titlePage } from './page-parts';
import { LANDSCAPE_TEXT_WIDTH, STYLE, TEXT_WIDTH, documentStyles } from './styles';
import { isWideTable } from './table-to-docx';
import { codePointLength, docToPlainText } from '../editor/text';
import type { TiptapNode } from '../editor/types';
import { documentContent, mapBlocks, rootContext } from './tiptap-to-docx';
import { revisionOf, type ChangeMarking } from './block-context';

export const DOCX_MIME_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

export const EMPTY_SECTION_NOTE = 'Dieser Abschnitt ist noch nicht ausgefüllt.';
/** After the title of a section that the document leaves out but keeps the number of ('entfaellt'). */
export const DROPPED_SUFFIX = ' (entfällt)';

function sectionHeading(section: ExportSection, isNewPage: boolean, changes?: ChangeMarking): Paragraph {
  // The numbers as text, not Word auto-numbering: they must match the TOC and the references in the text
  // (build-model.ts numbers them, cross-references.ts rewrites the references when the numbering has no gaps).
  const text = { children: [section.number, new Tab(), section.title + (section.isDropped ? DROPPED_SUFFIX : '')] };
  // Redline: a section of one Fassung only comes or goes with its heading.
  const tracked = section.revision && changes?.kind === 'tracked' ? changes : undefined;
  const isInserted = section.revision === 'inserted';
  return new Paragraph({
    heading: section.depth === 0 ? HeadingLevel.HEADING_1 : HeadingLevel.HEADING_2,
    pageBreakBefore: isNewPage,
    ...(tracked ? { run: isInserted ? { insertion: revisionOf(tracked) } : { deletion: revisionOf(tracked) } } : {}),
    children: withHeadingComments(
      [
        !tracked
          ? new TextRun(text)
          : isInserted
            ? new InsertedTextRun({ ...text, ...revisionOf(tracked) })
            : new DeletedTextRun({ ...text, ...revisionOf(tracked) }),
      ],
      section.headingComments,
    ),
  });
}

/** Text that a heading and a few lines fill, at most: what may go along with a landscape table. */
const SHORT_LINES = 8;
/** Characters of body text in one portrait line (11 pt Arial over 16.5 cm), roughly. */
const CHARS_PER_LINE = 90;

/** A rough count of the lines a block takes on a portrait page; a table counts as too long to move. */
function linesOf(node: TiptapNode): number {
  switch (node.type) {
    case 'paragraph':
      return Math.ceil(Math.max(1, codePointLength(docToPlainText(node))) / CHARS_PER_LINE) + 0.5;
    case 'heading':
      return 2;
    case 'table':
      return SHORT_LINES + 1;
    default:
      return (node.content ?? []).reduce((n, child) => n + linesOf(child), 0);
  }
}

/**
 * Which blocks go onto landscape pages: wide tables, and the short text that introduces one (its heading
 * and a few lines, or the section's beginning), so that no portrait page holds only a heading and three
 * lines before the table. Returns whether the section's own heading goes along too.
 */
function landscapeBlocks(nodes: readonly TiptapNode[], where: string): { isLandscape: boolean[]; headingGoes: boolean } {
  const isWide = nodes.map((node) => node.type === 'table' && isWideTable(node, TEXT_WIDTH, where));
  const isLandscape = [...isWide];
  let headingGoes = false;
  isWide.forEach((wide, w) => {
    if (!wide) return;
    let lines = 0;
    for (let j = w - 1; j >= -1; j--) {
      if (j === -1) {
        // The section begins with the table, or with a few lines before it: its heading goes along.
        headingGoes = true;
        for (let k = 0; k < w; k++) isLandscape[k] = true;
        return;
      }
      if (isWide[j]) return;
      lines += linesOf(nodes[j]!);
      if (lines > SHORT_LINES) return;
      if (nodes[j]!.type === 'heading') {
        for (let k = j; k < w; k++) isLandscape[k] = true;
        return;
      }
    }
  });
  return { isLandscape, headingGoes };
}

function renderSection(section: ExportSection, model: ExportDocument, lists: ListNumbering, flow: PageFlow, changes?: ChangeMarking): void {
  // Messages name the section as the app does: with its template number.
  const where = `Abschnitt ${section.templateNumber} („${section.title}“)`;
  const nodes = section.content ? documentContent(section.content, where) : [];
  const { isLandscape, headingGoes } = landscapeBlocks(nodes, where);
  flow.add(headingGoes, [sectionHeading(section, section.startsPart && flow.continues(headingGoes), changes)]);
  if (!section.content) {
    if (model.emptySections === 'mark') flow.add(false, [new Paragraph({ style: STYLE.emptySection, text: EMPTY_SECTION_NOTE })]);
    return;
  }
  const portrait = rootContext(lists, where, TEXT_WIDTH, changes);
  const landscape = rootContext(lists, where, LANDSCAPE_TEXT_WIDTH, changes);
  nodes.forEach((node, i) => {
    const wide = isLandscape[i] === true;
    const ctx = wide ? landscape : portrait;
    // A table closing a landscape part is followed by a new page anyway: no gap needed there.
    const afterTable = nodes[i - 1]?.type === 'table' && isLandscape[i - 1] === wide;
    flow.add(wide, mapBlocks([node], afterTable ? { ...ctx, afterTable } : ctx));
  });
}

function renderAnnex(annex: ExportAnnex, lists: ListNumbering, flow: PageFlow, changes?: ChangeMarking): void {
  const ctx = rootContext(lists, `Anhang ${annex.letter} („${annex.title}“)`, LANDSCAPE_TEXT_WIDTH, changes);
  flow.add(true, [
    new Paragraph({ heading: HeadingLevel.HEADING_1, pageBreakBefore: flow.continues(true), indent: { left: 0, hanging: 0 }, text: `Anhang ${annex.letter}: ${annex.title}` }),
    new Paragraph({ style: STYLE.annexNote, text: annex.note }),
    ...annex.tables.flatMap(({ caption, table }) => [
      new Paragraph({ heading: HeadingLevel.HEADING_2, indent: { left: 0, hanging: 0 }, text: caption }),
      ...mapBlocks([table], ctx),
    ]),
  ]);
}

/** The complete docx Document: title page, TOC, sections in template order, annex in landscape. */
export interface RenderOptions {
  /**
   * Whether Word updates the fields (table of contents, page references) when it opens the file, after
   * asking. Wanted only when the TOC's page numbers were not worked out at export (toc-page-numbers.ts);
   * with them the question on every opening would only bother the reader. Default: true.
   */
  updateFields?: boolean;
  /**
   * The redline (review-documents/redline.ts): how the changes marked in a section's text (by its key) or in
   * an annex (null) are written. The normal export has none.
   */
  changesOf?: (sectionKey: string | null) => ChangeMarking | undefined;
  /** Word and LibreOffice record further edits as tracked changes (the redline's reader works on in review mode). */
  trackRevisions?: boolean;
}

export function buildDocument(model: ExportDocument, { updateFields = true, changesOf, trackRevisions = false }: RenderOptions = {}): Document {
  const { meta } = model;
  const lists = new ListNumbering();
  const flow = new PageFlow(meta);
  flow.add(false, [...titlePage(meta), ...tableOfContents()]);
  for (const section of model.sections) renderSection(section, model, lists, flow, changesOf?.(section.key));
  for (const annex of model.annexes) renderAnnex(annex, lists, flow, changesOf?.(null));
  const document = new Document({
    title: meta.title,
    subject: meta.subject,
    creator: meta.districtName,
    lastModifiedBy: meta.districtName,
    // The template's version is for whoever supports the file, not for its readers: not on a page.
    description: `${meta.statusLabel} · ${meta.versionLabel}, Stand ${meta.dateLabel} · Vorlage ${meta.templateLabel}`,
    keywords: 'Gewaltschutzkonzept; Gewaltschutz; Gemeinschaftsunterkunft',
    ...(updateFields || trackRevisions ? { features: { ...(updateFields ? { updateFields: true } : {}), ...(trackRevisions ? { trackRevisions: true } : {}) } } : {}),
    // No automatic hyphenation: Word and LibreOffice hyphenate differently (LibreOffice only with a German
    // dictionary installed), so the TOC page numbers worked out at export could be a page off. Long words
    // carry soft hyphens from our own German patterns instead (hyphenation.ts), which every layout honours alike.
    styles: documentStyles,
    numbering: { config: lists.config() },
    ...(model.comments && model.comments.length > 0 ? { comments: docxComments(model.comments) } : {}),
    sections: flow.sections(),
  });
  // The same content, the same XML in every render (stable-ids.ts); the links' ids are set once written.
  numberHeadingBookmarksPerDocument(document);
  return document;
}

/** The DOCX bytes. The TOC has its entries; its page numbers are added afterwards (toc-page-numbers.ts). */
export async function renderDocx(model: ExportDocument, options: RenderOptions = {}): Promise<Buffer> {
  const document = buildDocument(model, options);
  // Building and writing each take a few hundred ms of a long concept on the server's one thread: saves and page
  // views that came in meanwhile are answered in between instead of after both.
  await new Promise((resolve) => setImmediate(resolve));
  // docx writes the parts (faster, with the same bytes: docx-compile.ts), Node's zlib packs them: docx zips with
  // fflate in JavaScript, which took a quarter of the time of a whole export of 100 pages; zlib (native) packs the
  // same parts about five times faster, as small.
  return zipParts(withStableLinkIds(compileParts(document)));
}

/** A ZIP archive of the parts, in their order, each deflated (as Word writes them), with equal bytes for equal parts (zip.mjs). */
function zipParts(parts: Map<string, string | Uint8Array>): Buffer {
  return writeZip([...parts].map(([path, content]) => packEntry(path, content)));
}
