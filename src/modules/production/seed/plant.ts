/**
 * The plant as first set up. None of these figures comes from the domain notes (they give
 * none): they are a starting point that planners edit — shifts, holidays, stations, efficiency,
 * minutes per unit, learning curves and the headcount plan all live in the database.
 */

export const SEED_SHIFTS = [
  { code: 'day', name: 'Day', startsAt: '06:00', minutes: 450, days: [1, 2, 3, 4, 5] },
  { code: 'swing', name: 'Swing', startsAt: '14:30', minutes: 450, days: [1, 2, 3, 4, 5] },
  {
    code: 'continuous',
    name: 'Round the clock (burn-in racks)',
    startsAt: '00:00',
    minutes: 1440,
    days: [1, 2, 3, 4, 5, 6, 7],
  },
];

/** US federal holidays (observed dates) the plant closes on. */
export const SEED_HOLIDAYS = [
  ['2026-01-01', "New Year's Day"],
  ['2026-01-19', 'Martin Luther King Jr. Day'],
  ['2026-02-16', "Presidents' Day"],
  ['2026-05-25', 'Memorial Day'],
  ['2026-06-19', 'Juneteenth'],
  ['2026-07-03', 'Independence Day (observed)'],
  ['2026-09-07', 'Labor Day'],
  ['2026-11-26', 'Thanksgiving'],
  ['2026-11-27', 'Day after Thanksgiving'],
  ['2026-12-24', 'Christmas Eve'],
  ['2026-12-25', 'Christmas Day'],
  ['2027-01-01', "New Year's Day"],
  ['2027-01-18', 'Martin Luther King Jr. Day'],
  ['2027-02-15', "Presidents' Day"],
  ['2027-05-31', 'Memorial Day'],
  ['2027-06-18', 'Juneteenth (observed)'],
  ['2027-07-05', 'Independence Day (observed)'],
  ['2027-09-06', 'Labor Day'],
  ['2027-11-25', 'Thanksgiving'],
  ['2027-11-26', 'Day after Thanksgiving'],
  ['2027-12-24', 'Christmas Day (observed)'],
].map(([date, name]) => ({ date: date!, name: name! }));

export const SEED_WORK_CENTRES = [
  {
    code: 'SMT',
    name: 'Hashboard SMT and assembly',
    kind: 'smt' as const,
    stations: 3,
    shifts: ['day', 'swing'],
    efficiencyBp: 8500,
    note: 'Lines: paste, place, reflow, AOI, heatsinks',
  },
  {
    code: 'HBT',
    name: 'Hashboard test',
    kind: 'board_test' as const,
    stations: 12,
    shifts: ['day', 'swing'],
    efficiencyBp: 9000,
    note: 'Test fixtures',
  },
  {
    code: 'FA',
    name: 'Final assembly',
    kind: 'final_assembly' as const,
    stations: 16,
    shifts: ['day', 'swing'],
    efficiencyBp: 9000,
    note: 'Benches',
  },
  {
    code: 'BI',
    name: 'Burn-in racks',
    kind: 'burn_in' as const,
    stations: 60,
    shifts: ['continuous'],
    efficiencyBp: 9500,
    note: 'Rack slots; a unit holds a slot for its whole run',
  },
  {
    code: 'PACK',
    name: 'Packing',
    kind: 'packing' as const,
    stations: 6,
    shifts: ['day', 'swing'],
    efficiencyBp: 9000,
    note: null,
  },
];

const curve = (points: [number, number][]) => points.map(([week, bp]) => ({ week, bp }));

export const SEED_ROLES = [
  {
    code: 'assembler',
    name: 'Assembler',
    kind: 'direct' as const,
    defaultShift: 'day',
    learningCurve: curve([
      [0, 4000],
      [2, 6000],
      [6, 8500],
      [12, 10_000],
    ]),
  },
  {
    code: 'test_technician',
    name: 'Test technician',
    kind: 'direct' as const,
    defaultShift: 'day',
    learningCurve: curve([
      [0, 3500],
      [4, 7000],
      [10, 9500],
      [16, 10_000],
    ]),
  },
  {
    code: 'qc',
    name: 'Quality inspector',
    kind: 'direct' as const,
    defaultShift: 'day',
    learningCurve: curve([
      [0, 5000],
      [4, 8500],
      [8, 10_000],
    ]),
  },
  {
    code: 'material_handler',
    name: 'Material handler',
    kind: 'direct' as const,
    defaultShift: 'day',
    learningCurve: curve([
      [0, 6000],
      [2, 9000],
      [4, 10_000],
    ]),
  },
  {
    code: 'supervisor',
    name: 'Supervisor',
    kind: 'indirect' as const,
    defaultShift: 'day',
    learningCurve: curve([[0, 10_000]]),
  },
  {
    code: 'field_technician',
    name: 'Field technician (site-level maintenance)',
    kind: 'service' as const,
    defaultShift: 'day',
    learningCurve: curve([
      [0, 3000],
      [4, 6000],
      [12, 9000],
      [20, 10_000],
    ]),
  },
];

