import { sql, type Kysely } from 'kysely';

/**
 * Customers with their sites and contacts, sales orders with lines, the supply sources a
 * promise draws on (the US plant and import lanes), and the promise runs with each line's answer.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('sales_customers')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('code', 'text', (c) => c.notNull().unique())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('priority', 'integer', (c) => c.notNull())
    .addColumn('fleet_size', 'integer')
    .addColumn('note', 'text')
    .addColumn('created_at', 'bigint', (c) => c.notNull())
    .addColumn('updated_at', 'bigint', (c) => c.notNull())
    .addCheckConstraint('sales_customers_priority', sql`priority between 1 and 5`)
    .execute();

  await db.schema
    .createTable('sales_sites')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('customer_id', 'text', (c) => c.notNull().references('sales_customers.id'))
    .addColumn('code', 'text', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('state', 'text', (c) => c.notNull())
    .addColumn('city', 'text', (c) => c.notNull())
    .addColumn('latitude', 'double precision', (c) => c.notNull())
    .addColumn('longitude', 'double precision', (c) => c.notNull())
    .addColumn('power_kw', 'integer', (c) => c.notNull())
    .addColumn('cooling', 'text', (c) => c.notNull())
    .addColumn('created_at', 'bigint', (c) => c.notNull())
    .addColumn('updated_at', 'bigint', (c) => c.notNull())
    .addUniqueConstraint('sales_sites_code_uq', ['customer_id', 'code'])
    .execute();

  await db.schema
    .createTable('sales_contacts')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('customer_id', 'text', (c) => c.notNull().references('sales_customers.id'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('email', 'text', (c) => c.notNull())
    .addColumn('phone', 'text')
    .addColumn('role', 'text')
    .addColumn('created_at', 'bigint', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('sales_contacts_customer_idx')
    .on('sales_contacts')
    .column('customer_id')
    .execute();

  await db.schema
    .createTable('sales_orders')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('number', 'text', (c) => c.notNull().unique())
    .addColumn('customer_id', 'text', (c) => c.notNull().references('sales_customers.id'))
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('customer_po', 'text')
    .addColumn('note', 'text')
    .addColumn('created_by', 'text', (c) => c.notNull())
    .addColumn('created_at', 'bigint', (c) => c.notNull())
    .addColumn('updated_at', 'bigint', (c) => c.notNull())
    .addColumn('confirmed_at', 'bigint')
    .execute();
  await db.schema
    .createIndex('sales_orders_customer_idx')
    .on('sales_orders')
    .columns(['customer_id', 'status'])
    .execute();

  await db.schema
    .createTable('sales_order_lines')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('order_id', 'text', (c) =>
      c.notNull().references('sales_orders.id').onDelete('cascade'),
    )
    .addColumn('line_no', 'integer', (c) => c.notNull())
    .addColumn('model_name', 'text', (c) => c.notNull())
    .addColumn('quantity', 'integer', (c) => c.notNull())
    .addColumn('unit_price_cents', 'bigint', (c) => c.notNull())
    .addColumn('requested_week', 'text', (c) => c.notNull())
    .addColumn('site_id', 'text', (c) => c.notNull().references('sales_sites.id'))
    .addColumn('incoterm', 'text', (c) => c.notNull())
    .addColumn('shipped_quantity', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('delivered_quantity', 'integer', (c) => c.notNull().defaultTo(0))
    .addUniqueConstraint('sales_order_lines_no_uq', ['order_id', 'line_no'])
    .addCheckConstraint(
      'sales_order_lines_quantities',
      sql`quantity >= 1 and unit_price_cents >= 0 and shipped_quantity between 0 and quantity and delivered_quantity between 0 and shipped_quantity`,
    )
    .execute();

  await db.schema
    .createTable('sales_supply_sources')
    .addColumn('code', 'text', (c) => c.primaryKey())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('origin_factory', 'text', (c) => c.notNull())
    .addColumn('origin_country', 'text', (c) => c.notNull())
    .addColumn('mode', 'text', (c) => c.notNull())
    .addColumn('trade_route', 'text')
    .addColumn('transit_p50_days', 'integer', (c) => c.notNull())
    .addColumn('transit_p90_days', 'integer', (c) => c.notNull())
    .addColumn('weekly_units', 'integer')
    .addColumn('hold_probability_bp', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('hold_p50_days', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('hold_p90_days', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('freight_to_site_cents', 'bigint', (c) => c.notNull().defaultTo(0))
    .addColumn('active', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('updated_at', 'bigint', (c) => c.notNull())
    .addCheckConstraint(
      'sales_supply_sources_ranges',
      sql`transit_p50_days >= 0 and transit_p90_days >= transit_p50_days and hold_probability_bp between 0 and 10000 and hold_p90_days >= hold_p50_days`,
    )
    .execute();

  await db.schema
    .createTable('sales_settings')
    .addColumn('key', 'text', (c) => c.primaryKey())
    .addColumn('value', 'bigint', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('sales_promise_runs')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('at', 'bigint', (c) => c.notNull())
    .addColumn('trigger', 'text', (c) => c.notNull())
    .addColumn('scenario', 'text')
    .addColumn('method', 'text', (c) => c.notNull())
    .addColumn('optimal', 'integer', (c) => c.notNull())
    .addColumn('objective_cents', 'bigint', (c) => c.notNull())
    .addColumn('lower_bound_cents', 'bigint')
    .addColumn('landed_cost_cents', 'bigint', (c) => c.notNull())
    .addColumn('solve_ms', 'integer', (c) => c.notNull())
    .addColumn('note', 'text')
    .addColumn('run_by', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('sales_promise_lines')
    .addColumn('run_id', 'text', (c) =>
      c.notNull().references('sales_promise_runs.id').onDelete('cascade'),
    )
    .addColumn('order_line_id', 'text', (c) => c.notNull())
    .addColumn('order_id', 'text', (c) => c.notNull())
    .addColumn('customer_id', 'text', (c) => c.notNull())
    .addColumn('quantity', 'integer', (c) => c.notNull())
    .addColumn('promised', 'integer', (c) => c.notNull())
    .addColumn('unpromised', 'integer', (c) => c.notNull())
    .addColumn('late_units', 'integer', (c) => c.notNull())
    .addColumn('landed_cost_cents', 'bigint', (c) => c.notNull())
    .addColumn('p50', 'text')
    .addColumn('p90', 'text')
    .addColumn('splits', 'text', (c) => c.notNull())
    .addColumn('late', 'text')
    .addPrimaryKeyConstraint('sales_promise_lines_pk', ['run_id', 'order_line_id'])
    .execute();
  await db.schema
    .createIndex('sales_promise_lines_order_idx')
    .on('sales_promise_lines')
    .columns(['order_id', 'run_id'])
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const table of [
    'sales_promise_lines',
    'sales_promise_runs',
    'sales_settings',
    'sales_supply_sources',
    'sales_order_lines',
    'sales_orders',
    'sales_contacts',
    'sales_sites',
    'sales_customers',
  ])
    await db.schema.dropTable(table).execute();
}
