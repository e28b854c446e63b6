import { describe, expect, it } from 'vitest';
import {
  DEFAULT_WEIGHTS,
  evaluatePlan,
  nearestFirst,
  planDispatch,
  travelMinutes,
  type DispatchPlan,
  type DispatchProblem,
  type DispatchTechnician,
  type DispatchVisit,
  type GeoPoint,
} from './dispatch.engine.js';

const AUSTIN = { lat: 30.2672, lon: -97.7431 };
const DALLAS = { lat: 32.7767, lon: -96.797 };
const ROUND_ROCK = { lat: 30.5083, lon: -97.6789 };
const WACO = { lat: 31.5493, lon: -97.1467 };
const ROCKDALE = { lat: 30.6557, lon: -97.0014 };

const day = (i: number): string => new Date(Date.UTC(2026, 2, 2 + i)).toISOString().slice(0, 10);
const days = (n: number): string[] => Array.from({ length: n }, (_, i) => day(i));

const tech = (id: string, home: GeoPoint, over: Partial<DispatchTechnician> = {}) => ({
  id,
  home,
  skills: ['hashboard', 'psu', 'fan'],
  minutesPerDay: 600,
  ...over,
});
const visit = (
  id: string,
  location: GeoPoint,
  over: Partial<DispatchVisit> = {},
): DispatchVisit => ({
  id,
  siteId: id,
  location,
  skills: ['psu'],
  durationMin: 60,
  windowStart: day(0),
  windowEnd: day(9),
  dueBy: day(9),
  ...over,
});

const asRoutes = (plan: DispatchPlan) =>
  plan.routes.map((r) => ({
    technicianId: r.technicianId,
    date: r.date,
    visitIds: r.stops.map((s) => s.visitId),
  }));

/** Check every hard rule ourselves, then that evaluatePlan agrees with the plan's numbers. */
function expectFeasible(problem: DispatchProblem, plan: DispatchPlan): void {
  const techs = new Map(problem.technicians.map((t) => [t.id, t]));
  const visits = new Map(problem.visits.map((v) => [v.id, v]));
  const seen = new Set<string>();
  for (const route of plan.routes) {
    const t = techs.get(route.technicianId)!;
    expect(problem.days).toContain(route.date);
    expect(t.daysOff ?? []).not.toContain(route.date);
    expect(route.stops.length).toBeGreaterThan(0);
    expect(route.returnMin).toBeLessThanOrEqual(t.minutesPerDay);
    let clock = 0;
    for (const stop of route.stops) {
      const v = visits.get(stop.visitId)!;
      expect(seen.has(v.id)).toBe(false);
      seen.add(v.id);
      for (const skill of v.skills) expect(t.skills).toContain(skill);
      expect(route.date >= v.windowStart && route.date <= v.windowEnd).toBe(true);
      if (v.pinned) expect(v.pinned).toEqual({ technicianId: t.id, date: route.date });
      expect(stop.startMin).toBe(clock + stop.travelMin);
      expect(stop.endMin).toBe(stop.startMin + v.durationMin);
      clock = stop.endMin;
    }
  }
  for (const u of plan.unassigned) expect(seen.has(u.visitId)).toBe(false);
  expect(seen.size + plan.unassigned.length).toBe(problem.visits.length);
  expect(evaluatePlan(problem, asRoutes(plan)).objective).toEqual(plan.objective);
}

