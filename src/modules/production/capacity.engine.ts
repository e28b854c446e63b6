import { addDays, nextMonth } from './weeks.js';

/**
 * Capacity against the build plan, week by week (pure). People give hours on the days their
 * shift works (holidays off), times their productivity on the learning curve for their tenure;
 * equipment gives stations × its shifts' hours × efficiency. The plan's routings turn units into
 * load on each work centre and each role; the units a week can build are the plan's mix scaled
 * to the tightest of them: that constraint binds.
 */

export interface ShiftDef {
  code: string;
  hours: number;
  /** ISO weekdays the shift works: 1 = Monday … 7 = Sunday. */
  days: number[];
}

export interface WorkCentreDef {
  code: string;
  name: string;
  stations: number;
  shifts: string[];
  efficiencyBp: number;
}

export interface CurvePoint {
  week: number;
  bp: number;
}

export interface RoleDef {
  code: string;
  name: string;
  kind: 'direct' | 'indirect' | 'service';
  defaultShift: string;
  /** Productivity by weeks of tenure; straight lines between points, flat after the last. */
  learningCurve: CurvePoint[];
}

export interface Person {
  role: string;
  shift: string | null;
  hiredOn: string;
  leftOn: string | null;
}

export interface HeadcountTarget {
  /** `YYYY-MM`: the headcount wanted by the start of that month; it holds until the next. */
  month: string;
  role: string;
  headcount: number;
}

export interface RoutingStep {
  model: string;
  workCentre: string;
  stationMinutes: number;
  role: string | null;
  labourMinutes: number;
}

export interface CapacityInput {
  /** Mondays. */
  weeks: string[];
  /** Before this date only people on the roster count; from it, planned hires fill the gaps. */
  today: string;
  shifts: ShiftDef[];
  holidays: string[];
  workCentres: WorkCentreDef[];
  roles: RoleDef[];
  staff: Person[];
  headcountPlan: HeadcountTarget[];
  routings: RoutingStep[];
  /** Units to build per model, one number per week. */
  plan: Record<string, number[]>;
}

export interface Constraint {
  kind: 'work_centre' | 'role';
  code: string;
  name: string;
  capacityHours: number[];
  loadHours: number[];
}

export interface RoleLine extends Constraint {
  roleKind: RoleDef['kind'];
  /** Headcount on the roster or planned, at the end of each week. */
  people: number[];
  /** Average productivity of that headcount, in basis points. */
  productivityBp: number[];
}

export interface WeekVerdict {
  week: string;
  planned: number;
  /** Most units of the plan's mix the week's capacity allows. */
  capacityUnits: number;
  feasible: boolean;
  binding: { kind: Constraint['kind']; code: string; name: string } | null;
  overloaded: string[];
}

export interface CapacityReport {
  weeks: string[];
  workCentres: Constraint[];
  roles: RoleLine[];
  verdicts: WeekVerdict[];
}

const round1 = (n: number) => Math.round(n * 10) / 10;
const DAY_MS = 86_400_000;
const daysBetween = (from: string, to: string) =>
  Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS);
const isoWeekday = (date: string) => ((new Date(`${date}T00:00:00Z`).getUTCDay() + 6) % 7) + 1;

/** Productivity in basis points after `weeks` of tenure. */
export function productivityAt(curve: CurvePoint[], weeks: number): number {
  const points = [...curve].sort((a, b) => a.week - b.week);
  if (points.length === 0) return 10_000;
  if (weeks <= points[0]!.week) return points[0]!.bp;
  for (let i = 1; i < points.length; i++) {
    const a = points[i - 1]!;
    const b = points[i]!;
    if (weeks <= b.week) return a.bp + ((b.bp - a.bp) * (weeks - a.week)) / (b.week - a.week);
  }
  return points.at(-1)!.bp;
}

/** The target in force for a role in a month: the latest month at or before it; of two entries
 * for one month the later wins, so a what-if can append its changes. */
function targetIn(plan: HeadcountTarget[], role: string, month: string): number | undefined {
  let best: HeadcountTarget | undefined;
  for (const t of plan)
    if (t.role === role && t.month <= month && (!best || t.month >= best.month)) best = t;
  return best?.headcount;
}

const activeOn = (p: Person, date: string) =>
  p.hiredOn <= date && (p.leftOn === null || p.leftOn > date);

/**
 * People not yet hired that the headcount plan calls for: each month from today's on, the gap
 * between the target and those on the roster (plus hires already planned) starts on the first
 * of the month, or today for the current month.
 */
export function plannedHires(
  input: Pick<CapacityInput, 'weeks' | 'today' | 'staff' | 'headcountPlan' | 'roles'>,
): Person[] {
  const last = input.weeks.length ? addDays(input.weeks.at(-1)!, 6) : input.today;
  const hires: Person[] = [];
  for (const role of input.roles) {
    let month = input.today.slice(0, 7);
    while (`${month}-01` <= last) {
      const target = targetIn(input.headcountPlan, role.code, month);
      const start = `${month}-01` < input.today ? input.today : `${month}-01`;
      if (target !== undefined) {
        const have =
          input.staff.filter((p) => p.role === role.code && activeOn(p, start)).length +
          hires.filter((p) => p.role === role.code).length;
        for (let i = have; i < target; i++)
          hires.push({ role: role.code, shift: role.defaultShift, hiredOn: start, leftOn: null });
      }
      month = nextMonth(month);
    }
  }
  return hires;
}

