// Planning at the plant's scale: a full MRP run (52 weeks × 10 models × 5-level BOMs × 300 parts
// × 10,000 open PO lines) and the recall query over 1,000,000 units, on SQLite and PostgreSQL.
import { sql } from 'kysely';
import { systemActor } from '../src/platform/authz.js';
import type { AnyDb, DialectName } from '../src/platform/db/database.js';
import { newId } from '../src/platform/ids.js';
import { weeksFrom } from '../src/modules/production/weeks.js';
import { report, type Metric } from './report.js';
import { percentile, seededRandom, timed, withBenchSystem } from './bench-db.js';

const actor = systemActor('bench');
const LEVELS = [10, 30, 60, 80, 120]; // parts per BOM level: 10 models' units down to 120 bought parts

async function insertAll(db: AnyDb, table: string, rows: Record<string, unknown>[], batch = 2_000) {
  for (let i = 0; i < rows.length; i += batch)
    await db
      .insertInto(table)
      .values(rows.slice(i, i + batch))
      .execute();
}

/** The synthetic plant: parts, BOMs, models, suppliers, open POs, stock and a year's plan. */
async function loadPlanningWorld(db: AnyDb, today: string, openLines: number) {
  const random = seededRandom(7);
  const now = Date.now();
  const ids = LEVELS.map((n, level) =>
    Array.from({ length: n }, () => newId()).map((id) => ({ id, level })),
  );
  const parts = ids.flat().map(({ id, level }, i) => ({
    id,
    partNumber: `MRP-L${level}-${i}`,
    name: `Level ${level} part ${i}`,
    kind: level === 0 ? 'miner_unit' : level === 4 ? 'other' : 'hashboard',
    htsCode: null,
    uom: 'each',
    tracking: level === 4 ? 'none' : 'serial',
    defaultOrigin: 'CN',
    standardCostCents: level === 4 ? 100 + random(5_000) : null,
    note: null,
    createdAt: now,
    updatedAt: now,
  }));
  await insertAll(db, 'catalogParts', parts);
  const revisions = [];
  const lines: Record<string, unknown>[] = [];
  for (let level = 0; level < 4; level += 1)
    for (const { id } of ids[level]!) {
      const revisionId = newId();
      revisions.push({
        id: revisionId,
        partId: id,
        revision: 'A',
        effectiveFrom: '2020-01-01',
        effectiveTo: null,
        labourMinutes: 10,
        note: null,
        createdAt: now,
      });
      const below = ids[level + 1]!;
      const chosen = new Set<number>();
      while (chosen.size < 4 + random(4)) chosen.add(random(below.length));
      [...chosen].forEach((k, position) =>
        lines.push({
          id: newId(),
          revisionId,
          componentId: below[k]!.id,
          quantity: 1 + random(4),
          position,
        }),
      );
    }
  await insertAll(db, 'catalogBomRevisions', revisions);
  await insertAll(db, 'catalogBomLines', lines);
  await insertAll(
    db,
    'catalogModels',
    ids[0]!.map(({ id }, i) => ({
      id: newId(),
      name: `Bench Model ${i}`,
      maker: 'Bench',
      hashrateThs: 200,
      powerW: 3500,
      efficiencyJthX100: 1750,
      cooling: 'air',
      boards: 3,
      chipsPerBoard: 108,
      chip: null,
      fans: 4,
      psu: null,
      weightG: null,
      released: '2026',
      unitPartId: id,
      uncertainFields: '[]',
      note: null,
      createdAt: now,
      updatedAt: now,
    })),
  );
  const suppliers = Array.from({ length: 20 }, (_, i) => ({
    id: newId(),
    code: `BS-${i}`,
    name: `Bench supplier ${i}`,
    country: ['CN', 'TW', 'MY', 'TH', 'US'][i % 5],
    leadTimeDays: 14 + random(60),
    minOrderCents: 0,
    contactEmail: null,
    restrictedList: i === 3 ? 'Entity List' : null,
    restrictedSince: null,
    restrictedNote: null,
    note: null,
    createdAt: now,
    updatedAt: now,
  }));
  await insertAll(db, 'supplySuppliers', suppliers);
  const bought = ids[4]!;
  const breaks = bought.flatMap(({ id }) =>
    [0, 1, 2].map((k) => ({
      id: newId(),
      supplierId: suppliers[(random(20) + k * 7) % 20]!.id,
      partId: id,
      minQuantity: 1,
      unitPriceCents: 100 + random(5_000),
      leadTimeDays: null,
      origin: null,
    })),
  );
  await insertAll(db, 'supplyPriceBreaks', [
    ...new Map(breaks.map((b) => [`${b.supplierId}|${b.partId}`, b])).values(),
  ]);
  const weeks = weeksFrom(today, 52);
  for (let p = 0; p < openLines / 10; p += 1) {
    const poId = newId();
    await db
      .insertInto('supplyPurchaseOrders')
      .values({
        id: poId,
        number: `PO-BENCH-${String(p).padStart(5, '0')}`,
        supplierId: suppliers[p % 20]!.id,
        status: 'sent',
        orderDate: today,
        dueDate: weeks[51],
        incoterm: 'FOB',
        origin: 'CN',
        freightEstimateCents: 0,
        note: null,
        restrictedAcknowledgedBy: null,
        createdBy: 'bench',
        approvedBy: null,
        approvedAt: null,
        sentAt: now,
        closedAt: null,
        createdAt: now,
        updatedAt: now,
      })
      .execute();
    await insertAll(
      db,
      'supplyPoLines',
      Array.from({ length: 10 }, (_, l) => ({
        id: newId(),
        poId,
        lineNo: l + 1,
        partId: bought[random(bought.length)]!.id,
        quantity: 10 + random(500),
        unitPriceCents: 100,
        dueDate: weeks[random(52)],
        receivedQuantity: 0,
      })),
    );
  }
  const raw = (await db
    .selectFrom('supplyLocations')
    .select('id')
    .where('code', '=', 'RAW')
    .executeTakeFirstOrThrow()) as { id: string };
  await insertAll(
    db,
    'supplyBalances',
    bought.map(({ id }) => ({
      partId: id,
      locationId: raw.id,
      lotId: '',
      onHand: random(2_000),
      reserved: 0,
      updatedAt: now,
    })),
  );
  await insertAll(
    db,
    'productionBuildPlan',
    ids[0]!.flatMap(({ id }) =>
      weeks.map((weekStart) => ({
        partId: id,
        weekStart,
        quantity: 50 + random(200),
        updatedBy: 'bench',
        updatedAt: now,
      })),
    ),
  );
}

