import { sql, type Kysely } from 'kysely';

/**
 * Inventory as a ledger: `supply_moves` is the history; `supply_balances` is on-hand and reserved
 * per part, location and lot, kept in the same transaction as each move. The CHECK constraints
 * are the last line of defence: stock below zero or reserved beyond on-hand cannot be stored,
 * whatever the code above does. A serial has one location column, so it cannot be in two places.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('supply_locations')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('code', 'text', (c) => c.notNull().unique())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('note', 'text')
    .addColumn('created_at', 'bigint', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('supply_lots')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('part_id', 'text', (c) => c.notNull().references('catalog_parts.id'))
    .addColumn('lot_code', 'text', (c) => c.notNull())
    .addColumn('date_code', 'text')
    .addColumn('supplier_id', 'text')
    .addColumn('received_on', 'text', (c) => c.notNull())
    .addColumn('unit_cost_cents', 'bigint', (c) => c.notNull())
    .addColumn('created_at', 'bigint', (c) => c.notNull())
    .addUniqueConstraint('supply_lots_part_code_uq', ['part_id', 'lot_code'])
    .execute();

  await db.schema
    .createTable('supply_serials')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('serial', 'text', (c) => c.notNull().unique())
    .addColumn('part_id', 'text', (c) => c.notNull().references('catalog_parts.id'))
    .addColumn('location_id', 'text', (c) => c.references('supply_locations.id'))
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('reservation_id', 'text')
    .addColumn('unit_cost_cents', 'bigint', (c) => c.notNull())
    .addColumn('received_on', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'bigint', (c) => c.notNull())
    .addCheckConstraint(
      'supply_serials_placed',
      sql`(status = 'in_stock') = (location_id is not null)`,
    )
    .execute();
  await db.schema
    .createIndex('supply_serials_place_idx')
    .on('supply_serials')
    .columns(['part_id', 'location_id'])
    .execute();

  await db.schema
    .createTable('supply_balances')
    .addColumn('part_id', 'text', (c) => c.notNull().references('catalog_parts.id'))
    .addColumn('location_id', 'text', (c) => c.notNull().references('supply_locations.id'))
    // '' when the part is not lot-tracked: a unique key cannot hold NULLs on PostgreSQL.
    .addColumn('lot_id', 'text', (c) => c.notNull())
    .addColumn('on_hand', 'integer', (c) => c.notNull())
    .addColumn('reserved', 'integer', (c) => c.notNull())
    .addColumn('updated_at', 'bigint', (c) => c.notNull())
    .addPrimaryKeyConstraint('supply_balances_pk', ['part_id', 'location_id', 'lot_id'])
    .addCheckConstraint(
      'supply_balances_never_negative',
      sql`on_hand >= 0 and reserved >= 0 and reserved <= on_hand`,
    )
    .execute();
  await db.schema
    .createIndex('supply_balances_location_idx')
    .on('supply_balances')
    .columns(['location_id', 'part_id'])
    .execute();

  await db.schema
    .createTable('supply_moves')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('at', 'bigint', (c) => c.notNull())
    .addColumn('part_id', 'text', (c) => c.notNull())
    .addColumn('lot_id', 'text', (c) => c.notNull())
    .addColumn('serial', 'text')
    .addColumn('from_location_id', 'text')
    .addColumn('to_location_id', 'text')
    .addColumn('quantity', 'integer', (c) => c.notNull())
    .addColumn('value_cents', 'bigint', (c) => c.notNull())
    .addColumn('reason', 'text', (c) => c.notNull())
    .addColumn('reference', 'text')
    .addColumn('note', 'text')
    .addColumn('actor_id', 'text', (c) => c.notNull())
    .addCheckConstraint(
      'supply_moves_shape',
      sql`quantity > 0 and (from_location_id is not null or to_location_id is not null)`,
    )
    .execute();
  await db.schema
    .createIndex('supply_moves_part_idx')
    .on('supply_moves')
    .columns(['part_id', 'at'])
    .execute();
  await db.schema
    .createIndex('supply_moves_serial_idx')
    .on('supply_moves')
    .column('serial')
    .execute();

  await db.schema
    .createTable('supply_reservations')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('part_id', 'text', (c) => c.notNull())
    .addColumn('location_id', 'text', (c) => c.notNull())
    .addColumn('lot_id', 'text', (c) => c.notNull())
    .addColumn('serial', 'text')
    .addColumn('quantity', 'integer', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('demand', 'text', (c) => c.notNull())
    .addColumn('note', 'text')
    .addColumn('created_by', 'text', (c) => c.notNull())
    .addColumn('created_at', 'bigint', (c) => c.notNull())
    .addColumn('closed_at', 'bigint')
    .addCheckConstraint('supply_reservations_positive', sql`quantity > 0`)
    .execute();
  await db.schema
    .createIndex('supply_reservations_demand_idx')
    .on('supply_reservations')
    .columns(['demand', 'status'])
    .execute();

  // Perpetual moving-average valuation per part: value and quantity across all locations.
  await db.schema
    .createTable('supply_valuations')
    .addColumn('part_id', 'text', (c) => c.primaryKey().references('catalog_parts.id'))
    .addColumn('quantity', 'integer', (c) => c.notNull())
    .addColumn('value_cents', 'bigint', (c) => c.notNull())
    .addColumn('updated_at', 'bigint', (c) => c.notNull())
    .addCheckConstraint('supply_valuations_positive', sql`quantity >= 0 and value_cents >= 0`)
    .execute();

  await db.schema
    .createTable('supply_counts')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('location_id', 'text', (c) => c.notNull().references('supply_locations.id'))
    .addColumn('counted_on', 'text', (c) => c.notNull())
    .addColumn('lines', 'text', (c) => c.notNull())
    .addColumn('note', 'text')
    .addColumn('created_by', 'text', (c) => c.notNull())
    .addColumn('created_at', 'bigint', (c) => c.notNull())
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const table of [
    'supply_counts',
    'supply_valuations',
    'supply_reservations',
    'supply_moves',
    'supply_balances',
    'supply_serials',
    'supply_lots',
    'supply_locations',
  ])
    await db.schema.dropTable(table).execute();
}
