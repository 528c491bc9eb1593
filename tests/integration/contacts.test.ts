import { getDb } from '../../db/client';
import { CONTACT_CATEGORY_ORDER } from '../../lib/contacts/categories';
import { berlinIsoDay } from '../../lib/shared/date-format';
import { monthsBefore } from '../../lib/contacts/dates';
import { ensureNationwideContacts } from '../../lib/contacts/ensure-nationwide-contacts';
import { getContact as getContactPage, getContactDirectory } from '../../lib/contacts/list-contacts';
import { deleteContact, markContactVerified, saveContact } from '../../lib/contacts/manage-contacts';
import { isContactStale } from '../../lib/contacts/stale';
import { seedDemoDistrictData } from '../../lib/demo/seed-district-data';
import { RUFNUMMERN } from '../../templates/gewaltschutz-gu/nummern';
import { actorFor, auditEntriesFor, buildDistrict, buildMember } from '../support/factories';
import { buildContact, buildDistrictTeam, contactValues } from '../support/district-data-factories';

/** The entries of the directory page and the contact of a contact's page. */
const listContacts = async (...args: Parameters<typeof getContactDirectory>) => (await getContactDirectory(...args)).contacts;
const getContact = async (...args: Parameters<typeof getContactPage>) => (await getContactPage(...args)).contact;

const NATIONWIDE_COUNT = Object.keys(RUFNUMMERN).length;

async function contactRows(districtId: string) {
  return getDb()
    .selectFrom('contacts')
    .select(['id', 'organisation', 'phone', 'is_nationwide', 'nationwide_key'])
    .where('district_id', '=', districtId)
    .execute();
}

async function prefillEntries(districtId: string) {
  return getDb()
    .selectFrom('audit_log')
    .select(['actor_user_id', 'details'])
    .where('district_id', '=', districtId)
    .where('action', '=', 'contact.prefill_nationwide')
    .execute();
}

describe('nationwide numbers', () => {
  it('are prefilled on the first view of the directory, once', async () => {
    const { district, editor } = await buildDistrictTeam();
    const contacts = await listContacts(editor, district.id);
    expect(contacts).toHaveLength(NATIONWIDE_COUNT);
    expect(contacts.every((c) => c.isNationwide)).toBe(true);
    expect(contacts.map((c) => c.phone)).toEqual(expect.arrayContaining(['110', '112', '116 016', '0800 22 55 530']));
    // Polizei and Notruf lead the directory.
    expect(contacts.slice(0, 2).map((c) => c.phone)).toEqual(['110', '112']);

    await listContacts(editor, district.id);
    await expect(ensureNationwideContacts(getDb(), district.id)).resolves.toBe(0);
    expect(await contactRows(district.id)).toHaveLength(NATIONWIDE_COUNT);
    expect(await prefillEntries(district.id)).toEqual([{ actor_user_id: null, details: { count: NATIONWIDE_COUNT } }]);
  });

  it('insert each number once when first views happen at the same time', async () => {
    const district = await buildDistrict();
    const added = await Promise.all(Array.from({ length: 5 }, () => ensureNationwideContacts(getDb(), district.id)));
    expect(added.reduce((a, b) => a + b, 0)).toBe(NATIONWIDE_COUNT);
    const rows = await contactRows(district.id);
    expect(rows).toHaveLength(NATIONWIDE_COUNT);
    expect(new Set(rows.map((r) => r.nationwide_key)).size).toBe(NATIONWIDE_COUNT);
  });

  // Issue 8, item 6: „Nummer gegen Kummer“ and „TelefonSeelsorge“ started as „nie geprüft“, the others did not.
  it('all carry the date the template data was last verified, and are flagged alike once it is old', async () => {
    const { district, coordinator } = await buildDistrictTeam();
    const contacts = await listContacts(coordinator, district.id);
    const verifiedOn = Object.fromEntries(Object.values(RUFNUMMERN).map((n) => [n.nummer, n.geprueftAm]));
    expect(Object.fromEntries(contacts.map((c) => [c.phone, c.lastVerifiedOn]))).toEqual(verifiedOn);
    const newest = Object.values(verifiedOn).sort().at(-1)!;
    const oldest = Object.values(verifiedOn).sort()[0]!;
    // While the template's check is recent, no nationwide number asks for checking …
    expect(contacts.filter((c) => isContactStale(c, newest))).toEqual([]);
    // … and once it is more than twelve months old, every number checked then does.
    const muchLater = `${Number(oldest.slice(0, 4)) + 2}${oldest.slice(4)}`;
    expect(contacts.filter((c) => isContactStale(c, muchLater))).toHaveLength(NATIONWIDE_COUNT);
  });

  it('stay deleted when the coordination removes one, but return if none is left', async () => {
    const { district, coordinator } = await buildDistrictTeam();
    const [police, ...others] = await listContacts(coordinator, district.id);
    await deleteContact(coordinator, { districtId: district.id, contactId: police!.id });
    expect(await listContacts(coordinator, district.id)).toHaveLength(NATIONWIDE_COUNT - 1);
    for (const c of others) await deleteContact(coordinator, { districtId: district.id, contactId: c.id });
    // A directory without any nationwide number is treated as new: 110 and 112 belong in every one.
    expect(await listContacts(coordinator, district.id)).toHaveLength(NATIONWIDE_COUNT);
  });
});

