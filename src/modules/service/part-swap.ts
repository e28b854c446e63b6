import type { Actor } from '../../platform/authz.js';
import { tablesOf, type AnyDb } from '../../platform/db/database.js';
import { conflict, invalid } from '../../platform/errors.js';
import { stockWithin } from '../supply/index.js';
import type { ServiceDeps } from './service.deps.js';
import type { ServiceTables } from './service.tables.js';

export interface PartSwapInput {
  partNumber: string;
  /** Serial-tracked parts: the serial taken out of the machine. */
  removedSerial?: string | undefined;
  /** Serial-tracked parts: the spare's serial, scanned from the shelf or the van. */
  installedSerial?: string | undefined;
  /** Bulk parts (fans): how many. */
  quantity?: number | undefined;
}

/** The part and what the swap takes, checked before any transaction opens. */
export async function resolveSwap(
  deps: Pick<ServiceDeps, 'catalog'>,
  actor: Actor,
  input: PartSwapInput,
) {
  const part = await deps.catalog.getPart(actor, input.partNumber);
  const serialized = part.tracking === 'serial';
  const quantity = serialized ? 1 : (input.quantity ?? 1);
  if (serialized && (!input.removedSerial?.trim() || !input.installedSerial?.trim()))
    throw invalid(
      'SERVICE_SERIALS_REQUIRED',
      `${part.partNumber} is tracked by serial: scan the one removed and the spare installed.`,
    );
  if (!Number.isInteger(quantity) || quantity < 1 || quantity > 50)
    throw invalid('SERVICE_QUANTITY', 'Replace between 1 and 50 of a bulk part.');
  const removedSerial = serialized ? input.removedSerial!.trim() : null;
  const installedSerial = serialized ? input.installedSerial!.trim() : null;
  if (removedSerial && removedSerial === installedSerial)
    throw invalid('SERVICE_SAME_SERIAL', 'The spare must be another part than the one removed.');
  return { part, quantity, removedSerial, installedSerial };
}
export type ResolvedSwap = Awaited<ReturnType<typeof resolveSwap>>;

/**
 * One part replaced in a machine, inside `trx`: the spare leaves `from` (depot shelf or van) as a
 * repair move, the genealogy swaps the component when the machine was built here, the removed
 * part enters quarantine at no value for failure analysis, and a serial spare gets its own
 * repaired-part cover (dated when the machine goes back to work, or `coverFrom` when given).
 */
export async function swapPart(
  trx: AnyDb,
  deps: Pick<ServiceDeps, 'clock' | 'production'>,
  actor: Actor,
  swap: ResolvedSwap & {
    machine: { serial: string; unitId: string | null };
    repairId: string;
    from: string;
    quarantine: string;
    reference: string;
    cover?: { startsOn: string; endsOn: string } | undefined;
  },
) {
  const at = deps.clock.now();
  const stock = stockWithin(trx, actor, at, deps.clock.today());
  await stock.lockParts([swap.part.id]);
  // Without a genealogy to check it against, a removed serial the books already know (issued
  // into another machine, scrapped, on a shelf) cannot be coming out of this one.
  if (!swap.machine.unitId && swap.removedSerial && (await stock.whereIs(swap.removedSerial)))
    throw conflict(
      'SERVICE_REMOVED_SERIAL_KNOWN',
      `${swap.removedSerial} is on the books elsewhere: check the serial on the part taken out.`,
    );
  const used = await stock.consume({
    partId: swap.part.id,
    locationId: swap.from,
    quantity: swap.quantity,
    serials: swap.installedSerial ? [swap.installedSerial] : undefined,
    lotTracked: swap.part.tracking === 'lot',
    reference: swap.reference,
    reason: 'repair',
  });
  if (swap.machine.unitId)
    await deps.production.repairs.swap(trx, actor, {
      unitId: swap.machine.unitId,
      partId: swap.part.id,
      removedSerial: swap.removedSerial,
      installedSerial: swap.installedSerial,
      quantity: swap.quantity,
      at,
      reference: swap.reference,
    });
  await stock.takeBack({
    partId: swap.part.id,
    locationId: swap.quarantine,
    quantity: swap.quantity,
    serials: swap.removedSerial ? [swap.removedSerial] : undefined,
    reference: swap.reference,
  });
  const t = tablesOf<ServiceTables>(trx);
  if (swap.removedSerial)
    await t
      .deleteFrom('serviceComponentWarranties')
      .where('componentSerial', 'in', [swap.removedSerial, swap.installedSerial!])
      .execute();
  if (swap.installedSerial)
    await t
      .insertInto('serviceComponentWarranties')
      .values({
        componentSerial: swap.installedSerial,
        partId: swap.part.id,
        partNumber: swap.part.partNumber,
        unitSerial: swap.machine.serial,
        rmaUnitId: swap.repairId,
        startsOn: swap.cover?.startsOn ?? null,
        endsOn: swap.cover?.endsOn ?? null,
      })
      .execute();
  return { costCents: used.valueCents, at };
}
