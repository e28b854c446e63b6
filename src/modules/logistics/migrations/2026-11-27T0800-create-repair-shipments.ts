import type { Kysely } from 'kysely';

/**
 * Parcels of the repair service: machines a customer sends to the depot and machines the depot
 * sends back (repaired, or a replacement shipped ahead). A serial travels many times, so these
 * are kept apart from the sales shipments, where a serial ships once.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('logistics_repair_shipments')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('number', 'text', (c) => c.notNull().unique())
    .addColumn('direction', 'text', (c) => c.notNull())
    .addColumn('customer_id', 'text', (c) => c.notNull().references('sales_customers.id'))
    .addColumn('site_id', 'text', (c) => c.notNull().references('sales_sites.id'))
    .addColumn('reference', 'text', (c) => c.notNull())
    .addColumn('carrier', 'text', (c) => c.notNull())
    .addColumn('tracking_number', 'text')
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('departed_on', 'text', (c) => c.notNull())
    .addColumn('delivered_on', 'text')
    .addColumn('created_by', 'text', (c) => c.notNull())
    .addColumn('created_at', 'bigint', (c) => c.notNull())
    .addColumn('updated_at', 'bigint', (c) => c.notNull())
    .execute();
  for (const column of ['reference', 'customer_id'])
    await db.schema
      .createIndex(`logistics_repair_shipments_${column}_idx`)
      .on('logistics_repair_shipments')
      .column(column)
      .execute();
  await db.schema
    .createTable('logistics_repair_shipment_units')
    .addColumn('shipment_id', 'text', (c) =>
      c.notNull().references('logistics_repair_shipments.id'),
    )
    .addColumn('serial', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('logistics_repair_shipment_units_pk', ['shipment_id', 'serial'])
    .execute();
  await db.schema
    .createIndex('logistics_repair_shipment_units_serial_idx')
    .on('logistics_repair_shipment_units')
    .column('serial')
    .execute();
}
