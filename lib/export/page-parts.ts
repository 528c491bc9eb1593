/**
 * The frame around the sections: title page, table of contents, page header and
 * footer. Everything not adopted carries a visible ENTWURF marking on the title
 * page and in the header of every page, so a draft is never mistaken for the
 * adopted concept once it is printed or forwarded.
 */
import {
  BorderStyle,
  Footer,
  Header,
  HeadingLevel,
  PageNumber,
  Paragraph,
  Tab,
  TabStopType,
  Table,
  TableCell,
  TableLayoutType,
  TableOfContents,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import type { ExportMeta } from './model';
import { COLOR, STYLE, TABLE, TEXT_WIDTH } from './styles';

export const DRAFT_MARK = 'ENTWURF';

/** One row of the facts table on a title page (label | value), in the export's look. */
export function metaRow(label: string, value: string): TableRow {
  return new TableRow({
    cantSplit: true,
    children: [
      new TableCell({ width: { size: 2800, type: WidthType.DXA }, shading: TABLE.headerShading, children: [new Paragraph({ style: STYLE.tableHeading, text: label })] }),
      new TableCell({ width: { size: TEXT_WIDTH - 2800, type: WidthType.DXA }, children: [new Paragraph({ style: STYLE.tableText, text: value })] }),
    ],
  });
}

/** The facts table of a title page, made of metaRow rows. */
export function factsTable(rows: TableRow[]): Table {
  return new Table({
    layout: TableLayoutType.FIXED,
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: [2800, TEXT_WIDTH - 2800],
    borders: TABLE.borders,
    margins: TABLE.cellMargins,
    rows,
  });
}

/** „Fassung: Entwurf“ under „Status: Entwurf“ would say the same twice. */
const fassungDiffers = (meta: ExportMeta) => meta.versionLabel !== meta.statusLabel;

/**
 * The title page: district, title (and the template's title below it when the title does not say it
 * already), the ENTWURF marking, and one table of the facts a reader checks first. Fassung, Stand,
 * Beschluss and review date are the values of the data fields (build-model.ts), so chapter 1 and the
 * footer say the same; the template's version is not a reader's concern and stays in the properties.
 */
export function titlePage(meta: ExportMeta): Array<Paragraph | Table> {
  const draft = meta.isFinal
    ? []
    : [
        new Paragraph({ style: STYLE.draftMark, text: DRAFT_MARK }),
        new Paragraph({
          children: [new TextRun({ text: `Nicht beschlossene Fassung (Status: ${meta.statusLabel}). Nur zur Abstimmung, nicht zur Veröffentlichung.`, color: COLOR.draft })],
          spacing: { after: 480 },
        }),
      ];
  return [
    new Paragraph({ style: STYLE.coverDistrict, text: meta.districtName }),
    new Paragraph({ heading: HeadingLevel.TITLE, text: meta.title }),
    ...(meta.subtitle ? [new Paragraph({ style: STYLE.coverSubtitle, text: meta.subtitle })] : []),
    ...draft,
    new Table({
      layout: TableLayoutType.FIXED,
      width: { size: TEXT_WIDTH, type: WidthType.DXA },
      columnWidths: [2800, TEXT_WIDTH - 2800],
      borders: TABLE.borders,
      margins: TABLE.cellMargins,
      rows: [
        metaRow('Kommune', meta.districtName),
        metaRow('Verantwortliche Stelle', meta.responsible),
        metaRow('Status', meta.statusLabel),
        ...(fassungDiffers(meta) ? [metaRow('Fassung', meta.versionLabel)] : []),
        metaRow('Stand', meta.dateLabel),
        ...(meta.decisionLabel ? [metaRow('Beschluss', meta.decisionLabel)] : []),
        ...(meta.nextReviewLabel ? [metaRow('Nächste planmäßige Überprüfung', meta.nextReviewLabel)] : []),
        ...(meta.changesSinceLabel ? [metaRow('Änderungen nachverfolgt gegenüber', meta.changesSinceLabel)] : []),
      ],
    }),
    new Paragraph({ text: '' }),
  ];
}

/**
 * A Word TOC field over the section titles (Heading 1–2). Entries and page numbers are written at export
 * time (toc-page-numbers.ts); only when the page numbers could not be worked out does the file ask Word
 * to rebuild the table on opening (render-docx.ts, `updateFields`).
 */
export function tableOfContents(): Array<Paragraph | TableOfContents> {
  return [
    new Paragraph({ style: STYLE.tocHeading, pageBreakBefore: true, text: 'Inhaltsverzeichnis' }),
    // Levels 1 and 2 are the sections' headings (TextRuns). Headings inside a section's text (levels 3 and 4) have
    // plain runs that give their XML directly (docx-compile.ts), which docx's TOC filling cannot read: a wider range
    // needs those headings' runs as TextRuns (docx-compile.test.ts would show the entries missing).
    new TableOfContents('Inhaltsverzeichnis', { hyperlink: true, headingStyleRange: '1-2' }),
  ];
}

const rightTab = (width: number) => [{ type: TabStopType.RIGHT, position: width }];

export function pageHeader(meta: ExportMeta, width: number): Header {
  return new Header({
    children: [
      new Paragraph({
        style: STYLE.headerFooter,
        tabStops: rightTab(width),
        border: { bottom: { style: BorderStyle.SINGLE, size: 4, color: COLOR.border, space: 4 } },
        children: [
          new TextRun({ text: meta.title }),
          ...(meta.isFinal ? [] : [new TextRun({ children: [new Tab(), DRAFT_MARK], bold: true, color: COLOR.draft })]),
        ],
      }),
    ],
  });
}

export function pageFooter(meta: ExportMeta, width: number): Footer {
  return new Footer({
    children: [
      new Paragraph({
        style: STYLE.headerFooter,
        tabStops: rightTab(width),
        border: { top: { style: BorderStyle.SINGLE, size: 4, color: COLOR.border, space: 4 } },
        children: [
          new TextRun({ text: [meta.districtName, `${meta.versionLabel}, Stand ${meta.dateLabel}`, ...(fassungDiffers(meta) ? [meta.statusLabel] : [])].join(' · ') }),
          new TextRun({ children: [new Tab(), 'Seite ', PageNumber.CURRENT, ' von ', PageNumber.TOTAL_PAGES] }),
        ],
      }),
    ],
  });
}
