import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { writeBackup } from '../../db/backup';
import { findRunningLauncher } from '../../db/embedded';
import { dataDir, pgDataDir } from './support/paths';
import { withDatabase } from './support/with-database';

// `npm run db:backup [-- --out datei.json.gz]`: the whole database as one file (see db/backup.ts).
// Works with DATABASE_URL, with the embedded database, and while the app runs (through its server, from one
// consistent snapshot; the app pauses for the moments the dump takes).
const USAGE = [
  'Aufruf:',
  '  npm run db:backup [-- --out <datei.json.gz>]',
  '',
  '  Ohne --out: sicherungen/werkstatt-<Datum>-<Uhrzeit>.json.gz',
  '  Datenbank: DATABASE_URL, sonst die eingebettete Datenbank (SKW_DATA_DIR, Standard ./.data), auch während die Werkstatt läuft.',
].join('\n');

const { values } = parseArgs({ options: { out: { type: 'string' }, help: { type: 'boolean', short: 'h' } } });
if (values.help) {
  console.log(USAGE);
  process.exit(0);
}

const stamp = new Date().toISOString().slice(0, 16).replace('T', '-').replace(':', '');
const file = path.resolve(values.out ?? path.join('sicherungen', `werkstatt-${stamp}.json.gz`));

if (!process.env.DATABASE_URL && !findRunningLauncher(dataDir()) && !fs.existsSync(pgDataDir())) {
  console.error(`Unter ${dataDir()} gibt es noch keine Datenbank, die sich sichern ließe. Sie entsteht beim ersten \`npm start\`.`);
  process.exit(1);
}
fs.mkdirSync(path.dirname(file), { recursive: true });

withDatabase(async (db, { kind }) => {
  const counts = await writeBackup(db, file);
  const rows = Object.values(counts).reduce((sum, n) => sum + n, 0);
  console.log(`Sicherung geschrieben: ${file}\n${rows} Datensätze aus ${Object.keys(counts).length} Tabellen (${kind}).`);
}).catch((error: unknown) => {
  console.error(`Die Sicherung ist fehlgeschlagen: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
