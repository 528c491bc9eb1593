/**
 * The Vollständigkeitsprüfung as a pure function: what still needs work before a concept is
 * exported, submitted or adopted. Each finding names the place where it is fixed (a section,
 * a contact, a facility). Browser-safe and free of I/O; lib/review/check-completeness.ts loads
 * the data.
 */
import type { ChecklistState } from '../../db/schema-concepts';
import { isContactStale } from '../contacts/stale';
import { resolveDataFields, type DataFieldValues } from '../editor/data-fields';
import { docToPlainText, isEmptyDoc } from '../editor/text';
import type { TiptapDoc } from '../editor/types';
import type { FlatSection } from '../templates';

interface Where {
  sectionKey: string;
  sectionNumber: string;
  sectionTitle: string;
}

export type Finding =
  | ({ kind: 'empty_required' } & Where)
  | ({ kind: 'placeholder'; placeholders: string[] } & Where)
  | ({ kind: 'unticked'; items: Array<{ key: string; text: string; level: string }> } & Where)
  | { kind: 'stale_contact'; contactId: string; organisation: string; lastVerifiedOn: string | null }
  | ({ kind: 'facility_mismatch'; facilityId: string; facilityName: string; topic: 'places' | 'security'; inText: string; inData: string } & Where);

export type FindingKind = Finding['kind'];

/** „[Name der Kommune]“, „[…]“, „[Datum]“: bracketed gaps a template or a colleague left to fill in. */
const PLACEHOLDER = /\[(?:…|\.\.\.|[^[\]\n]{1,80})\]/g;

/** Placeholders left in a text, each once, in order of appearance. */
export function findLeftoverPlaceholders(text: string): string[] {
  return [...new Set(text.match(PLACEHOLDER) ?? [])];
}

export interface FacilityFacts {
  id: string;
  name: string;
  capacity: number | null;
  hasNightCover: boolean;
  nightCover: string | null;
}

export interface CompletenessInput {
  flat: readonly FlatSection[];
  /** Stored text of each section by key (null or missing: never written). */
  contents: ReadonlyMap<string, TiptapDoc | null>;
  checklists: ReadonlyMap<string, ChecklistState>;
  fieldValues: DataFieldValues;
  facilities: readonly FacilityFacts[];
  contacts: ReadonlyArray<{ id: string; organisation: string; lastVerifiedOn: string | null }>;
  today: Date;
}

const NUMBER = '(\\d{1,3}(?:\\.\\d{3})+|\\d{1,5})';
const PLACES = new RegExp(`${NUMBER}\\s*(?:Bett)?[Pp]lätze?n?\\b`, 'g');
const TIME_RANGE = /\d{1,2}(?:[:.]\d{2})?\s*(?:–|-|bis)\s*\d{1,2}(?:[:.]\d{2})?\s*Uhr/;
const ALWAYS = /rund um die Uhr|24\s*Stunden|24\/7|durchgehend/i;
const SECURITY = /Sicherheitsdienst|Sicherheitskr(?:aft|äfte)|Wachdienst|Nachtbereitschaft|Nachtdienst/i;

/** The facility's name also when inflected („in der Alten Weberei“, „des Lindenhofs“). */
function nameMatcher(name: string): RegExp {
  const words = name.trim().split(/\s+/).map((word) => `${word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?:e|en|em|er|es|n|s)?`);
  return new RegExp(`(?<![\\p{L}])${words.join('\\s+')}(?![\\p{L}])`, 'u');
}

/** Sentences of a text (good enough for German prose: ., ! or ? followed by a space or the end). */
function sentences(text: string): string[] {
  return text.split(/(?<=[.!?])\s+|\n/).filter((s) => s.trim() !== '');
}

/**
 * Statements about a facility in the text that its record contradicts: the number of places, and
 * security „rund um die Uhr“ where the record has limited hours. Only sentences that name the
 * facility count, so a number about another facility is never compared.
 */
