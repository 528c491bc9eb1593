/**
 * Reading exported DOCX files at the XML and text level (architecture convention 11),
 * plus small builders for editor content and export models.
 */
import { strFromU8, unzipSync } from 'fflate';
import { buildFieldValues } from '@/lib/concepts/field-values';
import type { TiptapDoc, TiptapMark, TiptapNode } from '@/lib/editor/types';
import { buildExportModel, type ModelInput } from '@/lib/export/build-model';
import type { ExportDocument } from '@/lib/export/model';
import { renderDocx } from '@/lib/export/render-docx';
import { getTemplate } from '@/lib/templates';

export interface DocxParts {
  names: string[];
  part(name: string): string;
  /** All parts whose name matches, e.g. /^word\/footer\d+\.xml$/. */
  parts(pattern: RegExp): string[];
}

export function readDocx(buffer: Uint8Array): DocxParts {
  const files = unzipSync(new Uint8Array(buffer));
  const part = (name: string) => {
    const data = files[name];
    if (!data) throw new Error(`DOCX part ${name} missing (have: ${Object.keys(files).join(', ')})`);
    return strFromU8(data);
  };
  return {
    names: Object.keys(files),
    part,
    parts: (pattern) => Object.keys(files).filter((n) => pattern.test(n)).map(part),
  };
}

const ENTITIES: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&apos;': "'" };
const decode = (s: string) => s.replace(/&(amp|lt|gt|quot|apos);/g, (e) => ENTITIES[e] ?? e);

/** Text of an XML fragment: w:t contents, tabs as "\t", line breaks as "\n". */
export function xmlText(xml: string): string {
  let out = '';
  for (const m of xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>|<w:tab\/>|<w:br\/>/g)) {
    if (m[0] === '<w:tab/>') out += '\t';
    else if (m[0] === '<w:br/>') out += '\n';
    else out += decode(m[1] ?? '');
  }
  return out;
}

export interface XmlParagraph {
  xml: string;
  style: string | undefined;
  text: string;
  numId: string | undefined;
  ilvl: string | undefined;
}

export function paragraphs(xml: string): XmlParagraph[] {
  return [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map(([p]) => ({
    xml: p,
    style: /<w:pStyle w:val="([^"]+)"/.exec(p)?.[1],
    text: xmlText(p),
    numId: /<w:numId w:val="(\d+)"/.exec(p)?.[1],
    ilvl: /<w:ilvl w:val="(\d+)"/.exec(p)?.[1],
  }));
}

// Builders for editor JSON.
export const text = (t: string, marks?: TiptapMark[]): TiptapNode => (marks ? { type: 'text', text: t, marks } : { type: 'text', text: t });
export const p = (...content: TiptapNode[]): TiptapNode => (content.length ? { type: 'paragraph', content } : { type: 'paragraph' });
export const para = (t: string): TiptapNode => p(text(t));
export const h = (level: 3 | 4, t: string): TiptapNode => ({ type: 'heading', attrs: { level }, content: [text(t)] });
export const doc = (...content: TiptapNode[]): TiptapDoc => ({ type: 'doc', content });
export const item = (...content: TiptapNode[]): TiptapNode => ({ type: 'listItem', content });
export const bullets = (...items: TiptapNode[]): TiptapNode => ({ type: 'bulletList', content: items });
export const ordered = (attrs: Record<string, unknown> | null, ...items: TiptapNode[]): TiptapNode => ({
  type: 'orderedList',
  ...(attrs ? { attrs } : {}),
  content: items,
});
export const cell = (t: string, type: 'tableCell' | 'tableHeader' = 'tableCell', attrs?: Record<string, unknown>): TiptapNode => ({
  type,
  ...(attrs ? { attrs } : {}),
  content: [para(t)],
});
export const row = (...cells: TiptapNode[]): TiptapNode => ({ type: 'tableRow', content: cells });
export const table = (...rows: TiptapNode[]): TiptapNode => ({ type: 'table', content: rows });

export const FIXED_NOW = new Date('2026-11-25T10:00:00Z');

const MODEL_CONCEPT = { title: 'Gewaltschutzkonzept Landkreis Testhausen', status: 'draft' as const, responsible: 'Fachdienst Soziales' };
/** The data field values of `modelWith` (no coordinators and no facilities: those fields show their hints). */
export const modelFieldValues = buildFieldValues({
  district: { name: 'Landkreis Testhausen', kind: 'Landkreis' },
  concept: MODEL_CONCEPT,
  coordinatorNames: [],
  facilities: [],
  now: FIXED_NOW,
});

/** The data field values of a frozen Fassung of `modelWith`'s concept, as the use case builds them. */
export function editionFieldValues(edition: NonNullable<ModelInput['edition']>) {
  return buildFieldValues({
    district: { name: 'Landkreis Testhausen', kind: 'Landkreis' },
    concept: MODEL_CONCEPT,
    coordinatorNames: [],
    facilities: [],
    edition: {
      fassungNumber: edition.number,
      frozenAt: edition.frozenAt,
      adoption: edition.adoption ? { body: edition.adoption.decidedBy, date: edition.adoption.decidedOn, number: edition.adoption.resolutionNumber } : null,
      nextReviewDate: edition.nextReviewOn,
    },
    now: FIXED_NOW,
  });
}

/** A model of the default template with the given section texts (by key); everything else empty. */
export function modelWith(contents: Record<string, TiptapDoc>, overrides: Partial<ModelInput> = {}): ExportDocument {
  return buildExportModel({
    concept: MODEL_CONCEPT,
    districtName: 'Landkreis Testhausen',
    template: getTemplate('gewaltschutz-gu'),
    contents: new Map(Object.entries(contents)),
    fieldValues: modelFieldValues,
    facilities: [],
    contacts: [],
    emptySections: 'renumber',
    now: FIXED_NOW,
    ...(overrides.edition ? { fieldValues: editionFieldValues(overrides.edition) } : {}),
    ...overrides,
  });
}

/** Renders a model and opens the result. */
export async function exportModel(model: ExportDocument): Promise<DocxParts> {
  return readDocx(await renderDocx(model));
}

export interface TocEntry {
  /** The entry's text before the tab to the page number, e.g. "2\tPräambel und Leitbild". */
  title: string;
  /** The cached result of its PAGEREF field: what LibreOffice shows, '' when not worked out. */
  page: string;
}

/** The entries of the TOC field in document.xml, with the page numbers written into them. */
export function tocEntries(documentXml: string): TocEntry[] {
  return paragraphs(documentXml)
    .filter((x) => x.style === 'TOC1' || x.style === 'TOC2')
    .map((x) => {
      const result = /PAGEREF[^<]*<\/w:instrText><w:fldChar w:fldCharType="separate"\/>([\s\S]*?)<w:fldChar w:fldCharType="end"\/>/.exec(x.xml);
      const title = xmlText(x.xml.slice(0, x.xml.indexOf('PAGEREF'))).replace(/\t$/, '');
      return { title, page: result ? xmlText(result[1] ?? '') : '' };
    });
}
