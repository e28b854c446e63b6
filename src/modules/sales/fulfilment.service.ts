import type { Actor } from '../../platform/authz.js';
import type { AuditLog } from '../../platform/audit/audit.service.js';
import type { Clock } from '../../platform/clock.js';
import { tablesOf, type AnyDb } from '../../platform/db/database.js';
import type { EventBus } from '../../platform/events/events.js';
import { conflict } from '../../platform/errors.js';
import { OPEN_STATUSES, type SalesOrderService } from './sales-order.service.js';
import type { OrderLinesTable, OrderStatus, SalesTables } from './sales.tables.js';

type Step = 'shipped' | 'delivered';

/** The order's state once its lines have shipped and been delivered as they now stand. */
function statusAfter(lines: OrderLinesTable[], current: OrderStatus): OrderStatus {
  if (lines.every((l) => l.deliveredQuantity >= l.quantity)) return 'delivered';
  if (lines.every((l) => l.shippedQuantity >= l.quantity)) return 'shipped';
  if (lines.some((l) => l.shippedQuantity > 0)) return 'partly_shipped';
  return current;
}

/**
 * How shipping and delivery move an order on: logistics reports units shipped and delivered
 * per line, inside its own transaction, and the order becomes partly shipped, shipped or
 * delivered. A line never ships more than ordered nor delivers more than shipped.
 */
export function createFulfilmentService(deps: {
  clock: Clock;
  audit: AuditLog;
  events: EventBus;
  orders: Pick<SalesOrderService, 'load' | 'linesOf'>;
}) {
  async function record(
    trx: AnyDb,
    actor: Actor,
    orderId: string,
    quantities: ReadonlyMap<string, number>,
    step: Step,
  ) {
    const before = await deps.orders.load(actor, orderId, trx, true);
    if (step === 'shipped' && !OPEN_STATUSES.includes(before.status))
      throw conflict(
        'SALES_ORDER_STATE',
        `${before.number} is ${before.status}: only a confirmed order ships.`,
      );
    const lines = await deps.orders.linesOf(before.id, trx);
    const t = tablesOf<SalesTables>(trx);
    for (const line of lines) {
      const qty = quantities.get(line.id) ?? 0;
      if (qty === 0) continue;
      if (step === 'shipped') {
        if (line.shippedQuantity + qty > line.quantity)
          throw conflict(
            'SALES_LINE_OVERSHIPPED',
            `${before.number} line ${line.lineNo}: ${qty} more would ship ${line.shippedQuantity + qty} of ${line.quantity} ordered.`,
          );
        line.shippedQuantity += qty;
      } else {
        if (line.deliveredQuantity + qty > line.shippedQuantity)
          throw conflict(
            'SALES_LINE_OVERDELIVERED',
            `${before.number} line ${line.lineNo}: more delivered than shipped.`,
          );
        line.deliveredQuantity += qty;
      }
      await t
        .updateTable('salesOrderLines')
        .set({ shippedQuantity: line.shippedQuantity, deliveredQuantity: line.deliveredQuantity })
        .where('id', '=', line.id)
        .execute();
    }
    const status = statusAfter(lines, before.status);
    await t
      .updateTable('salesOrders')
      .set({ status, updatedAt: deps.clock.now() })
      .where('id', '=', before.id)
      .execute();
    await deps.audit.record(trx, actor, {
      action: `sales.order.${step}`,
      entityType: 'sales_order',
      entityId: before.id,
      before: { status: before.status },
      after: { status, lines: Object.fromEntries(quantities) },
      customerId: before.customerId,
    });
    if (status !== before.status)
      await deps.events.emit(trx, {
        type: `sales.order.${status}`,
        entityType: 'sales_order',
        entityId: before.id,
        customerId: before.customerId,
        payload: { number: before.number, status },
      });
    return status;
  }

  return {
    /** Units of each line (by id) put on a shipment. */
    shipped: (trx: AnyDb, actor: Actor, orderId: string, q: ReadonlyMap<string, number>) =>
      record(trx, actor, orderId, q, 'shipped'),
    /** Units of each line (by id) the customer confirmed at the site. */
    delivered: (trx: AnyDb, actor: Actor, orderId: string, q: ReadonlyMap<string, number>) =>
      record(trx, actor, orderId, q, 'delivered'),
  };
}

export type FulfilmentService = ReturnType<typeof createFulfilmentService>;
