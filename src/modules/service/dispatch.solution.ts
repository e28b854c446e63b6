/**
 * The dispatch search's model and solution (pure, internal to the planner): integer indices into
 * flat typed arrays, so the hot loops allocate nothing and never look a string up — visits
 * 0…V-1, technicians 0…T-1, days 0…D-1, and a "slot" r = t × D + d is one technician-day, one
 * route. Routes, their travel and work, and the cheapest place for a visit in a route.
 */
import { seededRandom } from '../../platform/demo/random.js';

export interface SearchModel {
  dayCount: number;
  techCount: number;
  visitCount: number;
  pointCount: number;
  /** Travel minutes between points (homes and sites), row-major pointCount × pointCount. */
  matrix: Float64Array;
  homePoint: Int32Array;
  sitePoint: Int32Array;
  duration: Float64Array;
  capacity: Float64Array;
  /** Objective minutes for serving visit v on day d (late-day penalty), at v × D + d. */
  lateCost: Float64Array;
  /** Per visit, the slots it may go to (skills, window, day off, a lone round trip fits). */
  slots: Int32Array[];
  /** v × slotCount + r → index of r in slots[v], or -1: the O(1) "may v go to r?" test. */
  slotIndex: Int32Array;
  /** Slot a visit is pinned to, or -1. Pinned visits never change slot (they may be reordered). */
  pinned: Int32Array;
  unassignedCost: number;
}

/** Costs are sums of whole minutes and penalty weights: compare with a little slack. */
export const EPS = 1e-6;

/** Small seeded PRNG (the platform's mulberry32): the same seed gives the same plan. */
export function prng(seed: number): () => number {
  return seededRandom(seed).next;
}

/** One assignment of visits to ordered routes, with each route's travel and work cached. */
export class Solution {
  readonly routes: number[][];
  readonly where: Int32Array;
  readonly travel: Float64Array;
  readonly work: Float64Array;

  constructor(
    readonly m: SearchModel,
    src?: Solution,
  ) {
    const slotCount = m.techCount * m.dayCount;
    this.routes = src
      ? src.routes.map((r) => r.slice())
      : Array.from({ length: slotCount }, () => []);
    this.where = src ? src.where.slice() : new Int32Array(m.visitCount).fill(-1);
    this.travel = src ? src.travel.slice() : new Float64Array(slotCount);
    this.work = src ? src.work.slice() : new Float64Array(slotCount);
  }

  clone(): Solution {
    return new Solution(this.m, this);
  }

  home(r: number): number {
    return this.m.homePoint[Math.floor(r / this.m.dayCount)]!;
  }

  /** Travel of a sequence driven from slot r's home and back. */
  seqTravel(r: number, seq: readonly number[]): number {
    const { matrix, pointCount: P, sitePoint } = this.m;
    const home = this.home(r);
    let prev = home;
    let sum = 0;
    for (const v of seq) {
      const p = sitePoint[v]!;
      sum += matrix[prev * P + p]!;
      prev = p;
    }
    return seq.length ? sum + matrix[prev * P + home]! : 0;
  }

  fits(r: number, travel: number, work: number): boolean {
    return travel + work <= this.m.capacity[Math.floor(r / this.m.dayCount)]! + EPS;
  }

  refresh(r: number): void {
    const seq = this.routes[r]!;
    this.travel[r] = this.seqTravel(r, seq);
    let work = 0;
    for (const v of seq) work += this.m.duration[v]!;
    this.work[r] = work;
  }

  insertAt(v: number, r: number, pos: number): void {
    this.routes[r]!.splice(pos, 0, v);
    this.where[v] = r;
    this.refresh(r);
  }

  remove(v: number): void {
    const r = this.where[v]!;
    if (r < 0) return;
    const seq = this.routes[r]!;
    seq.splice(seq.indexOf(v), 1);
    this.where[v] = -1;
    this.refresh(r);
  }

  late(v: number, r: number): number {
    return this.m.lateCost[v * this.m.dayCount + (r % this.m.dayCount)]!;
  }

  /** The objective: travel + late-day penalties + unassigned penalties. */
  cost(): number {
    let sum = 0;
    for (const t of this.travel) sum += t;
    for (let v = 0; v < this.m.visitCount; v++) {
      const r = this.where[v]!;
      sum += r < 0 ? this.m.unassignedCost : this.late(v, r);
    }
    return sum;
  }

  /** Travel saved by taking the stop at index i out of route r (its neighbours get joined). */
  removalGain(r: number, i: number): number {
    const { matrix, pointCount: P, sitePoint } = this.m;
    const seq = this.routes[r]!;
    const home = this.home(r);
    const prev = i > 0 ? sitePoint[seq[i - 1]!]! : home;
    const next = i + 1 < seq.length ? sitePoint[seq[i + 1]!]! : home;
    const here = sitePoint[seq[i]!]!;
    if (seq.length === 1) return this.travel[r]!;
    return matrix[prev * P + here]! + matrix[here * P + next]! - matrix[prev * P + next]!;
  }
}

/** Result of {@link cheapest}: extra travel and the position (an index of the original route). */
export interface Placement {
  delta: number;
  pos: number;
}

/**
 * Cheapest place for v in route r, as if the stop at index `skip` were gone (-1: none), given
 * the route's travel and work without it. False when no position fits the working day.
 */
export function cheapest(
  sol: Solution,
  v: number,
  r: number,
  skip: number,
  baseTravel: number,
  baseWork: number,
  out: Placement,
): boolean {
  const { matrix, pointCount: P, sitePoint } = sol.m;
  const seq = sol.routes[r]!;
  const home = sol.home(r);
  const site = sitePoint[v]!;
  const slack = sol.m.capacity[Math.floor(r / sol.m.dayCount)]! - baseTravel - baseWork;
  const room = slack - sol.m.duration[v]! + EPS;
  out.delta = Infinity;
  out.pos = -1;
  let prev = home;
  for (let i = 0; i <= seq.length; i++) {
    if (i === skip) continue;
    const next = i < seq.length ? sitePoint[seq[i]!]! : home;
    // An empty route (after the skip) has no home→home leg to replace.
    const empty = seq.length === 0 || (seq.length === 1 && skip === 0);
    const joined = empty ? 0 : matrix[prev * P + next]!;
    const delta = matrix[prev * P + site]! + matrix[site * P + next]! - joined;
    if (delta < out.delta && delta <= room) {
      out.delta = delta;
      out.pos = i;
    }
    prev = next;
  }
  return out.pos >= 0;
}

/** Cheapest position for v in route r that fits, in full (pinned visits are few). */
export function cheapestFits(sol: Solution, v: number, r: number, out: Placement): boolean {
  const seq = sol.routes[r]!;
  let best = Infinity;
  for (let pos = 0; pos <= seq.length; pos++) {
    const cand = [...seq.slice(0, pos), v, ...seq.slice(pos)];
    const travel = sol.seqTravel(r, cand);
    if (travel < best && sol.fits(r, travel, sol.work[r]! + sol.m.duration[v]!))
      [best, out.pos] = [travel, pos];
  }
  return best < Infinity;
}