/** A million units: each of three hashboards from one of many chip lots, and a PSU serial. */
async function loadUnits(db: AnyDb, count: number) {
  const random = seededRandom(11);
  const now = Date.now();
  const woId = newId();
  const unitPart = (
    (await db
      .selectFrom('catalogParts')
      .select('id')
      .where('kind', '=', 'miner_unit')
      .executeTakeFirstOrThrow()) as { id: string }
  ).id;
  await db
    .insertInto('productionWorkOrders')
    .values({
      id: woId,
      number: 'WO-BENCH-00001',
      modelName: 'Bench Model 0',
      partId: unitPart,
      quantity: count,
      weekStart: '2026-01-05',
      status: 'completed',
      lineLocationId: 'bench',
      createdBy: 'bench',
      createdAt: now,
      updatedAt: now,
    })
    .execute();
  const lots = Math.max(10, Math.floor((count * 3) / 300)); // about 300 boards per chip lot
  const batch = 1_000;
  for (let start = 0; start < count; start += batch) {
    const units = [];
    const genealogy = [];
    for (let i = start; i < Math.min(count, start + batch); i += 1) {
      const unitId = newId();
      units.push({
        id: unitId,
        serial: `RLBENCH-${String(i).padStart(8, '0')}`,
        kind: 'unit',
        partId: unitPart,
        modelName: 'Bench Model 0',
        workOrderId: woId,
        status: 'passed',
        station: null,
        builtBy: 'bench',
        builtAt: now,
        builtOn: '2026-06-01',
        valueCents: 0,
      });
      genealogy.push({
        id: newId(),
        parentUnitId: unitId,
        componentPartId: unitPart,
        componentUnitId: null,
        componentSerial: `PSU-BENCH-${i}`,
        lotId: null,
        lotCode: null,
        quantity: 1,
        installedAt: now,
        removedAt: null,
      });
      for (let b = 0; b < 3; b += 1) {
        const boardId = newId();
        const boardSerial = `HBBENCH-${i}-${b}`;
        units.push({
          id: boardId,
          serial: boardSerial,
          kind: 'hashboard',
          partId: unitPart,
          modelName: 'Bench Model 0',
          workOrderId: woId,
          status: 'installed',
          station: null,
          builtBy: 'bench',
          builtAt: now,
          builtOn: '2026-06-01',
          valueCents: 0,
        });
        genealogy.push({
          id: newId(),
          parentUnitId: unitId,
          componentPartId: unitPart,
          componentUnitId: boardId,
          componentSerial: boardSerial,
          lotId: null,
          lotCode: null,
          quantity: 1,
          installedAt: now,
          removedAt: null,
        });
        genealogy.push({
          id: newId(),
          parentUnitId: boardId,
          componentPartId: unitPart,
          componentUnitId: null,
          componentSerial: null,
          lotId: null,
          lotCode: `CHIPLOT-${random(lots)}`,
          quantity: 108,
          installedAt: now,
          removedAt: null,
        });
      }
    }
    await insertAll(db, 'productionUnits', units);
    await insertAll(db, 'productionGenealogy', genealogy);
  }
  return lots;
}

