import { tablesOf, type AnyDb } from '../../platform/db/database.js';
import { newId } from '../../platform/ids.js';
import type { OperationsTable } from './plant.tables.js';

/** One line of a work order's shop-floor record: who did what, where, and when. */
export async function recordOperation(trx: AnyDb, op: Omit<OperationsTable, 'id'>) {
  const row = { id: newId(), ...op };
  await tablesOf<{ productionOperations: OperationsTable }>(trx)
    .insertInto('productionOperations')
    .values(row)
    .execute();
  return row;
}
