import { sql, type Kysely } from 'kysely';

/** Suppliers with price breaks, purchase orders and their receipts. */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('supply_suppliers')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('code', 'text', (c) => c.notNull().unique())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('country', 'text', (c) => c.notNull())
    .addColumn('lead_time_days', 'integer', (c) => c.notNull())
    .addColumn('min_order_cents', 'bigint', (c) => c.notNull())
    .addColumn('contact_email', 'text')
    .addColumn('restricted_list', 'text')
    .addColumn('restricted_since', 'text')
    .addColumn('restricted_note', 'text')
    .addColumn('note', 'text')
    .addColumn('created_at', 'bigint', (c) => c.notNull())
    .addColumn('updated_at', 'bigint', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('supply_price_breaks')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('supplier_id', 'text', (c) =>
      c.notNull().references('supply_suppliers.id').onDelete('cascade'),
    )
    .addColumn('part_id', 'text', (c) => c.notNull().references('catalog_parts.id'))
    .addColumn('min_quantity', 'integer', (c) => c.notNull())
    .addColumn('unit_price_cents', 'bigint', (c) => c.notNull())
    .addColumn('lead_time_days', 'integer')
    .addColumn('origin', 'text')
    .addUniqueConstraint('supply_price_breaks_uq', ['supplier_id', 'part_id', 'min_quantity'])
    .addCheckConstraint(
      'supply_price_breaks_positive',
      sql`min_quantity >= 1 and unit_price_cents >= 0`,
    )
    .execute();
  await db.schema
    .createIndex('supply_price_breaks_part_idx')
    .on('supply_price_breaks')
    .column('part_id')
    .execute();

  await db.schema
    .createTable('supply_purchase_orders')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('number', 'text', (c) => c.notNull().unique())
    .addColumn('supplier_id', 'text', (c) => c.notNull().references('supply_suppliers.id'))
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('order_date', 'text', (c) => c.notNull())
    .addColumn('due_date', 'text', (c) => c.notNull())
    .addColumn('incoterm', 'text', (c) => c.notNull())
    .addColumn('origin', 'text', (c) => c.notNull())
    .addColumn('freight_estimate_cents', 'bigint', (c) => c.notNull())
    .addColumn('note', 'text')
    .addColumn('restricted_acknowledged_by', 'text')
    .addColumn('created_by', 'text', (c) => c.notNull())
    .addColumn('approved_by', 'text')
    .addColumn('approved_at', 'bigint')
    .addColumn('sent_at', 'bigint')
    .addColumn('closed_at', 'bigint')
    .addColumn('created_at', 'bigint', (c) => c.notNull())
    .addColumn('updated_at', 'bigint', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('supply_purchase_orders_status_idx')
    .on('supply_purchase_orders')
    .columns(['status', 'due_date'])
    .execute();

  await db.schema
    .createTable('supply_po_lines')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('po_id', 'text', (c) =>
      c.notNull().references('supply_purchase_orders.id').onDelete('cascade'),
    )
    .addColumn('line_no', 'integer', (c) => c.notNull())
    .addColumn('part_id', 'text', (c) => c.notNull().references('catalog_parts.id'))
    .addColumn('quantity', 'integer', (c) => c.notNull())
    .addColumn('unit_price_cents', 'bigint', (c) => c.notNull())
    .addColumn('due_date', 'text', (c) => c.notNull())
    .addColumn('received_quantity', 'integer', (c) => c.notNull())
    .addUniqueConstraint('supply_po_lines_uq', ['po_id', 'line_no'])
    .addCheckConstraint(
      'supply_po_lines_quantities',
      sql`quantity >= 1 and received_quantity >= 0 and received_quantity <= quantity`,
    )
    .execute();
  await db.schema
    .createIndex('supply_po_lines_part_idx')
    .on('supply_po_lines')
    .column('part_id')
    .execute();

  await db.schema
    .createTable('supply_receipts')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('number', 'text', (c) => c.notNull().unique())
    .addColumn('po_id', 'text', (c) => c.notNull().references('supply_purchase_orders.id'))
    .addColumn('received_on', 'text', (c) => c.notNull())
    .addColumn('location_id', 'text', (c) => c.notNull())
    .addColumn('entry_number', 'text')
    .addColumn('entry_date', 'text')
    .addColumn('origin', 'text', (c) => c.notNull())
    .addColumn('goods_cents', 'bigint', (c) => c.notNull())
    .addColumn('duty_cents', 'bigint', (c) => c.notNull())
    .addColumn('freight_cents', 'bigint', (c) => c.notNull())
    .addColumn('insurance_cents', 'bigint', (c) => c.notNull())
    .addColumn('brokerage_cents', 'bigint', (c) => c.notNull())
    .addColumn('landed_cents', 'bigint', (c) => c.notNull())
    .addColumn('created_by', 'text', (c) => c.notNull())
    .addColumn('created_at', 'bigint', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('supply_receipts_po_idx')
    .on('supply_receipts')
    .column('po_id')
    .execute();

  await db.schema
    .createTable('supply_receipt_lines')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('receipt_id', 'text', (c) =>
      c.notNull().references('supply_receipts.id').onDelete('cascade'),
    )
    .addColumn('po_line_id', 'text', (c) => c.notNull().references('supply_po_lines.id'))
    .addColumn('part_id', 'text', (c) => c.notNull())
    .addColumn('quantity', 'integer', (c) => c.notNull())
    .addColumn('lot_id', 'text')
    .addColumn('hts_code', 'text')
    .addColumn('goods_cents', 'bigint', (c) => c.notNull())
    .addColumn('duty_cents', 'bigint', (c) => c.notNull())
    .addColumn('duty_lines', 'text', (c) => c.notNull())
    .addColumn('freight_cents', 'bigint', (c) => c.notNull())
    .addColumn('insurance_cents', 'bigint', (c) => c.notNull())
    .addColumn('brokerage_cents', 'bigint', (c) => c.notNull())
    .addColumn('landed_cents', 'bigint', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('supply_receipt_lines_receipt_idx')
    .on('supply_receipt_lines')
    .column('receipt_id')
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const table of [
    'supply_receipt_lines',
    'supply_receipts',
    'supply_po_lines',
    'supply_purchase_orders',
    'supply_price_breaks',
    'supply_suppliers',
  ])
    await db.schema.dropTable(table).execute();
}
