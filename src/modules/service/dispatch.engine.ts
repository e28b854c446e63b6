import { improve, localSearch, nearestFirstSolution, regretInsert } from './dispatch.search.js';
import { cheapestFits, prng, Solution, type SearchModel } from './dispatch.solution.js';
import {
  DEFAULT_WEIGHTS,
  travelMinutes,
  type DispatchTechnician,
  type DispatchVisit,
  type DispatchProblem,
  type DispatchWeights,
  type PlannedStop,
  type PlannedRoute,
  type DispatchObjective,
  type DispatchPlan,
  type PlanOptions,
} from './dispatch.types.js';

export { DEFAULT_WEIGHTS, travelMinutes } from './dispatch.types.js';
export type {
  GeoPoint,
  DispatchTechnician,
  DispatchVisit,
  DispatchProblem,
  DispatchWeights,
  PlannedStop,
  PlannedRoute,
  DispatchObjective,
  DispatchPlan,
  PlanOptions,
} from './dispatch.types.js';

/**
 * Field-service dispatch (pure): which technician repairs which customer's machines on which day,
 * and in what order. Every technician-day is a route from home, through the sites, back home;
 * it must fit the working day. The objective, in minutes, is travel + a penalty per day a visit
 * is served after its SLA date + a (large) penalty per visit left out. `nearestFirst` is what a
 * dispatcher does by hand; `planDispatch` starts from the better of it and a regret construction
 * and only ever accepts improvements, so it never does worse. `evaluatePlan` recomputes any plan.
 */

/** Days since the epoch of an ISO date; throws on anything else, so bad input fails loudly. */
function dayNumber(iso: string): number {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  const t = match ? Date.UTC(+match[1]!, +match[2]! - 1, +match[3]!) : NaN;
  if (Number.isNaN(t) || new Date(t).toISOString().slice(0, 10) !== iso)
    throw new Error(`not an ISO date (YYYY-MM-DD): '${iso}'`);
  return t / 86_400_000;
}

/** The problem turned into index arrays for the search, plus why each unplannable visit is. */
interface Context {
  problem: DispatchProblem;
  weights: DispatchWeights;
  model: SearchModel;
  /** Why a visit cannot be planned at all (null: it can). */
  reasons: (string | null)[];
  techIndex: Map<string, number>;
  visitIndex: Map<string, number>;
  dayIndex: Map<string, number>;
  /** Pinned visits already placed, the starting point of every method. */
  pinnedStart: Solution;
}

function buildContext(problem: DispatchProblem): Context {
  const weights = { ...DEFAULT_WEIGHTS, ...problem.weights };
  const { days, technicians: techs, visits } = problem;
  days.forEach((d, i) => {
    if (i > 0 && dayNumber(d) <= dayNumber(days[i - 1]!))
      throw new Error(`days must be ascending and distinct: '${days[i - 1]}' then '${d}'`);
  });
  const techIndex = indexById(techs, 'technician');
  const visitIndex = indexById(visits, 'visit');
  const dayIndex = new Map(days.map((d, i) => [d, i]));
  const [D, T, V] = [days.length, techs.length, visits.length];

  // One matrix over unique points: homes first, then one point per site.
  const points = techs.map((t) => t.home);
  const siteIndex = new Map<string, number>();
  const sitePoint = Int32Array.from(visits, (v) => {
    if (!siteIndex.has(v.siteId)) siteIndex.set(v.siteId, points.push(v.location) - 1);
    return siteIndex.get(v.siteId)!;
  });
  const P = points.length;
  const matrix = new Float64Array(P * P);
  for (let a = 0; a < P; a++)
    for (let b = a + 1; b < P; b++)
      matrix[a * P + b] = matrix[b * P + a] = travelMinutes(points[a]!, points[b]!, weights);

  const lateCost = new Float64Array(V * D);
  visits.forEach((v, i) => {
    const due = dayNumber(v.dueBy);
    days.forEach((d, j) => {
      lateCost[i * D + j] = Math.max(0, dayNumber(d) - due) * weights.lateDayMin;
    });
  });
  const model: SearchModel = {
    dayCount: D,
    techCount: T,
    visitCount: V,
    pointCount: P,
    matrix,
    homePoint: Int32Array.from(techs, (_, t) => t),
    sitePoint,
    duration: Float64Array.from(visits, (v) => v.durationMin),
    capacity: Float64Array.from(techs, (t) => t.minutesPerDay),
    lateCost,
    slots: [],
    slotIndex: new Int32Array(V * T * D).fill(-1),
    pinned: new Int32Array(V).fill(-1),
    unassignedCost: weights.unassignedMin,
  };
  const reasons = visits.map((v, i) => findSlots(problem, model, v, i));
  const ctx = { problem, weights, model, reasons, techIndex, visitIndex, dayIndex };
  return { ...ctx, pinnedStart: placePinned(ctx) };
}

