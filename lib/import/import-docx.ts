/**
 * Creating a concept from an existing Word document (issue 14). Two steps, both with the same file
 * (the browser sends it again; the server never keeps it):
 *  - previewDocxImport: which part of the document would land in which template section;
 *  - createConceptFromDocx: creates the concept with the parts where the coordinator put them.
 *
 * Parts without a section go, in document order and under their own titles, into the section
 * „Anlagen“ below the heading „Übernommene Inhalte ohne Zuordnung“: every template version has
 * that section, the export and the Vollständigkeitsprüfung already know it, and nothing is lost.
 * (A new section in the template would appear empty in every concept; the frozen 2026.1 cannot change.)
 */
import { createHash } from 'node:crypto';
import { z } from 'zod';
import { getDb } from '../../db/client';
import { assertCan, type Actor } from '../access';
import { createConceptSchema, insertNewConcept } from '../concepts/create-concept';
import { findDistrict } from '../districts/queries';
import { docToPlainText } from '../editor/text';
import type { TiptapDoc, TiptapNode } from '../editor/types';
import { validateRichText } from '../editor/validate-content';
import { AppError, isAppError } from '../errors';
import { changesNumbers, renumberReferences } from '../export/cross-references';
import { parseInput } from '../shared/action-result';
import { idSchema } from '../shared/schemas';
import { flattenSections, getTemplate, listTemplates, type FlatSection } from '../templates';
import { convertDocx, type ImportedPart } from './convert-docx';
import type { ImportSummary } from './import-summary';
import { suggestMapping, type MatchReason } from './match-sections';

export const UNASSIGNED_HEADING = 'Übernommene Inhalte ohne Zuordnung';
/** The section that receives unassigned parts (present in every version of the template). */
export const UNASSIGNED_SECTION_KEY = 'anlagen';

export interface UploadedFile {
  name: string;
  bytes: Buffer;
}

const districtTemplateSchema = z.object({
  districtId: idSchema,
  templateId: z.string().min(1, 'Bitte wählen Sie eine Vorlage.'),
});

function requireFile(file: UploadedFile | null | undefined): UploadedFile {
  if (!file || file.bytes.length === 0 || !file.name) {
    const message = 'Bitte wählen Sie eine Word-Datei (.docx) aus.';
    throw new AppError('invalid_input', message, { fields: { file: message } });
  }
  return { name: file.name.replace(/[\\/]/g, '_').slice(-200), bytes: file.bytes };
}

const fileHash = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');
const partTitle = (p: ImportedPart) => p.title || 'Text vor der ersten Überschrift';
const partText = (p: ImportedPart) => p.content.map((n) => docToPlainText(n)).join(' ');

async function prepare(actor: Actor, districtId: string, templateId: string, file: UploadedFile) {
  assertCan(actor, 'concept.create', { districtId });
  if (!listTemplates().some((t) => t.id === templateId)) {
    throw new AppError('invalid_input', 'Diese Vorlage gibt es nicht.', { fields: { templateId: 'Unbekannte Vorlage.' } });
  }
  const district = await findDistrict(getDb(), { districtId });
  if (!district) throw new AppError('not_found');
  const template = getTemplate(templateId);
  const sections = flattenSections(template);
  const converted = await convertDocx(file.bytes, file.name);
  const suggested = suggestMapping(converted.parts, sections, partText);
  return { template, sections, converted, suggested };
}

export interface ImportPreview {
  fileName: string;
  fileHash: string;
  sections: Array<{ key: string; label: string; depth: number }>;
  parts: Array<{
    index: number;
    title: string;
    level: 1 | 2;
    chars: number;
    /** Share of the document's text in percent (rounded, at least 1 for a part with text). */
    share: number;
    excerpt: string;
    suggestedKey: string;
    reason: MatchReason;
  }>;
  notTaken: string[];
}

/**
 * Reads the document and suggests a section for each of its parts. Coordinators of the district;
 * another district answers not_found. Nothing is stored. Throws invalid_input for a refused file.
 */
export async function previewDocxImport(actor: Actor, input: { districtId: unknown; templateId: unknown; file: UploadedFile | null }): Promise<ImportPreview> {
  const values = parseInput(districtTemplateSchema, input);
  assertCan(actor, 'concept.create', { districtId: values.districtId });
  const file = requireFile(input.file);
  const { sections, converted, suggested } = await prepare(actor, values.districtId, values.templateId, file);
  const total = converted.parts.reduce((sum, p) => sum + p.chars, 0) || 1;
  return {
    fileName: file.name,
    fileHash: fileHash(file.bytes),
    sections: sections.map((s) => ({ key: s.key, label: `${s.number} ${s.title}`, depth: s.depth })),
    parts: converted.parts.map((p, i) => ({
      index: p.index,
      title: partTitle(p),
      level: p.level,
      chars: p.chars,
      share: p.chars === 0 ? 0 : Math.max(1, Math.round((100 * p.chars) / total)),
      excerpt: p.excerpt,
      suggestedKey: suggested[i]?.sectionKey ?? '',
      reason: suggested[i]?.reason ?? 'none',
    })),
    notTaken: converted.notTaken,
  };
}

const heading = (level: 3 | 4, text: string): TiptapNode => ({ type: 'heading', attrs: { level }, content: [{ type: 'text', text }] });
const toLevel4 = (node: TiptapNode): TiptapNode => (node.type === 'heading' ? { ...node, attrs: { level: 4 } } : node);

