import type { Actor } from '../../platform/authz.js';
import { requireAnyRole } from '../../platform/authz.js';
import { tablesOf } from '../../platform/db/database.js';
import { conflict } from '../../platform/errors.js';
import { newId } from '../../platform/ids.js';
import { insufficientStock, stockLedger } from './stock.ledger.js';
import { locationOrThrow } from './stock.queries.js';
import {
  audited,
  lotIdOf,
  openReservation,
  quantityOf,
  HOLDERS,
  type StockDeps,
  type StockQuantity,
} from './stock-request.js';
import type { ReservationsTable, SupplyTables } from './supply.tables.js';

/** Holding stock for a demand, and letting it go. */
export function createReservationService(deps: StockDeps) {
  const location = (key: string) => locationOrThrow(deps.db, key);
  return {
    /** Hold stock for a demand; a lot part without a named lot is held oldest lot first. */
    async reserve(
      actor: Actor,
      input: StockQuantity & { location: string; demand: string; note?: string | undefined },
    ) {
      requireAnyRole(actor, HOLDERS);
      const part = await deps.catalog.getPart(actor, input.part);
      const loc = await location(input.location);
      const quantity = quantityOf(part, input);
      return audited(deps, actor, 'supply.stock.reserve', part.id, input, async (trx) => {
        const t = tablesOf<SupplyTables>(trx);
        const ledger = stockLedger(trx);
        const at = deps.clock.now();
        await ledger.lockParts([part.id], at);
        const lotId = await lotIdOf(trx, part, input.lot, false);
        const picks = input.serials
          ? input.serials.map((serial) => ({ lotId: '', quantity: 1, serial }))
          : lotId !== undefined
            ? [{ lotId, quantity, serial: null }]
            : (await ledger.pickLots(part.id, loc.id, quantity)).map((p) => ({
                ...p,
                serial: null,
              }));
        const created: ReservationsTable[] = [];
        for (const pick of picks) {
          const row: ReservationsTable = {
            id: newId(),
            partId: part.id,
            locationId: loc.id,
            lotId: pick.lotId,
            serial: pick.serial,
            quantity: pick.quantity,
            status: 'open',
            demand: input.demand,
            note: input.note ?? null,
            createdBy: actor.id ?? actor.label,
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
      });
    },

    async release(actor: Actor, id: string) {
      requireAnyRole(actor, HOLDERS);
      return audited(deps, actor, 'supply.stock.release', id, { id }, async (trx) => {
        const at = deps.clock.now();
        // The part first, then the reservation: the order every stock write takes its locks in.
        const held = await tablesOf<SupplyTables>(trx)
          .selectFrom('supplyReservations')
          .select('partId')
          .where('id', '=', id)
          .executeTakeFirst();
        if (held) await stockLedger(trx).lockParts([held.partId], at);
        const r = await openReservation(trx, id);
        await stockLedger(trx).unhold(r, r.quantity, at);
        const t = tablesOf<SupplyTables>(trx);
        if (r.serial)
          await t
            .updateTable('supplySerials')
            .set({ reservationId: null, updatedAt: at })
            .where('serial', '=', r.serial)
            .execute();
        await t
          .updateTable('supplyReservations')
          .set({ status: 'released', closedAt: at })
          .where('id', '=', id)
          .execute();
        return { ...r, status: 'released' as const, closedAt: at };
      });
    },
  };
}
