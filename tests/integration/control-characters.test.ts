import { getDb } from '@/db/client';
import { authenticate } from '@/lib/auth/authenticate';
import { saveContact } from '@/lib/contacts/manage-contacts';
import { createConcept } from '@/lib/concepts/create-concept';
import { getConceptOverview } from '@/lib/concepts/get-concept-overview';
import { updateConceptDetails } from '@/lib/concepts/update-concept-details';
import { createDistrict } from '@/lib/districts/create-district';
import { saveFacility } from '@/lib/facilities/manage-facilities';
import { addMember } from '@/lib/members/invite-member';
import { saveSectionDraft } from '@/lib/sections/save-section-draft';
import { BROKEN_CHARACTER_MESSAGE, CONTROL_CHARACTER_MESSAGE } from '@/lib/shared/schemas';
import { createUser } from '@/lib/users/create-user';
import { buildConcept, doc, sectionOf } from '../support/concept-factories';
import { buildDistrictTeam, contactValues, facilityValues } from '../support/district-data-factories';
import { actorFor, buildAdmin, buildUser, uniqueIp, uniqueTag } from '../support/factories';

// A NUL byte reaches Postgres as error 22021 ("invalid byte sequence"), other C0 control characters
// make the DOCX export invalid XML; both are invisible in a form. Every text field refuses them
// with a German message at the field, and nothing is stored.
const NUL = '\u0000';

const refusedAt = (field: string, message = CONTROL_CHARACTER_MESSAGE) => ({
  code: 'invalid_input',
  details: { fields: { [field]: message } },
});

