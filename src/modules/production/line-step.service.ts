import type { Actor } from '../../platform/authz.js';
import { requireAnyRole } from '../../platform/authz.js';
import type { AuditLog } from '../../platform/audit/audit.service.js';
import type { Clock } from '../../platform/clock.js';
import {
  inTransaction,
  lockedForUpdate,
  tablesOf,
  type AnyDb,
} from '../../platform/db/database.js';
import { conflict, invalid } from '../../platform/errors.js';
import { newId } from '../../platform/ids.js';
import { scannedOperations } from './next-step.engine.js';
import { recordOperation, requireBoardsReady } from './operations.js';
import type { ProductionTables, UnitsTable } from './production.tables.js';
import { unitNotFound } from './unit.service.js';
import { LINE_ROLES } from './work-order.service.js';

type Deps = {
  db: AnyDb;
  clock: Clock;
  audit: AuditLog;
  routingOf: (model: string) => Promise<{ operation: string }[]>;
};

/**
 * The line's steps that are not building or burn-in: routing operations recorded at a scan
 * (board test, QC inspection, packing), rework with a reason — a failed unit may get a
 * hashboard swapped, the removed board kept in the genealogy as removed — and scrap with a
 * reason.
 */
export function createLineStepService(deps: Deps) {
  async function lockedUnit(trx: AnyDb, serial: string) {
    const row = await lockedForUpdate(
      trx,
      tablesOf<ProductionTables>(trx)
        .selectFrom('productionUnits')
        .selectAll()
        .where('serial', '=', serial),
    ).executeTakeFirst();
    if (!row) throw unitNotFound(serial);
    return row;
  }

  async function reason(trx: AnyDb, code: string, kind: 'scrap' | 'rework') {
    const row = await tablesOf<ProductionTables>(trx)
      .selectFrom('productionReasonCodes')
      .selectAll()
      .where('code', '=', code)
      .executeTakeFirst();
    if (!row || row.kind !== kind)
      throw invalid('PRODUCTION_REASON_UNKNOWN', `"${code}" is not a ${kind} reason.`, [
        { path: 'reason', message: `not a ${kind} reason` },
      ]);
    return row;
  }

  const operator = (actor: Actor) => actor.id ?? actor.label;

  async function routingOfSerial(serial: string) {
    const unit = await tablesOf<ProductionTables>(deps.db)
      .selectFrom('productionUnits')
      .select('modelName')
      .where('serial', '=', serial)
      .executeTakeFirst();
    if (!unit) throw unitNotFound(serial);
    return (await deps.routingOf(unit.modelName)).map((r) => r.operation);
  }

  return {
    /** Record a routing operation done (or failed) on a serial, as scanned at its station. */
    async record(
      actor: Actor,
      serial: string,
      input: {
        operation: string;
        outcome: 'done' | 'failed';
        station?: string | undefined;
        startedAt?: number | undefined;
        note?: string | undefined;
      },
    ) {
      requireAnyRole(actor, LINE_ROLES);
      const at = deps.clock.now();
      // The routing is read before the transaction: SQLite has one connection.
      const model = await tablesOf<ProductionTables>(deps.db)
        .selectFrom('productionUnits')
        .select('modelName')
        .where('serial', '=', serial)
        .executeTakeFirst();
      if (!model) throw unitNotFound(serial);
      const routing = (await deps.routingOf(model.modelName)).map((r) => r.operation);
      return inTransaction(deps.db, async (trx) => {
        const unit = await lockedUnit(trx, serial);
        const ops = scannedOperations(routing);
        const allowed = unit.kind === 'hashboard' ? ops.board : ops.finishing;
        const wanted = unit.kind === 'hashboard' ? 'built' : 'passed';
        if (!allowed.includes(input.operation))
          throw invalid(
            'PRODUCTION_OPERATION_UNKNOWN',
            `${input.operation} is not recorded by scan on a ${unit.kind} of ${unit.modelName}; ` +
              `these are: ${allowed.join(', ') || 'none'}.`,
            [{ path: 'operation', message: 'not in the routing for this item' }],
          );
        if (unit.status !== wanted)
          throw conflict(
            'PRODUCTION_OPERATION_OUT_OF_ORDER',
            `${serial} is ${unit.status}; ${input.operation} applies to a ${wanted} ${unit.kind}.`,
          );
        const op = await recordOperation(trx, {
          workOrderId: unit.workOrderId,
          unitId: unit.id,
          operation: input.operation,
          station: input.station ?? null,
          operator: operator(actor),
          startedAt: input.startedAt ?? at,
          finishedAt: at,
          outcome: input.outcome,
          reasonCode: null,
          note: input.note ?? null,
        });
        // A board failing its test leaves the flow until it is reworked.
        if (input.outcome === 'failed' && unit.kind === 'hashboard')
          await tablesOf<ProductionTables>(trx)
            .updateTable('productionUnits')
            .set({ status: 'failed' })
            .where('id', '=', unit.id)
            .execute();
        await deps.audit.record(trx, actor, {
          action: 'production.operation.record',
          entityType: 'unit',
          entityId: unit.id,
          after: op,
        });
        return { ...op, operatorName: actor.name };
      });
    },

    /**
     * Rework a failed unit (optionally swapping hashboards) or a failed hashboard; either goes
     * back to `built` for its next test.
     */
    async rework(
      actor: Actor,
      serial: string,
      input: {
        reason: string;
        note?: string | undefined;
        station?: string | undefined;
        replace?: { remove: string; install: string }[] | undefined;
      },
    ) {
      requireAnyRole(actor, LINE_ROLES);
      const at = deps.clock.now();
      const swaps = input.replace ?? [];
      // Read before the transaction: boards swapped in must have passed the routing's board steps.
      const routing = swaps.length ? await routingOfSerial(serial) : [];
      return inTransaction(deps.db, async (trx) => {
        const t = tablesOf<ProductionTables>(trx);
        await reason(trx, input.reason, 'rework');
        const unit = await lockedUnit(trx, serial);
        if (unit.status !== 'failed' && unit.status !== 'built')
          throw conflict(
            'PRODUCTION_NOT_REWORKABLE',
            `${serial} is ${unit.status}: nothing to rework.`,
          );
        if (swaps.length && unit.kind !== 'unit')
          throw invalid(
            'PRODUCTION_SWAP_ON_BOARD',
            'Boards are swapped in a unit, not in a board.',
          );
        let value = unit.valueCents;
        for (const [i, swap] of swaps.entries()) {
          const installed = await lockedForUpdate(
            trx,
            t
              .selectFrom('productionGenealogy')
              .selectAll()
              .where('parentUnitId', '=', unit.id)
              .where('componentSerial', '=', swap.remove)
              .where('removedAt', 'is', null),
          ).executeTakeFirst();
          if (!installed?.componentUnitId)
            throw invalid(
              'PRODUCTION_BOARD_NOT_INSTALLED',
              `${swap.remove} is not a board inside ${serial}.`,
              [{ path: `replace.${i}.remove`, message: 'not installed in this unit' }],
            );
          const removed = (await t
            .selectFrom('productionUnits')
            .selectAll()
            .where('id', '=', installed.componentUnitId)
            .executeTakeFirst())!;
          const fresh: UnitsTable | undefined = await lockedUnit(trx, swap.install).catch(
            () => undefined,
          );
          if (!fresh || fresh.kind !== 'hashboard' || fresh.partId !== removed.partId)
            throw invalid(
              'PRODUCTION_NOT_A_HASHBOARD',
              `${swap.install} is not a built board like ${swap.remove}.`,
              [{ path: `replace.${i}.install`, message: 'not a matching hashboard' }],
            );
          if (fresh.status !== 'built')
            throw conflict(
              'PRODUCTION_HASHBOARD_USED',
              `${swap.install} is ${fresh.status}: it is not free to install.`,
            );
          await requireBoardsReady(trx, [fresh], routing);
          await t
            .updateTable('productionGenealogy')
            .set({ removedAt: at })
            .where('id', '=', installed.id)
            .execute();
          await t
            .insertInto('productionGenealogy')
            .values({
              ...installed,
              id: newId(),
              componentUnitId: fresh.id,
              componentSerial: fresh.serial,
              installedAt: at,
              removedAt: null,
            })
            .execute();
          await t
            .updateTable('productionUnits')
            .set({ status: 'failed' })
            .where('id', '=', removed.id)
            .execute();
          await t
            .updateTable('productionUnits')
            .set({ status: 'installed' })
            .where('id', '=', fresh.id)
            .execute();
          value += fresh.valueCents - removed.valueCents;
        }
        await t
          .updateTable('productionUnits')
          .set({ status: 'built', valueCents: value })
          .where('id', '=', unit.id)
          .execute();
        const op = await recordOperation(trx, {
          workOrderId: unit.workOrderId,
          unitId: unit.id,
          operation: 'rework',
          station: input.station ?? null,
          operator: operator(actor),
          startedAt: at,
          finishedAt: at,
          outcome: 'reworked',
          reasonCode: input.reason,
          note:
            [input.note, ...swaps.map((s) => `${s.remove} → ${s.install}`)]
              .filter(Boolean)
              .join('; ') || null,
        });
        await deps.audit.record(trx, actor, {
          action: 'production.unit.rework',
          entityType: 'unit',
          entityId: unit.id,
          before: { status: unit.status, valueCents: unit.valueCents },
          after: { status: 'built', valueCents: value, swaps, reason: input.reason },
        });
        return {
          serial,
          status: 'built' as const,
          valueCents: value,
          operation: { ...op, operatorName: actor.name },
        };
      });
    },

    /** Scrap a unit or board that has not passed: it leaves the line for good. */
    async scrap(
      actor: Actor,
      serial: string,
      input: { reason: string; note?: string | undefined },
    ) {
      requireAnyRole(actor, LINE_ROLES);
      const at = deps.clock.now();
      return inTransaction(deps.db, async (trx) => {
        await reason(trx, input.reason, 'scrap');
        const unit = await lockedUnit(trx, serial);
        if (unit.status !== 'built' && unit.status !== 'failed')
          throw conflict(
            'PRODUCTION_NOT_SCRAPPABLE',
            unit.status === 'passed'
              ? `${serial} passed burn-in and is in finished goods: scrap it there with a stock adjustment.`
              : unit.status === 'installed'
                ? `${serial} is inside a unit: rework the unit to take it out first.`
                : `${serial} is already ${unit.status}.`,
          );
        await tablesOf<ProductionTables>(trx)
          .updateTable('productionUnits')
          .set({ status: 'scrapped' })
          .where('id', '=', unit.id)
          .execute();
        const op = await recordOperation(trx, {
          workOrderId: unit.workOrderId,
          unitId: unit.id,
          operation: 'scrap',
          station: null,
          operator: operator(actor),
          startedAt: at,
          finishedAt: at,
          outcome: 'scrapped',
          reasonCode: input.reason,
          note: input.note ?? null,
        });
        await deps.audit.record(trx, actor, {
          action: 'production.unit.scrap',
          entityType: 'unit',
          entityId: unit.id,
          before: { status: unit.status },
          after: { status: 'scrapped', reason: input.reason, valueCents: unit.valueCents },
        });
        return {
          serial,
          status: 'scrapped' as const,
          valueCents: unit.valueCents,
          operation: { ...op, operatorName: actor.name },
        };
      });
    },
  };
}

export type LineStepService = ReturnType<typeof createLineStepService>;
