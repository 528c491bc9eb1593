/**
 * DOCX → parts of editor content (issue 14, item 1). mammoth turns the checked file into semantic
 * HTML (headings, paragraphs, bold/italic/underline, nested lists, tables, links); the editor's own
 * extension list (lib/editor/extensions.ts) parses that HTML into Tiptap JSON on the server, with
 * heading levels 1–6 accepted only to find where the document's chapters begin. Every part is then
 * checked with validateRichText like any save. The document is split at its top two heading levels
 * (or, if it has none, at short bold or manually numbered paragraphs); a table of contents is skipped.
 * What the editor cannot hold (images, text box frames, links with other targets) is counted and
 * reported, and images leave a visible marker in the text.
 */
import { generateJSON } from '@tiptap/html/server';
import mammoth from 'mammoth';
import { editorExtensions } from '../editor/extensions';
import { findLinkHrefProblem } from '../editor/link-policy';
import { docToPlainText } from '../editor/text';
import type { TiptapDoc, TiptapNode } from '../editor/types';
import { validateRichText } from '../editor/validate-content';
import { AppError } from '../errors';
import { checkDocxPackage } from './docx-package';

export const IMAGE_MARKER = '[Bild nicht übernommen]';

export interface ImportedPart {
  /** Position in the document, 0-based; stable for the same file. */
  index: number;
  /** Heading text without its numbering; '' for the text before the first heading. */
  title: string;
  /** The heading's own number in the document („8“, „13.1“), if it had one. */
  number: string | null;
  /** 1: chapter, 2: sub-chapter. */
  level: 1 | 2;
  /** Found as a bold or numbered paragraph rather than a Word heading. */
  fromParagraph: boolean;
  /** Checked editor content (inner headings at levels 3–4). */
  content: TiptapNode[];
  /** Characters of text (for the share shown in the preview). */
  chars: number;
  /** The first words, for the preview. */
  excerpt: string;
}

export interface ConvertedDocx {
  parts: ImportedPart[];
  /** German lines: what was not taken over, or only partly. */
  notTaken: string[];
}

const plural = (n: number, one: string, many: string) => `${n.toLocaleString('de-DE')} ${n === 1 ? one : many}`;

const TOC_STYLES = [
  ...Array.from({ length: 9 }, (_, i) => `toc ${i + 1}`),
  ...Array.from({ length: 9 }, (_, i) => `Verzeichnis ${i + 1}`),
  'TOC Heading',
  'Inhaltsverzeichnisüberschrift',
  'Inhaltsverzeichnis Überschrift',
];
// mammoth leaves underline and strikethrough out unless asked; the editor has both.
const STYLE_MAP = ['u => u', 'strike => s', ...TOC_STYLES.map((name) => `p[style-name='${name}'] => !`)];

/** Word's heading parsing at all six levels; everything else exactly the editor's schema. */
const importExtensions = editorExtensions.map((e) =>
  e.name === 'textKit' ? e.configure({ heading: { levels: [1, 2, 3, 4, 5, 6] } }) : e,
);

const NUMBERING = /^\s*(?:(?:§|Kapitel|Abschnitt|Teil)\s*)?((?:\d{1,2}|[IVX]{1,5}|[A-H])(?:\.\d{1,2}){0,3})[.):]?(?:\s+|\t)(?=\S)/;

/** "3.1 Titel" → { depth: 2, rest: "Titel" }. */
export function splitNumbering(text: string): { depth: number; rest: string; number: string | null } {
  const m = NUMBERING.exec(text);
  if (!m || !m[1]) return { depth: 0, rest: text.trim(), number: null };
  return { depth: m[1].split('.').length, rest: text.slice(m[0].length).trim(), number: m[1] };
}

const textOf = (node: TiptapNode): string => docToPlainText(node).replace(/\s+/g, ' ').trim();
const isAllBold = (node: TiptapNode) => {
  const texts = (node.content ?? []).filter((c) => c.type === 'text' && (c.text ?? '').trim() !== '');
  return texts.length > 0 && texts.every((c) => c.marks?.some((m) => m.type === 'bold'));
};

