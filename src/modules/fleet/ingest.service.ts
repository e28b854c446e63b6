import { createHash } from 'node:crypto';
import type { Logger } from 'pino';
import type { Actor } from '../../platform/authz.js';
import type { Clock } from '../../platform/clock.js';
import { inTransaction, tablesOf, type AnyDb } from '../../platform/db/database.js';
import { conflict, forbidden, notFound } from '../../platform/errors.js';
import type { UnitIdentities } from '../production/index.js';
import type { FleetSites } from './fleet.ports.js';
import type { FleetTables, MachinesTable } from './fleet.tables.js';
import {
  cluesFingerprint,
  identityKey,
  matchReading,
  type IdentityClues,
  type KnownUnits,
} from './matching.engine.js';
import type { MinerReading, TelemetryBatch } from './reading.js';
import { sampleOf } from './samples.js';
import type { TelemetrySample, TelemetryStore } from './store/telemetry-store.js';

export interface IngestResult {
  batchId: string;
  /** True when this batch id was applied before: nothing was written again. */
  duplicate: boolean;
  readings: number;
  machinesNew: number;
  /** Machines whose identity changed in this batch and were matched to a unit built here. */
  matched: number;
  unknown: number;
}

const CHUNK = 500;
/** Rows per multi-row upsert: under SQLite's 32,766 bound variables at 31 columns a row. */
const UPSERT_ROWS = 900;

export function ipNumber(ip: string): number {
  const p = ip.split('.');
  if (p.length !== 4) return 0;
  return p.reduce((n, octet) => n * 256 + (Number(octet) & 255), 0);
}

/** Deterministic, so a batch retried after a crash writes history under the same machine. */
function machineIdOf(siteId: string, key: string): string {
  return `m_${createHash('sha1').update(`${siteId}\n${key}`).digest('hex').slice(0, 24)}`;
}

function cluesOf(r: MinerReading): IdentityClues {
  return {
    unitSerial: r.unitSerial,
    mac: r.mac,
    boardSerials: r.boards.flatMap((b) => (b.serial ? [b.serial] : [])),
  };
}

type Known = Pick<
  MachinesTable,
  | 'id'
  | 'identityKey'
  | 'ip'
  | 'fingerprint'
  | 'unitId'
  | 'matchedSerial'
  | 'matchedBy'
  | 'swappedBoards'
  | 'firstSeenAt'
  | 'lastOnlineAt'
>;

/**
 * Applies a site collector's batch: the latest state of each machine (matched to units built
 * here when its identity changes), history into the telemetry store, the batch id once.
 * Offline readings (a miner that did not answer) carry only an address: they mark the machine
 * last seen there offline and keep what it reported before.
 */
