/** Addresses of the supply pages (see `routes/sectionPages.tsx`). */
const enc = encodeURIComponent;

export const SUPPLIERS_PATH = '/supply/suppliers';
export const PURCHASE_ORDERS_PATH = '/supply/purchase-orders';
export const INVENTORY_PATH = '/supply/inventory';

export const supplierPath = (supplier: { code: string }) =>
  `${SUPPLIERS_PATH}/${enc(supplier.code)}`;
export const purchaseOrderPath = (number: string) => `${PURCHASE_ORDERS_PATH}/${enc(number)}`;
export const receivePath = (number: string) => `${purchaseOrderPath(number)}/receive`;
export const serialPath = (serial: string) => `${INVENTORY_PATH}/serials/${enc(serial)}`;
export const partPath = (partId: string) => `/supply/parts?part=${enc(partId)}`;