async function count(table: 'districts' | 'users' | 'facilities' | 'contacts' | 'concepts', where: { column: string; value: string }) {
  const rows = await getDb()
    .selectFrom(table)
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    .where(where.column as any, 'like', `${where.value}%`)
    .select(({ fn }) => fn.countAll<string>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(rows.n);
}

describe('Steuerzeichen in Formularfeldern', () => {
  it('a district name with a NUL byte is refused, not a database error', async () => {
    const admin = await actorFor((await buildAdmin()).id);
    const name = `Landkreis NUL-${uniqueTag()}`;
    await expect(createDistrict(admin, { name: `${name}${NUL}`, kind: 'Landkreis', state: 'Hessen' })).rejects.toMatchObject(refusedAt('name'));
    expect(await count('districts', { column: 'name', value: name })).toBe(0);
  });

  it('an account name with a control character is refused, for administrators and coordinators alike', async () => {
    const admin = await actorFor((await buildAdmin()).id);
    const team = await buildDistrictTeam();
    const tag = uniqueTag();
    await expect(
      createUser(admin, { email: `steuer-${tag}@test.example`, displayName: `Erika${NUL}Muster`, platformRole: 'user' }),
    ).rejects.toMatchObject(refusedAt('displayName'));
    await expect(
      addMember(team.coordinator, { districtId: team.district.id, email: `steuer-${tag}@test.example`, displayName: 'Erika\u0007Muster', role: 'editor' }),
    ).rejects.toMatchObject(refusedAt('displayName'));
    await expect(
      addMember(team.coordinator, { districtId: team.district.id, email: `steuer-${tag}${NUL}@test.example`, displayName: 'Erika Muster', role: 'editor' }),
    ).rejects.toMatchObject(refusedAt('email'));
    expect(await count('users', { column: 'email', value: `steuer-${tag}` })).toBe(0);
  });

  it('facility fields refuse control characters; line breaks and tabs stay allowed in the notes', async () => {
    const team = await buildDistrictTeam();
    const name = `Unterkunft Steuer-${uniqueTag()}`;
    const form = { districtId: team.district.id, ...facilityValues({ name }) };
    await expect(saveFacility(team.coordinator, { ...form, name: `${name}${NUL}` })).rejects.toMatchObject(refusedAt('name'));
    await expect(saveFacility(team.coordinator, { ...form, operator: `Träger${NUL}` })).rejects.toMatchObject(refusedAt('operator'));
    await expect(saveFacility(team.coordinator, { ...form, note: `Umbau${NUL}geplant` })).rejects.toMatchObject(refusedAt('note'));
    await expect(saveFacility(team.coordinator, { ...form, name: `${name}\tHaus A` })).rejects.toMatchObject(refusedAt('name'));
    expect(await count('facilities', { column: 'name', value: name })).toBe(0);

    const saved = await saveFacility(team.coordinator, { ...form, note: 'Umbau geplant:\r\n\t- Haus A\n\t- Haus B', nightCover: 'Sicherheitsdienst\n22–6 Uhr' });
    expect(saved).toMatchObject({ name, note: 'Umbau geplant:\r\n\t- Haus A\n\t- Haus B', nightCover: 'Sicherheitsdienst\n22–6 Uhr' });
  });

  it('contact fields refuse control characters', async () => {
    const team = await buildDistrictTeam();
    const organisation = `Beratungsstelle Steuer-${uniqueTag()}`;
    const form = { districtId: team.district.id, ...contactValues({ organisation }) };
    await expect(saveContact(team.coordinator, { ...form, organisation: `${organisation}${NUL}` })).rejects.toMatchObject(refusedAt('organisation'));
    await expect(saveContact(team.coordinator, { ...form, hours: `Mo–Fr${NUL}` })).rejects.toMatchObject(refusedAt('hours'));
    await expect(saveContact(team.coordinator, { ...form, note: `Bitte${NUL}` })).rejects.toMatchObject(refusedAt('note'));
    expect(await count('contacts', { column: 'organisation', value: organisation })).toBe(0);
  });

  it('concept title and responsible body refuse control characters, when created and when changed', async () => {
    const team = await buildDistrictTeam();
    const title = `Gewaltschutzkonzept Steuer-${uniqueTag()}`;
    const base = { districtId: team.district.id, templateId: 'gewaltschutz-gu', responsible: 'Fachdienst Soziales', facilityIds: [] };
    await expect(createConcept(team.coordinator, { ...base, title: `${title}${NUL}` })).rejects.toMatchObject(refusedAt('title'));
    await expect(createConcept(team.coordinator, { ...base, title, responsible: `Fachdienst${NUL}` })).rejects.toMatchObject(refusedAt('responsible'));
    expect(await count('concepts', { column: 'title', value: title })).toBe(0);

    const concept = await buildConcept(team.coordinator, team.district.id, { title });
    const shown = { title, responsible: 'Fachdienst Soziales', facilityIds: [] };
    await expect(
      updateConceptDetails(team.coordinator, { conceptId: concept.id, ...shown, title: `${title} 2027${NUL}`, shown }),
    ).rejects.toMatchObject(refusedAt('title'));
    await expect((await getConceptOverview(team.coordinator, concept.id)).concept.title).toBe(title);
  });

  it('half an emoji (a lone UTF-16 surrogate) is refused instead of becoming „�“ or an unexpected error', async () => {
    // UTF-8 cannot carry it (it would be stored as „�“), and inside the audit entry's JSON Postgres refuses it outright.
    const team = await buildDistrictTeam();
    const name = `Unterkunft Emoji-${uniqueTag()}`;
    const form = { districtId: team.district.id, ...facilityValues({ name }) };
    await expect(saveFacility(team.coordinator, { ...form, name: `${name} \ud83d` })).rejects.toMatchObject(refusedAt('name', BROKEN_CHARACTER_MESSAGE));
    await expect(saveFacility(team.coordinator, { ...form, note: 'Haus \udc00 Nord' })).rejects.toMatchObject(refusedAt('note', BROKEN_CHARACTER_MESSAGE));
    expect(await count('facilities', { column: 'name', value: name })).toBe(0);
    // A whole emoji is text like any other.
    await expect(saveFacility(team.coordinator, { ...form, name: `${name} 🏠` })).resolves.toMatchObject({ name: `${name} 🏠` });
  });

  it('C1 control characters and the non-characters U+FFFE/U+FFFF, which Word cannot read, are refused', async () => {
    const team = await buildDistrictTeam();
    const name = `Unterkunft C1-${uniqueTag()}`;
    const form = { districtId: team.district.id, ...facilityValues({ name }) };
    for (const bad of ['\u0085', '\u009b', '\uffff', '\ufffe']) {
      await expect(saveFacility(team.coordinator, { ...form, name: `${name}${bad}` })).rejects.toMatchObject(refusedAt('name'));
    }
    expect(await count('facilities', { column: 'name', value: name })).toBe(0);
  });

  it('sign-in with a NUL byte in the e-mail address gets a German message, not „Anmeldung nicht möglich“', async () => {
    const user = await buildUser();
    await expect(authenticate({ email: `${user.email}${NUL}`, password: user.password, ip: uniqueIp() })).rejects.toMatchObject({
      code: 'unauthenticated',
      message: CONTROL_CHARACTER_MESSAGE,
    });
  });

  it('section text with a NUL byte is refused with a German message and stores no revision', async () => {
    const team = await buildDistrictTeam();
    const concept = await buildConcept(team.coordinator, team.district.id);
    const section = await sectionOf(concept.id, 'praeambel');
    await expect(
      saveSectionDraft(team.editor, { sectionId: section.id, baseRevision: 0, content: doc('Präambel', `Der Kreis${NUL} schützt.`) }),
    ).rejects.toMatchObject({ code: 'invalid_input', message: expect.stringContaining('Steuerzeichen') });
    expect((await sectionOf(concept.id, 'praeambel')).head_revision).toBe(0);
  });
});
