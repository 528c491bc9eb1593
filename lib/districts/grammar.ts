/**
 * The grammatical forms of a district's name, so that text blocks can say „des Landkreises
 * Musterland“ and „die Stadt Beispielstadt betreibt …“ instead of gluing the bare name into a
 * sentence („Verwaltung von Landkreis Musterland“). The forms are derived from the name (or, when
 * the name has no head noun, from the kind) and may be overridden by the district, because no
 * rule knows every official name („Große Kreisstadt …“, „Freie und Hansestadt …“).
 *
 * Pure and browser-safe: the editor, the read-only views and the DOCX export share it.
 */

export const GRAMMATICAL_GENDERS = ['m', 'f', 'n'] as const;
export type GrammaticalGender = (typeof GRAMMATICAL_GENDERS)[number];

/** The four cases with their article, e.g. nom „der Landkreis Musterland“, gen „des Landkreises Musterland“. */
export interface DistrictForms {
  gender: GrammaticalGender;
  nom: string;
  gen: string;
  dat: string;
  akk: string;
}

export const GENDER_LABELS: Record<GrammaticalGender, string> = {
  m: 'männlich (der Landkreis, er, sein)',
  f: 'weiblich (die Stadt, sie, ihr)',
  n: 'sächlich (das Amt, es, sein)',
};

interface Head {
  gender: GrammaticalGender;
  /** Genitive of the head noun itself; only masculine and neuter heads change. */
  genitive: (word: string) => string;
}

const same = (word: string) => word;
const plusEs = (word: string) => `${word}es`;

const MASCULINE: Head = { gender: 'm', genitive: plusEs };
const FEMININE: Head = { gender: 'f', genitive: same };
const NEUTER: Head = { gender: 'n', genitive: plusEs };

/**
 * Head nouns recognised as the first word of a name („Landkreis Musterland“, „Hansestadt Lüneburg“).
 * A list, not word endings: „Neustadt am Rübenberge“ and „Beispielstadt“ are place names, not heads.
 */
const HEAD_WORDS: Readonly<Record<string, Head>> = {
  landkreis: MASCULINE,
  kreis: MASCULINE,
  stadtkreis: MASCULINE,
  markt: MASCULINE,
  region: FEMININE,
  städteregion: FEMININE,
  stadt: FEMININE,
  hansestadt: FEMININE,
  kreisstadt: FEMININE,
  landeshauptstadt: FEMININE,
  universitätsstadt: FEMININE,
  gemeinde: FEMININE,
  samtgemeinde: FEMININE,
  verbandsgemeinde: FEMININE,
  ortsgemeinde: FEMININE,
  einheitsgemeinde: FEMININE,
  verwaltungsgemeinschaft: FEMININE,
  amt: NEUTER,
};

/** The head noun put in front of a name that has none („Musterland“ as a Landkreis), by kind. */
export const KIND_HEADS: Readonly<Record<string, string>> = {
  Landkreis: 'Landkreis',
  Kreis: 'Kreis',
  Region: 'Region',
  Städteregion: 'Städteregion',
  'kreisfreie Stadt': 'Stadt',
  Stadt: 'Stadt',
  Gemeinde: 'Gemeinde',
  Samtgemeinde: 'Samtgemeinde',
  Verbandsgemeinde: 'Verbandsgemeinde',
  Amt: 'Amt',
};

const ARTICLES: Record<GrammaticalGender, Record<'nom' | 'gen' | 'dat' | 'akk', string>> = {
  m: { nom: 'der', gen: 'des', dat: 'dem', akk: 'den' },
  f: { nom: 'die', gen: 'der', dat: 'der', akk: 'die' },
  n: { nom: 'das', gen: 'des', dat: 'dem', akk: 'das' },
};

/** A Kreis named as one compound is its own head: „Hochsauerlandkreis“, „Rhein-Sieg-Kreis“, „Rhein-Kreis Neuss“. */
function headOf(word: string): Head | undefined {
  const lower = word.toLocaleLowerCase('de-DE');
  return HEAD_WORDS[lower] ?? (lower.endsWith('kreis') ? MASCULINE : undefined);
}

/**
 * The forms of a district's name as the rules see them: the first word is the head noun when it is
 * one („Landkreis Musterland“, „Hansestadt Lüneburg“); otherwise the kind's head is put in front
 * („Beispielstadt“ as a kreisfreie Stadt → „die Stadt Beispielstadt“).
 */
export function deriveDistrictForms(name: string, kind: string): DistrictForms {
  const trimmed = name.trim().replace(/\s+/g, ' ');
  const first = trimmed.split(' ')[0] ?? '';
  let head = headOf(first);
  let full = trimmed;
  if (!head) {
    const kindHead = KIND_HEADS[kind] ?? 'Kommune';
    full = `${kindHead} ${trimmed}`;
    head = headOf(kindHead) ?? FEMININE;
  }
  const [headWord = '', ...rest] = full.split(' ');
  const genitive = [head.genitive(headWord), ...rest].join(' ');
  const articles = ARTICLES[head.gender];
  return {
    gender: head.gender,
    nom: `${articles.nom} ${full}`,
    gen: `${articles.gen} ${genitive}`,
    dat: `${articles.dat} ${full}`,
    akk: `${articles.akk} ${full}`,
  };
}

/** The forms in use: the district's own where it set them, else the derived ones. */
export function districtForms(district: { name: string; kind: string; forms?: Partial<DistrictForms> | null }): DistrictForms {
  const derived = deriveDistrictForms(district.name, district.kind);
  const own = district.forms;
  if (!own) return derived;
  const pick = (value: string | undefined, fallback: string) => (value && value.trim() !== '' ? value.trim() : fallback);
  return {
    gender: own.gender && (GRAMMATICAL_GENDERS as readonly string[]).includes(own.gender) ? own.gender : derived.gender,
    nom: pick(own.nom, derived.nom),
    gen: pick(own.gen, derived.gen),
    dat: pick(own.dat, derived.dat),
    akk: pick(own.akk, derived.akk),
  };
}

/** „er“, „sie“, „es“: the personal pronoun that refers back to the district. */
export function districtPronoun(gender: GrammaticalGender): string {
  return gender === 'm' ? 'er' : gender === 'f' ? 'sie' : 'es';
}

/** „sein“ or „ihr“: the stem of the possessive; the text adds the ending („in ihrem Auftrag“). */
export function districtPossessive(gender: GrammaticalGender): string {
  return gender === 'f' ? 'ihr' : 'sein';
}

/** „der Landkreis …“ → „Der Landkreis …“ for the start of a sentence. */
export function capitalize(text: string): string {
  return text.charAt(0).toLocaleUpperCase('de-DE') + text.slice(1);
}
