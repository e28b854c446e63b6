import type { Kysely } from 'kysely';

/**
 * Health detection: thresholds per model, fault episodes per machine and board, warranty
 * evidence per unit, repair drafts awaiting confirmation, and the per-site rules that turn
 * faults into tickets.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('fleet_health_thresholds')
    .addColumn('model_name', 'text', (c) => c.primaryKey())
    // JSON: the thresholds this model sets differently from the defaults.
    .addColumn('overrides', 'text', (c) => c.notNull())
    .addColumn('updated_by', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'bigint', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('fleet_fault_episodes')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('site_id', 'text', (c) => c.notNull())
    .addColumn('customer_id', 'text', (c) => c.notNull())
    .addColumn('machine_id', 'text', (c) => c.notNull())
    .addColumn('unit_id', 'text')
    .addColumn('unit_serial', 'text')
    .addColumn('model', 'text')
    .addColumn('fault', 'text', (c) => c.notNull())
    // `machine`, `board:N` or `fan:N`.
    .addColumn('part', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    // machine|fault|part while open, null once resolved: one open episode per condition.
    .addColumn('open_key', 'text', (c) => c.unique())
    // When the condition started, when it became a fault, when last confirmed, when it ended.
    .addColumn('since', 'bigint', (c) => c.notNull())
    .addColumn('opened_at', 'bigint', (c) => c.notNull())
    .addColumn('last_seen_at', 'bigint', (c) => c.notNull())
    .addColumn('resolved_at', 'bigint')
    .addColumn('value', 'integer', (c) => c.notNull())
    .addColumn('worst', 'integer', (c) => c.notNull())
    .addColumn('threshold', 'integer', (c) => c.notNull())
    // JSON: what the machine reported when the episode opened.
    .addColumn('snapshot', 'text', (c) => c.notNull())
    // The repair draft, RMA or field visit this episode went to.
    .addColumn('ticket_kind', 'text')
    .addColumn('ticket_ref', 'text')
    .addColumn('updated_at', 'bigint', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('fleet_fault_episodes_site_idx')
    .on('fleet_fault_episodes')
    .columns(['site_id', 'status', 'opened_at'])
    .execute();
  await db.schema
    .createIndex('fleet_fault_episodes_machine_idx')
    .on('fleet_fault_episodes')
    .columns(['machine_id', 'opened_at'])
    .execute();
  await db.schema
    .createIndex('fleet_fault_episodes_unit_idx')
    .on('fleet_fault_episodes')
    .column('unit_serial')
    .execute();

  await db.schema
    .createTable('fleet_warranty_evidence')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('site_id', 'text', (c) => c.notNull())
    .addColumn('customer_id', 'text', (c) => c.notNull())
    .addColumn('machine_id', 'text', (c) => c.notNull())
    .addColumn('unit_id', 'text')
    .addColumn('unit_serial', 'text')
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('value', 'integer')
    .addColumn('detail', 'text', (c) => c.notNull())
    .addColumn('first_seen_at', 'bigint', (c) => c.notNull())
    .addColumn('last_seen_at', 'bigint', (c) => c.notNull())
    .addColumn('occurrences', 'integer', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('fleet_warranty_evidence_uq')
    .on('fleet_warranty_evidence')
    .columns(['machine_id', 'kind'])
    .unique()
    .execute();
  await db.schema
    .createIndex('fleet_warranty_evidence_unit_idx')
    .on('fleet_warranty_evidence')
    .column('unit_serial')
    .execute();

  await db.schema
    .createTable('fleet_repair_drafts')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('number', 'text', (c) => c.notNull().unique())
    .addColumn('site_id', 'text', (c) => c.notNull())
    .addColumn('customer_id', 'text', (c) => c.notNull())
    .addColumn('machine_id', 'text', (c) => c.notNull())
    .addColumn('unit_id', 'text', (c) => c.notNull())
    .addColumn('unit_serial', 'text', (c) => c.notNull())
    .addColumn('model', 'text')
    .addColumn('fault_code', 'text', (c) => c.notNull())
    // draft → confirmed (an RMA was opened) or dismissed.
    .addColumn('status', 'text', (c) => c.notNull())
    // The unit's serial while a draft: one draft per unit at a time.
    .addColumn('open_serial', 'text', (c) => c.unique())
    // JSON: episodes, telemetry snapshot, burn-in comparison, board serials, warranty status.
    .addColumn('evidence', 'text', (c) => c.notNull())
    .addColumn('warranty_state', 'text', (c) => c.notNull())
    .addColumn('summary', 'text', (c) => c.notNull())
    .addColumn('rma_number', 'text')
    .addColumn('decided_by', 'text')
    .addColumn('decided_at', 'bigint')
    .addColumn('decision_note', 'text')
    .addColumn('created_at', 'bigint', (c) => c.notNull())
    .addColumn('updated_at', 'bigint', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('fleet_repair_drafts_site_idx')
    .on('fleet_repair_drafts')
    .columns(['site_id', 'status', 'created_at'])
    .execute();
  await db.schema
    .createIndex('fleet_repair_drafts_customer_idx')
    .on('fleet_repair_drafts')
    .columns(['customer_id', 'status'])
    .execute();

  await db.schema
    .createTable('fleet_ticket_rules')
    // A site's id, or `*` for every site without its own.
    .addColumn('site_id', 'text', (c) => c.primaryKey())
    // JSON: the rules this site sets differently from the defaults.
    .addColumn('overrides', 'text', (c) => c.notNull())
    .addColumn('updated_by', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'bigint', (c) => c.notNull())
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const t of [
    'fleet_ticket_rules',
    'fleet_repair_drafts',
    'fleet_warranty_evidence',
    'fleet_fault_episodes',
    'fleet_health_thresholds',
  ])
    await db.schema.dropTable(t).execute();
}
