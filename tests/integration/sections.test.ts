import { getDb } from '@/db/client';
import { saveSectionDraft } from '@/lib/sections/save-section-draft';
import { diffRevisions, getRevision, listRevisions, restoreRevision } from '@/lib/sections/revisions';
import { groupRevisions } from '@/lib/sections/group-revisions';
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
    const { team, section } = await freshSection();
    expect(section.head_revision).toBe(0);
    const first = await saveSectionDraft(team.editor, { sectionId: section.id, baseRevision: 0, content: doc('Erster Entwurf.') });
    expect(first).toMatchObject({ revision: 1, isUnchanged: false, status: 'in_progress' });
    const second = await saveSectionDraft(team.editor, { sectionId: section.id, baseRevision: 1, content: doc('Zweiter Entwurf.') });
    expect(second.revision).toBe(2);
    const old = await getRevision(team.coordinator, section.id, 1);
    expect(old.content).toEqual(doc('Erster Entwurf.'));
    expect(old.author_name).toBe(team.editor.displayName);
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

describe('Verlauf, Vergleich und Wiederherstellen', () => {
  it('lists revisions newest first, diffs two of them word by word and restores by appending', async () => {
    const { team, section } = await freshSection();
    await saveSectionDraft(team.editor, { sectionId: section.id, baseRevision: 0, content: doc('Der Hund bellt laut.') });
    await saveSectionDraft(team.editor, { sectionId: section.id, baseRevision: 1, content: doc('Der Hund schläft leise.') });
    await shareWithAdvisors(team.coordinator, section.concept_id);
    const list = await listRevisions(team.advisor, section.id);
    expect(list.map((r) => r.number)).toEqual([2, 1]);
    expect(groupRevisions(list)).toHaveLength(1);

    const diff = await diffRevisions(team.advisor, section.id, 1, 2);
    const segments = diff.blocks.flatMap((b) => b.segments);
    const text = (type: string) => segments.filter((s) => s.type === type).map((s) => s.text).join('|');
    expect(text('delete')).toMatch(/bellt laut/);
    expect(text('insert')).toMatch(/schläft leise/);
    expect(text('equal')).toMatch(/Der Hund/);
    expect(text('equal')).not.toMatch(/bellt|schläft/);

    await expect(restoreRevision(team.advisor, { sectionId: section.id, revision: 1 })).rejects.toMatchObject({ code: 'forbidden' });
    const restored = await restoreRevision(team.editor, { sectionId: section.id, revision: 1 });
    expect(restored.revision).toBe(3);
    const head = await getRevision(team.editor, section.id, 3);
    expect(head).toMatchObject({ kind: 'restore', restored_from: 1, content: doc('Der Hund bellt laut.') });
    expect((await listRevisions(team.editor, section.id)).map((r) => r.number)).toEqual([3, 2, 1]);
    await expect(restoreRevision(team.editor, { sectionId: section.id, revision: 3 })).rejects.toMatchObject({ code: 'invalid_input' });
    await expect(restoreRevision(team.editor, { sectionId: section.id, revision: 99 })).rejects.toMatchObject({ code: 'not_found' });
    await expect(getRevision(team.foreignCoordinator, section.id, 1)).rejects.toMatchObject({ code: 'not_found' });
    expect((await auditEntriesFor(section.id)).map((e) => e.action)).toContain('section.restore');
  });
});
