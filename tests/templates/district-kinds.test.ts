/**
 * Every text block and starter of the current template, rendered for a district of every kind:
 * the sentences must be German whatever the kind („des Landkreises Musterland“, „der Stadt
 * Beispielstadt … in ihrem Auftrag“), and the coordination's phone never lands in running text.
 */
import { DISTRICT_KINDS } from '../../db/types';
import { buildFieldValues } from '../../lib/concepts/field-values';
import { DATA_FIELDS, DATA_FIELD_HINTS, contactFieldCategory, isContactField, resolveDataFields } from '../../lib/editor/data-fields';
import type { TiptapNode } from '../../lib/editor/types';
import { blocksToTiptap, flattenSections, getTemplate, type Block } from '../../lib/templates';

/** One district per kind; some names carry their head noun, some only the kind says what they are. */
const DISTRICTS: Record<(typeof DISTRICT_KINDS)[number], string> = {
  Landkreis: 'Landkreis Musterland',
  Kreis: 'Kreis Testhausen',
  Region: 'Region Beispielland',
  Städteregion: 'Städteregion Musterau',
  'kreisfreie Stadt': 'Beispielstadt',
  Stadt: 'Stadt Musterhain',
  Gemeinde: 'Gemeinde Testdorf',
  Samtgemeinde: 'Samtgemeinde Musterheide',
  Verbandsgemeinde: 'Verbandsgemeinde Testtal',
  Amt: 'Amt Musterland-Nord',
};
const HEADS = 'Landkreis|Kreis|Region|Städteregion|Stadt|Gemeinde|Samtgemeinde|Verbandsgemeinde|Amt';
const GENDER: Record<string, 'm' | 'f' | 'n'> = {
  Landkreis: 'm', Kreis: 'm', Region: 'f', Städteregion: 'f', Stadt: 'f', Gemeinde: 'f', Samtgemeinde: 'f', Verbandsgemeinde: 'f', Amt: 'n',
};
const RESPONSIBLE = 'Fachdienst Soziales';
const UNIT = 'Koordinierungsstelle Gewaltschutz';
const PHONE = '05551 70-4410';
const COORDINATORS = ['Miriam Muster', 'Jonas Beispiel'];
/** A local entry for every category the Ablaufpläne name, so no „Erreichbarkeit“ shows its hint. */
const CONTACTS = DATA_FIELDS.filter(isContactField).map((name) => ({
  category: contactFieldCategory(name),
  organisation: `Stelle ${contactFieldCategory(name)}`,
  phone: '05999 1',
  hours: 'Mo–Fr 8–16 Uhr',
  isNationwide: false,
}));

const template = getTemplate('gewaltschutz-gu');
const pieces: Array<{ where: string; blocks: Block[] }> = flattenSections(template).flatMap(({ section }) => [
  ...(section.starter ? [{ where: `${section.number} ${section.title} (Vorbelegung)`, blocks: section.starter }] : []),
  ...section.textBlocks.map((tb) => ({ where: `${section.number} ${section.title} / ${tb.title}`, blocks: tb.blocks })),
]);

/** Paragraph texts of a resolved document, and whether each stands in a table cell. */
function paragraphs(node: TiptapNode, inTable = false, out: Array<{ text: string; inTable: boolean }> = []) {
  if (node.type === 'paragraph' || node.type === 'heading') {
    out.push({ text: (node.content ?? []).map((n) => n.text ?? '').join(''), inTable });
    return out;
  }
  for (const child of node.content ?? []) paragraphs(child, inTable || node.type === 'table', out);
  return out;
}

