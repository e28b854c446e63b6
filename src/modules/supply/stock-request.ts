import type { Actor } from '../../platform/authz.js';
import type { AuditLog } from '../../platform/audit/audit.service.js';
import type { Clock } from '../../platform/clock.js';
import {
  inTransaction,
  lockedForUpdate,
  tablesOf,
  type AnyDb,
} from '../../platform/db/database.js';
import { conflict, invalid, notFound } from '../../platform/errors.js';
import type { CatalogService } from '../catalog/index.js';
import { createInventoryRepo } from './inventory.repo.js';
import type { ReservationsTable, SupplyTables } from './supply.tables.js';

/*
 * How stock requests are read: quantities, lots and reservations, checked against the part.
 */

/** Who moves stock: stores and buyers, the line, depot and field technicians, shipping. */
export const STOCK_WRITERS = ['buyer', 'production', 'technician', 'logistics'] as const;
/** Who holds stock for a demand: stock writers, and planners and sales for their demands. */
export const HOLDERS = [...STOCK_WRITERS, 'planner', 'sales'] as const;

export interface StockQuantity {
  part: string;
  quantity?: number | undefined;
  lot?: string | undefined;
  serials?: string[] | undefined;
}

export type Part = Awaited<ReturnType<CatalogService['getPart']>>;
export type StockDeps = {
  db: AnyDb;
  clock: Clock;
  audit: AuditLog;
  catalog: Pick<CatalogService, 'getPart' | 'partsById'>;
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

/** The lot id of a request: '' for untracked and serial parts; the named lot for lot parts. */
export async function lotIdOf(db: AnyDb, part: Part, lot: string | undefined, required: boolean) {
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

export async function openReservation(db: AnyDb, id: string): Promise<ReservationsTable> {
  const r = await lockedForUpdate(
    db,
    tablesOf<SupplyTables>(db).selectFrom('supplyReservations').selectAll().where('id', '=', id),
  ).executeTakeFirst();
  if (!r) throw notFound('SUPPLY_RESERVATION_NOT_FOUND', `No reservation "${id}".`);
  if (r.status !== 'open')
    throw conflict('SUPPLY_RESERVATION_CLOSED', `Reservation ${id} is already ${r.status}.`);
  return r;
}

/** A stock command in one transaction, with its audit record. */
export async function audited<R>(
  deps: { db: AnyDb; audit: AuditLog },
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
