import { tablesOf, type AnyDb } from '../../platform/db/database.js';
import { conflict } from '../../platform/errors.js';
import { newId } from '../../platform/ids.js';
import { insufficientStock, type StockLedger } from './stock.ledger.js';
import type { ReservationsTable, SupplyTables } from './supply.tables.js';

/**
 * Hold stock for a demand, one reservation per pick (a lot's quantity or one serial), inside
 * the caller's transaction; the parts are locked by the ledger. Used by reservations made by
 * hand and by kitting.
 */
export async function holdStock(
  trx: AnyDb,
  ledger: StockLedger,
  input: {
    part: { id: string; partNumber: string };
    location: { id: string; code: string };
    picks: { lotId: string; quantity: number; serial: string | null }[];
    demand: string;
    note: string | null;
    actorId: string;
    at: number;
  },
): Promise<ReservationsTable[]> {
  const t = tablesOf<SupplyTables>(trx);
  const { part, location: loc, at } = input;
  const created: ReservationsTable[] = [];
  for (const pick of input.picks) {
    const row: ReservationsTable = {
      id: newId(),
      partId: part.id,
      locationId: loc.id,
      lotId: pick.lotId,
      serial: pick.serial,
      quantity: pick.quantity,
      status: 'open',
      demand: input.demand,
      note: input.note,
      createdBy: input.actorId,
      createdAt: at,
      closedAt: null,
    };
    if (
      !(await ledger.hold(
        { partId: part.id, locationId: loc.id, lotId: pick.lotId },
        pick.quantity,
        at,
      ))
    )
      throw insufficientStock(`${pick.quantity} of ${part.partNumber} at ${loc.code}`);
    await t.insertInto('supplyReservations').values(row).execute();
    if (pick.serial) {
      const held = await t
        .updateTable('supplySerials')
        .set({ reservationId: row.id, updatedAt: at })
        .where('serial', '=', pick.serial)
        .where('partId', '=', part.id)
        .where('locationId', '=', loc.id)
        .where('reservationId', 'is', null)
        .executeTakeFirst();
      if (Number(held.numUpdatedRows) !== 1)
        throw conflict(
          'SUPPLY_SERIAL_NOT_AVAILABLE',
          `Serial ${pick.serial} is not free at ${loc.code}.`,
        );
    }
    created.push(row);
  }
  return created;
}
