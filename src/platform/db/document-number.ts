import { sql } from 'kysely';
import { isUniqueViolation, type AnyDb } from './database.js';

/**
 * Human document numbers, `PO-2026-00042`: the next after the highest of the year. Two writers
 * racing for the same number hit the unique constraint; `withNumber` then retries the whole
 * transaction with the next one.
 */
export async function nextNumber(
  db: AnyDb,
  /** The table, snake_case as in SQL; it must have a unique text column `number`. */
  table: string,
  prefix: string,
  year: string,
): Promise<string> {
  const stem = `${prefix}-${year}-`;
  const { rows } = await sql<{ last: string | null }>`
    select max(number) as last from ${sql.table(table)} where number like ${`${stem}%`}`.execute(
    db,
  );
  const last = rows[0]?.last ? Number(rows[0].last.slice(stem.length)) : 0;
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
