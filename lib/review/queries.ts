import { sql } from 'kysely';
import type { Db } from '../../db/client';
import type { Verdict } from '../../db/schema-review';

export async function upsertVerdict(
  db: Db,
  values: { versionId: string; sectionId: string; districtId: string; verdict: Verdict; note: string; authorId: string },
) {
  await db
    .insertInto('section_verdicts')
    .values({
      version_id: values.versionId,
      section_id: values.sectionId,
      district_id: values.districtId,
      verdict: values.verdict,
      note: values.note,
      author_id: values.authorId,
    })
    .onConflict((oc) =>
      oc.columns(['version_id', 'section_id']).doUpdateSet({
        verdict: values.verdict,
        note: values.note,
        author_id: values.authorId,
        updated_at: sql<Date>`now()`,
      }),
    )
    .execute();
}

export interface VerdictRow {
  sectionId: string;
  verdict: Verdict;
  note: string;
  versionNumber: number;
  authorName: string | null;
  updatedAt: Date;
}

/** The most recent verdict of every section of a concept (the one given on the latest Fassung that has one). */
export async function listLatestVerdicts(db: Db, { districtId, conceptId }: { districtId: string; conceptId: string }): Promise<VerdictRow[]> {
  const rows = await db
    .selectFrom('section_verdicts as v')
    .innerJoin('concept_versions as cv', 'cv.id', 'v.version_id')
    .leftJoin('users', 'users.id', 'v.author_id')
    .select([
      'v.section_id as sectionId',
      'v.verdict',
      'v.note',
      'cv.number as versionNumber',
      'users.display_name as authorName',
      'v.updated_at as updatedAt',
    ])
    .where('v.district_id', '=', districtId)
    .where('cv.concept_id', '=', conceptId)
    .orderBy('cv.number', 'desc')
    .execute();
  const latest = new Map<string, VerdictRow>();
  for (const row of rows) if (!latest.has(row.sectionId)) latest.set(row.sectionId, row);
  return [...latest.values()];
}
