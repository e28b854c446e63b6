import type { Actor } from '../../platform/authz.js';
import { assertCustomerAccess, customerScope, requireAnyRole } from '../../platform/authz.js';
import type { AuditLog } from '../../platform/audit/audit.service.js';
import type { Clock } from '../../platform/clock.js';
import type { EventBus } from '../../platform/events/events.js';
import {
  inTransaction,
  lockedForUpdate,
  tablesOf,
  type AnyDb,
} from '../../platform/db/database.js';
import { nextNumber, withNumber } from '../../platform/db/document-number.js';
import { AppError, conflict, invalid, notFound } from '../../platform/errors.js';
import { newId } from '../../platform/ids.js';
import type { CatalogService } from '../catalog/index.js';
import { mondayOf } from '../production/index.js';
import { ACCOUNT_EDITORS, ACCOUNT_READERS, type CustomerService } from './customer.service.js';
import type {
  Incoterm,
  OrderLinesTable,
  OrdersTable,
  OrderStatus,
  SalesTables,
} from './sales.tables.js';

export interface OrderLineInput {
  model: string;
  quantity: number;
  unitPriceCents: number;
  /** Any date of the week wanted at the site. */
  requestedWeek: string;
  site: string;
  incoterm: Incoterm;
}

export interface OrderInput {
  customer: string;
  customerPo?: string | null | undefined;
  note?: string | null | undefined;
  lines: OrderLineInput[];
}

export const orderNotFound = (key: string) =>
  notFound('SALES_ORDER_NOT_FOUND', `No sales order "${key}".`);

/** A lookup's not-found, told as the caller's own error; anything else passes through. */
const notFoundAs =
  (replacement: () => AppError) =>
  (error: unknown): never => {
    throw error instanceof AppError && error.kind === 'not_found' ? replacement() : error;
  };

/** The states an order moves through by hand; shipping and delivery move it on from there. */
const MANUAL_MOVES: Record<'confirm' | 'cancel', { from: OrderStatus[]; to: OrderStatus }> = {
  confirm: { from: ['draft'], to: 'confirmed' },
  cancel: { from: ['draft', 'confirmed'], to: 'cancelled' },
};

/** Orders still to be promised: confirmed, or partly shipped. */
export const OPEN_STATUSES: OrderStatus[] = ['confirmed', 'partly_shipped'];