/** Seeded PRNG (mulberry32) so the generated instances never change. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), a | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Technicians in five Texan cities, mining sites around ten hubs, windows over the horizon. */
function generate(seed: number, visitCount: number, techCount: number, dayCount: number) {
  const rnd = rng(seed);
  const pick = <T>(xs: T[]): T => xs[Math.floor(rnd() * xs.length)]!;
  const near = (p: GeoPoint, deg: number) => ({
    lat: p.lat + (rnd() - 0.5) * 2 * deg,
    lon: p.lon + (rnd() - 0.5) * 2 * deg,
  });
  const homes = [AUSTIN, DALLAS, { lat: 29.76, lon: -95.37 }, { lat: 29.42, lon: -98.49 }];
  const hubs = [ROCKDALE, WACO, ROUND_ROCK, { lat: 32.1, lon: -96.47 }, { lat: 29.9, lon: -95.6 }];
  hubs.push({ lat: 32.9, lon: -96.9 }, { lat: 29.5, lon: -98.5 }, { lat: 31.1, lon: -97.35 });
  const all = ['hashboard', 'psu', 'fan', 'control_board', 'hydro'];
  const technicians = Array.from({ length: techCount }, (_, i) =>
    tech(`T${i + 1}`, near(homes[i % homes.length]!, 0.3), {
      // The first technician of each city can do everything, so every visit is plannable.
      skills: i < homes.length ? all : all.filter((s, k) => k < 3 || rnd() < 0.4),
      daysOff: [day(Math.floor(rnd() * dayCount)), day(Math.floor(rnd() * dayCount))],
    }),
  );
  const sites = Array.from({ length: 40 }, (_, i) => near(hubs[i % hubs.length]!, 0.4));
  const visits = Array.from({ length: visitCount }, (_, i) => {
    const site = Math.floor(rnd() * sites.length);
    const start = Math.floor(rnd() * (dayCount - 2));
    return visit(`V${i + 1}`, sites[site]!, {
      siteId: `S${site}`,
      skills: [pick(['hashboard', 'hashboard', 'psu', 'fan', 'control_board', 'hydro'])],
      durationMin: 60 + 30 * Math.floor(rnd() * 7),
      windowStart: day(start),
      windowEnd: day(Math.min(dayCount - 1, start + 1 + Math.floor(rnd() * 4))),
      dueBy: day(start + Math.floor(rnd() * 3)),
    });
  });
  return { days: days(dayCount), technicians, visits } satisfies DispatchProblem;
}

describe('travelMinutes', () => {
  it('drives great-circle km × road factor at the given speed, in whole minutes', () => {
    // Austin–Dallas is about 293 km as the crow flies.
    const crowFlies = { ...DEFAULT_WEIGHTS, roadFactor: 1, speedKmh: 60 };
    expect(travelMinutes(AUSTIN, DALLAS, crowFlies)).toBe(293);
    // 293.1 km × 1.3 / 80 km/h = 285.8 min.
    expect(travelMinutes(AUSTIN, DALLAS, DEFAULT_WEIGHTS)).toBe(286);
    expect(travelMinutes(DALLAS, AUSTIN, DEFAULT_WEIGHTS)).toBe(286);
    expect(travelMinutes(AUSTIN, AUSTIN, DEFAULT_WEIGHTS)).toBe(0);
  });
});

describe('hard constraints', () => {
  // Each rule leaves a visit one place to go; the days have room for everything.
  const problem: DispatchProblem = {
    days: days(3),
    technicians: [
      tech('T1', AUSTIN, { daysOff: [day(1)] }),
      tech('T2', ROUND_ROCK, { skills: ['psu', 'hydro'] }),
    ],
    visits: [
      visit('hydro-1', ROCKDALE, { skills: ['hydro'], durationMin: 120 }),
      visit('hydro-2', WACO, { skills: ['hydro'], durationMin: 90, windowStart: day(2) }),
      visit('board', ROCKDALE, { skills: ['hashboard'], durationMin: 240, windowEnd: day(1) }),
      visit('fan', ROUND_ROCK, { skills: ['fan'], durationMin: 200 }),
      visit('psu-1', AUSTIN, { durationMin: 120 }),
      visit('psu-2', ROCKDALE, { durationMin: 120 }),
      visit('psu-3', WACO, { durationMin: 120, windowEnd: day(1) }),
    ],
  };

  it('keeps skills, windows, days off and the working day', () => {
    const plan = planDispatch(problem);
    expectFeasible(problem, plan);
    const where = (id: string) => plan.routes.find((r) => r.stops.some((s) => s.visitId === id));
    expect(where('hydro-1')?.technicianId).toBe('T2');
    expect(where('hydro-2')?.date).toBe(day(2));
    expect(where('board')).toMatchObject({ technicianId: 'T1', date: day(0) });
    expect(where('fan')?.technicianId).toBe('T1');
    expect(where('psu-3')?.date).not.toBe(day(2));
    expect(plan.unassigned).toEqual([]);
  });

  it('keeps them in the nearest-first baseline too, which fills T1 before the board fits', () => {
    const plan = nearestFirst(problem);
    expectFeasible(problem, plan);
    expect(plan.unassigned.map((u) => u.visitId)).toEqual(['board']);
  });

  it('refuses a plan that breaks a rule', () => {
    const route = (technicianId: string, date: string, ...visitIds: string[]) => [
      { technicianId, date, visitIds },
    ];
    expect(() => evaluatePlan(problem, route('T1', day(0), 'hydro-1'))).toThrow(/lacks hydro/);
    expect(() => evaluatePlan(problem, route('T2', day(0), 'hydro-2'))).toThrow(/window/);
    expect(() => evaluatePlan(problem, route('T1', day(1), 'fan'))).toThrow(/off/);
    const long = route('T2', day(0), 'psu-3', 'hydro-1', 'psu-2', 'psu-1');
    expect(() => evaluatePlan(problem, long)).toThrow(/exceed 600/);
    expect(() => evaluatePlan(problem, route('T1', day(0), 'fan', 'fan'))).toThrow(/twice/);
    expect(() => evaluatePlan(problem, route('T9', day(0), 'fan'))).toThrow(/unknown/);
    expect(() => evaluatePlan(problem, route('T1', day(5), 'fan'))).toThrow(/horizon/);
    expect(() => evaluatePlan(problem, route('T1', day(0), 'nope'))).toThrow(/unknown visit/);
  });
});

