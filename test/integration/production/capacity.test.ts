import { expect, it } from 'vitest';
import { describeEachDialect } from '../../kit/world.js';
import { get, post } from '../supply/supply-kit.js';
import { patch, put, testModel } from './production-kit.js';

// The test clock's today is Monday 2026-11-23; Thanksgiving (26th and 27th) is a seeded holiday,
// so that week the day shift works 3 × 7.5 h and the next 5 × 7.5 h.

describeEachDialect('production: plant, workforce, capacity and ramp', (world) => {
  it('says which weeks fit, what binds, and what another hire would change', async () => {
    const w = world();
    const planner = await testModel(w);
    const line = await w.caller(['production']);

    // One final-assembly operation: an hour of bench and an hour of an assembler per unit.
    const routing = await put(w, planner, '/api/v1/plant/routings/*', {
      steps: [
        {
          operation: 'final_assembly',
          workCentre: 'FA',
          stationMinutes: 60,
          role: 'assembler',
          labourMinutes: 60,
        },
      ],
    });
    expect(routing.statusCode, routing.body).toBe(200);
    const fa = await put(w, planner, '/api/v1/plant/work-centres/FA', {
      name: 'Final assembly',
      kind: 'final_assembly',
      stations: 2,
      shifts: ['day'],
      efficiencyBp: 10_000,
    });
    expect(fa.statusCode, fa.body).toBe(200);
    const role = await put(w, planner, '/api/v1/workforce/roles/assembler', {
      name: 'Assembler',
      kind: 'direct',
      defaultShift: 'day',
      learningCurve: [{ week: 0, bp: 10_000 }],
    });
    expect(role.statusCode, role.body).toBe(200);
    const hired = await post(w, line, '/api/v1/workforce/staff', {
      employeeNo: 'E0001',
      name: 'Rosa Garcia',
      role: 'assembler',
      shift: 'day',
      hiredOn: '2026-01-05',
    });
    expect(hired.statusCode, hired.body).toBe(201);
    const plan = await put(w, planner, '/api/v1/plan/build-plan', {
      cells: [
        { model: 'Test Miner', week: '2026-11-23', quantity: 30 },
        { model: 'Test Miner', week: '2026-11-30', quantity: 30 },
      ],
    });
    expect(plan.statusCode, plan.body).toBe(200);

    const report = (await get(w, planner, '/api/v1/plan/capacity?weeks=2')).json();
    const faLine = report.workCentres.find((c: { code: string }) => c.code === 'FA');
    expect(faLine).toMatchObject({ capacityHours: [45, 75], loadHours: [30, 30] });
    const assembler = report.roles.find((r: { code: string }) => r.code === 'assembler');
    expect(assembler).toMatchObject({
      capacityHours: [22.5, 37.5],
      loadHours: [30, 30],
      people: [1, 1],
      productivityBp: [10_000, 10_000],
    });
    expect(report.verdicts).toEqual([
      {
        week: '2026-11-23',
        planned: 30,
        capacityUnits: 22,
        feasible: false,
        binding: { kind: 'role', code: 'assembler', name: 'Assembler' },
        overloaded: ['assembler'],
      },
      {
        week: '2026-11-30',
        planned: 30,
        capacityUnits: 37,
        feasible: true,
        binding: { kind: 'role', code: 'assembler', name: 'Assembler' },
        overloaded: [],
      },
    ]);

    // What if a second assembler starts today? The benches bind, and the week fits. Nothing
    // is saved.
    const whatIf = await post(w, planner, '/api/v1/plan/capacity/what-if', {
      weeks: 2,
      headcount: [{ month: '2026-11', role: 'assembler', headcount: 2 }],
    });
    expect(whatIf.statusCode, whatIf.body).toBe(200);
    expect(whatIf.json().verdicts[0]).toMatchObject({ feasible: true, capacityUnits: 45 });
    expect(whatIf.json().base[0]).toMatchObject({ feasible: false, capacityUnits: 22 });
    expect((await get(w, planner, '/api/v1/workforce/headcount-plan')).json().items).toEqual([]);

    const roster = (await get(w, line, '/api/v1/workforce/roster?week=2026-11-25')).json();
    expect(roster.week).toBe('2026-11-23');
    expect(roster.items).toEqual([
      expect.objectContaining({ employeeNo: 'E0001', tenureWeeks: 46, productivityBp: 10_000 }),
    ]);
  });

  it('shows the ramp: phase targets, plan, units built, headcount against its plan', async () => {
    const w = world();
    const planner = await testModel(w);
    const phases = await put(w, planner, '/api/v1/plan/ramp-phases', {
      phases: [
        {
          code: 'P1',
          name: 'Pilot',
          startsOn: '2026-11-02',
          endsOn: '2026-11-29',
          targetPerWeek: 40,
        },
        {
          code: 'P2',
          name: 'Rate',
          startsOn: '2026-11-30',
          endsOn: '2027-06-27',
          targetPerWeek: 90,
        },
      ],
    });
    expect(phases.statusCode, phases.body).toBe(200);
    await put(w, planner, '/api/v1/plan/build-plan', {
      cells: [{ model: 'Test Miner', week: '2026-11-30', quantity: 80 }],
    });
    await put(w, planner, '/api/v1/workforce/headcount-plan', {
      cells: [
        { month: '2026-11', role: 'assembler', headcount: 3 },
        { month: '2026-12', role: 'assembler', headcount: 5 },
      ],
    });
    await post(w, planner, '/api/v1/workforce/staff', {
      employeeNo: 'E0007',
      name: 'Omar Tran',
      role: 'assembler',
      hiredOn: '2026-11-09',
    });

    const ramp = (await get(w, planner, '/api/v1/plan/ramp?from=2026-11-16&weeks=3')).json();
    expect(ramp.weeks).toEqual([
      { week: '2026-11-16', phase: 'P1', target: 40, planned: 0, built: 0, passed: 0 },
      { week: '2026-11-23', phase: 'P1', target: 40, planned: 0, built: 0, passed: 0 },
      { week: '2026-11-30', phase: 'P2', target: 90, planned: 80, built: null, passed: null },
    ]);
    const november = ramp.headcount.find((m: { month: string }) => m.month === '2026-11');
    expect(november).toMatchObject({ target: 3, actual: 1 });
    const december = ramp.headcount.find((m: { month: string }) => m.month === '2026-12');
    expect(december).toMatchObject({ target: 5, actual: null });
  });

  it('refuses bad settings with the field named, and checks who asks', async () => {
    const w = world();
    const planner = await w.caller(['planner']);
    const line = await w.caller(['production']);
    const customer = await w.caller(['customer'], { customerId: 'cust-permian' });

    const badShift = await put(w, planner, '/api/v1/plant/work-centres/FA', {
      name: 'Final assembly',
      kind: 'final_assembly',
      stations: 2,
      shifts: ['graveyard'],
      efficiencyBp: 9000,
    });
    expect(badShift.statusCode).toBe(400);
    expect(badShift.json().errors).toEqual([{ path: 'shifts.0', message: 'no shift "graveyard"' }]);
    const badRole = await put(w, planner, '/api/v1/plant/routings/*', {
      steps: [
        { operation: 'x', workCentre: 'FA', stationMinutes: 1, role: 'wizard', labourMinutes: 1 },
      ],
    });
    expect(badRole.statusCode).toBe(400);
    expect(badRole.json().errors[0].path).toBe('steps.0.role');
    // The default routing is still the seeded one.
    const routings = (await get(w, planner, '/api/v1/plant/routings')).json().items;
    expect(routings[0].steps.map((s: { operation: string }) => s.operation)).toContain('burn_in');

    const hire = {
      employeeNo: 'E0100',
      name: 'Linh Nguyen',
      role: 'qc',
      hiredOn: '2026-06-01',
    };
    const first = await post(w, line, '/api/v1/workforce/staff', hire);
    expect(first.statusCode, first.body).toBe(201);
    expect((await post(w, line, '/api/v1/workforce/staff', hire)).json().code).toBe(
      'PRODUCTION_EMPLOYEE_NO_TAKEN',
    );
    const early = await patch(w, line, `/api/v1/workforce/staff/E0100`, { leftOn: '2026-05-01' });
    expect(early.statusCode).toBe(400);
    const left = await patch(w, line, `/api/v1/workforce/staff/E0100`, { leftOn: '2026-11-01' });
    expect(left.json()).toMatchObject({ leftOn: '2026-11-01', hiredOn: '2026-06-01' });
    const onStaff = await get(w, line, '/api/v1/workforce/staff?activeOn=2026-11-23');
    expect(onStaff.json().items).toEqual([]);

    expect((await put(w, planner, '/api/v1/plant/work-centres/FA', {})).statusCode).toBe(400);
    const notPlanner = await put(w, line, '/api/v1/plant/holidays/2026-12-31', { name: 'NYE' });
    expect(notPlanner.statusCode).toBe(403);
    expect((await get(w, customer, '/api/v1/plan/capacity')).statusCode).toBe(403);
    expect((await get(w, customer, '/api/v1/workforce/staff')).statusCode).toBe(403);

    const holiday = await put(w, planner, '/api/v1/plant/holidays/2026-12-31', { name: 'NYE' });
    expect(holiday.statusCode).toBe(200);
    const removed = await w.app.inject({
      method: 'DELETE',
      url: '/api/v1/plant/holidays/2026-12-31',
      headers: planner.headers,
    });
    expect(removed.statusCode).toBe(204);
    const again = await w.app.inject({
      method: 'DELETE',
      url: '/api/v1/plant/holidays/2026-12-31',
      headers: planner.headers,
    });
    expect(again.statusCode).toBe(404);
  });
});
