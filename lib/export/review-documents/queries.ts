import type { Db } from '../../../db/client';

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
