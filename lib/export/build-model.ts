/**
 * Loaded rows → ExportDocument (pure): sections in template order with their
 * text (data fields replaced by their values), the empty-section choice applied
 * and numbered, title-page facts and the annex tables built from the district's records.
 */
import type { ConceptStatus } from '../../db/schema-concepts';
import { CONCEPT_STATUS_LABELS } from '../access/concept-rules';
import { adoptionSummary } from '../concepts/field-values';
import { contactsToTiptapTable, type ContactForTable } from '../contacts/to-tiptap-table';
import { resolveDataFields, type DataFieldValues } from '../editor/data-fields';
import { isEmptyDoc } from '../editor/text';
import type { TiptapDoc } from '../editor/types';
import { facilitiesToTiptapTable, facilityFeaturesToTiptapTable, type FacilityForTable } from '../facilities/to-tiptap-table';
import { flattenSections, type Template } from '../templates';
import { formatDate, formatIsoDate } from '../shared/date-format';
import type { VersionRow } from '../versions/queries';
import { adoptionOf } from '../versions/version-field-values';
import { coverFields, withoutCoverRows } from './cover-facts';
import { changesNumbers, renumberReferences, type SectionNumbering } from './cross-references';
import type { EmptySectionMode, ExportAnnex, ExportDocument, ExportMeta, ExportSection } from './model';

export interface ModelInput {
  concept: { title: string; status: ConceptStatus; responsible: string };
  districtName: string;
  template: Template;
  /** Text of each section by key (head revision or a frozen version); missing or null: no text. */
  contents: ReadonlyMap<string, unknown>;
  /**
   * Values of the data fields (lib/concepts/field-values.ts): those of the export's
   * moment for the draft, the frozen ones for a Fassung.
   */
  fieldValues: DataFieldValues;
  facilities: readonly FacilityForTable[];
  contacts: readonly ContactForTable[];
  emptySections: EmptySectionMode;
  /** A frozen Fassung: its number and date, and the council's decision for the adopted one. */
  edition?: ExportEdition;
  now: Date;
}

export interface ExportEdition {
  number: number;
  frozenAt: Date;
  adoption: { decidedBy: string; decidedOn: string; resolutionNumber: string | null } | null;
  nextReviewOn: string | null;
}

/** The edition facts of a frozen Fassung; the council's decision only for the adopted one with body and date. */
export function editionOf(version: Pick<VersionRow, 'number' | 'createdAt' | 'kind' | 'decidedBy' | 'decidedOn' | 'resolutionNumber' | 'nextReviewOn'>): ExportEdition {
  return {
    number: version.number,
    frozenAt: version.createdAt,
    adoption: adoptionOf(version),
    nextReviewOn: version.nextReviewOn,
  };
}

/** The section's text as the reader sees it: data fields become text of their value (or hint). */
function asDoc(content: unknown, fieldValues: DataFieldValues, prepare?: (doc: TiptapDoc) => TiptapDoc): TiptapDoc | null {
  if (typeof content !== 'object' || content === null) return null;
  const doc = resolveDataFields(prepare ? prepare(content as TiptapDoc) : (content as TiptapDoc), fieldValues);
  return isEmptyDoc(doc) ? null : doc;
}

/** Numbers without gaps in document order: 1, 2, 3 …, and 12.1, 12.2 … under chapter 12. */
function gaplessNumbers(sections: readonly ExportSection[]): string[] {
  const counters: number[] = [];
  return sections.map((s) => {
    counters.length = s.depth + 1;
    for (let d = 0; d < s.depth; d++) counters[d] ??= 1;
    counters[s.depth] = (counters[s.depth] ?? 0) + 1;
    return counters.join('.');
  });
}

export interface SelectOptions {
  /** Applied to the stored text of the template's first section before its fields are resolved (cover-facts.ts). */
  prepareFirst?: (doc: TiptapDoc) => TiptapDoc;
}

/**
 * Sections in template order as the empty-section choice wants them (EmptySectionMode):
 * numbered, with their text (data fields resolved, references to section numbers following
 * the numbering), and marked where a main part starts.
 */
