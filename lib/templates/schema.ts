/**
 * Template format for Schutzkonzept templates (zod schema + inferred types).
 *
 * Templates are plain TypeScript data under `templates/`; they are validated with
 * `TemplateSchema` when loaded (see `lib/templates/index.ts`).
 *
 * Rich text ("Block") is deliberately small and editor-neutral:
 *   paragraph | heading (level 3/4) | bulletList | orderedList | table.
 * Inline text supports exactly one markup: `**fett**` for bold. No other markup,
 * no line breaks (use separate paragraphs or list items instead).
 * Text may contain placeholders like `{{district.name}}`; only the names in
 * `PLACEHOLDERS` are allowed, unknown names are rejected by the schema.
 */
import { z } from 'zod';
import { PLACEHOLDERS, PLACEHOLDER_PATTERN, findPlaceholders, isPlaceholderName } from './placeholders';
import { ANNEX_KEYS } from './standards';

export * from './placeholders';
export { ANNEX_KEYS } from './standards';

function checkInline(text: string, ctx: z.RefinementCtx): void {
  for (const name of findPlaceholders(text)) {
    if (!isPlaceholderName(name)) {
      ctx.addIssue({
        code: 'custom',
        message: `Unbekannter Platzhalter „{{${name}}}“ (erlaubt: ${PLACEHOLDERS.join(', ')})`,
      });
    }
  }
  const rest = text.replace(PLACEHOLDER_PATTERN, '');
  if (rest.includes('{{') || rest.includes('}}')) {
    ctx.addIssue({ code: 'custom', message: `Unvollständiger Platzhalter in „${text}“` });
  }
  if ((text.match(/\*\*/g)?.length ?? 0) % 2 !== 0) {
    ctx.addIssue({ code: 'custom', message: `Fettdruck „**“ nicht geschlossen in „${text}“` });
  }
  if (/[\r\n]/.test(text)) {
    ctx.addIssue({ code: 'custom', message: 'Zeilenumbrüche sind im Fließtext nicht erlaubt' });
  }
}

/** Inline text (may be empty, e.g. a table cell). */
const inlineText = z.string().superRefine(checkInline);
/** Inline text that must not be empty. */
const nonEmptyText = z.string().trim().min(1).superRefine(checkInline);

const kebab = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'muss ein Kebab-Schlüssel sein (z. B. „risiko-analyse“)');

export const BlockSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('paragraph'), text: nonEmptyText }),
  z.object({ type: z.literal('heading'), level: z.union([z.literal(3), z.literal(4)]), text: nonEmptyText }),
  z.object({ type: z.literal('bulletList'), items: z.array(nonEmptyText).min(1) }),
  z.object({ type: z.literal('orderedList'), items: z.array(nonEmptyText).min(1) }),
  z
    .object({
      type: z.literal('table'),
      header: z.array(nonEmptyText).min(1),
      rows: z.array(z.array(inlineText)),
    })
    .superRefine((table, ctx) => {
      table.rows.forEach((row, i) => {
        if (row.length !== table.header.length) {
          ctx.addIssue({
            code: 'custom',
            path: ['rows', i],
            message: `Tabellenzeile ${i + 1} hat ${row.length} statt ${table.header.length} Zellen`,
          });
        }
      });
    }),
]);

export const TextBlockSchema = z.object({
  key: kebab,
  title: z.string().trim().min(1),
  blocks: z.array(BlockSchema).min(1),
});

export const StandardNumberSchema = z.number().int().min(1).max(6);
export const AnnexKeySchema = z.enum(ANNEX_KEYS);

export const ChecklistItemSchema = z.object({
  key: kebab,
  text: z.string().trim().min(1),
  /** Mindeststandard 1–6 or annex key. */
  standard: z.union([StandardNumberSchema, AnnexKeySchema]),
  /** 'typisch': typical element per Mindeststandards; 'empfohlen': good practice. Never "required by MS x.y". */
  level: z.enum(['typisch', 'empfohlen']),
});

export const LegalReferenceSchema = z
  .object({
    key: kebab,
    label: z.string().trim().min(1),
    title: z.string().trim().min(1),
    note: z.string().trim().min(1).optional(),
    /** true: wording/numbering must be checked before release (e.g. GEAS adaptation). */
    verify: z.boolean(),
    validFrom: z.iso.date().optional(),
    validUntil: z.iso.date().optional(),
  })
  .refine((r) => !r.validFrom || !r.validUntil || r.validFrom <= r.validUntil, {
    message: 'validFrom liegt nach validUntil',
  });

