/**
 * Suggests a template section for every imported part (issue 14, item 2): by the part's title
 * (the section's own title, then the usual German names for the same topic) and, for a chapter
 * whose title says nothing, by what its text talks about. Sub-chapters and paragraph headings
 * without their own match stay with the part before them; a chapter without a match stays
 * unassigned. Pure: no database, no actor.
 */
import type { FlatSection } from '../templates';
import type { ImportedPart } from './convert-docx';

/** Usual names for the same topic in existing concepts (lower case, compared as whole words). */
export const SECTION_ALIASES: Record<string, string[]> = {
  deckblatt: ['angaben zum konzept', 'deckblatt', 'eckdaten'],
  kurzfassung: ['kurzfassung', 'zusammenfassung', 'management summary', 'beschlussvorschlag', 'auf einen blick'],
  praeambel: ['präambel', 'leitbild', 'vorwort', 'einleitung', 'haltung', 'grundsätze', 'selbstverständnis', 'ziele des konzepts', 'zielsetzung'],
  geltungsbereich: ['geltungsbereich', 'anwendungsbereich', 'beschreibung der einrichtung', 'beschreibung der unterkunft', 'unterkünfte'],
  'rechtliche-grundlagen': ['rechtliche grundlagen', 'rechtsgrundlagen', 'gesetzliche grundlagen', 'rechtlicher rahmen'],
  gewaltbegriff: ['gewaltbegriff', 'gewaltdefinition', 'definition von gewalt', 'formen von gewalt', 'gewaltformen', 'schutzbedürftige gruppen', 'besonders schutzbedürftige', 'vulnerable gruppen', 'begriffsbestimmung'],
  'schutz-lsbti': ['lsbti', 'lsbtiq', 'queere geflüchtete'],
  'schutz-behinderung': ['menschen mit behinderung', 'geflüchtete mit behinderung', 'behinderung'],
  'schutz-trauma': ['traumafolgestörungen', 'traumatisierte', 'trauma'],
  verantwortlichkeiten: ['verantwortlichkeiten', 'zuständigkeiten', 'steuerungsgruppe', 'gewaltschutzkoordination', 'organisation und verantwortung', 'gewaltschutzbeauftragte'],
  risikoanalyse: ['risikoanalyse', 'gefährdungsanalyse', 'risiko- und ressourcenanalyse', 'gefährdungsbeurteilung', 'risikoeinschätzung', 'risikofaktoren', 'ressourcenanalyse'],
  'bauliche-standards': ['bauliche standards', 'räumliche standards', 'bauliche maßnahmen', 'bauliche und räumliche', 'schutzräume', 'räumlichkeiten', 'bauliche voraussetzungen'],
  personal: ['personal', 'personalauswahl', 'personalentwicklung', 'mitarbeitende', 'qualifizierung', 'schulungen', 'fortbildung', 'führungszeugnis', 'sicherheitsdienst'],
  beteiligung: ['beteiligung', 'partizipation', 'information der bewohner', 'mitbestimmung', 'bewohnerbeirat', 'bewohner:innenbeirat', 'empowerment'],
  beschwerdemanagement: ['beschwerdemanagement', 'beschwerdeverfahren', 'beschwerdestelle', 'beschwerdemöglichkeiten', 'beschwerdewege', 'beschwerden'],
  kooperation: ['kooperation', 'netzwerk', 'vernetzung', 'zusammenarbeit', 'kooperationspartner', 'externe partner'],
  intervention: ['intervention', 'ablaufpläne', 'ablaufplan', 'interventionsplan', 'interventionspläne', 'notfallplan', 'notfallpläne', 'handlungsleitfaden', 'vorgehen bei gewaltvorfällen', 'umgang mit gewaltvorfällen', 'krisenintervention'],
  'intervention-akute-gewalt': ['akute gewalt', 'akute bedrohung', 'akuter gewaltvorfall'],
  'intervention-kinderschutz': ['kindeswohlgefährdung', 'kinderschutz', 'gewalt gegen kinder'],
  'intervention-haeusliche-gewalt': ['häusliche gewalt', 'gewalt gegen frauen', 'partnerschaftsgewalt'],
  'intervention-sexualisierte-gewalt': ['sexualisierte gewalt', 'sexuelle belästigung', 'sexuelle gewalt'],
  'intervention-lsbti': ['lsbti-feindliche gewalt', 'lsbti*-feindliche gewalt', 'queerfeindliche gewalt'],
  'intervention-menschenhandel': ['menschenhandel', 'ausbeutung'],
  'intervention-gewalt-gegen-personal': ['gewalt gegen mitarbeitende', 'gewalt gegen personal', 'übergriffe auf mitarbeitende'],
  'intervention-psychische-krise': ['psychische krise', 'suizidalität', 'suizidgefahr'],
  'intervention-zwangsheirat-ehre': ['zwangsverheiratung', 'zwangsheirat', 'ehrbezogene gewalt', 'genitalverstümmelung'],
  'intervention-vermisstes-kind': ['vermisste kinder', 'vermisstes kind', 'vermisste jugendliche'],
  'intervention-angriff-von-aussen': ['angriffe von außen', 'rassistische angriffe', 'angriff von außen'],
  'intervention-verdacht-mitarbeitende': ['verdacht gegen mitarbeitende', 'fehlverhalten von mitarbeitenden', 'übergriffe durch mitarbeitende'],
  'intervention-brand-raeumung': ['brand', 'räumung', 'evakuierung', 'brandschutz'],
  'dokumentation-datenschutz': ['dokumentation', 'datenschutz', 'nachsorge', 'falldokumentation'],
  monitoring: ['monitoring', 'evaluation', 'fortschreibung', 'qualitätssicherung', 'überprüfung des konzepts', 'wirksamkeit'],
  'ressourcen-kosten': ['ressourcen und kosten', 'kosten', 'finanzierung', 'finanzielle auswirkungen', 'haushalt'],
  anlagen: ['anlagen', 'anhang', 'anhänge'],
  'anlage-kontakte': ['kontaktverzeichnis', 'kontakte', 'ansprechpartner', 'ansprechpersonen', 'notrufnummern', 'wichtige telefonnummern', 'adressen'],
  'anlage-verhaltenskodex': ['verhaltenskodex', 'selbstverpflichtung', 'selbstverpflichtungserklärung', 'verhaltensregeln'],
  'anlage-formulare': ['formulare', 'vorlagen', 'dokumentationsbogen', 'meldebogen'],
  'anlage-glossar': ['glossar', 'begriffserklärungen', 'abkürzungsverzeichnis', 'abkürzungen'],
};