describe('saveContact, markContactVerified and deleteContact by the coordination', () => {
  it('creates, edits, verifies and deletes a contact, each with an audit entry', async () => {
    const { district, coordinator, coordinatorId } = await buildDistrictTeam();
    const values = contactValues({ category: 'frauenhaus', organisation: 'Frauenhaus Testkreis', lastVerifiedOn: '2024-01-15' });
    const created = await saveContact(coordinator, { districtId: district.id, ...values });
    expect(created).toMatchObject({ ...values, districtId: district.id, updatedByName: coordinator.displayName });
    expect(isContactStale(created)).toBe(true);

    const updated = await saveContact(coordinator, {
      districtId: district.id,
      id: created.id,
      ...values,
      phone: '+49 (0)5999 400-41',
      hours: 'rund um die Uhr',
    });
    expect(updated).toMatchObject({ phone: '+49 (0)5999 400-41', hours: 'rund um die Uhr' });

    const verified = await markContactVerified(coordinator, { districtId: district.id, contactId: created.id });
    expect(verified.lastVerifiedOn).toBe(berlinIsoDay());
    expect(isContactStale(verified)).toBe(false);

    await deleteContact(coordinator, { districtId: district.id, contactId: created.id });
    await expect(getContact(coordinator, { districtId: district.id, contactId: created.id })).rejects.toMatchObject({ code: 'not_found' });

    const entries = await auditEntriesFor(created.id);
    expect(entries.map((e) => [e.action, e.actor_user_id, e.object_type, e.details])).toEqual([
      ['contact.create', coordinatorId, 'contact', { organisation: 'Frauenhaus Testkreis' }],
      ['contact.update', coordinatorId, 'contact', { organisation: 'Frauenhaus Testkreis', changed: ['phone', 'hours'] }],
      ['contact.verify', coordinatorId, 'contact', { organisation: 'Frauenhaus Testkreis', date: berlinIsoDay() }],
      ['contact.delete', coordinatorId, 'contact', { organisation: 'Frauenhaus Testkreis' }],
    ]);
  });

  it('reads form values: German date, blank optional fields, checkbox', async () => {
    const { district, coordinator } = await buildDistrictTeam();
    const saved = await saveContact(coordinator, {
      districtId: district.id,
      id: '',
      category: 'hilfetelefon',
      organisation: ' Testtelefon ',
      phone: ' 0800  123 45 ',
      hours: '',
      lastVerifiedOn: '01.03.2026',
      isNationwide: 'on',
    });
    expect(saved).toMatchObject({
      organisation: 'Testtelefon',
      phone: '0800 123 45',
      hours: null,
      languages: null,
      lastVerifiedOn: '2026-03-01',
      isNationwide: true,
    });
  });

  it('lists contacts by category order, then organisation', async () => {
    const { district, coordinator } = await buildDistrictTeam();
    await buildContact(district.id, { category: 'sonstige', organisation: 'Aaa Sonstiges' });
    await buildContact(district.id, { category: 'jugendamt', organisation: 'Jugendamt B' });
    await buildContact(district.id, { category: 'jugendamt', organisation: 'Jugendamt A' });
    const categories = (await listContacts(coordinator, district.id)).map((c) => c.category);
    const positions = categories.map((c) => CONTACT_CATEGORY_ORDER.indexOf(c));
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
    const local = (await listContacts(coordinator, district.id)).filter((c) => !c.isNationwide).map((c) => c.organisation);
    expect(local).toEqual(['Jugendamt A', 'Jugendamt B', 'Aaa Sonstiges']);
  });
});

