import { isDataFieldName } from '../../lib/editor/data-fields';
import { saveProblem } from '../support/save-problem';
import { DEMO_CONCEPT, DEMO_UNTOUCHED_SECTION_KEYS, type DemoSectionContent } from '../../lib/demo/demo-concept-content';
import { BlockSchema, blocksToTiptap, findPlaceholders, flattenSections, getTemplate, type Block } from '../../lib/templates';
import { DEMO_KOSTEN } from '../../lib/demo/demo-concept/rat';
import { DEMO_FACILITIES, demoLocalContacts } from '../../lib/demo/seed-district-data';
import { RUFNUMMERN } from '../../templates/gewaltschutz-gu/nummern';
import { RISIKO_SPALTEN } from '../../templates/gewaltschutz-gu/risikoanalyse';
import { blockTexts } from '../support/block-texts';
import { ABLAUFPLAN_SPALTEN, ABLAUFPLAN_UEBERSCHRIFTEN } from '../../templates/gewaltschutz-gu/util';

const template = getTemplate('gewaltschutz-gu');
const flat = flattenSections(template);
const byKey = new Map(flat.map((f) => [f.key, f]));
const sections = DEMO_CONCEPT.sections;

function sectionTexts(section: DemoSectionContent): string[] {
  return section.blocks.flatMap(blockTexts);
}

const allTexts = [DEMO_CONCEPT.title, DEMO_CONCEPT.responsible, ...sections.flatMap(sectionTexts)];

function section(key: string): DemoSectionContent {
  const found = sections.find((s) => s.key === key);
  if (!found) throw new Error(`Abschnitt „${key}“ fehlt im Demo-Konzept`);
  return found;
}

function tables(s: DemoSectionContent): Extract<Block, { type: 'table' }>[] {
  return s.blocks.filter((b): b is Extract<Block, { type: 'table' }> => b.type === 'table');
}

