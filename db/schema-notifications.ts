import type { ColumnType, Generated } from 'kysely';
import type { DistrictRole } from './types';

/**
 * Notifications in the app and invitations into a district
 * (migration 2026-11-27-0007-notifications-invitations).
 */

type CreatedAt = ColumnType<Date, Date | string | undefined, never>;
type OptionalTimestamp = ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;

export interface NotificationsTable {
  id: Generated<string>;
  user_id: string;
  district_id: string | null;
  /** One of lib/notifications/kinds.ts; not checked by the database. */
  kind: string;
  /** A complete German sentence, composed when the event happened. */
  message: string;
  /** An app path such as /concepts/<id>/sections/<key>, or null. */
  link: string | null;
  actor_user_id: string | null;
  created_at: CreatedAt;
  read_at: OptionalTimestamp;
}

export const INVITATION_STATUSES = ['open', 'accepted', 'declined', 'withdrawn'] as const;
export type InvitationStatus = (typeof INVITATION_STATUSES)[number];

export interface MemberInvitationsTable {
  id: Generated<string>;
  district_id: string;
  /** The invited account (existing, or created for the invitation). */
  user_id: string;
  /** Address and name as the inviting person typed them. */
  email: string;
  display_name: string;
  role: DistrictRole;
  invited_by: string | null;
  status: ColumnType<InvitationStatus, InvitationStatus | undefined, InvitationStatus>;
  created_at: CreatedAt;
  responded_at: OptionalTimestamp;
}

export interface NotificationTables {
  notifications: NotificationsTable;
  member_invitations: MemberInvitationsTable;
}