describe('invalid contact input', () => {
  const tooLate = monthsBefore(berlinIsoDay(), -1);
  it.each([
    ['letters in the phone number', { phone: 'Zentrale anrufen' }, 'phone'],
    ['a phone number with too few digits', { phone: '12' }, 'phone'],
    ['a plus sign inside the number', { phone: '0599+123' }, 'phone'],
    ['a missing organisation', { organisation: '' }, 'organisation'],
    ['an unknown category', { category: 'Bürgermeister' }, 'category'],
    ['an impossible date', { lastVerifiedOn: '31.02.2026' }, 'lastVerifiedOn'],
    ['a date in the future', { lastVerifiedOn: tooLate }, 'lastVerifiedOn'],
  ])('rejects %s with a German field message and stores nothing', async (_label, override, field) => {
    const { district, coordinator } = await buildDistrictTeam();
    const error = await saveContact(coordinator, { districtId: district.id, ...contactValues(), ...override }).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'invalid_input', details: { fields: { [field]: expect.any(String) } } });
    const fields = (error as { details: { fields: Record<string, string> } }).details.fields;
    expect(Object.keys(fields)).toEqual([field]);
    expect(fields[field]).toMatch(/^(Bitte|Das Prüfdatum)/);
    expect(await contactRows(district.id)).toHaveLength(0);
  });

  it('names the allowed characters when the phone number is implausible', async () => {
    const { district, coordinator } = await buildDistrictTeam();
    await expect(saveContact(coordinator, { districtId: district.id, ...contactValues({ phone: 'abc' }) })).rejects.toMatchObject({
      details: {
        fields: {
          phone: 'Bitte geben Sie eine gültige Telefonnummer ein, z. B. 05999 123-45 oder +49 5999 123-45 (erlaubt sind Ziffern, Leerzeichen und + / - ( )).',
        },
      },
    });
  });

  it.each(['110', '116 016', '0800 22 55 530', '05999/12345', '+49 (0)5999 123-45', '(05999) 100-200'])('accepts the phone number %s', async (phone) => {
    const { district, coordinator } = await buildDistrictTeam();
    await expect(saveContact(coordinator, { districtId: district.id, ...contactValues({ phone }) })).resolves.toMatchObject({ phone });
  });
});

