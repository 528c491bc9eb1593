/**
 * LibreOffice → PDF → text, for checks of what a reader of the exported file sees.
 * CI installs libreoffice-writer-nogui and poppler-utils; `hasSoffice` says whether they are here. Without them
 * the PDF checks are skipped locally (with the reason printed) and fail in CI.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { requireTool } from '../support/required-tools';
import type { TocEntry } from './support';

const has = (command: string) => {
  try {
    execFileSync('sh', ['-c', `command -v ${command}`], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
};
export const hasSoffice = requireTool(
  has('soffice') && has('pdfinfo') && has('pdftotext'),
  'LibreOffice (soffice) oder poppler-utils (pdfinfo, pdftotext)',
  'apt-get install -y libreoffice-writer-nogui poppler-utils',
);

/**
 * Converts a DOCX with LibreOffice (a profile of its own, so an open LibreOffice does not block it); the text of
 * each page, laid out as on the page (`layout`) or in reading order.
 */
export function pdfPages(buffer: Uint8Array, { layout = true }: { layout?: boolean } = {}): string[] {
  const dir = mkdtempSync(path.join(tmpdir(), 'skw-export-pdf-'));
  try {
    const docx = path.join(dir, 'export.docx');
    writeFileSync(docx, buffer);
    const profile = `file://${path.join(dir, 'profile')}`;
    execFileSync('soffice', [`-env:UserInstallation=${profile}`, '--headless', '--convert-to', 'pdf', '--outdir', dir, docx], {
      stdio: 'ignore',
      timeout: 120_000,
    });
    const text = execFileSync('pdftotext', [...(layout ? ['-layout'] : []), path.join(dir, 'export.pdf'), '-'], { encoding: 'utf8' });
    // pdftotext ends every page with a form feed, the last one too.
    return text.split('\f').slice(0, -1);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export interface RenderedPdf {
  /** Text of each page, laid out as on the page. */
  pages: string[];
  /** Whether each page is landscape. */
  isLandscape: boolean[];
  /** The words of each page as LibreOffice set them, hyphenated parts with their hyphen („Gewaltschutz-“). */
  words: string[][];
}

/** One LibreOffice conversion, read three ways: page texts, page orientations and the words on each page. */
export function renderPdf(buffer: Uint8Array): RenderedPdf {
  const dir = mkdtempSync(path.join(tmpdir(), 'skw-export-pdf-'));
  try {
    const docx = path.join(dir, 'export.docx');
    writeFileSync(docx, buffer);
    const profile = `file://${path.join(dir, 'profile')}`;
    execFileSync('soffice', [`-env:UserInstallation=${profile}`, '--headless', '--convert-to', 'pdf', '--outdir', dir, docx], { stdio: 'ignore', timeout: 120_000 });
    const pdf = path.join(dir, 'export.pdf');
    const pages = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' }).split('\f').slice(0, -1);
    const info = execFileSync('pdfinfo', ['-f', '1', '-l', String(pages.length), pdf], { encoding: 'utf8' });
    const isLandscape = [...info.matchAll(/^Page\s+\d+ size:\s+([\d.]+) x ([\d.]+)/gm)].map((m) => Number(m[1]) > Number(m[2]));
    const bbox = execFileSync('pdftotext', ['-bbox', pdf, '-'], { encoding: 'utf8', maxBuffer: 1e8 });
    const decode = (t: string) => t.replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'");
    const words = [...bbox.matchAll(/<page [^>]*>([\s\S]*?)<\/page>/g)].map((page) => [...page[1]!.matchAll(/<word [^>]*>([^<]*)<\/word>/g)].map((w) => decode(w[1]!)));
    return { pages, isLandscape, words };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const esc = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * For each TOC entry: the page number LibreOffice shows in the TOC, and the page on which it set the
 * heading. Equal pairs mean a reader finds every section where the TOC says.
 */
export function tocAsRendered(pages: string[], entries: TocEntry[]): Array<{ entry: string; shown: string | null; headingOn: number }> {
  const tocPage = pages.findIndex((text) => text.includes('Inhaltsverzeichnis'));
  let tocEnd = tocPage;
  while (tocEnd + 1 < pages.length && (pages[tocEnd + 1]!.match(/\.{5,}\s*\d+\s*$/gm) ?? []).length >= 1) tocEnd += 1;
  const tocText = pages.slice(tocPage, tocEnd + 1).join('\n');
  return entries.map((entry) => {
    const words = entry.title.split(/\s+/);
    // The TOC line: the title, a dot leader, the page number.
    const shown = new RegExp(`${words.map(esc).join('\\s+')}\\s*\\.{3,}\\s*(\\d*)\\s*$`, 'm').exec(tocText)?.[1] ?? null;
    // The heading: its first words at the start of a line, after the TOC (which may run over
    // several pages: every page with dot leaders belongs to it).
    const start = new RegExp(`^\\s*${words.slice(0, 3).map(esc).join('\\s+')}`, 'm');
    const headingAt = pages.findIndex((text, i) => i > tocEnd && start.test(text));
    return { entry: entry.title, shown, headingOn: headingAt + 1 };
  });
}