describe('sites and reasons', () => {
  it('charges no travel between two visits at the same site', () => {
    const problem: DispatchProblem = {
      days: days(1),
      technicians: [tech('T1', AUSTIN)],
      // Two buildings of one site, 2 km apart: the site is where its first visit is.
      visits: [
        visit('a', ROCKDALE, { siteId: 'rockdale' }),
        visit('b', { lat: ROCKDALE.lat + 0.02, lon: ROCKDALE.lon }, { siteId: 'rockdale' }),
      ],
    };
    const leg = travelMinutes(AUSTIN, ROCKDALE, DEFAULT_WEIGHTS);
    const plan = planDispatch(problem);
    expect(plan.routes).toHaveLength(1);
    expect(plan.routes[0]!.stops.map((s) => s.travelMin)).toEqual([leg, 0]);
    expect(plan.routes[0]).toMatchObject({ travelMin: 2 * leg, workMin: 120 });
    expect(plan.routes[0]!.returnMin).toBe(2 * leg + 120);
    expect(plan.objective).toEqual({
      travelMin: 2 * leg,
      lateDays: 0,
      breaches: 0,
      unassigned: 0,
      total: 2 * leg,
    });
  });

  it('says why a visit cannot be planned', () => {
    const problem: DispatchProblem = {
      days: days(3),
      technicians: [tech('T1', AUSTIN)],
      visits: [
        visit('hydro', ROCKDALE, { skills: ['hydro'] }),
        visit('later', ROCKDALE, { windowStart: day(5), windowEnd: day(6), dueBy: day(6) }),
        visit('long', ROCKDALE, { durationMin: 700 }),
        visit('fine', ROCKDALE),
      ],
    };
    for (const plan of [planDispatch(problem), nearestFirst(problem)]) {
      const reason = new Map(plan.unassigned.map((u) => [u.visitId, u.reason]));
      expect([...reason.keys()].sort()).toEqual(['hydro', 'later', 'long']);
      expect(reason.get('hydro')).toMatch(/no technician has the skill hydro/);
      expect(reason.get('later')).toMatch(/outside the planning horizon/);
      expect(reason.get('long')).toMatch(/700 min.*longer than a working day/);
      expect(plan.objective.unassigned).toBe(3);
      expect(plan.objective.total).toBe(plan.objective.travelMin + 3 * 5000);
    }
  });

  it('says no capacity when the skilled days are full', () => {
    const problem: DispatchProblem = {
      days: days(1),
      technicians: [tech('T1', AUSTIN)],
      visits: [
        visit('a', ROUND_ROCK, { durationMin: 400 }),
        visit('b', ROUND_ROCK, { durationMin: 400 }),
      ],
    };
    const plan = planDispatch(problem);
    expect(plan.unassigned).toEqual([
      { visitId: 'b', reason: expect.stringMatching(/no capacity/) },
    ]);
  });
});

