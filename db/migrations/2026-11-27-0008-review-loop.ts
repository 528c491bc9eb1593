import { sql, type Kysely } from 'kysely';

// Frozen once shipped. The review loop between a district and its DeBUG advisors:
// - concepts get the workflow states (Entwurf … Beschlossen), a sharing flag and the next review date;
// - Fassungen (concept_versions) freeze a whole concept: which revision of every section, the concept's
//   details and the facility and contact data of the annex, plus the council decision for an adoption;
// - comment threads with replies, anchored on a text range or a whole section, outside the section text;
// - the advisor's verdict per section and Fassung;
// - audit entries name their concept, so a concept's activity can be read without parsing details.

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  await sql`alter table concepts drop constraint if exists concepts_status_check`.execute(db);
  await sql`update concepts set status = 'submitted' where status = 'in_review'`.execute(db);
  await sql`update concepts set status = 'superseded' where status = 'archived'`.execute(db);
  await sql`alter table concepts add constraint concepts_status_check
    check (status in ('draft', 'submitted', 'changes_requested', 'approved', 'adopted', 'superseded'))`.execute(db);
  await db.schema
    .alterTable('concepts')
    .addColumn('is_shared', 'boolean', (c) => c.notNull().defaultTo(false))
    .addColumn('shared_at', 'timestamptz')
    .addColumn('next_review_on', 'date')
    .execute();
  // Fortschreibung: the next edition points at the adopted one it continues (at most one successor each).
  await db.schema
    .alterTable('concepts')
    .addColumn('previous_concept_id', 'uuid', (c) => c.references('concepts.id').onDelete('set null'))
    .addColumn('edition', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('review_due_noticed_at', 'timestamptz')
    .execute();
  await db.schema.createIndex('concepts_previous_unique').on('concepts').column('previous_concept_id').unique().execute();
  // Revisions carried over from the previous edition, and (later) imported from a Word document.
  await sql`alter table section_revisions drop constraint if exists section_revisions_kind_check`.execute(db);
  await sql`alter table section_revisions add constraint section_revisions_kind_check
    check (kind in ('template', 'edit', 'restore', 'seed', 'carryover', 'import'))`.execute(db);
  // Concepts that were already in review were visible to advisors: keep them visible.
  await sql`update concepts set is_shared = true, shared_at = now() where status <> 'draft'`.execute(db);

  await db.schema
    .createTable('concept_versions')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('concept_id', 'uuid', (c) => c.notNull().references('concepts.id').onDelete('cascade'))
    .addColumn('district_id', 'uuid', (c) => c.notNull().references('districts.id').onDelete('cascade'))
    .addColumn('number', 'integer', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull().check(sql`kind in ('submission', 'adoption')`))
    .addColumn('note', 'text')
    // { title, responsible, districtName, districtKind, coordinatorNames, facilityIds }
    .addColumn('details', 'jsonb', (c) => c.notNull())
    // { facilities: FacilityForTable[], contacts: ContactForTable[] } as used in the annex
    .addColumn('annex', 'jsonb', (c) => c.notNull())
    .addColumn('decided_by', 'text')
    .addColumn('decided_on', 'date')
    .addColumn('resolution_number', 'text')
    .addColumn('without_advisor_reason', 'text')
    .addColumn('next_review_on', 'date')
    // Adopted although the Vollständigkeitsprüfung still listed open points: how many, and why.
    .addColumn('open_findings', 'integer')
    .addColumn('open_findings_reason', 'text')
    // What came of a submission: the advisor's answer (or the district's withdrawal), with a note.
    .addColumn('outcome', 'text', (c) => c.check(sql`outcome is null or outcome in ('changes_requested', 'approved', 'withdrawn')`))
    .addColumn('outcome_note', 'text')
    .addColumn('outcome_by', 'uuid', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('outcome_at', 'timestamptz')
    .addColumn('created_by', 'uuid', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addUniqueConstraint('concept_versions_number_unique', ['concept_id', 'number'])
    .execute();

  await db.schema
    .createTable('concept_version_sections')
    .addColumn('version_id', 'uuid', (c) => c.notNull().references('concept_versions.id').onDelete('cascade'))
    .addColumn('section_id', 'uuid', (c) => c.notNull().references('sections.id').onDelete('cascade'))
    .addColumn('district_id', 'uuid', (c) => c.notNull().references('districts.id').onDelete('cascade'))
    .addColumn('key', 'text', (c) => c.notNull())
    // 0: the section had no text when the Fassung was frozen.
    .addColumn('revision_number', 'integer', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('checklist', 'jsonb', (c) => c.notNull())
    .addPrimaryKeyConstraint('concept_version_sections_pk', ['version_id', 'section_id'])
    .execute();

  await db.schema
    .createTable('comment_threads')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('concept_id', 'uuid', (c) => c.notNull().references('concepts.id').onDelete('cascade'))
    .addColumn('section_id', 'uuid', (c) => c.notNull().references('sections.id').onDelete('cascade'))
    .addColumn('district_id', 'uuid', (c) => c.notNull().references('districts.id').onDelete('cascade'))
    .addColumn('number', 'integer', (c) => c.notNull())
    .addColumn('anchor_kind', 'text', (c) => c.notNull().check(sql`anchor_kind in ('range', 'section')`))
    // Range anchors: { revision, start, end, exact, prefix, suffix } in the section's plain text
    // (W3C text-position and text-quote selectors); moved along with every new revision.
    .addColumn('anchor', 'jsonb')
    .addColumn('is_detached', 'boolean', (c) => c.notNull().defaultTo(false))
    .addColumn('is_resolved', 'boolean', (c) => c.notNull().defaultTo(false))
    .addColumn('author_role', 'text', (c) => c.notNull().check(sql`author_role in ('coordinator', 'editor', 'advisor')`))
    .addColumn('created_by', 'uuid', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('resolved_by', 'uuid', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('resolved_at', 'timestamptz')
    .addColumn('disposition', 'text', (c) =>
      c.check(sql`disposition is null or disposition in ('uebernommen', 'teilweise', 'nicht_uebernommen')`),
    )
    .addColumn('disposition_reason', 'text')
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addUniqueConstraint('comment_threads_number_unique', ['concept_id', 'number'])
    .execute();
  await db.schema.createIndex('comment_threads_section_idx').on('comment_threads').columns(['section_id', 'is_resolved']).execute();

  await db.schema
    .createTable('comments')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('thread_id', 'uuid', (c) => c.notNull().references('comment_threads.id').onDelete('cascade'))
    .addColumn('district_id', 'uuid', (c) => c.notNull().references('districts.id').onDelete('cascade'))
    .addColumn('author_id', 'uuid', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('body', 'text', (c) => c.notNull())
    .addColumn('mentions', 'jsonb', (c) => c.notNull().defaultTo(sql`'[]'::jsonb`))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('edited_at', 'timestamptz')
    // Removed for data protection by a coordinator: the text is gone, the place in the thread stays.
    .addColumn('redacted_at', 'timestamptz')
    .addColumn('redacted_by', 'uuid', (c) => c.references('users.id').onDelete('set null'))
    .execute();
  await db.schema.createIndex('comments_thread_idx').on('comments').columns(['thread_id', 'created_at']).execute();

  await db.schema
    .createTable('section_verdicts')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('version_id', 'uuid', (c) => c.notNull().references('concept_versions.id').onDelete('cascade'))
    .addColumn('section_id', 'uuid', (c) => c.notNull().references('sections.id').onDelete('cascade'))
    .addColumn('district_id', 'uuid', (c) => c.notNull().references('districts.id').onDelete('cascade'))
    .addColumn('verdict', 'text', (c) => c.notNull().check(sql`verdict in ('erfuellt', 'nachbessern', 'offen', 'entfaellt')`))
    .addColumn('note', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('author_id', 'uuid', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addUniqueConstraint('section_verdicts_unique', ['version_id', 'section_id'])
    .execute();

  // What an advisor has seen: "changed since I last looked".
  await db.schema
    .createTable('concept_reads')
    .addColumn('user_id', 'uuid', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('concept_id', 'uuid', (c) => c.notNull().references('concepts.id').onDelete('cascade'))
    .addColumn('read_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addPrimaryKeyConstraint('concept_reads_pk', ['user_id', 'concept_id'])
    .execute();

  await db.schema.alterTable('audit_log').addColumn('concept_id', 'uuid').execute();
  await sql`update audit_log set concept_id = (details->>'conceptId')::uuid
    where details ? 'conceptId' and details->>'conceptId' ~ '^[0-9a-f-]{36}$'`.execute(db);
  await sql`update audit_log set concept_id = object_id::uuid
    where concept_id is null and object_type = 'concept' and object_id ~ '^[0-9a-f-]{36}$'`.execute(db);
  await db.schema.createIndex('audit_log_concept_idx').on('audit_log').columns(['concept_id', 'created_at']).execute();
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex('audit_log_concept_idx').ifExists().execute();
  await db.schema.alterTable('audit_log').dropColumn('concept_id').execute();
  for (const table of ['concept_reads', 'section_verdicts', 'comments', 'comment_threads', 'concept_version_sections', 'concept_versions']) {
    await db.schema.dropTable(table).ifExists().execute();
  }
  await db.schema.dropIndex('concepts_previous_unique').ifExists().execute();
  await db.schema
    .alterTable('concepts')
    .dropColumn('is_shared')
    .dropColumn('shared_at')
    .dropColumn('next_review_on')
    .dropColumn('previous_concept_id')
    .dropColumn('edition')
    .dropColumn('review_due_noticed_at')
    .execute();
  await sql`alter table section_revisions drop constraint if exists section_revisions_kind_check`.execute(db);
  await sql`alter table section_revisions add constraint section_revisions_kind_check check (kind in ('template', 'edit', 'restore', 'seed'))`.execute(db);
  await sql`alter table concepts drop constraint if exists concepts_status_check`.execute(db);
  await sql`update concepts set status = 'in_review' where status in ('submitted', 'changes_requested', 'approved')`.execute(db);
  await sql`update concepts set status = 'archived' where status = 'superseded'`.execute(db);
  await sql`alter table concepts add constraint concepts_status_check
    check (status in ('draft', 'in_review', 'adopted', 'archived'))`.execute(db);
}