function indexById(items: { id: string }[], what: string): Map<string, number> {
  const index = new Map<string, number>();
  items.forEach((item, i) => {
    if (index.has(item.id)) throw new Error(`${what} '${item.id}' appears twice`);
    index.set(item.id, i);
  });
  return index;
}

/**
 * Fill model.slots[i] with every technician-day that may serve the visit on its own: skills,
 * window ∩ horizon, not a day off, and the round trip plus the work fits the day. Returns the
 * plain-words reason when there is none.
 */
function findSlots(p: DispatchProblem, m: SearchModel, v: DispatchVisit, i: number): string | null {
  const [D, R] = [m.dayCount, m.techCount * m.dayCount];
  const slots: number[] = [];
  m.slots[i] = new Int32Array(0);
  const missing = v.skills.filter((s) => !p.technicians.some((t) => t.skills.includes(s)));
  if (missing.length)
    return `no technician has the skill${missing.length > 1 ? 's' : ''} ${missing.join(', ')}`;
  const skilled = p.technicians.flatMap((t, ti) =>
    v.skills.every((s) => t.skills.includes(s)) ? [ti] : [],
  );
  if (!skilled.length) return `no single technician has all of ${v.skills.join(', ')}`;
  if (dayNumber(v.windowStart) > dayNumber(v.windowEnd))
    return `its window ends (${v.windowEnd}) before it starts (${v.windowStart})`;
  const inWindow = p.days.flatMap((d, di) => (d >= v.windowStart && d <= v.windowEnd ? [di] : []));
  if (!inWindow.length) {
    const horizon = p.days.length ? `${p.days[0]} to ${p.days[D - 1]}` : 'empty';
    return `its window ${v.windowStart} to ${v.windowEnd} is outside the planning horizon (${horizon})`;
  }
  const longest = Math.max(...skilled.map((t) => m.capacity[t]!));
  if (v.durationMin > longest)
    return `it takes ${v.durationMin} min on site, longer than a working day (${longest} min)`;
  let working = false;
  for (const t of skilled) {
    const off = new Set(p.technicians[t]!.daysOff ?? []);
    const home = m.homePoint[t]! * m.pointCount;
    const roundTrip = 2 * m.matrix[home + m.sitePoint[i]!]!;
    for (const d of inWindow) {
      if (off.has(p.days[d]!)) continue;
      working = true;
      if (roundTrip + v.durationMin > m.capacity[t]!) continue;
      m.slotIndex[i * R + t * D + d] = slots.length;
      slots.push(t * D + d);
    }
  }
  m.slots[i] = Int32Array.from(slots);
  if (slots.length) return null;
  if (!working) return 'every skilled technician is off on every day of its window';
  return 'too far: no skilled technician can drive there, do the work and drive home within a day';
}

/**
 * Place pinned visits on their technician-day (cheapest position). A pin that names an unknown
 * technician or a date outside the horizon, breaks a hard rule, or overfills the day with the
 * other pinned visits is not honoured: the visit stays unassigned with that reason, never moved.
 */
