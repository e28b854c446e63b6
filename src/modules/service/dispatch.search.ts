/**
 * The search moves behind the dispatch planner (pure, internal to dispatch.engine.ts): route
 * improvement, relocate and swap, regret insertion, the ruin-and-recreate loop, and the
 * nearest-first baseline, over the model of dispatch.solution.ts. This file must not import the
 * engine (the engine imports it; dependency-cruiser forbids cycles).
 */
import type { Solution } from './dispatch.solution.js';
import { cheapest, EPS, prng, type Placement, type SearchModel } from './dispatch.solution.js';

/** How many nearest visits a cluster removal may grow into, from each removed visit. */
const NEIGHBOURS = 100;

/** Starting acceptance threshold, as a share of the start's travel; it falls to 0 linearly. */
const THRESHOLD = 0.002;

const scratch: Placement = { delta: 0, pos: 0 };

/** Or-opt (move 1–3 consecutive stops, either way round) and 2-opt inside one route. */
export function improveRoute(sol: Solution, r: number): boolean {
  let improved = false;
  for (;;) {
    const seq = sol.routes[r]!;
    const base = sol.travel[r]!;
    let better: number[] | undefined;
    let bestTravel = base - EPS;
    for (const cand of routeMoves(seq)) {
      const travel = sol.seqTravel(r, cand);
      if (travel < bestTravel) [better, bestTravel] = [cand, travel];
    }
    if (!better) return improved;
    sol.routes[r] = better;
    sol.refresh(r);
    improved = true;
  }
}

/** Every 2-opt and or-opt neighbour of a short route (routes hold a handful of stops). */
function* routeMoves(seq: number[]): Generator<number[]> {
  const n = seq.length;
  for (let i = 0; i < n - 1; i++)
    for (let j = i + 1; j < n; j++)
      yield [...seq.slice(0, i), ...seq.slice(i, j + 1).reverse(), ...seq.slice(j + 1)];
  for (let len = 1; len <= Math.min(3, n - 1); len++)
    for (let i = 0; i + len <= n; i++) {
      const segment = seq.slice(i, i + len);
      const rest = [...seq.slice(0, i), ...seq.slice(i + len)];
      for (let j = 0; j <= rest.length; j++) {
        if (j === i) continue;
        yield [...rest.slice(0, j), ...segment, ...rest.slice(j)];
        if (len > 1) yield [...rest.slice(0, j), ...segment.slice().reverse(), ...rest.slice(j)];
      }
    }
}

/** Move v (assigned or not) to the slot and position that lowers the objective most, if any. */
function relocate(sol: Solution, v: number): boolean {
  const m = sol.m;
  if (m.pinned[v]! >= 0) return false;
  const from = sol.where[v]!;
  let gain = m.unassignedCost;
  if (from >= 0) {
    const saved = sol.removalGain(from, sol.routes[from]!.indexOf(v));
    // Rounded minutes can break the triangle inequality by a minute: removal must still fit.
    if (!sol.fits(from, sol.travel[from]! - saved, sol.work[from]! - m.duration[v]!)) return false;
    gain = saved + sol.late(v, from);
  }
  let bestGain = EPS;
  let bestSlot = -1;
  let bestPos = -1;
  for (const r of m.slots[v]!) {
    if (r === from || !cheapest(sol, v, r, -1, sol.travel[r]!, sol.work[r]!, scratch)) continue;
    const change = gain - scratch.delta - sol.late(v, r);
    if (change > bestGain) [bestGain, bestSlot, bestPos] = [change, r, scratch.pos];
  }
  if (bestSlot < 0) return false;
  sol.remove(v);
  sol.insertAt(v, bestSlot, bestPos);
  if (from >= 0) improveRoute(sol, from);
  improveRoute(sol, bestSlot);
  return true;
}

/** Exchange v with a visit u of another route, each going to its cheapest place in the other. */
function swap(sol: Solution, v: number): boolean {
  const m = sol.m;
  const a = sol.where[v]!;
  if (m.pinned[v]! >= 0 || a < 0) return false;
  const slotCount = m.techCount * m.dayCount;
  const ia = sol.routes[a]!.indexOf(v);
  const savedA = sol.removalGain(a, ia);
  const inA: Placement = { delta: 0, pos: 0 };
  for (const b of m.slots[v]!) {
    if (b === a) continue;
    const seqB = sol.routes[b]!;
    for (let ib = 0; ib < seqB.length; ib++) {
      const u = seqB[ib]!;
      if (m.pinned[u]! >= 0 || m.slotIndex[u * slotCount + a]! < 0) continue;
      const savedB = sol.removalGain(b, ib);
      const [tA, wA] = [sol.travel[a]! - savedA, sol.work[a]! - m.duration[v]!];
      const [tB, wB] = [sol.travel[b]! - savedB, sol.work[b]! - m.duration[u]!];
      if (!cheapest(sol, u, a, ia, tA, wA, inA)) continue;
      if (!cheapest(sol, v, b, ib, tB, wB, scratch)) continue;
      const lateBefore = sol.late(v, a) + sol.late(u, b);
      const lateAfter = sol.late(u, a) + sol.late(v, b);
      const change = inA.delta + scratch.delta - savedA - savedB + lateAfter - lateBefore;
      if (change >= -EPS) continue;
      const [posA, posB] = [
        inA.pos > ia ? inA.pos - 1 : inA.pos,
        scratch.pos > ib ? scratch.pos - 1 : scratch.pos,
      ];
      sol.remove(v);
      sol.remove(u);
      sol.insertAt(u, a, posA);
      sol.insertAt(v, b, posB);
      improveRoute(sol, a);
      improveRoute(sol, b);
      return true;
    }
  }
  return false;
}

