/** Addresses of the production pages (see `routes/sectionPages.tsx`). */
const enc = encodeURIComponent;

export const WORK_ORDERS_PATH = '/production/work-orders';
export const TRACEABILITY_PATH = '/production/traceability';
export const KIOSK_PATH = '/production/kiosk';
/** Unit pages sit beside the tabs, not under one: links reach them from several tabs. */
export const UNITS_PATH = '/production/units';

export const workOrderPath = (number: string) => `${WORK_ORDERS_PATH}/${enc(number)}`;
export const unitPath = (serial: string) => `${UNITS_PATH}/${enc(serial)}`;

/** The shop-floor kiosk in a mode, with a serial or work order already entered. */
export function kioskPath(query: { mode?: string; serial?: string; wo?: string } = {}) {
  const search = new URLSearchParams(
    Object.entries(query).filter((entry): entry is [string, string] => Boolean(entry[1])),
  ).toString();
  return search ? `${KIOSK_PATH}?${search}` : KIOSK_PATH;
}
