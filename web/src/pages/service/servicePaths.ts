/** Addresses of the service pages (see `routes/sectionPages.tsx`). */
const enc = encodeURIComponent;

export const WARRANTY_PATH = '/service/warranty';
export const RMAS_PATH = '/service/rmas';
/** A customer user's RMAs: the same pages, under the tab customers see. */
export const MY_RMAS_PATH = '/service/my-rmas';
export const DEPOT_PATH = '/service/depot';
export const SERVICE_SETTINGS_PATH = '/service/settings';

export const warrantyPath = (serial: string) => `${WARRANTY_PATH}/${enc(serial)}`;

/** An RMA's page, under the staff list or a customer's "My RMAs". */
export const rmaPath = (number: string, base = RMAS_PATH) => `${base}/${enc(number)}`;

/** The form to open RMAs, with one machine already listed when given. */
export const newRmaPath = (base = RMAS_PATH, serial?: string) =>
  `${base}/new${serial ? `?serial=${enc(serial)}` : ''}`;

/** The repair screen of one machine, by its RMA line id (or serial). */
export const repairPath = (unitId: string) => `${DEPOT_PATH}/${enc(unitId)}`;

export const FIELD_PATH = '/service/field';
export const ANALYTICS_PATH = '/service/analytics';

/** The views of the Field tab, in the address (`?view=`) so they can be linked and reloaded. */
export type FieldView = 'dispatch' | 'visits' | 'technicians' | 'pool';

/** A view of the Field tab; `plan` opens "Plan a visit" with the site (and customer) filled. */
export const fieldViewPath = (view: FieldView, plan?: { customer: string; site: string }) =>
  `${FIELD_PATH}?view=${view}${plan ? `&customer=${enc(plan.customer)}&site=${enc(plan.site)}` : ''}`;

/** A visit's page, under the Field tab (staff) or a customer's "My RMAs". */
export const visitPath = (number: string, base = FIELD_PATH) => `${base}/visits/${enc(number)}`;
