import { getDb, type Db } from '../../db/client';
import type { ConceptStatus } from '../../db/schema-concepts';
import { districtRelation, visibleDistrictIds, type Actor } from '../access';
import { listDistrictMembers } from '../concepts/queries';
import { claimReviewDueNotice, listReviewsDue } from './review-due-queries';
import { notify } from '../notifications/notify';
import { berlinIsoDay, formatIsoDate } from '../shared/date-format';

/** How long before the planned review date the district is reminded. */
export const REVIEW_DUE_DAYS = 60;

function untilDate(now: Date): string {
  const today = berlinIsoDay(now);
  const [y, m, d] = today.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d + REVIEW_DUE_DAYS)).toISOString().slice(0, 10);
}

/** An adopted concept whose planned review is due, with its Fortschreibung if one has begun. */
export interface DueReview {
  conceptId: string;
  title: string;
  districtName: string;
  /** YYYY-MM-DD. */
  nextReviewOn: string;
  isOverdue: boolean;
  successor: { id: string; status: ConceptStatus } | null;
}

/**
 * Adopted concepts of the actor's districts whose planned review is due within 60 days or
 * overdue, soonest first, with the Fortschreibung if one has begun. District members only
 * (advisors and administrators get an empty list: the review is the district's duty).
 */
export async function listDueReviews(actor: Actor, options: { now?: Date } = {}): Promise<DueReview[]> {
  const now = options.now ?? new Date();
  const districtIds = visibleDistrictIds(actor).filter((id) => {
    const relation = districtRelation(actor, id);
    return relation === 'coordinator' || relation === 'editor';
  });
  const rows = await listReviewsDue(getDb(), { districtIds, until: untilDate(now) });
  const today = berlinIsoDay(now);
  return rows.map((r) => ({
    conceptId: r.id,
    title: r.title,
    districtName: r.district_name,
    nextReviewOn: r.next_review_on,
    isOverdue: r.next_review_on < today,
    successor: r.successor_id ? { id: r.successor_id, status: r.successor_status! } : null,
  }));
}

/**
 * Tells the coordinators of every district once per due date that an adopted concept's planned
 * review is due within 60 days (or already overdue). A system task without an actor: the
 * launcher runs it at start and every few hours; several app instances send each notice once.
 * Returns how many concepts were announced.
 */
export async function sendReviewDueNotices(db: Db, options: { now?: Date } = {}): Promise<number> {
  const now = options.now ?? new Date();
  const today = berlinIsoDay(now);
  let sent = 0;
  for (const due of await listReviewsDue(db, { until: untilDate(now) })) {
    if (due.review_due_noticed_at) continue;
    await db.transaction().execute(async (trx) => {
      if (!(await claimReviewDueNotice(trx, { conceptId: due.id }))) return;
      const coordinators = (await listDistrictMembers(trx, { districtId: due.district_id })).filter((m) => m.role === 'coordinator');
      const when = formatIsoDate(due.next_review_on);
      await notify(trx, {
        recipientIds: coordinators.map((c) => c.id),
        actorUserId: null,
        districtId: due.district_id,
        kind: 'concept.review_due',
        message:
          due.next_review_on < today
            ? `Die planmäßige Überprüfung von „${due.title}“ war am ${when} fällig. Beginnen Sie die Fortschreibung.`
            : `Die planmäßige Überprüfung von „${due.title}“ ist am ${when} fällig. Planen Sie die Fortschreibung.`,
        link: `/concepts/${due.id}`,
      });
      sent++;
    });
  }
  return sent;
}

