import type { SiteWatch } from './site-watch.js';
import type { Actor } from '../../platform/authz.js';
import { customerScope } from '../../platform/authz.js';
import type { Clock } from '../../platform/clock.js';
import { containsText, tablesOf, type AnyDb } from '../../platform/db/database.js';
import { notFound } from '../../platform/errors.js';
import type { CatalogService } from '../catalog/index.js';
import type { FleetSites, SiteRef } from './fleet.ports.js';
import type { FleetSettingsService } from './fleet.settings.js';
import type { FleetTables, MachinesTable } from './fleet.tables.js';
import type { MinerReading } from './reading.js';
import { machineColumns, type SiteMachine, type SiteMachines } from './site-machines.js';
import type { UnitIdentities } from '../production/index.js';
import type { HealthQueries } from './health/health.queries.js';
import type { LatestState, Resolution, TelemetryStore } from './store/telemetry-store.js';

export interface MachineFilter {
  status?: 'online' | 'offline' | undefined;
  model?: string | undefined;
  /** Part of an address, serial, MAC or host name. */
  q?: string | undefined;
  matched?: boolean | undefined;
  swapped?: boolean | undefined;
  sort?: 'ip' | 'hashrate' | 'temperature' | 'lastSeen' | undefined;
  order?: 'asc' | 'desc' | undefined;
  limit?: number | undefined;
  offset?: number | undefined;
}

const NO_FAULTS = { machines: 0, byFault: {} };

const siteNotFound = (id: string) =>
  notFound('FLEET_SITE_NOT_FOUND', `No site ${id} is visible to you.`);
const machineNotFound = (id: string) =>
  notFound('FLEET_MACHINE_NOT_FOUND', `No machine ${id} is visible to you.`);

const SORT_KEY = {
  ip: 'ipNumber',
  hashrate: 'hashrateThs',
  temperature: 'chipTempMaxC',
  lastSeen: 'lastSeenAt',
} as const;

export type FleetMachine = ReturnType<typeof presentMachine>;

function presentMachine(row: MachinesTable, latest: LatestState | undefined, staleBefore: number) {
  const {
    fingerprint: _fingerprint,
    descriptor: _descriptor,
    updatedAt: _updatedAt,
    swappedBoards,
    ...identity
  } = row;
  const online = !!latest && latest.online && latest.lastSeenAt >= staleBefore;
  return {
    ...identity,
    swappedBoards: swappedBoards ? (JSON.parse(swappedBoards) as string[]) : [],
    online,
    lastSeenAt: latest?.lastSeenAt ?? null,
    lastOnlineAt: latest?.lastOnlineAt ?? null,
    // Figures are what it said when last online; an offline machine hashes nothing now.
    hashrateThs: online ? (latest?.hashrateThs ?? null) : null,
    idealThs: latest?.idealThs ?? null,
    powerW: online ? (latest?.powerW ?? null) : null,
    chipTempMaxC: latest?.chipTempMaxC ?? null,
    fanMinRpm: latest?.fanMinRpm ?? null,
    boards: latest?.boards ?? 0,
    problems: latest?.problems ? (JSON.parse(latest.problems) as string[]) : [],
  };
}

