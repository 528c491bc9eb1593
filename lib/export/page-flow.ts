/**
 * Collects the document body as a run of portrait and landscape parts. Wide
 * tables and the annex get landscape pages instead of being squeezed into the
 * portrait text width; every change of orientation is a new DOCX section with
 * its own page size and the same header and footer.
 */
import { PageOrientation, type FileChild, type ISectionOptions } from 'docx';
import type { ExportMeta } from './model';
import { pageFooter, pageHeader } from './page-parts';
import { asDocxParagraph } from './prepared-paragraph';
import { LANDSCAPE_TEXT_WIDTH, PAGE, TEXT_WIDTH } from './styles';

interface Part {
  isLandscape: boolean;
  children: FileChild[];
}

export class PageFlow {
  private readonly parts: Part[] = [];

  constructor(private readonly meta: ExportMeta) {}

  /**
   * Whether content of this orientation continues the current part. If not, it opens a
   * new DOCX section, which starts on a new page by itself: a heading that wants a new
   * page then must not ask for another one (LibreOffice would insert a blank page).
   */
  continues(isLandscape: boolean): boolean {
    return this.parts.at(-1)?.isLandscape === isLandscape;
  }

  add(isLandscape: boolean, blocks: readonly FileChild[]): void {
    if (blocks.length === 0) return;
    const last = this.parts.at(-1);
    if (last?.isLandscape === isLandscape) last.children.push(...blocks);
    else this.parts.push({ isLandscape, children: [...blocks] });
  }

  /** The DOCX sections; the first one (title page) has no header and footer on its first page. */
  sections(): ISectionOptions[] {
    return this.parts.map((part, index) => {
      const width = part.isLandscape ? LANDSCAPE_TEXT_WIDTH : TEXT_WIDTH;
      return {
        properties: {
          titlePage: index === 0,
          page: {
            // docx swaps width and height itself for landscape (w:pgSz w=16838 h=11906 orient=landscape).
            size: { width: PAGE.width, height: PAGE.height, orientation: part.isLandscape ? PageOrientation.LANDSCAPE : PageOrientation.PORTRAIT },
            margin: PAGE.margin,
          },
        },
        headers: { default: pageHeader(this.meta, width) },
        footers: { default: pageFooter(this.meta, width) },
        // The paragraph that ends a section carries the section's properties: docx's own Paragraph.
        children: [...part.children.slice(0, -1), asDocxParagraph(part.children.at(-1)!)],
      };
    });
  }
}
