import { sql } from 'kysely';
import { expect, it } from 'vitest';
import { describeEachDialect } from '../../kit/world.js';
import { get } from '../supply/supply-kit.js';

describeEachDialect('production: demo pilot batch', (world) => {
  it('has the ramp so far and ten S21 built today, each with genealogy and burn-in', async () => {
    const w = world();
    await w.system.prepareDemo(() => {});
    const qc = await w.caller(['production']);
    const orders = (await get(w, qc, '/api/v1/production/work-orders')).json().items;
    expect(orders[0]).toMatchObject({
      modelName: 'Antminer S21',
      quantity: 10,
      built: 10,
      passed: 10,
      status: 'completed',
    });
    const yieldRows = (
      await get(w, qc, '/api/v1/production/yield?from=2026-11-23&to=2026-11-29')
    ).json().items;
    expect(yieldRows).toEqual([
      {
        model: 'Antminer S21',
        line: 'WIP',
        week: '2026-W48',
        tested: 10,
        passed: 9,
        yieldBp: 9000,
      },
    ]);
    const unit = (await get(w, qc, '/api/v1/production/units/RLS21-2648-00007')).json();
    expect(unit.burnIn.map((b: { result: string }) => b.result)).toEqual(['fail', 'pass']);
    expect(unit.burnIn[0].reasons).toEqual([
      expect.stringMatching(/^board 1 \(HBS21-2648-\d+\): 104\/108 chips$/),
    ]);
    const chipLot = unit.components[0].components.find(
      (c: { partNumber: string }) => c.partNumber === 'BM1368',
    ).lotCode;
    expect((await get(w, qc, `/api/v1/production/trace?lot=${chipLot}`)).json().count).toBe(10);
    // Finished goods: six S21 from before the line, and every S21 that passed burn-in here.
    const { rows } = await sql<{ n: number | string }>`
      select count(*) as n from production_units
      where model_name = 'Antminer S21' and kind = 'unit' and status = 'passed'`.execute(
      w.system.platform.db,
    );
    const fg = (await get(w, qc, '/api/v1/inventory/on-hand?part=UNIT-S21')).json();
    expect(fg.byLocation).toEqual([
      expect.objectContaining({ locationCode: 'FG', onHand: 6 + Number(rows[0]!.n) }),
    ]);

    // The ramp so far: thousands of units week by week, with failures, reworks and scrap.
    const planner = await w.caller(['planner']);
    const ramp = (await get(w, planner, '/api/v1/plan/ramp')).json();
    const past = ramp.weeks.filter((r: { built: number | null }) => r.built !== null);
    const built = past.reduce((s: number, r: { built: number }) => s + r.built, 0);
    expect(built).toBeGreaterThan(5000);
    // Every past week of a phase built something, below or near its target.
    for (const r of past.filter((x: { target: number }) => x.target > 0)) {
      expect(r.built, r.week).toBeGreaterThan(0);
      expect(r.built, r.week).toBeLessThanOrEqual(r.target);
    }
    const november = ramp.headcount.find((m: { month: string }) => m.month === '2026-11');
    expect(november.actual).toBeGreaterThan(150);
    expect(november.actual).toBeLessThanOrEqual(november.target);

    const rampYield = (
      await get(w, planner, '/api/v1/production/yield?from=2026-01-01&to=2026-11-22')
    ).json().items;
    const tested = rampYield.reduce((s: number, r: { tested: number }) => s + r.tested, 0);
    const passed = rampYield.reduce((s: number, r: { passed: number }) => s + r.passed, 0);
    expect(passed / tested).toBeGreaterThan(0.9);
    expect(passed / tested).toBeLessThan(1);
    // Line 2 opened with the scale-up phase (week 27): yield is split by line from then on.
    const line2 = rampYield.filter((r: { line: string }) => r.line === 'WIP-L2');
    expect(line2.length).toBeGreaterThan(10);
    for (const r of line2) expect(r.week >= '2026-W27', r.week).toBe(true);
    expect(new Set(rampYield.map((r: { line: string }) => r.line))).toEqual(
      new Set(['WIP', 'WIP-L2']),
    );

    const scrap = await sql<{ serial: string }>`
      select u.serial from production_units u
      join production_operations o on o.unit_id = u.id
      where o.operation = 'scrap' limit 1`.execute(w.system.platform.db);
    const scrapped = (
      await get(w, planner, `/api/v1/production/units/${scrap.rows[0]!.serial}`)
    ).json();
    expect(scrapped.status).toBe('scrapped');
    expect(scrapped.operations.at(-1)).toMatchObject({
      outcome: 'scrapped',
      reasonCode: 'failed_rework',
    });
    // The history records line workers by employee number; the log names them.
    const staff = await sql<{ employeeNo: string; name: string }>`
      select employee_no, name from production_staff`.execute(w.system.platform.db);
    const nameOf = new Map(staff.rows.map((s) => [s.employeeNo, s.name]));
    for (const op of scrapped.operations as { operator: string; operatorName: string }[])
      if (nameOf.has(op.operator)) expect(op.operatorName).toBe(nameOf.get(op.operator));
    expect(
      scrapped.operations.filter((o: { operator: string }) => nameOf.has(o.operator)).length,
    ).toBeGreaterThan(0);
    const lot = scrapped.components[0].components.find(
      (c: { lotCode: string | null }) => c.lotCode,
    ).lotCode;
    expect(
      (await get(w, planner, `/api/v1/production/trace?lot=${lot}`)).json().count,
    ).toBeGreaterThan(1);
  });
});
