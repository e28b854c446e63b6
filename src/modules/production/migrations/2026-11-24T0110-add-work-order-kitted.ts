import type { Kysely } from 'kysely';

/** How many of a work order's units have had their parts kitted to the line. */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .alterTable('production_work_orders')
    .addColumn('kitted_units', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('production_work_orders').dropColumn('kitted_units').execute();
}
