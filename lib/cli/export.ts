import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { findConcept } from '../concepts/queries';
import { isAppError } from '../errors';
import { CONCEPT_STATUS_LABELS } from '../access/concept-rules';
import { cliExportActor } from '../export/cli-actor';
import { EMPTY_SECTION_MODES, isEmptySectionMode } from '../export/model';
import { exportConceptDocx } from '../export/export-concept-docx';
import { exportRedlineDocx } from '../export/review-documents/redline';
import { exportSynopseDocx } from '../export/review-documents/synopse';
import { exportStellungnahmeDocx } from '../export/review-documents/stellungnahme';
import { listAllConceptsForCli } from '../export/queries';
import { parseId } from '../shared/schemas';
import { withDatabase } from './support/with-database';

// `npm run export -- --list` and `npm run export -- --concept <id> [--fassung <n>] [--comments] --out <datei.docx> [--empty renumber|entfaellt|mark]`.
// Works with DATABASE_URL, with a running app (its embedded server) and with no app running.
const USAGE = [
  'Aufruf:',
  '  npm run export -- --list',
  '  npm run export -- --concept <Konzept-ID> [--fassung <Nummer>] [--comments] --out <datei.docx> [--empty renumber|entfaellt|mark] [--ohne-seitenzahlen]',
  '  npm run export -- --concept <Konzept-ID> --stellungnahme [--fassung <Nummer>] --out <datei.docx>',
  '  npm run export -- --concept <Konzept-ID> --synopse|--redline <Nummer> [--fassung <Nummer>] --out <datei.docx>',
  '',
  '  --stellungnahme      die Stellungnahme der Beratung (Bewertungen, Abdeckung, Hinweise und ihr Umgang) statt des',
  '                       Konzepts; ohne --fassung zur zuletzt eingereichten Fassung',
  '  --fassung 2          eine feste Fassung statt des aktuellen Textes (beschlossene Konzepte: ohne Angabe die beschlossene Fassung)',
  '  --comments           die Kommentare von Beratung und Kommune als Word-Kommentare an ihren Textstellen, mit',
  '                       Antworten; erledigte als erledigt markiert (mit --fassung: an der Textstelle in dieser Fassung)',
  '  --empty renumber     leere Abschnitte weglassen und die übrigen fortlaufend nummerieren (Standard; Verweise',
  '                       wie „Abschnitt 9“ im Text folgen der neuen Nummerierung)',
  '  --empty entfaellt    leere Abschnitte mit Überschrift und „(entfällt)“ aufnehmen, Nummern wie in der Vorlage',
  '  --empty mark         leere Abschnitte aufnehmen und als „noch nicht ausgefüllt“ kennzeichnen',
  '  --ohne-seitenzahlen  Seitenzahlen im Inhaltsverzeichnis nicht vorab berechnen (schneller; Word ergänzt',
  '                       sie beim Öffnen, LibreOffice erst nach „Extras › Aktualisieren › Alles aktualisieren“)',
  '  --synopse 1          Synopse: Fassung 1 (bisherige) und der aktuelle Text oder die mit --fassung genannte (neue)',
  '  --redline 1          dasselbe als Word-Dokument mit Änderungsverfolgung (Annehmen/Ablehnen in Word)',
].join('\n');

/** On a fresh clone the database is empty until the first `npm start` seeds the demo data. */
function emptyListHint(kind: string): string {
  return kind === 'DATABASE_URL'
    ? 'Konzepte legt die Koordination einer Kommune in der Werkstatt an. Demo-Daten für eine Test- oder Schulungsinstanz: ' +
        'npm run db:seed (bei NODE_ENV=production: npm run db:seed -- --force).'
    : 'Die Demo-Daten (darunter ein weit gediehenes Konzept des Landkreises Musterland) entstehen beim ersten ' +
        '`npm start` oder mit `npm run db:seed`.';
}

function fail(message: string): never {
  console.error(`${message}\n\n${USAGE}`);
  process.exit(1);
}

