/**
 * What fleet needs from modules it may not import (sites belong to sales): handed in by the
 * composition root (modules/index.ts), so fleet stays beside the main chain of modules.
 */
export interface SiteRef {
  id: string;
  code: string;
  name: string;
  state: string;
  city: string;
  customerId: string;
  customerName: string;
}

export interface FleetSites {
  /** All sites, or one customer's. */
  list(filter: { customerId?: string | null; ids?: readonly string[] }): Promise<SiteRef[]>;
}