/**
 * First-improvement local search over relocate and swap until neither helps any more, or the
 * deadline (Date.now()) passes: on huge inputs the clock, not the neighbourhood, has the last word.
 */
export function localSearch(sol: Solution, deadline = Infinity): void {
  for (let r = 0; r < sol.routes.length; r++) improveRoute(sol, r);
  for (let improved = true; improved && Date.now() <= deadline;) {
    improved = false;
    for (let v = 0; v < sol.m.visitCount; v++) if (relocate(sol, v)) improved = true;
    for (let v = 0; v < sol.m.visitCount; v++) if (swap(sol, v)) improved = true;
  }
}

/**
 * Regret-2 insertion: repeatedly place the visit that would lose most if it missed its best
 * route (second-best cost − best cost, where "no second route" counts as being left unassigned).
 * Late-day penalties are part of each insertion cost, so a visit due soon with few on-time
 * options is placed first: that is the due-date awareness nearest-first lacks. Only the costs
 * for the route just changed are recomputed. `noise` (0: none) jitters costs to diversify LNS.
 */
export function regretInsert(
  sol: Solution,
  pool: readonly number[],
  rng: () => number,
  noise: number,
): void {
  const m = sol.m;
  const U = m.unassignedCost;
  const slotCount = m.techCount * m.dayCount;
  const costs = pool.map((v) => new Float64Array(m.slots[v]!.length));
  const positions = pool.map((v) => new Int32Array(m.slots[v]!.length));
  const best = new Float64Array(pool.length);
  const second = new Float64Array(pool.length);
  const bestAt = new Int32Array(pool.length);
  const evaluate = (i: number, j: number): void => {
    const v = pool[i]!;
    const r = m.slots[v]![j]!;
    const ok = cheapest(sol, v, r, -1, sol.travel[r]!, sol.work[r]!, scratch);
    const jitter = noise ? 1 + noise * (rng() - 0.5) : 1;
    costs[i]![j] = ok ? (scratch.delta + sol.late(v, r)) * jitter : Infinity;
    positions[i]![j] = scratch.pos;
  };
  const summarise = (i: number): void => {
    [best[i], second[i], bestAt[i]] = [Infinity, Infinity, -1];
    costs[i]!.forEach((c, j) => {
      if (c < best[i]!) [second[i], best[i], bestAt[i]] = [best[i]!, c, j];
      else if (c < second[i]!) second[i] = c;
    });
  };
  pool.forEach((v, i) => {
    for (let j = 0; j < m.slots[v]!.length; j++) evaluate(i, j);
    summarise(i);
  });
  const alive = new Uint8Array(pool.length).fill(1);
  for (;;) {
    let pick = -1;
    let pickRegret = -Infinity;
    for (let i = 0; i < pool.length; i++) {
      if (!alive[i] || !(best[i]! < U)) continue;
      const regret = Math.min(second[i]!, U) - best[i]!;
      if (regret > pickRegret || (regret === pickRegret && best[i]! < best[pick]!))
        [pick, pickRegret] = [i, regret];
    }
    if (pick < 0) return;
    const v = pool[pick]!;
    const r = m.slots[v]![bestAt[pick]!]!;
    sol.insertAt(v, r, positions[pick]![bestAt[pick]!]!);
    alive[pick] = 0;
    for (let i = 0; i < pool.length; i++) {
      const j = alive[i] ? m.slotIndex[pool[i]! * slotCount + r]! : -1;
      if (j < 0) continue;
      evaluate(i, j);
      summarise(i);
    }
  }
}

export interface ImproveOptions {
  seed: number;
  /** Date.now() after which to stop. */
  deadline: number;
  maxIterations: number;
  /** Stop after this many iterations without a new best. */
  patience: number;
}

/**
 * Large-neighbourhood search: remove a handful of related visits, put them (and any unassigned)
 * back by regret insertion, keep the result if it is no worse than the current one (or, early on,
 * only a little worse), polish each new best with the full local search. The best is only ever
 * replaced by something strictly cheaper, so the result never loses to the start.
 */