function placePinned(ctx: Omit<Context, 'pinnedStart'>): Solution {
  const { model: m, problem } = ctx;
  const sol = new Solution(m);
  const scratch = { delta: 0, pos: 0 };
  problem.visits.forEach((v, i) => {
    if (!v.pinned) return;
    const t = ctx.techIndex.get(v.pinned.technicianId);
    const d = ctx.dayIndex.get(v.pinned.date);
    const pin = `pinned to ${v.pinned.technicianId} on ${v.pinned.date}`;
    const r = t === undefined || d === undefined ? -1 : t * m.dayCount + d;
    const R = m.techCount * m.dayCount;
    const broken = r < 0 ? null : ruleBroken(v, problem.technicians[t!]!, v.pinned.date);
    if (t === undefined) ctx.reasons[i] = `${pin}, an unknown technician`;
    else if (d === undefined) ctx.reasons[i] = `${pin}, a date outside the planning horizon`;
    else if (ctx.reasons[i] !== null) ctx.reasons[i] = `${pin}, but ${ctx.reasons[i]}`;
    else if (broken) ctx.reasons[i] = `${pin}, but ${broken}`;
    else if (m.slotIndex[i * R + r]! < 0 || !cheapestFits(sol, i, r, scratch))
      ctx.reasons[i] = `${pin}, but the drive and the work do not fit in that day`;
    else sol.insertAt(i, r, scratch.pos);
    // A pinned visit goes to its pin or nowhere: the search must never move it.
    m.slotIndex.fill(-1, i * R, (i + 1) * R);
    m.pinned[i] = sol.where[i]!;
    m.slots[i] = sol.where[i]! >= 0 ? Int32Array.of(r) : new Int32Array(0);
    if (sol.where[i]! >= 0) m.slotIndex[i * R + r] = 0;
  });
  return sol;
}

/** Regret-2 insertion of every plannable visit around the pinned ones, then local search. */
function constructSolution(ctx: Context, seed: number, deadline: number): Solution {
  const m = ctx.model;
  const sol = ctx.pinnedStart.clone();
  const pool = ctx.reasons.flatMap((reason, v) => (reason === null && m.pinned[v]! < 0 ? [v] : []));
  regretInsert(sol, pool, prng(seed), 0);
  localSearch(sol, deadline);
  return sol;
}

export function nearestFirst(problem: DispatchProblem): DispatchPlan {
  const ctx = buildContext(problem);
  return toPlan(ctx, nearestFirstSolution(ctx.pinnedStart), 'nearest_first');
}

/**
 * The planner: the better of (regret construction + local search) and (nearest-first + local
 * search), then large-neighbourhood search until the time limit, the iteration cap, or a long
 * run without improvement. Every step keeps the best so far, so it never loses to nearest-first.
 */
export function planDispatch(problem: DispatchProblem, options: PlanOptions = {}): DispatchPlan {
  const started = Date.now();
  const { timeLimitMs = 2000, seed = 1, maxIterations = 10_000 } = options;
  const ctx = buildContext(problem);
  const deadline = started + timeLimitMs;
  const baseline = nearestFirstSolution(ctx.pinnedStart);
  const polished = baseline.clone();
  localSearch(polished, deadline);
  const built = constructSolution(ctx, seed, deadline);
  const start = built.cost() < polished.cost() ? built : polished;
  const { best, iterations } = improve(start, {
    seed,
    deadline,
    maxIterations,
    patience: Math.max(500, 10 * problem.visits.length),
  });
  // Belt and braces: the search only accepts improvements, but never return worse than the baseline.
  const chosen = best.cost() <= baseline.cost() ? best : baseline;
  return toPlan(ctx, chosen, 'planner', iterations);
}

/**
 * Recompute times and the objective of a given plan. Throws an Error naming the first broken
 * hard rule: unknown technician, date or visit, a visit twice, a day off, a missing skill, a date
 * outside the window, a pinned visit elsewhere, or a day longer than the technician's.
 */