export function selectSections(
  template: Template,
  contents: ReadonlyMap<string, unknown>,
  mode: EmptySectionMode,
  fieldValues: DataFieldValues,
  options: SelectOptions = {},
): ExportSection[] {
  const flat = flattenSections(template);
  const docs = flat.map((f, i) => asDoc(contents.get(f.key), fieldValues, i === 0 ? options.prepareFirst : undefined));
  // Depth-first order: children follow their parent, so walking backwards sees every child before its parent.
  const hasText = new Set<string>();
  for (let i = flat.length - 1; i >= 0; i--) {
    const f = flat[i]!;
    if (docs[i] || hasText.has(f.key)) {
      hasText.add(f.key);
      if (f.parentKey) hasText.add(f.parentKey);
    }
  }
  const hasChildren = new Set(flat.map((f) => f.parentKey).filter((key): key is string => key !== null));
  const dropped = new Set<string>();
  const selected: ExportSection[] = [];
  const namesParts = flat.some((f) => f.section.startsPart !== undefined);
  const byKey = new Map(flat.map((f) => [f.key, f]));
  /** Parents whose sub-sections each start a page, with the sub-sections already placed. */
  const placedChildren = new Map<string, number>();
  // The first sub-section follows its parent's introduction; the others start a page of their own.
  const startsOwnPage = (parentKey: string | null) => {
    if (!parentKey || byKey.get(parentKey)?.section.childrenStartPage !== true) return false;
    const placed = placedChildren.get(parentKey) ?? 0;
    placedChildren.set(parentKey, placed + 1);
    return placed > 0;
  };
  flat.forEach((f, i) => {
    // Below a section that is printed as „(entfällt)“ nothing more is said.
    if (f.parentKey && dropped.has(f.parentKey)) {
      dropped.add(f.key);
      return;
    }
    const isFilled = hasText.has(f.key);
    if (!isFilled && mode === 'renumber') return;
    const isDropped = !isFilled && mode === 'entfaellt';
    if (isDropped) dropped.add(f.key);
    selected.push({
      key: f.key,
      number: f.number,
      templateNumber: f.number,
      title: f.title,
      depth: f.depth,
      content: docs[i] ?? null,
      isDropped,
      // The body's first chapter and the main parts start a new page. Templates name their parts (startsPart); older
      // ones without that mark treat every chapter with sub-chapters as a part.
      startsPart:
        f.depth === 0
          ? selected.length === 0 || (!isDropped && (namesParts ? f.section.startsPart === true : hasChildren.has(f.key)))
          : startsOwnPage(f.parentKey) && !isDropped,
    });
  });
  if (mode !== 'renumber') return selected;
  const numbers = gaplessNumbers(selected);
  const numbering: SectionNumbering = {
    numbers: new Map<string, string | null>(flat.map((f) => [f.number, null])),
    titles: new Map(flat.map((f) => [f.number, f.title])),
  };
  selected.forEach((s, i) => (numbering.numbers as Map<string, string | null>).set(s.templateNumber, numbers[i]!));
  const isChanged = changesNumbers(numbering);
  return selected.map((s, i) => ({
    ...s,
    number: numbers[i]!,
    content: s.content && isChanged ? renumberReferences(s.content, numbering) : s.content,
  }));
}

function annexes(input: ModelInput, date: string): ExportAnnex[] {
  return [
    {
      letter: 'A',
      title: 'Unterkünfte',
      note: `Die Unterkünfte im Geltungsbereich dieses Konzepts aus dem Datenbestand der Kommune (Stand ${date}). Zahlen und Ausstattung, keine personenbezogenen Daten.`,
      tables: [
        { caption: 'Belegung, Personal und Nachtbereitschaft', table: facilitiesToTiptapTable(input.facilities) },
        { caption: 'Ausstattung (Mindeststandard 5)', table: facilityFeaturesToTiptapTable(input.facilities) },
      ],
    },
    {
      letter: 'B',
      title: 'Kontaktverzeichnis',
      note: `Kontaktverzeichnis der Kommune (Stand ${date}), zugleich die Anlage „Kontaktverzeichnis“ des Konzepts; die Ablaufpläne nennen ihre örtlichen Nummern aus diesem Verzeichnis. Die Spalte „Stand“ nennt das Datum, an dem ein Eintrag zuletzt geprüft wurde.`,
      tables: [{ caption: 'Ansprechstellen und Rufnummern', table: contactsToTiptapTable(input.contacts) }],
    },
  ];
}

/** Whether the concept's title already says what the template's title would add below it. */
export function titleSays(title: string, templateTitle: string): boolean {
  const words = (text: string) => text.toLocaleLowerCase('de-DE').split(/[^\p{L}]+/u).filter((w) => w.length >= 4);
  const inTitle = new Set(words(title));
  return words(templateTitle).every((w) => inTitle.has(w));
}

export function buildExportModel(input: ModelInput): ExportDocument {
  const edition = input.edition;
  const fields = input.fieldValues;
  // A frozen Fassung carries its own date: the annex and the cover say what was true then.
  const date = fields['edition.stand'] ?? formatDate(edition ? edition.frozenAt : input.now);
  const isFinal = Boolean(edition?.adoption);
  // Fassung, Stand, Beschluss and review date as the data fields say them, so the title page and the text agree.
  const meta: ExportMeta = {
    districtName: input.districtName,
    title: input.concept.title,
    subject: input.template.title,
    ...(titleSays(input.concept.title, input.template.title) ? {} : { subtitle: input.template.title }),
    responsible: input.concept.responsible,
    statusLabel: edition ? (isFinal ? CONCEPT_STATUS_LABELS.adopted : CONCEPT_STATUS_LABELS.submitted) : CONCEPT_STATUS_LABELS[input.concept.status],
    isFinal,
    versionLabel: fields['edition.fassung'] ?? (edition ? `Fassung ${edition.number}` : 'Entwurf'),
    ...(edition?.adoption ? { decisionLabel: fields['edition.beschluss'] ?? adoptionSummary({ body: edition.adoption.decidedBy, date: edition.adoption.decidedOn, number: edition.adoption.resolutionNumber }) } : {}),
    ...(edition?.adoption && edition.nextReviewOn ? { nextReviewLabel: fields['edition.naechste_pruefung'] ?? formatIsoDate(edition.nextReviewOn) } : {}),
    dateLabel: date,
    templateLabel: `${input.template.title}, Version ${input.template.version}`,
  };
  const shown = coverFields(meta);
  return {
    meta,
    emptySections: input.emptySections,
    sections: selectSections(input.template, input.contents, input.emptySections, fields, { prepareFirst: (doc) => withoutCoverRows(doc, shown) }),
    annexes: annexes(input, date),
  };
}
