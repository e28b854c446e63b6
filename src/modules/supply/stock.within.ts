import type { Actor } from '../../platform/authz.js';
import { tablesOf, type AnyDb } from '../../platform/db/database.js';
import { stockLedger } from './stock.ledger.js';
import type { SupplyTables } from './supply.tables.js';

/**
 * Stock writes for a downstream module's transaction (production consuming parts into a unit,
 * a finished unit into stock): the caller has resolved parts and locations before opening `trx`,
 * and every read and write here goes through `trx`, so both modules' changes land in one commit.
 * Callers lock all the parts they will touch first, with `lockParts`, in one call.
 */
export function stockWithin(trx: AnyDb, actor: Actor, at: number, today: string) {
  const ledger = stockLedger(trx);
  const db = tablesOf<SupplyTables>(trx);
  const actorId = actor.id ?? actor.label;
  return {
    lockParts: (partIds: readonly string[]) => ledger.lockParts(partIds, at),

    /** Consume stock into work: by serials, by a named lot, or oldest lots first. */
    async consume(input: {
      partId: string;
      locationId: string;
      quantity: number;
      lotId?: string | undefined;
      serials?: string[] | undefined;
      lotTracked: boolean;
      reference: string;
    }) {
      const base = {
        partId: input.partId,
        from: input.locationId,
        reason: 'production' as const,
        outStatus: 'issued' as const,
        reference: input.reference,
        actorId,
        at,
        today,
      };
      const picks =
        input.serials || !input.lotTracked || input.lotId !== undefined
          ? [{ lotId: input.lotId ?? '', quantity: input.quantity }]
          : await ledger.pickLots(input.partId, input.locationId, input.quantity);
      const lots: { lotId: string; quantity: number; valueCents: number }[] = [];
      for (const pick of picks) {
        const { valueCents } = await ledger.move({
          ...base,
          lotId: pick.lotId,
          quantity: pick.quantity,
          serials: input.serials,
        });
        lots.push({ ...pick, valueCents });
      }
      return { valueCents: lots.reduce((sum, l) => sum + l.valueCents, 0), lots };
    },

    /** Where a serial is in stock, if it is. */
    whereIs: (serial: string) =>
      db
        .selectFrom('supplySerials')
        .select(['partId', 'locationId', 'status', 'reservationId'])
        .where('serial', '=', serial)
        .executeTakeFirst(),

    lotCodes: async (lotIds: readonly string[]) =>
      new Map(
        lotIds.length
          ? (
              await db
                .selectFrom('supplyLots')
                .select(['id', 'lotCode'])
                .where('id', 'in', [...lotIds])
                .execute()
            ).map((l) => [l.id, l.lotCode])
          : [],
      ),

    /** A finished unit into stock, at the value of what went into it. */
    produce: (input: {
      partId: string;
      locationId: string;
      serials: string[];
      valueCents: number;
      reference: string;
    }) =>
      ledger.move({
        partId: input.partId,
        lotId: '',
        to: input.locationId,
        quantity: input.serials.length,
        serials: input.serials,
        valueCents: input.valueCents,
        reason: 'production',
        reference: input.reference,
        actorId,
        at,
        today,
      }),
  };
}

export type StockWithin = ReturnType<typeof stockWithin>;
