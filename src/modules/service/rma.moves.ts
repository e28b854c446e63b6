import type { Actor } from '../../platform/authz.js';
import { assertCustomerAccess } from '../../platform/authz.js';
import { lockedForUpdate, tablesOf, type AnyDb } from '../../platform/db/database.js';
import { conflict, invalid, notFound } from '../../platform/errors.js';
import type { EventBus } from '../../platform/events/events.js';
import { newId } from '../../platform/ids.js';
import { assertMove, clockAfter, FINISHED, summaryStatus } from './rma.states.js';
import type { RmaStatus, RmasTable, RmaUnitsTable, ServiceTables } from './service.tables.js';

export const rmaNotFound = (key: string) =>
  notFound('SERVICE_RMA_NOT_FOUND', `No RMA "${key}" is known to you.`);
export const rmaUnitNotFound = (key: string) =>
  notFound('SERVICE_RMA_UNIT_NOT_FOUND', `No machine "${key}" is under an RMA you can see.`);

/** An RMA by id or number, locked when `forUpdate`, as the actor may see it. */
export async function loadRma(on: AnyDb, actor: Actor, key: string, forUpdate = false) {
  const q = tablesOf<ServiceTables>(on)
    .selectFrom('serviceRmas')
    .selectAll()
    .where((eb) => eb.or([eb('id', '=', key), eb('number', '=', key.toUpperCase())]));
  const rma = await (forUpdate ? lockedForUpdate(on, q) : q).executeTakeFirst();
  if (!rma) throw rmaNotFound(key);
  assertCustomerAccess(actor, rma.customerId, () => rmaNotFound(key));
  return rma;
}

/** A machine under an RMA by the unit line's id, or by serial (its open RMA, else its latest). */
export async function loadRmaUnit(on: AnyDb, actor: Actor, key: string, forUpdate = false) {
  const t = tablesOf<ServiceTables>(on);
  const byId = t.selectFrom('serviceRmaUnits').selectAll().where('id', '=', key);
  let unit = await (forUpdate ? lockedForUpdate(on, byId) : byId).executeTakeFirst();
  if (!unit) {
    const bySerial = t
      .selectFrom('serviceRmaUnits')
      .selectAll()
      .where('serial', '=', key.trim())
      .orderBy('requestedAt', 'desc')
      .limit(1);
    unit = await (forUpdate ? lockedForUpdate(on, bySerial) : bySerial).executeTakeFirst();
  }
  if (!unit) throw rmaUnitNotFound(key);
  const rma = await loadRma(on, actor, unit.rmaId, forUpdate);
  return { unit, rma };
}

/**
 * Moves machines of one RMA to `to` inside `trx`: each move checked against the state table,
 * each clock banked or restarted, one timeline line per machine, the RMA's status refreshed.
 * `patch` sets further columns on every moved unit.
 */
export async function moveUnits(
  trx: AnyDb,
  deps: { events: EventBus },
  actor: Actor,
  rma: RmasTable,
  units: RmaUnitsTable[],
  to: RmaStatus,
  at: number,
  options: { note?: string | null; patch?: Partial<RmaUnitsTable> } = {},
) {
  const t = tablesOf<ServiceTables>(trx);
  for (const u of units) assertMove(u.serial, u.status, to);
  // Machines whose clocks stand alike move in one statement (a bulk approval is thousands).
  const groups = new Map<string, { clock: ReturnType<typeof clockAfter>; ids: string[] }>();
  for (const u of units) {
    const clock = clockAfter(u, to, at);
    const key = `${u.status}|${clock.slaUsedMs}|${clock.slaRunningSince}`;
    const group = groups.get(key) ?? { clock, ids: [] };
    group.ids.push(u.id);
    groups.set(key, group);
  }
  for (const { clock, ids } of groups.values())
    for (let i = 0; i < ids.length; i += 500)
      await t
        .updateTable('serviceRmaUnits')
        .set({
          ...options.patch,
          ...clock,
          status: to,
          updatedAt: at,
          ...(FINISHED.has(to) ? { openSerial: null } : {}),
          ...(to === 'closed' ? { closedAt: at } : {}),
        })
        .where('id', 'in', ids.slice(i, i + 500))
        .execute();
  const by = actor.id ?? actor.label;
  for (let i = 0; i < units.length; i += 500)
    await t
      .insertInto('serviceRmaEvents')
      .values(
        units.slice(i, i + 500).map((u) => ({
          id: newId(),
          rmaId: rma.id,
          rmaUnitId: u.id,
          fromStatus: u.status,
          toStatus: to,
          note: options.note ?? null,
          at,
          by,
        })),
      )
      .execute();
  const statuses = await t
    .selectFrom('serviceRmaUnits')
    .select('status')
    .where('rmaId', '=', rma.id)
    .execute();
  const status = summaryStatus(statuses.map((s) => s.status));
  await t
    .updateTable('serviceRmas')
    .set({ status, updatedAt: at })
    .where('id', '=', rma.id)
    .execute();
  if (units.length)
    await deps.events.emit(trx, {
      type: 'service.rma.units_moved',
      entityType: 'rma',
      entityId: rma.id,
      customerId: rma.customerId,
      payload: {
        rma: rma.number,
        to,
        serials: units.slice(0, 100).map((u) => u.serial),
        units: units.length,
        rmaStatus: status,
      },
    });
  return status;
}

/**
 * The machines of an RMA an action applies to: the named serials (each must be on the RMA; the
 * state table then judges them), or else every machine in one of `from`.
 */
export async function unitsToMove(
  trx: AnyDb,
  rma: RmasTable,
  from: readonly RmaStatus[],
  serials?: readonly string[],
) {
  const rows = await tablesOf<ServiceTables>(trx)
    .selectFrom('serviceRmaUnits')
    .selectAll()
    .where('rmaId', '=', rma.id)
    .orderBy('lineNo')
    .execute();
  if (serials && serials.length) {
    const bySerial = new Map(rows.map((r) => [r.serial, r]));
    const missing = serials.filter((s) => !bySerial.has(s));
    if (missing.length)
      throw invalid(
        'SERVICE_SERIAL_NOT_IN_RMA',
        `Not on ${rma.number}: ${missing.slice(0, 5).join(', ')}${missing.length > 5 ? ` and ${missing.length - 5} more` : ''}.`,
      );
    return [...new Set(serials)].map((s) => bySerial.get(s)!);
  }
  const picked = rows.filter((r) => from.includes(r.status));
  if (picked.length === 0)
    throw conflict(
      'SERVICE_RMA_ILLEGAL_TRANSITION',
      `No machine of ${rma.number} is ${from.map((f) => f.replaceAll('_', ' ')).join(' or ')}.`,
    );
  return picked;
}
