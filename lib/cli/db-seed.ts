import { DemoSeedRefusedError, seedDemoData } from '../demo/seed-demo-data';
import { withDatabase } from './support/with-database';

// `npm run db:seed [-- --force]`: fictional demo districts and accounts.
const force = process.argv.includes('--force');

withDatabase(async (db, { kind }) => {
  const { created } = await seedDemoData(db, { force });
  console.log(created ? `Demo-Daten angelegt (${kind}).` : `Demo-Daten waren bereits vorhanden (${kind}).`);
}).catch((error: unknown) => {
  console.error(error instanceof DemoSeedRefusedError || error instanceof Error ? error.message : error);
  process.exit(1);
});
