import { z } from 'zod';
import { getDb } from '../../db/client';
import type { Actor } from '../access';
import { buildFieldValues, type FieldValues } from '../concepts/field-values';
import { listCoordinatorNames } from '../concepts/queries';
import { listConceptFacilities } from '../concepts/scope-queries';
import { loadConcept } from '../concepts/load-concept';
import { diffDocs, type BlockDiff } from '../diff/word-diff';
import type { TiptapDoc } from '../editor/types';
import { AppError } from '../errors';
import { endOfBerlinDay } from '../shared/date-format';
import { flattenSections } from '../templates';
import { groupRevisions, type RevisionGroup, type RevisionSummary } from './group-revisions';
import { findRevision, findSectionByKey, lastRevisionBefore, listRevisionPage } from './queries';

/** Revisions on one page of the history: enough for a day's work, small enough for a section with thousands. */
export const HISTORY_PAGE_SIZE = 100;

const positiveInt = z.coerce.number().int().min(1).max(2_000_000_000);

export interface SectionHistoryQuery {
  /** The newest revision number on the page (paging backwards in time). */
  upTo?: string;
  /** Jump to this revision number. */
  number?: string;
  /** Jump to the last revision saved on or before this day (YYYY-MM-DD, Berlin calendar day). */
  date?: string;
  /** Compare two revisions. */
  from?: string;
  to?: string;
  /** Show one revision read-only. */
  view?: string;
}

type Problem = { field: 'from' | 'to' | 'view' | 'number' | 'date'; message: string };

/** Which revision a comparison side or the read-only view shows. */
export interface RevisionLabel {
  number: number;
  authorName: string | null;
  createdAt: Date;
}

/** The history page of one section. */
export interface SectionHistory {
  concept: { id: string; title: string; importFileName: string | null };
  section: { id: string; key: string; number: string; title: string; headRevision: number };
  canEdit: boolean;
  problems: Problem[];
  page: {
    groups: RevisionGroup[];
    upTo: number;
    /** The cursor of the next newer page, or null on the newest. */
    newer: number | null;
    /** The cursor of the next older page, or null when the oldest revision is on this page. */
    older: number | null;
  };
  compare: { from: RevisionLabel; to: RevisionLabel; blocks: BlockDiff[] } | null;
  selected: { from: number | null; to: number | null };
  viewed: (RevisionLabel & { content: TiptapDoc }) | null;
  /** Current values of the data fields, only while a revision is shown. */
  fieldValues: FieldValues | undefined;
}

function parseNumber(raw: string | undefined, head: number, field: Problem['field'], problems: Problem[]): number | undefined {
  if (raw === undefined || raw.trim() === '') return undefined;
  const parsed = positiveInt.safeParse(raw.trim());
  if (!parsed.success || parsed.data > head) {
    problems.push({ field, message: `Eine Version „${raw.slice(0, 20)}“ gibt es nicht; möglich sind die Nummern 1 bis ${head}.` });
    return undefined;
  }
  return parsed.data;
}

/**
 * Everything the history page of a section shows, in one use case: one page of revisions
 * (newest first, grouped into working sessions), the comparison of any two revisions and one
 * revision read-only. A section with thousands of revisions never lists them all: the page
 * holds HISTORY_PAGE_SIZE, `upTo` pages back, `number` or `date` jump there, and the
 * comparison takes revision numbers. Numbers that do not exist come back as `problems`
 * (shown beside the form), never as an error page. Anyone who may read the concept; another
 * district's concept answers not_found.
 */
