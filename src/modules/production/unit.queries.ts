import type { Actor } from '../../platform/authz.js';
import { requireAnyRole, STAFF_ROLES } from '../../platform/authz.js';
import { tablesOf, type AnyDb } from '../../platform/db/database.js';
import { invalid } from '../../platform/errors.js';
import type { InventoryService } from '../supply/index.js';
import type { CatalogService } from '../catalog/index.js';
import type { BoardReading } from './burn-in.engine.js';
import type { OperatorNames } from './operator-names.js';
import { firstPassYield } from './burn-in.engine.js';
import type { ProductionTables } from './production.tables.js';
import { nextStep } from './next-step.engine.js';
import { isoWeek } from './serial.engine.js';
import { unitNotFound } from './unit.service.js';

/** Reading the line's record: a unit's birth certificate, traceability, yield. */
export function createUnitQueries(deps: {
  db: AnyDb;
  catalog: Pick<CatalogService, 'getPart' | 'partsById'>;
  routingOf: (model: string) => Promise<{ operation: string }[]>;
  operatorNames: OperatorNames;
  inventory: Pick<InventoryService, 'listLocations'>;
}) {
  const db = tablesOf<ProductionTables>(deps.db);

  /** A unit's installed components, named. */
  async function componentsOf(actor: Actor, unitId: string) {
    const rows = await db
      .selectFrom('productionGenealogy')
      .selectAll()
      .where('parentUnitId', '=', unitId)
      .where('removedAt', 'is', null)
      .orderBy('installedAt')
      .execute();
    const parts = await deps.catalog.partsById(
      actor,
      rows.map((g) => g.componentPartId),
    );
    return rows.map((g) => ({
      partId: g.componentPartId,
      partNumber: parts.get(g.componentPartId)?.partNumber ?? g.componentPartId,
      serial: g.componentSerial,
      lotCode: g.lotCode,
      quantity: g.quantity,
      builtHere: g.componentUnitId !== null,
    }));
  }

  /** The shop-floor record of a unit or hashboard, oldest first. */
  const operationsOf = (unitId: string) =>
    db
      .selectFrom('productionOperations')
      .select([
        'operation',
        'station',
        'operator',
        'startedAt',
        'finishedAt',
        'outcome',
        'reasonCode',
        'note',
      ])
      .where('unitId', '=', unitId)
      .orderBy('finishedAt')
      .execute();

  return {
    /** Upstream: what is inside a unit (hashboards with their chip lots), and its burn-in runs. */
    async unit(actor: Actor, serial: string) {
      requireAnyRole(actor, STAFF_ROLES);
      const unit = await db
        .selectFrom('productionUnits as u')
        .innerJoin('productionWorkOrders as wo', 'wo.id', 'u.workOrderId')
        .selectAll('u')
        .select('wo.number as workOrder')
        .where('u.serial', '=', serial)
        .executeTakeFirst();
      if (!unit) throw unitNotFound(serial);
      const components = await Promise.all(
        (await componentsOf(actor, unit.id)).map(async (c) => {
          if (!c.builtHere || !c.serial) return { ...c, components: [] };
          const board = await db
            .selectFrom('productionUnits')
            .select('id')
            .where('serial', '=', c.serial)
            .executeTakeFirst();
          return { ...c, components: board ? await componentsOf(actor, board.id) : [] };
        }),
      );
      const burnIn = (
        await db
          .selectFrom('productionBurnIn')
          .selectAll()
          .where('unitId', '=', unit.id)
          .orderBy('attempt')
          .execute()
      ).map(({ boards, reasons, unitId: _u, ...r }) => ({
        ...r,
        boards: JSON.parse(boards) as BoardReading[],
        reasons: JSON.parse(reasons) as string[],
      }));
      const installedIn = await db
        .selectFrom('productionGenealogy as g')
        .innerJoin('productionUnits as p', 'p.id', 'g.parentUnitId')
        .select('p.serial')
        .where('g.componentUnitId', '=', unit.id)
        .where('g.removedAt', 'is', null)
        .executeTakeFirst();
      return {
        ...unit,
        partNumber:
          (await deps.catalog.partsById(actor, [unit.partId])).get(unit.partId)?.partNumber ??
          unit.partId,
        installedIn: installedIn?.serial ?? null,
        components,
        burnIn,
        operations: await deps.operatorNames(await operationsOf(unit.id)),
      };
    },

    /** A scan at any station: what the serial is and its next step on the line. */
    async scan(actor: Actor, serial: string) {
      requireAnyRole(actor, STAFF_ROLES);
      const item = await db
        .selectFrom('productionUnits')
        .select(['id', 'serial', 'kind', 'status', 'modelName'])
        .where('serial', '=', serial)
        .executeTakeFirst();
      if (!item) throw unitNotFound(serial);
      const attempts = await db
        .selectFrom('productionBurnIn')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .where('unitId', '=', item.id)
        .executeTakeFirstOrThrow();
      const parent = await db
        .selectFrom('productionGenealogy as g')
        .innerJoin('productionUnits as p', 'p.id', 'g.parentUnitId')
        .select('p.serial')
        .where('g.componentUnitId', '=', item.id)
        .where('g.removedAt', 'is', null)
        .executeTakeFirst();
      const facts = {
        kind: item.kind,
        status: item.status,
        installedIn: parent?.serial ?? null,
        attempts: Number(attempts.n),
      };
      const routing = (await deps.routingOf(item.modelName)).map((r) => r.operation);
      const done = (await operationsOf(item.id))
        .filter((o) => o.outcome === 'done')
        .map((o) => o.operation);
      return {
        serial: item.serial,
        model: item.modelName,
        ...facts,
        next: nextStep({ ...facts, routing, done }),
      };
    },

    /**
     * Downstream, the recall query: every unit that contains a chip lot (any part's lot of that
     * code, or one part's) or a component serial, directly or through a hashboard.
     */
    async trace(
      actor: Actor,
      query: { lot?: string | undefined; serial?: string | undefined; part?: string | undefined },
    ) {
      requireAnyRole(actor, STAFF_ROLES);
      if (!query.lot && !query.serial)
        throw invalid('PRODUCTION_TRACE_QUERY', 'Give a lot code or a component serial.');
      // Index lookups step by step: what holds the lot or serial, then the units holding those.
      let direct = db
        .selectFrom('productionGenealogy')
        .select('parentUnitId')
        .where('removedAt', 'is', null);
      direct = query.lot
        ? direct.where('lotCode', '=', query.lot)
        : direct.where('componentSerial', '=', query.serial!);
      if (query.part) {
        const part = await deps.catalog.getPart(actor, query.part);
        direct = direct.where('componentPartId', '=', part.id);
      }
      const holders = [...new Set((await direct.execute()).map((r) => r.parentUnitId))];
      const ids = new Set(holders);
      for (let i = 0; i < holders.length; i += 500) {
        const up = await db
          .selectFrom('productionGenealogy')
          .select('parentUnitId')
          .where('componentUnitId', 'in', holders.slice(i, i + 500))
          .where('removedAt', 'is', null)
          .execute();
        for (const r of up) ids.add(r.parentUnitId);
      }
      const all = [...ids];
      const units = [];
      for (let i = 0; i < all.length && units.length < 10_000; i += 500)
        units.push(
          ...(await db
            .selectFrom('productionUnits')
            .select(['serial', 'modelName', 'status', 'builtOn'])
            .where('id', 'in', all.slice(i, i + 500))
            .where('kind', '=', 'unit')
            .execute()),
        );
      units.sort((a, b) => a.serial.localeCompare(b.serial));
      return { query, count: units.length, units };
    },

    /** Finished units passed burn-in and in stock, by model: what can ship today. */
    async finishedGoods(actor: Actor) {
      requireAnyRole(actor, STAFF_ROLES);
      const rows = await db
        .selectFrom('productionUnits')
        .select(['modelName', (eb) => eb.fn.countAll<number>().as('units')])
        .where('kind', '=', 'unit')
        .where('status', '=', 'passed')
        .groupBy('modelName')
        .execute();
      return new Map(rows.map((r) => [r.modelName, Number(r.units)]));
    },

    /**
     * First-pass yield by model, line (the work order's line location) and ISO week of the
     * first burn-in.
     */
    async yieldByWeek(actor: Actor, range: { from: string; to: string }) {
      requireAnyRole(actor, STAFF_ROLES);
      const rows = await db
        .selectFrom('productionBurnIn as b')
        .innerJoin('productionUnits as u', 'u.id', 'b.unitId')
        .innerJoin('productionWorkOrders as wo', 'wo.id', 'u.workOrderId')
        .select(['u.modelName', 'wo.lineLocationId', 'b.testedOn', 'b.result'])
        .where('b.attempt', '=', 1)
        .where('b.testedOn', '>=', range.from)
        .where('b.testedOn', '<=', range.to)
        .execute();
      const lines = new Map((await deps.inventory.listLocations(actor)).map((l) => [l.id, l.code]));
      const groups = new Map<
        string,
        { model: string; line: string; week: string; attempts: { result: 'pass' | 'fail' }[] }
      >();
      for (const r of rows) {
        const { year, week } = isoWeek(r.testedOn);
        const label = `${year}-W${String(week).padStart(2, '0')}`;
        const line = lines.get(r.lineLocationId) ?? r.lineLocationId;
        const key = `${r.modelName}|${line}|${label}`;
        const g = groups.get(key) ?? { model: r.modelName, line, week: label, attempts: [] };
        g.attempts.push({ result: r.result });
        groups.set(key, g);
      }
      return [...groups.values()]
        .map(({ attempts, ...g }) => ({ ...g, ...firstPassYield(attempts) }))
        .sort(
          (a, b) =>
            a.week.localeCompare(b.week) ||
            a.model.localeCompare(b.model) ||
            a.line.localeCompare(b.line),
        );
    },
  };
}

export type UnitQueries = ReturnType<typeof createUnitQueries>;