export function improve(
  start: Solution,
  opts: ImproveOptions,
): { best: Solution; iterations: number } {
  const m = start.m;
  const rng = prng(opts.seed);
  const free = [...Array(m.visitCount).keys()].filter(
    (v) => m.pinned[v]! < 0 && m.slots[v]!.length,
  );
  const near = neighbours(m, free);
  let current = start.clone();
  let currentCost = current.cost();
  let best = current.clone();
  let bestCost = currentCost;
  let iterations = 0;
  const tau0 = THRESHOLD * start.travel.reduce((a, b) => a + b, 0);
  for (let stale = 0; iterations < opts.maxIterations && stale < opts.patience; iterations++) {
    if (!free.length || Date.now() > opts.deadline) break;
    const trial = current.clone();
    const removed = ruin(trial, free, near, rng);
    const pool = [...removed, ...free.filter((v) => trial.where[v]! < 0 && !removed.includes(v))];
    regretInsert(trial, pool, rng, rng() < 0.5 ? 0.2 : 0);
    for (const v of removed) if (trial.where[v]! >= 0) improveRoute(trial, trial.where[v]!);
    const cost = trial.cost();
    stale++;
    // Threshold acceptance: early on, take slightly worse solutions to escape local optima.
    const threshold = tau0 * (1 - iterations / opts.maxIterations);
    if (cost > currentCost + threshold + EPS) continue;
    [current, currentCost] = [trial, cost];
    if (cost >= bestCost - EPS) continue;
    localSearch(current, opts.deadline);
    currentCost = current.cost();
    [best, bestCost, stale] = [current.clone(), currentCost, 0];
  }
  return { best, iterations };
}

/** For each free visit, the nearest other free visits by travel time (a bounded list). */
function neighbours(m: SearchModel, free: number[]): Map<number, number[]> {
  const { matrix, pointCount: P, sitePoint } = m;
  const near = new Map<number, number[]>();
  for (const v of free) {
    const row = sitePoint[v]! * P;
    const others = free.filter((u) => u !== v);
    others.sort((a, b) => matrix[row + sitePoint[a]!]! - matrix[row + sitePoint[b]!]! || a - b);
    near.set(v, others.slice(0, NEIGHBOURS));
  }
  return near;
}

/**
 * Take 4–30 visits out: mostly a geographic cluster grown from a random seed (so routes in one
 * area can be rebuilt together, across days and technicians), sometimes whole routes, sometimes
 * a random handful. Returns the removed visits.
 */
function ruin(
  sol: Solution,
  free: number[],
  near: Map<number, number[]>,
  rng: () => number,
): number[] {
  const size = Math.min(free.length, 4 + Math.floor(rng() * Math.min(27, free.length * 0.15)));
  const pickFree = (): number => free[Math.floor(rng() * free.length)]!;
  const removed = new Set<number>();
  const kind = rng();
  if (kind < 0.6) {
    removed.add(pickFree());
    while (removed.size < size) {
      const from = [...removed][Math.floor(rng() * removed.size)]!;
      const list = near.get(from)!.filter((u) => !removed.has(u));
      if (!list.length) break;
      removed.add(list[Math.floor(rng() ** 3 * list.length)]!);
    }
  } else if (kind < 0.8) {
    while (removed.size < size) {
      const r = sol.where[pickFree()]!;
      if (r < 0) break;
      for (const u of sol.routes[r]!) if (sol.m.pinned[u]! < 0) removed.add(u);
    }
  } else {
    while (removed.size < size) removed.add(pickFree());
  }
  for (const v of removed) sol.remove(v);
  return [...removed];
}

/**
 * The dispatcher's hand method: day by day, technician by technician, drive to the nearest
 * unassigned visit this technician may do today that still fits (work and the drive home
 * included), until none does. Pinned visits come first on their day. No look at due dates.
 */
export function nearestFirstSolution(pinnedStart: Solution): Solution {
  const m = pinnedStart.m;
  const sol = pinnedStart.clone();
  const { matrix, pointCount: P, sitePoint } = m;
  const R = m.techCount * m.dayCount;
  for (let d = 0; d < m.dayCount; d++)
    for (let t = 0; t < m.techCount; t++) {
      const r = t * m.dayCount + d;
      const home = m.homePoint[t]!;
      const seq = sol.routes[r]!;
      let at = seq.length ? sitePoint[seq[seq.length - 1]!]! : home;
      let used = sol.travel[r]! - matrix[at * P + home]! + sol.work[r]!;
      for (;;) {
        let pick = -1;
        for (let v = 0; v < m.visitCount; v++) {
          if (sol.where[v]! >= 0 || m.slotIndex[v * R + r]! < 0) continue;
          const s = sitePoint[v]!;
          const need = used + matrix[at * P + s]! + m.duration[v]! + matrix[s * P + home]!;
          const closer = pick < 0 || matrix[at * P + s]! < matrix[at * P + sitePoint[pick]!]!;
          if (need <= m.capacity[t]! && closer) pick = v;
        }
        if (pick < 0) break;
        used += matrix[at * P + sitePoint[pick]!]! + m.duration[pick]!;
        at = sitePoint[pick]!;
        sol.insertAt(pick, r, seq.length);
      }
    }
  return sol;
}
