import type { Actor } from '../../platform/authz.js';
import { requireAnyRole } from '../../platform/authz.js';
import type { AuditLog } from '../../platform/audit/audit.service.js';
import type { Clock } from '../../platform/clock.js';
import {
  inTransaction,
  isUniqueViolation,
  lockedForUpdate,
  tablesOf,
  type AnyDb,
} from '../../platform/db/database.js';
import { conflict, invalid, notFound } from '../../platform/errors.js';
import type { EventBus } from '../../platform/events/events.js';
import { newId } from '../../platform/ids.js';
import type { CatalogService } from '../catalog/index.js';
import { stockWithin, type InventoryService } from '../supply/index.js';
import type { GenealogyTable, ProductionTables, UnitsTable } from './production.tables.js';
import { recordOperation, requireBoardsReady } from './operations.js';
import { expandPattern, formatSerial } from './serial.engine.js';
import { unitStructure } from './unit-structure.js';
import { LINE_ROLES, type WorkOrderService } from './work-order.service.js';

export const DEFAULT_PATTERNS = {
  unit_serial_pattern: 'RL{MODEL}-{YY}{WW}-{SEQ:5}',
  hashboard_serial_pattern: 'HB{MODEL}-{YY}{WW}-{SEQ:6}',
} as const;
type PatternKey = keyof typeof DEFAULT_PATTERNS;

export const unitNotFound = (serial: string) =>
  notFound('PRODUCTION_UNIT_NOT_FOUND', `No unit or hashboard "${serial}".`);

type Deps = {
  db: AnyDb;
  clock: Clock;
  audit: AuditLog;
  events: EventBus;
  catalog: Pick<CatalogService, 'bomWorld' | 'getModel'>;
  inventory: Pick<InventoryService, 'lot'>;
  workOrders: WorkOrderService;
  routingOf: (model: string) => Promise<{ operation: string }[]>;
};

/**
 * The line's work on serial numbers: hashboards built from chip lots, units assembled from
 * hashboards and serialised parts, each consuming stock from the line in the same transaction
 * as its genealogy, then burn-in, whose pass puts the unit into finished goods.
 */
