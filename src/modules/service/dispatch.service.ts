import type { Actor } from '../../platform/authz.js';
import { customerScope, requireAnyRole, STAFF_ROLES } from '../../platform/authz.js';
import { inTransaction, tablesOf } from '../../platform/db/database.js';
import { invalid } from '../../platform/errors.js';
import { newId } from '../../platform/ids.js';
import { addDays } from '../production/index.js';
import {
  nearestFirst,
  planDispatch,
  type DispatchPlan,
  type DispatchProblem,
} from './dispatch.engine.js';
import { FIELD_PLANNERS } from './field.service.js';
import type { ServiceDeps } from './service.deps.js';
import type { ServiceTables } from './service.tables.js';

const MAX_DAYS = 21;
/** The search stops here (or earlier, once it stops improving): a plan in seconds. */
const PLAN_TIME_LIMIT_MS = 2_000;

/**
 * The dispatch planner over the database: open visits and active technicians over the coming
 * days become a problem for the engine; its plan is shown against nearest-first (what a
 * dispatcher does by hand) and, when applied, schedules each visit to a technician and day.
 * Visits a technician has checked in to stay where they are.
 */
export function createDispatchPlanner(deps: ServiceDeps) {
  const db = tablesOf<ServiceTables>(deps.db);

  async function problemFor(firstDay: string, days: number) {
    const horizon = Array.from({ length: days }, (_, i) => addDays(firstDay, i));
    const [technicians, visits] = await Promise.all([
      db
        .selectFrom('serviceTechnicians')
        .selectAll()
        .where('active', '=', 1)
        .orderBy('code')
        .execute(),
      db
        .selectFrom('serviceVisits')
        .selectAll()
        .where('status', 'in', ['planned', 'scheduled', 'checked_in'])
        .orderBy('number')
        .execute(),
    ]);
    const labels = await deps.sales.directory.labels({
      sites: visits.map((v) => v.siteId),
      customers: visits.map((v) => v.customerId),
    });
    const problem: DispatchProblem = {
      days: horizon,
      technicians: technicians.map((t) => ({
        id: t.id,
        home: { lat: t.homeLatitude, lon: t.homeLongitude },
        skills: JSON.parse(t.skills) as string[],
        minutesPerDay: t.minutesPerDay,
        daysOff: JSON.parse(t.daysOff) as string[],
      })),
      visits: visits.map((v) => {
        const site = labels.sites.get(v.siteId)!;
        return {
          id: v.id,
          siteId: v.siteId,
          location: { lat: site.latitude, lon: site.longitude },
          skills: JSON.parse(v.skills) as string[],
          durationMin: v.durationMin,
          // A late visit may still be served: its window reaches at least into the horizon.
          windowStart: v.windowStart < firstDay ? firstDay : v.windowStart,
          windowEnd: v.windowEnd < firstDay ? firstDay : v.windowEnd,
          dueBy: v.dueBy,
          ...(v.status === 'checked_in' && v.technicianId && v.scheduledOn
            ? { pinned: { technicianId: v.technicianId, date: v.scheduledOn } }
            : {}),
        };
      }),
    };
    return { problem, technicians, visits, labels };
  }

  /** The plan in people's words: technician codes, visit numbers, site codes. */
  function present(plan: DispatchPlan, ctx: Awaited<ReturnType<typeof problemFor>>) {
    const tech = new Map(ctx.technicians.map((t) => [t.id, t]));
    const visit = new Map(ctx.visits.map((v) => [v.id, v]));
    return {
      objective: plan.objective,
      routes: plan.routes.map((r) => ({
        technician: tech.get(r.technicianId)!.code,
        technicianName: tech.get(r.technicianId)!.name,
        home: {
          lat: tech.get(r.technicianId)!.homeLatitude,
          lon: tech.get(r.technicianId)!.homeLongitude,
        },
        date: r.date,
        travelMin: r.travelMin,
        workMin: r.workMin,
        stops: r.stops.map((s) => {
          const v = visit.get(s.visitId)!;
          const site = ctx.labels.sites.get(v.siteId)!;
          return {
            visit: v.number,
            customerCode: ctx.labels.customers.get(v.customerId)?.code ?? '',
            siteCode: site.code,
            siteName: site.name,
            location: { lat: site.latitude, lon: site.longitude },
            startMin: s.startMin,
            endMin: s.endMin,
            travelMin: s.travelMin,
            lateDays: s.lateDays,
            windowStart: v.windowStart,
            windowEnd: v.windowEnd,
            dueBy: v.dueBy,
          };
        }),
      })),
      unassigned: plan.unassigned.map((u) => ({
        visit: visit.get(u.visitId)!.number,
        reason: u.reason,
      })),
    };
  }

  /**
   * Plan the next `days` days from `from` (tomorrow by default); `apply` schedules the
   * visits as planned. Answers the plan, nearest-first's objective, and the run's id.
   */
  async function plan(
    actor: Actor,
    input: { from?: string | undefined; days?: number | undefined; apply?: boolean | undefined },
  ) {
    requireAnyRole(actor, FIELD_PLANNERS);
    const firstDay = input.from ?? addDays(deps.clock.today(), 1);
    const days = input.days ?? 10;
    if (days < 1 || days > MAX_DAYS)
      throw invalid('SERVICE_DISPATCH_DAYS', `Plan between 1 and ${MAX_DAYS} days.`);
    const ctx = await problemFor(firstDay, days);
    const started = performance.now();
    const plan = planDispatch(ctx.problem, { timeLimitMs: PLAN_TIME_LIMIT_MS });
    const plannerMs = Math.round(performance.now() - started);
    const baseline = nearestFirst(ctx.problem);
    const result = {
      firstDay,
      days,
      plannerMs,
      ...present(plan, ctx),
      nearestFirst: baseline.objective,
    };
    const id = newId();
    await inTransaction(deps.db, async (trx) => {
      const t = tablesOf<ServiceTables>(trx);
      await t
        .insertInto('serviceDispatchRuns')
        .values({
          id,
          firstDay,
          days,
          result: JSON.stringify(result),
          applied: input.apply ? 1 : 0,
          createdBy: actor.id ?? actor.label,
          createdAt: deps.clock.now(),
        })
        .execute();
      if (!input.apply) return;
      const now = deps.clock.now();
      // Scheduled visits not in the new plan go back to planned; planned ones get their day.
      const open = ctx.visits.filter((v) => v.status !== 'checked_in').map((v) => v.id);
      if (open.length)
        await t
          .updateTable('serviceVisits')
          .set({
            status: 'planned',
            technicianId: null,
            scheduledOn: null,
            routeOrder: null,
            updatedAt: now,
          })
          .where('id', 'in', open)
          // Cancelled or checked in while the plan was searched: left as they now are.
          .where('status', 'in', ['planned', 'scheduled'])
          .execute();
      for (const route of plan.routes)
        for (const [i, stop] of route.stops.entries())
          await t
            .updateTable('serviceVisits')
            .set({
              status: 'scheduled',
              technicianId: route.technicianId,
              scheduledOn: route.date,
              routeOrder: i + 1,
              updatedAt: now,
            })
            .where('id', '=', stop.visitId)
            .where('status', '=', 'planned')
            .execute();
      await deps.audit.record(trx, actor, {
        action: 'service.dispatch.apply',
        entityType: 'dispatch_run',
        entityId: id,
        after: { firstDay, days, objective: plan.objective, nearestFirst: baseline.objective },
      });
    });
    return { id, applied: input.apply === true, ...result };
  }

  return {
    plan,

    /** The latest run, to show the board without planning again. */
    async latest(actor: Actor) {
      requireAnyRole(actor, STAFF_ROLES);
      const row = await db
        .selectFrom('serviceDispatchRuns')
        .selectAll()
        .orderBy('createdAt', 'desc')
        .limit(1)
        .executeTakeFirst();
      return row
        ? {
            id: row.id,
            applied: row.applied === 1,
            ...(JSON.parse(row.result) as Omit<Awaited<ReturnType<typeof plan>>, 'id' | 'applied'>),
          }
        : null;
    },

    /** Visits, for the board and for "my visits": filters by technician, status, customer. */
    async visits(
      actor: Actor,
      filter: {
        technician?: string | undefined;
        mine?: boolean | undefined;
        status?: string | undefined;
      },
    ) {
      requireAnyRole(actor, [...STAFF_ROLES, 'customer']);
      const scope = customerScope(actor);
      let q = db.selectFrom('serviceVisits').selectAll();
      if (scope) q = q.where('customerId', '=', scope);
      if (filter.status) q = q.where('status', '=', filter.status as never);
      const techs = await db.selectFrom('serviceTechnicians').selectAll().execute();
      if (filter.mine) {
        const me = techs.find((t) => t.userId === actor.id);
        q = q.where('technicianId', '=', me?.id ?? '');
      } else if (filter.technician) {
        const t = techs.find((x) => x.code === filter.technician);
        q = q.where('technicianId', '=', t?.id ?? '');
      }
      const rows = await q.orderBy('scheduledOn').orderBy('routeOrder').orderBy('number').execute();
      const labels = await deps.sales.directory.labels({
        sites: rows.map((r) => r.siteId),
        customers: rows.map((r) => r.customerId),
      });
      const counts = rows.length
        ? await db
            .selectFrom('serviceVisitUnits')
            .select(['visitId', (eb) => eb.fn.countAll<number>().as('n')])
            .where(
              'visitId',
              'in',
              rows.map((r) => r.id),
            )
            .groupBy('visitId')
            .execute()
        : [];
      const code = new Map(techs.map((t) => [t.id, t.code]));
      return rows.map((v) => ({
        id: v.id,
        number: v.number,
        status: v.status,
        customerCode: labels.customers.get(v.customerId)?.code ?? '',
        siteCode: labels.sites.get(v.siteId)?.code ?? '',
        siteName: labels.sites.get(v.siteId)?.name ?? '',
        units: Number(counts.find((c) => c.visitId === v.id)?.n ?? 0),
        windowStart: v.windowStart,
        windowEnd: v.windowEnd,
        dueBy: v.dueBy,
        durationMin: v.durationMin,
        technician: v.technicianId ? (code.get(v.technicianId) ?? null) : null,
        scheduledOn: v.scheduledOn,
        routeOrder: v.routeOrder,
      }));
    },
  };
}

export type DispatchPlanner = ReturnType<typeof createDispatchPlanner>;