function checkSection(section: { number: string; checklist: { key: string }[]; textBlocks: { key: string }[]; children?: { number: string }[] }, ctx: z.RefinementCtx): void {
  const dup = (list: { key: string }[], field: string) => {
    const seen = new Set<string>();
    list.forEach((item, i) => {
      if (seen.has(item.key)) {
        ctx.addIssue({ code: 'custom', path: [field, i, 'key'], message: `Schlüssel „${item.key}“ ist im Abschnitt ${section.number} doppelt` });
      }
      seen.add(item.key);
    });
  };
  dup(section.checklist, 'checklist');
  dup(section.textBlocks, 'textBlocks');
  section.children?.forEach((child, i) => {
    if (!child.number.startsWith(`${section.number}.`)) {
      ctx.addIssue({ code: 'custom', path: ['children', i, 'number'], message: `Unterabschnitt ${child.number} passt nicht zu Abschnitt ${section.number}` });
    }
  });
}

export const SectionSchema = z
  .object({
    key: kebab,
    number: z.string().regex(/^\d+(?:\.\d+)*$/, 'muss eine Gliederungsnummer sein (z. B. „7“ oder „13.2“)'),
    title: z.string().trim().min(1),
    purpose: z.string().trim().min(1),
    required: z.boolean(),
    /** Starts a main part of the document (Ablaufpläne, Anlagen): a new page in the DOCX. */
    startsPart: z.boolean().optional(),
    /**
     * Each sub-section after the first starts on a new page in the DOCX (Ablaufpläne: printed, hung up and
     * handed out one by one). Also keeps the TOC's page numbers robust: a page break resets small differences
     * between the layout estimate and a word processor.
     */
    childrenStartPage: z.boolean().optional(),
    standards: z.array(StandardNumberSchema),
    annexes: z.array(AnnexKeySchema).default([]),
    guidance: z.array(BlockSchema).min(1, 'Hinweise (guidance) dürfen nicht leer sein'),
    questions: z.array(z.string().trim().min(1)).min(3, 'mindestens drei Leitfragen'),
    textBlocks: z.array(TextBlockSchema).default([]),
    checklist: z.array(ChecklistItemSchema).default([]),
    legalRefs: z.array(kebab).default([]),
    starter: z.array(BlockSchema).optional(),
    get children() {
      return z.array(SectionSchema).optional();
    },
  })
  .superRefine(checkSection);

export const TemplateSchema = z
  .object({
    id: kebab,
    version: z.string().regex(/^\d+(?:\.\d+)*$/, 'muss eine Versionsnummer sein (z. B. „2026.1“)'),
    title: z.string().trim().min(1),
    description: z.string().trim().min(1),
    legalReferences: z.array(LegalReferenceSchema),
    sections: z.array(SectionSchema).min(1),
  })
  .superRefine((template, ctx) => {
    const refKeys = new Set<string>();
    template.legalReferences.forEach((r, i) => {
      if (refKeys.has(r.key)) ctx.addIssue({ code: 'custom', path: ['legalReferences', i, 'key'], message: `Rechtsgrundlage „${r.key}“ ist doppelt` });
      refKeys.add(r.key);
    });
    const keys = new Map<string, string>();
    const numbers = new Set<string>();
    const walk = (sections: Section[], path: (string | number)[]) =>
      sections.forEach((s, i) => {
        const here = [...path, i];
        const other = keys.get(s.key);
        if (other !== undefined) {
          ctx.addIssue({ code: 'custom', path: [...here, 'key'], message: `Abschnittsschlüssel „${s.key}“ ist doppelt (Abschnitte ${other} und ${s.number})` });
        } else keys.set(s.key, s.number);
        if (numbers.has(s.number)) ctx.addIssue({ code: 'custom', path: [...here, 'number'], message: `Abschnittsnummer ${s.number} ist doppelt` });
        numbers.add(s.number);
        s.legalRefs.forEach((ref, j) => {
          if (!refKeys.has(ref)) ctx.addIssue({ code: 'custom', path: [...here, 'legalRefs', j], message: `Abschnitt ${s.number} verweist auf unbekannte Rechtsgrundlage „${ref}“` });
        });
        if (s.children) walk(s.children, [...here, 'children']);
      });
    walk(template.sections, ['sections']);
  });

export type Block = z.output<typeof BlockSchema>;
export type TextBlock = z.output<typeof TextBlockSchema>;
export type ChecklistItem = z.output<typeof ChecklistItemSchema>;
export type LegalReference = z.output<typeof LegalReferenceSchema>;
export type Section = z.output<typeof SectionSchema>;
export type Template = z.output<typeof TemplateSchema>;
export type StandardNumber = 1 | 2 | 3 | 4 | 5 | 6;
export type AnnexKey = z.output<typeof AnnexKeySchema>;
export type ChecklistLevel = ChecklistItem['level'];

/** Input types for authoring templates (`satisfies SectionInput`); defaults may be omitted. */
export type BlockInput = z.input<typeof BlockSchema>;
export type TextBlockInput = z.input<typeof TextBlockSchema>;
export type ChecklistItemInput = z.input<typeof ChecklistItemSchema>;
export type LegalReferenceInput = z.input<typeof LegalReferenceSchema>;
export type SectionInput = z.input<typeof SectionSchema>;
export type TemplateInput = z.input<typeof TemplateSchema>;
