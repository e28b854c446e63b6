import type { Actor } from '../../platform/authz.js';
import { customerScope, requireAnyRole } from '../../platform/authz.js';
import type { AuditLog } from '../../platform/audit/audit.service.js';
import type { EventBus } from '../../platform/events/events.js';
import { inTransaction, tablesOf } from '../../platform/db/database.js';
import { newId } from '../../platform/ids.js';
import { ACCOUNT_READERS } from './customer.service.js';
import { greedyPromise, solvePromise, type PromiseResult } from './promise.engine.js';
import {
  DEFAULT_LATE_PENALTY_CENTS,
  gatherPromiseInput,
  LATE_PENALTY_SETTING,
  type LineRef,
  type PromiseInputDeps,
  type PromiseOptions,
} from './promise.inputs.js';
import type { LinePromise } from './promise.present.js';
import type { PromiseLinesTable, SalesTables } from './sales.tables.js';
import { loadSolver } from './solver.js';

/** Who re-promises the order book. */
export const PROMISERS = ['sales', 'planner', 'logistics'] as const;
export const DEFAULT_PROMISE_WEEKS = 52;
/** Who sets how much lateness weighs against landed cost. */
export const PROMISE_TUNERS = ['sales', 'planner'] as const;

export interface RunInput {
  trigger: string;
  scenario?: string | undefined;
  method?: 'mip' | 'greedy' | undefined;
  weeks?: number | undefined;
}

type StoredLine = ReturnType<typeof storedLine>;

function storedLine(row: PromiseLinesTable) {
  return {
    orderLineId: row.orderLineId,
    orderId: row.orderId,
    quantity: row.quantity,
    promised: row.promised,
    unpromised: row.unpromised,
    lateUnits: row.lateUnits,
    landedCostCents: Number(row.landedCostCents),
    p50: row.p50,
    p90: row.p90,
    splits: JSON.parse(row.splits) as LinePromise['splits'],
    late: row.late ? (JSON.parse(row.late) as NonNullable<LinePromise['late']>) : null,
  };
}

const days = (from: string | null, to: string | null) =>
  from && to ? Math.round((Date.parse(to) - Date.parse(from)) / 86_400_000) : null;

/** How each line's promise moved between two answers: dates in days, cost in cents. */
function changes(
  before: Map<string, StoredLine>,
  after: { refs: LineRef[]; result: PromiseResult },
) {
  return after.result.lines.map((line, i) => {
    const ref = after.refs[i]!;
    const old = before.get(ref.orderLineId);
    return {
      order: ref.orderNumber,
      line: ref.lineNo,
      orderLineId: ref.orderLineId,
      p50Before: old?.p50 ?? null,
      p50After: line.p50,
      p50ShiftDays: days(old?.p50 ?? null, line.p50),
      p90ShiftDays: days(old?.p90 ?? null, line.p90),
      landedCostDeltaCents: old ? line.landedCostCents - old.landedCostCents : null,
      unpromisedDelta: old ? line.unpromised - old.unpromised : null,
    };
  });
}

/**
 * Promising the open order book: gather, solve, store the answer line by line, and say what
 * moved since the last answer. What-ifs solve without storing.
 */
