import { buildFieldValues, type FieldContact, type FieldValues } from '../concepts/field-values';
import type { VersionRow } from './queries';

/** The council's decision of a Fassung: only the adopted one, and only with body and date. */
export function adoptionOf(version: Pick<VersionRow, 'kind' | 'decidedBy' | 'decidedOn' | 'resolutionNumber'>) {
  return version.kind === 'adoption' && version.decidedBy && version.decidedOn
    ? { decidedBy: version.decidedBy, decidedOn: version.decidedOn, resolutionNumber: version.resolutionNumber }
    : null;
}

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
  const decision = adoptionOf(version);
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
      adoption: decision ? { body: decision.decidedBy, date: decision.decidedOn, number: decision.resolutionNumber } : null,
      nextReviewDate: version.nextReviewOn,
    },
    now,
  });
}