export const normaliseTitle = (text: string) =>
  text
    .toLowerCase()
    .replace(/[„“”"'()[\]]/g, ' ')
    .replace(/[–—]/g, '-')
    .replace(/[.,;:!?/]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const containsWord = (haystack: string, needle: string) => new RegExp(`(^|[^\\p{L}])${escape(needle)}($|[^\\p{L}])`, 'u').test(haystack);
const words = (s: string) => s.split(/[\s-]+/).filter((w) => w.length >= 4 && !['und', 'oder', 'der', 'die', 'das', 'für'].includes(w));

/** How well a title fits a section, 0 … 1. */
export function titleScore(title: string, section: Pick<FlatSection, 'key' | 'title'>): number {
  const t = normaliseTitle(title);
  if (!t) return 0;
  const own = normaliseTitle(section.title);
  if (t === own) return 1;
  let best = 0;
  for (const alias of SECTION_ALIASES[section.key] ?? []) {
    if (t === alias) best = Math.max(best, 0.95);
    else if (containsWord(t, alias)) best = Math.max(best, 0.7 + 0.2 * (alias.length / t.length));
  }
  const tw = words(t);
  const ow = new Set(words(own));
  if (tw.length > 0) {
    const shared = tw.filter((w) => ow.has(w)).length;
    best = Math.max(best, 0.75 * (shared / Math.max(tw.length, ow.size)));
  }
  return Math.min(best, 0.99);
}

/** The section whose topic words occur clearly most often in a text, if any. */
function contentCue(text: string, sections: FlatSection[]): string | null {
  const t = normaliseTitle(text);
  const counts = sections
    .map((s) => ({ key: s.key, n: (SECTION_ALIASES[s.key] ?? []).reduce((sum, a) => sum + (t.match(new RegExp(`(^|[^\\p{L}])${escape(a)}`, 'gu'))?.length ?? 0), 0) }))
    .sort((a, b) => b.n - a.n);
  const [first, second] = counts;
  return first && first.n >= 3 && first.n >= 2 * (second?.n ?? 0) ? first.key : null;
}

export type MatchReason = 'title' | 'content' | 'follows' | 'none';
export interface SuggestedMatch {
  partIndex: number;
  /** Template section key, or '' for „Übernommene Inhalte ohne Zuordnung“. */
  sectionKey: string;
  reason: MatchReason;
}

const THRESHOLD = 0.5;

export function suggestMapping(parts: ImportedPart[], sections: FlatSection[], partText: (p: ImportedPart) => string): SuggestedMatch[] {
  const out: SuggestedMatch[] = [];
  let previous = '';
  let chapter = '';
  let inAnnex = false;
  const best = (title: string, candidates: FlatSection[]) => {
    let found = { key: '', score: 0 };
    for (const s of candidates) {
      const score = titleScore(title, s);
      if (score > found.score) found = { key: s.key, score };
    }
    return found;
  };
  for (const part of parts) {
    let sectionKey = '';
    let reason: MatchReason = 'none';
    const annexTitle = /^(anhang|anlage)\b/i.test(part.title.trim());
    if (part.level === 1) inAnnex = annexTitle;
    // „Anhang A: Unterkünfte“ and what stands under it belong to the annexes, not to the chapter on facilities.
    const pool = inAnnex || annexTitle ? sections.filter((x) => x.key.startsWith('anlage')) : sections;
    if (part.title) {
      const subChapter = part.level === 2 && chapter !== '';
      const children = subChapter ? pool.filter((x) => x.parentKey === chapter) : [];
      // Inside a matched chapter a sub-heading moves elsewhere only if it names another section almost exactly.
      const match = subChapter
        ? [best(part.title, children), best(part.title, pool)].find((m, i) => m.score >= (i === 0 ? THRESHOLD : 0.9))
        : best(part.title, pool);
      if (match && match.score >= THRESHOLD) {
        sectionKey = match.key;
        reason = 'title';
      } else if (part.level === 2 || part.fromParagraph) {
        sectionKey = part.level === 2 ? chapter : previous;
        reason = sectionKey ? 'follows' : 'none';
      } else {
        const cue = contentCue(`${part.title} ${partText(part)}`, pool);
        if (cue) {
          sectionKey = cue;
          reason = 'content';
        }
      }
    }
    if (part.level === 1) chapter = sectionKey;
    previous = sectionKey;
    out.push({ partIndex: part.index, sectionKey, reason });
  }
  return out;
}
