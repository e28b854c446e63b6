/** Addresses of the fleet pages (see `routes/sectionPages.tsx`). */
const enc = encodeURIComponent;

export const FLEET_SITES_PATH = '/fleet/sites';
export const FLEET_SETTINGS_PATH = '/fleet/settings';
/** Where an admin creates the site token a collector pushes with. */
export const TOKENS_PATH = '/admin/tokens';

export const fleetSitePath = (id: string) => `${FLEET_SITES_PATH}/${enc(id)}`;
export const fleetMachinePath = (id: string) => `/fleet/machines/${enc(id)}`;
