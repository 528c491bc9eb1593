import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { DATA_FIELDS } from '../../lib/editor/data-fields';
import { RISIKO_SPALTEN } from '../../templates/gewaltschutz-gu/risikoanalyse';
import { blockTexts } from '../support/block-texts';
import { saveProblem } from '../support/save-problem';
import {
  ANNEX_KEYS,
  PLACEHOLDERS,
  blocksToTiptap,
  findPlaceholders,
  findSection,
  flattenSections,
  getTemplate,
  legalReferencesFor,
  listTemplates,
  parseTemplate,
  type Block,
  type Section,
  type Template,
  type TemplateInput,
} from '../../lib/templates';
import { gewaltschutzGu } from '../../templates/gewaltschutz-gu';
import { ABLAUFPLAN_SPALTEN, ABLAUFPLAN_UEBERSCHRIFTEN } from '../../templates/gewaltschutz-gu/util';


/** Every string anywhere in a value (deep). */
function allStrings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(allStrings);
  if (value && typeof value === 'object') return Object.values(value).flatMap(allStrings);
  return [];
}

function expectValidDoc(blocks: readonly Block[], label: string): void {
  const json = blocksToTiptap(blocks);
  expect(json.type).toBe('doc');
  expect(saveProblem(json)).toBeNull();
  // Every placeholder is resolved: data fields become nodes, `{{today}}` the given date.
  const filled = blocksToTiptap(blocks, { today: '25.11.2026' });
  expect(saveProblem(filled)).toBeNull();
  expect(JSON.stringify(filled)).not.toMatch(/\{\{/);
  expect(label).toBeTruthy();
}

function cloneInput(): TemplateInput {
  return structuredClone(gewaltschutzGu) as TemplateInput;
}

const registered = listTemplates();

describe('template registry', () => {
  it('lists the default template with exactly one latest version, which getTemplate returns', () => {
    const versions = registered.filter((t) => t.id === 'gewaltschutz-gu');
    const latest = versions.filter((t) => t.latest);
    expect(latest).toHaveLength(1);
    expect(getTemplate('gewaltschutz-gu').version).toBe(latest[0]?.version);
    expect(latest[0]?.version).toBe(gewaltschutzGu.version);
  });

  it('keeps version 2026.1 registered and unchanged for concepts created with it', () => {
    const old = getTemplate('gewaltschutz-gu', '2026.1');
    expect(old.version).toBe('2026.1');
    // The structure concepts of 2026.1 were created with: 16 sections, plans 13.1–13.8, annexes 16.1–16.3.
    const flat = flattenSections(old);
    expect(flat.filter((f) => f.depth === 0).map((f) => f.number)).toEqual(Array.from({ length: 16 }, (_, i) => String(i + 1)));
    expect(flat.filter((f) => f.parentKey === 'intervention').map((f) => f.number)).toEqual(
      ['13.1', '13.2', '13.3', '13.4', '13.5', '13.6', '13.7', '13.8'],
    );
    expect(findSection(old, 'praeambel')?.number).toBe('2');
    // Frozen means frozen: a change to the snapshot changes concepts that already exist. Make a new version instead.
    const file = readFileSync(path.join(__dirname, '../../templates/gewaltschutz-gu/fassungen/2026-1.json'));
    expect(createHash('sha256').update(file).digest('hex')).toBe('f13a65f6abe724c15dda1e131105257a4d1bc43aca09f38d91f20165b56ab5c8');
  });

  it('throws a clear error for unknown templates and versions', () => {
    expect(() => getTemplate('gibt-es-nicht')).toThrow(/„gibt-es-nicht“ .*nicht registriert/);
    expect(() => getTemplate('gewaltschutz-gu', '1999.1')).toThrow(/Version 1999\.1/);
  });

  it('returns the cached, frozen template', () => {
    const a = getTemplate('gewaltschutz-gu');
    expect(getTemplate('gewaltschutz-gu')).toBe(a);
    expect(Object.isFrozen(a.sections)).toBe(true);
  });
});

describe.each(registered.map((t) => [`${t.id}@${t.version}`, t.id, t.version] as const))(
  'template %s',
  (_label, id, version) => {
    let template: Template;
    let flat: ReturnType<typeof flattenSections>;
    beforeAll(() => {
      template = getTemplate(id, version);
      flat = flattenSections(template);
    });

    it('has unique section keys and numbers across all levels', () => {
      const keys = flat.map((f) => f.key);
      const numbers = flat.map((f) => f.number);
      expect(new Set(keys).size).toBe(keys.length);
      expect(new Set(numbers).size).toBe(numbers.length);
    });

    it('gives every section guidance, at least three questions and unique checklist keys', () => {
      for (const { section } of flat) {
        expect(section.guidance.length).toBeGreaterThan(0);
        expect(section.questions.length).toBeGreaterThanOrEqual(3);
        const keys = section.checklist.map((c) => c.key);
        expect(new Set(keys).size).toBe(keys.length);
        const tbKeys = section.textBlocks.map((t) => t.key);
        expect(new Set(tbKeys).size).toBe(tbKeys.length);
      }
    });

    it('covers all six Mindeststandards and all three annexes in the checklist', () => {
      const covered = new Set(flat.flatMap(({ section }) => section.checklist.map((c) => c.standard)));
      for (const standard of [1, 2, 3, 4, 5, 6, ...ANNEX_KEYS]) {
        expect(covered.has(standard)).toBe(true);
      }
    });

    it('resolves every legal reference key', () => {
      const known = new Set(template.legalReferences.map((r) => r.key));
      for (const { section } of flat) for (const ref of section.legalRefs) expect(known.has(ref)).toBe(true);
    });

    it('converts every guidance, text block and starter into a valid ProseMirror document', () => {
      for (const { section } of flat) {
        expectValidDoc(section.guidance, `${section.number} guidance`);
        for (const tb of section.textBlocks) expectValidDoc(tb.blocks, `${section.number} ${tb.key}`);
        if (section.starter) expectValidDoc(section.starter, `${section.number} starter`);
      }
    });

    it('uses only allowed placeholders', () => {
      const allowed = new Set<string>(PLACEHOLDERS);
      for (const text of allStrings(template)) {
        for (const name of findPlaceholders(text)) expect(allowed.has(name)).toBe(true);
      }
    });

    it('contains no filler text and uses German quotation marks', () => {
      const texts = allStrings(template);
      expect(texts.join('\n').toLowerCase()).not.toContain('lorem');
      for (const text of texts) {
        expect(text).not.toContain('"');
        expect(text).not.toMatch(/ - /);
      }
    });
  },
);

describe('default template gewaltschutz-gu', () => {
  const template = getTemplate('gewaltschutz-gu');
  const flat = flattenSections(template);
  const plans = flat.filter((f) => f.parentKey === 'intervention');
  const NEW_KEYS = [
    'kurzfassung',
    'ressourcen-kosten',
    'anlage-glossar',
    'schutz-lsbti',
    'schutz-behinderung',
    'schutz-trauma',
    'intervention-zwangsheirat-ehre',
    'intervention-vermisstes-kind',
    'intervention-angriff-von-aussen',
    'intervention-verdacht-mitarbeitende',
    'intervention-brand-raeumung',
  ];
  /** Every string of a section that ends up in a concept (starter and text blocks). */
  const insertedTexts = (section: Section) => [...(section.starter ?? []), ...section.textBlocks.flatMap((tb) => tb.blocks)].flatMap(blockTexts);
  const allTexts = allStrings(template.sections);

  it('follows the catalog: cover, Kurzfassung first after it, Ressourcen und Kosten before the annexes', () => {
    expect(template.sections.map((s) => s.number)).toEqual(Array.from({ length: 18 }, (_, i) => String(i + 1)));
    expect(template.sections.map((s) => s.key)).toEqual([
      'deckblatt',
      'kurzfassung',
      'praeambel',
      'geltungsbereich',
      'rechtliche-grundlagen',
      'gewaltbegriff',
      'verantwortlichkeiten',
      'risikoanalyse',
      'bauliche-standards',
      'personal',
      'beteiligung',
      'beschwerdemanagement',
      'kooperation',
      'intervention',
      'dokumentation-datenschutz',
      'monitoring',
      'ressourcen-kosten',
      'anlagen',
    ]);
    const required = template.sections.filter((s) => s.required).map((s) => s.key);
    expect(required).toEqual(
      expect.arrayContaining(['deckblatt', 'praeambel', 'geltungsbereich', 'gewaltbegriff', 'verantwortlichkeiten', 'risikoanalyse', 'beschwerdemanagement', 'intervention', 'monitoring']),
    );
    for (const key of NEW_KEYS) expect(findSection(template, key)).toBeDefined();
  });

  it('numbers sub-sections from their place: annex deepenings 6.1–6.3, plans 14.1–14.13, annexes 18.1–18.4', () => {
    const numbers = flat.map((f) => f.number);
    expect(numbers.slice(numbers.indexOf('6'), numbers.indexOf('7') + 1)).toEqual(['6', '6.1', '6.2', '6.3', '7']);
    expect(numbers.slice(numbers.indexOf('14'), numbers.indexOf('15') + 1)).toEqual([
      '14', ...Array.from({ length: 13 }, (_, i) => `14.${i + 1}`), '15',
    ]);
    expect(numbers.slice(numbers.indexOf('18'))).toEqual(['18', '18.1', '18.2', '18.3', '18.4']);
    expect(flat.find((f) => f.key === 'intervention-kinderschutz')).toMatchObject({ number: '14.2', depth: 1, parentKey: 'intervention' });
    expect(flat.find((f) => f.key === 'anlage-glossar')).toMatchObject({ number: '18.4', parentKey: 'anlagen' });
    expect(flat[0]).toMatchObject({ depth: 0, parentKey: null, number: '1' });
  });

  it('has substantial guidance for every top-level section', () => {
    for (const section of template.sections) {
      const words = section.guidance.flatMap(blockTexts).join(' ').split(/\s+/).filter(Boolean).length;
      expect({ section: section.number, ok: words >= 150 && words <= 450 }).toEqual({ section: section.number, ok: true });
    }
  });

  it('offers text blocks in at least 14 top-level sections', () => {
    expect(template.sections.filter((s) => s.textBlocks.length > 0).length).toBeGreaterThanOrEqual(14);
  });

  it('has a risk table starter in the risk analysis', () => {
    const table = findSection(template, 'risikoanalyse')?.starter?.find((b) => b.type === 'table');
    expect(table?.type === 'table' && table.header).toEqual(RISIKO_SPALTEN);
    // The guidance asks for where, when, whom, the score, and who does what by when.
    expect(RISIKO_SPALTEN).toEqual(
      expect.arrayContaining(['Ort', 'Zeit', 'Betroffene Gruppe', 'Risiko', 'Wahrscheinlichkeit × Schwere', 'Verantwortlich', 'Frist', 'Status']),
    );
    expect(table?.type === 'table' && table.rows.length).toBeGreaterThanOrEqual(2);
  });

  it('has thirteen required intervention plans, including the plans the issue asked for', () => {
    expect(plans).toHaveLength(13);
    expect(plans.map((p) => p.key)).toEqual(
      expect.arrayContaining([
        'intervention-zwangsheirat-ehre',
        'intervention-vermisstes-kind',
        'intervention-angriff-von-aussen',
        'intervention-verdacht-mitarbeitende',
        'intervention-brand-raeumung',
      ]),
    );
    for (const { section } of plans) {
      expect({ plan: section.number, required: section.required }).toEqual({ plan: section.number, required: true });
      expect(section.checklist.length).toBeGreaterThanOrEqual(3);
    }
  });

  it('gives every plan the same structure: the same headings in the same order and the same information table', () => {
    for (const { section } of plans) {
      const starter = section.starter ?? [];
      const headings = starter.filter((b) => b.type === 'heading');
      expect({ plan: section.number, headings: headings.map((h) => (h.type === 'heading' ? `${h.level} ${h.text}` : '')) }).toEqual({
        plan: section.number,
        headings: ABLAUFPLAN_UEBERSCHRIFTEN.map((h) => `3 ${h}`),
      });
      // Only an optional introduction may come before the first heading.
      const firstHeading = starter.findIndex((b) => b.type === 'heading');
      expect(starter.slice(0, firstHeading).every((b) => b.type === 'paragraph')).toBe(true);
      const tables = starter.filter((b) => b.type === 'table');
      expect(tables).toHaveLength(1);
      const table = tables[0];
      if (table?.type !== 'table') throw new Error('test setup');
      expect({ plan: section.number, header: table.header }).toEqual({ plan: section.number, header: [...ABLAUFPLAN_SPALTEN] });
      expect(table.rows.length).toBeGreaterThanOrEqual(3);
      // The table sits under „Wer wird informiert?“, and every part has content.
      const after = (heading: string) => starter[starter.findIndex((b) => b.type === 'heading' && b.text === heading) + 1];
      expect(after('Wer wird informiert?')?.type).toBe('table');
      expect(after('Sofortmaßnahmen zur Sicherheit')?.type).toBe('orderedList');
      for (const part of ['Dokumentation', 'Nachsorge', 'Nachbereitung']) expect(after(part)?.type).toBe('bulletList');
    }
  });

  it('refers to other plans and sections by their exact title, never by a number that changes with the order', () => {
    const titles = new Set(flat.map((f) => f.title));
    const referenced: string[] = [];
    for (const text of allTexts) {
      for (const m of text.matchAll(/(?:Ablaufpl(?:an|äne)|Abschnitt(?:s|e)?) ((?:„[^“]+“(?:,? (?:bzw\.|und|oder) )?)+)/g)) {
        for (const q of (m[1] ?? '').matchAll(/„([^“]+)“/g)) referenced.push(q[1] ?? '');
      }
      expect(text).not.toMatch(/\b(?:Abschnitt|Ablaufplan|Plan|Anlage) \d+(?:\.\d+)?\b/);
    }
    expect(referenced.length).toBeGreaterThan(10);
    for (const title of referenced) expect(titles.has(title) ? title : `unbekannter Titel: ${title}`).toBe(title);
  });

  it('deepens the three annexes in their own sections under the groups with special protection needs', () => {
    const expected = { 'schutz-lsbti': 'lsbti', 'schutz-behinderung': 'behinderung', 'schutz-trauma': 'trauma' } as const;
    for (const [key, annex] of Object.entries(expected)) {
      const entry = flat.find((f) => f.key === key);
      expect(entry?.parentKey).toBe('gewaltbegriff');
      expect(entry?.section.annexes).toContain(annex);
      expect(entry?.section.checklist.filter((c) => c.standard === annex).length).toBeGreaterThanOrEqual(4);
    }
    const lsbti = JSON.stringify(findSection(template, 'schutz-lsbti'));
    expect(lsbti).toContain('Ansprechperson');
    expect(lsbti).toContain('sichtbare');
    expect(lsbti).toContain('Asylverfahren');
    const behinderung = JSON.stringify(findSection(template, 'schutz-behinderung'));
    expect(behinderung).toContain('§§ 4, 6 AsylbLG');
    for (const word of ['Pflege', 'Assistenz', 'Hilfeliste']) expect(behinderung).toContain(word);
    const trauma = findSection(template, 'schutz-trauma');
    const stufen = trauma?.textBlocks.find((tb) => tb.key === 'krisenplan-unterkunft')?.blocks.find((b) => b.type === 'table');
    expect(stufen?.type === 'table' && stufen.rows.map((r) => r[0])).toEqual(['1 Belastung', '2 anhaltende Belastung', '3 akute Krise', '4 nach der Krise']);
  });

  it('ships forms for the Hilfeliste and the personal crisis plan empty: filled-in forms are personal data and never part of a concept', () => {
    const forms = [
      findSection(template, 'intervention-brand-raeumung')?.textBlocks.find((tb) => tb.key === 'hilfe-bei-raeumung'),
      findSection(template, 'schutz-trauma')?.textBlocks.find((tb) => tb.key === 'krisenplan-persoenlich'),
    ];
    for (const form of forms) {
      const table = form?.blocks.find((b) => b.type === 'table');
      if (table?.type !== 'table') throw new Error('Formular fehlt');
      const answers = table.header.length === 2 ? table.rows.map((r) => r[1]) : table.rows.flat();
      expect(answers.every((cell) => cell === '')).toBe(true);
      expect(JSON.stringify(form)).toMatch(/nie in dieses Konzept|nicht dieses Konzepts/);
    }
  });

  it('explains its terms in a glossary, alphabetically, including the one term used for each thing', () => {
    const table = findSection(template, 'anlage-glossar')?.starter?.find((b) => b.type === 'table');
    if (table?.type !== 'table') throw new Error('Glossar fehlt');
    const terms = table.rows.map((r) => r[0] ?? '');
    expect(terms).toEqual([...terms].sort((a, b) => a.localeCompare(b, 'de')));
    for (const term of ['Leitung der Unterkunft', 'Soziale Arbeit', 'Anlage', 'DeBUG 2.0', 'Zwei-Sinne-Prinzip', 'Insoweit erfahrene Fachkraft']) {
      expect(terms).toContain(term);
    }
  });

  it('uses one term per thing and the programme name DeBUG 2.0', () => {
    const text = allTexts.join('\n');
    // Quoted forms („Einrichtungsleitung“) are examples of what not to write.
    const unquoted = text.replace(/„[^“]*“/g, '');
    expect(unquoted).not.toMatch(/\bSozialarbeit\b/);
    expect(unquoted).not.toMatch(/Einrichtungsleitung|Heimleitung/);
    expect(text).not.toContain('Kurmandschi');
    expect(text).not.toMatch(/DeBUG-Anlaufstelle|Bundesinitiative DeBUG/);
    expect(text).toContain('Kontaktstelle von DeBUG 2.0');
    expect(text).not.toMatch(/neue Unterkunft vertraulich|neuen Aufenthaltsort/);
    // „ohne … ohne“ only as a pair joined by „und“/„oder“, never nested („ohne Angaben ohne Zustimmung“).
    for (const t of allTexts) {
      for (const clause of t.split(/[.;,:–]/)) {
        const m = clause.match(/\bohne\b(.*)\bohne\b/);
        if (m) expect({ clause, joined: /\b(und|oder)\b/.test(m[1] ?? '') }).toEqual({ clause, joined: true });
      }
    }
  });

  it('writes new texts so that the district name could only stand in the nominative', () => {
    for (const key of NEW_KEYS) {
      const section = findSection(template, key) as Section;
      for (const text of allStrings(section)) {
        expect(text).not.toMatch(/\b(?:von|des|der|dem|den|für|in|im|bei|aus) \{\{district\.name\}\}/);
      }
    }
  });

  it('flags every AsylG citation for verification, also where a text cites it for the concept', () => {
    for (const ref of template.legalReferences) {
      if (/AsylG|AsylbLG/.test(ref.label)) expect({ ref: ref.key, verify: ref.verify }).toEqual({ ref: ref.key, verify: true });
    }
    for (const { section } of flat) {
      for (const text of insertedTexts(section)) {
        if (/§+ [\d ,a-z.]+(Abs\. \d+[a-z]? )?(AsylG|AsylbLG)/.test(text)) expect(text).toContain('[Fundstelle');
      }
      for (const text of section.guidance.flatMap(blockTexts)) {
        if (/§+ [\d ,a-z.]+(Abs\. [\d a-z]+ )?(AsylG|AsylbLG)/.test(text)) expect(text).toMatch(/prüfen/);
      }
    }
  });

  it('cites the recast Reception Conditions Directive with its articles on housing and special reception needs', () => {
    const ref = template.legalReferences.find((r) => r.key === 'eu-aufnahme-rl-2024');
    expect(ref?.label).toBe('Art. 20, 24, 25, 26 RL (EU) 2024/1346');
    expect(ref?.note).toMatch(/30 Tagen/);
    expect(ref?.validFrom).toBe('2026-06-12');
  });

  it('places child protection for the staff of the accommodation under § 8b SGB VIII and § 4 KKG, not § 8a Abs. 4', () => {
    const plan = findSection(template, 'intervention-kinderschutz');
    expect(plan?.legalRefs).toEqual(expect.arrayContaining(['sgb8-8a', 'sgb8-8b', 'kkg-4']));
    expect(JSON.stringify(plan)).toContain('insoweit erfahrene Fachkraft');
    expect(findSection(template, 'intervention-haeusliche-gewalt')?.legalRefs).toContain('gewschg');
    for (const text of allTexts) {
      if (text.includes('§ 8a Abs. 4')) expect(text).toMatch(/nicht|nur/);
    }
    expect(findSection(template, 'personal')?.legalRefs).toEqual(expect.arrayContaining(['asylg-44-3', 'bzrg-30a']));
  });

  it('keeps verify flags and validity dates of legal references as data', () => {
    const ref = (key: string) => template.legalReferences.find((r) => r.key === key);
    expect(ref('asylg-44-2a')?.verify).toBe(true);
    expect(ref('asylg-53-3')?.verify).toBe(true);
    expect(ref('eu-aufnahme-rl-2013')?.validUntil).toBe('2026-06-11');
    const s6 = findSection(template, 'gewaltbegriff');
    const before = legalReferencesFor(template, s6, new Date('2026-06-11T12:00:00Z')).map((r) => r.key);
    const after = legalReferencesFor(template, s6, new Date('2026-06-12T12:00:00Z')).map((r) => r.key);
    expect(before).toContain('eu-aufnahme-rl-2013');
    expect(before).not.toContain('eu-aufnahme-rl-2024');
    expect(after).toContain('eu-aufnahme-rl-2024');
    expect(after).not.toContain('eu-aufnahme-rl-2013');
  });
});

describe('blocksToTiptap', () => {
  const field = (name: string, bold = false) => (bold ? { type: 'dataField', attrs: { name }, marks: [{ type: 'bold' }] } : { type: 'dataField', attrs: { name } });

  it('turns data field placeholders into live dataField nodes and writes in only the date', () => {
    const text = '{{district.name}} ({{ district.kind }}), Stand {{today}}, {{facilities.count}} Unterkünfte, verantwortlich: {{concept.responsible}}';
    expect(blocksToTiptap([{ type: 'paragraph', text }], { today: '25.11.2026' }).content[0]?.content).toEqual([
      field('district.name'),
      { type: 'text', text: ' (' },
      field('district.kind'),
      { type: 'text', text: '), Stand 25.11.2026, ' },
      field('facilities.count'),
      { type: 'text', text: ' Unterkünfte, verantwortlich: ' },
      field('concept.responsible'),
    ]);
    // Without a date, the date placeholder shows its hint; unknown names (only in hand-written text) are named.
    expect(blocksToTiptap([{ type: 'paragraph', text: 'Stand {{today}}, {{foo.bar}}' }] as never).content[0]?.content).toEqual([
      { type: 'text', text: 'Stand [Datum], [unbekannter Platzhalter „foo.bar“]' },
    ]);
  });

  it('knows every data field as placeholder, and today', () => {
    expect([...PLACEHOLDERS].sort()).toEqual([...DATA_FIELDS, 'today'].sort());
  });

  it('converts the cover page starter into fields for the details and the Fassung', () => {
    const starter = findSection(getTemplate('gewaltschutz-gu'), 'deckblatt')?.starter ?? [];
    const doc = blocksToTiptap(starter, { today: '25.11.2026' });
    const rows = doc.content[0]?.content?.slice(1) ?? [];
    const entries = Object.fromEntries(
      rows.map((row) => {
        const [label, value] = (row.content ?? []).map((cell) => cell.content?.[0]?.content ?? []);
        return [label?.[0]?.text ?? '', value ?? []];
      }),
    );
    expect(entries['Titel']).toEqual([field('concept.title')]);
    expect(entries['Verantwortliche Stelle']).toEqual([field('concept.responsible')]);
    expect(entries['Fassung']).toEqual([field('edition.fassung')]);
    expect(entries['Stand']).toEqual([field('edition.stand')]);
    expect(entries['Beschluss']).toEqual([field('edition.beschluss')]);
    expect(entries['Nächste planmäßige Überprüfung']).toEqual([field('edition.naechste_pruefung')]);
    // No literal text copied from the details anywhere in the cover table.
    expect(JSON.stringify(doc)).not.toContain('25.11.2026');
  });

  it('maps blocks to StarterKit/TableKit node names', () => {
    const doc = blocksToTiptap([
      { type: 'heading', level: 3, text: 'Titel' },
      { type: 'paragraph', text: 'Vor **fett** nach' },
      { type: 'bulletList', items: ['eins'] },
      { type: 'orderedList', items: ['zwei'] },
      { type: 'table', header: ['A', 'B'], rows: [['x', '']] },
    ]);
    expect(doc.content.map((n) => n.type)).toEqual(['heading', 'paragraph', 'bulletList', 'orderedList', 'table']);
    expect(doc.content[0]?.attrs).toEqual({ level: 3 });
    expect(doc.content[1]?.content).toEqual([
      { type: 'text', text: 'Vor ' },
      { type: 'text', text: 'fett', marks: [{ type: 'bold' }] },
      { type: 'text', text: ' nach' },
    ]);
    expect(doc.content[2]?.content?.[0]).toEqual({
      type: 'listItem',
      content: [{ type: 'paragraph', content: [{ type: 'text', text: 'eins' }] }],
    });
    const [headerRow, row] = doc.content[4]?.content ?? [];
    expect(headerRow?.content?.[0]?.type).toBe('tableHeader');
    expect(row?.content?.[1]).toEqual({ type: 'tableCell', content: [{ type: 'paragraph' }] });
    expect(saveProblem(doc)).toBeNull();
    expect(blocksToTiptap([])).toEqual({ type: 'doc', content: [{ type: 'paragraph' }] });
  });

  it('keeps bold around a field and does not let a date change formatting', () => {
    const doc = blocksToTiptap([{ type: 'paragraph', text: '**{{district.name}}** am {{today}}' }], { today: 'a**b' });
    expect(doc.content[0]?.content).toEqual([field('district.name', true), { type: 'text', text: ' am a**b' }]);
  });
});

describe('loader rejects invalid templates', () => {
  it('accepts the unmodified default template', () => {
    expect(parseTemplate(cloneInput()).id).toBe('gewaltschutz-gu');
  });

  it('rejects a duplicate section key, also in sub-sections', () => {
    const raw = cloneInput();
    const child = raw.sections.find((s) => s.key === 'intervention')?.children?.[1];
    if (!child) throw new Error('test setup');
    child.key = 'deckblatt';
    expect(() => parseTemplate(raw)).toThrow(/Abschnittsschlüssel „deckblatt“ ist doppelt/);
    expect(() => parseTemplate(raw)).toThrow(/Vorlage „gewaltschutz-gu“ \(2026\.\d+\) ist ungültig/);
  });

  it('rejects an unknown placeholder with its name and path', () => {
    const raw = cloneInput();
    raw.sections[1]?.textBlocks?.[0]?.blocks.push({ type: 'paragraph', text: 'Hallo {{district.mayor}}' });
    expect(() => parseTemplate(raw)).toThrow(/Unbekannter Platzhalter „\{\{district\.mayor\}\}“/);
    expect(() => parseTemplate(raw)).toThrow(/sections\[1\]\.textBlocks\[0\]\.blocks/);
  });

  it('rejects duplicate numbers, duplicate checklist keys, ragged tables and unknown legal references', () => {
    const dupNumber = cloneInput();
    if (dupNumber.sections[1]) dupNumber.sections[1].number = '1';
    expect(() => parseTemplate(dupNumber)).toThrow(/Abschnittsnummer 1 ist doppelt/);

    const dupChecklist = cloneInput();
    const list = dupChecklist.sections[0]?.checklist;
    if (list?.[0] && list[1]) list[1].key = list[0].key;
    expect(() => parseTemplate(dupChecklist)).toThrow(/ist im Abschnitt 1 doppelt/);

    const ragged = cloneInput();
    ragged.sections[0]?.starter?.push({ type: 'table', header: ['A', 'B'], rows: [['nur eine']] });
    expect(() => parseTemplate(ragged)).toThrow(/Tabellenzeile 1 hat 1 statt 2 Zellen/);

    const badRef = cloneInput();
    badRef.sections[0]?.legalRefs?.push('gibt-es-nicht');
    expect(() => parseTemplate(badRef)).toThrow(/unbekannte Rechtsgrundlage „gibt-es-nicht“/);

    const fewQuestions = cloneInput();
    if (fewQuestions.sections[2]) fewQuestions.sections[2].questions = ['Nur eine Frage?'];
    expect(() => parseTemplate(fewQuestions)).toThrow(/mindestens drei Leitfragen/);
  });
});
