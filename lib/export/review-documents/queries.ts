import type { Db } from '../../../db/client';
import type { Verdict } from '../../../db/schema-review';

/**
 * Who last saved each section's current text, and when: the author and date of the changes in a
 * redline against the current text (a Fassung has one author and date for all of its sections).
 */
export async function listSectionHeadAuthors(db: Db, { districtId, conceptId }: { districtId: string; conceptId: string }) {
  return db
    .selectFrom('sections')
    .innerJoin('section_revisions', (join) =>
      join.onRef('section_revisions.section_id', '=', 'sections.id').onRef('section_revisions.number', '=', 'sections.head_revision'),
    )
    .leftJoin('users', 'users.id', 'section_revisions.author_id')
    .select(['sections.key', 'users.display_name as authorName', 'section_revisions.created_at as savedAt'])
    .where('sections.concept_id', '=', conceptId)
    .where('sections.district_id', '=', districtId)
    .execute();
}

export interface StatementVerdictRow {
  sectionId: string;
  verdict: Verdict;
  note: string;
  /** The Fassung the verdict was given on (the Stellungnahme's own, or an earlier one). */
  versionNumber: number;
  authorName: string | null;
}

/**
 * Each section's verdict as it stood for Fassung `upTo`: the one given on the latest Fassung up to
 * that number. A section judged erfüllt on Fassung 1 and not judged again on Fassung 2 keeps its
 * verdict from Fassung 1; verdicts given on later Fassungen are left out.
 */
export async function listVerdictsUpTo(
  db: Db,
  { districtId, conceptId, upTo }: { districtId: string; conceptId: string; upTo: number },
): Promise<StatementVerdictRow[]> {
  const rows = await db
    .selectFrom('section_verdicts as v')
    .innerJoin('concept_versions as cv', 'cv.id', 'v.version_id')
    .leftJoin('users', 'users.id', 'v.author_id')
    .select(['v.section_id as sectionId', 'v.verdict', 'v.note', 'cv.number as versionNumber', 'users.display_name as authorName'])
    .where('v.district_id', '=', districtId)
    .where('cv.district_id', '=', districtId)
    .where('cv.concept_id', '=', conceptId)
    .where('cv.number', '<=', upTo)
    .orderBy('cv.number', 'desc')
    .execute();
  const latest = new Map<string, StatementVerdictRow>();
  for (const row of rows) if (!latest.has(row.sectionId)) latest.set(row.sectionId, row);
  return [...latest.values()];
}
