import { getSchema, getText, getTextSerializersFromSchema } from '@tiptap/core';
import { diffDocs } from '../../lib/diff/doc-diff';
import { DATA_FIELDS, dataFieldDescription, resolveDataFields } from '../../lib/editor/data-fields';
import { editorExtensions, editorExtensionsWithFieldValues, getEditorSchema } from '../../lib/editor/extensions';
import { countCharacters, docToBlocks, docToPlainText, isEmptyDoc } from '../../lib/editor/text';
import type { TiptapDoc, TiptapNode } from '../../lib/editor/types';
import { validateRichText } from '../../lib/editor/validate-content';

const text = (t: string, marks?: TiptapNode['marks']): TiptapNode => (marks ? { type: 'text', text: t, marks } : { type: 'text', text: t });
const field = (name: string, marks?: TiptapNode['marks']): TiptapNode => ({ type: 'dataField', attrs: { name }, ...(marks ? { marks } : {}) });
const doc = (...content: TiptapNode[]): TiptapDoc => ({ type: 'doc', content });
const p = (...content: TiptapNode[]): TiptapNode => ({ type: 'paragraph', content });

const section = doc(
  p(text('Verantwortlich für die Umsetzung ist '), field('concept.responsible'), text('.')),
  {
    type: 'table',
    content: [
      { type: 'tableRow', content: [{ type: 'tableHeader', content: [p(text('Titel'))] }, { type: 'tableCell', content: [p(field('concept.title', [{ type: 'bold' }]))] }] },
    ],
  },
);

describe('data fields in stored text', () => {
  it('are part of the one editor schema, and every field has a description for the editor', () => {
    expect(getEditorSchema().nodes.dataField?.spec.atom).toBe(true);
    expect(getEditorSchema().nodes.dataField?.isInline).toBe(true);
    for (const name of DATA_FIELDS) expect(dataFieldDescription(name)).toMatch(/^Angabe (aus|zur) .+: .+/);
    expect(dataFieldDescription('concept.responsible')).toBe('Angabe aus den Eckdaten: Verantwortliche Stelle');
    expect(JSON.stringify(validateRichText(section))).toContain('{"type":"dataField","attrs":{"name":"concept.title"},"marks":[{"type":"bold"}]}');
  });

  it('are resolved to their values as text, keeping their formatting', () => {
    const resolved = resolveDataFields(section, { 'concept.responsible': 'Fachdienst Soziales', 'concept.title': 'Konzept Musterland' });
    expect(resolved.content[0]?.content).toEqual([text('Verantwortlich für die Umsetzung ist '), text('Fachdienst Soziales'), text('.')]);
    expect(docToPlainText(resolved)).toBe('Verantwortlich für die Umsetzung ist Fachdienst Soziales.\nTitel\nKonzept Musterland');
    expect(JSON.stringify(resolved)).toContain('{"type":"text","text":"Konzept Musterland","marks":[{"type":"bold"}]}');
    // A missing value shows the German hint the placeholder check looks for; the input is not changed.
    expect(docToPlainText(resolveDataFields(section, {}))).toContain('ist [verantwortliche Stelle].');
    expect(section.content[0]?.content?.[1]).toEqual(field('concept.responsible'));
  });

  it('read as a stable token in the plain-text views, so a change of the Eckdaten is no change of the text', () => {
    expect(docToPlainText(section)).toBe('Verantwortlich für die Umsetzung ist ⟨Verantwortliche Stelle⟩.\nTitel\n⟨Titel des Konzepts⟩');
    expect(docToBlocks(section).map((b) => b.text)).toEqual(['Verantwortlich für die Umsetzung ist ⟨Verantwortliche Stelle⟩.', 'Titel | ⟨Titel des Konzepts⟩']);
    // The same revision compared with itself, whatever the Eckdaten say today: nothing changed.
    expect(diffDocs(section, structuredClone(section)).every((block) => block.status === 'equal')).toBe(true);
    // Replacing copied text by the live field is a real change of what was written, and shows as one.
    const copied = doc(p(text('Verantwortlich für die Umsetzung ist Fachdienst Soziales.')));
    const live = doc(p(text('Verantwortlich für die Umsetzung ist '), field('concept.responsible'), text('.')));
    expect(diffDocs(copied, live).map((block) => block.status)).toEqual(['changed']);
  });

  it('count as content, not as typed characters', () => {
    expect(isEmptyDoc(doc(p(field('district.name'))))).toBe(false);
    expect(countCharacters(doc(p(text('ist '), field('district.name'))))).toBe(4);
  });
});

describe('data fields in the editor’s clipboard', () => {
  const values = { 'concept.responsible': 'Fachdienst Soziales', 'concept.title': 'Konzept Musterland' };
  const schema = getSchema(editorExtensionsWithFieldValues(values));
  const spec = schema.nodes.dataField!.spec;
  const element = (name: string) => ({ getAttribute: (attr: string) => (attr === 'data-field' ? name : null) }) as unknown as HTMLElement;

  it('are copied as HTML with their current value, and pasted back as the live field', () => {
    expect(spec.toDOM?.(schema.nodeFromJSON(field('concept.responsible')))).toEqual([
      'span',
      { class: 'data-field', 'data-field': 'concept.responsible' },
      'Fachdienst Soziales',
    ]);
    const rule = spec.parseDOM?.[0];
    expect(rule?.tag).toBe('span[data-field]');
    expect(rule?.getAttrs?.(element('concept.responsible'))).toEqual({ name: 'concept.responsible' });
    // Pasted spans with names the app does not know stay plain text.
    expect(rule?.getAttrs?.(element('konto.iban'))).toBe(false);
  });

  it('are copied as plain text with their value; without values (server) as their token', () => {
    // What Tiptap's clipboard text serializer and editor.getText() do.
    const asText = (s: typeof schema) => getText(s.nodeFromJSON(section), { blockSeparator: '\n', textSerializers: getTextSerializersFromSchema(s) });
    expect(asText(schema)).toContain('Verantwortlich für die Umsetzung ist Fachdienst Soziales.');
    expect(asText(schema)).toContain('Konzept Musterland');
    expect(asText(getEditorSchema())).toContain('ist ⟨Verantwortliche Stelle⟩.');
    expect(editorExtensions.map((e) => e.name)).toEqual(['textKit', 'tableKit', 'dataField']);
  });
});
