import path from 'node:path';
import { parseArgs } from 'node:util';
import { BackupError, restoreBackup } from '../../db/backup';
import { closeDb, createDb } from '../../db/client';
import { findRunningLauncher } from '../../db/embedded';
import { dataDir } from './support/paths';
import { openEmbeddedDatabase } from './support/with-database';

// `npm run db:restore -- <datei.json.gz> [--ersetzen]`: a backup of `npm run db:backup` back into a database.
// Into an empty database (a new data folder or a newly created Postgres database), or with --ersetzen in place of
// the data there. One transaction: a damaged file changes nothing. Never while the app uses the data folder.
const USAGE = [
  'Aufruf:',
  '  npm run db:restore -- <datei.json.gz> [--ersetzen]',
  '',
  '  --ersetzen   die Daten der Zieldatenbank durch die Sicherung ersetzen (ohne: nur in eine leere Datenbank)',
  '  Datenbank: DATABASE_URL, sonst die eingebettete Datenbank (SKW_DATA_DIR, Standard ./.data).',
].join('\n');

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

const { values, positionals } = parseArgs({
  options: { ersetzen: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } },
  allowPositionals: true,
});
if (values.help) {
  console.log(USAGE);
  process.exit(0);
}
if (positionals.length !== 1) fail(`Bitte genau eine Sicherungsdatei angeben.\n\n${USAGE}`);
const file = path.resolve(positionals[0]!);

async function main() {
  let url = process.env.DATABASE_URL;
  let kind = 'DATABASE_URL';
  let cleanup = async () => {};
  if (!url) {
    const running = findRunningLauncher(dataDir());
    if (running) {
      fail(
        `Die Werkstatt läuft gerade (PID ${running.pid}, gestartet ${running.startedAt}) und benutzt den Datenordner ${dataDir()}.\n` +
          'Beenden Sie sie zuerst (Strg+C im Fenster von `npm start`) und starten Sie die Wiederherstellung dann erneut.',
      );
    }
    ({ url, kind, close: cleanup } = await openEmbeddedDatabase(10));
  }
  const db = createDb(url, { max: 2 });
  try {
    const counts = await restoreBackup(db, file, { replace: Boolean(values.ersetzen) });
    const rows = Object.values(counts).reduce((sum, n) => sum + n, 0);
    console.log(`Sicherung wiederhergestellt: ${rows} Datensätze aus ${Object.keys(counts).length} Tabellen (${kind}).`);
  } finally {
    await db.destroy();
    await closeDb();
    await cleanup();
  }
}

main().catch((error: unknown) => {
  const message = error instanceof BackupError ? error.message : `Die Wiederherstellung ist fehlgeschlagen: ${error instanceof Error ? error.message : String(error)}`;
  console.error(message);
  process.exit(1);
});
