import { expect, it } from 'vitest';
import { describeEachDialect } from '../../kit/world.js';

const CN_AUG_2025 = {
  hts: '8543.70.9860',
  origin: 'CN',
  customsValueCents: 10_000_000,
  entryDate: '2025-08-15',
};

describeEachDialect('trade: tariff table and duty', (world) => {
  it('answers both worked checks of trade.md from the seeded table', async () => {
    const w = world();
    const buyer = await w.caller(['buyer']);
    const cn = await w.app.inject({
      method: 'POST',
      url: '/api/v1/trade/duty',
      headers: buyer.headers,
      payload: CN_AUG_2025,
    });
    expect(cn.statusCode).toBe(200);
    expect(cn.json()).toMatchObject({ totalRateBp: 5760, totalCents: 5_760_000, scenario: null });
    const my = await w.app.inject({
      method: 'POST',
      url: '/api/v1/trade/duty',
      headers: buyer.headers,
      payload: { ...CN_AUG_2025, origin: 'MY', entryDate: '2025-09-01' },
    });
    expect(my.json().totalRateBp).toBe(2160);
    expect(
      my.json().lines.find((l: { program: string }) => l.program === 'IEEPA reciprocal'),
    ).toMatchObject({ status: 'voided', voidedOn: '2026-02-20' });
  });

  it('applies a scenario by name', async () => {
    const w = world();
    const trade = await w.caller(['trade']);
    const r = await w.app.inject({
      method: 'POST',
      url: '/api/v1/trade/duty',
      headers: trade.headers,
      payload: { ...CN_AUG_2025, entryDate: '2026-12-15', scenario: 'China Section 301 at 50%' },
    });
    expect(r.json()).toMatchObject({ totalRateBp: 5260, scenario: 'China Section 301 at 50%' });
    const unknown = await w.app.inject({
      method: 'POST',
      url: '/api/v1/trade/duty',
      headers: trade.headers,
      payload: { ...CN_AUG_2025, scenario: 'nope' },
    });
    expect(unknown.statusCode).toBe(404);
    expect(unknown.json().code).toBe('TRADE_SCENARIO_NOT_FOUND');
  });

  it('an analyst adds and edits dated rows; the change is audited and changes the answer', async () => {
    const w = world();
    const trade = await w.caller(['trade']);
    const admin = await w.caller(['admin']);
    const entry = { ...CN_AUG_2025, origin: 'VN', entryDate: '2026-09-01' };
    const before = (
      await w.app.inject({
        method: 'POST',
        url: '/api/v1/trade/duty',
        headers: trade.headers,
        payload: entry,
      })
    ).json();
    expect(before.totalRateBp).toBe(260);
    const created = await w.app.inject({
      method: 'POST',
      url: '/api/v1/trade/tariff-rows',
      headers: trade.headers,
      payload: {
        program: 'Section 122',
        htsPrefix: '',
        origin: '*',
        rateBp: 1500,
        effectiveFrom: '2026-08-01',
        legalReference: 'Renewal',
        uncertain: true,
      },
    });
    expect(created.statusCode).toBe(201);
    expect(created.json()).toMatchObject({ status: 'in_force', uncertain: true, scenarioId: null });
    expect(
      (
        await w.app.inject({
          method: 'POST',
          url: '/api/v1/trade/duty',
          headers: trade.headers,
          payload: entry,
        })
      ).json().totalRateBp,
    ).toBe(1760);

    const ended = await w.app.inject({
      method: 'PATCH',
      url: `/api/v1/trade/tariff-rows/${created.json().id}`,
      headers: trade.headers,
      payload: { effectiveTo: '2026-08-15' },
    });
    expect(ended.json().effectiveTo).toBe('2026-08-15');
    expect(
      (
        await w.app.inject({
          method: 'POST',
          url: '/api/v1/trade/duty',
          headers: trade.headers,
          payload: entry,
        })
      ).json().totalRateBp,
    ).toBe(260);

    const audit = await w.app.inject({
      method: 'GET',
      url: `/api/v1/audit?entityId=${created.json().id}`,
      headers: admin.headers,
    });
    expect(
      audit
        .json()
        .items.map((e: { action: string }) => e.action)
        .sort(),
    ).toEqual(['trade.tariff_row.create', 'trade.tariff_row.update']);
  });

  it('lists the table with statuses and filters by origin', async () => {
    const w = world();
    const planner = await w.caller(['planner']);
    const r = await w.app.inject({
      method: 'GET',
      url: '/api/v1/trade/tariff-rows?origin=MY',
      headers: planner.headers,
    });
    const items = r.json().items as { origin: string; status: string; program: string }[];
    expect(items.every((i) => i.origin === 'MY' || i.origin === '*')).toBe(true);
    expect(
      items.filter((i) => i.program.startsWith('IEEPA')).every((i) => i.status === 'voided'),
    ).toBe(true);
    expect(items.some((i) => i.program === 'MFN' && i.status === 'in_force')).toBe(true);
  });

  it('creates a scenario of overlay rows; names are unique', async () => {
    const w = world();
    const trade = await w.caller(['trade']);
    const payload = {
      name: 'Reciprocal back at 19% for MY',
      rows: [
        {
          program: 'IEEPA reciprocal',
          htsPrefix: '',
          origin: 'MY',
          rateBp: 1900,
          effectiveFrom: '2027-01-01',
        },
      ],
    };
    const r = await w.app.inject({
      method: 'POST',
      url: '/api/v1/trade/scenarios',
      headers: trade.headers,
      payload,
    });
    expect(r.statusCode).toBe(201);
    expect(r.json().rows).toHaveLength(1);
    const dup = await w.app.inject({
      method: 'POST',
      url: '/api/v1/trade/scenarios',
      headers: trade.headers,
      payload,
    });
    expect(dup.json().code).toBe('TRADE_SCENARIO_NAME_TAKEN');
    const duty = await w.app.inject({
      method: 'POST',
      url: '/api/v1/trade/duty',
      headers: trade.headers,
      payload: { ...CN_AUG_2025, origin: 'MY', entryDate: '2027-02-01', scenario: payload.name },
    });
    expect(duty.json().totalRateBp).toBe(260 + 1900);
  });

  it('refuses bad rows with the field named, and reversed dates', async () => {
    const w = world();
    const trade = await w.caller(['trade']);
    const post = (payload: object) =>
      w.app.inject({
        method: 'POST',
        url: '/api/v1/trade/tariff-rows',
        headers: trade.headers,
        payload,
      });
    const base = {
      program: 'X',
      htsPrefix: '8543',
      origin: 'CN',
      rateBp: 100,
      effectiveFrom: '2026-01-01',
    };
    expect((await post({ ...base, origin: 'China' })).json().errors[0].path).toBe('body.origin');
    expect((await post({ ...base, effectiveFrom: '2026-13-01' })).json().errors[0].path).toBe(
      'body.effectiveFrom',
    );
    expect((await post({ ...base, rateBp: -5 })).statusCode).toBe(400);
    expect((await post({ ...base, effectiveTo: '2025-01-01' })).json().code).toBe(
      'TRADE_DATES_REVERSED',
    );
  });

  it('only analysts change the table; customers see none of it', async () => {
    const w = world();
    const buyer = await w.caller(['buyer']);
    const customer = await w.caller(['customer'], { customerId: 'cust-lone-star' });
    const row = {
      program: 'X',
      htsPrefix: '',
      origin: '*',
      rateBp: 100,
      effectiveFrom: '2026-01-01',
    };
    expect(
      (
        await w.app.inject({
          method: 'POST',
          url: '/api/v1/trade/tariff-rows',
          headers: buyer.headers,
          payload: row,
        })
      ).statusCode,
    ).toBe(403);
    for (const [method, url] of [
      ['GET', '/api/v1/trade/tariff-rows'],
      ['GET', '/api/v1/trade/scenarios'],
      ['GET', '/api/v1/trade/hts-lines'],
    ] as const) {
      expect((await w.app.inject({ method, url, headers: customer.headers })).statusCode, url).toBe(
        403,
      );
    }
    expect(
      (
        await w.app.inject({
          method: 'POST',
          url: '/api/v1/trade/duty',
          headers: customer.headers,
          payload: CN_AUG_2025,
        })
      ).statusCode,
    ).toBe(403);
  });
});
