// Delivery promising through the service, on each database: the demo's catalog, tariffs, trade
// routes, plant and build plan, and 500 confirmed order lines for 300,000 units of the demo's
// models in the database. One run gathers (open lines, plant supply and free capacity, landed
// costs from the trade engine at each tariff change, learned hold risk), solves and stores.
import { systemActor } from '../src/platform/authz.js';
import { tablesOf, type DialectName } from '../src/platform/db/database.js';
import { runSeeders } from '../src/platform/demo/seeder.js';
import { newId } from '../src/platform/ids.js';
import { mondayOf, addDays } from '../src/modules/production/index.js';
import type { SalesTables } from '../src/modules/sales/sales.tables.js';
import { seededRandom, timed, withBenchSystem } from './bench-db.js';

const MODELS = ['Antminer S21', 'Antminer S21 Pro', 'Antminer S21 XP'];

/** Seconds of one stored promise run over a database of `lines` open lines for `units` units. */
export async function servicePromise(dialect: DialectName, lines: number, units: number) {
  return withBenchSystem(dialect, async (system) => {
    const { db, clock } = system.platform;
    const seeders = system.modules.parts
      .filter((p) => p.name !== 'logistics')
      .flatMap((p) => p.seeders)
      .filter((s) => !['production.history', 'production.pilot', 'sales.demo'].includes(s.name));
    await runSeeders({ db, clock, seed: 1, log: () => {} }, seeders);
    const t = tablesOf<SalesTables>(db);
    const now = clock.now();
    const random = seededRandom(5);
    const customers = Array.from({ length: 20 }, (_, i) => ({
      id: newId(),
      code: `C${i}`,
      name: `Customer ${i}`,
      priority: 1 + (i % 5),
      fleetSize: null,
      note: null,
      createdAt: now,
      updatedAt: now,
    }));
    await t.insertInto('salesCustomers').values(customers).execute();
    const sites = customers.map((c) => ({
      id: newId(),
      customerId: c.id,
      code: 'S1',
      name: 'Site',
      state: 'TX',
      city: 'Rockdale',
      latitude: 30.65,
      longitude: -97.0,
      powerKw: 300_000,
      cooling: 'hydro' as const,
      createdAt: now,
      updatedAt: now,
    }));
    await t.insertInto('salesSites').values(sites).execute();
    const today = clock.today();
    const share = units / lines;
    for (let i = 0; i < lines; i += 1) {
      const c = i % customers.length;
      const orderId = newId();
      await t
        .insertInto('salesOrders')
        .values({
          id: orderId,
          number: `SO-BENCH-${String(i).padStart(5, '0')}`,
          customerId: customers[c]!.id,
          status: 'confirmed',
          customerPo: null,
          note: null,
          createdBy: 'bench',
          createdAt: now,
          updatedAt: now,
          confirmedAt: now,
        })
        .execute();
      await t
        .insertInto('salesOrderLines')
        .values({
          id: newId(),
          orderId,
          lineNo: 1,
          modelName: MODELS[random(MODELS.length)]!,
          quantity: Math.max(1, Math.round(share * (0.2 + random(1_600) / 1_000))),
          unitPriceCents: 350_000,
          requestedWeek: mondayOf(addDays(today, 7 * (2 + random(46)))),
          siteId: sites[c]!.id,
          incoterm: 'DAP',
          shippedQuantity: 0,
          deliveredQuantity: 0,
        })
        .execute();
    }
    const actor = systemActor('bench');
    let last: Awaited<ReturnType<typeof system.modules.sales.promises.run>> | null = null;
    const samples = await timed(3, async () => {
      last = await system.modules.sales.promises.run(actor, { trigger: 'bench' });
    });
    return { samples, run: last!.run, lines: last!.lines.length };
  });
}
