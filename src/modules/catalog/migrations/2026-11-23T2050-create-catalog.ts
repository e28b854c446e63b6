import type { Kysely } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('catalog_parts')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('part_number', 'text', (c) => c.notNull().unique())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('hts_code', 'text')
    .addColumn('uom', 'text', (c) => c.notNull())
    .addColumn('tracking', 'text', (c) => c.notNull())
    .addColumn('default_origin', 'text')
    .addColumn('standard_cost_cents', 'bigint')
    .addColumn('note', 'text')
    .addColumn('created_at', 'bigint', (c) => c.notNull())
    .addColumn('updated_at', 'bigint', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('catalog_models')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('name', 'text', (c) => c.notNull().unique())
    .addColumn('maker', 'text', (c) => c.notNull())
    .addColumn('hashrate_ths', 'integer', (c) => c.notNull())
    .addColumn('power_w', 'integer', (c) => c.notNull())
    .addColumn('efficiency_jth_x100', 'integer', (c) => c.notNull())
    .addColumn('cooling', 'text', (c) => c.notNull())
    .addColumn('boards', 'integer', (c) => c.notNull())
    .addColumn('chips_per_board', 'integer')
    .addColumn('chip', 'text')
    .addColumn('fans', 'integer')
    .addColumn('psu', 'text')
    .addColumn('weight_g', 'integer')
    .addColumn('released', 'text')
    .addColumn('unit_part_id', 'text', (c) => c.references('catalog_parts.id'))
    .addColumn('uncertain_fields', 'text', (c) => c.notNull())
    .addColumn('note', 'text')
    .addColumn('created_at', 'bigint', (c) => c.notNull())
    .addColumn('updated_at', 'bigint', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('catalog_bom_revisions')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('part_id', 'text', (c) => c.notNull().references('catalog_parts.id'))
    .addColumn('revision', 'text', (c) => c.notNull())
    .addColumn('effective_from', 'text', (c) => c.notNull())
    .addColumn('effective_to', 'text')
    .addColumn('labour_minutes', 'integer', (c) => c.notNull())
    .addColumn('note', 'text')
    .addColumn('created_at', 'bigint', (c) => c.notNull())
    .addUniqueConstraint('catalog_bom_revisions_part_rev_uq', ['part_id', 'revision'])
    .execute();

  await db.schema
    .createTable('catalog_bom_lines')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('revision_id', 'text', (c) =>
      c.notNull().references('catalog_bom_revisions.id').onDelete('cascade'),
    )
    .addColumn('component_id', 'text', (c) => c.notNull().references('catalog_parts.id'))
    .addColumn('quantity', 'integer', (c) => c.notNull())
    .addColumn('position', 'integer', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('catalog_bom_lines_revision_idx')
    .on('catalog_bom_lines')
    .column('revision_id')
    .execute();
  await db.schema
    .createIndex('catalog_bom_lines_component_idx')
    .on('catalog_bom_lines')
    .column('component_id')
    .execute();

  await db.schema
    .createTable('catalog_cost_settings')
    .addColumn('key', 'text', (c) => c.primaryKey())
    .addColumn('value', 'bigint', (c) => c.notNull())
    .addColumn('unit', 'text', (c) => c.notNull())
    .addColumn('note', 'text')
    .addColumn('updated_at', 'bigint', (c) => c.notNull())
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const t of [
    'catalog_cost_settings',
    'catalog_bom_lines',
    'catalog_bom_revisions',
    'catalog_models',
    'catalog_parts',
  ]) {
    await db.schema.dropTable(t).execute();
  }
}
