import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { getDb } from '@/db/client';
import type { Actor } from '@/lib/access';
import { redactComment } from '@/lib/comments/redact-comment';
import { resolveThread } from '@/lib/comments/resolve-threads';
import { addComment, replyToComment } from '@/lib/comments/write-comments';
import { buildTextMap } from '@/lib/comments/text-map';
import type { TiptapDoc } from '@/lib/editor/types';
import { exportConceptDocx, type ExportConceptInput } from '@/lib/export/export-concept-docx';
import { saveSectionDraft } from '@/lib/sections/save-section-draft';
import { formatDateTime } from '@/lib/shared/date-format';
import { requestChanges } from '@/lib/workflow/give-review-outcome';
import { submitConceptForReview } from '@/lib/workflow/submit-concept-for-review';
import { buildConcept, doc, sectionOf, shareWithAdvisors } from '../support/concept-factories';
import { buildDistrictTeam, type DistrictTeam } from '../support/district-data-factories';
import { buildAdvisor, actorFor } from '../support/factories';
import { hasSoffice, renderPdf, tocAsRendered } from './pdf-support';
import { paragraphs, readDocx, tocEntries, xmlText, type DocxParts } from './support';

// Skipped only when LibreOffice or poppler is missing; CI installs both.
const maybe = hasSoffice ? it : it.skip;

jest.setTimeout(120_000);

const QUOTE = 'Beschwerdebriefkasten im Erdgeschoss';
const DELETED = 'Der Briefkasten wird täglich geleert.';
/** Stored text with a data field inside the commented sentence: the DOCX shows its value there. */
const ORIGINAL: TiptapDoc = {
  type: 'doc',
  content: [
    { type: 'paragraph', content: [{ type: 'text', text: 'Die Unterkunft hat einen Beschwerdebriefkasten im Erdgeschoss.' }] },
    {
      type: 'paragraph',
      content: [
        { type: 'text', text: 'Zuständig ist ' },
        { type: 'dataField', attrs: { name: 'concept.responsible' } },
        { type: 'text', text: ' im Kreishaus.' },
      ],
    },
    { type: 'paragraph', content: [{ type: 'text', text: DELETED }] },
  ],
};

async function save(actor: Actor, sectionId: string, content: TiptapDoc) {
  const head = await getDb().selectFrom('sections').select('head_revision').where('id', '=', sectionId).executeTakeFirstOrThrow();
  return saveSectionDraft(actor, { sectionId, baseRevision: head.head_revision, content });
}

function rangeOf(content: TiptapDoc, quote: string, revision: number) {
  const text = buildTextMap(content).text;
  const start = text.indexOf(quote);
  if (start < 0) throw new Error(`quote ${quote} missing`);
  return { revision, start, end: start + quote.length };
}

/**
 * A shared concept in review: an advisor's hint on a passage with a reply, resolved with a disposition;
 * a coordinator's comment on a passage with a data field; a comment on the whole section; a comment on a
 * sentence that the editor then deleted; a comment whose text was removed for data protection.
 */
async function conceptInReview(team: DistrictTeam) {
  const concept = await buildConcept(team.coordinator, team.district.id, { title: 'Gewaltschutzkonzept Testhausen' });
  const section = await sectionOf(concept.id, 'beschwerdemanagement');
  await saveSectionDraft(team.editor, { sectionId: section.id, baseRevision: section.head_revision, content: ORIGINAL });
  await shareWithAdvisors(team.coordinator, concept.id);
  const revision = (await sectionOf(concept.id, 'beschwerdemanagement')).head_revision;

  const hint = await addComment(team.advisor, { sectionId: section.id, body: 'Wer leert den Briefkasten,\nund wie oft?', range: rangeOf(ORIGINAL, QUOTE, revision) });
  await replyToComment(team.editor, { threadId: hint.threadId, body: 'Die Sozialarbeit, werktäglich.' });
  const field = await addComment(team.coordinator, {
    sectionId: section.id,
    body: 'Stimmt die Zuständigkeit noch?',
    range: rangeOf(ORIGINAL, 'Zuständig ist \uFFFC', revision),
  });
  const whole = await addComment(team.advisor, { sectionId: section.id, body: 'Der Abschnitt ist insgesamt schlüssig.' });
  const gone = await addComment(team.advisor, { sectionId: section.id, body: 'Wer kontrolliert das?', range: rangeOf(ORIGINAL, DELETED, revision) });
  const redacted = await addComment(team.advisor, { sectionId: section.id, body: 'Frau A. aus Zimmer 12 hat sich beschwert.' });
  await redactComment(team.coordinator, { commentId: redacted.commentId });
  await resolveThread(team.coordinator, { threadId: hint.threadId, disposition: 'uebernommen', reason: 'Leerung ergänzt.' });
  await save(team.editor, section.id, { ...ORIGINAL, content: ORIGINAL.content.slice(0, 2) });
  return { concept, section, threads: { hint, field, whole, gone, redacted } };
}

