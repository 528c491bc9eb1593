import type { Verdict } from '../../db/schema-review';

/** The advisor's verdict on a section, as every page, notice and document names it. */
export const VERDICT_LABELS: Record<Verdict, string> = {
  erfuellt: 'erfüllt',
  nachbessern: 'nachbessern',
  offen: 'offen',
  entfaellt: 'entfällt',
};
