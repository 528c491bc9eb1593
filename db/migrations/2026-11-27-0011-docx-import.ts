import { type Kysely } from 'kysely';

// Frozen once shipped. A concept created from a Word document (issue 14) remembers the file's name
// (shown in the history of its imported revisions) and a summary of the import (what was taken over,
// what was not), shown on the concept page until a coordinator dismisses it. The file itself is not kept.

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .alterTable('concepts')
    .addColumn('import_file_name', 'text')
    // { fileName, importedAt, sections: [{ key, label, parts }], unassigned: string[], notTaken: string[], emptySections }
    .addColumn('import_summary', 'jsonb')
    .execute();
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('concepts').dropColumn('import_summary').dropColumn('import_file_name').execute();
}
