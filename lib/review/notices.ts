/**
 * Who is told what about the review loop, in the app. Recipients are always people who may see
 * the object: the district's active members and, for a shared concept, its assigned advisors.
 * Called inside the use case's transaction, after the permission check.
 */
import type { Db } from '../../db/client';
import type { Actor } from '../access';
import { listDistrictAdvisors, listDistrictMembers } from '../concepts/queries';
import type { NotificationKind } from '../notifications/kinds';
import { notify } from '../notifications/notify';
import { flattenSections, getTemplate } from '../templates';

/** „Abschnitt 11 Beschwerdemanagement“ for messages. */
export function sectionLabel(concept: { template_id: string; template_version: string }, key: string): string {
  const flat = flattenSections(getTemplate(concept.template_id, concept.template_version)).find((f) => f.key === key);
  return flat ? `Abschnitt ${flat.number} „${flat.title}“` : 'einen Abschnitt';
}

interface ConceptRef {
  id: string;
  title: string;
  district_id: string;
  is_shared: boolean;
}

/** Who may see the concept now: its district's active members and, while it is shared, its assigned advisors. */
interface Audience {
  members: Array<{ id: string; role: string }>;
  advisorIds: string[];
}

async function loadAudience(db: Db, concept: ConceptRef): Promise<Audience> {
  const [members, advisors] = await Promise.all([
    listDistrictMembers(db, { districtId: concept.district_id }),
    // Advisors see a concept only while it is shared with them.
    concept.is_shared ? listDistrictAdvisors(db, { districtId: concept.district_id }) : Promise.resolve([]),
  ]);
  return { members, advisorIds: advisors.map((a) => a.id) };
}

const coordinatorIds = (audience: Audience) => audience.members.filter((m) => m.role === 'coordinator').map((m) => m.id);

/**
 * Stores the notification for those of `recipientIds` who may see the concept now. Lists of
 * recipients come from history (who wrote in a thread, who last edited a section, who wrote a
 * hint), and history outlives access: a member leaves the district, an advisor's assignment
 * ends, a concept is no longer shared. They must not hear of the concept any more. Pass the
 * audience when it was read for choosing the recipients (inside the same transaction).
 */
async function notifyAudience(db: Db, concept: ConceptRef, input: Parameters<typeof notify>[1], audience?: Audience): Promise<void> {
  if (input.recipientIds.length === 0) return;
  const { members, advisorIds } = audience ?? (await loadAudience(db, concept));
  const allowed = new Set([...members.map((m) => m.id), ...advisorIds]);
  await notify(db, { ...input, recipientIds: input.recipientIds.filter((id) => allowed.has(id)) });
}

const WORKFLOW: Record<string, { kind: NotificationKind; to: 'advisors' | 'district' | 'everyone'; text: (who: string, title: string, version?: number) => string }> = {
  'concept.share': { kind: 'concept.shared', to: 'advisors', text: (who, t) => `${who} hat das Konzept „${t}“ für die Beratung freigegeben.` },
  'concept.submit': { kind: 'concept.submitted', to: 'advisors', text: (who, t, v) => `${who} hat „${t}“ als Fassung ${v} zur Beratung eingereicht.` },
  'concept.withdraw': { kind: 'concept.withdrawn', to: 'advisors', text: (who, t, v) => `${who} hat die Einreichung von „${t}“ (Fassung ${v}) zurückgezogen.` },
  'review.request_changes': { kind: 'concept.changes_requested', to: 'district', text: (who, t, v) => `${who} bittet um Überarbeitung von „${t}“ (Fassung ${v}).` },
  'review.approve': { kind: 'concept.approved', to: 'district', text: (who, t, v) => `${who} hat „${t}“ (Fassung ${v}) fachlich befürwortet.` },
  'concept.reopen': { kind: 'concept.reopened', to: 'advisors', text: (who, t) => `${who} hat „${t}“ wieder zur Bearbeitung geöffnet; die Befürwortung entfällt.` },
  'concept.adopt': { kind: 'concept.adopted', to: 'everyone', text: (who, t, v) => `${who} hat den Beschluss zu „${t}“ eingetragen (Fassung ${v}).` },
};

/** Tells the other side about a workflow step of the concept. */
export async function noticeWorkflowStep(db: Db, actor: Actor, concept: ConceptRef, action: string, versionNumber?: number): Promise<void> {
  const step = WORKFLOW[action];
  if (!step) return;
  const audience = await loadAudience(db, concept);
  const recipients = [
    ...(step.to !== 'district' ? audience.advisorIds : []),
    ...(step.to !== 'advisors' ? audience.members.map((m) => m.id) : []),
  ];
  await notifyAudience(
    db,
    concept,
    {
      recipientIds: recipients,
      actorUserId: actor.userId,
      districtId: concept.district_id,
      kind: step.kind,
      message: step.text(actor.displayName, concept.title, versionNumber),
      link: `/concepts/${concept.id}`,
    },
    audience,
  );
}

