import {
  lockedForUpdate,
  tablesOf,
  type AnyDb,
  isUniqueViolation,
} from '../../platform/db/database.js';
import { AppError, conflict } from '../../platform/errors.js';
import { newId } from '../../platform/ids.js';
import type { MoveReason, ReservationsTable, SupplyTables } from './supply.tables.js';

/**
 * The stock ledger's one primitive, `move`, run inside the caller's transaction. Every change of
 * stock is a move from a location, to a location, or both; each writes ledger rows, updates the
 * balance rows with conditional statements (the row lock of the UPDATE serialises concurrent
 * writers on PostgreSQL; SQLite has one writer at a time), and keeps the moving-average
 * valuation. A conditional UPDATE that matches nothing means "not enough stock": the caller's
 * transaction is rolled back by the error, so nothing half-done is stored.
 */
export interface MoveInput {
  partId: string;
  /** The lot's id, or '' for parts not tracked by lot. */
  lotId: string;
  from?: string | undefined;
  to?: string | undefined;
  quantity: number;
  /** Serial-tracked parts: exactly `quantity` serials. */
  serials?: string[] | undefined;
  /** Stock held by this reservation is consumed (issue) or carried along (transfer). */
  reservation?: ReservationsTable | undefined;
  /** Into stock from outside (receipt, found): the value added; default: the current average. */
  valueCents?: number | undefined;
  /** Into stock with no value given and no average yet (found stock): this unit cost. */
  fallbackUnitCostCents?: number | null | undefined;
  /**
   * Into stock from outside with serials: a serial the books know as issued, shipped or
   * scrapped comes back (a part taken out of a machine by a repair) instead of being refused.
   */
  revive?: boolean;
  /** Where stock that leaves the books goes: issued to work or scrapped. */
  outStatus?: 'issued' | 'scrapped' | 'shipped';
  reason: MoveReason;
  reference?: string | null;
  note?: string | null;
  actorId: string;
  at: number;
  /** The date stock entered the books (serial rows keep it). */
  today: string;
}

/** Serials that are already on the books, named so the receiving clerk can find them. */
export function serialsExist(serials: string[]) {
  const named = serials.length
    ? `: ${serials.slice(0, 10).join(', ')}${serials.length > 10 ? `, … (${serials.length})` : ''}`
    : '';
  return new AppError('conflict', 'SUPPLY_SERIAL_EXISTS', `Serial already known${named}.`, {
    errors: serials.map((serial) => ({ path: 'serials', message: `${serial} is already known` })),
  });
}

export const insufficientStock = (what: string) =>
  conflict('SUPPLY_INSUFFICIENT_STOCK', `Not enough available stock: ${what}.`);

