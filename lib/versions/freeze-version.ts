import type { Db } from '../../db/client';
import type { FrozenDetails, VersionKind } from '../../db/schema-review';
import type { CoordinationRecord, DistrictFormsRecord } from '../../db/types';
import { districtForms } from '../districts/grammar';
import type { ConceptRow } from '../concepts/queries';
import { listCoordinatorNames } from '../concepts/queries';
import { listConceptFacilities } from '../concepts/scope-queries';
import { listDistrictContacts } from '../contacts/queries';
import type { ContactForTable } from '../contacts/to-tiptap-table';
import { listDistrictFacilities } from '../facilities/queries';
import type { FacilityForTable } from '../facilities/to-tiptap-table';
import { insertVersion, insertVersionSectionsFromHeads, nextVersionNumber } from './queries';

export interface AdoptionFacts {
  decidedBy: string;
  decidedOn: string;
  resolutionNumber: string | null;
  withoutAdvisorReason: string | null;
  nextReviewOn: string;
  /** Open points of the Vollständigkeitsprüfung at the adoption, and the recorded reason to adopt anyway. */
  openFindings: number;
  openFindingsReason: string | null;
}

/**
 * Freezes the concept as the next numbered Fassung: the head revision of every section
 * (revisions are immutable, so pointing at them is enough), the concept's details and the
 * facility and contact rows of the annex exactly as they are now. The caller holds the
 * concept row lock (loadConcept with lock) inside its transaction and has checked permission;
 * section saves share-lock the concept, so no save lands between the heads read here and the
 * state change the caller makes in the same transaction. A Fassung is never changed afterwards
 * (only the advisor's answer to a submission is recorded on it once).
 */
export async function freezeVersion(
  trx: Db,
  input: {
    concept: ConceptRow;
    district: { id: string; name: string; kind: string; forms?: Partial<DistrictFormsRecord> | null; coordination?: CoordinationRecord | null };
    kind: VersionKind;
    note: string | null;
    createdBy: string;
    adoption?: AdoptionFacts;
  },
) {
  const ids = { districtId: input.district.id, conceptId: input.concept.id };
  const [number, scope, facilities, contacts, coordinatorNames] = await Promise.all([
    nextVersionNumber(trx, ids),
    listConceptFacilities(trx, ids),
    listDistrictFacilities(trx, { districtId: input.district.id }),
    listDistrictContacts(trx, { districtId: input.district.id }),
    listCoordinatorNames(trx, { districtId: input.district.id }),
  ]);
  const scopeIds = new Set(scope.map((f) => f.id));
  const details: FrozenDetails = {
    title: input.concept.title,
    responsible: input.concept.responsible,
    districtName: input.district.name,
    districtKind: input.district.kind,
    districtForms: districtForms(input.district),
    coordination: input.district.coordination ?? null,
    coordinatorNames,
    facilityIds: [...scopeIds],
  };
  const annex = {
    facilities: facilities.filter((f) => scopeIds.has(f.id)).map((f): FacilityForTable => withoutBookkeeping(f)),
    contacts: contacts.map((c): ContactForTable => withoutBookkeeping(c)),
  };
  const version = await insertVersion(trx, {
    ...ids,
    number,
    kind: input.kind,
    note: input.note,
    details,
    annex,
    decidedBy: input.adoption?.decidedBy,
    decidedOn: input.adoption?.decidedOn,
    resolutionNumber: input.adoption?.resolutionNumber,
    withoutAdvisorReason: input.adoption?.withoutAdvisorReason,
    nextReviewOn: input.adoption?.nextReviewOn,
    openFindings: input.adoption?.openFindings,
    openFindingsReason: input.adoption?.openFindingsReason,
    createdBy: input.createdBy,
  });
  await insertVersionSectionsFromHeads(trx, { versionId: version.id, ...ids });
  return version;
}

/** The row as the annex table uses it: without ids and bookkeeping, so the snapshot holds exactly what is printed. */
function withoutBookkeeping<T extends { id: string; districtId: string; updatedAt: Date; updatedByName: string | null }>(
  row: T,
): Omit<T, 'id' | 'districtId' | 'updatedAt' | 'updatedByName'> {
  const copy: Partial<T> = { ...row };
  delete copy.id;
  delete copy.districtId;
  delete copy.updatedAt;
  delete copy.updatedByName;
  return copy as Omit<T, 'id' | 'districtId' | 'updatedAt' | 'updatedByName'>;
}
