import type { Kysely } from 'kysely';

/** Customs entries as filed: what each line was declared at and what it paid, by program. */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('trade_customs_entries')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('entry_number', 'text', (c) => c.notNull().unique())
    .addColumn('entry_date', 'text', (c) => c.notNull())
    .addColumn('reference', 'text')
    .addColumn('duty_cents', 'bigint', (c) => c.notNull())
    .addColumn('created_by', 'text', (c) => c.notNull())
    .addColumn('created_at', 'bigint', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('trade_customs_entries_date_idx')
    .on('trade_customs_entries')
    .column('entry_date')
    .execute();

  await db.schema
    .createTable('trade_customs_entry_lines')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('entry_id', 'text', (c) =>
      c.notNull().references('trade_customs_entries.id').onDelete('cascade'),
    )
    .addColumn('line_no', 'integer', (c) => c.notNull())
    .addColumn('hts', 'text', (c) => c.notNull())
    .addColumn('origin', 'text', (c) => c.notNull())
    .addColumn('description', 'text')
    .addColumn('customs_value_cents', 'bigint', (c) => c.notNull())
    .addColumn('duty_cents', 'bigint', (c) => c.notNull())
    .addColumn('duty_lines', 'text', (c) => c.notNull())
    .addUniqueConstraint('trade_customs_entry_lines_uq', ['entry_id', 'line_no'])
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('trade_customs_entry_lines').execute();
  await db.schema.dropTable('trade_customs_entries').execute();
}
