import type { Actor } from '../../platform/authz.js';
import { requireAnyRole } from '../../platform/authz.js';
import type { AuditLog } from '../../platform/audit/audit.service.js';
import type { Clock } from '../../platform/clock.js';
import {
  inTransaction,
  isUniqueViolation,
  lockedForUpdate,
  tablesOf,
  type AnyDb,
} from '../../platform/db/database.js';
import { conflict, invalid, notFound } from '../../platform/errors.js';
import { newId } from '../../platform/ids.js';
import type { CatalogService } from '../catalog/index.js';
import { createInventoryRepo } from './inventory.repo.js';
import { createStockQueries, locationOrThrow } from './stock.queries.js';
import { insufficientStock, stockLedger, type MoveInput } from './stock.ledger.js';
import type { LocationKind, ReservationsTable, SupplyTables } from './supply.tables.js';

/** Who moves stock: stores and buyers, the line, depot and field technicians, shipping. */
export const STOCK_WRITERS = ['buyer', 'production', 'technician', 'logistics'] as const;
export const ADJUSTMENT_REASONS = [
  'damaged',
  'lost',
  'found',
  'correction',
  'scrap',
  'sample',
] as const;
export type AdjustmentReason = (typeof ADJUSTMENT_REASONS)[number];

export interface StockQuantity {
  part: string;
  quantity?: number | undefined;
  lot?: string | undefined;
  serials?: string[] | undefined;
}

type Part = Awaited<ReturnType<CatalogService['getPart']>>;
type Deps = {
  db: AnyDb;
  clock: Clock;
  audit: AuditLog;
  catalog: Pick<CatalogService, 'getPart' | 'listParts'>;
};

/** How many units a request names, checked against the part's tracking. */
export function quantityOf(part: Part, input: Pick<StockQuantity, 'quantity' | 'serials'>): number {
  if (part.tracking === 'serial') {
    const serials = input.serials ?? [];
    if (serials.length === 0)
      throw invalid(
        'SUPPLY_SERIALS_REQUIRED',
        `${part.partNumber} is tracked by serial: list them.`,
      );
    if (new Set(serials).size !== serials.length)
      throw invalid('SUPPLY_SERIAL_REPEATED', 'A serial is listed twice.');
    if (input.quantity !== undefined && input.quantity !== serials.length)
      throw invalid(
        'SUPPLY_QUANTITY_MISMATCH',
        `Quantity ${input.quantity} but ${serials.length} serials.`,
      );
    return serials.length;
  }
  if (input.serials?.length)
    throw invalid('SUPPLY_NOT_SERIAL', `${part.partNumber} is not tracked by serial.`);
  if (!input.quantity || input.quantity < 1)
    throw invalid('SUPPLY_QUANTITY_REQUIRED', 'Give a quantity of at least 1.');
  return input.quantity;
}

/**
 * A part's tracking (serial, lot, none) decides how its stock is booked: it cannot change while
 * any is on the books. Registered with the catalog as a guard on part changes.
 */
export async function refuseTrackingChangeWithStock(
  trx: AnyDb,
  part: { id: string; partNumber: string; tracking: string },
  changes: { tracking?: string },
): Promise<void> {
  if (changes.tracking === undefined || changes.tracking === part.tracking) return;
  const stock = await tablesOf<SupplyTables>(trx)
    .selectFrom('supplyBalances')
    .select('partId')
    .where('partId', '=', part.id)
    .where('onHand', '>', 0)
    .executeTakeFirst();
  if (stock)
    throw conflict(
      'SUPPLY_TRACKING_WITH_STOCK',
      `${part.partNumber} has stock booked by ${part.tracking}: issue or write it off before tracking it by ${changes.tracking}.`,
    );
}

