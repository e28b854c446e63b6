/** Addresses of the production pages (see `routes/sectionPages.tsx`). */
const enc = encodeURIComponent;

export const WORK_ORDERS_PATH = '/production/work-orders';
export const TRACEABILITY_PATH = '/production/traceability';
/** Unit pages sit beside the tabs, not under one: links reach them from several tabs. */
export const UNITS_PATH = '/production/units';

export const workOrderPath = (number: string) => `${WORK_ORDERS_PATH}/${enc(number)}`;
export const unitPath = (serial: string) => `${UNITS_PATH}/${enc(serial)}`;
