import type { Actor } from '../../platform/authz.js';
import { tablesOf, type AnyDb } from '../../platform/db/database.js';
import type { Clock } from '../../platform/clock.js';
import { AppError, invalid } from '../../platform/errors.js';
import type { CapacityService, UnitQueries } from '../production/index.js';
import { addDays, weekIndex, weeksFrom, type BuildPlanService } from '../production/index.js';
import type { SourcingService, TariffService } from '../trade/index.js';
import {
  SHARED_POOL,
  type HoldRisk,
  type PromiseInput,
  type PromiseSource,
} from './promise.model.js';
import { OPEN_STATUSES } from './sales-order.service.js';
import type { SalesTables, SupplySourcesTable } from './sales.tables.js';

/** Lateness costs this much per unit and week for a priority-5 customer; ×(6 − priority) above. */
export const LATE_PENALTY_SETTING = 'late_penalty_base_cents';
export const DEFAULT_LATE_PENALTY_CENTS = 1_000;

/** Learned customs-hold risk per source code, from recorded holds (provided downstream). */
export type HoldStats = (sourceCodes: string[]) => Promise<Map<string, HoldRisk>>;

export interface PromiseOptions {
  weeks: number;
  /** A tariff scenario laid over the base rows. */
  scenario?: string | undefined;
  /** What-if: the US plant's weekly supply scaled, in basis points (10,000 = as planned). */
  usCapacityBp?: number | undefined;
  /** What-if: a source's customs-hold risk replaced. */
  holds?: { source: string; risk: HoldRisk }[] | undefined;
}

export interface LineRef {
  orderLineId: string;
  orderId: string;
  orderNumber: string;
  lineNo: number;
  customerId: string;
  siteId: string;
}

export interface PromiseInputDeps {
  db: AnyDb;
  clock: Clock;
  production: {
    buildPlan: Pick<BuildPlanService, 'plan'>;
    capacity: Pick<CapacityService, 'report'>;
    unitQueries: Pick<UnitQueries, 'finishedGoods'>;
  };
  trade: { sourcing: Pick<SourcingService, 'compare'>; tariffs: Pick<TariffService, 'listRows'> };
  holdStats?: HoldStats | undefined;
}

/**
 * Gathers a promise problem: every open order line (its open quantity, requested week and the
 * customer's lateness penalty), the US plant's supply (finished goods and the build plan per
 * model, free capacity shared), each active import lane's weekly allotment, landed costs from
 * the trade engine at each entry date, and the customs-hold risk learned so far.
 */
export async function gatherPromiseInput(
  deps: PromiseInputDeps,
  actor: Actor,
  options: PromiseOptions,
): Promise<{ input: PromiseInput; refs: LineRef[] }> {
  const db = tablesOf<SalesTables>(deps.db);
  const today = deps.clock.today();
  const weeks = weeksFrom(today, options.weeks);
  const lines = await db
    .selectFrom('salesOrderLines as l')
    .innerJoin('salesOrders as o', 'o.id', 'l.orderId')
    .innerJoin('salesCustomers as c', 'c.id', 'o.customerId')
    .select([
      'l.id',
      'l.lineNo',
      'l.modelName',
      'l.quantity',
      'l.shippedQuantity',
      'l.requestedWeek',
      'l.siteId',
      'o.id as orderId',
      'o.number',
      'o.customerId',
      'c.priority',
    ])
    .where('o.status', 'in', OPEN_STATUSES)
    .orderBy('o.number')
    .orderBy('l.lineNo')
    .execute();
  const penalty = await db
    .selectFrom('salesSettings')
    .select('value')
    .where('key', '=', LATE_PENALTY_SETTING)
    .executeTakeFirst();
  const base = Number(penalty?.value ?? DEFAULT_LATE_PENALTY_CENTS);
  const open = lines.filter((l) => l.quantity > l.shippedQuantity);

  const sourceRows = await db
    .selectFrom('salesSupplySources')
    .selectAll()
    .where('active', '=', 1)
    .orderBy('kind', 'desc')
    .orderBy('code')
    .execute();
  if (sourceRows.length === 0)
    throw invalid('SALES_NO_SOURCES', 'No active supply source: add the US plant or a lane first.');
  const learned = deps.holdStats ? await deps.holdStats(sourceRows.map((s) => s.code)) : new Map();
  const models = [...new Set(open.map((l) => l.modelName))];
  const costs = await landedCosts(deps, actor, models, weeks, sourceRows, options.scenario);
  const usSupply = await plantSupply(deps, actor, weeks, options.usCapacityBp ?? 10_000);

  const sources: PromiseSource[] = sourceRows.map((s) => {
    const override = options.holds?.find((h) => h.source === s.code)?.risk;
    const prior: HoldRisk | null = s.holdProbabilityBp
      ? { probabilityBp: s.holdProbabilityBp, p50Days: s.holdP50Days, p90Days: s.holdP90Days }
      : null;
    return {
      code: s.code,
      name: s.name,
      kind: s.kind,
      transitP50Days: s.transitP50Days,
      transitP90Days: s.transitP90Days,
      hold: override ?? learned.get(s.code) ?? prior,
      supply:
        s.kind === 'us_plant' ? usSupply : { [SHARED_POOL]: weeks.map(() => s.weeklyUnits ?? 0) },
      costCents: (model, week) => costs.get(`${s.code}|${model}`)?.[week] ?? null,
    };
  });
  return {
    input: {
      weeks,
      sources,
      lines: open.map((l) => ({
        id: l.id,
        model: l.modelName,
        quantity: l.quantity - l.shippedQuantity,
        requestedWeek: weekIndex(weeks[0]!, l.requestedWeek),
        latePenaltyCents: base * (6 - l.priority),
      })),
    },
    refs: open.map((l) => ({
      orderLineId: l.id,
      orderId: l.orderId,
      orderNumber: l.number,
      lineNo: l.lineNo,
      customerId: l.customerId,
      siteId: l.siteId,
    })),
  };
}

