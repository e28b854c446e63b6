import type { Actor } from '../../platform/authz.js';
import { requireAnyRole, STAFF_ROLES } from '../../platform/authz.js';
import type { AuditLog } from '../../platform/audit/audit.service.js';
import type { Clock } from '../../platform/clock.js';
import { inTransaction, tablesOf, type AnyDb } from '../../platform/db/database.js';
import { PLANNERS } from './build-plan.service.js';
import type { RampPhasesTable } from './plant.tables.js';
import type { BuildPlanService } from './build-plan.service.js';
import { capacityReport, type CapacityInput, type HeadcountTarget } from './capacity.engine.js';
import { ANY_MODEL, type PlantService } from './plant.service.js';
import type { ProductionTables } from './production.tables.js';
import { addDays, mondayOf, monthsBetween, nextMonth, weeksFrom } from './weeks.js';
import type { WorkforceService } from './workforce.service.js';

/**
 * Whether people, equipment and the plan agree: capacity and load by week (with a what-if on
 * headcount), and the ramp — each phase's target against the plan and against units actually
 * built and passed, and headcount against its plan.
 */
export function createCapacityService(deps: {
  db: AnyDb;
  clock: Clock;
  audit: AuditLog;
  buildPlan: BuildPlanService;
  plant: PlantService;
  workforce: WorkforceService;
}) {
  const db = tablesOf<ProductionTables>(deps.db);

  /** Everything the capacity engine needs, read once. */
  async function capacityInput(
    actor: Actor,
    options: { from?: string | undefined; weeks: number },
  ): Promise<CapacityInput> {
    requireAnyRole(actor, STAFF_ROLES);
    const plan = await deps.buildPlan.plan(actor, options);
    const [shifts, holidays, workCentres, routings, roles, staff, headcountPlan] =
      await Promise.all([
        deps.plant.read.shifts(),
        deps.plant.read.holidays(),
        deps.plant.read.workCentres(),
        deps.plant.read.routings(),
        deps.workforce.read.roles(),
        deps.workforce.read.staff(),
        deps.workforce.read.headcountPlan(),
      ]);
    return {
      weeks: plan.weeks,
      today: deps.clock.today(),
      shifts: shifts.map((s) => ({ code: s.code, hours: s.minutes / 60, days: s.days })),
      holidays: holidays.map((h) => h.date),
      workCentres,
      roles,
      staff,
      headcountPlan,
      routings: plan.rows.flatMap((row) => {
        const own = routings.filter((r) => r.modelName === row.model);
        const steps = own.length ? own : routings.filter((r) => r.modelName === ANY_MODEL);
        return steps.map((r) => ({ ...r, model: row.model }));
      }),
      plan: Object.fromEntries(plan.rows.map((r) => [r.model, r.quantities])),
    };
  }

  function countsByWeek(rows: { day: string; n: number | string | bigint }[]) {
    const byWeek = new Map<string, number>();
    for (const r of rows) {
      const w = mondayOf(r.day);
      byWeek.set(w, (byWeek.get(w) ?? 0) + Number(r.n));
    }
    return byWeek;
  }

  /** Headcount by month and role: the plan's target against people on the roster. */
  async function headcount(actor: Actor, from: string, to: string) {
    requireAnyRole(actor, STAFF_ROLES);
    const [roles, staff, plan] = await Promise.all([
      deps.workforce.read.roles(),
      deps.workforce.read.staff(),
      deps.workforce.read.headcountPlan(),
    ]);
    const today = deps.clock.today();
    const months = monthsBetween(from, to);
    return months.map((month) => {
      // Actual: on staff at the end of the month, or today for the current one.
      const monthEnd = addDays(`${nextMonth(month)}-01`, -1);
      const asOf = monthEnd < today ? monthEnd : today;
      const byRole = roles.map((r) => {
        const entries = plan.filter((p) => p.role === r.code && p.month <= month);
        const target = entries.length ? entries.at(-1)!.headcount : 0;
        const actual =
          month > today.slice(0, 7)
            ? null
            : staff.filter(
                (s) =>
                  s.role === r.code && s.hiredOn <= asOf && (s.leftOn === null || s.leftOn > asOf),
              ).length;
        return { role: r.code, kind: r.kind, target, actual };
      });
      return {
        month,
        target: byRole.reduce((s, r) => s + r.target, 0),
        actual: month > today.slice(0, 7) ? null : byRole.reduce((s, r) => s + (r.actual ?? 0), 0),
        byRole,
      };
    });
  }

  return {
    async report(actor: Actor, options: { from?: string | undefined; weeks: number }) {
      return capacityReport(await capacityInput(actor, options));
    },
    headcount,

    /** Replace the ramp's phases. */
    async setRampPhases(
      actor: Actor,
      phases: (Omit<RampPhasesTable, 'note'> & { note?: string | null | undefined })[],
    ) {
      requireAnyRole(actor, PLANNERS);
      const rows = phases.map((p) => ({ ...p, note: p.note ?? null }));
      await inTransaction(deps.db, async (trx) => {
        const t = tablesOf<ProductionTables>(trx);
        await t.deleteFrom('productionRampPhases').execute();
        if (rows.length) await t.insertInto('productionRampPhases').values(rows).execute();
        await deps.audit.record(trx, actor, {
          action: 'production.ramp.set',
          entityType: 'ramp',
          entityId: 'ramp',
          after: rows,
        });
      });
      return rows;
    },

    /** The same report with headcount targets changed; the base verdicts alongside. */
    /** The report with headcount targets changed (appended: a later entry for a month wins),
     * and the base verdicts alongside. */
    async whatIf(
      actor: Actor,
      options: { from?: string | undefined; weeks: number; headcount: HeadcountTarget[] },
    ) {
      const input = await capacityInput(actor, options);
      const base = capacityReport(input);
      const scenario = capacityReport({
        ...input,
        headcountPlan: [...input.headcountPlan, ...options.headcount],
      });
      return { ...scenario, base: base.verdicts };
    },

    async ramp(actor: Actor, options: { from?: string | undefined; weeks?: number | undefined }) {
      requireAnyRole(actor, STAFF_ROLES);
      const phases = await db
        .selectFrom('productionRampPhases')
        .selectAll()
        .orderBy('startsOn')
        .execute();
      const today = deps.clock.today();
      const from = options.from ?? phases[0]?.startsOn ?? today;
      const weeks = weeksFrom(
        from,
        options.weeks ??
          Math.max(
            1,
            Math.ceil((Date.parse(addDays(today, 13 * 7)) - Date.parse(from)) / (7 * 86_400_000)),
          ),
      );
      const last = addDays(weeks.at(-1)!, 6);
      const plan = await deps.buildPlan.plan(actor, { from, weeks: weeks.length });
      const built = countsByWeek(
        await db
          .selectFrom('productionUnits')
          .select((eb) => ['builtOn as day', eb.fn.countAll<number>().as('n')])
          .where('kind', '=', 'unit')
          .where('builtOn', '>=', weeks[0]!)
          .where('builtOn', '<=', last)
          .groupBy('builtOn')
          .execute(),
      );
      const passed = countsByWeek(
        await db
          .selectFrom('productionBurnIn')
          .select((eb) => ['testedOn as day', eb.fn.countAll<number>().as('n')])
          .where('result', '=', 'pass')
          .where('testedOn', '>=', weeks[0]!)
          .where('testedOn', '<=', last)
          .groupBy('testedOn')
          .execute(),
      );
      const rows = weeks.map((week, i) => {
        const phase =
          phases.find((p) => p.startsOn <= addDays(week, 6) && p.endsOn >= week) ?? null;
        const past = week <= today;
        return {
          week,
          phase: phase?.code ?? null,
          target: phase?.targetPerWeek ?? 0,
          planned: plan.rows.reduce((s, r) => s + (r.quantities[i] ?? 0), 0),
          built: past ? (built.get(week) ?? 0) : null,
          passed: past ? (passed.get(week) ?? 0) : null,
        };
      });
      return { phases, weeks: rows, headcount: await headcount(actor, weeks[0]!, last) };
    },
  };
}

export type CapacityService = ReturnType<typeof createCapacityService>;
