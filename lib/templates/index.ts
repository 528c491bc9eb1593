/**
 * Template registry access: list, load (validated), flatten.
 * Templates are plain data in `templates/` and registered in `templates/index.ts`.
 * Parsed templates are cached and deep-frozen: do not mutate them.
 */
import { templateRegistry } from '../../templates';
import { TemplateSchema, type LegalReference, type Section, type Template } from './schema';

export * from './schema';
export * from './standards';
export * from './to-tiptap';

export interface TemplateSummary {
  id: string;
  version: string;
  title: string;
  description: string;
  /** true for the highest version of this id. */
  latest: boolean;
}

export interface FlatSection {
  key: string;
  number: string;
  title: string;
  /** 0 for top-level sections, 1 for their children, … */
  depth: number;
  parentKey: string | null;
  section: Section;
}

/** Compares "2026.1" < "2026.10" numerically, segment by segment. */
export function compareVersions(a: string, b: string): number {
  const pa = a.split('.').map(Number);
  const pb = b.split('.').map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value)) deepFreeze(v);
  }
  return value;
}

/**
 * Validates raw template data. Throws an Error listing every problem with its
 * path, e.g. `sections[12].children[0].questions: mindestens drei Leitfragen`.
 */
export function parseTemplate(raw: unknown): Template {
  const result = TemplateSchema.safeParse(raw);
  if (result.success) return result.data;
  const r = raw as { id?: unknown; version?: unknown } | null;
  const name = r && typeof r === 'object' ? `„${String(r.id)}“ (${String(r.version)})` : '(ohne Daten)';
  const lines = result.error.issues.map((issue) => {
    const path = issue.path
      .map((p, i) => (typeof p === 'number' ? `[${p}]` : `${i === 0 ? '' : '.'}${String(p)}`))
      .join('');
    return `- ${path || '(Vorlage)'}: ${issue.message}`;
  });
  throw new Error(`Vorlage ${name} ist ungültig:\n${lines.join('\n')}`);
}

const cache = new Map<string, Template>();

/** All registered templates (every version), sorted by id and version. */
export function listTemplates(): TemplateSummary[] {
  const latest = new Map<string, string>();
  for (const t of templateRegistry) {
    const cur = latest.get(t.id);
    if (cur === undefined || compareVersions(t.version, cur) > 0) latest.set(t.id, t.version);
  }
  return templateRegistry
    .map((t) => ({
      id: t.id,
      version: t.version,
      title: t.title,
      description: t.description,
      latest: latest.get(t.id) === t.version,
    }))
    .sort((a, b) => a.id.localeCompare(b.id) || compareVersions(a.version, b.version));
}

/**
 * Returns the validated template. Without `version`, the highest version of `id`.
 * Throws if the template is unknown or its data is invalid.
 */
export function getTemplate(id: string, version?: string): Template {
  const candidates = templateRegistry.filter((t) => t.id === id && (version === undefined || t.version === version));
  if (candidates.length === 0) {
    const known = listTemplates().map((t) => `${t.id}@${t.version}`).join(', ');
    throw new Error(`Vorlage „${id}“${version ? ` in Version ${version}` : ''} ist nicht registriert (vorhanden: ${known || 'keine'})`);
  }
  const raw = candidates.reduce((a, b) => (compareVersions(b.version, a.version) > 0 ? b : a));
  const cacheKey = `${raw.id}@${raw.version}`;
  const cached = cache.get(cacheKey);
  if (cached) return cached;
  const parsed = deepFreeze(parseTemplate(raw));
  cache.set(cacheKey, parsed);
  return parsed;
}

/** All sections depth-first (1, 2, …, 13, 13.1, …, 13.8, 14, …). */
export function flattenSections(template: Template): FlatSection[] {
  const out: FlatSection[] = [];
  const walk = (sections: readonly Section[], depth: number, parentKey: string | null) => {
    for (const section of sections) {
      out.push({ key: section.key, number: section.number, title: section.title, depth, parentKey, section });
      if (section.children) walk(section.children, depth + 1, section.key);
    }
  };
  walk(template.sections, 0, null);
  return out;
}

/** Section (at any depth) by its key. */
export function findSection(template: Template, key: string): Section | undefined {
  return flattenSections(template).find((f) => f.key === key)?.section;
}

/** Whether a legal reference applies on `date` (default: today), based on validFrom/validUntil. */
export function isLegalReferenceInForce(ref: LegalReference, date: Date = new Date()): boolean {
  const day = date.toISOString().slice(0, 10);
  return (!ref.validFrom || ref.validFrom <= day) && (!ref.validUntil || day <= ref.validUntil);
}

/** Legal references of a section (or all of the template) resolved and filtered to those in force. */
export function legalReferencesFor(template: Template, section?: Section, date: Date = new Date()): LegalReference[] {
  const wanted = section ? new Set(section.legalRefs) : null;
  return template.legalReferences.filter((r) => (!wanted || wanted.has(r.key)) && isLegalReferenceInForce(r, date));
}