export function createInventoryService(deps: Deps) {
  const location = (key: string) => locationOrThrow(deps.db, key);

  /** The lot id of a request: '' for untracked and serial parts; the named lot for lot parts. */
  async function lotIdOf(db: AnyDb, part: Part, lot: string | undefined, required: boolean) {
    if (part.tracking !== 'lot') {
      if (lot) throw invalid('SUPPLY_NOT_LOT', `${part.partNumber} is not tracked by lot.`);
      return '';
    }
    if (!lot) {
      if (required)
        throw invalid('SUPPLY_LOT_REQUIRED', `${part.partNumber} is tracked by lot: name it.`);
      return undefined;
    }
    const row = await createInventoryRepo(db).lotOf(part.id, lot);
    if (!row) throw notFound('SUPPLY_LOT_NOT_FOUND', `${part.partNumber} has no lot "${lot}".`);
    return row.id;
  }

  async function openReservation(db: AnyDb, id: string): Promise<ReservationsTable> {
    const r = await lockedForUpdate(
      db,
      tablesOf<SupplyTables>(db).selectFrom('supplyReservations').selectAll().where('id', '=', id),
    ).executeTakeFirst();
    if (!r) throw notFound('SUPPLY_RESERVATION_NOT_FOUND', `No reservation "${id}".`);
    if (r.status !== 'open')
      throw conflict('SUPPLY_RESERVATION_CLOSED', `Reservation ${id} is already ${r.status}.`);
    return r;
  }

  /**
   * Move stock out of `from` (to `to`, or out of the books): by named lot, by serials, by a
   * reservation, or oldest lots first. Returns the moves' total value.
   */
  async function moveOut(
    trx: AnyDb,
    actor: Actor,
    part: Part,
    input: StockQuantity & { from: string; to?: string; reservation?: string },
    base: Omit<
      MoveInput,
      'partId' | 'lotId' | 'quantity' | 'from' | 'to' | 'at' | 'today' | 'actorId'
    >,
  ) {
    const ledger = stockLedger(trx);
    const at = deps.clock.now();
    await ledger.lockParts([part.id], at);
    const common = {
      ...base,
      partId: part.id,
      from: input.from,
      to: input.to,
      at,
      today: deps.clock.today(),
      actorId: actor.id ?? actor.label,
    };
    if (input.reservation) {
      if (input.serials || input.lot)
        throw invalid(
          'SUPPLY_RESERVATION_DECIDES',
          'A reservation already names its lot or serial: give the reservation alone.',
        );
      const r = await openReservation(trx, input.reservation);
      if (r.partId !== part.id || r.locationId !== input.from)
        throw invalid(
          'SUPPLY_RESERVATION_MISMATCH',
          'That reservation holds another part or location.',
        );
      const quantity = input.quantity ?? r.quantity;
      if (quantity > r.quantity || (input.to && quantity !== r.quantity))
        throw invalid('SUPPLY_RESERVATION_QUANTITY', `The reservation holds ${r.quantity}.`);
      return (
        await ledger.move({
          ...common,
          lotId: r.lotId,
          quantity,
          serials: r.serial ? [r.serial] : undefined,
          reservation: r,
        })
      ).valueCents;
    }
    const quantity = quantityOf(part, input);
    const lotId = await lotIdOf(trx, part, input.lot, false);
    if (lotId !== undefined)
      return (await ledger.move({ ...common, lotId, quantity, serials: input.serials })).valueCents;
    let value = 0;
    for (const pick of await ledger.pickLots(part.id, input.from, quantity))
      value += (await ledger.move({ ...common, lotId: pick.lotId, quantity: pick.quantity }))
        .valueCents;
    return value;
  }

  async function audited<R>(
    actor: Actor,
    action: string,
    entityId: string,
    after: unknown,
    work: (trx: AnyDb) => Promise<R>,
  ) {
    return inTransaction(deps.db, async (trx) => {
      const result = await work(trx);
      await deps.audit.record(trx, actor, {
        action,
        entityType: 'stock',
        entityId,
        after: { ...(after as object), result },
      });
      return result;
    });
  }

  return {
    ...createStockQueries(deps),

    async createLocation(
      actor: Actor,
      input: { code: string; name: string; kind: LocationKind; note?: string | null | undefined },
    ) {
      requireAnyRole(actor, ['buyer', 'production', 'logistics']);
      const row = {
        id: newId(),
        code: input.code.trim(),
        name: input.name.trim(),
        kind: input.kind,
        note: input.note ?? null,
        createdAt: deps.clock.now(),
      };
      try {
        await inTransaction(deps.db, async (trx) => {
          await tablesOf<SupplyTables>(trx).insertInto('supplyLocations').values(row).execute();
          await deps.audit.record(trx, actor, {
            action: 'supply.location.create',
            entityType: 'location',
            entityId: row.id,
            after: row,
          });
        });
      } catch (error) {
        if (isUniqueViolation(error))
          throw conflict('SUPPLY_LOCATION_CODE_TAKEN', `Location code ${row.code} is taken.`);
        throw error;
      }
      return row;
    },

    async transfer(
      actor: Actor,
      input: StockQuantity & {
        from: string;
        to: string;
        reservation?: string | undefined;
        note?: string | undefined;
      },
    ) {
      requireAnyRole(actor, STOCK_WRITERS);
      const part = await deps.catalog.getPart(actor, input.part);
      const from = await location(input.from);
      const to = await location(input.to);
      if (from.id === to.id)
        throw invalid('SUPPLY_SAME_LOCATION', 'From and to are the same location.');
      const valueCents = await audited(actor, 'supply.stock.transfer', part.id, input, (trx) =>
        moveOut(
          trx,
          actor,
          part,
          { ...input, from: from.id, to: to.id },
          { reason: 'transfer', note: input.note ?? null },
        ),
      );
      return { partNumber: part.partNumber, from: from.code, to: to.code, valueCents };
    },

    async issue(
      actor: Actor,
      input: StockQuantity & {
        from: string;
        reservation?: string | undefined;
        reference?: string | undefined;
        note?: string | undefined;
      },
    ) {
      requireAnyRole(actor, STOCK_WRITERS);
      const part = await deps.catalog.getPart(actor, input.part);
      const from = await location(input.from);
      const valueCents = await audited(actor, 'supply.stock.issue', part.id, input, (trx) =>
        moveOut(
          trx,
          actor,
          part,
          { ...input, from: from.id },
          {
            reason: 'issue',
            outStatus: 'issued',
            reference: input.reference ?? null,
            note: input.note ?? null,
          },
        ),
      );
      return { partNumber: part.partNumber, from: from.code, valueCents };
    },

    /** Stock found (+) or written off (−), with a reason code. */
    async adjust(
      actor: Actor,
      input: StockQuantity & {
        location: string;
        delta: number;
        reason: AdjustmentReason;
        /** Stock found or taken on (opening balances): its unit cost; default the average. */
        unitCostCents?: number | undefined;
        note?: string | undefined;
      },
    ) {
      requireAnyRole(actor, STOCK_WRITERS);
      if (!Number.isInteger(input.delta) || input.delta === 0)
        throw invalid(
          'SUPPLY_DELTA_REQUIRED',
          'An adjustment changes stock by a whole number other than 0.',
        );
      if ((input.unitCostCents ?? 0) * Math.abs(input.delta) > 10_000_000_000_000)
        throw invalid(
          'SUPPLY_VALUE_TOO_LARGE',
          'Unit cost × quantity is worth more than $100 billion.',
        );
      if (input.delta < 0 && input.unitCostCents !== undefined)
        throw invalid('SUPPLY_COST_ON_WRITE_OFF', 'A unit cost applies only to stock coming in.');
      const part = await deps.catalog.getPart(actor, input.part);
      const loc = await location(input.location);
      const quantity = quantityOf(part, { ...input, quantity: Math.abs(input.delta) });
      const valueCents = await audited(
        actor,
        'supply.stock.adjust',
        part.id,
        input,
        async (trx) => {
          const lotId = (await lotIdOf(trx, part, input.lot, true))!;
          const base = {
            partId: part.id,
            lotId,
            quantity,
            serials: input.serials,
            reason: 'adjustment' as const,
            reference: input.reason,
            note: input.note ?? null,
            actorId: actor.id ?? actor.label,
            at: deps.clock.now(),
            today: deps.clock.today(),
          };
          if (input.delta > 0) {
            const value = await stockLedger(trx).move({
              ...base,
              to: loc.id,
              valueCents:
                input.unitCostCents === undefined ? undefined : input.unitCostCents * quantity,
              fallbackUnitCostCents: part.standardCostCents,
            });
            return value.valueCents;
          }
          return (await stockLedger(trx).move({ ...base, from: loc.id, outStatus: 'scrapped' }))
            .valueCents;
        },
      );
      return { partNumber: part.partNumber, location: loc.code, delta: input.delta, valueCents };
    },

    /** Hold stock for a demand; a lot part without a named lot is held oldest lot first. */
    async reserve(
      actor: Actor,
      input: StockQuantity & { location: string; demand: string; note?: string | undefined },
    ) {
      requireAnyRole(actor, [...STOCK_WRITERS, 'planner', 'sales']);
      const part = await deps.catalog.getPart(actor, input.part);
      const loc = await location(input.location);
      const quantity = quantityOf(part, input);
      return audited(actor, 'supply.stock.reserve', part.id, input, async (trx) => {
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
      requireAnyRole(actor, [...STOCK_WRITERS, 'planner', 'sales']);
      return audited(actor, 'supply.stock.release', id, { id }, async (trx) => {
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

export type InventoryService = ReturnType<typeof createInventoryService>;
