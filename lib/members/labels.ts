import type { DistrictRole } from '../../db/types';

/** Role names as district staff use them, for messages composed in lib/ (notifications, audit text). */
export const DISTRICT_ROLE_LABELS: Record<DistrictRole, string> = {
  coordinator: 'Koordination',
  editor: 'Redaktion',
};
