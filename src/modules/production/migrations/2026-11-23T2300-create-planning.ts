import { sql, type Kysely } from 'kysely';

/** The build plan (MPS), planning parameters per part, and stored MRP runs. */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('production_build_plan')
    .addColumn('part_id', 'text', (c) => c.notNull().references('catalog_parts.id'))
    .addColumn('week_start', 'text', (c) => c.notNull())
    .addColumn('quantity', 'integer', (c) => c.notNull())
    .addColumn('updated_by', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'bigint', (c) => c.notNull())
    .addPrimaryKeyConstraint('production_build_plan_pk', ['part_id', 'week_start'])
    .addCheckConstraint('production_build_plan_quantity', sql`quantity >= 0`)
    .execute();

  await db.schema
    .createTable('production_planning_params')
    .addColumn('part_id', 'text', (c) => c.primaryKey().references('catalog_parts.id'))
    .addColumn('lead_time_days', 'integer')
    .addColumn('safety_stock', 'integer', (c) => c.notNull())
    .addColumn('min_order_quantity', 'integer', (c) => c.notNull())
    .addColumn('order_multiple', 'integer', (c) => c.notNull())
    .addColumn('note', 'text')
    .addColumn('updated_at', 'bigint', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('production_mrp_runs')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('first_week', 'text', (c) => c.notNull())
    .addColumn('weeks', 'integer', (c) => c.notNull())
    .addColumn('result', 'text', (c) => c.notNull())
    .addColumn('created_by', 'text', (c) => c.notNull())
    .addColumn('created_at', 'bigint', (c) => c.notNull())
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('production_mrp_runs').execute();
  await db.schema.dropTable('production_planning_params').execute();
  await db.schema.dropTable('production_build_plan').execute();
}