describe('Demo-Konzept Landkreis Musterland', () => {
  it('has the agreed title and responsible person', () => {
    expect(DEMO_CONCEPT.title).toBe('Gewaltschutzkonzept für die Gemeinschaftsunterkünfte des Landkreises Musterland');
    expect(DEMO_CONCEPT.responsible).toBe('Fachdienstleitung Soziales, Dr. Henrike Beispiel');
  });

  it('uses only section keys of the template, each once, in template order', () => {
    const keys = sections.map((s) => s.key);
    for (const key of keys) expect(byKey.has(key)).toBe(true);
    expect(new Set(keys).size).toBe(keys.length);
    const order = keys.map((k) => flat.findIndex((f) => f.key === k));
    expect(order).toEqual([...order].sort((a, b) => a - b));
  });

  it.each(sections.map((s) => [s.key, s] as const))('%s: checklistDone keys exist in that section', (_key, s) => {
    const checklist = new Set(byKey.get(s.key)!.section.checklist.map((c) => c.key));
    for (const item of s.checklistDone) expect(checklist.has(item) ? item : `unbekannt: ${item}`).toBe(item);
    expect(new Set(s.checklistDone).size).toBe(s.checklistDone.length);
  });

  it.each(sections.map((s) => [s.key, s] as const))('%s: blocks are valid template blocks and valid Tiptap documents', (_key, s) => {
    expect(s.blocks.length).toBeGreaterThan(0);
    for (const block of s.blocks) {
      const parsed = BlockSchema.safeParse(block);
      expect(parsed.success ? 'ok' : JSON.stringify(parsed.error.issues)).toBe('ok');
      if (block.type === 'table') {
        for (const row of block.rows) expect(row.length).toBe(block.header.length);
      }
    }
    const json = blocksToTiptap(s.blocks);
    expect(saveProblem(json)).toBeNull();
  });

  it('drafts most sections and leaves some untouched so the demo shows progress', () => {
    const drafted = new Set(sections.map((s) => s.key));
    const topLevel = flat.filter((f) => f.depth === 0);
    const topDrafted = topLevel.filter((f) => drafted.has(f.key));
    expect(topDrafted.length).toBeGreaterThanOrEqual(12);
    expect(topLevel.length - topDrafted.length).toBeGreaterThanOrEqual(2);
    expect(topLevel.length - topDrafted.length).toBeLessThanOrEqual(3);

    const plans = flat.filter((f) => f.parentKey === 'intervention');
    const plansDrafted = plans.filter((f) => drafted.has(f.key));
    expect(plansDrafted.length).toBe(7);
    expect(plans.length - plansDrafted.length).toBe(6);

    for (const key of DEMO_UNTOUCHED_SECTION_KEYS) {
      expect(byKey.has(key)).toBe(true);
      expect(drafted.has(key)).toBe(false);
    }
    // The documented list is complete: every template section is drafted or listed as untouched.
    const untouched = new Set<string>(DEMO_UNTOUCHED_SECTION_KEYS);
    expect(flat.filter((f) => !drafted.has(f.key) && !untouched.has(f.key)).map((f) => f.key)).toEqual([]);
    const inProgress = sections.filter((s) => s.status === 'in_progress');
    expect(inProgress.length).toBeGreaterThanOrEqual(1);
    expect(inProgress.length).toBeLessThanOrEqual(2);
  });

  it('contains the agreed tables (risk analysis, training plan, information chain, indicators)', () => {
    expect(sections.flatMap(tables).length).toBeGreaterThanOrEqual(3);

    const risk = tables(section('risikoanalyse'));
    const riskRows = risk.reduce((n, t) => n + t.rows.length, 0);
    expect(riskRows).toBeGreaterThanOrEqual(6);
    expect(riskRows).toBeLessThanOrEqual(8);
    for (const t of risk) expect(t.header).toEqual(RISIKO_SPALTEN);

    expect(tables(section('personal')).some((t) => t.header.includes('Zielgruppe') && t.rows.length >= 5)).toBe(true);
    expect(tables(section('monitoring')).some((t) => t.header.includes('Zielwert') && t.rows.length >= 5)).toBe(true);
    expect(tables(section('intervention-akute-gewalt')).some((t) => t.header[0] === 'Rolle / Stelle')).toBe(true);
  });

  it('uses the facility names and roles consistently', () => {
    const geltung = sectionTexts(section('geltungsbereich')).join(' ');
    expect(geltung).toContain('Gemeinschaftsunterkunft Am Lindenhof');
    expect(geltung).toContain('Gemeinschaftsunterkunft Alte Weberei');
    expect(geltung).toContain('Sozialwerk Musterland gGmbH');
    const deckblatt = sectionTexts(section('deckblatt')).join(' ');
    expect(deckblatt).toContain('Kreisausschuss');
  });

  it('shows the details on the cover page as live data fields, not as copied text', () => {
    const rows = new Map(tables(section('deckblatt'))[0]!.rows.map(([label, value]) => [label, value]));
    expect(rows.get('Kommune')).toBe('{{district.name}}');
    expect(rows.get('Titel')).toBe('{{concept.title}}');
    expect(rows.get('Verantwortliche Stelle')).toBe('{{concept.responsible}}');
    // Names, office and contact each as their own field: no phone number typed into the text.
    expect(rows.get('Gewaltschutzkoordination')).toBe('{{concept.coordinator}} ({{coordination.stelle}})');
    expect(rows.get('Erreichbarkeit der Gewaltschutzkoordination')).toBe('Telefon {{coordination.telefon}}, E-Mail {{coordination.email}}');
    expect(rows.get('Anzahl der Unterkünfte / Plätze insgesamt')).toBe('{{facilities.count}} / {{facilities.capacity}}');
    for (const label of ['Fassung', 'Stand', 'Beschluss', 'Nächste planmäßige Überprüfung']) expect(rows.get(label)).toMatch(/^\{\{edition\./);
    // The literal responsible body appears nowhere in the sections: it would go stale after „Eckdaten bearbeiten“.
    for (const s of sections) expect(sectionTexts(s).join(' ')).not.toContain(DEMO_CONCEPT.responsible);
  });

  it('contains no filler text, template hints or placeholders other than data fields', () => {
    for (const text of allTexts) {
      expect(text.toLowerCase()).not.toContain('lorem');
      for (const name of findPlaceholders(text)) expect(isDataFieldName(name) ? name : `kein Datenfeld: ${name}`).toBe(name);
      expect(text).not.toMatch(/\[[^\]]*\]/);
      expect(text).not.toMatch(/[\r\n]/);
    }
  });

  it('contains no real-looking telephone numbers, only fictional 05999 numbers and nationwide numbers', () => {
    const digits = (s: string) => s.replace(/\D/g, '');
    const nationwide = new Set(Object.values(RUFNUMMERN).map((r) => digits(r.nummer)));
    const offending: string[] = [];
    for (const text of allTexts) {
      for (const match of text.matchAll(/\+?\(?\d+\)?(?:[ \-/]\(?\d+\)?)*/g)) {
        const candidate = match[0];
        const d = digits(candidate);
        if (d.length < 6) continue;
        if (d.startsWith('05999') || nationwide.has(d)) continue;
        if (/^\d{4}\/\d+$/.test(candidate)) continue; // EU legal act numbers such as 2024/1346
        if (/^\d{1,2}\/\d{4}$/.test(candidate)) continue; // month and year such as 10/2026
        offending.push(candidate);
      }
    }
    expect(offending).toEqual([]);
  });

  it('gives every drafted Ablaufplan the structure of the template plans', () => {
    const drafted = sections.filter((s) => byKey.get(s.key)?.parentKey === 'intervention');
    expect(drafted.length).toBeGreaterThanOrEqual(7);
    for (const s of drafted) {
      const headings = s.blocks.filter((b) => b.type === 'heading').map((b) => (b.type === 'heading' ? `${b.level} ${b.text}` : ''));
      expect({ plan: s.key, headings }).toEqual({ plan: s.key, headings: ABLAUFPLAN_UEBERSCHRIFTEN.map((h) => `3 ${h}`) });
      const [table, ...more] = tables(s);
      expect(more).toHaveLength(0);
      expect({ plan: s.key, header: table?.header }).toEqual({ plan: s.key, header: [...ABLAUFPLAN_SPALTEN] });
    }
  });

  it('states the same night cover as the facility records that the DOCX annex shows', () => {
    const hours = (text: string) => [...text.matchAll(/(\d{1,2}) ?(?:–|bis) ?(\d{1,2}) Uhr/g)].map((m) => `${m[1]}-${m[2]}`).sort();
    const table = tables(section('geltungsbereich'))[0]!;
    const column = table.header.indexOf('Nachtbesetzung');
    for (const facility of DEMO_FACILITIES) {
      const row = table.rows.find((r) => r[0]?.startsWith(facility.name));
      expect(row).toBeDefined();
      const cell = row![column] ?? '';
      const record = facility.nightCover ?? '';
      expect({ facility: facility.name, hours: hours(cell) }).toEqual({ facility: facility.name, hours: hours(record) });
      expect({ facility: facility.name, roundTheClock: cell.includes('rund um die Uhr') }).toEqual({
        facility: facility.name,
        roundTheClock: record.includes('rund um die Uhr'),
      });
    }
    // Section 3 and the intervention overview say the same about Am Lindenhof.
    const lindenhof = sectionTexts(section('geltungsbereich')).join(' ');
    expect(lindenhof).toContain('Der Sicherheitsdienst ist rund um die Uhr anwesend');
  });

  it('reports as many recently checked local contacts as the seeded contact directory has', () => {
    const contacts = demoLocalContacts((monthsAgo) => (monthsAgo === null ? null : String(monthsAgo)));
    const recent = contacts.filter((c) => c.lastVerifiedOn !== null && Number(c.lastVerifiedOn) <= 6).length;
    const row = tables(section('monitoring'))[0]!.rows.find((r) => r[0]?.includes('Kontaktverzeichnis'));
    expect(row?.[5]).toMatch(new RegExp(`^${recent} von ${contacts.length}\\b`));
    expect(recent).toBeLessThan(contacts.length);
  });

  it('states the same costs in the Kurzfassung, the cost table and the Beschlussvorlage', () => {
    const parse = (cell: string) => Number((cell.match(/^[\d.]+/)?.[0] ?? '').replace(/\./g, '')) || 0;
    const table = tables(section('ressourcen-kosten'))[0]!;
    const einmalig = table.rows.reduce((sum, r) => sum + parse(r[2] ?? ''), 0);
    const laufend = table.rows.reduce((sum, r) => sum + parse(r[3] ?? ''), 0);
    const euro = (n: number) => `${n.toLocaleString('de-DE')} Euro`;
    const sumOf = (o: Record<string, number>) => Object.values(o).reduce((a, b) => a + b, 0);
    expect(einmalig).toBe(sumOf(DEMO_KOSTEN.einmalig));
    expect(laufend).toBe(sumOf(DEMO_KOSTEN.laufend));
    const kurz = sectionTexts(section('kurzfassung')).join(' ');
    const kosten = sectionTexts(section('ressourcen-kosten')).join(' ');
    for (const text of [kurz, kosten]) {
      expect(text).toContain(euro(einmalig));
      expect(text).toContain(euro(laufend));
      expect(text).toContain(euro(laufend - DEMO_KOSTEN.bereitsFinanziert));
    }
  });

  it('uses one term per thing, the programme name DeBUG 2.0 and the legal basis of child protection for accommodation staff', () => {
    const text = allTexts.join('\n');
    expect(text).not.toMatch(/\bSozialarbeit\b/);
    expect(text).not.toMatch(/Einrichtungsleitung|Heimleitung/);
    expect(text).not.toContain('Präsenzkraft (Frau)');
    expect(text).not.toContain('Kurmandschi');
    expect(text).not.toMatch(/DeBUG-Anlaufstelle|Bundesinitiative DeBUG/);
    expect(text).not.toContain('Beschwerden über die unabhängige Beschwerdestelle');
    expect(text).not.toContain('§ 8a Abs. 4');
    expect(text).toContain('§ 8b Abs. 1 SGB VIII');
    // The languages of the contact directory use the same names as the concept.
    const languages = demoLocalContacts(() => null).map((c) => c.languages ?? '').join(' ');
    expect(languages).toContain('Kurmanci');
    expect(languages).not.toContain('Kurmandschi');
    for (const t of allTexts) {
      for (const clause of t.split(/[.;,:–]/)) {
        const m = clause.match(/\bohne\b(.*)\bohne\b/);
        if (m) expect({ clause, joined: /\b(und|oder)\b/.test(m[1] ?? '') }).toEqual({ clause, joined: true });
      }
    }
  });

  it('cites sections and plans by numbers that exist in the template, and flags AsylG citations for checking', () => {
    const numbers = new Set(flat.map((f) => f.number));
    const cited: string[] = [];
    for (const text of allTexts) {
      for (const m of text.matchAll(/(?:Abschnitt|Abschnitten|Plan|Ablaufplan|Ablaufpläne) (\d+(?:\.\d+)?(?:(?:, | und | bis )\d+(?:\.\d+)?)*)/g)) {
        cited.push(...(m[1] ?? '').split(/, | und | bis /));
      }
      for (const m of text.matchAll(/\((\d{1,2}\.\d{1,2})\)/g)) cited.push(m[1] ?? '');
      if (/AsylG\b/.test(text)) expect(text).toMatch(/prüf/);
    }
    expect(cited.length).toBeGreaterThan(15);
    for (const n of cited) expect(numbers.has(n) ? n : `gibt es nicht: ${n}`).toBe(n);
  });

  it('uses only example e-mail addresses', () => {
    for (const text of allTexts) {
      for (const match of text.matchAll(/[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g)) {
        expect(match[0]).toMatch(/\.example$/);
      }
    }
  });
});
