/**
 * ExportDocument → docx Document → DOCX bytes. Pure (no database, no clock), so the
 * use case, the tests and the benchmark all go through exactly this code.
 */
import { Document, HeadingLevel, Packer, Paragraph, Tab, TextRun } from 'docx';
import { ListNumbering } from './list-numbering';
import type { ExportAnnex, ExportDocument, ExportSection } from './model';
import { PageFlow } from './page-flow';
import { tableOfContents, titlePage } from './page-parts';
import { LANDSCAPE_TEXT_WIDTH, STYLE, TEXT_WIDTH, documentStyles } from './styles';
import { isWideTable } from './table-to-docx';
import { documentContent, mapBlocks, rootContext } from './tiptap-to-docx';

export const DOCX_MIME_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

export const EMPTY_SECTION_NOTE = 'Dieser Abschnitt ist noch nicht ausgefüllt.';

function sectionHeading(section: ExportSection, isNewPage: boolean): Paragraph {
  // The template's own numbers ("13.2") as text, not Word auto-numbering: they must match the app and
  // cross-references in the text ("siehe Ablaufplan 13.3") even when empty sections are left out.
  return new Paragraph({
    heading: section.depth === 0 ? HeadingLevel.HEADING_1 : HeadingLevel.HEADING_2,
    pageBreakBefore: isNewPage,
    children: [new TextRun({ children: [section.number, new Tab(), section.title] })],
  });
}

function renderSection(section: ExportSection, model: ExportDocument, lists: ListNumbering, flow: PageFlow): void {
  flow.add(false, [sectionHeading(section, section.depth === 0 && flow.continues(false))]);
  if (!section.content) {
    if (model.emptySections === 'mark') flow.add(false, [new Paragraph({ style: STYLE.emptySection, text: EMPTY_SECTION_NOTE })]);
    return;
  }
  const where = `Abschnitt ${section.number} („${section.title}“)`;
  const portrait = rootContext(lists, where, TEXT_WIDTH);
  const landscape = rootContext(lists, where, LANDSCAPE_TEXT_WIDTH);
  const nodes = documentContent(section.content, where);
  const isWide = nodes.map((node) => node.type === 'table' && isWideTable(node, TEXT_WIDTH, where));
  nodes.forEach((node, i) => {
    // A heading right before a landscape table goes with it, so it is not left alone on the page before.
    const isLandscape = isWide[i] === true || (node.type === 'heading' && isWide[i + 1] === true);
    flow.add(isLandscape, mapBlocks([node], isLandscape ? landscape : portrait));
  });
}

function renderAnnex(annex: ExportAnnex, lists: ListNumbering, flow: PageFlow): void {
  const ctx = rootContext(lists, `Anhang ${annex.letter} („${annex.title}“)`, LANDSCAPE_TEXT_WIDTH);
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
export function buildDocument(model: ExportDocument): Document {
  const { meta } = model;
  const lists = new ListNumbering();
  const flow = new PageFlow(meta);
  flow.add(false, [...titlePage(meta), ...tableOfContents()]);
  for (const section of model.sections) renderSection(section, model, lists, flow);
  for (const annex of model.annexes) renderAnnex(annex, lists, flow);
  return new Document({
    title: meta.title,
    subject: meta.subject,
    creator: meta.districtName,
    lastModifiedBy: meta.districtName,
    description: `${meta.statusLabel} · ${meta.versionLabel} · Stand ${meta.dateLabel}`,
    keywords: 'Gewaltschutzkonzept; Gewaltschutz; Gemeinschaftsunterkunft',
    features: { updateFields: true },
    // No automatic hyphenation: Word and LibreOffice hyphenate differently (LibreOffice only with a German
    // dictionary installed), so the TOC page numbers worked out at export could be a page off. Left-aligned
    // text reads well without it, and table columns are sized so that words fit (table-grid.ts).
    styles: documentStyles,
    numbering: { config: lists.config() },
    sections: flow.sections(),
  });
}

/** The DOCX bytes. The TOC has its entries; its page numbers are added afterwards (toc-page-numbers.ts). */
export async function renderDocx(model: ExportDocument): Promise<Buffer> {
  return Packer.toBuffer(buildDocument(model));
}
