import { tablesOf, type AnyDb } from '../../platform/db/database.js';
import type { SalesTables } from './sales.tables.js';

/**
 * Names for ids held downstream (a shipment's customer, site and order), in one read each.
 * Callers have already checked who may see the records the ids came from.
 */
export function createSalesDirectory(deps: { db: AnyDb }) {
  const db = tablesOf<SalesTables>(deps.db);
  const byId = async <R extends { id: string }>(
    ids: string[],
    read: (ids: string[]) => Promise<R[]>,
  ) => new Map((ids.length ? await read([...new Set(ids)]) : []).map((r) => [r.id, r]));
  return {
    async labels(ids: {
      customers?: string[];
      sites?: string[];
      orders?: string[];
      lines?: string[];
    }) {
      const [customers, sites, orders, lines] = await Promise.all([
        byId(ids.customers ?? [], (v) =>
          db
            .selectFrom('salesCustomers')
            .select(['id', 'code', 'name'])
            .where('id', 'in', v)
            .execute(),
        ),
        byId(ids.sites ?? [], (v) =>
          db
            .selectFrom('salesSites')
            .select(['id', 'code', 'name', 'state', 'city', 'latitude', 'longitude'])
            .where('id', 'in', v)
            .execute(),
        ),
        byId(ids.orders ?? [], (v) =>
          db
            .selectFrom('salesOrders')
            .select(['id', 'number', 'customerPo', 'confirmedAt'])
            .where('id', 'in', v)
            .execute(),
        ),
        byId(ids.lines ?? [], (v) =>
          db
            .selectFrom('salesOrderLines')
            .select([
              'id',
              'lineNo',
              'modelName',
              'quantity',
              'unitPriceCents',
              'requestedWeek',
              'incoterm',
            ])
            .where('id', 'in', v)
            .execute(),
        ),
      ]);
      return { customers, sites, orders, lines };
    },

    /** Sites with their owner, all of them or one customer's (for fleet telemetry). */
    async sites(filter: { customerId?: string | null; ids?: readonly string[] } = {}) {
      let q = db
        .selectFrom('salesSites as s')
        .innerJoin('salesCustomers as c', 'c.id', 's.customerId')
        .select([
          's.id',
          's.code',
          's.name',
          's.state',
          's.city',
          's.customerId',
          'c.name as customerName',
        ])
        .orderBy('c.name')
        .orderBy('s.code');
      if (filter.customerId) q = q.where('s.customerId', '=', filter.customerId);
      if (filter.ids) {
        if (filter.ids.length === 0) return [];
        q = q.where('s.id', 'in', [...filter.ids]);
      }
      return q.execute();
    },

    /** Lines of orders not cancelled that were wanted in weeks starting within [from, to]. */
    async linesWanted(range: { from: string; to: string }) {
      return db
        .selectFrom('salesOrderLines as l')
        .innerJoin('salesOrders as o', 'o.id', 'l.orderId')
        .select(['l.id', 'l.quantity', 'l.deliveredQuantity', 'l.requestedWeek', 'o.customerId'])
        .where('o.status', 'not in', ['draft', 'cancelled'])
        .where('l.requestedWeek', '>=', range.from)
        .where('l.requestedWeek', '<=', range.to)
        .execute();
    },
  };
}

export type SalesDirectory = ReturnType<typeof createSalesDirectory>;
