import type { Actor } from '../../platform/authz.js';
import { requireAnyRole } from '../../platform/authz.js';
import { tablesOf } from '../../platform/db/database.js';
import { holdStock } from './stock.hold.js';
import { stockLedger } from './stock.ledger.js';
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
import type { SupplyTables } from './supply.tables.js';

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
        return holdStock(trx, ledger, {
          part,
          location: loc,
          picks,
          demand: input.demand,
          note: input.note ?? null,
          actorId: actor.id ?? actor.label,
          at,
        });
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
