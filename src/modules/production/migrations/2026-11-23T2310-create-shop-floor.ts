import { sql, type Kysely } from 'kysely';

/**
 * Work orders, units and hashboards with their genealogy, and burn-in records. A component
 * serial can be installed in one unit only: a partial unique index over installed rows.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('production_settings')
    .addColumn('key', 'text', (c) => c.primaryKey())
    .addColumn('value', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'bigint', (c) => c.notNull())
    .execute();
  await db.schema
    .createTable('production_serial_sequences')
    .addColumn('prefix', 'text', (c) => c.primaryKey())
    .addColumn('last', 'integer', (c) => c.notNull())
    .execute();
  await db.schema
    .createTable('production_qc_thresholds')
    .addColumn('model_name', 'text', (c) => c.primaryKey())
    .addColumn('min_hashrate_bp', 'integer', (c) => c.notNull())
    .addColumn('max_chip_temp_c', 'integer', (c) => c.notNull())
    .addColumn('max_efficiency_bp', 'integer', (c) => c.notNull())
    .addColumn('min_duration_min', 'integer', (c) => c.notNull())
    .addColumn('min_chips_bp', 'integer', (c) => c.notNull())
    .addColumn('min_fan_rpm', 'integer', (c) => c.notNull())
    .addColumn('updated_at', 'bigint', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('production_work_orders')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('number', 'text', (c) => c.notNull().unique())
    .addColumn('model_name', 'text', (c) => c.notNull())
    .addColumn('part_id', 'text', (c) => c.notNull())
    .addColumn('quantity', 'integer', (c) => c.notNull())
    .addColumn('week_start', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('line_location_id', 'text', (c) => c.notNull())
    .addColumn('created_by', 'text', (c) => c.notNull())
    .addColumn('created_at', 'bigint', (c) => c.notNull())
    .addColumn('updated_at', 'bigint', (c) => c.notNull())
    .addCheckConstraint('production_work_orders_quantity', sql`quantity >= 1`)
    .execute();

  await db.schema
    .createTable('production_units')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('serial', 'text', (c) => c.notNull().unique())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('part_id', 'text', (c) => c.notNull())
    .addColumn('model_name', 'text', (c) => c.notNull())
    .addColumn('work_order_id', 'text', (c) => c.notNull().references('production_work_orders.id'))
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('station', 'text')
    .addColumn('built_by', 'text', (c) => c.notNull())
    .addColumn('built_at', 'bigint', (c) => c.notNull())
    .addColumn('built_on', 'text', (c) => c.notNull())
    .addColumn('value_cents', 'bigint', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('production_units_wo_idx')
    .on('production_units')
    .columns(['work_order_id', 'kind'])
    .execute();
  await db.schema
    .createIndex('production_units_model_idx')
    .on('production_units')
    .columns(['model_name', 'built_on'])
    .execute();

  await db.schema
    .createTable('production_genealogy')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('parent_unit_id', 'text', (c) => c.notNull().references('production_units.id'))
    .addColumn('component_part_id', 'text', (c) => c.notNull())
    .addColumn('component_unit_id', 'text', (c) => c.references('production_units.id'))
    .addColumn('component_serial', 'text')
    .addColumn('lot_id', 'text')
    .addColumn('lot_code', 'text')
    .addColumn('quantity', 'integer', (c) => c.notNull())
    .addColumn('installed_at', 'bigint', (c) => c.notNull())
    .addColumn('removed_at', 'bigint')
    .execute();
  await db.schema
    .createIndex('production_genealogy_installed_serial_uq')
    .on('production_genealogy')
    .column('component_serial')
    .unique()
    .where(sql.ref('removed_at'), 'is', null)
    .execute();
  await db.schema
    .createIndex('production_genealogy_parent_idx')
    .on('production_genealogy')
    .column('parent_unit_id')
    .execute();
  await db.schema
    .createIndex('production_genealogy_lot_idx')
    .on('production_genealogy')
    .column('lot_id')
    .execute();
  await db.schema
    .createIndex('production_genealogy_component_unit_idx')
    .on('production_genealogy')
    .column('component_unit_id')
    .execute();

  await db.schema
    .createTable('production_burn_in')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('unit_id', 'text', (c) => c.notNull().references('production_units.id'))
    .addColumn('attempt', 'integer', (c) => c.notNull())
    .addColumn('tested_at', 'bigint', (c) => c.notNull())
    .addColumn('tested_on', 'text', (c) => c.notNull())
    .addColumn('duration_min', 'integer', (c) => c.notNull())
    .addColumn('hashrate_ghs', 'bigint', (c) => c.notNull())
    .addColumn('power_w', 'integer', (c) => c.notNull())
    .addColumn('max_chip_temp_c', 'integer', (c) => c.notNull())
    .addColumn('min_fan_rpm', 'integer', (c) => c.notNull())
    .addColumn('boards', 'text', (c) => c.notNull())
    .addColumn('hashrate_bp', 'integer', (c) => c.notNull())
    .addColumn('efficiency_jth_x100', 'integer', (c) => c.notNull())
    .addColumn('result', 'text', (c) => c.notNull())
    .addColumn('reasons', 'text', (c) => c.notNull())
    .addColumn('station', 'text')
    .addColumn('tested_by', 'text', (c) => c.notNull())
    .addUniqueConstraint('production_burn_in_attempt_uq', ['unit_id', 'attempt'])
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const table of [
    'production_burn_in',
    'production_genealogy',
    'production_units',
    'production_work_orders',
    'production_qc_thresholds',
    'production_serial_sequences',
    'production_settings',
  ])
    await db.schema.dropTable(table).execute();
}