/** Site figures over its machines; nominal and rated efficiency from the catalog's models. */
function summarise(
  machines: readonly Pick<
    SiteMachine,
    'model' | 'unitId' | 'swappedBoards' | 'lastSeenAt' | 'online' | 'hashrateThs' | 'powerW'
  >[],
  models: Map<string, { hashrateThs: number; efficiencyJth: number }>,
) {
  let online = 0;
  let hashrate = 0;
  let nominal = 0;
  let power = 0;
  let powered = 0;
  let nominalPower = 0;
  let costedThs = 0;
  let unknown = 0;
  let swapped = 0;
  let lastSeenAt: number | null = null;
  const byModel = new Map<
    string | null,
    {
      model: string | null;
      machines: number;
      online: number;
      hashrateThs: number;
      nominalThs: number | null;
    }
  >();
  for (const m of machines) {
    const model = m.model ? models.get(m.model.trim()) : undefined;
    const group = byModel.get(m.model) ?? {
      model: m.model,
      machines: 0,
      online: 0,
      hashrateThs: 0,
      nominalThs: model ? 0 : null,
    };
    byModel.set(m.model, group);
    group.machines += 1;
    if (model) {
      nominal += model.hashrateThs;
      group.nominalThs = (group.nominalThs ?? 0) + model.hashrateThs;
    }
    if (m.unitId === null) unknown += 1;
    if (m.swappedBoards.length) swapped += 1;
    if (m.lastSeenAt !== null) lastSeenAt = Math.max(lastSeenAt ?? 0, m.lastSeenAt);
    if (!m.online) continue;
    online += 1;
    group.online += 1;
    const rate = m.hashrateThs ?? 0;
    hashrate += rate;
    group.hashrateThs += rate;
    if (m.powerW !== null) {
      power += m.powerW;
      powered += rate;
    } else if (model) {
      // Machines that report no power are costed at their model's rated efficiency.
      nominalPower += rate * model.efficiencyJth;
      costedThs += rate;
    }
  }
  return {
    machines: machines.length,
    online,
    onlineShare: machines.length ? online / machines.length : null,
    hashrateThs: hashrate,
    nominalThs: nominal,
    hashrateShare: nominal ? hashrate / nominal : null,
    /** J/TH: reported power, others at their model's rating (unknown models left out). */
    efficiencyJth: powered + costedThs > 0 ? (power + nominalPower) / (powered + costedThs) : null,
    efficiencyReportedShare: hashrate > 0 ? powered / hashrate : null,
    unknown,
    swapped,
    lastSeenAt,
    byModel: [...byModel.values()].sort((a, b) => b.machines - a.machines),
  };
}

/**
 * What staff and customers read about fleets: per-site summaries, the machine list with
 * filters, one machine's latest reading and its history per board. A customer sees its own
 * sites only; the check is made on the site, before any machine is read. Who a machine is comes
 * from the machine table; what it reports now from the telemetry store's latest state.
 */
