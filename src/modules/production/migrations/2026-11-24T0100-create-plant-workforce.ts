import { sql, type Kysely } from 'kysely';

/**
 * The plant and its people: work centres, shifts and holidays, routings (minutes per unit on
 * each work centre and role), workforce roles with their learning curves, the headcount plan,
 * the staff roster, ramp phases; and the shop-floor record of operations with scrap and rework
 * reasons.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('production_shifts')
    .addColumn('code', 'text', (c) => c.primaryKey())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('starts_at', 'text', (c) => c.notNull())
    .addColumn('minutes', 'integer', (c) => c.notNull())
    .addColumn('days', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'bigint', (c) => c.notNull())
    .addCheckConstraint('production_shifts_minutes', sql`minutes > 0 and minutes <= 1440`)
    .execute();
  await db.schema
    .createTable('production_holidays')
    .addColumn('date', 'text', (c) => c.primaryKey())
    .addColumn('name', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createTable('production_work_centres')
    .addColumn('code', 'text', (c) => c.primaryKey())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('stations', 'integer', (c) => c.notNull())
    .addColumn('shifts', 'text', (c) => c.notNull())
    .addColumn('efficiency_bp', 'integer', (c) => c.notNull())
    .addColumn('note', 'text')
    .addColumn('updated_at', 'bigint', (c) => c.notNull())
    .addCheckConstraint('production_work_centres_stations', sql`stations >= 0`)
    .execute();
  await db.schema
    .createTable('production_routings')
    .addColumn('model_name', 'text', (c) => c.notNull())
    .addColumn('seq', 'integer', (c) => c.notNull())
    .addColumn('operation', 'text', (c) => c.notNull())
    .addColumn('work_centre', 'text', (c) => c.notNull().references('production_work_centres.code'))
    .addColumn('station_minutes', 'integer', (c) => c.notNull())
    .addColumn('role', 'text')
    .addColumn('labour_minutes', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('production_routings_pk', ['model_name', 'seq'])
    .execute();
  await db.schema
    .createTable('production_roles')
    .addColumn('code', 'text', (c) => c.primaryKey())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('default_shift', 'text', (c) => c.notNull())
    .addColumn('learning_curve', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'bigint', (c) => c.notNull())
    .execute();
  await db.schema
    .createTable('production_headcount_plan')
    .addColumn('month', 'text', (c) => c.notNull())
    .addColumn('role', 'text', (c) => c.notNull().references('production_roles.code'))
    .addColumn('headcount', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('production_headcount_plan_pk', ['month', 'role'])
    .addCheckConstraint('production_headcount_plan_headcount', sql`headcount >= 0`)
    .execute();
  await db.schema
    .createTable('production_staff')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('employee_no', 'text', (c) => c.notNull().unique())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('role', 'text', (c) => c.notNull().references('production_roles.code'))
    .addColumn('shift', 'text')
    .addColumn('work_centre', 'text')
    .addColumn('home_base', 'text')
    .addColumn('hired_on', 'text', (c) => c.notNull())
    .addColumn('left_on', 'text')
    .addColumn('updated_at', 'bigint', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('production_staff_role_idx')
    .on('production_staff')
    .columns(['role', 'hired_on'])
    .execute();
  await db.schema
    .createTable('production_ramp_phases')
    .addColumn('code', 'text', (c) => c.primaryKey())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('starts_on', 'text', (c) => c.notNull())
    .addColumn('ends_on', 'text', (c) => c.notNull())
    .addColumn('target_per_week', 'integer', (c) => c.notNull())
    .addColumn('note', 'text')
    .execute();
  await db.schema
    .createTable('production_reason_codes')
    .addColumn('code', 'text', (c) => c.primaryKey())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createTable('production_operations')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('work_order_id', 'text', (c) => c.notNull().references('production_work_orders.id'))
    .addColumn('unit_id', 'text', (c) => c.references('production_units.id'))
    .addColumn('operation', 'text', (c) => c.notNull())
    .addColumn('station', 'text')
    .addColumn('operator', 'text', (c) => c.notNull())
    .addColumn('started_at', 'bigint', (c) => c.notNull())
    .addColumn('finished_at', 'bigint', (c) => c.notNull())
    .addColumn('outcome', 'text', (c) => c.notNull())
    .addColumn('reason_code', 'text')
    .addColumn('note', 'text')
    .execute();
  await db.schema
    .createIndex('production_operations_unit_idx')
    .on('production_operations')
    .column('unit_id')
    .execute();
  await db.schema
    .createIndex('production_operations_wo_idx')
    .on('production_operations')
    .columns(['work_order_id', 'finished_at'])
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const table of [
    'production_operations',
    'production_reason_codes',
    'production_ramp_phases',
    'production_staff',
    'production_headcount_plan',
    'production_roles',
    'production_routings',
    'production_work_centres',
    'production_holidays',
    'production_shifts',
  ])
    await db.schema.dropTable(table).execute();
}