function looksLikeHeadingParagraph(node: TiptapNode): { level: 1 | 2 } | null {
  if (node.type !== 'paragraph') return null;
  const text = textOf(node);
  if (text.length < 3 || text.length > 100 || /[.,;:!?]$/.test(text)) return null;
  const { depth, rest } = splitNumbering(text);
  if (depth > 0 && /^[A-ZÄÖÜ]/.test(rest) && rest.split(' ').length <= 12) return { level: depth >= 2 ? 2 : 1 };
  if (isAllBold(node) && text.split(' ').length <= 10) return { level: 1 };
  return null;
}

/** Soft hyphens out of the text; header cells only in a table's first row (as the editor allows). */
function cleanText(node: TiptapNode): TiptapNode {
  if (node.type === 'text') return { ...node, text: (node.text ?? '').replace(/\u00ad/g, '') };
  if (node.type === 'table' && node.content) {
    const rows = node.content.map((row, i) =>
      i === 0 ? row : { ...row, content: row.content?.map((c) => (c.type === 'tableHeader' ? { ...c, type: 'tableCell' } : c)) },
    );
    return { ...node, content: rows.map(cleanText) };
  }
  return node.content ? { ...node, content: node.content.map(cleanText) } : node;
}

/** Inner headings: the document's third level and below become the editor's 3 and 4. */
function innerHeadings(node: TiptapNode, firstInner: number): TiptapNode {
  if (node.type === 'heading') {
    const level = Number(node.attrs?.level ?? 3);
    return { ...node, attrs: { level: level <= firstInner ? 3 : 4 } };
  }
  return node.content ? { ...node, content: node.content.map((c) => innerHeadings(c, firstInner)) } : node;
}

/** Content that fails the editor's checks (e.g. a table it cannot hold) is kept as plain paragraphs. */
function checked(nodes: TiptapNode[], notes: { flattened: number }): TiptapNode[] {
  if (nodes.length === 0) return [];
  try {
    return validateRichText({ type: 'doc', content: nodes }).content;
  } catch {
    const out: TiptapNode[] = [];
    for (const node of nodes) {
      try {
        out.push(...validateRichText({ type: 'doc', content: [node] }).content);
      } catch {
        notes.flattened++;
        for (const line of docToPlainText(node).split('\n')) {
          if (line.trim()) out.push({ type: 'paragraph', content: [{ type: 'text', text: line.trim() }] });
        }
      }
    }
    return out;
  }
}

function removeToc(html: string, counter: { lines: number }): string {
  const strip = (s: string) => s.replace(/<[^>]+>/g, '');
  return html.replace(/<p>([\s\S]*?)<\/p>/g, (whole, inner: string) => {
    const text = strip(inner).trim();
    // Word's TOC field: each line is one link to a bookmark in the document.
    const internalLinkOnly = /^(?:<a href="#[^"]*">[\s\S]*?<\/a>\s*)+$/.test(inner.trim());
    // A typed TOC: title, then dots or a tab, then the page number.
    const typed = /^.{3,120}?(?:\t|\.{3,}|…+)\s*\d{1,4}$/.test(text);
    const title = /^(?:inhaltsverzeichnis|inhalt)$/i.test(text);
    if (internalLinkOnly || typed || title) {
      counter.lines++;
      return '';
    }
    return whole;
  });
}

/**
 * Converts a checked .docx into parts. Throws AppError('invalid_input') with a German message
 * for a refused or unreadable file.
 */
