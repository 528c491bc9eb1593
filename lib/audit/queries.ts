import type { Db } from '../../db/client';

export interface AuditEntry {
  actorUserId: string | null;
  districtId: string | null;
  action: string;
  objectType: string;
  objectId: string | null;
  /** The concept the entry is about, for the concept's activity; defaults to details.conceptId. */
  conceptId?: string | null;
  details?: Record<string, unknown>;
}

function conceptIdOf(entry: AuditEntry): string | null {
  const fromDetails = entry.details?.conceptId;
  if (typeof fromDetails === 'string') return fromDetails;
  return entry.objectType === 'concept' ? entry.objectId : null;
}

/** An audit entry as the row it is stored as (also for statements that write it along with the change). */
export function auditRow(entry: AuditEntry) {
  return {
    actor_user_id: entry.actorUserId,
    district_id: entry.districtId,
    action: entry.action,
    object_type: entry.objectType,
    object_id: entry.objectId,
    concept_id: entry.conceptId ?? conceptIdOf(entry),
    details: JSON.stringify(entry.details ?? {}),
  };
}

/** Appends an audit entry; pass the use case's transaction so entry and change commit together. */
export async function insertAuditEntry(db: Db, entry: AuditEntry): Promise<void> {
  await db.insertInto('audit_log').values(auditRow(entry)).execute();
}

export async function listAuditEntries(db: Db, { districtId, limit }: { districtId: string; limit: number }) {
  return db
    .selectFrom('audit_log')
    .leftJoin('users', 'users.id', 'audit_log.actor_user_id')
    // The concept's current title, so two concepts' „Abschnitt 4“ can be told apart.
    .leftJoin('concepts', (join) => join.onRef('concepts.id', '=', 'audit_log.concept_id').onRef('concepts.district_id', '=', 'audit_log.district_id'))
    .select([
      'concepts.title as concept_title',
      'audit_log.id',
      'audit_log.action',
      'audit_log.object_type',
      'audit_log.object_id',
      'audit_log.details',
      'audit_log.created_at',
      'users.display_name as actor_name',
    ])
    .where('audit_log.district_id', '=', districtId)
    .orderBy('audit_log.created_at', 'desc')
    .limit(limit)
    .execute();
}

/** The audit entries about one concept, newest first (its activity). */
export async function listConceptAuditEntries(db: Db, { districtId, conceptId, limit }: { districtId: string; conceptId: string; limit: number }) {
  return db
    .selectFrom('audit_log')
    .leftJoin('users', 'users.id', 'audit_log.actor_user_id')
    .select([
      'audit_log.id',
      'audit_log.action',
      'audit_log.details',
      'audit_log.created_at as createdAt',
      'users.display_name as actorName',
    ])
    .where('audit_log.district_id', '=', districtId)
    .where('audit_log.concept_id', '=', conceptId)
    .orderBy('audit_log.created_at', 'desc')
    .limit(limit)
    .execute();
}
