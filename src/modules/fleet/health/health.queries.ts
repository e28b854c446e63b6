import type { Actor } from '../../../platform/authz.js';
import { customerScope } from '../../../platform/authz.js';
import { tablesOf, type AnyDb } from '../../../platform/db/database.js';
import { notFound } from '../../../platform/errors.js';
import type { FleetSites } from '../fleet.ports.js';
import type { FleetTables } from '../fleet.tables.js';
import type { FaultEpisodesTable, HealthTables, WarrantyEvidenceTable } from './health.tables.js';
import { FAULT_LABELS, type HealthFault } from './health.types.js';
import { whereabouts, type Whereabouts } from './whereabouts.js';

export interface FaultFilter {
  siteId?: string | undefined;
  machineId?: string | undefined;
  unitSerial?: string | undefined;
  status?: 'open' | 'resolved' | undefined;
  fault?: HealthFault | undefined;
  limit?: number | undefined;
  offset?: number | undefined;
}

export const episodeNotFound = (id: string) =>
  notFound('FLEET_FAULT_NOT_FOUND', `No fault episode "${id}" is known to you.`);

function presentEpisode(e: FaultEpisodesTable, where: Whereabouts) {
  return {
    id: e.id,
    siteId: e.siteId,
    siteCode: where.siteCode,
    siteName: where.siteName,
    machineId: e.machineId,
    ip: where.ip,
    hostname: where.hostname,
    unitSerial: e.unitSerial,
    model: e.model,
    fault: e.fault,
    label: FAULT_LABELS[e.fault],
    part: e.part,
    status: e.status,
    since: e.since,
    openedAt: e.openedAt,
    lastSeenAt: e.lastSeenAt,
    resolvedAt: e.resolvedAt,
    value: e.value,
    worst: e.worst,
    threshold: e.threshold,
    ticketKind: e.ticketKind,
    ticketRef: e.ticketRef,
  };
}

export function presentEvidence(e: WarrantyEvidenceTable) {
  return {
    kind: e.kind,
    machineId: e.machineId,
    unitSerial: e.unitSerial,
    value: e.value,
    detail: e.detail,
    firstSeenAt: e.firstSeenAt,
    lastSeenAt: e.lastSeenAt,
    occurrences: e.occurrences,
  };
}

/**
 * Reading faults and warranty evidence: staff across every customer, a customer its own sites
 * only (the rows carry the site's owner, so the guard is one condition).
 */