export async function getSectionHistory(actor: Actor, conceptId: unknown, sectionKey: unknown, query: SectionHistoryQuery = {}): Promise<SectionHistory> {
  const db = getDb();
  const { concept, district, template, can } = await loadConcept(db, actor, conceptId);
  const current = flattenSections(template).find((f) => f.key === sectionKey);
  if (!current) throw new AppError('not_found');
  const section = await findSectionByKey(db, { conceptId: concept.id, key: current.key });
  if (!section) throw new AppError('not_found');
  const head = section.head_revision;
  const problems: Problem[] = [];

  // Which page: an explicit cursor, a jump to a number, or to a day.
  let upTo = parseNumber(query.upTo, head, 'number', problems) ?? head;
  const jumpNumber = parseNumber(query.number, head, 'number', problems);
  if (jumpNumber !== undefined) upTo = jumpNumber;
  if (query.date) {
    const end = endOfBerlinDay(query.date);
    if (!end) {
      problems.push({ field: 'date', message: 'Bitte ein Datum wie 27.11.2026 angeben.' });
    } else {
      const found = await lastRevisionBefore(db, { sectionId: section.id, before: end });
      if (found === undefined) problems.push({ field: 'date', message: 'An oder vor diesem Tag wurde noch keine Version gespeichert.' });
      else upTo = found;
    }
  }

  // Without a choice: the last change. A number that does not exist compares nothing (the form says why).
  const given = (raw: string | undefined) => raw !== undefined && raw.trim() !== '';
  const from = given(query.from) ? parseNumber(query.from, head, 'from', problems) : head > 1 ? head - 1 : undefined;
  const to = given(query.to) ? parseNumber(query.to, head, 'to', problems) : head > 0 ? head : undefined;
  const view = parseNumber(query.view, head, 'view', problems);

  const [rows, fromRevision, toRevision, viewed] = await Promise.all([
    head > 0 ? listRevisionPage(db, { sectionId: section.id, upTo, limit: HISTORY_PAGE_SIZE }) : [],
    from !== undefined && to !== undefined && from !== to ? findRevision(db, { sectionId: section.id, number: from }) : undefined,
    from !== undefined && to !== undefined && from !== to ? findRevision(db, { sectionId: section.id, number: to }) : undefined,
    view !== undefined ? findRevision(db, { sectionId: section.id, number: view }) : undefined,
  ]);
  // Data fields are rendered with their current values only when a revision is shown.
  const fieldValues = viewed
    ? buildFieldValues({
        district,
        concept,
        coordinatorNames: await listCoordinatorNames(db, { districtId: district.id }),
        facilities: await listConceptFacilities(db, { districtId: district.id, conceptId: concept.id }),
        now: new Date(),
      })
    : undefined;

  const revisions: RevisionSummary[] = rows.map((r) => ({
    number: r.number,
    kind: r.kind,
    authorId: r.author_id,
    authorName: r.author_name,
    createdAt: r.created_at,
    textChars: r.text_chars,
    restoredFrom: r.restored_from,
  }));
  const oldestOnPage = revisions[revisions.length - 1]?.number;
  const label = (r: { number: number; author_name: string | null; created_at: Date }): RevisionLabel => ({
    number: r.number,
    authorName: r.author_name,
    createdAt: r.created_at,
  });
  return {
    concept: { id: concept.id, title: concept.title, importFileName: concept.import_file_name },
    section: { id: section.id, key: section.key, number: current.number, title: current.title, headRevision: head },
    canEdit: can['section.edit'],
    problems,
    page: {
      groups: groupRevisions(revisions),
      upTo,
      newer: upTo < head ? Math.min(head, upTo + HISTORY_PAGE_SIZE) : null,
      older: oldestOnPage !== undefined && oldestOnPage > 1 ? oldestOnPage - 1 : null,
    },
    compare:
      fromRevision && toRevision
        ? {
            from: label(fromRevision),
            to: label(toRevision),
            blocks: diffDocs(fromRevision.content as unknown as TiptapDoc, toRevision.content as unknown as TiptapDoc),
          }
        : null,
    selected: { from: from ?? null, to: to ?? null },
    viewed: viewed ? { ...label(viewed), content: viewed.content as unknown as TiptapDoc } : null,
    fieldValues,
  };
}
