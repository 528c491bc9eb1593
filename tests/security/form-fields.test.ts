/**
 * Every text field a person can fill in, fed with the hostile corpus through the real use cases:
 * each value is either refused with a German message at the field (and the form's other fields
 * still take it) or stored exactly as typed (trimmed, as every form field is). Stored values are
 * read back from the database, not from the use case's answer.
 *
 * One call per form and payload puts the payload into all of the form's text fields at once;
 * the fields that refuse it are named by the error, get a harmless value, and the form is sent
 * again until it is accepted. So a field that refuses silently (stores something else) or with
 * an English or technical message fails the test.
 */
import { getDb } from '@/db/client';
import type { Actor } from '@/lib/access';
import { reopenThread, resolveThread } from '@/lib/comments/resolve-threads';
import { addComment, editComment, replyToComment } from '@/lib/comments/write-comments';
import { createConcept } from '@/lib/concepts/create-concept';
import { updateConceptDetails } from '@/lib/concepts/update-concept-details';
import { saveContact } from '@/lib/contacts/manage-contacts';
import { createDistrict } from '@/lib/districts/create-district';
import { updateDistrict } from '@/lib/districts/update-district';
import { isAppError } from '@/lib/errors';
import { saveFacility } from '@/lib/facilities/manage-facilities';
import { addMember } from '@/lib/members/invite-member';
import { giveVerdict } from '@/lib/review/give-verdict';
import { restoreRevision } from '@/lib/sections/revisions';
import { saveSectionDraft } from '@/lib/sections/save-section-draft';
import { setChecklistItem, setSectionStatus } from '@/lib/sections/update-section-meta';
import { createUser } from '@/lib/users/create-user';
import { adoptConcept } from '@/lib/workflow/adopt-concept';
import { approveConcept, requestChanges } from '@/lib/workflow/give-review-outcome';
import { reopenConcept } from '@/lib/workflow/reopen-concept';
import { submitConceptForReview } from '@/lib/workflow/submit-concept-for-review';
import { withdrawSubmission } from '@/lib/workflow/withdraw-submission';
import { buildConcept, doc, sectionOf, shareWithAdvisors } from '../support/concept-factories';
import { buildDistrictTeam, contactValues, facilityValues, type DistrictTeam } from '../support/district-data-factories';
import { actorFor, buildAdmin, buildDistrict, buildMember, uniqueTag } from '../support/factories';
import { HOSTILE_PAYLOADS, isGermanMessage, type HostilePayload } from './hostile-corpus';

type Values = Record<string, string>;

interface TextForm {
  /** How the form is called in the app. */
  name: string;
  /** Harmless values for all text fields of the form, fresh per call (names must be unique). */
  safe: () => Values;
  /** Sends the form; returns what `read` needs to find the stored row. */
  submit: (values: Values) => Promise<unknown>;
  /** The stored values of the text fields, read from the database. */
  read: (handle: unknown) => Promise<Record<string, string | null>>;
  /** How a field normalises what was typed besides trimming (e-mail addresses: lower case). */
  normalise?: Partial<Record<string, (typed: string) => string>>;
}

function expectGermanMessage(message: unknown, where: string): void {
  if (!isGermanMessage(message)) throw new Error(`${where}: message is not a clear German sentence: ${JSON.stringify(message)}`);
}

const shown = (s: string) => JSON.stringify(s.length > 80 ? `${s.slice(0, 80)}…` : s);

