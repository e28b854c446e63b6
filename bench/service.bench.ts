// Service: bulk RMA intake of 5,000 serials with eligibility judged per serial, through the
// service on SQLite and PostgreSQL (the demo world, its installed base grown to 15,000
// machines of mixed age); and the field dispatch planner on 200 visits, 20 technicians and
// 10 days, against nearest-first measured in the same run.
import { systemActor, type Actor } from '../src/platform/authz.js';
import { tablesOf, type DialectName } from '../src/platform/db/database.js';
import { addDays } from '../src/modules/production/index.js';
import type { LogisticsTables } from '../src/modules/logistics/logistics.tables.js';
import {
  nearestFirst,
  planDispatch,
  type DispatchProblem,
} from '../src/modules/service/dispatch.engine.js';
import { percentile, seededRandom, withBenchSystem } from './bench-db.js';
import { report } from './report.js';

const FAULTS = ['board_not_detected', 'chips_missing', 'low_rate_board', 'fan', 'psu'];

/** Milliseconds of each intake of `batch` serials, `runs` times, on a fresh demo world. */
async function intake(dialect: DialectName, batch: number, runs: number) {
  return withBenchSystem(dialect, async (system) => {
    await system.prepareDemo(() => {});
    const db = system.platform.db;
    const t = tablesOf<LogisticsTables>(db);
    const template = await t
      .selectFrom('logisticsInstalledBase')
      .selectAll()
      .orderBy('serial')
      .executeTakeFirstOrThrow();
    const today = system.platform.clock.today();
    const random = seededRandom(11);
    const serials = Array.from(
      { length: batch * runs },
      (_, i) => `BENCH${String(i).padStart(7, '0')}`,
    );
    // Ages from 0 to 500 days: DOA, in warranty and out of warranty all occur.
    for (let i = 0; i < serials.length; i += 500)
      await t
        .insertInto('logisticsInstalledBase')
        .values(
          serials.slice(i, i + 500).map((serial) => {
            const shippedOn = addDays(today, -random(500));
            return {
              ...template,
              serial,
              unitId: null,
              shippedOn,
              deliveredOn: shippedOn,
              warrantyStartsOn: shippedOn,
            };
          }),
        )
        .execute();
    const customer: Actor = {
      type: 'user',
      id: 'bench-customer',
      label: 'bench@customer',
      name: 'Bench customer',
      roles: ['customer'],
      customerId: template.customerId,
      siteId: null,
      requestId: null,
      tokenId: 'bench',
    };
    const samples: number[] = [];
    let judged: Record<string, number> = {};
    for (let r = 0; r < runs; r += 1) {
      const units = serials
        .slice(r * batch, (r + 1) * batch)
        .map((serial, i) => ({ serial, fault: FAULTS[i % FAULTS.length]! }));
      const start = performance.now();
      const created = await system.modules.service.intake.open(customer, { units }, 'api');
      samples.push(performance.now() - start);
      const rows = await system.modules.service.rmas.get(customer, created[0]!.id);
      judged = {};
      for (const u of rows.units) judged[u.eligibility] = (judged[u.eligibility] ?? 0) + 1;
    }
    return { samples, judged };
  });
}

/** A seeded dispatch problem: sites across Texas, technicians from five home bases. */
function dispatchProblem(visits: number, technicians: number, days: number): DispatchProblem {
  const random = seededRandom(2026);
  const start = '2026-11-30';
  const dayList = Array.from({ length: days }, (_, i) => addDays(start, i));
  const bases = [
    { lat: 30.65, lon: -97.0 },
    { lat: 31.85, lon: -102.37 },
    { lat: 32.45, lon: -99.73 },
    { lat: 29.42, lon: -98.49 },
    { lat: 33.58, lon: -101.85 },
  ];
  const skillSets = [
    ['hashboard', 'psu', 'fan'],
    ['psu', 'fan', 'control_board'],
    ['hashboard', 'fan', 'hydro'],
  ];
  // Mining sites cluster around the crews' home regions (West Texas, the Rockdale area, …).
  const sites = Array.from({ length: 60 }, (_, i) => {
    const base = bases[i % bases.length]!;
    return {
      id: `S${i}`,
      location: {
        lat: base.lat + (random(3000) - 1500) / 1000,
        lon: base.lon + (random(3000) - 1500) / 1000,
      },
    };
  });
  return {
    days: dayList,
    technicians: Array.from({ length: technicians }, (_, i) => ({
      id: `T${i}`,
      home: bases[i % bases.length]!,
      skills: skillSets[i % skillSets.length]!,
      minutesPerDay: 600,
      daysOff: [dayList[(i * 3) % days]!],
    })),
    visits: Array.from({ length: visits }, (_, i) => {
      const site = sites[random(sites.length)]!;
      const open = random(days - 2);
      return {
        id: `V${i}`,
        siteId: site.id,
        location: site.location,
        skills: [['hashboard'], ['psu'], ['fan'], ['control_board'], ['hashboard', 'fan']][
          random(5)
        ]!,
        durationMin: 60 + random(180),
        windowStart: dayList[open]!,
        windowEnd: dayList[Math.min(days - 1, open + 2 + random(5))]!,
        dueBy: dayList[Math.min(days - 1, open + 1 + random(4))]!,
      };
    }),
  };
}

/**
 * The dispatch planner through the service on SQLite: the problem of `problem` stored as 60
 * sites, 20 technicians and 200 visits of 1–3 machines, then one planning run that reads them,
 * plans, compares with nearest-first and applies the schedule. Milliseconds of that run.
 */