/** The routing every model follows unless it has its own (model `*`). Three hashboards. */
export const DEFAULT_ROUTING = [
  {
    operation: 'smt',
    workCentre: 'SMT',
    stationMinutes: 18,
    role: 'assembler',
    labourMinutes: 150,
  },
  {
    operation: 'board_test',
    workCentre: 'HBT',
    stationMinutes: 30,
    role: 'test_technician',
    labourMinutes: 60,
  },
  {
    operation: 'final_assembly',
    workCentre: 'FA',
    stationMinutes: 45,
    role: 'assembler',
    labourMinutes: 120,
  },
  {
    operation: 'burn_in',
    workCentre: 'BI',
    stationMinutes: 360,
    role: 'test_technician',
    labourMinutes: 15,
  },
  {
    operation: 'qc_inspection',
    workCentre: 'PACK',
    stationMinutes: 0,
    role: 'qc',
    labourMinutes: 20,
  },
  {
    operation: 'pack',
    workCentre: 'PACK',
    stationMinutes: 12,
    role: 'material_handler',
    labourMinutes: 15,
  },
];

export const SEED_REASONS = [
  { code: 'chips_missing', kind: 'rework' as const, name: 'Chips not detected on a board' },
  { code: 'low_rate_board', kind: 'rework' as const, name: 'Board below rate at test' },
  { code: 'solder_defect', kind: 'rework' as const, name: 'Solder defect (AOI or X-ray)' },
  { code: 'fan_fault', kind: 'rework' as const, name: 'Fan fault' },
  { code: 'psu_fault', kind: 'rework' as const, name: 'PSU fault' },
  { code: 'overheat', kind: 'rework' as const, name: 'Over temperature in burn-in' },
  { code: 'board_damaged', kind: 'scrap' as const, name: 'Board damaged beyond repair' },
  { code: 'handling_damage', kind: 'scrap' as const, name: 'Damaged in handling' },
  { code: 'failed_rework', kind: 'scrap' as const, name: 'Failed after rework' },
];

/** Headcount wanted by the end of the ramp (about 250), and the share of it month by month. */
export const FULL_HEADCOUNT: Record<string, number> = {
  assembler: 84,
  test_technician: 32,
  qc: 14,
  material_handler: 16,
  supervisor: 12,
  field_technician: 92,
};
export const RAMP_SHARE_BY_MONTH: [string, number][] = [
  ['2026-01', 0.08],
  ['2026-02', 0.14],
  ['2026-03', 0.2],
  ['2026-04', 0.28],
  ['2026-05', 0.36],
  ['2026-06', 0.45],
  ['2026-07', 0.54],
  ['2026-08', 0.63],
  ['2026-09', 0.72],
  ['2026-10', 0.82],
  ['2026-11', 0.92],
  ['2026-12', 1],
];

export const SEED_RAMP_PHASES = [
  {
    code: 'P1-PILOT',
    name: 'Phase 1 pilot',
    startsOn: '2026-01-05',
    endsOn: '2026-03-29',
    targetPerWeek: 20,
    note: 'First output',
  },
  {
    code: 'P1-RAMP',
    name: 'Phase 1 ramp',
    startsOn: '2026-03-30',
    endsOn: '2026-06-28',
    targetPerWeek: 100,
    note: null,
  },
  {
    code: 'P1-SCALE',
    name: 'Phase 1 scale-up',
    startsOn: '2026-06-29',
    endsOn: '2026-09-27',
    targetPerWeek: 250,
    note: null,
  },
  {
    code: 'P1-RATE',
    name: 'Phase 1 rate',
    startsOn: '2026-09-28',
    endsOn: '2026-12-27',
    targetPerWeek: 450,
    note: null,
  },
  {
    code: 'FULL',
    name: 'Full capacity',
    startsOn: '2026-12-28',
    endsOn: '2027-12-26',
    targetPerWeek: 540,
    note: 'About 250 staff',
  },
];

/**
 * The demo plant's lines are WIP locations: line 1 is `WIP`; a second line opens with the
 * scale-up phase, its new crew failing a few more units first time until it learns.
 */
export const SEED_SECOND_LINE = {
  code: 'WIP-L2',
  name: 'Line 2 work in progress',
  opensOn: '2026-06-29',
  /** Extra first-time burn-in failures when it opens, fading out over `learningWeeks`. */
  extraFailRate: 0.04,
  learningWeeks: 12,
};
