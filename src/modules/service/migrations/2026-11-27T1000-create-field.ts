import type { Kysely } from 'kysely';

/** Field service: technicians with home base, skills and van; visits to sites; dispatch runs. */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('service_technicians')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('code', 'text', (c) => c.notNull().unique())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('user_id', 'text')
    .addColumn('home_label', 'text', (c) => c.notNull())
    .addColumn('home_latitude', 'double precision', (c) => c.notNull())
    .addColumn('home_longitude', 'double precision', (c) => c.notNull())
    .addColumn('skills', 'text', (c) => c.notNull())
    .addColumn('minutes_per_day', 'integer', (c) => c.notNull())
    .addColumn('days_off', 'text', (c) => c.notNull())
    .addColumn('van_location_id', 'text')
    .addColumn('active', 'integer', (c) => c.notNull())
    .addColumn('created_at', 'bigint', (c) => c.notNull())
    .addColumn('updated_at', 'bigint', (c) => c.notNull())
    .execute();
  await db.schema
    .createTable('service_visits')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('number', 'text', (c) => c.notNull().unique())
    .addColumn('customer_id', 'text', (c) => c.notNull().references('sales_customers.id'))
    .addColumn('site_id', 'text', (c) => c.notNull().references('sales_sites.id'))
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('window_start', 'text', (c) => c.notNull())
    .addColumn('window_end', 'text', (c) => c.notNull())
    .addColumn('due_by', 'text', (c) => c.notNull())
    .addColumn('duration_min', 'integer', (c) => c.notNull())
    .addColumn('skills', 'text', (c) => c.notNull())
    .addColumn('kit', 'text', (c) => c.notNull())
    .addColumn('technician_id', 'text', (c) => c.references('service_technicians.id'))
    .addColumn('scheduled_on', 'text')
    .addColumn('route_order', 'integer')
    .addColumn('checked_in_at', 'bigint')
    .addColumn('completed_at', 'bigint')
    .addColumn('signoff_name', 'text')
    .addColumn('note', 'text')
    .addColumn('created_by', 'text', (c) => c.notNull())
    .addColumn('created_at', 'bigint', (c) => c.notNull())
    .addColumn('updated_at', 'bigint', (c) => c.notNull())
    .execute();
  for (const column of ['status', 'technician_id', 'customer_id'])
    await db.schema
      .createIndex(`service_visits_${column}_idx`)
      .on('service_visits')
      .column(column)
      .execute();
  await db.schema
    .createTable('service_visit_units')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('visit_id', 'text', (c) => c.notNull().references('service_visits.id'))
    .addColumn('serial', 'text', (c) => c.notNull())
    .addColumn('fault_code', 'text', (c) => c.notNull())
    .addColumn('result', 'text')
    .addColumn('note', 'text')
    .addColumn('parts_used', 'text', (c) => c.notNull())
    .addColumn('recorded_at', 'bigint')
    .addUniqueConstraint('service_visit_units_uq', ['visit_id', 'serial'])
    .execute();
  await db.schema
    .createTable('service_dispatch_runs')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('first_day', 'text', (c) => c.notNull())
    .addColumn('days', 'integer', (c) => c.notNull())
    .addColumn('result', 'text', (c) => c.notNull())
    .addColumn('applied', 'integer', (c) => c.notNull())
    .addColumn('created_by', 'text', (c) => c.notNull())
    .addColumn('created_at', 'bigint', (c) => c.notNull())
    .execute();
}
