import type { Kysely } from 'kysely';

/**
 * Shipments with their pallets and serials, the timeline of each, customs holds, the installed
 * base that deliveries create, and logistics settings (the default warranty term).
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('logistics_shipments')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('number', 'text', (c) => c.notNull().unique())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('source_code', 'text', (c) => c.notNull())
    .addColumn('order_id', 'text', (c) => c.notNull().references('sales_orders.id'))
    .addColumn('customer_id', 'text', (c) => c.notNull().references('sales_customers.id'))
    .addColumn('site_id', 'text', (c) => c.notNull().references('sales_sites.id'))
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('carrier', 'text', (c) => c.notNull())
    .addColumn('tracking_number', 'text')
    .addColumn('origin', 'text', (c) => c.notNull())
    .addColumn('origin_country', 'text', (c) => c.notNull())
    .addColumn('port_of_entry', 'text')
    .addColumn('departed_on', 'text', (c) => c.notNull())
    .addColumn('arrived_port_on', 'text')
    .addColumn('released_on', 'text')
    .addColumn('delivered_on', 'text')
    .addColumn('customs_entry_id', 'text')
    .addColumn('customs_entry_number', 'text')
    .addColumn('duty_cents', 'bigint', (c) => c.notNull())
    .addColumn('freight_cents', 'bigint', (c) => c.notNull())
    .addColumn('created_by', 'text', (c) => c.notNull())
    .addColumn('created_at', 'bigint', (c) => c.notNull())
    .addColumn('updated_at', 'bigint', (c) => c.notNull())
    .execute();
  for (const column of ['order_id', 'customer_id', 'status', 'departed_on'])
    await db.schema
      .createIndex(`logistics_shipments_${column}_idx`)
      .on('logistics_shipments')
      .column(column)
      .execute();

  await db.schema
    .createTable('logistics_packages')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('shipment_id', 'text', (c) => c.notNull().references('logistics_shipments.id'))
    .addColumn('label', 'text', (c) => c.notNull())
    .addColumn('weight_g', 'integer', (c) => c.notNull())
    .addUniqueConstraint('logistics_packages_label_uq', ['shipment_id', 'label'])
    .execute();

  await db.schema
    .createTable('logistics_shipment_units')
    // The serial is the key: a unit is on one shipment, once, whoever races for it.
    .addColumn('serial', 'text', (c) => c.primaryKey())
    .addColumn('shipment_id', 'text', (c) => c.notNull().references('logistics_shipments.id'))
    .addColumn('package_id', 'text', (c) => c.notNull().references('logistics_packages.id'))
    .addColumn('order_line_id', 'text', (c) => c.notNull().references('sales_order_lines.id'))
    .addColumn('model_name', 'text', (c) => c.notNull())
    .addColumn('unit_id', 'text')
    .addColumn('hts', 'text', (c) => c.notNull())
    .addColumn('origin_country', 'text', (c) => c.notNull())
    .addColumn('value_cents', 'bigint', (c) => c.notNull())
    .addColumn('received_on', 'text')
    .addColumn('received_by', 'text')
    .execute();
  await db.schema
    .createIndex('logistics_shipment_units_shipment_idx')
    .on('logistics_shipment_units')
    .column('shipment_id')
    .execute();
  await db.schema
    .createIndex('logistics_shipment_units_line_idx')
    .on('logistics_shipment_units')
    .column('order_line_id')
    .execute();

  await db.schema
    .createTable('logistics_shipment_events')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('shipment_id', 'text', (c) => c.notNull().references('logistics_shipments.id'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('happened_on', 'text', (c) => c.notNull())
    .addColumn('location', 'text')
    .addColumn('note', 'text')
    .addColumn('recorded_by', 'text', (c) => c.notNull())
    .addColumn('recorded_at', 'bigint', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('logistics_shipment_events_shipment_idx')
    .on('logistics_shipment_events')
    .column('shipment_id')
    .execute();

  await db.schema
    .createTable('logistics_customs_holds')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('shipment_id', 'text', (c) => c.notNull().references('logistics_shipments.id'))
    .addColumn('reason', 'text', (c) => c.notNull())
    .addColumn('started_on', 'text', (c) => c.notNull())
    .addColumn('ended_on', 'text')
    .addColumn('holding_cost_per_day_cents', 'bigint', (c) => c.notNull())
    .addColumn('note', 'text')
    .addColumn('created_by', 'text', (c) => c.notNull())
    .addColumn('created_at', 'bigint', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('logistics_customs_holds_shipment_idx')
    .on('logistics_customs_holds')
    .column('shipment_id')
    .execute();

  await db.schema
    .createTable('logistics_installed_base')
    .addColumn('serial', 'text', (c) => c.primaryKey())
    .addColumn('unit_id', 'text')
    .addColumn('model_name', 'text', (c) => c.notNull())
    .addColumn('customer_id', 'text', (c) => c.notNull().references('sales_customers.id'))
    .addColumn('site_id', 'text', (c) => c.notNull().references('sales_sites.id'))
    .addColumn('order_id', 'text', (c) => c.notNull().references('sales_orders.id'))
    .addColumn('shipment_id', 'text', (c) => c.notNull().references('logistics_shipments.id'))
    .addColumn('shipped_on', 'text', (c) => c.notNull())
    .addColumn('delivered_on', 'text', (c) => c.notNull())
    .addColumn('warranty_starts_on', 'text', (c) => c.notNull())
    .addColumn('warranty_ends_on', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('logistics_installed_base_site_idx')
    .on('logistics_installed_base')
    .columns(['customer_id', 'site_id'])
    .execute();

  await db.schema
    .createTable('logistics_settings')
    .addColumn('key', 'text', (c) => c.primaryKey())
    .addColumn('value', 'bigint', (c) => c.notNull())
    .execute();
}
