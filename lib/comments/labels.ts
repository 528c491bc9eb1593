import type { CommentAuthorRole, Disposition } from '../../db/schema-review';

export const DISPOSITION_LABELS: Record<Disposition, string> = {
  uebernommen: 'übernommen',
  teilweise: 'teilweise übernommen',
  nicht_uebernommen: 'nicht übernommen',
};

export const AUTHOR_ROLE_LABELS: Record<CommentAuthorRole, string> = {
  coordinator: 'Koordination',
  editor: 'Redaktion',
  advisor: 'DeBUG-Beratung',
};