export function createFleetQueries(deps: {
  db: AnyDb;
  clock: Clock;
  store: TelemetryStore;
  sites: FleetSites;
  catalog: CatalogService;
  settings: FleetSettingsService;
  identities: Pick<UnitIdentities, 'birthCertificates'>;
  faults: Pick<HealthQueries, 'openBySite' | 'openByMachine'>;
  siteWatch: Pick<SiteWatch, 'silentSince'>;
  siteMachines: SiteMachines;
}) {
  const db = tablesOf<FleetTables>(deps.db);

  async function visibleSites(actor: Actor, ids?: readonly string[]) {
    return deps.sites.list({ customerId: customerScope(actor), ...(ids ? { ids } : {}) });
  }
  async function visibleSite(actor: Actor, siteId: string): Promise<SiteRef> {
    const [site] = await visibleSites(actor, [siteId]);
    if (!site) throw siteNotFound(siteId);
    return site;
  }
  async function staleAfterMs() {
    return (await deps.settings.read()).stale_after_s * 1000;
  }
  async function staleBefore() {
    return deps.clock.now() - (await staleAfterMs());
  }

  /** The site's machines (identity rows) joined with their latest state. */
  async function machinesOf(siteId: string, identity: MachinesTable[]) {
    const stale = await staleBefore();
    const latest = new Map((await deps.store.latest(siteId)).map((l) => [l.machineId, l]));
    return identity.map((row) => presentMachine(row, latest.get(row.id), stale));
  }

  /** The catalog's models by name: nominal hashrate and rated efficiency. */
  async function modelsOf(actor: Actor) {
    return new Map((await deps.catalog.listModels(actor)).map((m) => [m.name, m]));
  }

  const { siteMachines } = deps;
  async function summaryOf(
    siteId: string,
    models: Awaited<ReturnType<typeof modelsOf>>,
    staleMs?: number,
  ) {
    return summarise(await siteMachines.read(siteId, staleMs ?? (await staleAfterMs())), models);
  }

  async function visibleMachine(actor: Actor, id: string) {
    const row = await db
      .selectFrom('fleetMachines')
      .selectAll()
      .where('id', '=', id)
      .executeTakeFirst();
    if (!row) throw machineNotFound(id);
    const [site] = await visibleSites(actor, [row.siteId]);
    if (!site) throw machineNotFound(id);
    return { row, site };
  }

  return {
    async sites(actor: Actor) {
      const sites = await visibleSites(actor);
      const out = [];
      const models = await modelsOf(actor);
      const faults = await deps.faults.openBySite(sites.map((s) => s.id));
      const silent = await deps.siteWatch.silentSince(sites.map((s) => s.id));
      const staleMs = await staleAfterMs();
      for (const site of sites)
        out.push({
          site,
          summary: await summaryOf(site.id, models, staleMs),
          faults: faults.get(site.id) ?? NO_FAULTS,
          silentSince: silent.get(site.id) ?? null,
        });
      return out;
    },

    async siteSummary(actor: Actor, siteId: string, trendHours = 24) {
      const site = await visibleSite(actor, siteId);
      const summary = await summaryOf(siteId, await modelsOf(actor));
      const now = deps.clock.now();
      const trend = await deps.store.siteSeries(siteId, {
        from: now - trendHours * 3_600_000,
        to: now,
        resolution: trendHours > 48 ? '1h' : '5m',
      });
      const faults = (await deps.faults.openBySite([siteId])).get(siteId) ?? NO_FAULTS;
      const silentSince = (await deps.siteWatch.silentSince([siteId])).get(siteId) ?? null;
      return { site, summary, trend, faults, silentSince };
    },

    async machines(actor: Actor, siteId: string, f: MachineFilter) {
      await visibleSite(actor, siteId);
      let q = db.selectFrom('fleetMachines').selectAll().where('siteId', '=', siteId);
      if (f.model) q = q.where('model', '=', f.model);
      if (f.matched !== undefined) q = q.where('unitId', f.matched ? 'is not' : 'is', null);
      if (f.swapped !== undefined) q = q.where('swappedBoards', f.swapped ? 'is not' : 'is', null);
      if (f.q) {
        const text = f.q;
        // Case-insensitive on both databases (LIKE is not on PostgreSQL).
        q = q.where((eb) =>
          eb.or(
            (['ip', 'unitSerial', 'mac', 'hostname', 'matchedSerial'] as const).map((c) =>
              containsText(c, text),
            ),
          ),
        );
      }
      let items = await machinesOf(siteId, await q.execute());
      if (f.status) items = items.filter((m) => m.online === (f.status === 'online'));
      const key = SORT_KEY[f.sort ?? 'ip'];
      const sign = f.order === 'desc' ? -1 : 1;
      items.sort((a, b) => {
        const x = a[key];
        const y = b[key];
        // Machines without the figure sort last either way, then by address.
        if (x !== y) {
          if (x === null) return 1;
          if (y === null) return -1;
          return sign * (x - y);
        }
        return a.ipNumber - b.ipNumber;
      });
      const offset = f.offset ?? 0;
      return { total: items.length, items: items.slice(offset, offset + (f.limit ?? 100)) };
    },

    async machine(actor: Actor, id: string) {
      const { row, site } = await visibleMachine(actor, id);
      const [[latest], kept] = await Promise.all([
        deps.store.latest(row.siteId, [row.id]),
        deps.store.lastReading(row.siteId, row.id),
      ]);
      const birth = row.unitId
        ? ((await deps.identities.birthCertificates([row.unitId])).get(row.unitId) ?? null)
        : null;
      return {
        ...presentMachine(row, latest, await staleBefore()),
        site,
        reading: kept ? (JSON.parse(kept.reading) as MinerReading) : null,
        birthCertificate: birth,
      };
    },

    /**
     * Every machine of a site in columns (one array per field): the machine table loads a
     * whole site of 30,000 machines at once and filters and sorts in the browser.
     */
    async machineTable(actor: Actor, siteId: string) {
      await visibleSite(actor, siteId);
      const [machines, faults] = await Promise.all([
        siteMachines.read(siteId, await staleAfterMs()),
        deps.faults.openByMachine(siteId),
      ]);
      return {
        siteId,
        at: deps.clock.now(),
        total: machines.length,
        columns: machineColumns(machines, faults),
      };
    },

    async history(
      actor: Actor,
      id: string,
      range: { from?: number | undefined; to?: number | undefined; resolution?: Resolution },
    ) {
      const { row } = await visibleMachine(actor, id);
      // Ranges are half-open: by default, up to and including now.
      const to = range.to ?? deps.clock.now() + 1;
      const from = range.from ?? to - 6 * 3_600_000;
      const resolution = range.resolution ?? (to - from > 2 * 86_400_000 ? '1h' : '5m');
      const points = await deps.store.machineSeries(row.siteId, row.id, {
        from,
        to,
        resolution,
      });
      return { machineId: row.id, from, to, resolution, points };
    },
  };
}

export type FleetQueries = ReturnType<typeof createFleetQueries>;
