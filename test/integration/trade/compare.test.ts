import { expect, it } from 'vitest';
import { runSeeders } from '../../../src/platform/demo/seeder.js';
import { describeEachDialect, type World } from '../../kit/world.js';

async function seedWorld(w: World) {
  const { db, clock } = w.system.platform;
  const seeders = [
    ...w.system.modules.catalog.parts.seeders,
    ...w.system.modules.trade.parts.seeders,
  ];
  // trade.tariffs is already in the template (reference data); the rest seed now.
  await runSeeders({ db, clock, seed: 1, log: () => {} }, seeders);
}

interface Comparison {
  results: {
    scenario: string | null;
    usBuild: {
      totalCents: number;
      partsCents: number;
      partsDutyCents: number;
      labourCents: number;
      overheadCents: number;
      partsFreightCents: number;
      brokerageCents: number;
    };
    imports: {
      route: { name: string; origin: string; originBasis: string };
      landed: {
        totalCents: number;
        fobCents: number;
        duty: { totalRateBp: number; totalCents: number };
      };
      breakEvenRateBp: number;
      cheaper: string;
      differenceCents: number;
    }[];
  }[];
}

describeEachDialect('trade: build vs import', (world) => {
  it('compares the US build with every import route, under today’s rows and each scenario', async () => {
    const w = world();
    await seedWorld(w);
    const buyer = await w.caller(['buyer']);
    const r = await w.app.inject({
      method: 'GET',
      url: '/api/v1/trade/compare?model=Antminer%20S21&date=2025-09-01',
      headers: buyer.headers,
    });
    expect(r.statusCode).toBe(200);
    const body = r.json() as Comparison;
    expect(body.results.map((x) => x.scenario)).toEqual([
      null,
      'China Section 301 at 50%',
      'Section 122 at 15% from 2026-08-01',
    ]);
    const today = body.results[0]!;
    const us = today.usBuild;
    expect(us.totalCents).toBe(
      us.partsCents +
        us.partsDutyCents +
        us.partsFreightCents +
        us.labourCents +
        us.brokerageCents +
        us.overheadCents,
    );
    // On 2025-09-01 a China-origin miner pays 57.6%, a Malaysian one 21.6% (trade.md).
    const byName = Object.fromEntries(today.imports.map((i) => [i.route.name, i]));
    expect(byName['Import: China factory, ocean']!.landed.duty.totalRateBp).toBe(5760);
    expect(byName['Import: Malaysia assembly, ocean']!.landed.duty.totalRateBp).toBe(2160);
    // The contested route: same factory, declared China-origin by hashboard assembly.
    const contested = byName['Import: Malaysia assembly, China origin (CBP view)']!;
    expect(contested.route).toMatchObject({ origin: 'CN', originBasis: 'hashboard_assembly' });
    expect(contested.landed.totalCents).toBeGreaterThan(
      byName['Import: Malaysia assembly, ocean']!.landed.totalCents,
    );
    for (const i of today.imports) {
      expect(i.differenceCents).toBe(i.landed.totalCents - us.totalCents);
      expect(i.cheaper).toBe(i.differenceCents >= 0 ? 'us_build' : 'import');
      // At the break-even rate the import would cost what the US build costs (to half a bp).
      const atBreakEven =
        i.landed.totalCents -
        i.landed.duty.totalCents +
        (i.landed.fobCents * i.breakEvenRateBp) / 10_000;
      expect(Math.abs(atBreakEven - us.totalCents)).toBeLessThanOrEqual(i.landed.fobCents / 20_000);
    }
  });

  it('a scenario raises duty on imported parts of the US build as well', async () => {
    const w = world();
    await seedWorld(w);
    const trade = await w.caller(['trade']);
    const url =
      '/api/v1/trade/compare?model=Antminer%20S21&date=2026-09-01&scenario=Section%20122%20at%2015%25%20from%202026-08-01';
    const body = (
      await w.app.inject({ method: 'GET', url, headers: trade.headers })
    ).json() as Comparison;
    // The named scenario, beside the tariffs in force.
    expect(body.results.map((r) => r.scenario)).toEqual([
      null,
      'Section 122 at 15% from 2026-08-01',
    ]);
    const base = (
      (
        await w.app.inject({
          method: 'GET',
          url: '/api/v1/trade/compare?model=Antminer%20S21&date=2026-09-01',
          headers: trade.headers,
        })
      ).json() as Comparison
    ).results[0]!;
    expect(body.results[0]).toEqual(base);
    expect(body.results[1]!.usBuild.partsDutyCents).toBeGreaterThan(base.usBuild.partsDutyCents);
    const my = body.results[1]!.imports.find(
      (i) => i.route.name === 'Import: Malaysia assembly, ocean',
    )!;
    expect(my.landed.duty.totalRateBp).toBe(260 + 1500);
  });

  it('a better price on a route changes the answer, and the change is audited', async () => {
    const w = world();
    await seedWorld(w);
    const buyer = await w.caller(['buyer']);
    const routes = (
      await w.app.inject({
        method: 'GET',
        url: '/api/v1/trade/sourcing-routes?model=Antminer%20S21',
        headers: buyer.headers,
      })
    ).json().items as { id: string; name: string; kind: string }[];
    expect(routes.map((r) => r.kind).sort()).toEqual([
      'import',
      'import',
      'import',
      'import',
      'us_build',
    ]);
    const ocean = routes.find((r) => r.name === 'Import: Malaysia assembly, ocean')!;
    const cheap = await w.app.inject({
      method: 'PATCH',
      url: `/api/v1/trade/sourcing-routes/${ocean.id}`,
      headers: buyer.headers,
      payload: { fobCents: 100_000 },
    });
    expect(cheap.json().fobCents).toBe(100_000);
    const after = (
      (
        await w.app.inject({
          method: 'GET',
          url: '/api/v1/trade/compare?model=Antminer%20S21&date=2026-09-01',
          headers: buyer.headers,
        })
      ).json() as Comparison
    ).results[0]!;
    expect(after.imports.find((i) => i.route.name === ocean.name)!.cheaper).toBe('import');
    const bad = await w.app.inject({
      method: 'PATCH',
      url: `/api/v1/trade/sourcing-routes/${ocean.id}`,
      headers: buyer.headers,
      payload: { fobCents: null },
    });
    expect(bad.json().code).toBe('TRADE_ROUTE_INCOMPLETE');
  });

  it('explains what is missing: unknown models, models not built here', async () => {
    const w = world();
    await seedWorld(w);
    const buyer = await w.caller(['buyer']);
    const unknown = await w.app.inject({
      method: 'GET',
      url: '/api/v1/trade/compare?model=Antminer%20S99',
      headers: buyer.headers,
    });
    expect(unknown.json().code).toBe('CATALOG_MODEL_NOT_FOUND');
    const notBuilt = await w.app.inject({
      method: 'GET',
      url: '/api/v1/trade/compare?model=Whatsminer%20M60S',
      headers: buyer.headers,
    });
    expect(notBuilt.json().code).toBe('CATALOG_MODEL_NOT_BUILT');
  });
});