export function evaluatePlan(
  problem: DispatchProblem,
  routes: { technicianId: string; date: string; visitIds: string[] }[],
  method: DispatchPlan['method'] = 'planner',
): DispatchPlan {
  const ctx = buildContext(problem);
  const sol = new Solution(ctx.model);
  for (const route of routes) {
    const t = ctx.techIndex.get(route.technicianId);
    const d = ctx.dayIndex.get(route.date);
    const where = `${route.technicianId} on ${route.date}`;
    if (t === undefined) throw new Error(`unknown technician '${route.technicianId}'`);
    if (d === undefined) throw new Error(`${route.date} is not in the planning horizon`);
    const tech = problem.technicians[t]!;
    const r = t * ctx.model.dayCount + d;
    if (sol.routes[r]!.length) throw new Error(`${where}: the route is given twice`);
    for (const id of route.visitIds) {
      const v = ctx.visitIndex.get(id);
      if (v === undefined) throw new Error(`${where}: unknown visit '${id}'`);
      const visit = problem.visits[v]!;
      const pin = visit.pinned;
      if (sol.where[v]! >= 0) throw new Error(`visit '${id}' is planned twice`);
      const broken = ruleBroken(visit, tech, route.date);
      if (broken) throw new Error(`${where}: visit '${id}': ${broken}`);
      if (pin && (pin.technicianId !== tech.id || pin.date !== route.date))
        throw new Error(`${where}: visit '${id}' is pinned to ${pin.technicianId} on ${pin.date}`);
      sol.insertAt(v, r, sol.routes[r]!.length);
    }
    if (!sol.fits(r, sol.travel[r]!, sol.work[r]!))
      throw new Error(
        `${where}: ${sol.travel[r]! + sol.work[r]!} min of travel and work exceed ${tech.minutesPerDay}`,
      );
  }
  return toPlan(ctx, sol, method);
}

/** The first hard rule broken by serving v with t on date, in plain words, or null. */
function ruleBroken(v: DispatchVisit, t: DispatchTechnician, date: string): string | null {
  const lacking = v.skills.filter((s) => !t.skills.includes(s));
  if (lacking.length) return `${t.id} lacks ${lacking.join(', ')}`;
  if (t.daysOff?.includes(date)) return `${t.id} is off on ${date}`;
  if (date < v.windowStart || date > v.windowEnd)
    return `${date} is outside its window ${v.windowStart} to ${v.windowEnd}`;
  return null;
}

/** Turn a solution into the public plan: times of day, lateness, the objective, reasons. */
function toPlan(
  ctx: Context,
  sol: Solution,
  method: DispatchPlan['method'],
  iterations?: number,
): DispatchPlan {
  const { problem, model: m, weights } = ctx;
  const routes: PlannedRoute[] = [];
  for (let d = 0; d < m.dayCount; d++)
    for (let t = 0; t < m.techCount; t++) {
      const seq = sol.routes[t * m.dayCount + d]!;
      if (seq.length) routes.push(toRoute(ctx, t, d, seq));
    }
  const unassigned = problem.visits.flatMap((v, i) =>
    sol.where[i]! >= 0 ? [] : [{ visitId: v.id, reason: ctx.reasons[i] ?? NO_CAPACITY }],
  );
  const stops = routes.flatMap((r) => r.stops);
  const travelMin = routes.reduce((sum, r) => sum + r.travelMin, 0);
  const lateDays = stops.reduce((sum, s) => sum + s.lateDays, 0);
  const objective: DispatchObjective = {
    travelMin,
    lateDays,
    breaches: stops.filter((s) => s.lateDays > 0).length,
    unassigned: unassigned.length,
    total: travelMin + weights.lateDayMin * lateDays + weights.unassignedMin * unassigned.length,
  };
  const plan: DispatchPlan = { routes, unassigned, objective, method };
  return iterations === undefined ? plan : { ...plan, iterations };
}

const NO_CAPACITY = 'no capacity: every skilled technician-day in its window is full';

function toRoute(ctx: Context, t: number, d: number, seq: number[]): PlannedRoute {
  const { problem, model: m } = ctx;
  const { matrix, pointCount: P } = m;
  const date = problem.days[d]!;
  const home = m.homePoint[t]!;
  let [at, clock, travelMin, workMin] = [home, 0, 0, 0];
  const stops = seq.map((v): PlannedStop => {
    const visit = problem.visits[v]!;
    const leg = matrix[at * P + m.sitePoint[v]!]!;
    at = m.sitePoint[v]!;
    const startMin = clock + leg;
    clock = startMin + visit.durationMin;
    [travelMin, workMin] = [travelMin + leg, workMin + visit.durationMin];
    const lateDays = Math.max(0, dayNumber(date) - dayNumber(visit.dueBy));
    return { visitId: visit.id, travelMin: leg, startMin, endMin: clock, lateDays };
  });
  const back = matrix[at * P + home]!;
  const technicianId = problem.technicians[t]!.id;
  return {
    technicianId,
    date,
    stops,
    travelMin: travelMin + back,
    workMin,
    returnMin: clock + back,
  };
}