describe('who may read and write contacts', () => {
  it('lets editors and assigned advisors read, but not write (forbidden)', async () => {
    const { district, editor, advisor } = await buildDistrictTeam();
    const contact = await buildContact(district.id);
    for (const reader of [editor, advisor]) {
      await expect(getContactDirectory(reader, district.id)).resolves.toMatchObject({ district: { id: district.id, name: district.name }, canEdit: false });
      await expect(listContacts(reader, district.id)).resolves.toContainEqual(expect.objectContaining({ id: contact.id }));
      await expect(getContact(reader, { districtId: district.id, contactId: contact.id })).resolves.toMatchObject({ phone: contact.phone });
      await expect(saveContact(reader, { districtId: district.id, ...contactValues() })).rejects.toMatchObject({ code: 'forbidden' });
      await expect(saveContact(reader, { districtId: district.id, id: contact.id, ...contactValues() })).rejects.toMatchObject({
        code: 'forbidden',
      });
      await expect(markContactVerified(reader, { districtId: district.id, contactId: contact.id })).rejects.toMatchObject({ code: 'forbidden' });
      await expect(deleteContact(reader, { districtId: district.id, contactId: contact.id })).rejects.toMatchObject({ code: 'forbidden' });
    }
    expect(await auditEntriesFor(contact.id)).toEqual([]);
  });

  it('answers outsiders and other districts’ coordinators with not_found, without prefilling anything', async () => {
    const { district, outsider, foreignCoordinator } = await buildDistrictTeam();
    const contact = await buildContact(district.id);
    const ref = { districtId: district.id, contactId: contact.id };
    for (const stranger of [outsider, foreignCoordinator]) {
      await expect(listContacts(stranger, district.id)).rejects.toMatchObject({ code: 'not_found' });
      await expect(getContact(stranger, ref)).rejects.toMatchObject({ code: 'not_found' });
      await expect(saveContact(stranger, { districtId: district.id, ...contactValues() })).rejects.toMatchObject({ code: 'not_found' });
      await expect(markContactVerified(stranger, ref)).rejects.toMatchObject({ code: 'not_found' });
      await expect(deleteContact(stranger, ref)).rejects.toMatchObject({ code: 'not_found' });
    }
    expect(await contactRows(district.id)).toHaveLength(1);
  });

  it('treats another district’s contact id, passed with one’s own district, as not found', async () => {
    const { district, coordinator } = await buildDistrictTeam();
    const foreign = await buildContact((await buildDistrict()).id, { phone: '05999 1' });
    const ref = { districtId: district.id, contactId: foreign.id };
    await expect(getContact(coordinator, ref)).rejects.toMatchObject({ code: 'not_found' });
    await expect(saveContact(coordinator, { districtId: district.id, id: foreign.id, ...contactValues({ phone: '110' }) })).rejects.toMatchObject({
      code: 'not_found',
    });
    await expect(markContactVerified(coordinator, ref)).rejects.toMatchObject({ code: 'not_found' });
    await expect(deleteContact(coordinator, ref)).rejects.toMatchObject({ code: 'not_found' });
    const row = await getDb().selectFrom('contacts').select(['phone', 'last_verified_on']).where('id', '=', foreign.id).executeTakeFirst();
    expect(row).toEqual({ phone: '05999 1', last_verified_on: null });
  });
});

describe('isContactStale', () => {
  it.each([
    [null, '2026-11-25', true],
    ['2026-11-25', '2026-11-25', false],
    ['2025-11-25', '2026-11-25', false],
    ['2025-11-24', '2026-11-25', true],
    ['2025-02-28', '2026-02-28', false],
    ['2023-02-28', '2024-02-29', false],
    ['2023-02-27', '2024-02-29', true],
  ])('verified on %s, today %s → %s', (lastVerifiedOn, today, expected) => {
    expect(isContactStale({ lastVerifiedOn }, today)).toBe(expected);
  });

  it('takes today from the German calendar when given a point in time', () => {
    // 23:30 UTC on 24 November is already 25 November in Berlin.
    expect(isContactStale({ lastVerifiedOn: '2025-11-25' }, new Date('2026-11-24T23:30:00Z'))).toBe(false);
    expect(isContactStale({ lastVerifiedOn: '2025-11-24' }, new Date('2026-11-24T23:30:00Z'))).toBe(true);
  });
});

describe('demo contact directory', () => {
  it('holds nationwide and local numbers, some of them due for checking', async () => {
    const district = await buildDistrict();
    const user = await buildMember(district.id, 'coordinator');
    await seedDemoDistrictData(getDb(), { districtId: district.id, userId: user.id });
    const contacts = await listContacts(await actorFor(user.id), district.id);
    const local = contacts.filter((c) => !c.isNationwide);
    expect(contacts.filter((c) => c.isNationwide)).toHaveLength(NATIONWIDE_COUNT);
    expect(local.length).toBeGreaterThanOrEqual(12);
    expect(local.every((c) => c.phone?.startsWith('05999 '))).toBe(true);
    expect(local.map((c) => c.organisation)).toEqual(
      expect.arrayContaining(['Jugendamt Landkreis Musterland – Allgemeiner Sozialer Dienst', 'Polizeiinspektion Musterstadt', 'Frauenhaus Musterland']),
    );
    const stale = local.filter((c) => isContactStale(c));
    expect(stale.length).toBeGreaterThanOrEqual(3);
    expect(stale.length).toBeLessThan(local.length / 2);
  });
});