export function createHealthQueries(deps: { db: AnyDb; sites: FleetSites }) {
  const db = tablesOf<HealthTables & FleetTables>(deps.db);

  async function present(rows: FaultEpisodesTable[]) {
    const where = await whereabouts(deps, rows);
    return rows.map((r, i) => presentEpisode(r, where[i]!));
  }

  return {
    async faults(actor: Actor, f: FaultFilter) {
      const scope = customerScope(actor);
      let q = db.selectFrom('fleetFaultEpisodes');
      if (scope !== null) q = q.where('customerId', '=', scope);
      if (f.siteId) q = q.where('siteId', '=', f.siteId);
      if (f.machineId) q = q.where('machineId', '=', f.machineId);
      if (f.unitSerial) q = q.where('unitSerial', '=', f.unitSerial);
      if (f.status) q = q.where('status', '=', f.status);
      if (f.fault) q = q.where('fault', '=', f.fault);
      const [{ n }] = (await q.select((eb) => eb.fn.countAll<number>().as('n')).execute()) as [
        { n: number },
      ];
      const rows = await q
        .selectAll()
        .orderBy('openedAt', 'desc')
        .orderBy('id')
        .limit(f.limit ?? 100)
        .offset(f.offset ?? 0)
        .execute();
      return { total: Number(n), items: await present(rows) };
    },

    async episode(actor: Actor, id: string) {
      const row = await db
        .selectFrom('fleetFaultEpisodes')
        .selectAll()
        .where('id', '=', id)
        .executeTakeFirst();
      const scope = customerScope(actor);
      if (!row || (scope !== null && row.customerId !== scope)) throw episodeNotFound(id);
      const [out] = await present([row]);
      return { ...out!, snapshot: JSON.parse(row.snapshot) as Record<string, unknown> };
    },

    /** Open faults by kind and the machines they are on, per site (the caller checked access). */
    async openBySite(siteIds: readonly string[]) {
      const out = new Map<
        string,
        { byFault: Partial<Record<HealthFault, number>>; machines: number }
      >();
      if (!siteIds.length) return out;
      const rows = await db
        .selectFrom('fleetFaultEpisodes')
        .select(['siteId', 'fault'])
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .where('status', '=', 'open')
        .where('siteId', 'in', [...siteIds])
        .groupBy(['siteId', 'fault'])
        .execute();
      const machines = await db
        .selectFrom('fleetFaultEpisodes')
        .select('siteId')
        .select((eb) => eb.fn.count<number>('machineId').distinct().as('machines'))
        .where('status', '=', 'open')
        .where('siteId', 'in', [...siteIds])
        .groupBy('siteId')
        .execute();
      for (const m of machines) out.set(m.siteId, { byFault: {}, machines: Number(m.machines) });
      for (const r of rows) out.get(r.siteId)!.byFault[r.fault] = Number(r.n);
      return out;
    },

    /** The open faults of each machine of a site that has any. */
    async openByMachine(siteId: string) {
      const rows = await db
        .selectFrom('fleetFaultEpisodes')
        .select(['machineId', 'fault'])
        .where('siteId', '=', siteId)
        .where('status', '=', 'open')
        .execute();
      const out = new Map<string, HealthFault[]>();
      for (const r of rows) {
        const list = out.get(r.machineId) ?? [];
        if (!list.includes(r.fault)) list.push(r.fault);
        out.set(r.machineId, list);
      }
      return out;
    },

    /** How many machines a site has reported. */
    async machineCount(siteId: string) {
      const r = await db
        .selectFrom('fleetMachines')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .where('siteId', '=', siteId)
        .executeTakeFirstOrThrow();
      return Number(r.n);
    },

    /** How many machines of a site have an open fault (counted, not read: outages are big). */
    async faultyMachineCount(siteId: string) {
      const r = await db
        .selectFrom('fleetFaultEpisodes')
        .select((eb) => eb.fn.count<number>('machineId').distinct().as('n'))
        .where('siteId', '=', siteId)
        .where('status', '=', 'open')
        .executeTakeFirstOrThrow();
      return Number(r.n);
    },

    /**
     * Open episodes of a machine, or of a site, as the flow reads them; `waiting`: only those of
     * units built here that no ticket has taken yet.
     */
    openEpisodes(where: { siteId: string; machineId?: string; waiting?: boolean }) {
      let q = db
        .selectFrom('fleetFaultEpisodes')
        .selectAll()
        .where('siteId', '=', where.siteId)
        .where('status', '=', 'open');
      if (where.machineId) q = q.where('machineId', '=', where.machineId);
      if (where.waiting) q = q.where('ticketKind', 'is', null).where('unitSerial', 'is not', null);
      return q.orderBy('openedAt').execute();
    },

    /** One episode as stored (the flow's read; no actor: the flow acts for the system). */
    episodeRow: (id: string) =>
      db.selectFrom('fleetFaultEpisodes').selectAll().where('id', '=', id).executeTakeFirst(),

    async evidence(actor: Actor, f: { machineId?: string; unitSerial?: string }) {
      const scope = customerScope(actor);
      let q = db.selectFrom('fleetWarrantyEvidence').selectAll();
      if (scope !== null) q = q.where('customerId', '=', scope);
      if (f.machineId) q = q.where('machineId', '=', f.machineId);
      if (f.unitSerial) q = q.where('unitSerial', '=', f.unitSerial);
      return (await q.orderBy('firstSeenAt').execute()).map(presentEvidence);
    },
  };
}

export type HealthQueries = ReturnType<typeof createHealthQueries>;
