/** Addresses of the logistics pages (see `routes/sectionPages.tsx`). */
const enc = encodeURIComponent;

export const SHIPMENTS_PATH = '/logistics/shipments';
/** A customer user's shipments: the same pages, under the tab customers see. */
export const MY_SHIPMENTS_PATH = '/logistics/my-shipments';
export const CUSTOMS_HOLDS_PATH = '/logistics/holds';
export const DELIVERY_KPIS_PATH = '/logistics/kpis';
export const INSTALLED_BASE_PATH = '/logistics/installed-base';

/** The new-shipment form, with an order already picked when given. */
export const newShipmentPath = (order?: string) =>
  `${SHIPMENTS_PATH}/new${order ? `?order=${enc(order)}` : ''}`;

/** A shipment's page, under the staff list or a customer's "My shipments". */
export const shipmentPath = (number: string, base = SHIPMENTS_PATH) => `${base}/${enc(number)}`;
