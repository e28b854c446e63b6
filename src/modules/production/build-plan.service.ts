import type { Actor } from '../../platform/authz.js';
import { requireAnyRole, STAFF_ROLES } from '../../platform/authz.js';
import type { AuditLog } from '../../platform/audit/audit.service.js';
import type { Clock } from '../../platform/clock.js';
import type { EventBus } from '../../platform/events/events.js';
import { inTransaction, tablesOf, type AnyDb } from '../../platform/db/database.js';
import { invalid } from '../../platform/errors.js';
import type { CatalogService } from '../catalog/index.js';
import type { ProductionTables } from './production.tables.js';
import { mondayOf, weeksFrom } from './weeks.js';

export const PLANNERS = ['planner'] as const;

/**
 * The build plan (master production schedule): units of each model to finish per week. MRP
 * explodes it; work orders are released from it.
 */
export function createBuildPlanService(deps: {
  db: AnyDb;
  clock: Clock;
  audit: AuditLog;
  events: EventBus;
  catalog: Pick<CatalogService, 'listModels'>;
}) {
  async function builtModels(actor: Actor) {
    return (await deps.catalog.listModels(actor)).filter((m) => m.unitPartId !== null);
  }

  return {
    builtModels,

    /** The plan as a grid: one row per model built here, one column per week. */
    async plan(actor: Actor, options: { from?: string | undefined; weeks: number }) {
      requireAnyRole(actor, STAFF_ROLES);
      const weeks = weeksFrom(options.from ?? deps.clock.today(), options.weeks);
      const rows = await tablesOf<ProductionTables>(deps.db)
        .selectFrom('productionBuildPlan')
        .selectAll()
        .where('weekStart', '>=', weeks[0]!)
        .where('weekStart', '<=', weeks.at(-1)!)
        .execute();
      const cell = new Map(rows.map((r) => [`${r.partId}|${r.weekStart}`, r.quantity]));
      const models = await builtModels(actor);
      return {
        weeks,
        rows: models.map((m) => ({
          model: m.name,
          partId: m.unitPartId!,
          quantities: weeks.map((w) => cell.get(`${m.unitPartId}|${w}`) ?? 0),
        })),
      };
    },

    /** Set plan cells (a week is any date in it); 0 clears a cell. */
    async setPlan(actor: Actor, cells: { model: string; week: string; quantity: number }[]) {
      requireAnyRole(actor, PLANNERS);
      const models = new Map((await builtModels(actor)).map((m) => [m.name, m.unitPartId!]));
      const errors = cells.flatMap((c, i) =>
        models.has(c.model)
          ? []
          : [{ path: `cells.${i}.model`, message: `${c.model} is not built here` }],
      );
      if (errors.length) throw invalid('PRODUCTION_PLAN_INVALID', errors[0]!.message, errors);
      const now = deps.clock.now();
      await inTransaction(deps.db, async (trx) => {
        const t = tablesOf<ProductionTables>(trx);
        for (const c of cells) {
          const row = {
            partId: models.get(c.model)!,
            weekStart: mondayOf(c.week),
            quantity: c.quantity,
            updatedBy: actor.id ?? actor.label,
            updatedAt: now,
          };
          await t
            .insertInto('productionBuildPlan')
            .values(row)
            .onConflict((oc) =>
              oc
                .columns(['partId', 'weekStart'])
                .doUpdateSet({ quantity: row.quantity, updatedBy: row.updatedBy, updatedAt: now }),
            )
            .execute();
        }
        await deps.audit.record(trx, actor, {
          action: 'production.plan.set',
          entityType: 'build_plan',
          entityId: 'plan',
          after: { cells },
        });
        await deps.events.emit(trx, {
          type: 'production.build_plan.changed',
          entityType: 'build_plan',
          entityId: 'plan',
          payload: { cells: cells.length },
        });
      });
      return { updated: cells.length };
    },

    /** Demand for MRP: plan quantities by unit part and week, from `first` on. */
    async demandFrom(first: string, last: string) {
      return tablesOf<ProductionTables>(deps.db)
        .selectFrom('productionBuildPlan')
        .selectAll()
        .where('weekStart', '>=', first)
        .where('weekStart', '<=', last)
        .where('quantity', '>', 0)
        .execute();
    },
  };
}

export type BuildPlanService = ReturnType<typeof createBuildPlanService>;
