import type { DistrictRole } from '../../db/types';

/** Role names as district staff use them, for messages composed in lib/ (notifications, audit text). */
export const DISTRICT_ROLE_LABELS: Record<DistrictRole, string> = {
  coordinator: 'Koordination',
  editor: 'Redaktion',
};

/** How DeBUG advisors are named beside the district's roles (comment authors, account kinds). */
export const ADVISOR_ROLE_LABEL = 'DeBUG-Beratung';
