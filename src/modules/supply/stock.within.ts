import type { Actor } from '../../platform/authz.js';
import { tablesOf, type AnyDb } from '../../platform/db/database.js';
import { holdStock } from './stock.hold.js';
import { insufficientStock, stockLedger } from './stock.ledger.js';
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

  async function freeSerials(
    part: { id: string; partNumber: string },
    from: { id: string; code: string },
    quantity: number,
  ) {
    const rows = await db
      .selectFrom('supplySerials')
      .select('serial')
      .where('partId', '=', part.id)
      .where('locationId', '=', from.id)
      .where('status', '=', 'in_stock')
      .where('reservationId', 'is', null)
      .orderBy('receivedOn')
      .orderBy('serial')
      .limit(quantity)
      .execute();
    if (rows.length < quantity)
      throw insufficientStock(
        `${quantity} of ${part.partNumber} at ${from.code}, ${rows.length} free`,
      );
    return rows.map((r) => ({ lotId: '', quantity: 1, serial: r.serial }));
  }

  /** Open holds for a demand at a location: the named serials', or the lot's, or all. */
  async function heldFor(input: {
    partId: string;
    locationId: string;
    demand?: string | undefined;
    serials?: string[] | undefined;
    lotId?: string | undefined;
  }) {
    let q = db
      .selectFrom('supplyReservations')
      .selectAll()
      .where('partId', '=', input.partId)
      .where('locationId', '=', input.locationId)
      .where('demand', '=', input.demand!)
      .where('status', '=', 'open');
    if (input.serials) q = q.where('serial', 'in', input.serials.length ? input.serials : ['']);
    if (input.lotId !== undefined) q = q.where('lotId', '=', input.lotId);
    return q.orderBy('createdAt').orderBy('id').execute();
  }

  return {
    lockParts: (partIds: readonly string[]) => ledger.lockParts(partIds, at),

    /**
     * Kitting: hold stock at `from` for `demand` (oldest lots, or free serials, first) and move
     * it to `to`; the holds travel with the stock.
     */
    async kit(input: {
      part: { id: string; partNumber: string; tracking: string };
      from: { id: string; code: string };
      to: { id: string; code: string };
      quantity: number;
      demand: string;
    }) {
      const { part, from } = input;
      const picks =
        part.tracking === 'serial'
          ? await freeSerials(part, from, input.quantity)
          : part.tracking === 'lot'
            ? (await ledger.pickLots(part.id, from.id, input.quantity)).map((p) => ({
                ...p,
                serial: null,
              }))
            : [{ lotId: '', quantity: input.quantity, serial: null }];
      const held = await holdStock(trx, ledger, {
        part,
        location: from,
        picks,
        demand: input.demand,
        note: null,
        actorId,
        at,
      });
      for (const reservation of held)
        await ledger.move({
          partId: part.id,
          lotId: reservation.lotId,
          from: from.id,
          to: input.to.id,
          quantity: reservation.quantity,
          serials: reservation.serial ? [reservation.serial] : undefined,
          reservation,
          reason: 'transfer',
          reference: input.demand,
          actorId,
          at,
          today,
        });
      return held.map((r) => ({ lotId: r.lotId, serial: r.serial, quantity: r.quantity }));
    },

    /**
     * Consume stock into work: by serials, by a named lot, or oldest lots first. Stock held for
     * `demand` at the location is taken first, then free stock.
     */
    async consume(input: {
      partId: string;
      locationId: string;
      quantity: number;
      lotId?: string | undefined;
      serials?: string[] | undefined;
      lotTracked: boolean;
      reference: string;
      demand?: string | undefined;
      /** Into a unit on the line (default), or into a machine under repair. */
      reason?: 'production' | 'repair';
    }) {
      const base = {
        partId: input.partId,
        from: input.locationId,
        reason: input.reason ?? 'production',
        outStatus: 'issued' as const,
        reference: input.reference,
        actorId,
        at,
        today,
      };
      const lots: { lotId: string; quantity: number; valueCents: number }[] = [];
      const holds = input.demand ? await heldFor(input) : [];
      let left = input.quantity;
      for (const reservation of holds) {
        if (left === 0) break;
        const quantity = Math.min(left, reservation.quantity);
        const { valueCents } = await ledger.move({
          ...base,
          lotId: reservation.lotId,
          quantity,
          serials: reservation.serial ? [reservation.serial] : undefined,
          reservation,
        });
        lots.push({ lotId: reservation.lotId, quantity, valueCents });
        left -= quantity;
      }
      if (left === 0 || (input.serials && holds.length === input.serials.length))
        return { valueCents: lots.reduce((sum, l) => sum + l.valueCents, 0), lots };
      const serials = input.serials?.filter((s) => !holds.some((h) => h.serial === s));
      const picks =
        serials || !input.lotTracked || input.lotId !== undefined
          ? [{ lotId: input.lotId ?? '', quantity: left }]
          : await ledger.pickLots(input.partId, input.locationId, left);
      for (const pick of picks) {
        const { valueCents } = await ledger.move({
          ...base,
          lotId: pick.lotId,
          quantity: pick.quantity,
          serials,
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

    /**
     * Finished units out of stock onto a shipment, from wherever each is on the books; units
     * the books do not hold are left to the caller. Returns the serials moved.
     */
    async ship(input: { serials: readonly string[]; reference: string }) {
      const rows = [];
      for (let i = 0; i < input.serials.length; i += 500)
        rows.push(
          ...(await db
            .selectFrom('supplySerials')
            .select(['serial', 'partId', 'locationId'])
            .where('serial', 'in', input.serials.slice(i, i + 500))
            .where('status', '=', 'in_stock')
            .execute()),
        );
      const groups = new Map<string, { partId: string; locationId: string; serials: string[] }>();
      for (const r of rows) {
        if (!r.locationId) continue;
        const key = `${r.partId}|${r.locationId}`;
        const g = groups.get(key) ?? {
          partId: r.partId,
          locationId: r.locationId,
          serials: [] as string[],
        };
        g.serials.push(r.serial);
        groups.set(key, g);
      }
      await ledger.lockParts(
        [...groups.values()].map((g) => g.partId),
        at,
      );
      for (const g of groups.values())
        await ledger.move({
          partId: g.partId,
          lotId: '',
          from: g.locationId,
          quantity: g.serials.length,
          serials: g.serials,
          reason: 'shipment',
          outStatus: 'shipped',
          reference: input.reference,
          actorId,
          at,
          today,
        });
      return [...groups.values()].flatMap((g) => g.serials);
    },

    /**
     * Parts taken out of a machine by a repair, into a location (quarantine) at no value: their
     * worth is unknown until failure analysis says reuse or scrap. A serial the books know as
     * issued comes back into stock.
     */
    takeBack: (input: {
      partId: string;
      locationId: string;
      quantity: number;
      serials?: string[] | undefined;
      reference: string;
    }) =>
      ledger.move({
        partId: input.partId,
        lotId: '',
        to: input.locationId,
        quantity: input.quantity,
        serials: input.serials,
        revive: true,
        valueCents: 0,
        reason: 'repair',
        reference: input.reference,
        actorId,
        at,
        today,
      }),

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