/** Hours a shift works in the week starting `monday`, holidays off. */
function shiftDays(shift: ShiftDef, monday: string, holidays: Set<string>): string[] {
  return Array.from({ length: 7 }, (_, i) => addDays(monday, i)).filter(
    (d) => shift.days.includes(isoWeekday(d)) && !holidays.has(d),
  );
}

export function capacityReport(input: CapacityInput): CapacityReport {
  const holidays = new Set(input.holidays);
  const shifts = new Map(input.shifts.map((s) => [s.code, s]));
  const n = input.weeks.length;
  const zeros = () => new Array<number>(n).fill(0);

  const workCentres: Constraint[] = input.workCentres.map((c) => ({
    kind: 'work_centre',
    code: c.code,
    name: c.name,
    capacityHours: input.weeks.map((w) =>
      round1(
        c.shifts.reduce((sum, code) => {
          const s = shifts.get(code);
          return s ? sum + s.hours * shiftDays(s, w, holidays).length : sum;
        }, 0) *
          c.stations *
          (c.efficiencyBp / 10_000),
      ),
    ),
    loadHours: zeros(),
  }));

  const people = [...input.staff, ...plannedHires(input)];
  const roles: RoleLine[] = input.roles.map((role) => {
    const line: RoleLine = {
      kind: 'role',
      roleKind: role.kind,
      code: role.code,
      name: role.name,
      capacityHours: zeros(),
      loadHours: zeros(),
      people: zeros(),
      productivityBp: zeros(),
    };
    input.weeks.forEach((w, i) => {
      const weekEnd = addDays(w, 6);
      let hours = 0;
      let productivity = 0;
      let headcount = 0;
      for (const p of people) {
        if (p.role !== role.code) continue;
        const shift = shifts.get(p.shift ?? role.defaultShift);
        if (shift)
          for (const day of shiftDays(shift, w, holidays))
            if (activeOn(p, day))
              hours +=
                (shift.hours *
                  productivityAt(role.learningCurve, daysBetween(p.hiredOn, day) / 7)) /
                10_000;
        if (activeOn(p, weekEnd)) {
          headcount++;
          productivity += productivityAt(role.learningCurve, daysBetween(p.hiredOn, weekEnd) / 7);
        }
      }
      line.capacityHours[i] = round1(hours);
      line.people[i] = headcount;
      line.productivityBp[i] = headcount ? Math.round(productivity / headcount) : 0;
    });
    return line;
  });

  const centreByCode = new Map(workCentres.map((c) => [c.code, c]));
  const roleByCode = new Map(roles.map((r) => [r.code, r]));
  // Hours per unit of each model on each constraint: the routing summed.
  const perUnit = new Map<string, Map<Constraint, number>>();
  for (const step of input.routings) {
    const m = perUnit.get(step.model) ?? new Map<Constraint, number>();
    perUnit.set(step.model, m);
    const centre = centreByCode.get(step.workCentre);
    if (centre) m.set(centre, (m.get(centre) ?? 0) + step.stationMinutes / 60);
    const role = step.role ? roleByCode.get(step.role) : undefined;
    if (role) m.set(role, (m.get(role) ?? 0) + step.labourMinutes / 60);
  }

  // A week with nothing planned is judged on the whole horizon's mix.
  const totals = Object.fromEntries(
    Object.entries(input.plan).map(([model, q]) => [model, q.reduce((s, x) => s + x, 0)]),
  );
  const verdicts: WeekVerdict[] = input.weeks.map((week, i) => {
    let planned = 0;
    const load = new Map<Constraint, number>();
    const mix = new Map<Constraint, number>();
    let mixUnits = 0;
    for (const [model, quantities] of Object.entries(input.plan)) {
      const q = quantities[i] ?? 0;
      planned += q;
      for (const [c, h] of perUnit.get(model) ?? []) load.set(c, (load.get(c) ?? 0) + q * h);
    }
    const weekMix =
      planned > 0
        ? Object.entries(input.plan).map(([model, q]) => [model, q[i] ?? 0] as const)
        : Object.entries(totals);
    for (const [model, units] of weekMix) {
      mixUnits += units;
      for (const [c, h] of perUnit.get(model) ?? []) mix.set(c, (mix.get(c) ?? 0) + units * h);
    }
    for (const [c, h] of load) c.loadHours[i] = round1(h);
    let capacityUnits = Number.POSITIVE_INFINITY;
    let binding: WeekVerdict['binding'] = null;
    for (const [c, h] of mix) {
      if (h <= 0 || mixUnits <= 0) continue;
      const units = c.capacityHours[i]! / (h / mixUnits);
      if (units < capacityUnits) {
        capacityUnits = units;
        binding = { kind: c.kind, code: c.code, name: c.name };
      }
    }
    const overloaded = [...load]
      .filter(([c, h]) => round1(h) > c.capacityHours[i]!)
      .map(([c]) => c.code);
    const cap = Number.isFinite(capacityUnits) ? Math.floor(capacityUnits + 1e-9) : 0;
    return {
      week,
      planned,
      capacityUnits: cap,
      feasible: overloaded.length === 0,
      binding,
      overloaded,
    };
  });

  return { weeks: input.weeks, workCentres, roles, verdicts };
}
