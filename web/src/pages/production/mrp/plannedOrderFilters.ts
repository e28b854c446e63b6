import type { PlannedOrder, PlannedSource } from '../../../api/planningTypes';

export interface PlannedOrderFilters {
  source: PlannedSource | 'all';
  lateOnly: boolean;
  /** Part number or name, any case. */
  search: string;
}

export const NO_FILTERS: PlannedOrderFilters = { source: 'all', lateOnly: false, search: '' };

/** Late: released after its lead time allows, or bought from a supplier who cannot make the date. */
export const isLate = (order: PlannedOrder) =>
  order.lateWeeks > 0 || order.supplier?.meetsDate === false;

/** A purchase not yet on a purchase order: what "Create draft POs" may take. */
export const isOpenPurchase = (order: PlannedOrder) =>
  order.source === 'buy' && order.purchaseOrder === null;

export function filterPlannedOrders(orders: PlannedOrder[], filters: PlannedOrderFilters) {
  const needle = filters.search.trim().toLowerCase();
  return orders.filter(
    (order) =>
      (filters.source === 'all' || order.source === filters.source) &&
      (!filters.lateOnly || isLate(order)) &&
      (!needle ||
        order.partNumber.toLowerCase().includes(needle) ||
        order.partName.toLowerCase().includes(needle)),
  );
}