interface WordComment {
  id: string;
  author: string;
  date: string;
  text: string;
  paraId: string | undefined;
}

function wordComments(docx: DocxParts): WordComment[] {
  return [...docx.part('word/comments.xml').matchAll(/<w:comment w:id="(\d+)"[^>]*>([\s\S]*?)<\/w:comment>/g)].map((m) => {
    const attrs = m[0].slice(0, m[0].indexOf('>'));
    const paras = paragraphs(m[2]!);
    return {
      id: m[1]!,
      author: /w:author="([^"]*)"/.exec(attrs)?.[1] ?? '',
      date: /w:date="([^"]*)"/.exec(attrs)?.[1] ?? '',
      text: paras.map((p) => p.text).join('\n'),
      paraId: /w14:paraId="([^"]+)"/.exec(paras[paras.length - 1]?.xml ?? '')?.[1],
    };
  });
}

/** w15:commentEx entries by paraId: the parent's paraId and the done flag. */
function threading(docx: DocxParts): Map<string, { parent: string | undefined; done: string | undefined }> {
  return new Map(
    [...docx.part('word/commentsExtended.xml').matchAll(/<w15:commentEx ([^>]*)\/>/g)].map((m) => [
      /w15:paraId="([^"]+)"/.exec(m[1]!)![1]!,
      { parent: /w15:paraIdParent="([^"]+)"/.exec(m[1]!)?.[1], done: /w15:done="([^"]+)"/.exec(m[1]!)?.[1] },
    ]),
  );
}

/** The document text a comment spans (its commentRangeStart to its commentRangeEnd). */
function anchoredText(documentXml: string, id: string): string {
  const start = documentXml.indexOf(`<w:commentRangeStart w:id="${id}"/>`);
  const end = documentXml.indexOf(`<w:commentRangeEnd w:id="${id}"/>`);
  if (start < 0 || end < start) return '';
  return xmlText(documentXml.slice(start, end));
}

const byText = (comments: WordComment[], part: string) => {
  const found = comments.find((c) => c.text.includes(part));
  if (!found) throw new Error(`no comment with „${part}“ in ${comments.map((c) => c.text).join(' | ')}`);
  return found;
};

async function exportWith(actor: Actor, input: ExportConceptInput) {
  return readDocx((await exportConceptDocx(actor, { tocPageNumbers: false, ...input })).buffer);
}