export async function convertDocx(buffer: Buffer, fileName: string): Promise<ConvertedDocx> {
  const pkg = checkDocxPackage(buffer, fileName);
  const documentXml = pkg.xml('word/document.xml') ?? '';
  // Word writes a text box twice (DrawingML and a VML fallback); either count is the number of boxes.
  const count = (pattern: RegExp) => (documentXml.match(pattern) ?? []).length;
  const textBoxes = Math.max(count(/<wps:txbx\b/g), count(/<v:textbox\b/g));
  let images = 0;
  let html: string;
  try {
    const result = await mammoth.convertToHtml(
      { buffer },
      {
        styleMap: STYLE_MAP,
        externalFileAccess: false,
        // The picture itself is never read; a marker in the text shows where it was.
        convertImage: mammoth.images.imgElement(async () => {
          images++;
          return { src: '', alt: IMAGE_MARKER };
        }),
      },
    );
    html = result.value;
  } catch {
    throw new AppError('invalid_input', 'Die Word-Datei konnte nicht gelesen werden. Bitte öffnen Sie sie in Word oder LibreOffice, speichern Sie sie erneut als .docx und laden Sie sie noch einmal hoch.');
  }
  const toc = { lines: 0 };
  html = removeToc(html, toc);
  html = html.replace(/<img\b[^>]*>/g, IMAGE_MARKER);
  let refusedLinks = 0;
  for (const m of html.matchAll(/<a href="([^"]*)"/g)) {
    const href = (m[1] ?? '').replace(/&amp;/g, '&');
    if (!href.startsWith('#') && findLinkHrefProblem(href) !== null) refusedLinks++;
  }
  // Word's bookmarks and footnote back-references are anchors without a place in the editor.
  html = html.replace(/<a id="[^"]*"><\/a>/g, '');
  const json = generateJSON(html, importExtensions) as TiptapDoc;
  const nodes = (json.content ?? []).map(cleanText);

  const headingLevels = [...new Set(nodes.filter((n) => n.type === 'heading').map((n) => Number(n.attrs?.level)))].sort();
  const top = headingLevels.slice(0, 2);
  const splitHeadings = nodes.filter((n) => n.type === 'heading' && top.includes(Number(n.attrs?.level))).length;
  const usePseudo = splitHeadings < 3;
  const firstInner = headingLevels[2] ?? (top[1] ?? top[0] ?? 0) + 1;

  const raw: Array<{ title: string; number: string | null; level: 1 | 2; fromParagraph: boolean; nodes: TiptapNode[] }> = [
    { title: '', number: null, level: 1, fromParagraph: false, nodes: [] },
  ];
  for (const node of nodes) {
    const level = node.type === 'heading' ? Number(node.attrs?.level) : 0;
    const pseudo = usePseudo ? looksLikeHeadingParagraph(node) : null;
    if ((level && top.includes(level)) || pseudo) {
      const { rest: title, number } = splitNumbering(textOf(node));
      raw.push({ title, number, level: pseudo ? pseudo.level : level === top[0] ? 1 : 2, fromParagraph: !!pseudo, nodes: [] });
      continue;
    }
    raw[raw.length - 1]!.nodes.push(innerHeadings(node, firstInner));
  }
  const notes = { flattened: 0 };
  const parts: ImportedPart[] = [];
  for (const r of raw) {
    const content = checked(r.nodes, notes);
    const text = content.map(textOf).join(' ').trim();
    if (r.title === '' && text === '') continue;
    parts.push({
      index: parts.length,
      title: r.title,
      number: r.number,
      level: r.level,
      fromParagraph: r.fromParagraph,
      content,
      chars: text.length,
      excerpt: text.length > 160 ? `${text.slice(0, 157)}…` : text,
    });
  }
  if (parts.length === 0 || parts.every((p) => p.chars === 0 && p.title === '')) {
    throw new AppError('invalid_input', 'Das Dokument enthält keinen Text, der übernommen werden kann.');
  }

  const notTaken: string[] = [];
  if (images) notTaken.push(`${plural(images, 'Bild', 'Bilder')} (im Text mit „${IMAGE_MARKER}“ markiert)`);
  if (textBoxes) notTaken.push(`${plural(textBoxes, 'Textfeld', 'Textfelder')}: Der Text steht als normaler Absatz an seiner Stelle, Rahmen und Lage fehlen`);
  if (refusedLinks) notTaken.push(`${plural(refusedLinks, 'Verweis', 'Verweise')} mit nicht erlaubtem Ziel (nur http, https, mailto und tel): als Text ohne Verweis übernommen`);
  if (notes.flattened) notTaken.push(`${plural(notes.flattened, 'Element', 'Elemente')} (z. B. Tabellen mit verbundenen Zellen), die der Editor nicht darstellen kann: als einfacher Text übernommen`);
  if (toc.lines) notTaken.push(`Inhaltsverzeichnis (${plural(toc.lines, 'Zeile', 'Zeilen')}): nicht übernommen, die Werkstatt erzeugt es selbst`);
  return { parts, notTaken };
}