export function createPromiseService(
  deps: PromiseInputDeps & { audit: AuditLog; events: EventBus },
) {
  const db = tablesOf<SalesTables>(deps.db);

  async function latestRun() {
    return db
      .selectFrom('salesPromiseRuns')
      .selectAll()
      .orderBy('at', 'desc')
      .orderBy('id', 'desc')
      .limit(1)
      .executeTakeFirst();
  }

  async function linesOfRun(
    runId: string | undefined,
    filter: { customerId?: string | null; orderId?: string } = {},
  ) {
    if (!runId) return new Map<string, StoredLine>();
    let q = db.selectFrom('salesPromiseLines').selectAll().where('runId', '=', runId);
    if (filter.customerId) q = q.where('customerId', '=', filter.customerId);
    if (filter.orderId) q = q.where('orderId', '=', filter.orderId);
    const rows = await q.execute();
    return new Map(rows.map((r) => [r.orderLineId, storedLine(r)]));
  }

  async function solve(
    actor: Actor,
    options: PromiseOptions & { method?: 'mip' | 'greedy' | undefined },
  ) {
    const { input, refs } = await gatherPromiseInput(deps, actor, options);
    const result =
      options.method === 'greedy' ? greedyPromise(input) : solvePromise(await loadSolver(), input);
    return { input, refs, result };
  }

  return {
    /** Re-promise every open line and keep the answer; `trigger` says why (new order, hold…). */
    async run(actor: Actor, input: RunInput) {
      requireAnyRole(actor, PROMISERS);
      const weeks = input.weeks ?? DEFAULT_PROMISE_WEEKS;
      const solved = await solve(actor, { weeks, scenario: input.scenario, method: input.method });
      const previous = await latestRun();
      const before = await linesOfRun(previous?.id);
      const { result, refs } = solved;
      const run = {
        id: newId(),
        at: deps.clock.now(),
        trigger: input.trigger,
        scenario: input.scenario ?? null,
        method: result.method,
        optimal: result.optimal ? 1 : 0,
        objectiveCents: Math.round(result.objectiveCents),
        lowerBoundCents:
          result.lowerBoundCents === null ? null : Math.round(result.lowerBoundCents),
        landedCostCents: result.landedCostCents,
        solveMs: Math.round(result.solveMs),
        note: result.note,
        runBy: actor.id ?? actor.label,
      };
      await inTransaction(deps.db, async (trx) => {
        const t = tablesOf<SalesTables>(trx);
        await t.insertInto('salesPromiseRuns').values(run).execute();
        const rows = result.lines.map((line, i) => ({
          runId: run.id,
          orderLineId: refs[i]!.orderLineId,
          orderId: refs[i]!.orderId,
          customerId: refs[i]!.customerId,
          quantity: line.quantity,
          promised: line.promised,
          unpromised: line.unpromised,
          lateUnits: line.lateUnits,
          landedCostCents: line.landedCostCents,
          p50: line.p50,
          p90: line.p90,
          splits: JSON.stringify(line.splits),
          late: line.late ? JSON.stringify(line.late) : null,
        }));
        for (let i = 0; i < rows.length; i += 500)
          await t
            .insertInto('salesPromiseLines')
            .values(rows.slice(i, i + 500))
            .execute();
        await deps.audit.record(trx, actor, {
          action: 'sales.promise.run',
          entityType: 'promise_run',
          entityId: run.id,
          after: { ...run, lines: rows.length },
        });
        await deps.events.emit(trx, {
          type: 'sales.promise.updated',
          entityType: 'promise_run',
          entityId: run.id,
          payload: { runId: run.id, trigger: run.trigger, lines: rows.length },
        });
      });
      return {
        run: { ...run, optimal: result.optimal },
        lines: result.lines.map((line, i) => ({ ...refs[i]!, ...line })),
        changes: changes(before, solved).filter(
          (c) => c.p50ShiftDays !== 0 || c.landedCostDeltaCents !== 0 || c.unpromisedDelta !== 0,
        ),
      };
    },

    /** A tariff scenario, a capacity change or a customs hold tried on the book: nothing saved. */
    async whatIf(
      actor: Actor,
      options: Omit<PromiseOptions, 'weeks'> & {
        weeks?: number | undefined;
        method?: 'mip' | 'greedy' | undefined;
      },
    ) {
      requireAnyRole(actor, PROMISERS);
      const weeks = options.weeks ?? DEFAULT_PROMISE_WEEKS;
      const solved = await solve(actor, { ...options, weeks });
      const before = await linesOfRun((await latestRun())?.id);
      return {
        objectiveCents: Math.round(solved.result.objectiveCents),
        landedCostCents: solved.result.landedCostCents,
        lowerBoundCents: solved.result.lowerBoundCents,
        method: solved.result.method,
        lines: solved.result.lines.map((line, i) => ({ ...solved.refs[i]!, ...line })),
        changes: changes(before, solved),
      };
    },

    /** The latest stored run with every line labelled, for the promise page to open on. */
    async latestRun(actor: Actor) {
      requireAnyRole(actor, PROMISERS);
      const run = await latestRun();
      if (!run) return { run: null, lines: [] };
      const stored = await linesOfRun(run.id);
      const refs = stored.size
        ? await db
            .selectFrom('salesOrderLines as l')
            .innerJoin('salesOrders as o', 'o.id', 'l.orderId')
            .select(['l.id', 'l.lineNo', 'l.siteId', 'l.modelName', 'o.number', 'o.customerId'])
            .where('l.id', 'in', [...stored.keys()])
            .execute()
        : [];
      const byId = new Map(refs.map((r) => [r.id, r]));
      const lines = [...stored.values()].flatMap((line) => {
        const ref = byId.get(line.orderLineId);
        // A line replaced since (order edited) has no answer of its own any more.
        if (!ref) return [];
        return [
          {
            ...line,
            orderNumber: ref.number,
            lineNo: ref.lineNo,
            customerId: ref.customerId,
            siteId: ref.siteId,
            model: ref.modelName,
          },
        ];
      });
      lines.sort((a, b) => a.orderNumber.localeCompare(b.orderNumber) || a.lineNo - b.lineNo);
      return { run: { ...run, optimal: run.optimal === 1 }, lines };
    },

    async settings(actor: Actor) {
      requireAnyRole(actor, PROMISERS);
      const row = await db
        .selectFrom('salesSettings')
        .select('value')
        .where('key', '=', LATE_PENALTY_SETTING)
        .executeTakeFirst();
      return { latePenaltyBaseCents: Number(row?.value ?? DEFAULT_LATE_PENALTY_CENTS) };
    },

    /** The lateness penalty per unit-week; a customer of priority p weighs (6 − p) times it. */
    async updateSettings(actor: Actor, input: { latePenaltyBaseCents: number }) {
      requireAnyRole(actor, PROMISE_TUNERS);
      await inTransaction(deps.db, async (trx) => {
        const t = tablesOf<SalesTables>(trx);
        const before = await t
          .selectFrom('salesSettings')
          .select('value')
          .where('key', '=', LATE_PENALTY_SETTING)
          .executeTakeFirst();
        await t.deleteFrom('salesSettings').where('key', '=', LATE_PENALTY_SETTING).execute();
        await t
          .insertInto('salesSettings')
          .values({ key: LATE_PENALTY_SETTING, value: input.latePenaltyBaseCents })
          .execute();
        await deps.audit.record(trx, actor, {
          action: 'sales.promise.settings',
          entityType: 'sales_settings',
          entityId: LATE_PENALTY_SETTING,
          before: { latePenaltyBaseCents: before ? Number(before.value) : null },
          after: input,
        });
        await deps.events.emit(trx, {
          type: 'sales.promise.settings_changed',
          entityType: 'sales_settings',
          entityId: LATE_PENALTY_SETTING,
          payload: input,
        });
      });
      return input;
    },

    /** The latest answer's lines: all of them for staff, a customer's own for a customer. */
    async latest(actor: Actor, filter: { orderId?: string } = {}) {
      requireAnyRole(actor, ACCOUNT_READERS);
      const run = await latestRun();
      if (!run) return { promisedAt: null, lines: [] };
      const lines = await linesOfRun(run.id, { customerId: customerScope(actor), ...filter });
      return { promisedAt: run.at, lines: [...lines.values()] };
    },
  };
}

export type PromiseService = ReturnType<typeof createPromiseService>;