export function createIngestService(deps: {
  db: AnyDb;
  clock: Clock;
  logger: Logger;
  store: TelemetryStore;
  identities: UnitIdentities;
  sites: FleetSites;
}) {
  const db = tablesOf<FleetTables>(deps.db);
  const siteSeen = new Map<string, number>();

  async function requireSite(siteId: string) {
    const checked = siteSeen.get(siteId);
    if (checked && deps.clock.now() - checked < 60_000) return;
    const [site] = await deps.sites.list({ ids: [siteId] });
    if (!site) throw notFound('FLEET_SITE_NOT_FOUND', `Site ${siteId} does not exist.`);
    siteSeen.set(siteId, deps.clock.now());
  }

  async function knownRows(siteId: string, keys: string[], ips: string[]) {
    const cols = [
      'id',
      'identityKey',
      'ip',
      'fingerprint',
      'unitId',
      'matchedSerial',
      'matchedBy',
      'swappedBoards',
      'firstSeenAt',
      'lastOnlineAt',
    ] as const;
    const byKey = new Map<string, Known>();
    const byIp = new Map<string, Known>();
    for (let i = 0; i < keys.length; i += CHUNK) {
      const rows = await db
        .selectFrom('fleetMachines')
        .select(cols)
        .where('siteId', '=', siteId)
        .where('identityKey', 'in', keys.slice(i, i + CHUNK))
        .execute();
      for (const r of rows) byKey.set(r.identityKey, r);
    }
    for (let i = 0; i < ips.length; i += CHUNK) {
      const rows = await db
        .selectFrom('fleetMachines')
        .select(cols)
        .where('siteId', '=', siteId)
        .where('ip', 'in', ips.slice(i, i + CHUNK))
        .orderBy('lastSeenAt')
        .execute();
      for (const r of rows) byIp.set(r.ip, r); // the machine seen there last wins
    }
    return { byKey, byIp };
  }

  /** What the books know about the identities in `clues` (units, learned MACs, boards). */
  async function knownUnits(clues: IdentityClues[]): Promise<KnownUnits> {
    const serials = clues.flatMap((c) => (c.unitSerial ? [c.unitSerial] : []));
    const units = new Map(await deps.identities.bySerials(serials));
    const rest = clues.filter((c) => !c.unitSerial || !units.has(c.unitSerial));
    const macs = rest.flatMap((c) => (c.mac ? [c.mac] : []));
    const unitSerialByMac = new Map<string, string>();
    for (let i = 0; i < macs.length; i += CHUNK) {
      const rows = await db
        .selectFrom('fleetMachines')
        .select(['mac', 'matchedSerial'])
        .where('mac', 'in', macs.slice(i, i + CHUNK))
        .where('matchedBy', 'in', ['serial', 'board'])
        .execute();
      for (const r of rows) unitSerialByMac.set(r.mac!, r.matchedSerial!);
    }
    const boards = rest
      .filter((c) => !(c.mac && unitSerialByMac.has(c.mac)))
      .flatMap((c) => c.boardSerials);
    const unitSerialByComponent = await deps.identities.unitSerialsOfComponents(boards);
    const more = [...unitSerialByMac.values(), ...unitSerialByComponent.values()].filter(
      (s) => !units.has(s),
    );
    for (const [s, u] of await deps.identities.bySerials(more)) units.set(s, u);
    return { units, unitSerialByMac, unitSerialByComponent };
  }

  return {
    async ingest(actor: Actor, batch: TelemetryBatch): Promise<IngestResult> {
      if (actor.type !== 'site' || !actor.siteId) {
        throw forbidden('FLEET_SITE_TOKEN_REQUIRED', 'Telemetry is pushed with a site token.');
      }
      const siteId = actor.siteId;
      await requireSite(siteId);
      const result: IngestResult = {
        batchId: batch.batchId,
        duplicate: false,
        readings: batch.readings.length,
        machinesNew: 0,
        matched: 0,
        unknown: 0,
      };
      const seen = await db
        .selectFrom('fleetBatches')
        .select('siteId')
        .where('batchId', '=', batch.batchId)
        .executeTakeFirst();
      if (seen) {
        if (seen.siteId !== siteId)
          throw conflict('FLEET_BATCH_ID_TAKEN', 'This batch id was used by another site.');
        return { ...result, duplicate: true };
      }

      // The last reading of an address wins within a batch.
      const readings = [...new Map(batch.readings.map((r) => [r.ip, r])).values()];
      const keyed = readings.map((r) => ({ r, key: identityKey(r), clues: cluesOf(r) }));
      const { byKey, byIp } = await knownRows(
        siteId,
        keyed.map((k) => k.key),
        keyed.map((k) => k.r.ip),
      );

      const now = deps.clock.now();
      const upserts: MachinesTable[] = [];
      const offline: { id: string; at: number }[] = [];
      const phantoms: string[] = [];
      const toMatch: { row: MachinesTable; clues: IdentityClues }[] = [];
      const samples: TelemetrySample[] = [];
      for (const { r, key, clues } of keyed) {
        const atIp = byIp.get(r.ip);
        const anonymous = key.startsWith('ip:');
        // Nothing but an address: the machine seen there before, now silent or anonymous.
        const before = anonymous ? (atIp ?? byKey.get(key)) : byKey.get(key);
        const id = before?.id ?? machineIdOf(siteId, key);
        const sample = sampleOf(siteId, id, r);
        samples.push(sample);
        if (!r.online && before) {
          offline.push({ id, at: r.at });
          continue;
        }
        if (!before) result.machinesNew += 1;
        if (!anonymous && atIp && atIp.identityKey.startsWith('ip:') && atIp.id !== id)
          phantoms.push(atIp.id);
        const fingerprint = cluesFingerprint(clues);
        const row: MachinesTable = {
          id,
          siteId,
          identityKey: before?.identityKey ?? key,
          ip: r.ip,
          ipNumber: ipNumber(r.ip),
          mac: r.mac,
          unitSerial: r.unitSerial,
          hostname: r.hostname,
          make: r.make,
          model: r.model,
          firmware: r.firmware,
          firmwareVersion: r.firmwareVersion,
          unitId: before?.unitId ?? null,
          matchedSerial: before?.matchedSerial ?? null,
          matchedBy: before?.matchedBy ?? null,
          swappedBoards: before?.swappedBoards ?? null,
          fingerprint,
          online: r.online ? 1 : 0,
          firstSeenAt: before?.firstSeenAt ?? r.at,
          lastSeenAt: r.at,
          lastOnlineAt: r.online ? r.at : (before?.lastOnlineAt ?? null),
          uptimeS: r.uptimeS,
          hashrateThs: sample.hashrateThs,
          idealThs: r.hashrate.thsIdeal,
          powerW: r.powerW,
          chipTempMaxC: sample.chipTempMaxC,
          fanMinRpm: sample.fanMinRpm,
          boards: r.boards.length,
          problems: r.problems.length,
          reading: JSON.stringify(r),
        };
        upserts.push(row);
        if (!before || before.fingerprint !== fingerprint) toMatch.push({ row, clues });
      }

      if (toMatch.length) {
        const known = await knownUnits(toMatch.map((m) => m.clues));
        for (const { row, clues } of toMatch) {
          const match = matchReading(clues, known);
          row.unitId = match?.unitId ?? null;
          row.matchedSerial = match?.serial ?? null;
          row.matchedBy = match?.by ?? null;
          row.swappedBoards = match?.swappedBoards.length
            ? JSON.stringify(match.swappedBoards)
            : null;
          if (match) result.matched += 1;
          else result.unknown += 1;
        }
      }

      // History first: appends are idempotent per (site, machine, time), so a crash before
      // the commit below is repaired by the collector's retry of the same batch.
      await deps.store.append(samples, now);
      await inTransaction(deps.db, async (trx) => {
        const t = tablesOf<FleetTables>(trx);
        for (let i = 0; i < upserts.length; i += UPSERT_ROWS) {
          await t
            .insertInto('fleetMachines')
            .values(upserts.slice(i, i + UPSERT_ROWS))
            .onConflict((oc) =>
              oc
                .column('id')
                .doUpdateSet((eb) => {
                  const x = <K extends keyof MachinesTable>(k: K) => eb.ref(`excluded.${k}`);
                  return {
                    ip: x('ip'),
                    ipNumber: x('ipNumber'),
                    mac: x('mac'),
                    unitSerial: x('unitSerial'),
                    hostname: x('hostname'),
                    make: x('make'),
                    model: x('model'),
                    firmware: x('firmware'),
                    firmwareVersion: x('firmwareVersion'),
                    unitId: x('unitId'),
                    matchedSerial: x('matchedSerial'),
                    matchedBy: x('matchedBy'),
                    swappedBoards: x('swappedBoards'),
                    fingerprint: x('fingerprint'),
                    online: x('online'),
                    lastSeenAt: x('lastSeenAt'),
                    lastOnlineAt: x('lastOnlineAt'),
                    uptimeS: x('uptimeS'),
                    hashrateThs: x('hashrateThs'),
                    idealThs: x('idealThs'),
                    powerW: x('powerW'),
                    chipTempMaxC: x('chipTempMaxC'),
                    fanMinRpm: x('fanMinRpm'),
                    boards: x('boards'),
                    problems: x('problems'),
                    reading: x('reading'),
                  };
                })
                // A batch replayed late never overwrites a newer state.
                .where('fleetMachines.lastSeenAt', '<=', (eb) => eb.ref('excluded.lastSeenAt')),
            )
            .execute();
        }
        for (let i = 0; i < offline.length; i += CHUNK) {
          const chunk = offline.slice(i, i + CHUNK);
          // One statement a chunk: "last seen" is when the chunk's last poll went unanswered.
          const at = Math.max(...chunk.map((o) => o.at));
          await t
            .updateTable('fleetMachines')
            .set({ online: 0, hashrateThs: null, lastSeenAt: at })
            .where(
              'id',
              'in',
              chunk.map((o) => o.id),
            )
            .where('lastSeenAt', '<=', at)
            .execute();
        }
        if (phantoms.length)
          await t.deleteFrom('fleetMachines').where('id', 'in', phantoms).execute();
        await t
          .insertInto('fleetBatches')
          .values({
            batchId: batch.batchId,
            siteId,
            collector: `${batch.collector.name} ${batch.collector.version}`.trim(),
            readings: batch.readings.length,
            sweepAt: batch.sweepAt,
            receivedAt: now,
          })
          .execute();
      });
      return result;
    },
  };
}

export type IngestService = ReturnType<typeof createIngestService>;
