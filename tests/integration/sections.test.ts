import { getDb } from '@/db/client';
import { EDITOR_SCHEMA_VERSION } from '@/lib/editor/extensions';
import { saveSectionDraft } from '@/lib/sections/save-section-draft';
import { restoreRevision } from '@/lib/sections/revisions';
import { getSectionHistory, HISTORY_PAGE_SIZE } from '@/lib/sections/get-section-history';
import { buildConcept, doc, sectionOf, shareWithAdvisors } from '../support/concept-factories';
import { buildDistrictTeam } from '../support/district-data-factories';
import { auditEntriesFor } from '../support/factories';

async function freshSection() {
  const team = await buildDistrictTeam();
  const concept = await buildConcept(team.coordinator, team.district.id);
  // „praeambel“ has no starter content: its first save creates revision 1.
  const section = await sectionOf(concept.id, 'praeambel');
  return { team, concept, section };
}

async function revisionCount(sectionId: string) {
  const rows = await getDb().selectFrom('section_revisions').select('number').where('section_id', '=', sectionId).execute();
  return rows.length;
}

describe('Abschnitt speichern', () => {
  it('appends an immutable revision per save and moves the section to „in Arbeit“', async () => {
    const { team, concept, section } = await freshSection();
    expect(section.head_revision).toBe(0);
    const first = await saveSectionDraft(team.editor, { sectionId: section.id, baseRevision: 0, content: doc('Erster Entwurf.') });
    expect(first).toMatchObject({ revision: 1, isUnchanged: false, status: 'in_progress' });
    const second = await saveSectionDraft(team.editor, { sectionId: section.id, baseRevision: 1, content: doc('Zweiter Entwurf.') });
    expect(second.revision).toBe(2);
    const old = (await getSectionHistory(team.coordinator, concept.id, 'praeambel', { view: '1' })).viewed;
    expect(old?.content).toEqual(doc('Erster Entwurf.'));
    expect(old?.authorName).toBe(team.editor.displayName);
    expect((await auditEntriesFor(section.id)).filter((e) => e.action === 'section.save')).toHaveLength(2);
  });

  it('an unchanged text adds no revision', async () => {
    const { team, section } = await freshSection();
    await saveSectionDraft(team.editor, { sectionId: section.id, baseRevision: 0, content: doc('Gleich bleibend.') });
    const again = await saveSectionDraft(team.editor, { sectionId: section.id, baseRevision: 1, content: doc('Gleich bleibend.') });
    expect(again).toMatchObject({ revision: 1, isUnchanged: true });
    expect(await revisionCount(section.id)).toBe(1);
  });

  it('a save on an outdated base answers conflict with the current text, and stores nothing', async () => {
    const { team, section } = await freshSection();
    await saveSectionDraft(team.coordinator, { sectionId: section.id, baseRevision: 0, content: doc('Text der Koordination.') });
    const attempt = saveSectionDraft(team.editor, { sectionId: section.id, baseRevision: 0, content: doc('Text der Redaktion.') });
    await expect(attempt).rejects.toMatchObject({
      code: 'conflict',
      details: { head: { number: 1, content: doc('Text der Koordination.'), authorName: team.coordinator.displayName } },
    });
    expect(await revisionCount(section.id)).toBe(1);
  });

  it('the same text as the current head is no conflict, even on an outdated base (a late keepalive save)', async () => {
    const { team, section } = await freshSection();
    await saveSectionDraft(team.editor, { sectionId: section.id, baseRevision: 0, content: doc('Schon angekommen.') });
    const late = await saveSectionDraft(team.editor, { sectionId: section.id, baseRevision: 0, content: doc('Schon angekommen.') });
    expect(late).toMatchObject({ revision: 1, isUnchanged: true });
    expect(await revisionCount(section.id)).toBe(1);
  });

  it.each([
    ['a javascript: link', { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'klick', marks: [{ type: 'link', attrs: { href: 'javascript:alert(1)' } }] }] }] }],
    ['an unknown node', { type: 'doc', content: [{ type: 'codeBlock', content: [{ type: 'text', text: 'x' }] }] }],
    ['an oversize text', { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Wort '.repeat(60_000) }] }] }],
    ['no document at all', 'Einfach ein Text'],
  ])('rejects %s with a German message and stores nothing', async (_name, content) => {
    const { team, section } = await freshSection();
    const attempt = saveSectionDraft(team.editor, { sectionId: section.id, baseRevision: 0, content });
    await expect(attempt).rejects.toMatchObject({ code: 'invalid_input', message: expect.stringMatching(/[äöüß]|nicht|Bitte|zu/) });
    expect(await revisionCount(section.id)).toBe(0);
  });

  it('an editor of another district gets not found; an advisor may not save', async () => {
    const { team, section } = await freshSection();
    await expect(saveSectionDraft(team.foreignCoordinator, { sectionId: section.id, baseRevision: 0, content: doc('x') })).rejects.toMatchObject({ code: 'not_found' });
    await expect(saveSectionDraft(team.outsider, { sectionId: section.id, baseRevision: 0, content: doc('x') })).rejects.toMatchObject({ code: 'not_found' });
    // Permission comes before validation: what another district sends is never looked at, valid or not.
    await expect(saveSectionDraft(team.foreignCoordinator, { sectionId: section.id, baseRevision: 0, content: { type: 'script' } })).rejects.toMatchObject({ code: 'not_found' });
    // An advisor does not see a concept that was not shared with them; once shared, they read but never write.
    await expect(saveSectionDraft(team.advisor, { sectionId: section.id, baseRevision: 0, content: doc('x') })).rejects.toMatchObject({ code: 'not_found' });
    await shareWithAdvisors(team.coordinator, section.concept_id);
    await expect(saveSectionDraft(team.advisor, { sectionId: section.id, baseRevision: 0, content: doc('x') })).rejects.toMatchObject({ code: 'forbidden' });
    expect(await revisionCount(section.id)).toBe(0);
  });
});

