import { getDb } from '@/db/client';
import { addComment } from '@/lib/comments/write-comments';
import { buildTextMap } from '@/lib/comments/text-map';
import * as wordDiff from '@/lib/diff/word-diff';
import { saveSectionDraft } from '@/lib/sections/save-section-draft';
import { shareConcept } from '@/lib/workflow/share-concept';
import { buildConcept, doc, sectionOf } from '../support/concept-factories';
import { buildDistrictTeam } from '../support/district-data-factories';

jest.mock('@/lib/diff/word-diff', () => {
  const actual = jest.requireActual<typeof import('@/lib/diff/word-diff')>('@/lib/diff/word-diff');
  return { ...actual, diffWords: jest.fn(actual.diffWords) };
});

// A save moves the section's comments while it holds the section's row lock (and other saves and
// the submission wait). The word diff of a long rewritten section costs up to a few hundred
// milliseconds: it must run once per save, not once per comment.
describe('Kommentare beim Speichern verschieben', () => {
  it('one save with twelve comments on the section diffs the texts once and keeps every comment on its text', async () => {
    const team = await buildDistrictTeam();
    const concept = await buildConcept(team.coordinator, team.district.id);
    await shareConcept(team.coordinator, { conceptId: concept.id });
    const section = await sectionOf(concept.id, 'personal');
    const paragraphs = Array.from({ length: 12 }, (_, i) => `Absatz ${i}: Die Fachkraft Nummer ${i} ist für Aufgabe ${i} zuständig.`);
    const first = await saveSectionDraft(team.editor, { sectionId: section.id, baseRevision: section.head_revision, content: doc(...paragraphs) });
    const text = buildTextMap(doc(...paragraphs)).text;
    for (let i = 0; i < 12; i++) {
      const quote = `Fachkraft Nummer ${i} `;
      const start = text.indexOf(quote);
      await addComment(team.advisor, { sectionId: section.id, body: `Hinweis ${i}`, range: { revision: first.revision, start, end: start + quote.length - 1 } });
    }
    (wordDiff.diffWords as jest.Mock).mockClear();
    await saveSectionDraft(team.editor, { sectionId: section.id, baseRevision: first.revision, content: doc('Vorweg ein neuer Absatz.', ...paragraphs) });
    expect(wordDiff.diffWords).toHaveBeenCalledTimes(1);
    const newText = buildTextMap(doc('Vorweg ein neuer Absatz.', ...paragraphs)).text;
    const threads = await getDb().selectFrom('comment_threads').select(['anchor', 'is_detached']).where('section_id', '=', section.id).execute();
    expect(threads).toHaveLength(12);
    for (const thread of threads) {
      expect(thread.is_detached).toBe(false);
      expect(newText.slice(thread.anchor!.start, thread.anchor!.end)).toBe(thread.anchor!.exact);
      expect(thread.anchor!.exact).toMatch(/^Fachkraft Nummer \d+$/);
    }
  });
});
