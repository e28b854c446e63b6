/** Addresses of the fleet pages (see `routes/sectionPages.tsx`). */
import type { EpisodeStatus, HealthFault } from '../../api/fleetHealthTypes';

const enc = encodeURIComponent;

export const FLEET_SITES_PATH = '/fleet/sites';
export const FLEET_FAULTS_PATH = '/fleet/faults';
export const FLEET_DRAFTS_PATH = '/fleet/repair-drafts';
export const FLEET_HEALTH_PATH = '/fleet/health';
export const FLEET_SETTINGS_PATH = '/fleet/settings';
/** Where an admin creates the site token a collector pushes with. */
export const TOKENS_PATH = '/admin/tokens';

export const fleetSitePath = (id: string) => `${FLEET_SITES_PATH}/${enc(id)}`;
export const fleetMachinePath = (id: string) => `/fleet/machines/${enc(id)}`;
/** A repair draft's page, by its id or number. */
export const repairDraftPath = (key: string) => `${FLEET_DRAFTS_PATH}/${enc(key)}`;

/** The faults page filtered (`?site=&fault=&status=`); open faults unless a status is given. */
export function fleetFaultsPath(filters: {
  site?: string;
  fault?: HealthFault;
  status?: EpisodeStatus | 'all';
}) {
  const params = new URLSearchParams();
  if (filters.site) params.set('site', filters.site);
  if (filters.fault) params.set('fault', filters.fault);
  if (filters.status) params.set('status', filters.status);
  const search = params.toString();
  return `${FLEET_FAULTS_PATH}${search ? `?${search}` : ''}`;
}
