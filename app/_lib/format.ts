import type { DistrictRelation } from '@/lib/access';
import type { SectionStatus } from '@/db/schema-concepts';
import type { PlatformRole } from '@/db/types';
import { ADVISOR_ROLE_LABEL, DISTRICT_ROLE_LABELS } from '@/lib/members/labels';

/** Dates and times come from one module shared with lib and client components (27.11.2026 · 27.11.2026, 14:03). */
export { formatDate, formatDateTime, formatIsoDate, formatMoment, formatTime } from '@/lib/shared/date-format';

/** „1 Beratungskonto“, „2 Beratungskonten“, „0 Beratungskonten“: the number with the matching noun. */
export function countLabel(count: number, singular: string, plural: string): string {
  return `${count} ${count === 1 ? singular : plural}`;
}

export const RELATION_LABELS: Record<DistrictRelation, string> = { ...DISTRICT_ROLE_LABELS, advisor: ADVISOR_ROLE_LABEL, none: '–' };

export const PLATFORM_ROLE_LABELS: Record<PlatformRole, string> = {
  user: 'Kommune (Mitarbeit)',
  advisor: ADVISOR_ROLE_LABEL,
  admin: 'Plattformverwaltung',
};

export { CONCEPT_STATUS_LABELS } from '@/lib/access/concept-rules';

export const SECTION_STATUS_LABELS: Record<SectionStatus, string> = {
  empty: 'leer',
  in_progress: 'in Arbeit',
  done: 'fertig',
};