/** Sends the form with the payload in every text field; returns which fields refused it and which stored it. */
async function sendHostile(form: TextForm, payload: HostilePayload): Promise<{ refused: string[]; stored: string[] }> {
  const safe = form.safe();
  const fields = Object.keys(safe);
  const values: Values = Object.fromEntries(fields.map((f) => [f, payload.text]));
  const refused: string[] = [];
  for (let attempt = 0; attempt <= fields.length; attempt++) {
    let handle: unknown;
    try {
      handle = await form.submit(values);
    } catch (error) {
      const where = `${form.name}, payload ${payload.id}`;
      if (!isAppError(error) || error.code !== 'invalid_input') throw new Error(`${where}: not a refusal but ${String(error)}`);
      expectGermanMessage(error.message, where);
      const fieldMessages = (error.details?.fields ?? {}) as Record<string, string>;
      const named = Object.keys(fieldMessages).filter((f) => values[f] === payload.text);
      if (named.length === 0) throw new Error(`${where}: refused without naming a field that holds the payload: ${error.message} ${JSON.stringify(fieldMessages)}`);
      for (const field of named) {
        expectGermanMessage(fieldMessages[field], `${where}, field ${field}`);
        values[field] = safe[field] ?? '';
        refused.push(field);
      }
      continue;
    }
    const stored = await form.read(handle);
    const accepted = fields.filter((f) => values[f] === payload.text);
    for (const field of accepted) {
      const trimmed = payload.text.trim();
      const expected = trimmed === '' ? null : (form.normalise?.[field]?.(trimmed) ?? trimmed);
      if (stored[field] !== expected) {
        throw new Error(`${form.name}, field ${field}, payload ${payload.id}: stored ${shown(String(stored[field]))} instead of ${shown(String(expected))}`);
      }
    }
    return { refused, stored: accepted };
  }
  throw new Error(`${form.name}, payload ${payload.id}: still refused with harmless values in every field`);
}

/** Runs the whole corpus through a form and checks what every form must do with some payloads. */
async function runCorpus(form: TextForm): Promise<Map<string, { refused: string[]; stored: string[] }>> {
  const outcomes = new Map<string, { refused: string[]; stored: string[] }>();
  for (const payload of HOSTILE_PAYLOADS) outcomes.set(payload.id, await sendHostile(form, payload));
  const fields = Object.keys(form.safe());
  // Invisible or unstorable characters are refused everywhere: Postgres refuses the NUL byte, XML (DOCX) the others,
  // and a lone surrogate would silently become „�“.
  for (const id of ['nul', 'bell', 'ansi-escape', 'del', 'c1-nel', 'nonchar-ffff', 'lone-high', 'lone-low', 'reversed-pair', 'high-at-end']) {
    expect({ id, refused: outcomes.get(id)!.refused.sort() }).toEqual({ id, refused: [...fields].sort() });
  }
  // Markup and SQL are text like any other: where they fit, they are stored, not refused.
  for (const id of ['script-tag', 'sql-drop', 'attr-double-quote', 'js-mixed-case']) {
    expect(outcomes.get(id)!.stored.length).toBeGreaterThan(0);
  }
  return outcomes;
}

async function selectOne<T>(query: Promise<T | undefined>): Promise<T> {
  const row = await query;
  if (!row) throw new Error('stored row not found');
  return row;
}

let team: DistrictTeam;
let admin: Actor;

beforeAll(async () => {
  team = await buildDistrictTeam();
  admin = await actorFor((await buildAdmin()).id);
});

