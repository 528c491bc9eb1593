import { withDatabase } from './support/with-database';

// `npm run db:migrate`: applies pending migrations (withDatabase migrates before every task).
withDatabase(async (_db, { kind }) => {
  console.log(`Datenbank ist auf dem neuesten Stand (${kind}).`);
}).catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
