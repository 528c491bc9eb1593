import { buildFieldValues, type FieldContact, type FieldValues } from '../concepts/field-values';
import type { VersionRow } from './queries';

/**
 * The data fields of a Fassung as they were when it was frozen: its details, its annex's
 * facilities, its number and date, and for the adopted Fassung the council's decision. The view
 * of a Fassung and its DOCX show exactly these, whatever the Eckdaten say today.
 */
export function versionFieldValues(
  version: Pick<VersionRow, 'number' | 'kind' | 'createdAt' | 'details' | 'decidedBy' | 'decidedOn' | 'resolutionNumber' | 'nextReviewOn'>,
  facilities: ReadonlyArray<{ name: string; capacity: number | null }>,
  now: Date,
  /** The contact directory frozen with the Fassung (its annex). */
  contacts: ReadonlyArray<FieldContact> = [],
): FieldValues {
  return buildFieldValues({
    district: {
      name: version.details.districtName,
      kind: version.details.districtKind,
      forms: version.details.districtForms ?? null,
      coordination: version.details.coordination ?? null,
    },
    concept: { title: version.details.title, responsible: version.details.responsible },
    coordinatorNames: version.details.coordinatorNames,
    facilities,
    contacts,
    edition: {
      fassungNumber: version.number,
      frozenAt: version.createdAt,
      adoption:
        version.kind === 'adoption' && version.decidedBy && version.decidedOn
          ? { body: version.decidedBy, date: version.decidedOn, number: version.resolutionNumber }
          : null,
      nextReviewDate: version.nextReviewOn,
    },
    now,
  });
}