/** The comments as LibreOffice reads them (converted to flat ODT): author, text and whether each is resolved. */
function libreOfficeComments(buffer: Uint8Array): Array<{ author: string; text: string; isResolved: boolean }> {
  const dir = mkdtempSync(path.join(tmpdir(), 'skw-comments-'));
  try {
    writeFileSync(path.join(dir, 'export.docx'), buffer);
    execFileSync('soffice', [`-env:UserInstallation=file://${path.join(dir, 'profile')}`, '--headless', '--convert-to', 'fodt', '--outdir', dir, path.join(dir, 'export.docx')], {
      stdio: 'ignore',
      timeout: 120_000,
    });
    const fodt = readFileSync(path.join(dir, 'export.fodt'), 'utf8');
    return [...fodt.matchAll(/<office:annotation( [^>]*)?>([\s\S]*?)<\/office:annotation>/g)].map((m) => ({
      author: /<dc:creator>([^<]*)<\/dc:creator>/.exec(m[2]!)?.[1] ?? '',
      text: [...m[2]!.matchAll(/<text:p[^>]*>([\s\S]*?)<\/text:p>/g)].map((p) => p[1]!.replace(/<[^>]+>/g, '')).join('\n'),
      isResolved: /loext:resolved="true"/.test(m[1] ?? ''),
    }));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe('Kommentare als Word-Kommentare exportieren', () => {
  it('puts each comment on its passage, replies under it, erledigt threads done, the rest on the heading', async () => {
    const team = await buildDistrictTeam();
    const { concept, threads } = await conceptInReview(team);
    const docx = await exportWith(team.advisor, { conceptId: concept.id, comments: true });
    const xml = docx.part('word/document.xml');
    const comments = wordComments(docx);

    // The hint spans its quote exactly, with the author's name and the time as the app shows it (Berlin).
    const hint = byText(comments, 'Wer leert den Briefkasten');
    expect(hint.text).toBe('Nr. 1 (DeBUG-Beratung): Wer leert den Briefkasten,\nund wie oft?');
    expect(hint.author).toBe(team.advisor.displayName);
    expect(anchoredText(xml, hint.id)).toBe(QUOTE);
    const written = await getDb().selectFrom('comments').select('created_at').where('id', '=', threads.hint.commentId).executeTakeFirstOrThrow();
    const [day, time] = formatDateTime(written.created_at).split(', ');
    expect(hint.date.slice(0, 16)).toBe(`${day!.split('.').reverse().join('-')}T${time}`);
    // The reply and the resolution are threaded under it, and all three are done.
    const reply = byText(comments, 'Die Sozialarbeit');
    const resolution = byText(comments, 'Erledigt – übernommen: Leerung ergänzt.');
    expect(reply.author).toBe(team.editor.displayName);
    expect(resolution.author).toBe(team.coordinator.displayName);
    const ex = threading(docx);
    expect(ex.get(hint.paraId!)).toEqual({ parent: undefined, done: '1' });
    expect(ex.get(reply.paraId!)).toEqual({ parent: hint.paraId, done: '1' });
    expect(ex.get(resolution.paraId!)).toEqual({ parent: hint.paraId, done: '1' });
    // Word and LibreOffice show a reply where its own range is: the same passage.
    expect(anchoredText(xml, reply.id)).toBe(QUOTE);

    // A passage with a data field spans the field's value in the document; open threads are not done.
    const field = byText(comments, 'Stimmt die Zuständigkeit');
    expect(anchoredText(xml, field.id)).toBe('Zuständig ist Fachdienst Soziales');
    expect(ex.get(field.paraId!)).toEqual({ parent: undefined, done: '0' });

    // The section comment, the detached one (with its quote) and the redacted one sit on the heading.
    const heading = paragraphs(xml).find((p) => p.style === 'Heading1' && p.text.includes('Beschwerdemanagement'))!;
    const whole = byText(comments, 'insgesamt schlüssig');
    const gone = byText(comments, 'Wer kontrolliert das?');
    const redacted = byText(comments, 'Text aus Datenschutzgründen entfernt');
    expect(gone.text).toContain(`Textstelle nicht mehr vorhanden: „${DELETED}“`);
    expect(redacted.text).not.toContain('Zimmer 12');
    for (const c of [whole, gone, redacted]) {
      expect(heading.xml).toContain(`<w:commentRangeStart w:id="${c.id}"/>`);
      expect(heading.xml).toContain(`<w:commentReference w:id="${c.id}"/>`);
    }
    // Every comment is somewhere in the text.
    for (const c of comments) expect(xml).toContain(`<w:commentReference w:id="${c.id}"/>`);
    expect(xml).not.toContain('Zimmer 12');
  });

  it('without the option the file has no comments at all', async () => {
    const team = await buildDistrictTeam();
    const { concept } = await conceptInReview(team);
    const docx = await exportWith(team.coordinator, { conceptId: concept.id });
    expect(docx.names.filter((n) => /comments/i.test(n))).toEqual([]);
    expect(docx.part('word/document.xml')).not.toContain('commentRangeStart');
    expect(docx.part('[Content_Types].xml')).not.toContain('comments');
  });

  it('a Fassung carries the comments on its own text, even where the current text has lost the passage', async () => {
    const team = await buildDistrictTeam();
    const concept = await buildConcept(team.coordinator, team.district.id);
    const section = await sectionOf(concept.id, 'beschwerdemanagement');
    await saveSectionDraft(team.editor, { sectionId: section.id, baseRevision: section.head_revision, content: ORIGINAL });
    await shareWithAdvisors(team.coordinator, concept.id);
    await submitConceptForReview(team.coordinator, { conceptId: concept.id });
    const frozen = (await sectionOf(concept.id, 'beschwerdemanagement')).head_revision;
    await addComment(team.advisor, { sectionId: section.id, body: 'Wie oft wird geleert?', range: rangeOf(ORIGINAL, DELETED, frozen) });
    await requestChanges(team.advisor, { conceptId: concept.id, note: 'Bitte überarbeiten.' });
    // The revision puts a sentence before the passage and deletes the commented one.
    await save(team.editor, section.id, doc('Neu vorangestellt.', 'Die Unterkunft hat einen Beschwerdebriefkasten im Erdgeschoss.'));

    const fassung = await exportWith(team.coordinator, { conceptId: concept.id, comments: true, source: { kind: 'version', number: 1 } });
    const onFassung = byText(wordComments(fassung), 'Wie oft wird geleert?');
    expect(anchoredText(fassung.part('word/document.xml'), onFassung.id)).toBe(DELETED);
    expect(onFassung.text).not.toContain('Textstelle nicht mehr vorhanden');

    const current = await exportWith(team.coordinator, { conceptId: concept.id, comments: true });
    const onDraft = byText(wordComments(current), 'Wie oft wird geleert?');
    expect(onDraft.text).toContain(`Textstelle nicht mehr vorhanden: „${DELETED}“`);
    expect(anchoredText(current.part('word/document.xml'), onDraft.id)).toContain('Beschwerdemanagement');

    // A comment written on Fassung 2 is about its text: Fassung 1's document does not carry it, Fassung 2's does.
    await submitConceptForReview(team.coordinator, { conceptId: concept.id });
    const second = (await sectionOf(concept.id, 'beschwerdemanagement')).head_revision;
    const now = doc('Neu vorangestellt.', 'Die Unterkunft hat einen Beschwerdebriefkasten im Erdgeschoss.');
    await addComment(team.advisor, { sectionId: section.id, body: 'Gut vorangestellt.', range: rangeOf(now, 'Neu vorangestellt.', second) });
    const first = wordComments(await exportWith(team.coordinator, { conceptId: concept.id, comments: true, source: { kind: 'version', number: 1 } }));
    expect(first.map((c) => c.text).join('|')).not.toContain('Gut vorangestellt.');
    const fassung2 = await exportWith(team.coordinator, { conceptId: concept.id, comments: true, source: { kind: 'version', number: 2 } });
    const later = byText(wordComments(fassung2), 'Gut vorangestellt.');
    expect(anchoredText(fassung2.part('word/document.xml'), later.id)).toBe('Neu vorangestellt.');
  });

  maybe('LibreOffice opens the file with its text, and the TOC page numbers stay right: comments do not change the pages', async () => {
    const team = await buildDistrictTeam();
    const { concept } = await conceptInReview(team);
    const commented = await exportConceptDocx(team.coordinator, { conceptId: concept.id, comments: true });
    const plain = await exportConceptDocx(team.coordinator, { conceptId: concept.id });
    expect(commented.tocPageNumbers).toBe(true);
    const entries = tocEntries(readDocx(commented.buffer).part('word/document.xml'));
    expect(entries).toEqual(tocEntries(readDocx(plain.buffer).part('word/document.xml')));

    const pdf = renderPdf(commented.buffer);
    const text = pdf.pages.join('\n').replace(/\s+/g, ' ');
    expect(text).toContain('Zuständig ist Fachdienst Soziales im Kreishaus.');
    // The comments stay beside the text (Word's and LibreOffice's comment pane), not on the printed page.
    expect(text).not.toContain('Wer leert den Briefkasten');
    expect(pdf.pages.length).toBe(renderPdf(plain.buffer).pages.length);
    for (const { entry, shown, headingOn } of tocAsRendered(pdf.pages, entries)) expect({ entry, shown }).toEqual({ entry, shown: String(headingOn) });

    // LibreOffice reads every comment, replies included, with the erledigt thread resolved.
    const read = libreOfficeComments(commented.buffer);
    expect(read).toHaveLength(wordComments(readDocx(commented.buffer)).length);
    expect(read.find((c) => c.text.includes('Wer leert den Briefkasten'))).toMatchObject({ author: team.advisor.displayName, isResolved: true });
    expect(read.find((c) => c.text.includes('Die Sozialarbeit'))).toMatchObject({ author: team.editor.displayName, isResolved: true });
    expect(read.find((c) => c.text.includes('Stimmt die Zuständigkeit'))).toMatchObject({ isResolved: false });
  }, 300_000);

  it('another district, an advisor of another district and a non-shared concept answer not found', async () => {
    const team = await buildDistrictTeam();
    const { concept } = await conceptInReview(team);
    const strangerAdvisor = await actorFor((await buildAdvisor([])).id);
    for (const actor of [team.foreignCoordinator, team.outsider, strangerAdvisor]) {
      await expect(exportConceptDocx(actor, { conceptId: concept.id, comments: true, tocPageNumbers: false })).rejects.toMatchObject({ code: 'not_found' });
    }
    const unshared = await buildConcept(team.coordinator, team.district.id);
    await expect(exportConceptDocx(team.advisor, { conceptId: unshared.id, comments: true, tocPageNumbers: false })).rejects.toMatchObject({ code: 'not_found' });
    await expect(exportConceptDocx(team.coordinator, { conceptId: concept.id, comments: 'ja', tocPageNumbers: false } as never)).rejects.toMatchObject({
      code: 'invalid_input',
    });
  });
});