async function measure(dialect: DialectName, quick: boolean) {
  return withBenchSystem(dialect, async (system) => {
    const db = system.platform.db;
    const today = system.platform.clock.today();
    await loadPlanningWorld(db, today, 10_000);
    if (dialect === 'postgres') await sql`analyze`.execute(db);
    const { mrp, unitQueries } = system.modules.production;
    await mrp.run(actor, { weeks: 52 });
    let planned = 0;
    const runs = await timed(quick ? 3 : 5, async () => {
      planned = (await mrp.run(actor, { weeks: 52 })).plannedOrders.length;
    });
    const unitCount = quick ? 100_000 : 1_000_000;
    const loadStart = performance.now();
    const lots = await loadUnits(db, unitCount);
    const loadSeconds = (performance.now() - loadStart) / 1000;
    if (dialect === 'postgres') await sql`analyze`.execute(db);
    const random = seededRandom(3);
    await timed(50, () => unitQueries.trace(actor, { lot: `CHIPLOT-${random(lots)}` }));
    let found = 0;
    const byLot = await timed(quick ? 200 : 500, async () => {
      found = (await unitQueries.trace(actor, { lot: `CHIPLOT-${random(lots)}` })).count;
    });
    const bySerial = await timed(quick ? 200 : 500, () =>
      unitQueries.trace(actor, { serial: `PSU-BENCH-${random(unitCount)}` }),
    );
    return { runs, planned, byLot, bySerial, unitCount, lots, found, loadSeconds };
  });
}

export async function run({ quick }: { quick: boolean }): Promise<boolean> {
  const metrics: Record<string, Metric> = {};
  const params: Record<string, unknown> = {
    weeks: 52,
    models: 10,
    bomLevels: 5,
    parts: LEVELS.reduce((s, n) => s + n, 0),
    openPoLines: 10_000,
    measuredAt: 'service layer, in process',
  };
  for (const dialect of ['sqlite', 'postgres'] as const) {
    console.error(`${dialect}: loading…`);
    const r = await measure(dialect, quick);
    params.units = r.unitCount;
    params.chipLots = r.lots;
    params[`${dialect}_planned_orders`] = r.planned;
    params[`${dialect}_units_per_lot_last`] = r.found;
    params[`${dialect}_unit_load_s`] = Math.round(r.loadSeconds);
    metrics[`${dialect}_mrp_run_p50_ms`] = {
      value: percentile(r.runs, 50),
      unit: 'ms',
      better: 'lower',
    };
    metrics[`${dialect}_mrp_run_max_ms`] = {
      value: Math.max(...r.runs),
      unit: 'ms',
      better: 'lower',
      target: 1000,
    };
    metrics[`${dialect}_recall_by_lot_p50_ms`] = {
      value: percentile(r.byLot, 50),
      unit: 'ms',
      better: 'lower',
    };
    metrics[`${dialect}_recall_by_lot_p99_ms`] = {
      value: percentile(r.byLot, 99),
      unit: 'ms',
      better: 'lower',
      target: 50,
    };
    metrics[`${dialect}_recall_by_serial_p99_ms`] = {
      value: percentile(r.bySerial, 99),
      unit: 'ms',
      better: 'lower',
      target: 50,
    };
  }
  for (const m of Object.values(metrics)) m.value = Math.round(m.value * 100) / 100;
  return report({ name: 'mrp', quick, params, metrics });
}
