/**
 * The values of the data fields (lib/editor/data-fields.ts) for one concept: what
 * the editor, the read-only views and the DOCX export put in where a section says
 * `{{concept.responsible}}` & co. Pure, so the page, the export and a frozen Fassung
 * all build them the same way from what they loaded.
 */
import { capitalize, districtForms, districtPossessive, districtPronoun, type DistrictForms } from '../districts/grammar';
import { formatDate, formatIsoDate } from '../shared/date-format';
import { DATA_FIELDS, contactFieldCategory, isContactField, type ContactFieldName, type DataFieldName } from '../editor/data-fields';

export interface FieldValueInput {
  /**
   * `forms`: the district's own grammatical forms (null: derived from name and kind);
   * `coordination`: office, phone and e-mail of the Gewaltschutzkoordination.
   */
  district: {
    name: string;
    kind: string;
    forms?: Partial<DistrictForms> | null;
    coordination?: { unit?: string | null; phone?: string | null; email?: string | null } | null;
  };
  concept: { title: string; responsible: string };
  /** Display names of the district's coordinators (the Gewaltschutzkoordination). */
  coordinatorNames: readonly string[];
  /**
   * The district's contact directory (or the one frozen with a Fassung): its local entries fill the
   * Ablaufpläne's „Erreichbarkeit“ (`kontakt.polizei` …). Omitted: those fields show their hint.
   */
  contacts?: ReadonlyArray<FieldContact>;
  /** The facilities in the concept's scope (Geltungsbereich). */
  facilities: ReadonlyArray<{ name: string; capacity: number | null }>;
  /**
   * The Fassung being shown. Omitted for the current draft: it shows „Entwurf“, the
   * date of `now`, „noch nicht beschlossen“ and „noch nicht festgelegt“.
   */
  edition?: {
    fassungNumber?: number;
    /** When the Fassung was frozen: its „Stand“. */
    frozenAt?: Date;
    /** `date` as YYYY-MM-DD (shown as TT.MM.JJJJ) or already as text. */
    adoption?: { body: string; date: string; number?: string | null } | null;
    /** YYYY-MM-DD or text. */
    nextReviewDate?: string | null;
  };
  /** The moment of showing or exporting: the „Stand“ of a draft. */
  now: Date;
}

export interface FieldContact {
  category: string;
  organisation: string;
  phone: string | null;
  hours: string | null;
  isNationwide: boolean;
}

/**
 * „Polizeiinspektion Musterstadt: 05999 300-0 (rund um die Uhr)“, several entries of a category
 * joined by „; “. Only local entries: the nationwide 110 is not the local police station's number.
 */
function contactValues(contacts: ReadonlyArray<FieldContact>): Record<ContactFieldName, string | null> {
  const entries = DATA_FIELDS.filter(isContactField).map((name) => {
    const category = contactFieldCategory(name);
    const texts = contacts
      .filter((c) => c.category === category && !c.isNationwide)
      .sort((a, b) => a.organisation.localeCompare(b.organisation, 'de'))
      .map((c) => {
        const phone = nonBlank(c.phone);
        const hours = nonBlank(c.hours);
        // Hours that bring their own brackets („über die Leitstelle (nachts)“) follow a comma: no brackets in brackets.
        const when = hours ? (/[()]/.test(hours) ? `, ${hours}` : ` (${hours})`) : '';
        return `${c.organisation.trim()}${phone ? `: ${phone}` : ''}${when}`;
      });
    return [name, texts.length > 0 ? texts.join('; ') : null] as const;
  });
  return Object.fromEntries(entries) as Record<ContactFieldName, string | null>;
}

/** Every field with its value; null where there is none (the field then shows its hint, e.g. „[Gewaltschutzkoordination]“). */
export type FieldValues = Record<DataFieldName, string | null>;

const listFormat = new Intl.ListFormat('de-DE', { style: 'long', type: 'conjunction' });
const numberFormat = new Intl.NumberFormat('de-DE');

const nonBlank = (value: string | null | undefined) => (value && value.trim() !== '' ? value.trim() : null);

function capacity(facilities: FieldValueInput['facilities']): string | null {
  const known = facilities.filter((f) => f.capacity !== null);
  if (known.length === 0) return null;
  const total = numberFormat.format(known.reduce((sum, f) => sum + (f.capacity ?? 0), 0));
  // Never a sum that looks complete when it is not.
  return known.length === facilities.length ? total : `mindestens ${total} (nicht für alle Unterkünfte erfasst)`;
}

/**
 * A council decision as the app writes it everywhere (pages, cover, data field):
 * „Kreistag am 12.03.2027 (Beschluss-Nr. KT/2027/014)“.
 */
export function adoptionSummary(adoption: { body: string; date: string; number?: string | null }): string {
  const number = nonBlank(adoption.number);
  return `${adoption.body.trim()} am ${formatIsoDate(adoption.date)}${number ? ` (Beschluss-Nr. ${number})` : ''}`;
}

function adoptionText(adoption: NonNullable<FieldValueInput['edition']>['adoption']): string {
  return adoption ? adoptionSummary(adoption) : 'noch nicht beschlossen';
}

/** All data field values for a concept (see FieldValueInput for the draft defaults). */
export function buildFieldValues(input: FieldValueInput): FieldValues {
  const { edition } = input;
  const nextReview = nonBlank(edition?.nextReviewDate);
  const hasName = nonBlank(input.district.name) !== null;
  const forms = hasName ? districtForms(input.district) : null;
  const coordination = input.district.coordination;
  return {
    'district.name': nonBlank(input.district.name),
    'district.kind': nonBlank(input.district.kind),
    'district.nom': forms?.nom ?? null,
    'district.nom_satzanfang': forms ? capitalize(forms.nom) : null,
    'district.gen': forms?.gen ?? null,
    'district.dat': forms?.dat ?? null,
    'district.akk': forms?.akk ?? null,
    'district.pronomen': forms ? districtPronoun(forms.gender) : null,
    'district.pronomen_satzanfang': forms ? capitalize(districtPronoun(forms.gender)) : null,
    'district.possessiv': forms ? districtPossessive(forms.gender) : null,
    'coordination.stelle': nonBlank(coordination?.unit),
    'coordination.telefon': nonBlank(coordination?.phone),
    'coordination.email': nonBlank(coordination?.email),
    'concept.title': nonBlank(input.concept.title),
    'concept.responsible': nonBlank(input.concept.responsible),
    'concept.coordinator': joinedOrNull(input.coordinatorNames),
    'facilities.names': joinedOrNull(input.facilities.map((f) => f.name)),
    'facilities.count': input.facilities.length > 0 ? String(input.facilities.length) : null,
    'facilities.capacity': capacity(input.facilities),
    'edition.fassung': edition?.fassungNumber !== undefined ? `Fassung ${edition.fassungNumber}` : 'Entwurf',
    'edition.stand': formatDate(edition?.frozenAt ?? input.now),
    'edition.beschluss': adoptionText(edition?.adoption),
    'edition.naechste_pruefung': nextReview ? formatIsoDate(nextReview) : 'noch nicht festgelegt',
    ...contactValues(input.contacts ?? []),
  };
}

/** „A, B und C“; null for none. */
function joinedOrNull(names: readonly string[]): string | null {
  const kept = names.map((n) => n.trim()).filter((n) => n !== '');
  return kept.length > 0 ? listFormat.format(kept) : null;
}
