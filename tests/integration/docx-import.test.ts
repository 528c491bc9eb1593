import { getDb } from '@/db/client';
import { DEMO_CONCEPT } from '@/lib/demo/demo-concept-content';
import type { TiptapDoc } from '@/lib/editor/types';
import { validateRichText } from '@/lib/editor/validate-content';
import { renderDocx } from '@/lib/export/render-docx';
import { dismissImportSummary } from '@/lib/import/dismiss-import-summary';
import { UNASSIGNED_HEADING, createConceptFromDocx, previewDocxImport } from '@/lib/import/import-docx';
import { readImportSummary } from '@/lib/import/import-summary';
import { getSectionHistory } from '@/lib/sections/get-section-history';
import { blocksToTiptap } from '@/lib/templates';
import { buildDistrictTeam } from '../support/district-data-factories';
import { auditEntriesFor } from '../support/factories';
import { modelWith, paragraphs, readDocx } from '../export/support';

const demoContents = () =>
  Object.fromEntries(DEMO_CONCEPT.sections.map((s) => [s.key, validateRichText(blocksToTiptap(s.blocks, { today: '25.11.2026' }))])) as Record<string, TiptapDoc>;

async function headContent(conceptId: string, key: string) {
  return getDb()
    .selectFrom('sections')
    .innerJoin('section_revisions', (j) => j.onRef('section_revisions.section_id', '=', 'sections.id').onRef('section_revisions.number', '=', 'sections.head_revision'))
    .select(['section_revisions.content', 'section_revisions.kind', 'section_revisions.author_id', 'section_revisions.number'])
    .where('sections.concept_id', '=', conceptId)
    .where('sections.key', '=', key)
    .executeTakeFirst();
}

/** Paragraph texts of each exported section, by its heading (numbers included). */
function sectionTexts(documentXml: string): Map<string, string[]> {
  const out = new Map<string, string[]>();
  let current: string[] | null = null;
  for (const p of paragraphs(documentXml)) {
    if (p.style === 'Heading1' || p.style === 'Heading2') {
      current = [];
      out.set(p.text, current);
    } else if (current && p.text.trim() !== '') current.push(p.text);
  }
  return out;
}

const createInput = (districtId: string) => ({
  districtId,
  templateId: 'gewaltschutz-gu',
  title: 'Gewaltschutzkonzept aus Word',
  responsible: 'Fachdienst Soziales',
  facilityIds: [],
});

