import { tablesOf, type AnyDb } from '../../../platform/db/database.js';
import type { FleetSites } from '../fleet.ports.js';
import type { FleetTables } from '../fleet.tables.js';

/** Where a fault or draft is, as lists name it: the site, and the machine's address. */
export interface Whereabouts {
  siteCode: string;
  siteName: string;
  ip: string | null;
  hostname: string | null;
}

/** The whereabouts of each row (by machine and site), read in two queries for the whole list. */
export async function whereabouts(
  deps: { db: AnyDb; sites: FleetSites },
  rows: readonly { machineId: string; siteId: string }[],
): Promise<Whereabouts[]> {
  const db = tablesOf<FleetTables>(deps.db);
  const machineIds = [...new Set(rows.map((r) => r.machineId))];
  const machines = new Map<string, { ip: string; hostname: string | null }>();
  for (let i = 0; i < machineIds.length; i += 500)
    for (const m of await db
      .selectFrom('fleetMachines')
      .select(['id', 'ip', 'hostname'])
      .where('id', 'in', machineIds.slice(i, i + 500))
      .execute())
      machines.set(m.id, m);
  const siteIds = [...new Set(rows.map((r) => r.siteId))];
  const sites = new Map(
    siteIds.length ? (await deps.sites.list({ ids: siteIds })).map((s) => [s.id, s]) : [],
  );
  return rows.map((r) => {
    const machine = machines.get(r.machineId);
    const site = sites.get(r.siteId);
    return {
      siteCode: site?.code ?? '',
      siteName: site?.name ?? '',
      ip: machine?.ip ?? null,
      hostname: machine?.hostname ?? null,
    };
  });
}
