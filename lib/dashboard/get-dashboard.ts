import { getDb } from '../../db/client';
import { visibleDistrictIds, type Actor } from '../access';
import { listConceptCards, type ConceptCard } from '../concepts/list-concepts';
import { listMyDeactivatedDistricts, listMyDistricts, type MyDistrict } from '../districts/list-districts';
import { listMyInvitations, type MyInvitation } from '../members/invitations';
import { listReviewQueue, type ReviewQueue } from '../review/review-queue';
import { listDueReviews, type DueReview } from '../review/reviews-due';

/** The start page. */
export interface Dashboard {
  /** The active districts the actor works in or advises, each with the concepts the actor may list. */
  districts: Array<MyDistrict & { concepts: ConceptCard[] }>;
  /** Districts of the actor that the administration deactivated (the page says why they are missing). */
  deactivatedDistricts: Array<{ id: string; name: string }>;
  invitations: MyInvitation[];
  /** The advisor's work queue (empty lists for everyone else). */
  reviewQueue: ReviewQueue;
  /** Adopted concepts whose planned review is due (district members only). */
  dueReviews: DueReview[];
}

/**
 * The start page in one use case: the actor's districts with their concepts, open invitations,
 * deactivated districts, the advisor's queue and the reviews that are due. Anyone signed in,
 * about themselves: each part shows only what the actor may see (advisors the shared concepts).
 */
export async function getDashboard(actor: Actor, options: { now?: Date } = {}): Promise<Dashboard> {
  const [districts, concepts, invitations, deactivatedDistricts, reviewQueue, dueReviews] = await Promise.all([
    listMyDistricts(actor),
    listConceptCards(getDb(), actor, visibleDistrictIds(actor)),
    listMyInvitations(actor),
    listMyDeactivatedDistricts(actor),
    listReviewQueue(actor, options),
    listDueReviews(actor, options),
  ]);
  return {
    districts: districts.map((d) => ({ ...d, concepts: concepts.filter((c) => c.districtId === d.id) })),
    deactivatedDistricts,
    invitations,
    reviewQueue,
    dueReviews,
  };
}
