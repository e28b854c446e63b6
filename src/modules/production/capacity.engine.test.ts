import { describe, expect, it } from 'vitest';
import {
  capacityReport,
  plannedHires,
  productivityAt,
  type CapacityInput,
} from './capacity.engine.js';

const curve = [
  { week: 0, bp: 5000 },
  { week: 2, bp: 5000 },
  { week: 3, bp: 10_000 },
];

// Two weeks: Christmas (Friday 25 December) is a holiday; one assembler is seasoned, one starts
// on the Monday of the first week, and the plan asks for a third from January.
const input: CapacityInput = {
  weeks: ['2026-12-21', '2026-12-28'],
  today: '2026-12-21',
  shifts: [
    { code: 'day', hours: 8, days: [1, 2, 3, 4, 5] },
    { code: 'continuous', hours: 24, days: [1, 2, 3, 4, 5, 6, 7] },
  ],
  holidays: ['2026-12-25'],
  workCentres: [
    { code: 'FA', name: 'Final assembly', stations: 2, shifts: ['day'], efficiencyBp: 9000 },
    {
      code: 'BI',
      name: 'Burn-in racks',
      stations: 10,
      shifts: ['continuous'],
      efficiencyBp: 10_000,
    },
  ],
  roles: [
    {
      code: 'assembler',
      name: 'Assembler',
      kind: 'direct',
      defaultShift: 'day',
      learningCurve: curve,
    },
  ],
  staff: [
    { role: 'assembler', shift: 'day', hiredOn: '2026-11-02', leftOn: null },
    { role: 'assembler', shift: null, hiredOn: '2026-12-21', leftOn: null },
  ],
  headcountPlan: [
    { month: '2026-12', role: 'assembler', headcount: 2 },
    { month: '2027-01', role: 'assembler', headcount: 3 },
  ],
  routings: [
    { model: 'S21', workCentre: 'FA', stationMinutes: 60, role: 'assembler', labourMinutes: 60 },
    { model: 'S21', workCentre: 'BI', stationMinutes: 300, role: null, labourMinutes: 0 },
  ],
  plan: { S21: [40, 70] },
};

describe('productivity on the learning curve', () => {
  const c = [
    { week: 0, bp: 4000 },
    { week: 4, bp: 8000 },
    { week: 8, bp: 10_000 },
  ];
  it('interpolates between points and holds at the ends', () => {
    expect(productivityAt(c, 2)).toBe(6000);
    expect(productivityAt(c, 6)).toBe(9000);
    expect(productivityAt(c, 30)).toBe(10_000);
    expect(productivityAt(c, -1)).toBe(4000);
    expect(productivityAt([], 3)).toBe(10_000);
  });
});

describe('planned hires', () => {
  it('fills the gap to each month’s target from its first day', () => {
    expect(plannedHires(input)).toEqual([
      { role: 'assembler', shift: 'day', hiredOn: '2027-01-01', leftOn: null },
    ]);
  });
  it('hires for the current month from today, and not again once hired', () => {
    const hires = plannedHires({
      ...input,
      headcountPlan: [{ month: '2026-12', role: 'assembler', headcount: 4 }],
    });
    expect(hires.map((h) => h.hiredOn)).toEqual(['2026-12-21', '2026-12-21']);
  });
});

describe('capacity against the plan', () => {
  const report = capacityReport(input);
  const fa = report.workCentres.find((c) => c.code === 'FA')!;
  const bi = report.workCentres.find((c) => c.code === 'BI')!;
  const assembler = report.roles[0]!;

  it('gives equipment hours from stations, shift days without holidays, and efficiency', () => {
    expect(fa.capacityHours).toEqual([57.6, 72]); // 2 × 8 h × 4 or 5 days × 90 %
    expect(bi.capacityHours).toEqual([1440, 1680]); // the plant is shut on a holiday, racks too
  });

  it('gives people hours at their productivity, planned hires included', () => {
    // Week 1: 32 h seasoned + 4 days × 8 h × 50 % new. Week 2: 40 + 20 + the January hire's
    // Friday at 50 %.
    expect(assembler.capacityHours).toEqual([48, 64]);
    expect(assembler.people).toEqual([2, 3]);
    expect(assembler.productivityBp).toEqual([7500, 6667]);
  });

  it('loads each work centre and role from the routing', () => {
    expect(fa.loadHours).toEqual([40, 70]);
    expect(bi.loadHours).toEqual([200, 350]);
    expect(assembler.loadHours).toEqual([40, 70]);
  });

  it('names the binding constraint and the weeks the plan does not fit', () => {
    expect(report.verdicts).toEqual([
      {
        week: '2026-12-21',
        planned: 40,
        capacityUnits: 48,
        feasible: true,
        binding: { kind: 'role', code: 'assembler', name: 'Assembler' },
        overloaded: [],
      },
      {
        week: '2026-12-28',
        planned: 70,
        capacityUnits: 64,
        feasible: false,
        binding: { kind: 'role', code: 'assembler', name: 'Assembler' },
        overloaded: ['assembler'],
      },
    ]);
  });

  it('answers a what-if: two more assemblers make week 2 fit, and equipment binds', () => {
    const more = capacityReport({
      ...input,
      headcountPlan: [
        ...input.headcountPlan,
        { month: '2026-12', role: 'assembler', headcount: 4 },
      ],
    });
    expect(more.verdicts[1]).toMatchObject({
      feasible: true,
      capacityUnits: 72,
      binding: { code: 'FA' },
    });
  });

  it('judges an empty week on the horizon’s mix', () => {
    const r = capacityReport({ ...input, plan: { S21: [0, 70] } });
    expect(r.verdicts[0]).toMatchObject({ planned: 0, capacityUnits: 48, feasible: true });
  });
});
