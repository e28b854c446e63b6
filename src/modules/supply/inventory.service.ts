import type { Actor } from '../../platform/authz.js';
import { requireAnyRole } from '../../platform/authz.js';
import {
  inTransaction,
  isUniqueViolation,
  tablesOf,
  type AnyDb,
} from '../../platform/db/database.js';
import { conflict, invalid } from '../../platform/errors.js';
import { newId } from '../../platform/ids.js';
import { createReservationService } from './reservation.service.js';
import { createStockQueries, locationOrThrow } from './stock.queries.js';
import { stockLedger, type MoveInput } from './stock.ledger.js';
import {
  audited,
  lotIdOf,
  openReservation,
  quantityOf,
  STOCK_WRITERS,
  type Part,
  type StockDeps,
  type StockQuantity,
} from './stock-request.js';
import type { LocationKind, SupplyTables } from './supply.tables.js';

export { HOLDERS, STOCK_WRITERS } from './stock-request.js';

/** Who adds stock locations. */
export const LOCATION_EDITORS = ['buyer', 'production', 'logistics'] as const;
export const ADJUSTMENT_REASONS = [
  'damaged',
  'lost',
  'found',
  'correction',
  'scrap',
  'sample',
] as const;
export type AdjustmentReason = (typeof ADJUSTMENT_REASONS)[number];

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

export function createInventoryService(deps: StockDeps) {
  const location = (key: string) => locationOrThrow(deps.db, key);

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

  return {
    ...createStockQueries(deps),
    ...createReservationService(deps),

    async createLocation(
      actor: Actor,
      input: { code: string; name: string; kind: LocationKind; note?: string | null | undefined },
    ) {
      requireAnyRole(actor, LOCATION_EDITORS);
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
      const valueCents = await audited(
        deps,
        actor,
        'supply.stock.transfer',
        part.id,
        input,
        (trx) =>
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
      const valueCents = await audited(deps, actor, 'supply.stock.issue', part.id, input, (trx) =>
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
        deps,
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
  };
}

export type InventoryService = ReturnType<typeof createInventoryService>;
