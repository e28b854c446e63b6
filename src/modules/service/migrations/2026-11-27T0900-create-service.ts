import type { Kysely } from 'kysely';

/**
 * Warranty policies, voids and repaired-component cover; SLA tiers; the fault-code taxonomy;
 * RMAs with their units, timeline, attachments, repair parts and retests; service settings.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('service_warranty_policies')
    .addColumn('model_name', 'text', (c) => c.primaryKey())
    .addColumn('term_days', 'integer', (c) => c.notNull())
    .addColumn('doa_days', 'integer', (c) => c.notNull())
    .addColumn('repaired_term_days', 'integer', (c) => c.notNull())
    .addColumn('start_basis', 'text', (c) => c.notNull())
    .addColumn('exclusions', 'text', (c) => c.notNull())
    .addColumn('market_value_cents', 'bigint', (c) => c.notNull())
    .addColumn('updated_by', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'bigint', (c) => c.notNull())
    .execute();
  await db.schema
    .createTable('service_warranty_voids')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('serial', 'text', (c) => c.notNull())
    .addColumn('reason', 'text', (c) => c.notNull())
    .addColumn('evidence', 'text', (c) => c.notNull())
    .addColumn('voided_by', 'text', (c) => c.notNull())
    .addColumn('voided_at', 'bigint', (c) => c.notNull())
    .addColumn('lifted_by', 'text')
    .addColumn('lifted_at', 'bigint')
    .addColumn('lift_note', 'text')
    .execute();
  await db.schema
    .createIndex('service_warranty_voids_serial_idx')
    .on('service_warranty_voids')
    .column('serial')
    .execute();
  await db.schema
    .createTable('service_component_warranties')
    .addColumn('component_serial', 'text', (c) => c.primaryKey())
    .addColumn('part_id', 'text', (c) => c.notNull())
    .addColumn('part_number', 'text', (c) => c.notNull())
    .addColumn('unit_serial', 'text', (c) => c.notNull())
    .addColumn('rma_unit_id', 'text', (c) => c.notNull())
    .addColumn('starts_on', 'text')
    .addColumn('ends_on', 'text')
    .execute();
  await db.schema
    .createIndex('service_component_warranties_unit_idx')
    .on('service_component_warranties')
    .column('unit_serial')
    .execute();
  await db.schema
    .createTable('service_sla_tiers')
    .addColumn('code', 'text', (c) => c.primaryKey())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('target_hours', 'integer', (c) => c.notNull())
    .addColumn('advance_replacement', 'text', (c) => c.notNull())
    .addColumn('note', 'text')
    .addColumn('updated_at', 'bigint', (c) => c.notNull())
    .execute();
  await db.schema
    .createTable('service_customer_tiers')
    .addColumn('customer_id', 'text', (c) => c.primaryKey().references('sales_customers.id'))
    .addColumn('tier_code', 'text', (c) => c.notNull().references('service_sla_tiers.code'))
    .addColumn('updated_at', 'bigint', (c) => c.notNull())
    .execute();
  await db.schema
    .createTable('service_fault_codes')
    .addColumn('code', 'text', (c) => c.primaryKey())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('part_kind', 'text')
    .addColumn('labour_minutes', 'integer', (c) => c.notNull())
    .addColumn('description', 'text', (c) => c.notNull())
    .addColumn('sort_order', 'integer', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('service_rmas')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('number', 'text', (c) => c.notNull().unique())
    .addColumn('customer_id', 'text', (c) => c.notNull().references('sales_customers.id'))
    .addColumn('site_id', 'text', (c) => c.notNull().references('sales_sites.id'))
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('tier_code', 'text', (c) => c.notNull())
    .addColumn('channel', 'text', (c) => c.notNull())
    .addColumn('note', 'text')
    .addColumn('return_instructions', 'text')
    .addColumn('created_by', 'text', (c) => c.notNull())
    .addColumn('created_at', 'bigint', (c) => c.notNull())
    .addColumn('updated_at', 'bigint', (c) => c.notNull())
    .execute();
  for (const column of ['customer_id', 'status', 'created_at'])
    await db.schema
      .createIndex(`service_rmas_${column}_idx`)
      .on('service_rmas')
      .column(column)
      .execute();
  await db.schema
    .createTable('service_rma_units')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('rma_id', 'text', (c) => c.notNull().references('service_rmas.id'))
    .addColumn('line_no', 'integer', (c) => c.notNull())
    .addColumn('serial', 'text', (c) => c.notNull())
    .addColumn('open_serial', 'text', (c) => c.unique())
    .addColumn('model_name', 'text', (c) => c.notNull())
    .addColumn('unit_id', 'text')
    .addColumn('reported_fault', 'text', (c) => c.notNull())
    .addColumn('note', 'text')
    .addColumn('eligibility', 'text', (c) => c.notNull())
    .addColumn('warranty_ends_on', 'text')
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('sla_target_hours', 'integer', (c) => c.notNull())
    .addColumn('sla_used_ms', 'bigint', (c) => c.notNull())
    .addColumn('sla_running_since', 'bigint')
    .addColumn('diagnosis', 'text', (c) => c.notNull())
    .addColumn('diagnosis_note', 'text')
    .addColumn('quote_parts_cents', 'bigint')
    .addColumn('quote_labour_cents', 'bigint')
    .addColumn('quote_total_cents', 'bigint')
    .addColumn('quote_capped', 'integer', (c) => c.notNull())
    .addColumn('quote_decision', 'text')
    .addColumn('quote_decided_by', 'text')
    .addColumn('replacement_serial', 'text')
    .addColumn('inbound_shipment_id', 'text')
    .addColumn('return_shipment_id', 'text')
    .addColumn('requested_at', 'bigint', (c) => c.notNull())
    .addColumn('received_at', 'bigint')
    .addColumn('shipped_at', 'bigint')
    .addColumn('shipped_on', 'text')
    .addColumn('closed_at', 'bigint')
    .addColumn('updated_at', 'bigint', (c) => c.notNull())
    .addUniqueConstraint('service_rma_units_line_uq', ['rma_id', 'line_no'])
    .execute();
  for (const column of ['rma_id', 'serial', 'status'])
    await db.schema
      .createIndex(`service_rma_units_${column}_idx`)
      .on('service_rma_units')
      .column(column)
      .execute();
  await db.schema
    .createTable('service_rma_events')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('rma_id', 'text', (c) => c.notNull().references('service_rmas.id'))
    .addColumn('rma_unit_id', 'text')
    .addColumn('from_status', 'text')
    .addColumn('to_status', 'text', (c) => c.notNull())
    .addColumn('note', 'text')
    .addColumn('at', 'bigint', (c) => c.notNull())
    .addColumn('by', 'text', (c) => c.notNull())
    .execute();
  for (const column of ['rma_id', 'rma_unit_id'])
    await db.schema
      .createIndex(`service_rma_events_${column}_idx`)
      .on('service_rma_events')
      .column(column)
      .execute();
  await db.schema
    .createTable('service_attachments')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('rma_id', 'text', (c) => c.references('service_rmas.id'))
    .addColumn('visit_id', 'text')
    .addColumn('customer_id', 'text', (c) => c.notNull())
    .addColumn('file_name', 'text', (c) => c.notNull())
    .addColumn('content_type', 'text', (c) => c.notNull())
    .addColumn('size_bytes', 'integer', (c) => c.notNull())
    .addColumn('sha256', 'text', (c) => c.notNull())
    .addColumn('storage_key', 'text', (c) => c.notNull())
    .addColumn('uploaded_by', 'text', (c) => c.notNull())
    .addColumn('uploaded_at', 'bigint', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('service_attachments_rma_idx')
    .on('service_attachments')
    .column('rma_id')
    .execute();
  await db.schema
    .createTable('service_repair_parts')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('rma_unit_id', 'text', (c) => c.notNull().references('service_rma_units.id'))
    .addColumn('action', 'text', (c) => c.notNull())
    .addColumn('part_id', 'text', (c) => c.notNull())
    .addColumn('part_number', 'text', (c) => c.notNull())
    .addColumn('serial', 'text')
    .addColumn('quantity', 'integer', (c) => c.notNull())
    .addColumn('cost_cents', 'bigint', (c) => c.notNull())
    .addColumn('disposition', 'text')
    .addColumn('at', 'bigint', (c) => c.notNull())
    .addColumn('by', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('service_repair_parts_unit_idx')
    .on('service_repair_parts')
    .column('rma_unit_id')
    .execute();
  await db.schema
    .createTable('service_repair_tests')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('rma_unit_id', 'text', (c) => c.notNull().references('service_rma_units.id'))
    .addColumn('attempt', 'integer', (c) => c.notNull())
    .addColumn('result', 'text', (c) => c.notNull())
    .addColumn('reasons', 'text', (c) => c.notNull())
    .addColumn('measurement', 'text', (c) => c.notNull())
    .addColumn('hashrate_bp', 'integer', (c) => c.notNull())
    .addColumn('at', 'bigint', (c) => c.notNull())
    .addColumn('by', 'text', (c) => c.notNull())
    .addUniqueConstraint('service_repair_tests_attempt_uq', ['rma_unit_id', 'attempt'])
    .execute();
  await db.schema
    .createTable('service_settings')
    .addColumn('key', 'text', (c) => c.primaryKey())
    .addColumn('value', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'bigint', (c) => c.notNull())
    .execute();
}
