import { expect, it } from 'vitest';
import { systemActor } from '../../../src/platform/authz.js';
import { AppError } from '../../../src/platform/errors.js';
import { describeEachDialect } from '../../kit/world.js';
import { get, post } from '../supply/supply-kit.js';
import { healthy, line, testBoards } from './production-kit.js';

describeEachDialect('production: work orders, units, genealogy and burn-in', (world) => {
  it('builds a unit from release to passed burn-in, with its genealogy and stock', async () => {
    const w = world();
    const { lead, wo, boards } = await line(w, { untested: true });
    expect(boards[0]).toBe('HBTESTMINER-2648-000001');
    await testBoards(w, lead, boards.slice(0, 3));
    const unit = await post(w, lead, `/api/v1/production/work-orders/${wo}/units`, {
      hashboards: boards.slice(0, 3),
      serials: ['PSU-A'],
      station: 'FA-1',
    });
    expect(unit.statusCode, unit.body).toBe(201);
    const serial = unit.json().serial;
    expect(serial).toBe('RLTESTMINER-2648-00001');
    // 30 chips at $3, a $90 PSU and two $8 fans.
    expect(unit.json().valueCents).toBe(30 * 300 + 9000 + 2 * 800);

    const scan = async (s: string) => (await get(w, lead, `/api/v1/production/scan/${s}`)).json();
    expect((await scan(serial)).next.step).toBe('burn_in');
    expect(await scan(boards[0]!)).toMatchObject({
      kind: 'hashboard',
      installedIn: serial,
      next: { step: 'none' },
    });
    expect((await scan(boards[3]!)).next).toMatchObject({
      step: 'operation',
      operation: 'board_test',
    });
    const failed = await post(w, lead, `/api/v1/production/units/${serial}/burn-in`, {
      ...healthy(boards.slice(0, 3)),
      hashrateGhs: 90_000,
    });
    expect(failed.json()).toMatchObject({ attempt: 1, result: 'fail', hashrateBp: 9000 });
    expect((await scan(serial)).next.step).toBe('retest');
    const passed = await post(
      w,
      lead,
      `/api/v1/production/units/${serial}/burn-in`,
      healthy(boards.slice(0, 3)),
    );
    expect(passed.json()).toMatchObject({
      attempt: 2,
      result: 'pass',
      hashrateBp: 10_050,
      efficiencyJthX100: 1990,
    });
    expect(
      (
        await post(
          w,
          lead,
          `/api/v1/production/units/${serial}/burn-in`,
          healthy(boards.slice(0, 3)),
        )
      ).json().code,
    ).toBe('PRODUCTION_BURN_IN_DONE');

    const page = (await get(w, lead, `/api/v1/production/units/${serial}`)).json();
    expect(page).toMatchObject({ status: 'passed', workOrder: wo, partNumber: 'T-UNIT' });
    expect(
      page.components.map((c: { partNumber: string; serial: string | null; quantity: number }) => [
        c.partNumber,
        c.serial,
        c.quantity,
      ]),
    ).toEqual([
      ['T-BOARD', boards[0], 1],
      ['T-BOARD', boards[1], 1],
      ['T-BOARD', boards[2], 1],
      ['T-PSU', 'PSU-A', 1],
      ['T-FAN', null, 2],
    ]);
    expect(page.components[0].components).toEqual([
      expect.objectContaining({ partNumber: 'T-CHIP', lotCode: 'CL-1', quantity: 10 }),
    ]);
    expect(page.burnIn.map((b: { result: string }) => b.result)).toEqual(['fail', 'pass']);

    // The passed unit is in finished goods; the line's stock went into it.
    const inStock = (await get(w, lead, `/api/v1/inventory/serials/${serial}`)).json();
    expect(inStock).toMatchObject({
      status: 'in_stock',
      locationCode: 'FG',
      unitCostCents: unit.json().valueCents,
    });
    expect((await get(w, lead, '/api/v1/inventory/serials/PSU-A')).json().status).toBe('issued');
    const wip = (await get(w, lead, '/api/v1/inventory/balances?location=WIP')).json().items;
    expect(
      wip.map((b: { partNumber: string; onHand: number }) => [b.partNumber, b.onHand]).sort(),
    ).toEqual([
      ['T-CHIP', 10],
      ['T-FAN', 8],
    ]);

    // Recall: the chip lot and the PSU lead to the unit; yield counts the first attempt.
    expect((await get(w, lead, '/api/v1/production/trace?lot=CL-1')).json()).toMatchObject({
      count: 1,
      units: [{ serial }],
    });
    expect((await get(w, lead, '/api/v1/production/trace?serial=PSU-A')).json().units).toEqual([
      expect.objectContaining({ serial }),
    ]);
    expect(
      (await get(w, lead, '/api/v1/production/yield?from=2026-11-01&to=2026-11-30')).json().items,
    ).toEqual([
      { model: 'Test Miner', line: 'WIP', week: '2026-W48', tested: 1, passed: 0, yieldBp: 0 },
    ]);
  });

  it('puts a hashboard in one unit only, even when two assemblies race for it', async () => {
    const w = world();
    const { wo, boards } = await line(w);
    const units = w.system.modules.production.units;
    const actor = systemActor('test');
    const settled = await Promise.allSettled(
      ['PSU-B', 'PSU-C'].map((psu) =>
        units.assembleUnit(actor, wo, { hashboards: boards.slice(0, 3), serials: [psu] }),
      ),
    );
    expect(settled.filter((s) => s.status === 'fulfilled')).toHaveLength(1);
    const refused = settled.find(
      (s): s is PromiseRejectedResult => s.status === 'rejected',
    )!.reason;
    expect(refused).toBeInstanceOf(AppError);
    expect(['PRODUCTION_HASHBOARD_USED', 'PRODUCTION_SERIAL_TAKEN']).toContain(
      (refused as AppError).code,
    );
    // The loser consumed nothing: its PSU is still in stock.
    const psus = await w.system.modules.supply.inventory.serials(actor, {
      part: 'T-PSU',
      status: 'in_stock',
      limit: 10,
    });
    expect(psus).toHaveLength(2);
    // Two more boards than a unit needs, a PSU twice, or someone else's part: refused.
    const lead = await w.caller(['production']);
    for (const [payload, code] of [
      [{ hashboards: boards.slice(3, 5), serials: ['PSU-B'] }, 'PRODUCTION_HASHBOARD_COUNT'],
      [{ hashboards: boards.slice(3, 6), serials: [] }, 'PRODUCTION_SERIALS_REQUIRED'],
      [
        { hashboards: boards.slice(3, 6), serials: ['T-NOPE'] },
        'PRODUCTION_PART_SERIAL_UNAVAILABLE',
      ],
    ] as const)
      expect(
        (await post(w, lead, `/api/v1/production/work-orders/${wo}/units`, payload)).json().code,
      ).toBe(code);
    const sales = await w.caller(['sales']);
    expect(
      (
        await post(w, sales, `/api/v1/production/work-orders/${wo}/units`, {
          hashboards: boards.slice(3, 6),
          serials: ['PSU-B'],
        })
      ).statusCode,
    ).toBe(403);
  });

  it('lets QC set a model’s thresholds and the line its serial patterns, checked', async () => {
    const w = world();
    const { lead, wo, boards } = await line(w);
    const put = (url: string, payload: object) =>
      w.app.inject({ method: 'PUT', url, headers: lead.headers, payload });
    const bad = await put('/api/v1/production/serial-patterns', { unit: 'PLANT-{PLANT}-{SEQ:4}' });
    expect(bad.json()).toMatchObject({
      code: 'PRODUCTION_SERIAL_PATTERN',
      errors: [{ path: 'unit', message: 'unknown token {PLANT}' }],
    });
    expect(
      (await put('/api/v1/production/serial-patterns', { unit: 'TX-{MODEL}-{SEQ:4}' })).json(),
    ).toEqual({ unit: 'TX-{MODEL}-{SEQ:4}', hashboard: 'HB{MODEL}-{YY}{WW}-{SEQ:6}' });
    const unit = await post(w, lead, `/api/v1/production/work-orders/${wo}/units`, {
      hashboards: boards.slice(0, 3),
      serials: ['PSU-A'],
    });
    expect(unit.json().serial).toBe('TX-TESTMINER-0001');

    // 100.5% of nominal passes the default 97%, not a stricter 101%.
    const strict = {
      minHashrateBp: 10_100,
      maxChipTempC: 85,
      maxEfficiencyBp: 10_500,
      minDurationMin: 120,
      minChipsBp: 10_000,
      minFanRpm: 2_000,
    };
    expect(
      (await put('/api/v1/production/qc-thresholds/Test%20Miner', strict)).json(),
    ).toMatchObject({ model: 'Test Miner', isDefault: false });
    const verdict = await post(
      w,
      lead,
      `/api/v1/production/units/${unit.json().serial}/burn-in`,
      healthy(boards.slice(0, 3)),
    );
    expect(verdict.json()).toMatchObject({
      result: 'fail',
      reasons: ['hashrate 100.5% of nominal, needs 101.0%'],
    });
    const listed = (await get(w, lead, '/api/v1/production/qc-thresholds')).json().items;
    expect(listed.find((t: { model: string }) => t.model === 'Test Miner')).toMatchObject({
      minHashrateBp: 10_100,
      isDefault: false,
    });
    const sales = await w.caller(['sales']);
    expect(
      (
        await w.app.inject({
          method: 'PUT',
          url: '/api/v1/production/qc-thresholds/Test%20Miner',
          headers: sales.headers,
          payload: strict,
        })
      ).statusCode,
    ).toBe(403);
  });
});
