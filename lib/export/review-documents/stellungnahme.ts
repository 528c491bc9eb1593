import { z } from 'zod';
import { getDb } from '../../../db/client';
import type { Actor } from '../../access';
import { listConceptReview } from '../../comments/list-comments';
import { loadConcept } from '../../concepts/load-concept';
import { AppError } from '../../errors';
import { listConceptSections } from '../../sections/queries';
import { parseInput } from '../../shared/action-result';
import { flattenSections } from '../../templates';
import { listVersionSections, listVersions } from '../../versions/queries';
import { reviewDocumentFilename } from '../filename';
import { DOCX_MIME_TYPE } from '../render-docx';
import { listVerdictsUpTo } from './queries';
import { renderStatementDocx } from './stellungnahme-docx';
import { buildStatementModel, type StatementHint, type StatementVerdict } from './stellungnahme-model';

export const exportStellungnahmeSchema = z.object({
  conceptId: z.unknown(),
  /** The Fassung the statement is about; without it the latest submitted one. */
  fassung: z.coerce.number({ error: 'Ungültige Fassung.' }).int('Ungültige Fassung.').min(1, 'Ungültige Fassung.').max(100_000, 'Ungültige Fassung.').optional(),
});
export type ExportStellungnahmeInput = z.input<typeof exportStellungnahmeSchema>;

export const NO_FASSUNG_MESSAGE =
  'Zu diesem Konzept gibt es noch keine Fassung. Die Stellungnahme der Beratung bezieht sich auf eine eingereichte Fassung; sie lässt sich herunterladen, sobald die Koordination das Konzept einreicht.';

export interface ExportedStatement {
  filename: string;
  contentType: string;
  buffer: Buffer;
  versionNumber: number;
}

/**
 * The Stellungnahme der Beratung on one Fassung as a DOCX: title page (concept, Fassung, the
 * advisor's organisation and names, date), the verdict and note per section as they stood for
 * that Fassung, coverage by Mindeststandard (native Word chart and table), and the advisor's hints
 * given up to the review of that Fassung with quote, disposition, reason and the Fassung that
 * addressed them. For the district's coordinators and its assigned advisors ('concept.statement');
 * reads, writes nothing. Throws not_found (unknown concept or Fassung, another district, an
 * unshared concept for an advisor), forbidden (editors), invalid_input (no Fassung yet, bad number).
 */
export async function exportStellungnahmeDocx(actor: Actor, input: ExportStellungnahmeInput, options: { now?: Date } = {}): Promise<ExportedStatement> {
  const values = parseInput(exportStellungnahmeSchema, input);
  const now = options.now ?? new Date();
  const db = getDb();
  const loaded = await loadConcept(db, actor, values.conceptId, 'concept.statement');
  const ids = { districtId: loaded.district.id, conceptId: loaded.concept.id };
  const data = await db
    .transaction()
    .setIsolationLevel('repeatable read')
    .execute(async (trx) => {
      const versions = await listVersions(trx, ids); // newest first
      const version = values.fassung ? versions.find((v) => v.number === values.fassung) : (versions.find((v) => v.kind === 'submission') ?? versions[0]);
      if (!version) throw values.fassung ? new AppError('not_found', 'Diese Fassung gibt es nicht.') : new AppError('invalid_input', NO_FASSUNG_MESSAGE);
      const next = versions.filter((v) => v.number > version.number).at(-1);
      const [sections, frozen, verdicts] = await Promise.all([
        listConceptSections(trx, ids),
        listVersionSections(trx, { districtId: ids.districtId, versionId: version.id }),
        listVerdictsUpTo(trx, { ...ids, upTo: version.number }),
      ]);
      return { version, next, sections, frozen, verdicts };
    });
  const review = await listConceptReview(actor, loaded.concept.id);
  const keyOf = new Map(data.sections.map((s) => [s.id, s.key]));
  const verdicts = new Map<string, StatementVerdict>();
  for (const v of data.verdicts) {
    const key = keyOf.get(v.sectionId);
    if (key) verdicts.set(key, { verdict: v.verdict, note: v.note, versionNumber: v.versionNumber, authorName: v.authorName });
  }
  // The hints of the review of this Fassung and before it: those written before the next Fassung was frozen.
  const cutoff = data.next?.createdAt;
  const hints: StatementHint[] = review.advisorHints
    .filter((h) => !cutoff || (h.comments[0]?.createdAt ?? now) < cutoff)
    .sort((a, b) => a.number - b.number)
    .map((h) => ({
      number: h.number,
      section: h.section,
      quote: h.quote,
      isDetached: h.isDetached,
      comments: h.comments.map((c) => ({ authorName: c.authorName, createdAt: c.createdAt, body: c.redactedAt ? null : c.body })),
      isResolved: h.isResolved,
      dispositionLabel: h.dispositionLabel,
      dispositionReason: h.dispositionReason,
      addressedInVersion: h.addressedInVersion,
    }));
  const { version } = data;
  const model = buildStatementModel({
    concept: { title: version.details.title, districtName: version.details.districtName, responsible: version.details.responsible },
    fassung: {
      number: version.number,
      kind: version.kind,
      createdAt: version.createdAt,
      outcome: version.outcome,
      outcomeAt: version.outcomeAt,
      outcomeNote: version.outcomeNote,
      outcomeByName: version.outcomeByName,
    },
    flat: flattenSections(loaded.template),
    checklists: new Map(data.frozen.map((s) => [s.key, s.checklist])),
    verdicts,
    hints,
    templateLabel: `${loaded.template.title}, Version ${loaded.template.version}`,
    now,
  });
  return {
    filename: reviewDocumentFilename({ kind: 'Stellungnahme', title: version.details.title, versionNumber: version.number, date: now }),
    contentType: DOCX_MIME_TYPE,
    buffer: await renderStatementDocx(model),
    versionNumber: version.number,
  };
}
