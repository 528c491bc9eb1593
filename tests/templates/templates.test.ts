import { getEditorSchema } from '../../lib/editor/extensions';
import { DATA_FIELDS } from '../../lib/editor/data-fields';
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

const pmSchema = getEditorSchema();

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
  expect(() => pmSchema.nodeFromJSON(json).check()).not.toThrow();
  // Every placeholder is resolved: data fields become nodes, `{{today}}` the given date.
  const filled = blocksToTiptap(blocks, { today: '25.11.2026' });
  expect(() => pmSchema.nodeFromJSON(filled).check()).not.toThrow();
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

  it('follows the 16-section catalog', () => {
    expect(template.sections.map((s) => s.number)).toEqual(
      Array.from({ length: 16 }, (_, i) => String(i + 1)),
    );
    expect(template.sections.map((s) => s.key)).toEqual([
      'deckblatt',
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
      'anlagen',
    ]);
    const required = template.sections.filter((s) => s.required).map((s) => s.number);
    expect(required).toEqual(expect.arrayContaining(['1', '2', '3', '5', '6', '7', '11', '13', '15']));
  });

  it('has substantial guidance for every top-level section', () => {
    for (const section of template.sections) {
      const words = section.guidance.flatMap(blockTexts).join(' ').split(/\s+/).filter(Boolean).length;
      expect({ section: section.number, ok: words >= 150 && words <= 450 }).toEqual({ section: section.number, ok: true });
    }
  });

  it('offers text blocks in at least 12 top-level sections', () => {
    expect(template.sections.filter((s) => s.textBlocks.length > 0).length).toBeGreaterThanOrEqual(12);
  });

  it('has a risk table starter in section 7', () => {
    const table = findSection(template, 'risikoanalyse')?.starter?.find((b) => b.type === 'table');
    expect(table?.type === 'table' && table.header).toEqual([
      'Ort',
      'Zeit',
      'Betroffene Gruppe',
      'Risiko',
      'Wahrscheinlichkeit × Schwere',
      'Bestehende Maßnahme',
      'Neue Maßnahme',
      'Verantwortlich',
      'Frist',
      'Status',
    ]);
    expect(table?.type === 'table' && table.rows.length).toBeGreaterThanOrEqual(2);
  });

  it('has eight intervention plans in section 13, each with a full starter skeleton', () => {
    const s13 = template.sections.find((s) => s.number === '13') as Section;
    expect(s13.children).toHaveLength(8);
    for (const child of s13.children ?? []) {
      expect(child.starter).toBeDefined();
      const headings = (child.starter ?? []).filter((b) => b.type === 'heading').map((b) => (b.type === 'heading' ? b.text : ''));
      expect(headings).toEqual([
        'Auslöser',
        'Sofortmaßnahmen zur Sicherheit',
        'Wer wird informiert?',
        'Dokumentation',
        'Nachsorge',
        'Nachbereitung',
      ]);
      expect(child.starter?.some((b) => b.type === 'table')).toBe(true);
    }
    const s132 = findSection(template, 'intervention-kinderschutz');
    expect(JSON.stringify(s132)).toContain('insoweit erfahrene Fachkraft');
    expect(s132?.legalRefs).toContain('sgb8-8a');
    expect(findSection(template, 'intervention-haeusliche-gewalt')?.legalRefs).toContain('gewschg');
  });

  it('flattens depth-first with parent keys', () => {
    const flat = flattenSections(template);
    const numbers = flat.map((f) => f.number);
    expect(numbers.slice(numbers.indexOf('13'), numbers.indexOf('14') + 1)).toEqual([
      '13', '13.1', '13.2', '13.3', '13.4', '13.5', '13.6', '13.7', '13.8', '14',
    ]);
    const child = flat.find((f) => f.number === '13.2');
    expect(child).toMatchObject({ depth: 1, parentKey: 'intervention' });
    expect(flat[0]).toMatchObject({ depth: 0, parentKey: null, number: '1' });
  });

  it('keeps verify flags and validity dates of legal references as data', () => {
    const ref = (key: string) => template.legalReferences.find((r) => r.key === key);
    expect(ref('asylg-44-2a')?.verify).toBe(true);
    expect(ref('asylg-53-3')?.verify).toBe(true);
    expect(ref('eu-aufnahme-rl-2013')?.validUntil).toBe('2026-06-11');
    expect(ref('eu-aufnahme-rl-2024')?.validFrom).toBe('2026-06-12');
    const s5 = findSection(template, 'gewaltbegriff');
    const before = legalReferencesFor(template, s5, new Date('2026-06-11T12:00:00Z')).map((r) => r.key);
    const after = legalReferencesFor(template, s5, new Date('2026-06-12T12:00:00Z')).map((r) => r.key);
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
    expect(() => pmSchema.nodeFromJSON(doc).check()).not.toThrow();
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
    const s13 = raw.sections[12];
    const child = s13?.children?.[1];
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
