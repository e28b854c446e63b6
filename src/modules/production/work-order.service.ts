import type { Actor } from '../../platform/authz.js';
import { requireAnyRole, STAFF_ROLES } from '../../platform/authz.js';
import type { AuditLog } from '../../platform/audit/audit.service.js';
import type { Clock } from '../../platform/clock.js';
import { inTransaction, tablesOf, type AnyDb } from '../../platform/db/database.js';
import { nextNumber, withNumber } from '../../platform/db/document-number.js';
import { invalid, notFound } from '../../platform/errors.js';
import { newId } from '../../platform/ids.js';
import type { CatalogService } from '../catalog/index.js';
import { locationOrThrow } from '../supply/index.js';
import type { ProductionTables, WorkOrdersTable, WorkOrderStatus } from './production.tables.js';
import type { OperatorNames } from './operator-names.js';
import { mondayOf } from './weeks.js';

export const LINE_ROLES = ['production', 'planner'] as const;

export const workOrderNotFound = (key: string) =>
  notFound('PRODUCTION_WORK_ORDER_NOT_FOUND', `No work order "${key}".`);

/** Work orders: a quantity of one model released to a line for a plan week. */
export function createWorkOrderService(deps: {
  db: AnyDb;
  clock: Clock;
  audit: AuditLog;
  catalog: Pick<CatalogService, 'getModel'>;
  operatorNames: OperatorNames;
}) {
  const db = tablesOf<ProductionTables>(deps.db);

  async function load(on: AnyDb, key: string) {
    const row = await tablesOf<ProductionTables>(on)
      .selectFrom('productionWorkOrders')
      .selectAll()
      .where((eb) => eb.or([eb('id', '=', key), eb('number', '=', key)]))
      .executeTakeFirst();
    if (!row) throw workOrderNotFound(key);
    return row;
  }

  return {
    load,

    async release(
      actor: Actor,
      input: {
        model: string;
        quantity: number;
        week?: string | undefined;
        line?: string | undefined;
      },
    ) {
      requireAnyRole(actor, LINE_ROLES);
      const model = await deps.catalog.getModel(actor, input.model);
      if (!model.unitPartId)
        throw invalid('PRODUCTION_MODEL_NOT_BUILT', `${model.name} is not built here.`);
      const line = await locationOrThrow(deps.db, input.line ?? 'WIP');
      const now = deps.clock.now();
      const weekStart = mondayOf(input.week ?? deps.clock.today());
      return withNumber(() =>
        inTransaction(deps.db, async (trx) => {
          const row: WorkOrdersTable = {
            id: newId(),
            number: await nextNumber(trx, 'production_work_orders', 'WO', weekStart.slice(0, 4)),
            modelName: model.name,
            partId: model.unitPartId!,
            quantity: input.quantity,
            weekStart,
            status: 'released',
            lineLocationId: line.id,
            kittedUnits: 0,
            createdBy: actor.id ?? actor.label,
            createdAt: now,
            updatedAt: now,
          };
          await tablesOf<ProductionTables>(trx)
            .insertInto('productionWorkOrders')
            .values(row)
            .execute();
          await deps.audit.record(trx, actor, {
            action: 'production.work_order.release',
            entityType: 'work_order',
            entityId: row.id,
            after: row,
          });
          return row;
        }),
      );
    },

    async list(actor: Actor, filter: { status?: WorkOrderStatus | undefined }) {
      requireAnyRole(actor, STAFF_ROLES);
      let q = db
        .selectFrom('productionWorkOrders as wo')
        .selectAll('wo')
        .select((eb) => [
          eb
            .selectFrom('productionUnits as u')
            .whereRef('u.workOrderId', '=', 'wo.id')
            .where('u.kind', '=', 'unit')
            .select((e) => e.fn.countAll<number>().as('n'))
            .as('built'),
          eb
            .selectFrom('productionUnits as u')
            .whereRef('u.workOrderId', '=', 'wo.id')
            .where('u.kind', '=', 'unit')
            .where('u.status', '=', 'passed')
            .select((e) => e.fn.countAll<number>().as('n'))
            .as('passed'),
        ]);
      if (filter.status) q = q.where('wo.status', '=', filter.status);
      const rows = await q.orderBy('wo.number', 'desc').limit(500).execute();
      return rows.map((r) => ({ ...r, built: Number(r.built), passed: Number(r.passed) }));
    },

    async get(actor: Actor, key: string) {
      requireAnyRole(actor, STAFF_ROLES);
      const wo = await load(deps.db, key);
      const units = await db
        .selectFrom('productionUnits')
        .select(['serial', 'kind', 'status', 'builtAt', 'station'])
        .where('workOrderId', '=', wo.id)
        .orderBy('serial')
        .execute();
      const operations = await db
        .selectFrom('productionOperations as o')
        .leftJoin('productionUnits as u', 'u.id', 'o.unitId')
        .select([
          'u.serial',
          'o.operation',
          'o.station',
          'o.operator',
          'o.startedAt',
          'o.finishedAt',
          'o.outcome',
          'o.reasonCode',
          'o.note',
        ])
        .where('o.workOrderId', '=', wo.id)
        .orderBy('o.finishedAt', 'desc')
        .limit(500)
        .execute();
      return { ...wo, units, operations: await deps.operatorNames(operations) };
    },
  };
}

export type WorkOrderService = ReturnType<typeof createWorkOrderService>;
