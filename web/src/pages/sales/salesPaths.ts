/** Addresses of the sales pages (see `routes/sectionPages.tsx`). */
const enc = encodeURIComponent;

export const SALES_ORDERS_PATH = '/sales/orders';
/** A customer user's orders: the same pages, under the tab customers see. */
export const MY_ORDERS_PATH = '/sales/my-orders';
export const PROMISE_PATH = '/sales/promise';
export const CUSTOMERS_PATH = '/sales/customers';
export const SOURCES_PATH = '/sales/sources';

export const NEW_SALES_ORDER_PATH = `${SALES_ORDERS_PATH}/new`;

/** An order's page, under the staff list or a customer's "My orders". */
export const salesOrderPath = (number: string, base = SALES_ORDERS_PATH) =>
  `${base}/${enc(number)}`;
export const customerPath = (code: string) => `${CUSTOMERS_PATH}/${enc(code)}`;
