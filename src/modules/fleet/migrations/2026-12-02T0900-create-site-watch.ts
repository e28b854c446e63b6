import type { Kysely } from 'kysely';

/** Each reporting site's last batch and, while its collector is quiet, since when. */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('fleet_site_watch')
    .addColumn('site_id', 'text', (c) => c.primaryKey())
    .addColumn('customer_id', 'text', (c) => c.notNull())
    .addColumn('last_report_at', 'bigint', (c) => c.notNull())
    .addColumn('silent_since', 'bigint')
    .addColumn('updated_at', 'bigint', (c) => c.notNull())
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('fleet_site_watch').execute();
}