describe('Feindliche Eingaben in Formularfeldern', () => {
  it('district names (create and change) are refused with a German message or stored as typed', async () => {
    // Renamed first: a name taken by another district would be refused as a duplicate.
    const district = await buildDistrict();
    await runCorpus({
      name: 'Kommune ändern',
      safe: () => ({ name: `Landkreis Harmlos-${uniqueTag()}` }),
      submit: async (v) => {
        await updateDistrict(admin, { districtId: district.id, name: v.name, kind: 'Landkreis', state: 'Hessen' });
        return district.id;
      },
      read: (id) => selectOne(getDb().selectFrom('districts').select('name').where('id', '=', id as string).executeTakeFirst()),
    });
    await runCorpus({
      name: 'Kommune anlegen',
      safe: () => ({ name: `Landkreis Harmlos-${uniqueTag()}` }),
      submit: (v) => createDistrict(admin, { name: v.name, kind: 'Landkreis', state: 'Hessen' }),
      read: (h) => selectOne(getDb().selectFrom('districts').select('name').where('id', '=', (h as { id: string }).id).executeTakeFirst()),
    });
  }, 120_000);

  it('accounts created by an administrator and people invited by a coordinator: name and e-mail address', async () => {
    const lower = { email: (s: string) => s.toLowerCase() };
    await runCorpus({
      name: 'Konto anlegen',
      safe: () => ({ displayName: 'Erika Muster', email: `harmlos-${uniqueTag()}@test.example` }),
      submit: (v) => createUser(admin, { ...v, platformRole: 'user' }),
      read: (h) =>
        selectOne(
          getDb()
            .selectFrom('users')
            .select(['display_name as displayName', 'email'])
            .where('id', '=', (h as { user: { id: string } }).user.id)
            .executeTakeFirst(),
        ),
      normalise: lower,
    });
    await runCorpus({
      name: 'Person einladen',
      safe: () => ({ displayName: 'Max Muster', email: `eingeladen-${uniqueTag()}@test.example` }),
      submit: (v) => addMember(team.coordinator, { districtId: team.district.id, ...v, role: 'editor' }),
      read: (h) =>
        selectOne(
          getDb()
            .selectFrom('member_invitations')
            .select(['display_name as displayName', 'email'])
            .where('id', '=', (h as { invitationId: string }).invitationId)
            .executeTakeFirst(),
        ),
      normalise: lower,
    });
  }, 180_000);

  it('facility and contact fields', async () => {
    await runCorpus({
      name: 'Unterkunft',
      safe: () => ({ name: `Unterkunft Harmlos-${uniqueTag()}`, address: 'Am Markt 1', operator: 'Träger e. V.', nightCover: 'Sicherheitsdienst', note: 'Notiz' }),
      submit: (v) => saveFacility(team.coordinator, { districtId: team.district.id, ...facilityValues(), ...v }),
      read: (h) =>
        selectOne(
          getDb()
            .selectFrom('facilities')
            .select(['name', 'address', 'operator', 'night_cover as nightCover', 'note'])
            .where('id', '=', (h as { id: string }).id)
            .executeTakeFirst(),
        ),
    });
    await runCorpus({
      name: 'Kontakt',
      safe: () => ({ organisation: `Beratungsstelle Harmlos-${uniqueTag()}`, phone: '05999 100-200', hours: 'Mo–Fr', languages: 'Deutsch', address: 'Am Markt 2', note: 'Hinweis' }),
      submit: (v) => saveContact(team.coordinator, { districtId: team.district.id, ...contactValues(), ...v }),
      read: (h) =>
        selectOne(
          getDb()
            .selectFrom('contacts')
            .select(['organisation', 'phone', 'hours', 'languages', 'address', 'note'])
            .where('id', '=', (h as { id: string }).id)
            .executeTakeFirst(),
        ),
    });
  }, 180_000);

  it('concept title and responsible body, when created and when changed', async () => {
    await runCorpus({
      name: 'Konzept anlegen',
      safe: () => ({ title: 'Gewaltschutzkonzept Harmlos', responsible: 'Fachdienst Soziales' }),
      submit: (v) => createConcept(team.coordinator, { districtId: team.district.id, templateId: 'gewaltschutz-gu', facilityIds: [], ...v }),
      read: (h) => selectOne(getDb().selectFrom('concepts').select(['title', 'responsible']).where('id', '=', (h as { id: string }).id).executeTakeFirst()),
    });
    const concept = await buildConcept(team.coordinator, team.district.id);
    const current = async () => selectOne(getDb().selectFrom('concepts').select(['title', 'responsible']).where('id', '=', concept.id).executeTakeFirst());
    await runCorpus({
      name: 'Eckdaten bearbeiten',
      safe: () => ({ title: `Gewaltschutzkonzept ${uniqueTag()}`, responsible: `Fachdienst ${uniqueTag()}` }),
      submit: async (v) => {
        const before = await current();
        await updateConceptDetails(team.coordinator, { conceptId: concept.id, ...v, facilityIds: [], shown: { ...before, facilityIds: [] } });
        return concept.id;
      },
      read: current,
    });
  }, 180_000);

  it('comments, replies, changed comments and the reason of a disposition', async () => {
    const concept = await buildConcept(team.coordinator, team.district.id);
    await shareWithAdvisors(team.coordinator, concept.id);
    const section = await sectionOf(concept.id, 'praeambel');
    const body = (commentId: string) => selectOne(getDb().selectFrom('comments').select('body').where('id', '=', commentId).executeTakeFirst());

    await runCorpus({
      name: 'Kommentar',
      safe: () => ({ body: 'Bitte ergänzen.' }),
      submit: (v) => addComment(team.advisor, { sectionId: section.id, body: v.body }),
      read: (h) => body((h as { commentId: string }).commentId),
    });
    const thread = await addComment(team.advisor, { sectionId: section.id, body: 'Ein Hinweis der Beratung.' });
    await runCorpus({
      name: 'Antwort',
      safe: () => ({ body: 'Danke, erledigt.' }),
      submit: (v) => replyToComment(team.editor, { threadId: thread.threadId, body: v.body }),
      read: (h) => body((h as { commentId: string }).commentId),
    });
    await runCorpus({
      name: 'Kommentar ändern',
      safe: () => ({ body: 'Geänderter Hinweis.' }),
      submit: (v) => editComment(team.advisor, { commentId: thread.commentId, body: v.body }),
      read: () => body(thread.commentId),
    });
    await runCorpus({
      name: 'Umgang mit dem Hinweis',
      safe: () => ({ reason: 'Wurde so übernommen.' }),
      submit: async (v) => {
        await resolveThread(team.coordinator, { threadId: thread.threadId, disposition: 'uebernommen', reason: v.reason });
        const row = await selectOne(getDb().selectFrom('comment_threads').select('disposition_reason as reason').where('id', '=', thread.threadId).executeTakeFirst());
        await reopenThread(team.coordinator, { threadId: thread.threadId });
        return row;
      },
      read: async (row) => row as { reason: string | null },
    });
  }, 240_000);

  it('verdict notes and the notes of every workflow step', async () => {
    const concept = await buildConcept(team.coordinator, team.district.id);
    const section = await sectionOf(concept.id, 'praeambel');
    await saveSectionDraft(team.editor, { sectionId: section.id, baseRevision: 0, content: doc('Der Kreis schützt.') });
    await submitConceptForReview(team.coordinator, { conceptId: concept.id });
    await runCorpus({
      name: 'Bewertung',
      safe: () => ({ note: 'Gut beschrieben.' }),
      submit: async (v) => {
        await giveVerdict(team.advisor, { sectionId: section.id, verdict: 'erfuellt', note: v.note });
        return section.id;
      },
      read: () =>
        selectOne(getDb().selectFrom('section_verdicts').select('note').where('section_id', '=', section.id).orderBy('updated_at', 'desc').executeTakeFirst()),
    });

    // The concept goes round its states; each payload travels with whichever step is next.
    const latestVersion = () =>
      selectOne(getDb().selectFrom('concept_versions').select(['note', 'outcome_note']).where('concept_id', '=', concept.id).orderBy('number', 'desc').executeTakeFirst());
    const steps: { run: (note: string) => Promise<unknown>; read: () => Promise<string | null> }[] = [
      { run: (note) => requestChanges(team.advisor, { conceptId: concept.id, note }), read: async () => (await latestVersion()).outcome_note },
      { run: (note) => submitConceptForReview(team.coordinator, { conceptId: concept.id, note }), read: async () => (await latestVersion()).note },
      { run: (note) => withdrawSubmission(team.coordinator, { conceptId: concept.id, note }), read: async () => (await latestVersion()).outcome_note },
      { run: (note) => submitConceptForReview(team.coordinator, { conceptId: concept.id, note }), read: async () => (await latestVersion()).note },
      { run: (note) => approveConcept(team.advisor, { conceptId: concept.id, note }), read: async () => (await latestVersion()).outcome_note },
      { run: (note) => reopenConcept(team.coordinator, { conceptId: concept.id, note }), read: async () => lastAuditNote(concept.id) },
      { run: (note) => submitConceptForReview(team.coordinator, { conceptId: concept.id, note }), read: async () => (await latestVersion()).note },
    ];
    let next = 0;
    await runCorpus({
      name: 'Nachricht zu einem Schritt',
      safe: () => ({ note: 'Zur Kenntnis.' }),
      submit: async (v) => {
        const step = steps[next]!;
        await step.run(v.note ?? '');
        next = (next + 1) % steps.length;
        return { note: await step.read() };
      },
      read: async (h) => h as { note: string | null },
    });
  }, 300_000);

  it('the record of the council decision (Beschluss)', async () => {
    // Without an assigned advisor a district adopts from Entwurf with a reason; each adoption locks its concept for good.
    const district = await buildDistrict();
    const coordinator = await actorFor((await buildMember(district.id, 'coordinator')).id);
    let conceptId = (await buildConcept(coordinator, district.id)).id;
    await runCorpus({
      name: 'Beschluss eintragen',
      safe: () => ({ decidedBy: 'Kreistag', resolutionNumber: 'KT/2026/17', withoutAdvisorReason: 'Keine Beratung zugeordnet.', findingsReason: 'Offene Punkte folgen.', note: 'Beschlossen.' }),
      submit: async (v) => {
        await adoptConcept(coordinator, { conceptId, decidedOn: '2026-01-15', ...v });
        const adopted = conceptId;
        conceptId = (await buildConcept(coordinator, district.id)).id;
        return adopted;
      },
      read: (adopted) =>
        selectOne(
          getDb()
            .selectFrom('concept_versions')
            .select(['decided_by as decidedBy', 'resolution_number as resolutionNumber', 'without_advisor_reason as withoutAdvisorReason', 'open_findings_reason as findingsReason', 'note'])
            .where('concept_id', '=', adopted as string)
            .where('kind', '=', 'adoption')
            .executeTakeFirst(),
        ),
    });
  }, 600_000);
});

