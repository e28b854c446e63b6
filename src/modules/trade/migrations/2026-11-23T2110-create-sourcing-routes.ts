import type { Kysely } from 'kysely';

/** How a model reaches a US customer: built in the plant, or imported from a factory abroad. */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('trade_sourcing_routes')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('model_name', 'text', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('origin', 'text')
    .addColumn('origin_basis', 'text')
    .addColumn('origin_evidence', 'text')
    .addColumn('mode', 'text')
    .addColumn('fob_cents', 'bigint')
    .addColumn('freight_cents', 'bigint')
    .addColumn('insurance_bp', 'integer')
    .addColumn('brokerage_cents', 'bigint', (c) => c.notNull())
    .addColumn('holding_cents', 'bigint')
    .addColumn('inbound_freight_bp', 'integer')
    .addColumn('overhead_cents', 'bigint')
    .addColumn('note', 'text')
    .addColumn('created_at', 'bigint', (c) => c.notNull())
    .addColumn('updated_at', 'bigint', (c) => c.notNull())
    .addUniqueConstraint('trade_sourcing_routes_model_name_uq', ['model_name', 'name'])
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('trade_sourcing_routes').execute();
}