export function facilityMismatches(text: string, facility: FacilityFacts): Array<{ topic: 'places' | 'security'; inText: string; inData: string }> {
  const found: Array<{ topic: 'places' | 'security'; inText: string; inData: string }> = [];
  const name = nameMatcher(facility.name);
  for (const sentence of sentences(text)) {
    const at = sentence.search(name);
    if (at < 0) continue;
    // Only the part of the sentence from this facility's name on counts for places.
    const after = sentence.slice(at);
    const places = [...after.matchAll(PLACES)][0];
    if (places && facility.capacity !== null) {
      const stated = Number(places[1]!.replace(/\./g, ''));
      if (stated !== facility.capacity && after.indexOf(places[0]) < 120) {
        found.push({ topic: 'places', inText: sentence.trim(), inData: `${facility.capacity.toLocaleString('de-DE')} Plätze` });
      }
    }
    const hours = facility.nightCover?.match(TIME_RANGE)?.[0];
    if (hours && SECURITY.test(sentence) && ALWAYS.test(sentence)) {
      found.push({ topic: 'security', inText: sentence.trim(), inData: `${facility.nightCover}` });
    }
  }
  return found;
}

export function computeFindings(input: CompletenessInput): Finding[] {
  const findings: Finding[] = [];
  for (const flat of input.flat) {
    const where: Where = { sectionKey: flat.key, sectionNumber: flat.number, sectionTitle: flat.title };
    const content = input.contents.get(flat.key) ?? null;
    const isEmpty = !content || isEmptyDoc(content);
    if (isEmpty && flat.section.required) findings.push({ kind: 'empty_required', ...where });
    if (!isEmpty) {
      // A data field without a value prints as its hint („[verantwortliche Stelle]“): that is a gap too.
      const text = docToPlainText(resolveDataFields(content, input.fieldValues));
      const placeholders = findLeftoverPlaceholders(text);
      if (placeholders.length > 0) findings.push({ kind: 'placeholder', ...where, placeholders });
      for (const facility of input.facilities) {
        for (const mismatch of facilityMismatches(text, facility)) {
          findings.push({ kind: 'facility_mismatch', ...where, facilityId: facility.id, facilityName: facility.name, ...mismatch });
        }
      }
    }
    const ticked = input.checklists.get(flat.key) ?? {};
    // „typisch“ items are what the Mindeststandards usually expect; „empfohlen“ ones are good practice and not listed.
    const open = flat.section.checklist.filter((item) => item.level === 'typisch' && !ticked[item.key]);
    if (open.length > 0) findings.push({ kind: 'unticked', ...where, items: open.map((i) => ({ key: i.key, text: i.text, level: i.level })) });
  }
  for (const contact of input.contacts) {
    if (isContactStale(contact, input.today)) {
      findings.push({ kind: 'stale_contact', contactId: contact.id, organisation: contact.organisation, lastVerifiedOn: contact.lastVerifiedOn });
    }
  }
  return findings;
}

export interface FindingCounts {
  total: number;
  emptyRequired: number;
  placeholders: number;
  unticked: number;
  staleContacts: number;
  facilityMismatches: number;
}

export function countFindings(findings: readonly Finding[]): FindingCounts {
  const sum = (kind: FindingKind, size: (f: Finding) => number = () => 1) => findings.filter((f) => f.kind === kind).reduce((n, f) => n + size(f), 0);
  const counts = {
    emptyRequired: sum('empty_required'),
    placeholders: sum('placeholder', (f) => (f.kind === 'placeholder' ? f.placeholders.length : 0)),
    unticked: sum('unticked', (f) => (f.kind === 'unticked' ? f.items.length : 0)),
    staleContacts: sum('stale_contact'),
    facilityMismatches: sum('facility_mismatch'),
  };
  return { ...counts, total: Object.values(counts).reduce((a, b) => a + b, 0) };
}
