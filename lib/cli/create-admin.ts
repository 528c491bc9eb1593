import { parseArgs } from 'node:util';
import { generateInitialPassword, hashPassword } from '../auth/passwords';
import { displayNameSchema, emailSchema } from '../shared/schemas';
import { findUserByEmail, insertUser } from '../users/queries';
import { withDatabase } from './support/with-database';

// `npm run user:create-admin -- --email it@kreis.de --name "IT-Service"`: the first administrator
// of a real installation (where no demo data exists). Prints an initial password once.
const { values } = parseArgs({ options: { email: { type: 'string' }, name: { type: 'string' } } });
const email = emailSchema.safeParse(values.email);
const name = displayNameSchema.safeParse(values.name);
if (!email.success || !name.success) {
  console.error('Aufruf: npm run user:create-admin -- --email <E-Mail-Adresse> --name "<Anzeigename>"');
  process.exit(1);
}

withDatabase(async (db) => {
  if (await findUserByEmail(db, { email: email.data })) throw new Error('Für diese E-Mail-Adresse gibt es bereits ein Konto.');
  const password = generateInitialPassword();
  await insertUser(db, {
    email: email.data,
    displayName: name.data,
    platformRole: 'admin',
    passwordHash: await hashPassword(password),
    mustChangePassword: true,
  });
  console.log(`Administrationskonto angelegt: ${email.data}\nVorläufiges Passwort (nur jetzt sichtbar): ${password}`);
}).catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
