/**
 * What a notification is about. Stored as text without a database check, so a new
 * kind needs no migration: add it here, in the feature that sends it.
 */
export const NOTIFICATION_KINDS = [
  'comment.new',
  'comment.reply',
  'comment.mention',
  'comment.resolved',
  'concept.shared',
  'concept.submitted',
  'concept.withdrawn',
  'concept.changes_requested',
  'concept.approved',
  'concept.adopted',
  'concept.reopened',
  'concept.review_due',
  'review.verdict',
  'member.added_by_admin',
  'member.role_changed_by_admin',
  'member.removed_by_admin',
  'member.password_reset_by_admin',
  'invitation.received',
  'invitation.accepted',
  'invitation.declined',
] as const;

export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];
