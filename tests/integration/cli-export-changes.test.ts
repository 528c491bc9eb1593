import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { saveSectionDraft } from '@/lib/sections/save-section-draft';
import { submitConceptForReview } from '@/lib/workflow/submit-concept-for-review';
import { withdrawSubmission } from '@/lib/workflow/withdraw-submission';
import { readDocx, xmlText } from '../export/support';
import { buildConcept, doc, sectionOf } from '../support/concept-factories';
import { buildDistrictTeam } from '../support/district-data-factories';

const ROOT = path.resolve(__dirname, '../..');
const run = (args: string[]) =>
  promisify(execFile)(process.execPath, [path.join(ROOT, 'node_modules/tsx/dist/cli.mjs'), 'lib/cli/export.ts', ...args], { cwd: ROOT, env: process.env });

describe('npm run export -- --synopse / --redline', () => {
  let dir: string;
  let conceptId: string;

  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'skw-export-changes-'));
    const team = await buildDistrictTeam();
    conceptId = (await buildConcept(team.coordinator, team.district.id, { title: 'Gewaltschutzkonzept Kommandozeile' })).id;
    const write = async (text: string) => {
      const section = await sectionOf(conceptId, 'praeambel');
      await saveSectionDraft(team.editor, { sectionId: section.id, baseRevision: section.head_revision, content: doc(text) });
    };
    await write('Die erste Fassung des Leitbilds.');
    await submitConceptForReview(team.coordinator, { conceptId });
    await withdrawSubmission(team.coordinator, { conceptId });
    await write('Die zweite Fassung des Leitbilds.');
    await submitConceptForReview(team.coordinator, { conceptId });
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('writes the Synopse and the redline of Fassung 1 → Fassung 2 through the same use cases as the buttons', async () => {
    const synopse = path.join(dir, 'synopse.docx');
    await run(['--concept', conceptId, '--synopse', '1', '--fassung', '2', '--out', synopse]);
    const synopseText = xmlText(readDocx(fs.readFileSync(synopse)).part('word/document.xml'));
    expect(synopseText).toContain('bisherige Fassung');
    expect(synopseText).toContain('Die erste Fassung des Leitbilds.');
    expect(synopseText).toContain('Die zweite Fassung des Leitbilds.');

    const redline = path.join(dir, 'redline.docx');
    await run(['--concept', conceptId, '--redline', '1', '--out', redline]);
    const xml = readDocx(fs.readFileSync(redline)).part('word/document.xml');
    expect(xml).toMatch(/<w:del [^>]*><w:r>(?:(?!<\/w:r>).)*<w:delText[^>]*>erste<\/w:delText>/);
    expect(xml).toMatch(/<w:ins [^>]*><w:r>(?:(?!<\/w:r>).)*<w:t[^>]*>zweite<\/w:t>/);
  }, 180_000);

  it('names an unknown Fassung in German', async () => {
    await expect(run(['--concept', conceptId, '--synopse', '5', '--out', path.join(dir, 'x.docx')])).rejects.toMatchObject({
      stderr: expect.stringContaining('Fassung 5 gibt es nicht.'),
    });
  }, 120_000);
});
