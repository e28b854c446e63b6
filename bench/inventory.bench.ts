// Inventory at scale: 1M stock moves in the ledger, then on-hand and available queries and the
// BOM explosion with cost roll-up of every model, on SQLite and on PostgreSQL in one run.
import { sql } from 'kysely';
import { systemActor } from '../src/platform/authz.js';
import type { DialectName } from '../src/platform/db/database.js';
import { percentile, seededRandom, timed, withBenchSystem } from './bench-db.js';
import { runSeeders } from '../src/platform/demo/seeder.js';
import { newId } from '../src/platform/ids.js';
import { report, type Metric } from './report.js';

const actor = systemActor('bench');

interface Sizes {
  moves: number;
  parts: number;
  locations: number;
  lotsPerPart: number;
}

async function measure(dialect: DialectName, sizes: Sizes, rounds: number) {
  return withBenchSystem(dialect, async (system) => {
    const db = system.platform.db;
    await runSeeders(
      { db, clock: system.platform.clock, seed: 1, log: () => {} },
      system.modules.catalog.parts.seeders,
    );
    const { catalog } = system.modules.catalog;
    const { inventory } = system.modules.supply;

    // Parts: the catalog's, plus synthetic bought parts so the part master has a plant's size.
    // Bulk rows go straight into the tables: the ledger's own write path is measured below.
    const t = db;
    const now = Date.now();
    const synthetic = Array.from({ length: sizes.parts }, (_, i) => ({
      id: newId(),
      partNumber: `BENCH-${String(i).padStart(5, '0')}`,
      name: `Bench part ${i}`,
      kind: 'other',
      htsCode: null,
      uom: 'each',
      tracking: i % 3 === 0 ? 'lot' : 'none',
      defaultOrigin: 'CN',
      standardCostCents: 100 + (i % 900),
      note: null,
      createdAt: now,
      updatedAt: now,
    }));
    for (let i = 0; i < synthetic.length; i += 500)
      await t
        .insertInto('catalogParts')
        .values(synthetic.slice(i, i + 500))
        .execute();
    const extraLocations = Array.from({ length: sizes.locations }, (_, i) => ({
      id: newId(),
      code: `VAN-B${i}`,
      name: `Bench van ${i}`,
      kind: 'field_van',
      note: null,
      createdAt: now,
    }));
    await t.insertInto('supplyLocations').values(extraLocations).execute();
    const locations = (await inventory.listLocations(actor)).map((l) => l.id);
    const lots = new Map<string, string[]>();
    const lotRows = [];
    for (const p of synthetic.filter((p) => p.tracking === 'lot')) {
      const ids = Array.from({ length: sizes.lotsPerPart }, () => newId());
      lots.set(p.id, ids);
      lotRows.push(
        ...ids.map((id, k) => ({
          id,
          partId: p.id,
          lotCode: `L${k}`,
          dateCode: null,
          supplierId: null,
          receivedOn: '2026-01-01',
          unitCostCents: p.standardCostCents,
          createdAt: now,
        })),
      );
    }
    for (let i = 0; i < lotRows.length; i += 500)
      await t
        .insertInto('supplyLots')
        .values(lotRows.slice(i, i + 500))
        .execute();

    // The ledger: receipts into stock, then transfers and issues that never overdraw, with the
    // balances they imply written beside them (what the ledger's own writes maintain).
    const random = seededRandom();
    const balances = new Map<string, number>();
    const key = (p: string, l: string, lot: string) => `${p}|${l}|${lot}`;
    const loadStart = performance.now();
    let batch: Record<string, unknown>[] = [];
    const flush = async () => {
      if (batch.length) await t.insertInto('supplyMoves').values(batch).execute();
      batch = [];
    };
    const batchSize = dialect === 'sqlite' ? 500 : 1_000;
    for (let i = 0; i < sizes.moves; i += 1) {
      const part = synthetic[random(synthetic.length)]!;
      const lot = part.tracking === 'lot' ? lots.get(part.id)![random(sizes.lotsPerPart)]! : '';
      const from = locations[random(locations.length)]!;
      const k = key(part.id, from, lot);
      const have = balances.get(k) ?? 0;
      const kind = have > 0 ? random(3) : 0;
      let row;
      if (kind === 0) {
        const q = 1 + random(200);
        balances.set(k, have + q);
        row = { fromLocationId: null, toLocationId: from, quantity: q, reason: 'receipt' };
      } else {
        const q = 1 + random(have);
        balances.set(k, have - q);
        if (kind === 1) {
          const to = locations[random(locations.length)]!;
          balances.set(key(part.id, to, lot), (balances.get(key(part.id, to, lot)) ?? 0) + q);
          row = { fromLocationId: from, toLocationId: to, quantity: q, reason: 'transfer' };
        } else row = { fromLocationId: from, toLocationId: null, quantity: q, reason: 'issue' };
      }
      batch.push({
        id: newId(),
        at: now + i,
        partId: part.id,
        lotId: lot,
        serial: null,
        ...row,
        valueCents: row.quantity * part.standardCostCents,
        reference: null,
        note: null,
        actorId: 'bench',
      });
      if (batch.length === batchSize) await flush();
    }
    await flush();
    const balanceRows = [...balances.entries()].map(([k, onHand]) => {
      const [partId, locationId, lotId] = k.split('|') as [string, string, string];
      return {
        partId,
        locationId,
        lotId,
        onHand,
        reserved: Math.floor(onHand / 10),
        updatedAt: now,
      };
    });
    for (let i = 0; i < balanceRows.length; i += 500)
      await t
        .insertInto('supplyBalances')
        .values(balanceRows.slice(i, i + 500))
        .execute();
    // Fresh statistics, as autovacuum would gather on a live server.
    if (dialect === 'postgres') await sql`analyze`.execute(db);
    const loadSeconds = (performance.now() - loadStart) / 1000;

    // Queries, warmed first.
    const pick = () => synthetic[random(synthetic.length)]!.partNumber;
    await timed(200, () => inventory.onHand(actor, pick()));
    const onHand = await timed(rounds, () => inventory.onHand(actor, pick()));
    const available = await timed(rounds, (i) =>
      inventory.balances(actor, {
        part: pick(),
        location: i % 2 ? 'RAW' : 'VAN-B1',
        nonZero: true,
      }),
    );

    // Real ledger writes through the service (transfers with conditional balance updates).
    const movable = balanceRows
      .filter((b) => b.onHand - b.reserved > 0 && b.lotId === '')
      .slice(0, 500);
    const numberOf = new Map(synthetic.map((p) => [p.id, p.partNumber]));
    const writeStart = performance.now();
    for (const b of movable)
      await inventory.transfer(actor, {
        part: numberOf.get(b.partId)!,
        from: b.locationId,
        to: b.locationId === locations[0] ? locations[1]! : locations[0]!,
        quantity: 1,
      });
    const writesPerSecond = movable.length / ((performance.now() - writeStart) / 1000);

    // BOM explosion with cost roll-up, every model built here.
    const models = (await catalog.listModels(actor)).filter((m) => m.unitPartId);
    const today = system.platform.clock.today();
    const perModel: number[] = [];
    for (let r = 0; r < 20; r += 1)
      for (const m of models)
        perModel.push(...(await timed(1, () => catalog.explosion(actor, m.name, today))));
    const allModels = await timed(20, async () => {
      for (const m of models) await catalog.explosion(actor, m.name, today);
    });
    const counted = await sql<{ n: number }>`select count(*) as n from supply_moves`.execute(db);
    const moves = Number(counted.rows[0]!.n);
    return {
      onHand,
      available,
      perModel,
      allModels,
      models: models.length,
      loadSeconds,
      writesPerSecond,
      balances: balanceRows.length,
      moves,
    };
  });
}