/** Sales orders: lines of models for a customer's sites, from draft to delivered. */
export function createSalesOrderService(deps: {
  db: AnyDb;
  clock: Clock;
  audit: AuditLog;
  events: EventBus;
  catalog: Pick<CatalogService, 'getModel'>;
  customers: CustomerService;
}) {
  const db = tablesOf<SalesTables>(deps.db);

  async function load(actor: Actor, key: string, on: AnyDb = deps.db, lock = false) {
    const q = tablesOf<SalesTables>(on)
      .selectFrom('salesOrders')
      .selectAll()
      .where((eb) => eb.or([eb('id', '=', key), eb('number', '=', key.toUpperCase())]));
    const row = await (lock ? lockedForUpdate(on, q) : q).executeTakeFirst();
    if (!row) throw orderNotFound(key);
    assertCustomerAccess(actor, row.customerId, () => orderNotFound(key));
    return row;
  }

  const linesOf = (orderId: string, on: AnyDb = deps.db) =>
    tablesOf<SalesTables>(on)
      .selectFrom('salesOrderLines')
      .selectAll()
      .where('orderId', '=', orderId)
      .orderBy('lineNo')
      .execute();

  /** Checks every line against the catalog and the customer's sites, before any write. */
  async function resolveLines(actor: Actor, customerId: string, lines: OrderLineInput[]) {
    const resolved: Omit<OrderLinesTable, 'id' | 'orderId'>[] = [];
    for (const [i, line] of lines.entries()) {
      const model = await deps.catalog
        .getModel(actor, line.model)
        .catch(
          notFoundAs(() =>
            invalid('SALES_MODEL_UNKNOWN', `Line ${i + 1}: no model "${line.model}".`, [
              { path: `lines.${i}.model`, message: 'unknown model' },
            ]),
          ),
        );
      const site = await deps.customers
        .site(actor, line.site, customerId)
        .catch(
          notFoundAs(() =>
            invalid(
              'SALES_SITE_UNKNOWN',
              `Line ${i + 1}: the customer has no site "${line.site}".`,
              [{ path: `lines.${i}.site`, message: 'not a site of this customer' }],
            ),
          ),
        );
      resolved.push({
        lineNo: i + 1,
        modelName: model.name,
        quantity: line.quantity,
        unitPriceCents: line.unitPriceCents,
        requestedWeek: mondayOf(line.requestedWeek),
        siteId: site.id,
        incoterm: line.incoterm,
        shippedQuantity: 0,
        deliveredQuantity: 0,
      });
    }
    return resolved;
  }

  async function present(order: OrdersTable) {
    const lines = await linesOf(order.id);
    const sites = new Map(
      (
        await db
          .selectFrom('salesSites')
          .select(['id', 'code', 'name', 'state'])
          .where('customerId', '=', order.customerId)
          .execute()
      ).map((s) => [s.id, s]),
    );
    const customer = await db
      .selectFrom('salesCustomers')
      .select(['code', 'name'])
      .where('id', '=', order.customerId)
      .executeTakeFirstOrThrow();
    return {
      ...order,
      customerCode: customer.code,
      customerName: customer.name,
      lines: lines.map((l) => ({
        ...l,
        siteCode: sites.get(l.siteId)?.code ?? l.siteId,
        siteName: sites.get(l.siteId)?.name ?? '',
        siteState: sites.get(l.siteId)?.state ?? '',
      })),
      totalCents: lines.reduce((s, l) => s + l.quantity * l.unitPriceCents, 0),
      units: lines.reduce((s, l) => s + l.quantity, 0),
    };
  }

  return {
    load,
    linesOf,
    present,

    async list(
      actor: Actor,
      filter: { status?: OrderStatus | undefined; customer?: string | undefined } = {},
    ) {
      requireAnyRole(actor, ACCOUNT_READERS);
      const scope = customerScope(actor);
      let q = db
        .selectFrom('salesOrders as o')
        .innerJoin('salesCustomers as c', 'c.id', 'o.customerId')
        .leftJoin('salesOrderLines as l', 'l.orderId', 'o.id')
        .selectAll('o')
        .select(['c.code as customerCode', 'c.name as customerName'])
        .select((eb) => [
          eb.fn.coalesce(eb.fn.sum<number>('l.quantity'), eb.lit(0)).as('units'),
          eb.fn.min<string>('l.requestedWeek').as('firstWeek'),
        ])
        .groupBy(['o.id', 'c.code', 'c.name']);
      if (scope) q = q.where('o.customerId', '=', scope);
      if (filter.customer) {
        const c = await deps.customers.customer(actor, filter.customer);
        q = q.where('o.customerId', '=', c.id);
      }
      if (filter.status) q = q.where('o.status', '=', filter.status);
      const rows = await q.orderBy('o.createdAt', 'desc').limit(1000).execute();
      return rows.map((r) => ({ ...r, units: Number(r.units) }));
    },

    async get(actor: Actor, key: string) {
      requireAnyRole(actor, ACCOUNT_READERS);
      return present(await load(actor, key));
    },

    async create(actor: Actor, input: OrderInput) {
      requireAnyRole(actor, ACCOUNT_EDITORS);
      const customer = await deps.customers.customer(actor, input.customer);
      const lines = await resolveLines(actor, customer.id, input.lines);
      const now = deps.clock.now();
      const order = await withNumber(() =>
        inTransaction(deps.db, async (trx) => {
          const row: OrdersTable = {
            id: newId(),
            number: await nextNumber(trx, 'sales_orders', 'SO', deps.clock.today().slice(0, 4)),
            customerId: customer.id,
            status: 'draft',
            customerPo: input.customerPo ?? null,
            note: input.note ?? null,
            createdBy: actor.id ?? actor.label,
            createdAt: now,
            updatedAt: now,
            confirmedAt: null,
          };
          const t = tablesOf<SalesTables>(trx);
          await t.insertInto('salesOrders').values(row).execute();
          await t
            .insertInto('salesOrderLines')
            .values(lines.map((l) => ({ ...l, id: newId(), orderId: row.id })))
            .execute();
          await deps.audit.record(trx, actor, {
            action: 'sales.order.create',
            entityType: 'sales_order',
            entityId: row.id,
            after: { ...row, lines },
            customerId: row.customerId,
          });
          return row;
        }),
      );
      return present(order);
    },

    /** Replaces an order's lines and header notes while nothing has shipped. */
    async update(actor: Actor, key: string, input: Omit<OrderInput, 'customer'>) {
      requireAnyRole(actor, ACCOUNT_EDITORS);
      const current = await load(actor, key);
      const lines = await resolveLines(actor, current.customerId, input.lines);
      const order = await inTransaction(deps.db, async (trx) => {
        const before = await load(actor, key, trx, true);
        if (before.status !== 'draft' && before.status !== 'confirmed')
          throw conflict(
            'SALES_ORDER_LOCKED',
            `${before.number} is ${before.status}: it cannot change.`,
          );
        const t = tablesOf<SalesTables>(trx);
        const oldLines = await linesOf(before.id, trx);
        await t.deleteFrom('salesOrderLines').where('orderId', '=', before.id).execute();
        await t
          .insertInto('salesOrderLines')
          .values(lines.map((l) => ({ ...l, id: newId(), orderId: before.id })))
          .execute();
        const after = {
          ...before,
          customerPo: input.customerPo ?? before.customerPo,
          note: input.note ?? before.note,
          updatedAt: deps.clock.now(),
        };
        await t.updateTable('salesOrders').set(after).where('id', '=', before.id).execute();
        await deps.audit.record(trx, actor, {
          action: 'sales.order.update',
          entityType: 'sales_order',
          entityId: before.id,
          before: { ...before, lines: oldLines },
          after: { ...after, lines },
          customerId: before.customerId,
        });
        return after;
      });
      return present(order);
    },

    /** Confirm a draft, or cancel an order nothing of which has shipped. */
    async move(actor: Actor, key: string, action: 'confirm' | 'cancel') {
      requireAnyRole(actor, ACCOUNT_EDITORS);
      const move = MANUAL_MOVES[action];
      const order = await inTransaction(deps.db, async (trx) => {
        const before = await load(actor, key, trx, true);
        if (!move.from.includes(before.status))
          throw conflict(
            'SALES_ORDER_STATE',
            `${before.number} is ${before.status}: it cannot be ${move.to}.`,
          );
        const now = deps.clock.now();
        const after: OrdersTable = {
          ...before,
          status: move.to,
          updatedAt: now,
          confirmedAt: action === 'confirm' ? now : before.confirmedAt,
        };
        await tablesOf<SalesTables>(trx)
          .updateTable('salesOrders')
          .set(after)
          .where('id', '=', before.id)
          .execute();
        await deps.audit.record(trx, actor, {
          action: `sales.order.${action}`,
          entityType: 'sales_order',
          entityId: before.id,
          before: { status: before.status },
          after: { status: after.status },
          customerId: before.customerId,
        });
        await deps.events.emit(trx, {
          type: `sales.order.${move.to}`,
          entityType: 'sales_order',
          entityId: before.id,
          customerId: before.customerId,
          payload: { number: before.number, status: move.to },
        });
        return after;
      });
      return present(order);
    },
  };
}

export type SalesOrderService = ReturnType<typeof createSalesOrderService>;
