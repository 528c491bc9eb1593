import type { DistrictRelation } from '@/lib/access';
import type { PlatformRole } from '@/db/types';

/** Dates and times come from one module shared with lib and client components (27.11.2026 · 27.11.2026, 14:03). */
export { formatDate, formatDateTime, formatMoment, formatTime } from '@/lib/shared/date-format';

export const RELATION_LABELS: Record<DistrictRelation, string> = {
  coordinator: 'Koordination',
  editor: 'Redaktion',
  advisor: 'DeBUG-Beratung',
  none: '–',
};

export const PLATFORM_ROLE_LABELS: Record<PlatformRole, string> = {
  user: 'Kommune (Mitarbeit)',
  advisor: 'DeBUG-Beratung',
  admin: 'Plattformverwaltung',
};

export const CONCEPT_STATUS_LABELS: Record<string, string> = {
  draft: 'Entwurf',
  in_review: 'in Beratung',
  adopted: 'beschlossen',
  archived: 'archiviert',
};

export const SECTION_STATUS_LABELS: Record<string, string> = {
  empty: 'leer',
  in_progress: 'in Arbeit',
  done: 'fertig',
};
