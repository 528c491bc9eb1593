import type { CommentAuthorRole, Disposition } from '../../db/schema-review';
import { ADVISOR_ROLE_LABEL, DISTRICT_ROLE_LABELS } from '../members/labels';

export const DISPOSITION_LABELS: Record<Disposition, string> = {
  uebernommen: 'übernommen',
  teilweise: 'teilweise übernommen',
  nicht_uebernommen: 'nicht übernommen',
};

export const AUTHOR_ROLE_LABELS: Record<CommentAuthorRole, string> = { ...DISTRICT_ROLE_LABELS, advisor: ADVISOR_ROLE_LABEL };