export function stockLedger(anyDb: AnyDb) {
  const db = tablesOf<SupplyTables>(anyDb);

  async function takeFromBalance(m: MoveInput, from: string, reservedTaken: number) {
    const result = await db
      .updateTable('supplyBalances')
      .set((eb) => ({
        onHand: eb('onHand', '-', m.quantity),
        reserved: eb('reserved', '-', reservedTaken),
        updatedAt: m.at,
      }))
      .where('partId', '=', m.partId)
      .where('locationId', '=', from)
      .where('lotId', '=', m.lotId)
      .where((eb) => eb(eb('onHand', '-', eb.ref('reserved')), '>=', m.quantity - reservedTaken))
      .executeTakeFirst();
    if (Number(result.numUpdatedRows) !== 1) throw insufficientStock(`${m.quantity} wanted`);
  }

  async function addToBalance(m: MoveInput, to: string, reserved: number) {
    await db
      .insertInto('supplyBalances')
      .values({
        partId: m.partId,
        locationId: to,
        lotId: m.lotId,
        onHand: m.quantity,
        reserved,
        updatedAt: m.at,
      })
      .onConflict((oc) =>
        oc.columns(['partId', 'locationId', 'lotId']).doUpdateSet((eb) => ({
          onHand: eb('supplyBalances.onHand', '+', m.quantity),
          reserved: eb('supplyBalances.reserved', '+', reserved),
          updatedAt: m.at,
        })),
      )
      .execute();
  }

  /** Serials leaving `from`: each must be there, in stock, and free (or held by `reservation`). */
  async function moveSerials(m: MoveInput, from: string) {
    const reservationId = m.reservation?.id ?? null;
    let moved = 0;
    for (let i = 0; i < m.serials!.length; i += 500) {
      const serials = m.serials!.slice(i, i + 500);
      const result = await db
        .updateTable('supplySerials')
        .set(
          m.to
            ? {
                locationId: m.to,
                reservationId: m.reservation ? reservationId : null,
                updatedAt: m.at,
              }
            : {
                locationId: null,
                status: m.outStatus ?? 'issued',
                reservationId: null,
                updatedAt: m.at,
              },
        )
        .where('serial', 'in', serials)
        .where('partId', '=', m.partId)
        .where('locationId', '=', from)
        .where('status', '=', 'in_stock')
        .where((eb) =>
          reservationId ? eb('reservationId', '=', reservationId) : eb('reservationId', 'is', null),
        )
        .executeTakeFirst();
      moved += Number(result.numUpdatedRows);
    }
    const serials = m.serials!;
    if (moved !== serials.length)
      throw conflict(
        'SUPPLY_SERIAL_NOT_AVAILABLE',
        `Not every serial is free in stock at that location: ${serials.slice(0, 5).join(', ')}${serials.length > 5 ? ', …' : ''}.`,
      );
  }

  async function createSerials(m: MoveInput, to: string, unitCostCents: number) {
    const known: { serial: string; status: string; partId: string }[] = [];
    for (let i = 0; i < m.serials!.length; i += 500) {
      const rows = await db
        .selectFrom('supplySerials')
        .select(['serial', 'status', 'partId'])
        .where('serial', 'in', m.serials!.slice(i, i + 500))
        .execute();
      known.push(...rows);
    }
    const refused = known.filter(
      (k) => !m.revive || k.status === 'in_stock' || k.partId !== m.partId,
    );
    if (refused.length) throw serialsExist(refused.map((k) => k.serial));
    const revived = new Set(known.map((k) => k.serial));
    for (const serial of revived)
      await db
        .updateTable('supplySerials')
        .set({
          status: 'in_stock',
          locationId: to,
          reservationId: null,
          unitCostCents,
          receivedOn: m.today,
          updatedAt: m.at,
        })
        .where('serial', '=', serial)
        .execute();
    const fresh = m.serials!.filter((serial) => !revived.has(serial));
    try {
      for (let i = 0; i < fresh.length; i += 500) {
        await db
          .insertInto('supplySerials')
          .values(
            fresh.slice(i, i + 500).map((serial) => ({
              id: newId(),
              serial,
              partId: m.partId,
              locationId: to,
              status: 'in_stock' as const,
              reservationId: null,
              unitCostCents,
              receivedOn: m.today,
              updatedAt: m.at,
            })),
          )
          .execute();
      }
    } catch (error) {
      // A concurrent receipt of the same serial got there first.
      if (isUniqueViolation(error)) throw serialsExist([]);
      throw error;
    }
  }

  /** Value leaving the books: the moving average's share, exact in integers. */
  async function valueOut(partId: string, quantity: number, at: number): Promise<number> {
    const v = await lockedForUpdate(
      anyDb,
      db.selectFrom('supplyValuations').selectAll().where('partId', '=', partId),
    ).executeTakeFirst();
    if (!v || v.quantity === 0) return 0;
    const share =
      quantity >= v.quantity
        ? v.valueCents
        : Number(
            (BigInt(v.valueCents) * BigInt(quantity) * 2n + BigInt(v.quantity)) /
              (BigInt(v.quantity) * 2n),
          );
    await db
      .updateTable('supplyValuations')
      .set({
        quantity: Math.max(0, v.quantity - quantity),
        valueCents: v.valueCents - share,
        updatedAt: at,
      })
      .where('partId', '=', partId)
      .execute();
    return share;
  }

  async function valueIn(partId: string, quantity: number, valueCents: number, at: number) {
    await db
      .insertInto('supplyValuations')
      .values({ partId, quantity, valueCents, updatedAt: at })
      .onConflict((oc) =>
        oc.column('partId').doUpdateSet((eb) => ({
          quantity: eb('supplyValuations.quantity', '+', quantity),
          valueCents: eb('supplyValuations.valueCents', '+', valueCents),
          updatedAt: at,
        })),
      )
      .execute();
  }

  /** The moving average's value of `quantity`, or null when none is on the books. */
  async function averageCents(partId: string, quantity: number): Promise<number | null> {
    const v = await db
      .selectFrom('supplyValuations')
      .select(['quantity', 'valueCents'])
      .where('partId', '=', partId)
      .executeTakeFirst();
    if (!v || v.quantity === 0) return null;
    return Number(
      (BigInt(v.valueCents) * BigInt(quantity) * 2n + BigInt(v.quantity)) /
        (BigInt(v.quantity) * 2n),
    );
  }

  /**
   * Split a quantity of a lot-tracked part over its lots at a location, oldest received first.
   * The balance rows are locked first, in key order, so concurrent pickers queue.
   */
  async function pickLots(partId: string, locationId: string, quantity: number) {
    const rows = await lockedForUpdate(
      anyDb,
      db
        .selectFrom('supplyBalances')
        .selectAll()
        .where('partId', '=', partId)
        .where('locationId', '=', locationId)
        .orderBy('lotId'),
    ).execute();
    // Oldest received first; lots received the same day in the order they were booked.
    const lots = rows.length
      ? await db
          .selectFrom('supplyLots')
          .select(['id', 'receivedOn'])
          .where(
            'id',
            'in',
            rows.map((r) => r.lotId),
          )
          .execute()
      : [];
    const receivedOn = new Map(lots.map((l) => [l.id, l.receivedOn]));
    rows.sort(
      (a, b) =>
        (receivedOn.get(a.lotId) ?? '').localeCompare(receivedOn.get(b.lotId) ?? '') ||
        a.lotId.localeCompare(b.lotId),
    );
    const picks: { lotId: string; quantity: number }[] = [];
    let left = quantity;
    for (const r of rows) {
      const take = Math.min(left, r.onHand - r.reserved);
      if (take <= 0) continue;
      picks.push({ lotId: r.lotId, quantity: take });
      left -= take;
      if (left === 0) break;
    }
    if (left > 0) throw insufficientStock(`${quantity} wanted, ${quantity - left} available`);
    return picks;
  }

  /**
   * Every stock write first locks its parts' valuation rows, in part-id order (created empty if
   * new). Writers of one part then queue on that row, and writers of several parts take them in
   * the same order, so PostgreSQL never sees two transactions wait on each other.
   */
  // Parts this ledger has locked: a lock lasts to the end of the transaction, so once is enough.
  const locked = new Set<string>();
  async function lockParts(partIds: readonly string[], at: number) {
    for (const partId of [...new Set(partIds)].filter((id) => !locked.has(id)).sort()) {
      locked.add(partId);
      await db
        .insertInto('supplyValuations')
        .values({ partId, quantity: 0, valueCents: 0, updatedAt: at })
        .onConflict((oc) => oc.column('partId').doNothing())
        .execute();
      await lockedForUpdate(
        anyDb,
        db.selectFrom('supplyValuations').select('partId').where('partId', '=', partId),
      ).execute();
    }
  }

  return {
    lockParts,
    pickLots,

    async move(m: MoveInput): Promise<{ valueCents: number }> {
      await lockParts([m.partId], m.at);
      const reservation = m.reservation;
      const reservedTaken = reservation ? m.quantity : 0;
      if (m.from) {
        await takeFromBalance(m, m.from, reservedTaken);
        if (m.serials) await moveSerials(m, m.from);
      }
      let valueCents: number;
      if (m.from && m.to) valueCents = (await averageCents(m.partId, m.quantity)) ?? 0;
      else if (m.from) valueCents = await valueOut(m.partId, m.quantity, m.at);
      else {
        valueCents =
          m.valueCents ??
          (await averageCents(m.partId, m.quantity)) ??
          (m.fallbackUnitCostCents ?? 0) * m.quantity;
        await valueIn(m.partId, m.quantity, valueCents, m.at);
      }
      if (m.to) {
        // A reservation travels with its stock on a transfer (kitting to WIP keeps it held).
        await addToBalance(m, m.to, m.from && reservation ? reservedTaken : 0);
        if (m.serials && !m.from) await createSerials(m, m.to, Math.round(valueCents / m.quantity));
      }
      const rows = (m.serials ?? [null]).map((serial, i, all) => ({
        id: newId(),
        at: m.at,
        partId: m.partId,
        lotId: m.lotId,
        serial,
        fromLocationId: m.from ?? null,
        toLocationId: m.to ?? null,
        quantity: serial ? 1 : m.quantity,
        // Serial rows share the value; the last takes the rounding remainder.
        valueCents:
          all.length === 1
            ? valueCents
            : i < all.length - 1
              ? Math.floor(valueCents / all.length)
              : valueCents - Math.floor(valueCents / all.length) * (all.length - 1),
        reason: m.reason,
        reference: m.reference ?? null,
        note: m.note ?? null,
        actorId: m.actorId,
      }));
      for (let i = 0; i < rows.length; i += 500)
        await db
          .insertInto('supplyMoves')
          .values(rows.slice(i, i + 500))
          .execute();
      if (reservation) {
        const left = reservation.quantity - m.quantity;
        await db
          .updateTable('supplyReservations')
          .set(
            m.to
              ? { locationId: m.to }
              : left > 0
                ? { quantity: left }
                : { status: 'consumed', closedAt: m.at },
          )
          .where('id', '=', reservation.id)
          .execute();
      }
      return { valueCents };
    },

    /** Hold `quantity` of a balance (and the serial, if one is named) for a demand. */
    async hold(
      key: { partId: string; locationId: string; lotId: string },
      quantity: number,
      at: number,
    ): Promise<boolean> {
      await lockParts([key.partId], at);
      const result = await db
        .updateTable('supplyBalances')
        .set((eb) => ({ reserved: eb('reserved', '+', quantity), updatedAt: at }))
        .where('partId', '=', key.partId)
        .where('locationId', '=', key.locationId)
        .where('lotId', '=', key.lotId)
        .where((eb) => eb(eb('onHand', '-', eb.ref('reserved')), '>=', quantity))
        .executeTakeFirst();
      return Number(result.numUpdatedRows) === 1;
    },

    async unhold(
      key: { partId: string; locationId: string; lotId: string },
      quantity: number,
      at: number,
    ) {
      await db
        .updateTable('supplyBalances')
        .set((eb) => ({ reserved: eb('reserved', '-', quantity), updatedAt: at }))
        .where('partId', '=', key.partId)
        .where('locationId', '=', key.locationId)
        .where('lotId', '=', key.lotId)
        .execute();
    },
  };
}

export type StockLedger = ReturnType<typeof stockLedger>;
