import type { Kysely } from 'kysely';

/**
 * Fleet operational data: every machine a site collector reports (who it is, how it was matched
 * to a unit built here), and the batches already applied (idempotent ingest). What machines
 * report each poll (latest state and history) lives in the telemetry store, not here.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('fleet_machines')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('site_id', 'text', (c) => c.notNull())
    // MAC when known, else `sn:<serial>`, else `ip:<address>` (a miner never read yet).
    .addColumn('identity_key', 'text', (c) => c.notNull())
    .addColumn('ip', 'text', (c) => c.notNull())
    // The IPv4 address as a number, so lists sort 10.0.0.9 before 10.0.0.10.
    .addColumn('ip_number', 'bigint', (c) => c.notNull())
    .addColumn('mac', 'text')
    .addColumn('unit_serial', 'text')
    .addColumn('hostname', 'text')
    .addColumn('make', 'text')
    .addColumn('model', 'text')
    .addColumn('firmware', 'text', (c) => c.notNull())
    .addColumn('firmware_version', 'text')
    .addColumn('unit_id', 'text')
    .addColumn('matched_serial', 'text')
    .addColumn('matched_by', 'text')
    .addColumn('swapped_boards', 'text')
    .addColumn('fingerprint', 'text', (c) => c.notNull())
    // Address, host name, make, model and firmware as last read: rewritten only when it changes.
    .addColumn('descriptor', 'text', (c) => c.notNull())
    .addColumn('first_seen_at', 'bigint', (c) => c.notNull())
    .addColumn('updated_at', 'bigint', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('fleet_machines_identity_uq')
    .on('fleet_machines')
    .columns(['site_id', 'identity_key'])
    .unique()
    .execute();
  await db.schema
    .createIndex('fleet_machines_site_ip_idx')
    .on('fleet_machines')
    .columns(['site_id', 'ip'])
    .execute();
  await db.schema
    .createIndex('fleet_machines_mac_idx')
    .on('fleet_machines')
    .column('mac')
    .execute();
  await db.schema
    .createIndex('fleet_machines_unit_serial_idx')
    .on('fleet_machines')
    .column('unit_serial')
    .execute();

  await db.schema
    .createTable('fleet_batches')
    .addColumn('batch_id', 'text', (c) => c.primaryKey())
    .addColumn('site_id', 'text', (c) => c.notNull())
    .addColumn('collector', 'text', (c) => c.notNull())
    .addColumn('readings', 'integer', (c) => c.notNull())
    .addColumn('sweep_at', 'bigint', (c) => c.notNull())
    .addColumn('received_at', 'bigint', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('fleet_batches_site_idx')
    .on('fleet_batches')
    .columns(['site_id', 'received_at'])
    .execute();

  await db.schema
    .createTable('fleet_settings')
    .addColumn('key', 'text', (c) => c.primaryKey())
    .addColumn('value', 'bigint', (c) => c.notNull())
    .addColumn('updated_at', 'bigint', (c) => c.notNull())
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('fleet_settings').execute();
  await db.schema.dropTable('fleet_batches').execute();
  await db.schema.dropTable('fleet_machines').execute();
}
