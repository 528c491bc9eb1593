import { getDb } from '../../db/client';
import type { Actor } from '../access';
import { loadDistrict, type DistrictHeader } from '../districts/load-district';
import { listAuditEntries } from './queries';

export const AUDIT_PAGE_SIZE = 200;

/** One entry of the Protokoll. */
export interface AuditLogEntry {
  id: string;
  createdAt: Date;
  action: string;
  /** Who acted; null for the system (and for a declined invitation, whose addressee stays unnamed). */
  actorName: string | null;
  /** The current title of the concept the entry is about, if any. */
  conceptTitle: string | null;
  details: Record<string, unknown>;
}

/** The Protokoll page of a district. */
export interface AuditLog {
  district: DistrictHeader;
  /** Newest first, at most AUDIT_PAGE_SIZE. */
  entries: AuditLogEntry[];
}

/**
 * The district's audit trail, newest first: who changed what, when. Coordinators
 * of the district (they are accountable for the concept); others get forbidden or not_found.
 */
export async function getAuditLog(actor: Actor, districtId: unknown): Promise<AuditLog> {
  const db = getDb();
  const district = await loadDistrict(db, actor, districtId, 'audit.read');
  const rows = await listAuditEntries(db, { districtId: district.id, limit: AUDIT_PAGE_SIZE });
  return {
    district,
    entries: rows.map((r) => ({
      id: r.id,
      createdAt: r.created_at,
      action: r.action,
      actorName: r.actor_name,
      conceptTitle: r.concept_title,
      details: r.details,
    })),
  };
}
