import type { Kysely } from 'kysely';

/** The pool of refurbished machines shipped ahead as advance replacements. */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('service_refurb_units')
    .addColumn('serial', 'text', (c) => c.primaryKey())
    .addColumn('model_name', 'text', (c) => c.notNull())
    .addColumn('grade', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('unit_id', 'text')
    .addColumn('source_rma_unit_id', 'text')
    .addColumn('shipped_for_rma_unit_id', 'text')
    .addColumn('note', 'text')
    .addColumn('added_at', 'bigint', (c) => c.notNull())
    .addColumn('shipped_at', 'bigint')
    .execute();
  await db.schema
    .createIndex('service_refurb_units_model_idx')
    .on('service_refurb_units')
    .columns(['model_name', 'status'])
    .execute();
}