const { values } = parseArgs({
  options: {
    list: { type: 'boolean' },
    concept: { type: 'string' },
    out: { type: 'string' },
    empty: { type: 'string' },
    fassung: { type: 'string' },
    synopse: { type: 'string' },
    redline: { type: 'string' },
    'ohne-seitenzahlen': { type: 'boolean' },
    stellungnahme: { type: 'boolean' },
    comments: { type: 'boolean' },
    help: { type: 'boolean', short: 'h' },
  },
});
if (values.help) {
  console.log(USAGE);
  process.exit(0);
}
if (!values.list && !values.concept) fail('Bitte --list oder --concept angeben.');
if (values.concept && !values.out) fail('Bitte mit --out angeben, wohin die DOCX-Datei geschrieben werden soll.');
// „omit“ is the earlier name of „renumber“; scripts written before keep working.
const emptySections = values.empty === undefined || values.empty === 'omit' ? 'renumber' : values.empty;
if (!isEmptySectionMode(emptySections)) fail(`Unbekannter Wert für --empty: „${emptySections}“ (erlaubt: ${EMPTY_SECTION_MODES.join(', ')}).`);
if (values.synopse !== undefined && values.redline !== undefined) fail('Bitte nur eines angeben: --synopse oder --redline.');
if (values.fassung !== undefined && !/^[1-9]\d{0,5}$/.test(values.fassung)) fail(`„${values.fassung}“ ist keine Fassungsnummer (1, 2, …).`);
if (values.comments && values.stellungnahme) fail('--comments gilt für das Konzept; die Stellungnahme enthält die Hinweise bereits als Tabelle.');

withDatabase(async (db, { kind }) => {
  if (values.list) {
    const concepts = await listAllConceptsForCli(db);
    if (concepts.length === 0) console.log(`Keine Konzepte vorhanden (${kind}).\n${emptyListHint(kind)}`);
    for (const c of concepts) console.log([c.id, c.district_name, c.title, CONCEPT_STATUS_LABELS[c.status]].join('\t'));
    return;
  }
  let conceptId: string;
  try {
    conceptId = parseId(values.concept);
  } catch {
    fail(`„${values.concept}“ ist keine Konzept-ID. Die IDs zeigt: npm run export -- --list`);
  }
  const concept = await findConcept(db, { conceptId });
  if (!concept) fail(`Konzept ${conceptId} gibt es nicht (${kind}).`);
  const started = performance.now();
  if (values.stellungnahme) {
    const statement = await exportStellungnahmeDocx(cliExportActor(concept.district_id, 'coordinator'), { conceptId, fassung: values.fassung });
    const file = path.resolve(values.out ?? statement.filename);
    await writeFile(file, statement.buffer);
    console.log(`Stellungnahme zu „${concept.title}“, Fassung ${statement.versionNumber}: ${file} (${Math.round(statement.buffer.length / 1024)} KB, ${kind}).`);
    return;
  }
  const change = values.synopse !== undefined ? ('synopse' as const) : values.redline !== undefined ? ('redline' as const) : null;
  if (change) {
    const from = values.synopse ?? values.redline;
    // The same use cases as the download buttons; without --fassung against the current text.
    const exportChanges = change === 'synopse' ? exportSynopseDocx : exportRedlineDocx;
    const result = await exportChanges(cliExportActor(concept.district_id), { conceptId, from, to: values.fassung ?? 'aktuell' });
    const out = path.resolve(values.out ?? result.filename);
    await writeFile(out, result.buffer);
    console.log(`„${concept.title}“, ${change === 'synopse' ? 'Synopse' : 'Redline'} ab Fassung ${from}: ${out} (${Math.round(performance.now() - started)} ms, ${kind}).`);
    return;
  }
  const result = await exportConceptDocx(cliExportActor(concept.district_id), {
    conceptId,
    emptySections,
    tocPageNumbers: !values['ohne-seitenzahlen'],
    source: values.fassung ? { kind: 'version', number: Number(values.fassung) } : { kind: 'draft' },
    comments: values.comments === true,
  });
  const out = path.resolve(values.out ?? result.filename);
  await writeFile(out, result.buffer);
  const ms = Math.round(performance.now() - started);
  const which = (values.fassung ? `, Fassung ${values.fassung}` : '') + (values.comments ? ', mit Kommentaren' : '');
  console.log(`„${concept.title}“${which} exportiert: ${out} (${Math.round(result.buffer.length / 1024)} KB, ${ms} ms, ${kind}).`);
  if (!values['ohne-seitenzahlen'] && !result.tocPageNumbers) {
    console.warn('Hinweis: Die Seitenzahlen im Inhaltsverzeichnis konnten nicht berechnet werden; Word ergänzt sie beim Öffnen.');
  }
}).catch((error: unknown) => {
  console.error(isAppError(error) || error instanceof Error ? error.message : error);
  process.exit(1);
});