export async function run({ quick }: { quick: boolean }): Promise<boolean> {
  const sizes: Sizes = {
    moves: quick ? 100_000 : 1_000_000,
    parts: 2_000,
    locations: 40,
    lotsPerPart: 4,
  };
  const rounds = quick ? 500 : 2_000;
  const metrics: Record<string, Metric> = {};
  const params: Record<string, unknown> = {
    ...sizes,
    rounds,
    measuredAt: 'service layer, in process (as a route handler calls it)',
  };
  for (const dialect of ['sqlite', 'postgres'] as const) {
    console.error(`${dialect}: loading ${sizes.moves.toLocaleString()} moves…`);
    const r = await measure(dialect, sizes, rounds);
    params[`${dialect}_moves`] = r.moves;
    params[`${dialect}_balance_rows`] = r.balances;
    params[`${dialect}_load_s`] = Math.round(r.loadSeconds);
    params.models = r.models;
    metrics[`${dialect}_on_hand_p50_ms`] = {
      value: percentile(r.onHand, 50),
      unit: 'ms',
      better: 'lower',
    };
    metrics[`${dialect}_on_hand_p99_ms`] = {
      value: percentile(r.onHand, 99),
      unit: 'ms',
      better: 'lower',
      target: 20,
    };
    metrics[`${dialect}_available_p50_ms`] = {
      value: percentile(r.available, 50),
      unit: 'ms',
      better: 'lower',
    };
    metrics[`${dialect}_available_p99_ms`] = {
      value: percentile(r.available, 99),
      unit: 'ms',
      better: 'lower',
      target: 20,
    };
    metrics[`${dialect}_explosion_per_model_max_ms`] = {
      value: Math.max(...r.perModel),
      unit: 'ms',
      better: 'lower',
      target: 50,
    };
    metrics[`${dialect}_explosion_all_models_p99_ms`] = {
      value: percentile(r.allModels, 99),
      unit: 'ms',
      better: 'lower',
      target: 50,
    };
    metrics[`${dialect}_ledger_transfers_per_s`] = {
      value: Math.round(r.writesPerSecond),
      unit: 'moves/s',
      better: 'higher',
    };
  }
  for (const m of Object.values(metrics)) m.value = Math.round(m.value * 100) / 100;
  return report({ name: 'inventory', quick, params, metrics });
}
