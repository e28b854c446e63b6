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
import { conflict } from '../../platform/errors.js';
import type { EventBus } from '../../platform/events/events.js';
import { newId } from '../../platform/ids.js';
import type { CatalogService } from '../catalog/index.js';
import { locationOrThrow, stockWithin } from '../supply/index.js';
import { DEFAULT_THRESHOLDS, evaluateBurnIn, type BurnInMeasurement } from './burn-in.engine.js';
import { recordOperation } from './operations.js';
import type { ProductionTables } from './production.tables.js';
import { unitNotFound } from './unit.service.js';
import { LINE_ROLES } from './work-order.service.js';

/** Burn-in on the line: each run recorded and judged; a pass sends the unit to finished goods. */
export function createBurnInService(deps: {
  db: AnyDb;
  clock: Clock;
  audit: AuditLog;
  events: EventBus;
  catalog: Pick<CatalogService, 'getModel'>;
}) {
  return {
    /**
     * Record a burn-in run and judge it against the model's thresholds. A pass is the unit's
     * birth certificate and puts it into finished goods; a fail can be retested.
     */
    async recordBurnIn(
      actor: Actor,
      serial: string,
      m: BurnInMeasurement & { station?: string | undefined },
    ) {
      requireAnyRole(actor, LINE_ROLES);
      const found = await tablesOf<ProductionTables>(deps.db)
        .selectFrom('productionUnits')
        .selectAll()
        .where('serial', '=', serial)
        .executeTakeFirst();
      if (!found || found.kind !== 'unit') throw unitNotFound(serial);
      const model = await deps.catalog.getModel(actor, found.modelName);
      const custom = await tablesOf<ProductionTables>(deps.db)
        .selectFrom('productionQcThresholds')
        .selectAll()
        .where('modelName', '=', model.name)
        .executeTakeFirst();
      const thresholds = custom ?? DEFAULT_THRESHOLDS;
      const finishedGoods = await locationOrThrow(deps.db, 'FG');
      const at = deps.clock.now();
      const today = deps.clock.today();
      return inTransaction(deps.db, async (trx) => {
        const t = tablesOf<ProductionTables>(trx);
        const stock = stockWithin(trx, actor, at, today);
        await stock.lockParts([found.partId]);
        const unit = (await lockedForUpdate(
          trx,
          t.selectFrom('productionUnits').selectAll().where('id', '=', found.id),
        ).executeTakeFirst())!;
        if (unit.status !== 'built' && unit.status !== 'failed')
          throw conflict(
            'PRODUCTION_BURN_IN_DONE',
            `${serial} is ${unit.status}: no burn-in to record.`,
          );
        const last = await t
          .selectFrom('productionBurnIn')
          .select((eb) => eb.fn.max<number>('attempt').as('n'))
          .where('unitId', '=', unit.id)
          .executeTakeFirst();
        const attempt = Number(last?.n ?? 0) + 1;
        const verdict = evaluateBurnIn(
          m,
          {
            hashrateThs: model.hashrateThs,
            efficiencyJthX100: model.efficiencyJthX100,
            boards: model.boards,
            fans: model.cooling === 'water' ? 0 : model.fans,
          },
          thresholds,
        );
        const record = {
          id: newId(),
          unitId: unit.id,
          attempt,
          testedAt: at,
          testedOn: today,
          durationMin: m.durationMin,
          hashrateGhs: m.hashrateGhs,
          powerW: m.powerW,
          maxChipTempC: m.maxChipTempC,
          minFanRpm: m.minFanRpm,
          boards: JSON.stringify(m.boards),
          hashrateBp: verdict.hashrateBp,
          efficiencyJthX100: verdict.efficiencyJthX100,
          result: verdict.result,
          reasons: JSON.stringify(verdict.reasons),
          station: m.station ?? null,
          testedBy: actor.id ?? actor.label,
        };
        await t.insertInto('productionBurnIn').values(record).execute();
        await recordOperation(trx, {
          workOrderId: unit.workOrderId,
          unitId: unit.id,
          operation: 'burn_in',
          station: record.station,
          operator: record.testedBy,
          startedAt: at - m.durationMin * 60_000,
          finishedAt: at,
          outcome: verdict.result === 'pass' ? 'done' : 'failed',
          reasonCode: null,
          note: verdict.reasons.join('; ') || null,
        });
        await t
          .updateTable('productionUnits')
          .set({ status: verdict.result === 'pass' ? 'passed' : 'failed' })
          .where('id', '=', unit.id)
          .execute();
        if (verdict.result === 'pass')
          await stock.produce({
            partId: unit.partId,
            locationId: finishedGoods.id,
            serials: [unit.serial],
            valueCents: unit.valueCents,
            reference: `unit:${unit.serial}`,
          });
        await deps.audit.record(trx, actor, {
          action: 'production.burn_in.record',
          entityType: 'unit',
          entityId: unit.id,
          after: { serial, attempt, ...verdict },
        });
        await deps.events.emit(trx, {
          type: 'production.burn_in.recorded',
          entityType: 'unit',
          entityId: unit.id,
          payload: { serial, attempt, result: verdict.result },
        });
        return { serial, attempt, ...verdict };
      });
    },
  };
}

export type BurnInService = ReturnType<typeof createBurnInService>;
