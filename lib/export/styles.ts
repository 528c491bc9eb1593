/**
 * The look of the exported DOCX, declared once as data (architecture convention 10):
 * page geometry, fonts, colours, paragraph styles, list levels and table styling.
 * The mapper and the document builder only refer to these names, so a district's
 * house style is a change here, not in the mapping code. Units: twips (1/20 pt,
 * 567 per cm) for lengths, half-points for font sizes.
 */
import {
  AlignmentType,
  BorderStyle,
  LineRuleType,
  ShadingType,
  type IParagraphStylePropertiesOptions,
  type IStylesOptions,
} from 'docx';

/** A4 portrait; margins after DIN 5008 (2.5 cm left, 2 cm right). */
export const PAGE = {
  width: 11906,
  height: 16838,
  margin: { top: 1418, bottom: 1134, left: 1418, right: 1134, header: 709, footer: 567 },
} as const;
export const TEXT_WIDTH = PAGE.width - PAGE.margin.left - PAGE.margin.right;
/** Text width of the landscape annex pages. */
export const LANDSCAPE_TEXT_WIDTH = PAGE.height - PAGE.margin.left - PAGE.margin.right;

/** A system font in Word on every platform; LibreOffice maps it to Liberation Sans (same metrics). */
export const FONT = 'Arial';
export const LANGUAGE = 'de-DE';

export const COLOR = {
  text: '1A1A1A',
  heading: '1F3864',
  muted: '595959',
  draft: 'C00000',
  border: 'A6A6A6',
  headerFill: 'DCE3EE',
  quoteBar: '8EA9DB',
  emptyFill: 'FFF4E5',
  link: '0B5CAD',
} as const;

/** Paragraph and character styles of our own (Word's built-in ones are configured in documentStyles). */
export const STYLE = {
  quote: 'Zitat',
  tableText: 'Tabellentext',
  tableHeading: 'Tabellenkopf',
  tableTextCompact: 'TabellentextKlein',
  tableHeadingCompact: 'TabellenkopfKlein',
  emptySection: 'LeererAbschnitt',
  coverDistrict: 'DeckblattKommune',
  coverSubtitle: 'DeckblattUntertitel',
  draftMark: 'EntwurfHinweis',
  tocHeading: 'Inhaltsverzeichnis',
  headerFooter: 'KopfFusszeile',
  annexNote: 'AnhangHinweis',
} as const;

/** Hanging indent of a section number in headings: "13.2⇥Titel". */
const HEADING_HANG = 851;
/** Indent per blockquote level. */
export const QUOTE_INDENT = 567;

const thin = (color: string = COLOR.border) => ({ style: BorderStyle.SINGLE, size: 4, color });

export const TABLE = {
  borders: {
    top: thin(),
    bottom: thin(),
    left: thin(),
    right: thin(),
    insideHorizontal: thin(),
    insideVertical: thin(),
  },
  headerShading: { type: ShadingType.CLEAR, color: 'auto', fill: COLOR.headerFill },
  /**
   * No top and bottom cell margins: Word and LibreOffice add them to a row's height differently, which
   * over a few tables moved headings to another page than the TOC (laid out as Word does) says. The
   * table text's own line height and space after keep the rows readable.
   */
  cellMargins: { top: 0, bottom: 0, left: 85, right: 85 },
  /** Columns are never narrower than this (about 1.1 cm) … */
  minColumn: 624,
  /** … nor, with more than one column, wider than this share of the table. */
  maxColumnShare: 0.6,
  /** Width of one character of table text (9.5 pt, with room for wider fallback fonts), for sizing columns by content. */
  charWidth: 108,
  /** Tables with this many columns or more are set in the compact table styles (8 pt) … */
  compactColumns: 6,
  /** … whose characters are this much narrower. */
  compactFactor: 0.84,
  /** Header cells are bold. */
  boldFactor: 1.1,
  /** Words up to the first of these lengths for which the table has room stay whole; longer ones break at their soft hyphens … */
  wordCharSteps: [24, 20, 17, 14],
  /** … as long as the table gets at most this much taller than with the room given where the text is. */
  wholeWordsHeightTolerance: 1.4,
  /** Cells with text up to this length (dates, phone numbers, „in Umsetzung“) are kept on one line if there is room. */
  shortCellChars: 16,
  /** … except in the header row, whose labels should stay whole. */
  maxHeaderWordChars: 20,
  /**
   * Tables estimated up to this height (twips; about 10 cm, 40 % of a portrait page's text) stay on one page,
   * with the heading before them. Taller ones flow from page to page (header row repeated) so that they do not
   * leave most of a page empty; their first rows still stay with the heading.
   */
  keepTogetherHeight: 5700,
  /** Height of one line of table text (9.5 pt, single spacing) and the space after each paragraph, in twips. */
  lineHeight: 218,
  paragraphAfter: 40,
  /** Text beyond this length no longer adds weight to a column. */
  maxMeasuredChars: 400,
  /** Tables with this many columns or more get a landscape page; narrower ones stay in the portrait text. */
  landscapeColumns: 8,
} as const;

/**
 * Line heights as exact values (twips) instead of „multiple“: Word and LibreOffice derive an automatic
 * line height from the font's metrics in slightly different ways, which adds up to a line over a few
 * pages and moved headings to another page than the TOC says. Arial's natural line is 1.149 em.
 */
const exactLine = (halfPoints: number, multiple: number) => Math.round((halfPoints / 2) * 20 * 1.149 * multiple);

