import { sql } from 'kysely';
import type { Actor } from '../../platform/authz.js';
import { customerScope } from '../../platform/authz.js';
import type { Clock } from '../../platform/clock.js';
import { tablesOf, type AnyDb } from '../../platform/db/database.js';
import { notFound } from '../../platform/errors.js';
import type { CatalogService } from '../catalog/index.js';
import type { FleetSites, SiteRef } from './fleet.ports.js';
import type { FleetSettingsService } from './fleet.settings.js';
import type { FleetTables, MachinesTable } from './fleet.tables.js';
import type { MinerReading } from './reading.js';
import type { Resolution, TelemetryStore } from './store/telemetry-store.js';

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

const siteNotFound = (id: string) =>
  notFound('FLEET_SITE_NOT_FOUND', `No site ${id} is visible to you.`);
const machineNotFound = (id: string) =>
  notFound('FLEET_MACHINE_NOT_FOUND', `No machine ${id} is visible to you.`);

const SORT_COLUMN = {
  ip: 'ipNumber',
  hashrate: 'hashrateThs',
  temperature: 'chipTempMaxC',
  lastSeen: 'lastSeenAt',
} as const;

function presentMachine(row: MachinesTable, staleBefore: number) {
  const { reading: _reading, fingerprint: _fp, swappedBoards, online, ...rest } = row;
  return {
    ...rest,
    online: online === 1 && row.lastSeenAt >= staleBefore,
    swappedBoards: swappedBoards ? (JSON.parse(swappedBoards) as string[]) : [],
  };
}

/**
 * What staff and customers read about fleets: per-site summaries, the machine list with
 * filters, one machine's latest reading and its history per board. A customer sees its own
 * sites only; the check is made on the site, before any machine is read.
 */