describe('Feindliche Werte an Stellen, an denen die Oberfläche nur feste Werte schickt', () => {
  it('checklist item keys, section states, section references and version numbers are refused in German', async () => {
    const concept = await buildConcept(team.coordinator, team.district.id);
    const section = await sectionOf(concept.id, 'praeambel');
    const refusals: [string, () => Promise<unknown>][] = [];
    for (const payload of HOSTILE_PAYLOADS) {
      refusals.push([`Prüfpunkt ${payload.id}`, () => setChecklistItem(team.editor, { sectionId: section.id, itemKey: payload.text, isDone: true })]);
      refusals.push([`Bearbeitungsstand ${payload.id}`, () => setSectionStatus(team.editor, { sectionId: section.id, status: payload.text })]);
      refusals.push([`Version ${payload.id}`, () => restoreRevision(team.editor, { sectionId: section.id, revision: payload.text })]);
    }
    for (const odd of [42, null, { id: section.id }, [section.id]]) {
      refusals.push([`Abschnitt ${JSON.stringify(odd)} (Entwurf)`, () => saveSectionDraft(team.editor, { sectionId: odd, baseRevision: 0, content: doc('x') })]);
      refusals.push([`Abschnitt ${JSON.stringify(odd)} (Prüfpunkt)`, () => setChecklistItem(team.editor, { sectionId: odd, itemKey: 'x', isDone: 'ja' })]);
      refusals.push([`Abschnitt ${JSON.stringify(odd)} (Wiederherstellen)`, () => restoreRevision(team.editor, { sectionId: odd, revision: 1.5 })]);
    }
    for (const [what, run] of refusals) {
      const error = await run().then(
        () => undefined,
        (e: unknown) => e,
      );
      if (!isAppError(error) || !['invalid_input', 'not_found'].includes(error.code)) throw new Error(`${what}: not refused but ${String(error)}`);
      expectGermanMessage(error.message, what);
      for (const [field, message] of Object.entries((error.details?.fields ?? {}) as Record<string, string>)) expectGermanMessage(message, `${what}, ${field}`);
    }
    const stored = await sectionOf(concept.id, 'praeambel');
    expect({ checklist: stored.checklist, status: stored.status, head: stored.head_revision }).toEqual({ checklist: {}, status: section.status, head: 0 });
  });
});

async function lastAuditNote(conceptId: string): Promise<string | null> {
  const row = await selectOne(
    getDb()
      .selectFrom('audit_log')
      .select('details')
      .where('object_id', '=', conceptId)
      .where('action', '=', 'concept.reopen')
      .orderBy('created_at', 'desc')
      .executeTakeFirst(),
  );
  return ((row.details as { note?: string | null }).note ?? null) as string | null;
}
