import { tablesOf, type AnyDb } from '../../platform/db/database.js';
import type { FleetTables } from './fleet.tables.js';
import type { Firmware } from './reading.js';
import type { TelemetryStore } from './store/telemetry-store.js';

/** A machine as the site summary and the whole-site table need it: no more columns than that. */
export interface SiteMachine {
  id: string;
  ip: string;
  hostname: string | null;
  model: string | null;
  firmware: Firmware;
  unitSerial: string | null;
  unitId: string | null;
  /** Serials read of boards not fitted in its unit (empty when none). */
  swappedBoards: string[];
  online: boolean;
  lastSeenAt: number | null;
  hashrateThs: number | null;
  idealThs: number | null;
  powerW: number | null;
  chipTempMaxC: number | null;
  fanMinRpm: number | null;
  /** Why it could not be read, or what it reports, at the newest poll. */
  problem: string | null;
}

/** How long one read of a site's machines serves the next requests. */
const SHARE_MS = 2_000;

/**
 * Every machine of a site with its latest state, read lean (a site may have 30,000): the
 * identity columns that matter, merged with the store's latest state in one pass.
 */
export function createSiteMachines(deps: { db: AnyDb; store: TelemetryStore; now: () => number }) {
  const db = tablesOf<FleetTables>(deps.db);
  const recent = new Map<string, { at: number; staleMs: number; value: Promise<SiteMachine[]> }>();

  async function read(siteId: string, staleAfterMs: number): Promise<SiteMachine[]> {
    const staleBefore = deps.now() - staleAfterMs;
    const [rows, latest] = await Promise.all([
      db
        .selectFrom('fleetMachines')
        .select([
          'id',
          'ip',
          'hostname',
          'model',
          'firmware',
          'unitSerial',
          'matchedSerial',
          'unitId',
          'swappedBoards',
        ])
        .where('siteId', '=', siteId)
        .orderBy('ipNumber')
        .execute(),
      deps.store.latest(siteId),
    ]);
    const byId = new Map(latest.map((l) => [l.machineId, l]));
    return rows.map((r) => {
      const l = byId.get(r.id);
      const online = !!l && l.online && l.lastSeenAt >= staleBefore;
      return {
        id: r.id,
        ip: r.ip,
        hostname: r.hostname,
        model: r.model,
        firmware: r.firmware,
        unitSerial: r.matchedSerial ?? r.unitSerial,
        unitId: r.unitId,
        swappedBoards: r.swappedBoards ? (JSON.parse(r.swappedBoards) as string[]) : [],
        online,
        lastSeenAt: l?.lastSeenAt ?? null,
        // Figures are what it said when last online; an offline machine hashes nothing now.
        hashrateThs: online ? (l?.hashrateThs ?? null) : null,
        idealThs: l?.idealThs ?? null,
        powerW: online ? (l?.powerW ?? null) : null,
        chipTempMaxC: l?.chipTempMaxC ?? null,
        fanMinRpm: l?.fanMinRpm ?? null,
        problem: l?.problems ? ((JSON.parse(l.problems) as string[])[0] ?? null) : null,
      };
    });
  }

  return {
    /**
     * The site's machines. The sites list, a site's summary and its table are asked for within
     * moments of each other: they share one read for SHARE_MS, unless a batch for the site was
     * ingested since (`changed`), so what a collector just pushed is never hidden.
     */
    read(siteId: string, staleAfterMs: number) {
      const now = deps.now();
      const hit = recent.get(siteId);
      if (hit && now - hit.at < SHARE_MS && hit.staleMs === staleAfterMs) return hit.value;
      const value = read(siteId, staleAfterMs);
      recent.set(siteId, { at: now, staleMs: staleAfterMs, value });
      value.catch(() => recent.delete(siteId));
      return value;
    },
    /** A batch for the site was ingested: the next read is fresh. */
    changed(siteId: string) {
      recent.delete(siteId);
    },
  };
}

const round = (x: number | null, places: number) =>
  x === null ? null : Math.round(x * 10 ** places) / 10 ** places;

/** The whole-site machine table in columns (figures rounded to what the table shows). */
export function machineColumns(machines: SiteMachine[], faults: Map<string, string[]>) {
  const n = machines.length;
  const cols = {
    id: new Array<string>(n),
    ip: new Array<string>(n),
    hostname: new Array<string | null>(n),
    model: new Array<string | null>(n),
    firmware: new Array<Firmware>(n),
    unitSerial: new Array<string | null>(n),
    builtHere: new Array<boolean>(n),
    swappedBoards: new Array<string[]>(n),
    online: new Array<boolean>(n),
    hashrateThs: new Array<number | null>(n),
    idealThs: new Array<number | null>(n),
    chipTempMaxC: new Array<number | null>(n),
    fanMinRpm: new Array<number | null>(n),
    lastSeenAt: new Array<number | null>(n),
    problem: new Array<string | null>(n),
    faults: new Array<string>(n),
  };
  for (let i = 0; i < n; i++) {
    const m = machines[i]!;
    cols.id[i] = m.id;
    cols.ip[i] = m.ip;
    cols.hostname[i] = m.hostname;
    cols.model[i] = m.model;
    cols.firmware[i] = m.firmware;
    cols.unitSerial[i] = m.unitSerial;
    cols.builtHere[i] = m.unitId !== null;
    cols.swappedBoards[i] = m.swappedBoards;
    cols.online[i] = m.online;
    cols.hashrateThs[i] = round(m.hashrateThs, 2);
    cols.idealThs[i] = round(m.idealThs, 2);
    cols.chipTempMaxC[i] = round(m.chipTempMaxC, 0);
    cols.fanMinRpm[i] = m.fanMinRpm;
    cols.lastSeenAt[i] = m.lastSeenAt;
    cols.problem[i] = m.online ? null : m.problem;
    cols.faults[i] = faults.get(m.id)?.join(',') ?? '';
  }
  return cols;
}

export type SiteMachines = ReturnType<typeof createSiteMachines>;
