/**
 * The dispatch planner's public shapes: technicians, visits, the problem and the plan, the
 * objective's weights, and travel time between two points.
 */
export interface GeoPoint {
  lat: number;
  lon: number;
}

export interface DispatchTechnician {
  id: string;
  home: GeoPoint;
  skills: string[];
  /** Working minutes per day, travel + work. */
  minutesPerDay: number;
  /** ISO dates the technician does not work. */
  daysOff?: string[];
}

export interface DispatchVisit {
  id: string;
  /** Visits at one site share its location (the first visit's) and cost no travel between them. */
  siteId: string;
  location: GeoPoint;
  /** Every one is needed by the technician (hard). */
  skills: string[];
  durationMin: number;
  /** First and last allowed dates (hard). */
  windowStart: string;
  windowEnd: string;
  /** SLA date: each day served after it is penalised (soft). */
  dueBy: string;
  /** Keep on this technician-day (e.g. already checked in); the order within the day may change. */
  pinned?: { technicianId: string; date: string };
}

export interface DispatchProblem {
  /** The planning horizon, ISO dates, ascending. */
  days: string[];
  technicians: DispatchTechnician[];
  visits: DispatchVisit[];
  weights?: Partial<DispatchWeights>;
}

export interface DispatchWeights {
  speedKmh: number;
  /** Great-circle km × this = road km. */
  roadFactor: number;
  /** Objective minutes per day a visit is served after its dueBy. */
  lateDayMin: number;
  /** Objective minutes per visit left unassigned. */
  unassignedMin: number;
}

export interface PlannedStop {
  visitId: string;
  /** Drive from the previous stop (or home). */
  travelMin: number;
  startMin: number;
  endMin: number;
  lateDays: number;
}

export interface PlannedRoute {
  technicianId: string;
  date: string;
  stops: PlannedStop[];
  /** All driving, including the way home. */
  travelMin: number;
  workMin: number;
  /** Minute of the day the technician is back home. */
  returnMin: number;
}

export interface DispatchObjective {
  travelMin: number;
  lateDays: number;
  breaches: number;
  unassigned: number;
  total: number;
}

export interface DispatchPlan {
  /** Only technician-days with stops, by date then technician. */
  routes: PlannedRoute[];
  unassigned: { visitId: string; reason: string }[];
  objective: DispatchObjective;
  method: 'planner' | 'nearest_first';
  /** Large-neighbourhood iterations the planner ran. */
  iterations?: number;
}

export interface PlanOptions {
  /** Wall-clock budget for the search, construction included (default 2000). */
  timeLimitMs?: number;
  /** Seed of the search's PRNG (default 1): same seed and problem, same plan. */
  seed?: number;
  /**
   * Cap on search iterations (default 10 000). Added to the brief: a plan cut short by the clock
   * depends on the machine's speed; one stopped by this cap or by stagnation does not.
   */
  maxIterations?: number;
}

export const DEFAULT_WEIGHTS: DispatchWeights = {
  speedKmh: 80,
  roadFactor: 1.3,
  lateDayMin: 240,
  unassignedMin: 5000,
};

const EARTH_RADIUS_KM = 6371;

/** Great-circle km (haversine) × road factor ÷ speed, in whole minutes. */
export function travelMinutes(a: GeoPoint, b: GeoPoint, w: DispatchWeights): number {
  const rad = Math.PI / 180;
  const dLat = (b.lat - a.lat) * rad;
  const dLon = (b.lon - a.lon) * rad;
  const h =
    Math.sin(dLat / 2) ** 2 +
    Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(dLon / 2) ** 2;
  const km = 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
  return Math.round(((km * w.roadFactor) / w.speedKmh) * 60);
}