/** What is wrong with one paragraph for a district of this gender, as German-free labels for the failure list. */
function problems(text: string, inTable: boolean, name: string, head: string, gender: 'm' | 'f' | 'n'): string[] {
  const found: string[] = [];
  const check = (isBad: boolean, label: string) => isBad && found.push(label);
  check(/\{\{|\}\}|⟨/.test(text), 'leftover placeholder');
  check(HINTS.some((hint) => text.includes(hint)), 'hint of a field that has a value');
  // The bare name glued into a sentence: „Verwaltung von Landkreis Musterland“, „von Fachdienst Soziales“.
  check(BARE_AFTER_PREPOSITION.test(text), 'bare name after a preposition');
  // Article and noun agree: never „die Landkreis“, „des Landkreis“, „dem Stadt“, „der Amt“.
  const wrongArticle = { m: `\\b(die|das) ${head}\\b|\\bdes ${head}\\b(?!es)`, f: `\\b(das|dem|den|des) ${head}\\b`, n: `\\b(die|der|den) ${head}\\b|\\bdes ${head}\\b(?!es)` }[gender];
  check(new RegExp(wrongArticle).test(text), 'article does not agree');
  // A sentence starts with a capital, also when it starts with the district: „Der Landkreis …“.
  check(LOWER_ARTICLE_AT_START.test(text), 'lower-case article at the start of a sentence');
  // Never the bare name as a sentence's subject („Landkreis Musterland setzt …“).
  check(!inTable && new RegExp(`(^|[.!?] )${name} [a-zäöüß]+t\\b`).test(text), 'bare name as subject');
  // The possessive agrees: „in seinem Auftrag“ (der Landkreis, das Amt), „in ihrem Auftrag“ (die Stadt).
  check((gender === 'f' ? /\bsein(em|en|er|es|e)? Auftrag/ : /\bihr(em|en|er|es|e)? Auftrag/).test(text), 'possessive does not agree');
  // Free-text offices stand as labelled values or in parentheses, never after a preposition or as a subject.
  for (const office of [RESPONSIBLE, UNIT]) {
    for (const match of text.matchAll(new RegExp(office, 'g'))) {
      const before = text.slice(0, match.index);
      check(!(inTable && before.trim() === '') && !/(\(|: )$/.test(before), `„${office}“ without its label`);
    }
  }
  // Two coordinators never take a singular verb.
  check(/Jonas Beispiel (ist|übernimmt|pflegt|verantwortet|berichtet)\b/.test(text), 'two coordinators with a singular verb');
  // The phone number belongs in tables and contact lines, not in running text.
  check(!inTable && text.includes(PHONE), 'phone number in running text');
  return found;
}

const HINTS = Object.values(DATA_FIELD_HINTS);
const BARE_AFTER_PREPOSITION = new RegExp(`\\b(von|für|bei|mit|in|aus) (${HEADS}|Fachdienst|Koordinierungsstelle)\\b`);
const LOWER_ARTICLE_AT_START = new RegExp(`(^|[.!?] )(der|die|das) (${HEADS})\\b`);

describe('Vorlage: jeder Textbaustein und jede Vorbelegung für jede Art von Kommune', () => {
  it('has text blocks to check', () => expect(pieces.length).toBeGreaterThan(40));

  it.each(Object.entries(DISTRICTS))('%s („%s“)', (kind, name) => {
    const values = buildFieldValues({
      district: { name, kind, coordination: { unit: UNIT, phone: PHONE, email: 'gewaltschutz@musterland.example' } },
      concept: { title: 'Gewaltschutzkonzept', responsible: RESPONSIBLE },
      coordinatorNames: COORDINATORS,
      contacts: CONTACTS,
      facilities: [{ name: 'Unterkunft Am Park', capacity: 80 }],
      now: new Date('2026-11-27T10:00:00Z'),
    });
    const head = (values['district.nom'] ?? '').split(' ')[1]!;
    const gender = GENDER[head]!;
    const failures: string[] = [];
    for (const piece of pieces) {
      const doc = resolveDataFields(blocksToTiptap(piece.blocks, { today: '27.11.2026' }), values);
      for (const { text, inTable } of paragraphs(doc)) {
        for (const problem of problems(text, inTable, name, head, gender)) failures.push(`${piece.where}: ${problem}: „${text}“`);
      }
    }
    expect(failures).toEqual([]);
  });
});