describe('pinned visits', () => {
  const problem: DispatchProblem = {
    days: days(3),
    technicians: [tech('T1', ROUND_ROCK), tech('T2', DALLAS)],
    visits: [
      // T1 lives next door and is free: left alone, the planner would send T1 on day 0.
      visit('checked-in', ROUND_ROCK, { pinned: { technicianId: 'T2', date: day(1) } }),
      visit('nearby', ROUND_ROCK, { dueBy: day(0) }),
      visit('pinned-off', ROUND_ROCK, { pinned: { technicianId: 'T1', date: day(5) } }),
    ],
  };

  it('stays where it is pinned, for both methods', () => {
    for (const plan of [planDispatch(problem), nearestFirst(problem)]) {
      expectFeasible(problem, plan);
      const route = plan.routes.find((r) => r.stops.some((s) => s.visitId === 'checked-in'));
      expect(route).toMatchObject({ technicianId: 'T2', date: day(1) });
      expect(plan.unassigned).toEqual([
        { visitId: 'pinned-off', reason: expect.stringMatching(/pinned to T1 on 2026-03-07/) },
      ]);
    }
  });

  it('refuses a plan that moves it', () => {
    const moved = [{ technicianId: 'T1', date: day(1), visitIds: ['checked-in'] }];
    expect(() => evaluatePlan(problem, moved)).toThrow(/pinned to T2/);
  });
});

describe('planner against nearest-first', () => {
  it('serves the visit due today first where nearest-first breaches its SLA', () => {
    // One technician, one visit a day: Round Rock is near but not due; Waco is far and due today.
    const problem: DispatchProblem = {
      days: days(2),
      technicians: [tech('T1', AUSTIN)],
      visits: [
        visit('near', ROUND_ROCK, { durationMin: 300, windowEnd: day(1), dueBy: day(1) }),
        visit('far', WACO, { durationMin: 240, windowEnd: day(1), dueBy: day(0) }),
      ],
    };
    const greedy = nearestFirst(problem);
    expect(greedy.routes.map((r) => [r.date, r.stops[0]!.visitId])).toEqual([
      [day(0), 'near'],
      [day(1), 'far'],
    ]);
    expect(greedy.objective).toMatchObject({ breaches: 1, lateDays: 1 });
    const plan = planDispatch(problem);
    expect(plan.routes.map((r) => [r.date, r.stops[0]!.visitId])).toEqual([
      [day(0), 'far'],
      [day(1), 'near'],
    ]);
    expect(plan.objective).toMatchObject({ breaches: 0, lateDays: 0, unassigned: 0 });
    expect(plan.objective.total).toBe(greedy.objective.total - 240);
  });

  it('never does worse on small random instances', () => {
    for (let seed = 1; seed <= 8; seed++) {
      const problem = generate(seed, 30, 3, 4);
      const plan = planDispatch(problem, { seed, maxIterations: 300 });
      const greedy = nearestFirst(problem);
      expectFeasible(problem, plan);
      expectFeasible(problem, greedy);
      expect(plan.objective.total).toBeLessThanOrEqual(greedy.objective.total);
    }
  });

  it('plans 200 visits, 20 technicians and 10 days well within 5 s, clearly better', () => {
    const problem = generate(2026, 200, 20, 10);
    const started = Date.now();
    const plan = planDispatch(problem);
    const elapsed = Date.now() - started;
    const greedy = nearestFirst(problem);
    expect(elapsed).toBeLessThan(5000);
    expectFeasible(problem, plan);
    expectFeasible(problem, greedy);
    expect(plan.method).toBe('planner');
    expect(greedy.method).toBe('nearest_first');
    // The instance is tight enough that nearest-first leaves several visits out.
    expect(plan.objective.unassigned).toBeLessThan(greedy.objective.unassigned);
    expect(plan.objective.total).toBeLessThan(greedy.objective.total * 0.9);
    expect(plan.objective.travelMin).toBeLessThan(greedy.objective.travelMin);
  });

  it('gives the same plan for the same seed', () => {
    const problem = generate(7, 60, 6, 5);
    const options = { seed: 42, maxIterations: 400, timeLimitMs: 60_000 };
    const first = planDispatch(problem, options);
    expect(first.iterations).toBeGreaterThan(0);
    expect(planDispatch(problem, options)).toEqual(first);
  });
});
