/**
 * One contact directory: the Ablaufpläne's „Erreichbarkeit“ comes from the district's contacts by
 * category, and every nationwide line the text refers people to says when it can be reached.
 */
import { buildFieldValues, type FieldContact } from '../../lib/concepts/field-values';
import { nationwideContactValues } from '../../lib/contacts/ensure-nationwide-contacts';
import { resolveDataFields } from '../../lib/editor/data-fields';
import { docToPlainText } from '../../lib/editor/text';
import { blocksToTiptap, flattenSections, getTemplate, type Block } from '../../lib/templates';
import { RUFNUMMERN } from '../../templates/gewaltschutz-gu/nummern';
import { ABLAUFPLAN_SPALTEN } from '../../templates/gewaltschutz-gu/util';

const template = getTemplate('gewaltschutz-gu');
const plans = flattenSections(template).filter((f) => f.key.startsWith('intervention-'));
const tables = plans.flatMap((p) => (p.section.starter ?? []).filter((b): b is Extract<Block, { type: 'table' }> => b.type === 'table' && b.header.join() === ABLAUFPLAN_SPALTEN.join()).map((table) => ({ plan: p.title, table })));

/** Roles that are in every district's directory (and so never need a typed-in number). */
const DIRECTORY_ROLES = /^(Leitung der Unterkunft|Unterbringungsverwaltung|Polizei|Jugendamt|Insoweit erfahrene Fachkraft|Frauenhaus|LSBTI\*-Beratungsstelle|Fachberatungsstelle Menschenhandel|Unabhängige Beschwerdestelle|Sozialpsychiatrischer Dienst|Frauenberatung|Gewaltschutzkoordination)/;

const directory: FieldContact[] = [
  { category: 'polizei', organisation: 'Polizei', phone: '110', hours: 'rund um die Uhr', isNationwide: true },
  { category: 'polizei', organisation: 'Polizeiinspektion Musterstadt', phone: '05999 300-0', hours: 'rund um die Uhr', isNationwide: false },
  { category: 'jugendamt', organisation: 'Jugendamt Musterland', phone: '05999 100-200', hours: 'Mo–Fr 8–16 Uhr', isNationwide: false },
  { category: 'jugendamt', organisation: 'Jugendamt Musterland – Rufbereitschaft', phone: '05999 100-999', hours: 'außerhalb der Dienstzeiten', isNationwide: false },
  { category: 'leitung_unterkunft', organisation: 'Leitung Am Lindenhof', phone: '05999 510-90', hours: 'rund um die Uhr', isNationwide: false },
  { category: 'unterbringung', organisation: 'Sachgebiet Unterbringung', phone: '05999 100-415', hours: null, isNationwide: false },
  { category: 'auslaenderbehoerde', organisation: 'Ausländerbehörde Musterland', phone: '05999 100-300', hours: null, isNationwide: false },
];

describe('Erreichbarkeit in den Ablaufplänen aus dem Kontaktverzeichnis', () => {
  it('every plan has its table, and a role that the directory knows never asks for a typed-in number', () => {
    expect(tables.length).toBe(plans.length);
    const typedIn = tables.flatMap(({ plan, table }) => table.rows.filter((row) => DIRECTORY_ROLES.test(row[0]!) && /\[/.test(row[3]!)).map((row) => `${plan}: ${row[0]}`));
    expect(typedIn).toEqual([]);
  });

  it('shows the local entries of the category with their hours, never the nationwide 110 as the local station', () => {
    const values = buildFieldValues({
      district: { name: 'Landkreis Musterland', kind: 'Landkreis' },
      concept: { title: 'K', responsible: 'Fachdienst Soziales' },
      coordinatorNames: [],
      facilities: [],
      contacts: directory,
      now: new Date('2026-11-27T10:00:00Z'),
    });
    expect(values['kontakt.polizei']).toBe('Polizeiinspektion Musterstadt: 05999 300-0 (rund um die Uhr)');
    expect(values['kontakt.jugendamt']).toBe('Jugendamt Musterland: 05999 100-200 (Mo–Fr 8–16 Uhr); Jugendamt Musterland – Rufbereitschaft: 05999 100-999 (außerhalb der Dienstzeiten)');
    // Nothing in the directory: the hint says where to fix it, and the completeness check finds the „[“.
    expect(values['kontakt.frauenhaus']).toBeNull();
    const plan = tables.find((t) => t.plan.startsWith('Gewalt gegen Kinder'))!;
    const text = docToPlainText(resolveDataFields(blocksToTiptap([plan.table]), values));
    expect(text).toContain('Jugendamt Musterland – Rufbereitschaft: 05999 100-999 (außerhalb der Dienstzeiten)');
    expect(text).toContain('Notruf 110; Polizeiinspektion Musterstadt: 05999 300-0');
    expect(docToPlainText(resolveDataFields(blocksToTiptap([plan.table]), {}))).toContain('[örtliche Nummer fehlt im Kontaktverzeichnis: Jugendamt (auch Bereitschaft)]');
    // The accommodation's management and the accommodation administration, in every plan that names them.
    const rows = tables.flatMap(({ table }) => table.rows.filter((row) => /^(Leitung der Unterkunft|Unterbringungsverwaltung)/.test(row[0]!)));
    expect(rows.length).toBeGreaterThanOrEqual(13);
    for (const row of rows) {
      const cell = docToPlainText(resolveDataFields(blocksToTiptap([{ type: 'paragraph', text: row[3]! }]), values));
      expect(cell).toContain(row[0]!.startsWith('Leitung') ? 'Leitung Am Lindenhof: 05999 510-90 (rund um die Uhr)' : 'Sachgebiet Unterbringung: 05999 100-415');
      expect(cell).not.toContain('[');
    }
  });

  it('a nationwide line that is not staffed around the clock is never named without its hours', () => {
    const limited = Object.values(RUFNUMMERN).filter((r) => !r.rundUmDieUhr);
    expect(limited.map((r) => r.label)).toEqual(expect.arrayContaining(['Hilfe-Telefon Sexueller Missbrauch', 'Hilfetelefon „Gewalt an Männern“']));
    const everything = flattenSections(template)
      .flatMap(({ section }) => [...(section.starter ?? []), ...section.textBlocks.flatMap((tb) => tb.blocks)])
      .map((block) => docToPlainText(blocksToTiptap([block])))
      .join('\n');
    for (const line of limited) {
      for (const match of everything.matchAll(new RegExp(line.nummer, 'g'))) {
        expect(everything.slice(match.index, match.index + line.nummer.length + line.erreichbarkeit.length + 10)).toContain(line.erreichbarkeit);
      }
    }
    // The plans that refer men to the Männerhilfetelefon say when it answers.
    expect(everything).toMatch(/für betroffene Männer Hilfetelefon „Gewalt an Männern“: 0800 123 99 00 \(nur Mo–Do 8–20 Uhr, Fr 8–15 Uhr\)/);
  });

  it('prefills the nationwide numbers with their hours and flags hours known only second-hand', () => {
    const prefilled = nationwideContactValues();
    expect(prefilled.every((c) => c.hours)).toBe(true);
    const men = prefilled.find((c) => c.key === 'hilfetelefonMaenner')!;
    expect(men.hours).toBe('Mo–Do 8–20 Uhr, Fr 8–15 Uhr');
    expect(men.note).toContain('Sprechzeiten bitte an der offiziellen Quelle prüfen');
    expect(prefilled.find((c) => c.key === 'hilfetelefonFrauen')!.hours).toBe('rund um die Uhr');
  });
});