const numbersOn = (history: Awaited<ReturnType<typeof getSectionHistory>>) => history.page.groups.flatMap((g) => g.revisions.map((r) => r.number));

describe('Verlauf, Vergleich und Wiederherstellen', () => {
  it('lists revisions newest first, diffs two of them word by word and restores by appending', async () => {
    const { team, concept, section } = await freshSection();
    await saveSectionDraft(team.editor, { sectionId: section.id, baseRevision: 0, content: doc('Der Hund bellt laut.') });
    await saveSectionDraft(team.editor, { sectionId: section.id, baseRevision: 1, content: doc('Der Hund schläft leise.') });
    await shareWithAdvisors(team.coordinator, section.concept_id);
    const history = await getSectionHistory(team.advisor, concept.id, 'praeambel', { from: '1', to: '2' });
    expect(numbersOn(history)).toEqual([2, 1]);
    expect(history.page.groups).toHaveLength(1);
    expect(history.canEdit).toBe(false);

    const segments = history.compare!.blocks.flatMap((b) => b.segments);
    const text = (type: string) => segments.filter((s) => s.type === type).map((s) => s.text).join('|');
    expect(text('delete')).toMatch(/bellt laut/);
    expect(text('insert')).toMatch(/schläft leise/);
    expect(text('equal')).toMatch(/Der Hund/);
    expect(text('equal')).not.toMatch(/bellt|schläft/);

    await expect(restoreRevision(team.advisor, { sectionId: section.id, revision: 1 })).rejects.toMatchObject({ code: 'forbidden' });
    const restored = await restoreRevision(team.editor, { sectionId: section.id, revision: 1 });
    expect(restored.revision).toBe(3);
    const after = await getSectionHistory(team.editor, concept.id, 'praeambel', { view: '3' });
    expect(after.viewed?.content).toEqual(doc('Der Hund bellt laut.'));
    expect(after.page.groups[0]!.first).toMatchObject({ number: 3, kind: 'restore', restoredFrom: 1 });
    expect(numbersOn(after)).toEqual([3, 2, 1]);
    await expect(restoreRevision(team.editor, { sectionId: section.id, revision: 3 })).rejects.toMatchObject({ code: 'invalid_input' });
    await expect(restoreRevision(team.editor, { sectionId: section.id, revision: 99 })).rejects.toMatchObject({ code: 'not_found' });
    await expect(getSectionHistory(team.foreignCoordinator, concept.id, 'praeambel', { view: '1' })).rejects.toMatchObject({ code: 'not_found' });
    expect((await auditEntriesFor(section.id)).map((e) => e.action)).toContain('section.restore');
  });

  it('pages a long history, jumps to a number or a day and answers unknown numbers beside the form', async () => {
    const { team, concept, section } = await freshSection();
    // 250 revisions written directly (saving them one by one would only slow the test down).
    const base = Date.UTC(2026, 10, 2, 8, 0, 0); // 02.11.2026, 09:00 in Berlin
    await getDb()
      .insertInto('section_revisions')
      .values(
        Array.from({ length: 250 }, (_, i) => ({
          section_id: section.id,
          district_id: team.district.id,
          number: i + 1,
          content: JSON.stringify(doc(`Stand ${i + 1}`)),
          content_hash: `hash-${i + 1}`,
          text_chars: 7,
          kind: 'edit',
          author_id: team.editor.userId,
          schema_version: EDITOR_SCHEMA_VERSION,
          // One revision per hour from 09:00: revision 15 (23:00) is the last of 02.11., 16 the first of 03.11.
          created_at: new Date(base + i * 3_600_000),
        })),
      )
      .execute();
    await getDb().updateTable('sections').set({ head_revision: 250 }).where('id', '=', section.id).execute();

    const first = await getSectionHistory(team.editor, concept.id, 'praeambel');
    expect(numbersOn(first)).toHaveLength(HISTORY_PAGE_SIZE);
    expect(numbersOn(first)[0]).toBe(250);
    expect(first.page.newer).toBeNull();
    expect(first.page.older).toBe(150);
    expect(first.selected).toEqual({ from: 249, to: 250 });

    const last = await getSectionHistory(team.editor, concept.id, 'praeambel', { upTo: '50' });
    expect(numbersOn(last)).toEqual(Array.from({ length: 50 }, (_, i) => 50 - i));
    expect(last.page.older).toBeNull();
    expect(last.page.newer).toBe(150);

    const jumped = await getSectionHistory(team.editor, concept.id, 'praeambel', { number: '123' });
    expect(numbersOn(jumped)[0]).toBe(123);
    // "Stand vom 02.11.2026": the last revision saved that day (Berlin time), not one of the next morning.
    const byDay = await getSectionHistory(team.editor, concept.id, 'praeambel', { date: '2026-11-02' });
    expect(numbersOn(byDay)[0]).toBe(15);
    const before = await getSectionHistory(team.editor, concept.id, 'praeambel', { date: '2026-10-01' });
    expect(before.problems).toEqual([{ field: 'date', message: expect.stringMatching(/noch keine Version/) }]);

    const distant = await getSectionHistory(team.editor, concept.id, 'praeambel', { from: '2', to: '240' });
    expect(distant.compare?.from.number).toBe(2);
    const unknown = await getSectionHistory(team.editor, concept.id, 'praeambel', { from: '0', to: '9999', number: 'abc' });
    expect(unknown.compare).toBeNull();
    expect(unknown.problems.map((p) => p.field).sort()).toEqual(['from', 'number', 'to']);
    expect(unknown.problems[0]!.message).toMatch(/möglich sind die Nummern 1 bis 250/);
  });
});
