import { sql } from 'kysely';
import { isUniqueViolation, tablesOf, type AnyDb } from '../../platform/db/database.js';
import type { SupplyTables } from './supply.tables.js';

/**
 * Human document numbers, `PO-2026-00042`: the next after the highest of the year. Two writers
 * racing for the same number hit the unique constraint; `withNumber` then retries the whole
 * transaction with the next one.
 */
export async function nextNumber(
  db: AnyDb,
  table: 'supplyPurchaseOrders' | 'supplyReceipts',
  prefix: string,
  year: string,
): Promise<string> {
  const stem = `${prefix}-${year}-`;
  const row = await tablesOf<SupplyTables>(db)
    .selectFrom(table)
    .select(sql<string | null>`max(number)`.as('last'))
    .where('number', 'like', `${stem}%`)
    .executeTakeFirst();
  const last = row?.last ? Number(row.last.slice(stem.length)) : 0;
  return `${stem}${String(last + 1).padStart(5, '0')}`;
}

export async function withNumber<R>(attempt: () => Promise<R>, tries = 5): Promise<R> {
  for (let i = 1; ; i += 1) {
    try {
      return await attempt();
    } catch (error) {
      if (
        i >= tries ||
        !isUniqueViolation(error) ||
        !String((error as Error).message).match(/number/)
      )
        throw error;
    }
  }
}