async function serviceDispatch(problem: DispatchProblem) {
  return withBenchSystem('sqlite', async (system) => {
    await system.prepareDemo(() => {});
    const actor = systemActor('bench');
    const { sales, service } = system.modules;
    const db = system.platform.db;
    const t = tablesOf<LogisticsTables>(db);
    const template = await t
      .selectFrom('logisticsInstalledBase')
      .selectAll()
      .orderBy('serial')
      .executeTakeFirstOrThrow();
    const customer = await sales.customers.customer(actor, template.customerId);
    const sites = new Map<string, string>();
    for (const v of problem.visits) {
      if (sites.has(v.siteId)) continue;
      const site = await sales.customers.createSite(actor, customer.code, {
        code: `B${v.siteId}`,
        name: `Bench site ${v.siteId}`,
        state: 'TX',
        city: 'Bench',
        latitude: v.location.lat,
        longitude: v.location.lon,
        powerMw: 50,
        cooling: 'air',
      });
      sites.set(v.siteId, site.code);
      const serials = Array.from(
        { length: 3 * problem.visits.length },
        (_, i) => `${site.code}-M${i}`,
      );
      await t
        .insertInto('logisticsInstalledBase')
        .values(
          serials
            .slice(0, 600)
            .map((serial) => ({ ...template, serial, siteId: site.id, unitId: null })),
        )
        .execute();
    }
    for (const tech of problem.technicians)
      await service.field.saveTechnician(actor, tech.id, {
        name: tech.id,
        homeLabel: 'Home',
        homeLatitude: tech.home.lat,
        homeLongitude: tech.home.lon,
        skills: tech.skills,
        minutesPerDay: tech.minutesPerDay,
        daysOff: tech.daysOff,
      });
    const faultOf: Record<string, string> = {
      hashboard: 'board_not_detected',
      psu: 'psu',
      fan: 'fan',
      control_board: 'control_board',
    };
    const today = system.platform.clock.today();
    for (const [i, v] of problem.visits.entries()) {
      const site = sites.get(v.siteId)!;
      await service.field.createVisit(actor, {
        customer: customer.code,
        site,
        units: v.skills.map((skill, k) => ({
          serial: `${site}-M${i * 3 + k}`,
          fault: faultOf[skill]!,
        })),
        windowStart: addDays(today, 1),
        windowEnd: addDays(today, 10),
        dueBy: addDays(today, 1 + (i % 9)),
      });
    }
    const start = performance.now();
    const plan = await service.planner.plan(actor, { days: 10, apply: true });
    return { ms: performance.now() - start, plan };
  });
}

export async function run({ quick }: { quick: boolean }): Promise<boolean> {
  const batch = 5_000;
  const runs = quick ? 1 : 3;
  const sqlite = await intake('sqlite', batch, runs);
  const postgres = await intake('postgres', batch, runs);

  const problem = dispatchProblem(200, 20, 10);
  const t0 = performance.now();
  const planned = planDispatch(problem);
  const plannerMs = performance.now() - t0;
  const t1 = performance.now();
  const baseline = nearestFirst(problem);
  const nearestMs = performance.now() - t1;
  const viaService = await serviceDispatch(problem);

  return report({
    name: 'service',
    quick,
    params: {
      intakeSerials: batch,
      intakeRuns: runs,
      eligibilityJudged: sqlite.judged,
      visits: problem.visits.length,
      technicians: problem.technicians.length,
      days: problem.days.length,
    },
    metrics: {
      sqlite_intake_5000_ms: {
        value: Math.round(Math.max(...sqlite.samples)),
        unit: 'ms',
        better: 'lower',
        target: 2_000,
      },
      sqlite_intake_5000_p50_ms: {
        value: Math.round(percentile(sqlite.samples, 50)),
        unit: 'ms',
        better: 'lower',
      },
      postgres_intake_5000_ms: {
        value: Math.round(Math.max(...postgres.samples)),
        unit: 'ms',
        better: 'lower',
        target: 2_000,
      },
      postgres_intake_5000_p50_ms: {
        value: Math.round(percentile(postgres.samples, 50)),
        unit: 'ms',
        better: 'lower',
      },
      dispatch_ms: { value: Math.round(plannerMs), unit: 'ms', better: 'lower', target: 5_000 },
      dispatch_objective: { value: planned.objective.total, unit: 'min', better: 'lower' },
      objective_vs_nearest_first: {
        value: Math.round((planned.objective.total / baseline.objective.total) * 1000) / 1000,
        unit: 'ratio',
        better: 'lower',
        target: 1,
      },
      service_dispatch_ms: {
        value: Math.round(viaService.ms),
        unit: 'ms',
        better: 'lower',
        target: 5_000,
      },
      service_objective_vs_nearest_first: {
        value:
          Math.round(
            (viaService.plan.objective.total / viaService.plan.nearestFirst.total) * 1000,
          ) / 1000,
        unit: 'ratio',
        better: 'lower',
        target: 1,
      },
      dispatch_travel_min: { value: planned.objective.travelMin, unit: 'min', better: 'lower' },
      dispatch_breaches: { value: planned.objective.breaches, unit: 'visits', better: 'lower' },
      dispatch_unassigned: { value: planned.objective.unassigned, unit: 'visits', better: 'lower' },
    },
    baseline: {
      name: 'nearest_first',
      metrics: {
        objective: { value: baseline.objective.total, unit: 'min', better: 'lower' },
        travel_min: { value: baseline.objective.travelMin, unit: 'min', better: 'lower' },
        breaches: { value: baseline.objective.breaches, unit: 'visits', better: 'lower' },
        unassigned: { value: baseline.objective.unassigned, unit: 'visits', better: 'lower' },
        ms: { value: Math.round(nearestMs), unit: 'ms', better: 'lower' },
      },
    },
  });
}
