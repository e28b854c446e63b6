import type { Kysely } from 'kysely';

/** The recall query starts from a lot code: index it. */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createIndex('production_genealogy_lot_code_idx')
    .on('production_genealogy')
    .column('lot_code')
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex('production_genealogy_lot_code_idx').execute();
}
