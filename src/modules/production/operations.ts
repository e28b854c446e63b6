import { tablesOf, type AnyDb } from '../../platform/db/database.js';
import { conflict } from '../../platform/errors.js';
import { newId } from '../../platform/ids.js';
import { pendingBoardOperations } from './next-step.engine.js';
import type { OperationsTable, PlantTables } from './plant.tables.js';

/** One line of a work order's shop-floor record: who did what, where, and when. */
export async function recordOperation(trx: AnyDb, op: Omit<OperationsTable, 'id'>) {
  const row = { id: newId(), ...op };
  await tablesOf<{ productionOperations: OperationsTable }>(trx)
    .insertInto('productionOperations')
    .values(row)
    .execute();
  return row;
}

/**
 * Refuses hashboards that have not passed every board operation of the routing (board test…):
 * checked wherever a board goes into a unit, at final assembly and in a rework swap.
 */
export async function requireBoardsReady(
  trx: AnyDb,
  boards: readonly { id: string; serial: string }[],
  routing: readonly string[],
) {
  if (boards.length === 0) return;
  const done = await tablesOf<PlantTables>(trx)
    .selectFrom('productionOperations')
    .select(['unitId', 'operation'])
    .where(
      'unitId',
      'in',
      boards.map((b) => b.id),
    )
    .where('outcome', '=', 'done')
    .execute();
  for (const b of boards) {
    const pending = pendingBoardOperations(
      routing,
      done.filter((d) => d.unitId === b.id).map((d) => d.operation),
    );
    if (pending.length)
      throw conflict(
        'PRODUCTION_BOARD_NOT_READY',
        `${b.serial} has not been through ${pending.join(', ').replace(/_/g, ' ')}.`,
      );
  }
}
