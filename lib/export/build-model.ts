/**
 * Loaded rows → ExportDocument (pure): sections in template order with their
 * text (data fields replaced by their values), the empty-section choice applied,
 * title-page facts and the annex tables built from the district's records.
 */
import type { ConceptStatus } from '../../db/schema-concepts';
import { CONCEPT_STATUS_LABELS } from '../access/concept-rules';
import { contactsToTiptapTable, type ContactForTable } from '../contacts/to-tiptap-table';
import { resolveDataFields, type DataFieldValues } from '../editor/data-fields';
import { isEmptyDoc } from '../editor/text';
import type { TiptapDoc } from '../editor/types';
import { facilitiesToTiptapTable, facilityFeaturesToTiptapTable, type FacilityForTable } from '../facilities/to-tiptap-table';
import { flattenSections, type Template } from '../templates';
import type { EmptySectionMode, ExportAnnex, ExportDocument, ExportSection } from './model';

export const STATUS_LABELS: Record<ConceptStatus, string> = CONCEPT_STATUS_LABELS;

const dateFormat = new Intl.DateTimeFormat('de-DE', { day: '2-digit', month: '2-digit', year: 'numeric', timeZone: 'Europe/Berlin' });

/** 25.11.2026 (German civil date in Berlin, whatever the server's time zone). */
export const formatGermanDate = (date: Date) => dateFormat.format(date);

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
  /** Defaults to „Arbeitsstand vom <date>“ (the current draft). */
  versionLabel?: string;
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

/** '2027-03-12' → 12.03.2027 */
export function formatIsoDate(isoDate: string): string {
  const [y, m, d] = isoDate.split('-');
  return `${d}.${m}.${y}`;
}

function decisionLabel(adoption: NonNullable<ExportEdition['adoption']>): string {
  const number = adoption.resolutionNumber ? ` (Beschluss-Nr. ${adoption.resolutionNumber})` : '';
  return `${adoption.decidedBy} am ${formatIsoDate(adoption.decidedOn)}${number}`;
}

/** The section's text as the reader sees it: data fields become text of their value (or hint). */
function asDoc(content: unknown, fieldValues: DataFieldValues): TiptapDoc | null {
  if (typeof content !== 'object' || content === null) return null;
  const doc = resolveDataFields(content as TiptapDoc, fieldValues);
  return isEmptyDoc(doc) ? null : doc;
}

/** Sections in template order; in 'omit' mode without those whose whole subtree is empty. */
export function selectSections(
  template: Template,
  contents: ReadonlyMap<string, unknown>,
  mode: EmptySectionMode,
  fieldValues: DataFieldValues,
): ExportSection[] {
  const flat = flattenSections(template);
  const sections = flat.map((f) => ({ key: f.key, number: f.number, title: f.title, depth: f.depth, content: asDoc(contents.get(f.key), fieldValues) }));
  if (mode === 'mark') return sections;
  // Depth-first order: children follow their parent, so walking backwards sees every child before its parent.
  const hasText = new Set<string>();
  for (let i = flat.length - 1; i >= 0; i--) {
    const f = flat[i]!;
    if (sections[i]!.content || hasText.has(f.key)) {
      hasText.add(f.key);
      if (f.parentKey) hasText.add(f.parentKey);
    }
  }
  return sections.filter((s) => hasText.has(s.key));
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
      note: `Kontaktverzeichnis der Kommune (Stand ${date}). Die Spalte „Stand“ nennt das Datum, an dem ein Eintrag zuletzt geprüft wurde.`,
      tables: [{ caption: 'Ansprechstellen und Rufnummern', table: contactsToTiptapTable(input.contacts) }],
    },
  ];
}

export function buildExportModel(input: ModelInput): ExportDocument {
  const edition = input.edition;
  // A frozen Fassung carries its own date: the annex and the cover say what was true then.
  const date = formatGermanDate(edition ? edition.frozenAt : input.now);
  const isFinal = Boolean(edition?.adoption);
  return {
    meta: {
      districtName: input.districtName,
      title: input.concept.title,
      subject: input.template.title,
      responsible: input.concept.responsible,
      statusLabel: edition ? (isFinal ? STATUS_LABELS.adopted : STATUS_LABELS.submitted) : STATUS_LABELS[input.concept.status],
      isFinal,
      versionLabel: input.versionLabel ?? (edition ? `Fassung ${edition.number} vom ${date}` : `Arbeitsstand vom ${date}`),
      ...(edition?.adoption ? { decisionLabel: decisionLabel(edition.adoption) } : {}),
      ...(edition?.adoption && edition.nextReviewOn ? { nextReviewLabel: formatIsoDate(edition.nextReviewOn) } : {}),
      dateLabel: date,
      templateLabel: `${input.template.title}, Version ${input.template.version}`,
    },
    emptySections: input.emptySections,
    sections: selectSections(input.template, input.contents, input.emptySections, input.fieldValues),
    annexes: annexes(input, date),
  };
}