export function createFleetQueries(deps: {
  db: AnyDb;
  clock: Clock;
  store: TelemetryStore;
  sites: FleetSites;
  catalog: CatalogService;
  settings: FleetSettingsService;
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
  async function staleBefore() {
    return deps.clock.now() - (await deps.settings.read()).stale_after_s * 1000;
  }

  async function summaries(siteIds: string[], actor: Actor) {
    if (siteIds.length === 0) return new Map<string, ReturnType<typeof summarise>>();
    const stale = await staleBefore();
    const live = sql<number>`case when online = 1 and last_seen_at >= ${stale} then 1 else 0 end`;
    const rows = await db
      .selectFrom('fleetMachines')
      .select((eb) => [
        'siteId',
        'model',
        eb.fn.countAll<number>().as('machines'),
        eb.fn.sum<number>(live).as('online'),
        eb.fn
          .sum<number>(sql`case when online = 1 and last_seen_at >= ${stale} then hashrate_ths end`)
          .as('hashrateThs'),
        eb.fn
          .sum<number>(
            sql`case when online = 1 and last_seen_at >= ${stale} and power_w is not null then power_w end`,
          )
          .as('powerW'),
        eb.fn
          .sum<number>(
            sql`case when online = 1 and last_seen_at >= ${stale} and power_w is not null then hashrate_ths end`,
          )
          .as('poweredThs'),
        eb.fn.sum<number>(sql`case when unit_id is null then 1 else 0 end`).as('unknown'),
        eb.fn
          .sum<number>(sql`case when swapped_boards is not null then 1 else 0 end`)
          .as('swapped'),
        eb.fn.max('lastSeenAt').as('lastSeenAt'),
      ])
      .where('siteId', 'in', siteIds)
      .groupBy(['siteId', 'model'])
      .execute();
    const models = new Map((await deps.catalog.listModels(actor)).map((m) => [m.name, m]));
    const bySite = new Map<string, typeof rows>();
    for (const r of rows) bySite.set(r.siteId, [...(bySite.get(r.siteId) ?? []), r]);
    return new Map(siteIds.map((id) => [id, summarise(bySite.get(id) ?? [], models)] as const));
  }

  function summarise(
    rows: {
      model: string | null;
      machines: number | string;
      online: number | string | null;
      hashrateThs: number | string | null;
      powerW: number | string | null;
      poweredThs: number | string | null;
      unknown: number | string | null;
      swapped: number | string | null;
      lastSeenAt: number | string | null;
    }[],
    models: Map<string, { hashrateThs: number; efficiencyJth: number }>,
  ) {
    const n = (v: number | string | null) => Number(v ?? 0);
    let machines = 0;
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
    const byModel = [];
    for (const r of rows) {
      const model = r.model ? models.get(r.model.trim()) : undefined;
      machines += n(r.machines);
      online += n(r.online);
      hashrate += n(r.hashrateThs);
      nominal += model ? model.hashrateThs * n(r.machines) : 0;
      power += n(r.powerW);
      powered += n(r.poweredThs);
      // Machines that report no power are costed at their model's rated efficiency.
      if (model) {
        nominalPower += (n(r.hashrateThs) - n(r.poweredThs)) * model.efficiencyJth;
        costedThs += n(r.hashrateThs) - n(r.poweredThs);
      }
      unknown += n(r.unknown);
      swapped += n(r.swapped);
      if (r.lastSeenAt !== null) lastSeenAt = Math.max(lastSeenAt ?? 0, n(r.lastSeenAt));
      byModel.push({
        model: r.model,
        machines: n(r.machines),
        online: n(r.online),
        hashrateThs: n(r.hashrateThs),
        nominalThs: model ? model.hashrateThs * n(r.machines) : null,
      });
    }
    return {
      machines,
      online,
      onlineShare: machines ? online / machines : null,
      hashrateThs: hashrate,
      nominalThs: nominal,
      hashrateShare: nominal ? hashrate / nominal : null,
      /** J/TH over machines reporting power, others at their model's rating (unknown models left out). */
      efficiencyJth:
        powered + costedThs > 0 ? (power + nominalPower) / (powered + costedThs) : null,
      efficiencyReportedShare: hashrate > 0 ? powered / hashrate : null,
      unknown,
      swapped,
      lastSeenAt,
      byModel: byModel.sort((a, b) => b.machines - a.machines),
    };
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
      const sums = await summaries(
        sites.map((s) => s.id),
        actor,
      );
      return sites.map((s) => ({ site: s, summary: sums.get(s.id)! }));
    },

    async siteSummary(actor: Actor, siteId: string, trendHours = 24) {
      const site = await visibleSite(actor, siteId);
      const summary = (await summaries([siteId], actor)).get(siteId)!;
      const now = deps.clock.now();
      const trend = await deps.store.siteSeries(siteId, {
        from: now - trendHours * 3_600_000,
        to: now,
        resolution: trendHours > 48 ? '1h' : '5m',
      });
      return { site, summary, trend };
    },

    async machines(actor: Actor, siteId: string, f: MachineFilter) {
      await visibleSite(actor, siteId);
      const stale = await staleBefore();
      let q = db.selectFrom('fleetMachines').where('siteId', '=', siteId);
      if (f.status === 'online') q = q.where('online', '=', 1).where('lastSeenAt', '>=', stale);
      if (f.status === 'offline')
        q = q.where((eb) => eb.or([eb('online', '=', 0), eb('lastSeenAt', '<', stale)]));
      if (f.model) q = q.where('model', '=', f.model);
      if (f.matched !== undefined) q = q.where('unitId', f.matched ? 'is not' : 'is', null);
      if (f.swapped !== undefined) q = q.where('swappedBoards', f.swapped ? 'is not' : 'is', null);
      if (f.q) {
        const like = `%${f.q.replace(/[%_\\]/g, (c) => `\\${c}`)}%`;
        q = q.where((eb) =>
          eb.or(
            (['ip', 'unitSerial', 'mac', 'hostname', 'matchedSerial'] as const).map((c) =>
              eb(c, 'like', sql<string>`${like} escape '\\'`),
            ),
          ),
        );
      }
      const total = Number(
        (await q.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n,
      );
      const column = SORT_COLUMN[f.sort ?? 'ip'];
      const rows = await q
        .selectAll()
        .orderBy(column, f.order ?? 'asc')
        .orderBy('ipNumber')
        .limit(f.limit ?? 100)
        .offset(f.offset ?? 0)
        .execute();
      return { total, items: rows.map((r) => presentMachine(r, stale)) };
    },

    async machine(actor: Actor, id: string) {
      const { row, site } = await visibleMachine(actor, id);
      return {
        ...presentMachine(row, await staleBefore()),
        site,
        reading: JSON.parse(row.reading) as MinerReading,
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