interface CommentEvent {
  concept: ConceptRef;
  section: { key: string; updated_by: string | null };
  sectionLabel: string;
  threadId: string;
  threadNumber: number;
  mentions: readonly string[];
  /** Who already wrote in the thread (replies) or null for a new thread. */
  participants: readonly string[] | null;
  isAdvisorAuthor: boolean;
}

/**
 * A new comment or a reply: the mentioned people get a mention; for a new thread the district's
 * coordinators and the section's last editor hear of it, for a reply everyone who wrote in the
 * thread. Advisors hear of district comments only when mentioned or already in the thread.
 */
export async function noticeComment(db: Db, actor: Actor, event: CommentEvent): Promise<void> {
  const link = `/concepts/${event.concept.id}/sections/${event.section.key}#kommentar-${event.threadId}`;
  const mentioned = new Set(event.mentions);
  await noticeMentions(db, actor, { ...event, sectionKey: event.section.key });
  // A new thread goes to the coordinators: the audience is read once, for choosing and for checking.
  const audience = event.participants === null ? await loadAudience(db, event.concept) : undefined;
  const others = audience
    ? [...coordinatorIds(audience), ...(event.section.updated_by ? [event.section.updated_by] : [])]
    : [...event.participants!];
  await notifyAudience(db, event.concept, {
    recipientIds: others.filter((id) => !mentioned.has(id)),
    actorUserId: actor.userId,
    districtId: event.concept.district_id,
    kind: event.participants === null ? 'comment.new' : 'comment.reply',
    message:
      event.participants === null
        ? `${actor.displayName}${event.isAdvisorAuthor ? ' (DeBUG-Beratung)' : ''} hat ${event.sectionLabel} in „${event.concept.title}“ kommentiert (Nr. ${event.threadNumber}).`
        : `${actor.displayName} hat auf Kommentar Nr. ${event.threadNumber} zu ${event.sectionLabel} („${event.concept.title}“) geantwortet.`,
    link,
  }, audience);
}

/** People mentioned in a comment (also when a mention is added by changing the comment). */
export async function noticeMentions(
  db: Db,
  actor: Actor,
  event: { concept: ConceptRef; sectionKey: string; sectionLabel: string; threadId: string; mentions: readonly string[] },
): Promise<void> {
  if (event.mentions.length === 0) return;
  await notifyAudience(db, event.concept, {
    recipientIds: event.mentions,
    actorUserId: actor.userId,
    districtId: event.concept.district_id,
    kind: 'comment.mention',
    message: `${actor.displayName} hat Sie in einem Kommentar zu ${event.sectionLabel} („${event.concept.title}“) erwähnt.`,
    link: `/concepts/${event.concept.id}/sections/${event.sectionKey}#kommentar-${event.threadId}`,
  });
}

/** The advisor's verdict on a section: the coordinators and the section's last editor. */
export async function noticeVerdict(
  db: Db,
  actor: Actor,
  event: { concept: ConceptRef; section: { key: string; updated_by: string | null }; sectionLabel: string; verdictLabel: string; versionNumber: number },
): Promise<void> {
  const audience = await loadAudience(db, event.concept);
  await notifyAudience(db, event.concept, {
    recipientIds: [...coordinatorIds(audience), ...(event.section.updated_by ? [event.section.updated_by] : [])],
    actorUserId: actor.userId,
    districtId: event.concept.district_id,
    kind: 'review.verdict',
    message: `${actor.displayName} hat ${event.sectionLabel} in „${event.concept.title}“ bewertet: ${event.verdictLabel} (Fassung ${event.versionNumber}).`,
    link: `/concepts/${event.concept.id}/sections/${event.section.key}`,
  }, audience);
}

/** A thread marked erledigt: its author hears how the hint was handled. */
export async function noticeResolved(
  db: Db,
  actor: Actor,
  event: { concept: ConceptRef; sectionKey: string; sectionLabel: string; threadId: string; threadNumber: number; authorId: string | null; dispositionLabel: string | null },
): Promise<void> {
  if (!event.authorId) return;
  await notifyAudience(db, event.concept, {
    recipientIds: [event.authorId],
    actorUserId: actor.userId,
    districtId: event.concept.district_id,
    kind: 'comment.resolved',
    message: `${actor.displayName} hat Kommentar Nr. ${event.threadNumber} zu ${event.sectionLabel} in „${event.concept.title}“ erledigt${event.dispositionLabel ? ` (${event.dispositionLabel})` : ''}.`,
    link: `/concepts/${event.concept.id}/sections/${event.sectionKey}#kommentar-${event.threadId}`,
  });
}