export function createUnitService(deps: Deps) {
  async function nextSerial(trx: AnyDb, key: PatternKey, modelName: string, date: string) {
    const t = tablesOf<ProductionTables>(trx);
    const setting = await t
      .selectFrom('productionSettings')
      .select('value')
      .where('key', '=', key)
      .executeTakeFirst();
    const parts = expandPattern(setting?.value ?? DEFAULT_PATTERNS[key], modelName, date);
    const row = await t
      .insertInto('productionSerialSequences')
      .values({ prefix: parts.prefix, last: 1 })
      .onConflict((oc) =>
        oc
          .column('prefix')
          .doUpdateSet((eb) => ({ last: eb('productionSerialSequences.last', '+', 1) })),
      )
      .returning('last')
      .executeTakeFirstOrThrow();
    return formatSerial(parts, Number(row.last));
  }

  async function openWorkOrder(key: string) {
    const wo = await deps.workOrders.load(deps.db, key);
    if (wo.status === 'completed' || wo.status === 'cancelled')
      throw conflict('PRODUCTION_WORK_ORDER_CLOSED', `${wo.number} is ${wo.status}.`);
    return wo;
  }

  async function insertUnit(
    trx: AnyDb,
    unit: UnitsTable,
    genealogy: Omit<GenealogyTable, 'id' | 'parentUnitId' | 'installedAt' | 'removedAt'>[],
  ) {
    const t = tablesOf<ProductionTables>(trx);
    try {
      await t.insertInto('productionUnits').values(unit).execute();
      if (genealogy.length)
        await t
          .insertInto('productionGenealogy')
          .values(
            genealogy.map((g) => ({
              ...g,
              id: newId(),
              parentUnitId: unit.id,
              installedAt: unit.builtAt,
              removedAt: null,
            })),
          )
          .execute();
    } catch (error) {
      if (isUniqueViolation(error))
        throw conflict(
          'PRODUCTION_SERIAL_TAKEN',
          `Serial ${unit.serial} (or a part scanned into it) is already in use.`,
        );
      throw error;
    }
  }

  /** The shop-floor record of a build: who, where, from when to now. */
  const recordBuild = (trx: AnyDb, unit: UnitsTable, operation: string, startedAt?: number) =>
    recordOperation(trx, {
      workOrderId: unit.workOrderId,
      unitId: unit.id,
      operation,
      station: unit.station,
      operator: unit.builtBy,
      startedAt: startedAt ?? unit.builtAt,
      finishedAt: unit.builtAt,
      outcome: 'done',
      reasonCode: null,
      note: null,
    });

  return {
    /** Build a hashboard from a chip lot: consumes its chips, PCB and cooling from the line. */
    async buildHashboard(
      actor: Actor,
      workOrder: string,
      input: {
        chipLot: string;
        serial?: string | undefined;
        station?: string | undefined;
        startedAt?: number | undefined;
      },
    ) {
      requireAnyRole(actor, LINE_ROLES);
      const wo = await openWorkOrder(workOrder);
      const { board, boardLines } = await unitStructure(
        deps.catalog,
        actor,
        wo.partId,
        deps.clock.today(),
      );
      if (!board || boardLines.length === 0)
        throw invalid('PRODUCTION_NO_HASHBOARD', `${wo.modelName} has no hashboard BOM in force.`);
      const chip = boardLines.find((l) => l.part.kind === 'asic_chip');
      const chipLot = chip ? await deps.inventory.lot(actor, chip.part.id, input.chipLot) : null;
      const at = deps.clock.now();
      const today = deps.clock.today();
      const reference = `work_order:${wo.number}`;
      return inTransaction(deps.db, async (trx) => {
        const stock = stockWithin(trx, actor, at, today);
        await stock.lockParts(boardLines.map((l) => l.part.id));
        const consumed = [];
        for (const l of boardLines) {
          const r = await stock.consume({
            partId: l.part.id,
            locationId: wo.lineLocationId,
            quantity: l.quantity,
            lotId: l === chip ? chipLot!.id : undefined,
            lotTracked: l.part.tracking === 'lot',
            reference,
            demand: reference,
          });
          consumed.push(...r.lots.map((lot) => ({ partId: l.part.id, ...lot })));
        }
        const codes = await stock.lotCodes(consumed.map((c) => c.lotId).filter(Boolean));
        const unit: UnitsTable = {
          id: newId(),
          serial:
            input.serial?.trim() ||
            (await nextSerial(trx, 'hashboard_serial_pattern', wo.modelName, today)),
          kind: 'hashboard',
          partId: board.part.id,
          modelName: wo.modelName,
          workOrderId: wo.id,
          status: 'built',
          station: input.station ?? null,
          builtBy: actor.id ?? actor.label,
          builtAt: at,
          builtOn: today,
          valueCents: consumed.reduce((s, c) => s + c.valueCents, 0),
        };
        await insertUnit(
          trx,
          unit,
          consumed.map((c) => ({
            componentPartId: c.partId,
            componentUnitId: null,
            componentSerial: null,
            lotId: c.lotId || null,
            lotCode: codes.get(c.lotId) ?? null,
            quantity: c.quantity,
          })),
        );
        await recordBuild(trx, unit, 'smt', input.startedAt);
        await tablesOf<ProductionTables>(trx)
          .updateTable('productionWorkOrders')
          .set({ status: 'in_progress', updatedAt: at })
          .where('id', '=', wo.id)
          .where('status', '=', 'released')
          .execute();
        await deps.audit.record(trx, actor, {
          action: 'production.hashboard.build',
          entityType: 'unit',
          entityId: unit.id,
          after: { serial: unit.serial, workOrder: wo.number, consumed },
        });
        return {
          serial: unit.serial,
          workOrder: wo.number,
          valueCents: unit.valueCents,
          chipLot: chipLot?.lotCode ?? null,
        };
      });
    },

    /**
     * Final assembly: the scanned hashboards and serialised parts, plus the rest of the BOM from
     * the line, become a unit with a new serial. A hashboard or part serial can sit in one unit.
     */
    async assembleUnit(
      actor: Actor,
      workOrder: string,
      input: {
        hashboards: string[];
        serials: string[];
        station?: string | undefined;
        startedAt?: number | undefined;
      },
    ) {
      requireAnyRole(actor, LINE_ROLES);
      const wo = await openWorkOrder(workOrder);
      const { lines, board } = await unitStructure(
        deps.catalog,
        actor,
        wo.partId,
        deps.clock.today(),
      );
      if (board && input.hashboards.length !== board.quantity)
        throw invalid(
          'PRODUCTION_HASHBOARD_COUNT',
          `${wo.modelName} takes ${board.quantity} hashboards; ${input.hashboards.length} scanned.`,
        );
      if (
        new Set([...input.hashboards, ...input.serials]).size !==
        input.hashboards.length + input.serials.length
      )
        throw invalid('PRODUCTION_SERIAL_REPEATED', 'A serial is scanned twice.');
      const serialLines = lines.filter((l) => l !== board && l.part.tracking === 'serial');
      const wanted = serialLines.reduce((s, l) => s + l.quantity, 0);
      if (input.serials.length !== wanted)
        throw invalid(
          'PRODUCTION_SERIALS_REQUIRED',
          `Scan ${wanted} part serial(s): ${serialLines.map((l) => `${l.quantity} × ${l.part.partNumber}`).join(', ')}.`,
        );
      const bulk = lines.filter((l) => l !== board && l.part.tracking !== 'serial');
      const routing = (await deps.routingOf(wo.modelName)).map((r) => r.operation);
      const at = deps.clock.now();
      const today = deps.clock.today();
      const reference = `work_order:${wo.number}`;
      return inTransaction(deps.db, async (trx) => {
        const t = tablesOf<ProductionTables>(trx);
        const stock = stockWithin(trx, actor, at, today);
        await stock.lockParts(lines.filter((l) => l !== board).map((l) => l.part.id));
        const boards = input.hashboards.length
          ? await lockedForUpdate(
              trx,
              t.selectFrom('productionUnits').selectAll().where('serial', 'in', input.hashboards),
            ).execute()
          : [];
        for (const serial of input.hashboards) {
          const b = boards.find((x) => x.serial === serial);
          if (!b || b.kind !== 'hashboard' || b.partId !== board!.part.id)
            throw invalid(
              'PRODUCTION_NOT_A_HASHBOARD',
              `${serial} is not a built ${board!.part.partNumber}.`,
            );
          if (b.status !== 'built')
            throw conflict(
              'PRODUCTION_HASHBOARD_USED',
              `${serial} is ${b.status}: it is not free to install.`,
            );
        }
        await requireBoardsReady(trx, boards, routing);
        const genealogy: Omit<
          GenealogyTable,
          'id' | 'parentUnitId' | 'installedAt' | 'removedAt'
        >[] = boards.map((b) => ({
          componentPartId: b.partId,
          componentUnitId: b.id,
          componentSerial: b.serial,
          lotId: null,
          lotCode: null,
          quantity: 1,
        }));
        let value = boards.reduce((s, b) => s + b.valueCents, 0);
        for (const serial of input.serials) {
          const where = await stock.whereIs(serial);
          const line = serialLines.find((l) => l.part.id === where?.partId);
          if (!where || !line || where.status !== 'in_stock' || !where.locationId)
            throw conflict(
              'PRODUCTION_PART_SERIAL_UNAVAILABLE',
              `${serial} is not a ${serialLines.map((l) => l.part.partNumber).join(' or ')} in stock.`,
            );
          const r = await stock.consume({
            partId: where.partId,
            locationId: where.locationId,
            quantity: 1,
            serials: [serial],
            lotTracked: false,
            reference,
            demand: reference,
          });
          value += r.valueCents;
          genealogy.push({
            componentPartId: where.partId,
            componentUnitId: null,
            componentSerial: serial,
            lotId: null,
            lotCode: null,
            quantity: 1,
          });
        }
        for (const l of bulk) {
          const r = await stock.consume({
            partId: l.part.id,
            locationId: wo.lineLocationId,
            quantity: l.quantity,
            lotTracked: l.part.tracking === 'lot',
            reference,
            demand: reference,
          });
          value += r.valueCents;
          const codes = await stock.lotCodes(r.lots.map((x) => x.lotId).filter(Boolean));
          genealogy.push(
            ...r.lots.map((x) => ({
              componentPartId: l.part.id,
              componentUnitId: null,
              componentSerial: null,
              lotId: x.lotId || null,
              lotCode: codes.get(x.lotId) ?? null,
              quantity: x.quantity,
            })),
          );
        }
        if (boards.length)
          await t
            .updateTable('productionUnits')
            .set({ status: 'installed' })
            .where(
              'id',
              'in',
              boards.map((b) => b.id),
            )
            .execute();
        const unit: UnitsTable = {
          id: newId(),
          serial: await nextSerial(trx, 'unit_serial_pattern', wo.modelName, today),
          kind: 'unit',
          partId: wo.partId,
          modelName: wo.modelName,
          workOrderId: wo.id,
          status: 'built',
          station: input.station ?? null,
          builtBy: actor.id ?? actor.label,
          builtAt: at,
          builtOn: today,
          valueCents: value,
        };
        await insertUnit(trx, unit, genealogy);
        await recordBuild(trx, unit, 'final_assembly', input.startedAt);
        const built = await t
          .selectFrom('productionUnits')
          .select((eb) => eb.fn.countAll<number>().as('n'))
          .where('workOrderId', '=', wo.id)
          .where('kind', '=', 'unit')
          .executeTakeFirstOrThrow();
        await t
          .updateTable('productionWorkOrders')
          .set({
            status: Number(built.n) >= wo.quantity ? 'completed' : 'in_progress',
            updatedAt: at,
          })
          .where('id', '=', wo.id)
          .execute();
        await deps.audit.record(trx, actor, {
          action: 'production.unit.assemble',
          entityType: 'unit',
          entityId: unit.id,
          after: {
            serial: unit.serial,
            workOrder: wo.number,
            hashboards: input.hashboards,
            serials: input.serials,
          },
        });
        await deps.events.emit(trx, {
          type: 'production.unit.built',
          entityType: 'unit',
          entityId: unit.id,
          payload: { serial: unit.serial, model: unit.modelName, workOrder: wo.number },
        });
        return { serial: unit.serial, workOrder: wo.number, valueCents: value };
      });
    },
  };
}

export type UnitService = ReturnType<typeof createUnitService>;
