import { sql } from 'kysely';
import type { Db } from '../../db/client';

/* Planned reviews of adopted concepts (nächste Überprüfung) and the reminder sent once per date. */

/** Adopted concepts of the given districts whose planned review is on or before `until` ('YYYY-MM-DD'). */
export async function listReviewsDue(db: Db, { districtIds, until }: { districtIds?: string[]; until: string }) {
  if (districtIds && districtIds.length === 0) return [];
  return db
    .selectFrom('concepts')
    .innerJoin('districts', 'districts.id', 'concepts.district_id')
    .leftJoin('concepts as next', 'next.previous_concept_id', 'concepts.id')
    .select([
      'concepts.id',
      'concepts.title',
      'concepts.district_id',
      'concepts.review_due_noticed_at',
      'districts.name as district_name',
      sql<string>`to_char(concepts.next_review_on, 'YYYY-MM-DD')`.as('next_review_on'),
      'next.id as successor_id',
      'next.status as successor_status',
    ])
    .where('concepts.status', '=', 'adopted')
    .where('districts.is_active', '=', true)
    .where('concepts.next_review_on', 'is not', null)
    .where(sql<boolean>`concepts.next_review_on <= ${until}::date`)
    .$if(districtIds !== undefined, (qb) => qb.where('concepts.district_id', 'in', districtIds!))
    .orderBy('concepts.next_review_on')
    .execute();
}

/** Marks the due notice as sent; false when another process sent it first (several app instances). */
export async function claimReviewDueNotice(db: Db, { conceptId }: { conceptId: string }): Promise<boolean> {
  const row = await db
    .updateTable('concepts')
    .set({ review_due_noticed_at: sql<Date>`now()` })
    .where('id', '=', conceptId)
    .where('review_due_noticed_at', 'is', null)
    .returning('id')
    .executeTakeFirst();
  return Boolean(row);
}