describe('Konzept aus einer Word-Datei anlegen', () => {
  it('round trip: the app’s own export comes back with every section where it came from and the same text', async () => {
    const team = await buildDistrictTeam();
    const original = demoContents();
    const exported = await renderDocx(modelWith(original));
    const file = { name: 'Konzept Musterland.docx', bytes: exported };

    const preview = await previewDocxImport(team.coordinator, { districtId: team.district.id, templateId: 'gewaltschutz-gu', file });
    const suggestedKeys = preview.parts.map((p) => p.suggestedKey);
    for (const key of Object.keys(original)) expect(suggestedKeys).toContain(key);
    // The cover page comes before the first heading and stays unassigned; nothing is reported missing.
    expect(preview.parts[0]).toMatchObject({ title: 'Text vor der ersten Überschrift', suggestedKey: '' });
    expect(preview.notTaken.filter((n) => !n.startsWith('Inhaltsverzeichnis'))).toEqual([]);

    const concept = await createConceptFromDocx(
      team.coordinator,
      { ...createInput(team.district.id), fileHash: preview.fileHash, assignment: suggestedKeys },
      file,
    );
    const imported: Record<string, TiptapDoc> = {};
    for (const key of Object.keys(original)) {
      const head = await headContent(concept.id, key);
      expect(head).toMatchObject({ kind: 'import', number: 1, author_id: team.coordinatorId });
      imported[key] = head!.content as unknown as TiptapDoc;
    }
    // The same sections exported again read exactly like the original document.
    const again = readDocx(await renderDocx(modelWith(imported)));
    const first = readDocx(exported);
    const before = sectionTexts(first.part('word/document.xml'));
    const reexported = sectionTexts(again.part('word/document.xml'));
    expect([...reexported.keys()]).toEqual([...before.keys()]);
    for (const [heading, texts] of before) expect({ heading, texts: reexported.get(heading) }).toEqual({ heading, texts });

    // The unassigned cover text is kept in „Anlagen“ under its own heading.
    const anlagen = JSON.stringify((await headContent(concept.id, 'anlagen'))?.content);
    expect(anlagen).toContain(UNASSIGNED_HEADING);
    expect(anlagen).toContain('Landkreis Testhausen');

    const row = await getDb().selectFrom('concepts').select(['import_file_name', 'import_summary']).where('id', '=', concept.id).executeTakeFirstOrThrow();
    expect(row.import_file_name).toBe('Konzept Musterland.docx');
    const summary = readImportSummary(row.import_summary);
    expect(summary?.sections.map((s) => s.key)).toEqual(expect.arrayContaining(Object.keys(original)));
    expect(summary?.unassigned).toContain('Text vor der ersten Überschrift');
    expect((await auditEntriesFor(concept.id))[0]?.details).toMatchObject({ importedFrom: 'Konzept Musterland.docx' });

    // The history names the file; sections without imported text keep the template's starter.
    const history = await getSectionHistory(team.coordinator, concept.id, 'praeambel', {});
    expect(history.concept.importFileName).toBe('Konzept Musterland.docx');
    expect((await headContent(concept.id, 'intervention-lsbti'))?.kind).toBe('template');

    // The summary stays until a coordinator dismisses it; the editor may not.
    await expect(dismissImportSummary(team.editor, concept.id)).rejects.toMatchObject({ code: 'forbidden' });
    await expect(dismissImportSummary(team.foreignCoordinator, concept.id)).rejects.toMatchObject({ code: 'not_found' });
    await dismissImportSummary(team.coordinator, concept.id);
    const after = await getDb().selectFrom('concepts').select(['import_file_name', 'import_summary']).where('id', '=', concept.id).executeTakeFirstOrThrow();
    expect(after).toEqual({ import_file_name: 'Konzept Musterland.docx', import_summary: null });
  });

  it('a reassigned part lands in the chosen section; a changed file or an unknown section is refused and nothing is created', async () => {
    const team = await buildDistrictTeam();
    const exported = await renderDocx(modelWith({ praeambel: demoContents().praeambel! , beschwerdemanagement: demoContents().beschwerdemanagement! }));
    const file = { name: 'alt.docx', bytes: exported };
    const preview = await previewDocxImport(team.coordinator, { districtId: team.district.id, templateId: 'gewaltschutz-gu', file });
    const praeambel = preview.parts.findIndex((p) => p.suggestedKey === 'praeambel');
    const assignment = preview.parts.map((p) => p.suggestedKey);
    assignment[praeambel] = 'kurzfassung';

    const count = async () => (await getDb().selectFrom('concepts').select('id').where('district_id', '=', team.district.id).execute()).length;
    await expect(
      createConceptFromDocx(team.coordinator, { ...createInput(team.district.id), fileHash: 'a'.repeat(64), assignment }, file),
    ).rejects.toMatchObject({ code: 'invalid_input', message: expect.stringContaining('seit der Vorschau geändert') });
    await expect(
      createConceptFromDocx(team.coordinator, { ...createInput(team.district.id), fileHash: preview.fileHash, assignment: assignment.map(() => 'gibt-es-nicht') }, file),
    ).rejects.toMatchObject({ code: 'invalid_input' });
    expect(await count()).toBe(0);

    const concept = await createConceptFromDocx(team.coordinator, { ...createInput(team.district.id), fileHash: preview.fileHash, assignment }, file);
    expect(JSON.stringify((await headContent(concept.id, 'kurzfassung'))?.content)).toContain('Haltung');
    expect((await headContent(concept.id, 'praeambel'))?.kind).not.toBe('import');
  });

  it('only coordinators of the district import: the editor is refused, another district gets not found', async () => {
    const team = await buildDistrictTeam();
    const file = { name: 'k.docx', bytes: await renderDocx(modelWith({ praeambel: demoContents().praeambel! })) };
    const input = { districtId: team.district.id, templateId: 'gewaltschutz-gu', file };
    await expect(previewDocxImport(team.editor, input)).rejects.toMatchObject({ code: 'forbidden' });
    await expect(previewDocxImport(team.advisor, input)).rejects.toMatchObject({ code: 'forbidden' });
    await expect(previewDocxImport(team.foreignCoordinator, input)).rejects.toMatchObject({ code: 'not_found' });
    await expect(previewDocxImport(team.outsider, input)).rejects.toMatchObject({ code: 'not_found' });
    const create = { ...createInput(team.district.id), fileHash: '0'.repeat(64), assignment: [] };
    await expect(createConceptFromDocx(team.editor, create, file)).rejects.toMatchObject({ code: 'forbidden' });
    await expect(createConceptFromDocx(team.foreignCoordinator, create, file)).rejects.toMatchObject({ code: 'not_found' });
    expect(await getDb().selectFrom('concepts').select('id').where('district_id', '=', team.district.id).execute()).toHaveLength(0);
  });
});