/** Builds each section's imported document from the chosen assignment (key or '' per part). */
export function assembleSections(parts: ImportedPart[], assignment: string[], sections: FlatSection[]) {
  const contents = new Map<string, TiptapNode[]>();
  const byKey = new Map<string, string[]>();
  const unassigned: ImportedPart[] = [];
  parts.forEach((part, i) => {
    const key = assignment[i] ?? '';
    if (!key) {
      unassigned.push(part);
      return;
    }
    const nodes = contents.get(key) ?? [];
    // The first part's title is the section's own title; later parts keep theirs as a subheading.
    if (nodes.length > 0 || (byKey.get(key)?.length ?? 0) > 0) {
      if (part.title) nodes.push(heading(3, part.title));
    }
    nodes.push(...part.content);
    contents.set(key, nodes);
    byKey.set(key, [...(byKey.get(key) ?? []), partTitle(part)]);
  });
  if (unassigned.length > 0) {
    const target = sections.some((s) => s.key === UNASSIGNED_SECTION_KEY) ? UNASSIGNED_SECTION_KEY : sections[sections.length - 1]!.key;
    const nodes = contents.get(target) ?? [];
    nodes.push(heading(3, UNASSIGNED_HEADING));
    for (const part of unassigned) {
      nodes.push(heading(4, partTitle(part)), ...part.content.map(toLevel4));
    }
    contents.set(target, nodes);
  }
  // „siehe Abschnitt 8“ meant the document's chapter 8: it now points to that chapter's template number.
  const numbers = new Map<string, string>();
  parts.forEach((part, i) => {
    const target = sections.find((s) => s.key === assignment[i]);
    if (part.number && target && !numbers.has(part.number)) numbers.set(part.number, target.number);
  });
  const numbering = { numbers, titles: new Map<string, string>() };
  const docs = new Map<string, TiptapDoc>();
  for (const [key, nodes] of contents) {
    if (nodes.length === 0) continue;
    const label = sections.find((s) => s.key === key);
    const doc: TiptapDoc = { type: 'doc', content: nodes };
    try {
      docs.set(key, validateRichText(changesNumbers(numbering) ? renumberReferences(doc, numbering) : doc));
    } catch (error) {
      if (!isAppError(error)) throw error;
      throw new AppError('invalid_input', `Abschnitt ${label ? `${label.number} ${label.title}` : key}: ${error.message}`);
    }
  }
  return { docs, byKey, unassigned: unassigned.map(partTitle) };
}

const createFromDocxSchema = createConceptSchema.extend({
  fileHash: z.string({ error: 'Bitte lassen Sie sich zuerst die Zuordnung anzeigen.' }).regex(/^[0-9a-f]{64}$/, 'Bitte lassen Sie sich zuerst die Zuordnung anzeigen.'),
  /** Section key per part index ('' = ohne Zuordnung). */
  assignment: z.array(z.string().max(100)).max(2_000),
});

/**
 * Creates a concept like createConcept and fills it from the document: each section that received
 * text gets it as its first revision (kind „import“, by the actor); the summary is stored on the
 * concept. Coordinators of the district; another district answers not_found. The file must be the
 * one previewed (same hash) and every assignment a section of the template. The file is not kept.
 */
export async function createConceptFromDocx(actor: Actor, input: unknown, file: UploadedFile | null) {
  const values = parseInput(createFromDocxSchema, input);
  assertCan(actor, 'concept.create', { districtId: values.districtId });
  const upload = requireFile(file);
  if (fileHash(upload.bytes) !== values.fileHash) {
    throw new AppError('invalid_input', 'Die Datei hat sich seit der Vorschau geändert. Bitte prüfen Sie die Zuordnung noch einmal.');
  }
  const { sections, converted } = await prepare(actor, values.districtId, values.templateId, upload);
  if (values.assignment.length !== converted.parts.length) {
    throw new AppError('invalid_input', 'Die Zuordnung passt nicht zur Datei. Bitte laden Sie die Vorschau erneut.');
  }
  const known = new Set(sections.map((s) => s.key));
  if (values.assignment.some((key) => key !== '' && !known.has(key))) {
    throw new AppError('invalid_input', 'Mindestens ein Teil ist einem Abschnitt zugeordnet, den es in der Vorlage nicht gibt.');
  }
  const { docs, byKey, unassigned } = assembleSections(converted.parts, values.assignment, sections);
  const summary: ImportSummary = {
    fileName: upload.name,
    importedAt: new Date().toISOString(),
    sections: sections
      .filter((s) => byKey.has(s.key))
      .map((s) => ({ key: s.key, label: `${s.number} ${s.title}`, parts: byKey.get(s.key) ?? [] })),
    unassigned,
    notTaken: converted.notTaken,
    emptySections: sections.filter((s) => !docs.has(s.key)).length,
  };
  const conceptValues = {
    districtId: values.districtId,
    templateId: values.templateId,
    title: values.title,
    responsible: values.responsible,
    facilityIds: values.facilityIds,
  };
  return insertNewConcept(actor, conceptValues, {
    fileName: upload.name,
    contents: docs,
    summary: summary as unknown as Record<string, unknown>,
  });
}
