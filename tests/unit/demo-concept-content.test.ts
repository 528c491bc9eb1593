import { getEditorSchema } from '../../lib/editor/extensions';
import { isDataFieldName } from '../../lib/editor/data-fields';
import { DEMO_CONCEPT, DEMO_UNTOUCHED_SECTION_KEYS, type DemoSectionContent } from '../../lib/demo/demo-concept-content';
import { BlockSchema, blocksToTiptap, findPlaceholders, flattenSections, getTemplate, type Block } from '../../lib/templates';
import { RUFNUMMERN } from '../../templates/gewaltschutz-gu/nummern';

const template = getTemplate('gewaltschutz-gu');
const flat = flattenSections(template);
const byKey = new Map(flat.map((f) => [f.key, f]));
const pmSchema = getEditorSchema();
const sections = DEMO_CONCEPT.sections;

function blockTexts(block: Block): string[] {
  switch (block.type) {
    case 'paragraph':
    case 'heading':
      return [block.text];
    case 'bulletList':
    case 'orderedList':
      return block.items;
    case 'table':
      return [...block.header, ...block.rows.flat()];
  }
}

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
    expect(() => pmSchema.nodeFromJSON(json).check()).not.toThrow();
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
    expect(plansDrafted.length).toBe(5);
    expect(plans.length - plansDrafted.length).toBe(3);

    for (const key of DEMO_UNTOUCHED_SECTION_KEYS) {
      expect(byKey.has(key)).toBe(true);
      expect(drafted.has(key)).toBe(false);
    }
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
    for (const t of risk) expect(t.header).toContain('Wahrscheinlichkeit × Schwere');

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
    expect(rows.get('Gewaltschutzkoordination')).toMatch(/^\{\{concept\.coordinator\}\}, /);
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

  it('uses only example e-mail addresses', () => {
    for (const text of allTexts) {
      for (const match of text.matchAll(/[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g)) {
        expect(match[0]).toMatch(/\.example$/);
      }
    }
  });
});