const heading = (size: number, before: number, after: number, extra: IParagraphStylePropertiesOptions = {}) => ({
  basedOn: 'Normal',
  next: 'Normal',
  quickFormat: true,
  run: { font: FONT, size, bold: true, color: COLOR.heading },
  paragraph: { spacing: { before, after, line: exactLine(size, 259 / 240), lineRule: LineRuleType.EXACT }, keepNext: true, keepLines: true, ...extra },
});

export const documentStyles: IStylesOptions = {
  default: {
    document: {
      run: { font: FONT, size: 22, color: COLOR.text, language: { value: LANGUAGE } },
      paragraph: { spacing: { after: 120, line: exactLine(22, 276 / 240), lineRule: LineRuleType.EXACT } },
    },
    title: { run: { font: FONT, size: 52, bold: true, color: COLOR.heading }, paragraph: { spacing: { before: 240, after: 240, line: exactLine(52, 1), lineRule: LineRuleType.EXACT } } },
    heading1: heading(32, 0, 240, {
      outlineLevel: 0,
      indent: { left: HEADING_HANG, hanging: HEADING_HANG },
      border: { bottom: { style: BorderStyle.SINGLE, size: 6, color: COLOR.heading, space: 4 } },
    }),
    heading2: heading(26, 360, 120, { outlineLevel: 1, indent: { left: HEADING_HANG, hanging: HEADING_HANG } }),
    heading3: heading(23, 240, 80, { outlineLevel: 2 }),
    heading4: { ...heading(22, 200, 60, { outlineLevel: 3 }), run: { font: FONT, size: 22, bold: true, italics: true, color: COLOR.heading } },
    listParagraph: { run: { font: FONT }, paragraph: { spacing: { after: 60 }, contextualSpacing: true } },
    hyperlink: { run: { color: COLOR.link, underline: {} } },
  },
  paragraphStyles: [
    {
      id: STYLE.quote,
      name: 'Zitat',
      basedOn: 'Normal',
      quickFormat: true,
      run: { italics: true, color: COLOR.muted },
      paragraph: {
        indent: { left: QUOTE_INDENT, right: QUOTE_INDENT },
        border: { left: { style: BorderStyle.SINGLE, size: 18, color: COLOR.quoteBar, space: 8 } },
      },
    },
    { id: STYLE.tableText, name: 'Tabellentext', basedOn: 'Normal', run: { size: 19 }, paragraph: { spacing: { before: 0, after: 40, line: exactLine(19, 1), lineRule: LineRuleType.EXACT } } },
    { id: STYLE.tableHeading, name: 'Tabellenkopf', basedOn: STYLE.tableText, run: { bold: true, color: COLOR.heading } },
    { id: STYLE.tableTextCompact, name: 'Tabellentext klein', basedOn: STYLE.tableText, run: { size: 16 } },
    { id: STYLE.tableHeadingCompact, name: 'Tabellenkopf klein', basedOn: STYLE.tableHeading, run: { size: 16 } },
    {
      id: STYLE.emptySection,
      name: 'Leerer Abschnitt',
      basedOn: 'Normal',
      run: { italics: true, color: COLOR.muted },
      paragraph: {
        shading: { type: ShadingType.CLEAR, color: 'auto', fill: COLOR.emptyFill },
        border: { left: { style: BorderStyle.SINGLE, size: 18, color: 'E6A23C', space: 8 } },
      },
    },
    { id: STYLE.coverDistrict, name: 'Deckblatt Kommune', basedOn: 'Normal', run: { size: 32, color: COLOR.heading }, paragraph: { spacing: { before: 1700, after: 480, line: exactLine(32, 1), lineRule: LineRuleType.EXACT } } },
    { id: STYLE.coverSubtitle, name: 'Deckblatt Untertitel', basedOn: 'Normal', run: { size: 28, color: COLOR.muted }, paragraph: { spacing: { after: 720, line: exactLine(28, 1), lineRule: LineRuleType.EXACT } } },
    {
      id: STYLE.draftMark,
      name: 'Entwurfshinweis',
      basedOn: 'Normal',
      run: { size: 36, bold: true, color: COLOR.draft },
      paragraph: {
        alignment: AlignmentType.CENTER,
        spacing: { before: 240, after: 480, line: exactLine(36, 1), lineRule: LineRuleType.EXACT },
        border: {
          top: { style: BorderStyle.SINGLE, size: 18, color: COLOR.draft, space: 6 },
          bottom: { style: BorderStyle.SINGLE, size: 18, color: COLOR.draft, space: 6 },
        },
      },
    },
    { id: STYLE.tocHeading, name: 'Inhaltsverzeichnis Überschrift', basedOn: 'Normal', run: { size: 32, bold: true, color: COLOR.heading }, paragraph: { spacing: { after: 240, line: exactLine(32, 1), lineRule: LineRuleType.EXACT } } },
    // Word's own TOC entry styles, so the table of contents keeps this look when Word rebuilds it.
    { id: 'TOC1', name: 'toc 1', basedOn: 'Normal', next: 'Normal', run: { bold: true }, paragraph: { spacing: { before: 120, after: 40 } } },
    { id: 'TOC2', name: 'toc 2', basedOn: 'Normal', next: 'Normal', paragraph: { indent: { left: 220 }, spacing: { after: 20 } } },
    { id: STYLE.headerFooter, name: 'Kopf- und Fußzeile', basedOn: 'Normal', run: { size: 17, color: COLOR.muted }, paragraph: { spacing: { after: 0 } } },
    { id: STYLE.annexNote, name: 'Anhang Hinweis', basedOn: 'Normal', run: { size: 19, color: COLOR.muted } },
  ],
};
