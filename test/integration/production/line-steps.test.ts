import { expect, it } from 'vitest';
import { describeEachDialect } from '../../kit/world.js';
import { get, post } from '../supply/supply-kit.js';
import { healthy, line } from './production-kit.js';

describeEachDialect('production: operations, rework and scrap on the line', (world) => {
  it('tests boards, reworks a failed unit by swapping a board, then finishes it', async () => {
    const w = world();
    const { lead, wo, boards } = await line(w, { untested: true });
    const scan = async (s: string) => (await get(w, lead, `/api/v1/production/scan/${s}`)).json();
    const step = (serial: string, body: object) =>
      post(w, lead, `/api/v1/production/units/${serial}/operations`, body);

    expect((await scan(boards[0]!)).next).toMatchObject({
      step: 'operation',
      operation: 'board_test',
    });
    for (const b of boards.slice(0, 4)) {
      const r = await step(b, { operation: 'board_test', station: 'HBT-2' });
      expect(r.statusCode, r.body).toBe(201);
    }
    expect((await scan(boards[0]!)).next.step).toBe('install_in_unit');
    // Board 5 fails its test: it cannot go into a unit until reworked.
    await step(boards[4]!, { operation: 'board_test', outcome: 'failed', note: 'chain 2 open' });
    expect((await scan(boards[4]!)).next.step).toBe('rework');
    const blocked = await post(w, lead, `/api/v1/production/work-orders/${wo}/units`, {
      hashboards: [boards[0], boards[1], boards[4]],
      serials: ['PSU-A'],
    });
    expect(blocked.json().code).toBe('PRODUCTION_HASHBOARD_USED');
    const wrongKind = await post(w, lead, `/api/v1/production/units/${boards[4]}/rework`, {
      reason: 'board_damaged',
    });
    expect(wrongKind.statusCode).toBe(400);
    expect(wrongKind.json().code).toBe('PRODUCTION_REASON_UNKNOWN');
    const fixed = await post(w, lead, `/api/v1/production/units/${boards[4]}/rework`, {
      reason: 'solder_defect',
      note: 'reflowed U12',
    });
    expect(fixed.json()).toMatchObject({ status: 'built' });
    // Reworked but not tested again: not ready for a unit.
    const untested = await post(w, lead, `/api/v1/production/work-orders/${wo}/units`, {
      hashboards: [boards[0], boards[1], boards[4]],
      serials: ['PSU-A'],
    });
    expect(untested.statusCode).toBe(409);
    expect(untested.json()).toMatchObject({
      code: 'PRODUCTION_BOARD_NOT_READY',
      detail: `${boards[4]} has not been through board test.`,
    });

    const unit = await post(w, lead, `/api/v1/production/work-orders/${wo}/units`, {
      hashboards: boards.slice(0, 3),
      serials: ['PSU-A'],
      station: 'FA-1',
    });
    const serial = unit.json().serial as string;
    const bad = healthy(boards.slice(0, 3));
    bad.boards[1]!.chipsFound = 8;
    expect(
      (await post(w, lead, `/api/v1/production/units/${serial}/burn-in`, bad)).json().result,
    ).toBe('fail');
    expect(
      (await step(serial, { operation: 'qc_inspection' })).json().code,
      'finishing waits for a pass',
    ).toBe('PRODUCTION_OPERATION_OUT_OF_ORDER');

    const untestedSwap = await post(w, lead, `/api/v1/production/units/${serial}/rework`, {
      reason: 'chips_missing',
      replace: [{ remove: boards[1], install: boards[5] }],
    });
    expect(untestedSwap.json().code).toBe('PRODUCTION_BOARD_NOT_READY');
    expect((await scan(boards[1]!)).installedIn, 'nothing changed').toBe(serial);
    const swapped = await post(w, lead, `/api/v1/production/units/${serial}/rework`, {
      reason: 'chips_missing',
      replace: [{ remove: boards[1], install: boards[3] }],
    });
    expect(swapped.statusCode, swapped.body).toBe(200);
    expect(swapped.json()).toMatchObject({ status: 'built', valueCents: unit.json().valueCents });
    expect((await scan(boards[1]!)).status).toBe('failed');
    expect((await scan(boards[3]!)).installedIn).toBe(serial);
    const again = await post(w, lead, `/api/v1/production/units/${serial}/rework`, {
      reason: 'chips_missing',
      replace: [{ remove: boards[1], install: boards[5] }],
    });
    expect(again.json().errors).toEqual([
      { path: 'replace.0.remove', message: 'not installed in this unit' },
    ]);

    const inside = [boards[0]!, boards[3]!, boards[2]!];
    const pass = await post(w, lead, `/api/v1/production/units/${serial}/burn-in`, healthy(inside));
    expect(pass.json()).toMatchObject({ attempt: 2, result: 'pass' });
    expect((await scan(serial)).next).toMatchObject({ operation: 'qc_inspection' });
    await step(serial, { operation: 'qc_inspection', station: 'QC-1' });
    expect((await step(serial, { operation: 'smt' })).statusCode).toBe(400);
    await step(serial, { operation: 'pack', station: 'PACK-1' });
    expect((await scan(serial)).next.step).toBe('finished_goods');

    const page = (await get(w, lead, `/api/v1/production/units/${serial}`)).json();
    const installed = page.components
      .filter((c: { partNumber: string }) => c.partNumber === 'T-BOARD')
      .map((c: { serial: string }) => c.serial);
    expect(installed.sort()).toEqual([...inside].sort());
    expect(
      page.operations.map((o: { operation: string; outcome: string }) => [o.operation, o.outcome]),
    ).toEqual([
      ['final_assembly', 'done'],
      ['burn_in', 'failed'],
      ['rework', 'reworked'],
      ['burn_in', 'done'],
      ['qc_inspection', 'done'],
      ['pack', 'done'],
    ]);
    expect(page.operations[2]).toMatchObject({
      reasonCode: 'chips_missing',
      note: `${boards[1]} → ${boards[3]}`,
      operator: lead.user.id,
      operatorName: lead.user.name,
    });

    // The removed board is scrapped; a passed unit is not scrapped on the line.
    const scrap = await post(w, lead, `/api/v1/production/units/${boards[1]}/scrap`, {
      reason: 'board_damaged',
    });
    expect(scrap.json()).toMatchObject({ status: 'scrapped' });
    expect(
      (
        await post(w, lead, `/api/v1/production/units/${boards[1]}/scrap`, {
          reason: 'board_damaged',
        })
      ).statusCode,
    ).toBe(409);
    const passedScrap = await post(w, lead, `/api/v1/production/units/${serial}/scrap`, {
      reason: 'handling_damage',
    });
    expect(passedScrap.json().detail).toMatch(/finished goods/);

    const order = (await get(w, lead, `/api/v1/production/work-orders/${wo}`)).json();
    expect(
      order.operations.filter((o: { operation: string }) => o.operation === 'smt'),
    ).toHaveLength(6);
    expect(order.operations[0]).toMatchObject({ operation: 'scrap', serial: boards[1] });

    const viewer = await w.caller(['sales']);
    expect(
      (
        await post(w, viewer, `/api/v1/production/units/${serial}/operations`, {
          operation: 'pack',
        })
      ).statusCode,
    ).toBe(403);
  });
});