/**
 * The plant's promisable supply: finished goods now and the build plan per model (available to
 * promise), plus what its capacity allows beyond the plan, shared by every model it builds.
 */
async function plantSupply(deps: PromiseInputDeps, actor: Actor, weeks: string[], scaleBp: number) {
  const [plan, capacity, stock] = await Promise.all([
    deps.production.buildPlan.plan(actor, { from: weeks[0], weeks: weeks.length }),
    deps.production.capacity.report(actor, { from: weeks[0], weeks: weeks.length }),
    deps.production.unitQueries.finishedGoods(actor),
  ]);
  const scale = (n: number) => Math.floor((n * scaleBp) / 10_000);
  const supply: Record<string, number[]> = {};
  for (const row of plan.rows)
    supply[row.model] = row.quantities.map(
      (q, w) => scale(q) + (w === 0 ? (stock.get(row.model) ?? 0) : 0),
    );
  for (const [model, units] of stock) supply[model] ??= weeks.map((_, w) => (w === 0 ? units : 0));
  supply[SHARED_POOL] = capacity.verdicts.map((v) =>
    Math.max(0, scale(v.capacityUnits) - scale(v.planned)),
  );
  return supply;
}

/**
 * Landed cost per unit by source, model and ship week: the trade engine's US build cost or the
 * lane's import route (same origin and mode) at the entry date, plus carriage to the site.
 * Tariffs change only on their rows' dates, so the engine is asked once per stretch between them.
 */
async function landedCosts(
  deps: PromiseInputDeps,
  actor: Actor,
  models: string[],
  weeks: string[],
  sources: SupplySourcesTable[],
  scenario: string | undefined,
) {
  const rows = await deps.trade.tariffs.listRows(actor, { scenario });
  // Dates at which some tariff row starts or stops applying, after the horizon opens.
  const changes = [
    ...new Set(
      rows.flatMap((r) => [r.effectiveFrom, ...(r.effectiveTo ? [addDays(r.effectiveTo, 1)] : [])]),
    ),
  ]
    .filter((d) => d > weeks[0]!)
    .sort();
  const out = new Map<string, (number | null)[]>();
  for (const model of models) {
    type Compared = Awaited<ReturnType<SourcingService['compare']>>['results'][number];
    const byDate = new Map<string, Compared | null>();
    /** The comparison in force on `date`: taken at the last tariff change on or before it. */
    const at = async (date: string) => {
      const key = changes.findLast((d) => d <= date) ?? weeks[0]!;
      if (!byDate.has(key)) {
        // A model trade cannot price (no US route, not built here) is served by no source.
        const compared = await deps.trade.sourcing
          .compare(actor, { model, date: key, scenario })
          .catch((error: unknown) => {
            if (error instanceof AppError && error.kind === 'invalid') return null;
            throw error;
          });
        byDate.set(key, compared?.results.find((r) => r.scenario === (scenario ?? null)) ?? null);
      }
      return byDate.get(key) ?? null;
    };
    for (const s of sources) {
      const perWeek: (number | null)[] = [];
      for (const week of weeks) {
        const result = await at(addDays(week, s.transitP50Days));
        const landed =
          s.kind === 'us_plant'
            ? result?.usBuild.totalCents
            : result?.imports.find((i) =>
                s.tradeRoute
                  ? i.route.name === s.tradeRoute
                  : i.route.origin === s.originCountry && i.route.mode === s.mode,
              )?.landed.totalCents;
        perWeek.push(landed === undefined ? null : landed + Number(s.freightToSiteCents));
      }
      out.set(`${s.code}|${model}`, perWeek);
    }
  }
  return out;
}
