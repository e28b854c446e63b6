import type { Logger } from 'pino';
import type { Actor } from '../../platform/authz.js';
import type { Clock } from '../../platform/clock.js';
import {
  inTransaction,
  isUniqueViolation,
  tablesOf,
  type AnyDb,
} from '../../platform/db/database.js';
import { conflict, forbidden, notFound } from '../../platform/errors.js';
import type { UnitIdentities } from '../production/index.js';
import type { FleetSites } from './fleet.ports.js';
import { createKnownUnits } from './known-units.js';
import type { FleetTables, MachinesTable } from './fleet.tables.js';
import {
  cluesFingerprint,
  identityKey,
  matchReading,
  type IdentityClues,
} from './matching.engine.js';
import type { MinerReading, TelemetryBatch } from './reading.js';
import {
  cluesOf,
  descriptorOf,
  gistOf,
  ipNumber,
  KEEP_READING_EVERY_MS,
  machineIdOf,
} from './machine-keys.js';
import { sampleOf } from './samples.js';
import type { TelemetrySample, TelemetryStore } from './store/telemetry-store.js';
import type { HealthInput } from './health/health.service.js';

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

/** Readings stamped later than this past the server's clock are taken as of now. */
const FUTURE_SLACK_MS = 60_000;
/**
 * Machines are matched again this often even when their clues do not change: the books do
 * (a depot repair records the board it fitted; a unit gets built).
 */
const REMATCH_AFTER_MS = 24 * 3_600_000;
/** Rows per multi-row upsert: under SQLite's 32,766 bound variables at 20 columns a row. */
const UPSERT_ROWS = 1_500;

type Known = Pick<
  MachinesTable,
  | 'id'
  | 'updatedAt'
  | 'identityKey'
  | 'ip'
  | 'fingerprint'
  | 'descriptor'
  | 'unitId'
  | 'matchedSerial'
  | 'matchedBy'
  | 'swappedBoards'
  | 'firstSeenAt'
>;

const KNOWN_COLUMNS = [
  'id',
  'updatedAt',
  'identityKey',
  'ip',
  'fingerprint',
  'descriptor',
  'unitId',
  'matchedSerial',
  'matchedBy',
  'swappedBoards',
  'firstSeenAt',
] as const;

/** A site's machines by identity and by address, as last committed. */
interface SiteIndex {
  byKey: Map<string, Known>;
  byIp: Map<string, Known>;
  /** When each machine's whole reading was last kept, and what it said in short. */
  kept: Map<string, { at: number; gist: string }>;
}

/**
 * Applies a site collector's batch: every reading goes to the telemetry store (history and each
 * machine's latest state); the machine table changes only when a machine is new or its identity
 * changed (then it is matched again to the units built here); the batch id is kept, once.
 * Offline readings (a miner that did not answer) carry only an address: they count against the
 * machine last seen there.
 *
 * Each site's machines are indexed in memory after the first batch, so a steady sweep costs no
 * reads of the machine table; the index follows this process's commits (one Rigline process
 * ingests a given site — its collector pushes to one server).
 */
export function createIngestService(deps: {
  db: AnyDb;
  clock: Clock;
  logger: Logger;
  store: TelemetryStore;
  identities: UnitIdentities;
  sites: FleetSites;
  /** Told of every poll once its batch is committed (health detection). */
  afterApply?: (siteId: string, polls: HealthInput[]) => Promise<unknown>;
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

  const knownUnits = createKnownUnits(deps);
  const indexes = new Map<string, SiteIndex>();

  /** The reading's JSON when it is due to be kept (see KEEP_READING_EVERY_MS), else null. */
  function keepReading(index: SiteIndex, id: string, r: MinerReading): string | null {
    const gist = gistOf(r);
    const last = index.kept.get(id);
    if (last && last.gist === gist && r.at - last.at < KEEP_READING_EVERY_MS && r.at >= last.at)
      return null;
    index.kept.set(id, { at: r.at, gist });
    return JSON.stringify(r);
  }
  async function siteIndex(siteId: string): Promise<SiteIndex> {
    const cached = indexes.get(siteId);
    if (cached) return cached;
    const rows = await db
      .selectFrom('fleetMachines')
      .select(KNOWN_COLUMNS)
      .where('siteId', '=', siteId)
      .orderBy('updatedAt')
      .execute();
    const index: SiteIndex = { byKey: new Map(), byIp: new Map(), kept: new Map() };
    for (const r of rows) {
      index.byKey.set(r.identityKey, r);
      index.byIp.set(r.ip, r); // the machine seen there last wins
    }
    indexes.set(siteId, index);
    return index;
  }

  async function apply(siteId: string, batch: TelemetryBatch): Promise<IngestResult> {
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

    const now = deps.clock.now();
    // The last reading of an address wins within a batch; a collector clock running ahead is
    // not trusted past the server's (a reading "from the future" would freeze the latest state).
    const byAddress = new Map<string, MinerReading>();
    for (const r of batch.readings)
      byAddress.set(r.ip, r.at > now + FUTURE_SLACK_MS ? { ...r, at: now } : r);
    const readings = [...byAddress.values()];
    const index = await siteIndex(siteId);
    // Machines that identified themselves in this batch: an anonymous reading at an address
    // one of them has left is not that machine (it moved; something else answers there now).
    const identified = new Set<string>();
    for (const r of readings) {
      const key = identityKey(r);
      if (!key.startsWith('ip:'))
        identified.add(index.byKey.get(key)?.id ?? machineIdOf(siteId, key));
    }
    const writes = new Map<string, { row: MachinesTable; at: number; before: Known | undefined }>();
    const phantoms = new Set<Known>();
    const toMatch = new Map<string, IdentityClues>();
    const polls: { id: string; r: MinerReading; before: Known | undefined }[] = [];
    const samples: TelemetrySample[] = [];
    const texts: (string | null)[] = [];
    const problems: (string | null)[] = [];
    for (const r of readings) {
      const key = identityKey(r);
      const clues = cluesOf(r);
      const atIp = index.byIp.get(r.ip);
      const anonymous = key.startsWith('ip:');
      // Nothing but an address: the machine seen there before, now silent or anonymous.
      let before = anonymous ? (atIp ?? index.byKey.get(key)) : index.byKey.get(key);
      if (anonymous && before && identified.has(before.id)) before = index.byKey.get(key);
      const id = before?.id ?? machineIdOf(siteId, key);
      samples.push(sampleOf(siteId, id, r));
      polls.push({ id, r, before });
      texts.push(r.online ? keepReading(index, id, r) : null);
      problems.push(r.problems.length ? JSON.stringify(r.problems) : null);
      if (!r.online && before) continue;
      // An anonymous answer (its web interface failed this time) never rewrites who a known
      // machine is: only its sample counts.
      if (anonymous && before && !before.identityKey.startsWith('ip:')) continue;
      const fingerprint = cluesFingerprint(clues);
      const descriptor = descriptorOf(r);
      const rematch =
        !before || before.fingerprint !== fingerprint || before.updatedAt < now - REMATCH_AFTER_MS;
      if (before && !rematch && before.descriptor === descriptor) continue;
      const earlier = writes.get(id);
      // Two readings of one machine (a cloned MAC, say): the newer one is written.
      if (earlier && earlier.at > r.at) continue;
      if (!before && !earlier) result.machinesNew += 1;
      if (!anonymous && atIp && atIp.identityKey.startsWith('ip:') && atIp.id !== id)
        phantoms.add(atIp);
      writes.set(id, {
        at: r.at,
        before,
        row: {
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
          descriptor,
          firstSeenAt: before?.firstSeenAt ?? r.at,
          updatedAt: now,
        },
      });
      if (rematch) toMatch.set(id, clues);
      else toMatch.delete(id);
    }

    if (toMatch.size) {
      const known = await knownUnits([...toMatch.values()]);
      for (const [id, clues] of toMatch) {
        const row = writes.get(id)!.row;
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

    // History first: the store keeps one sample a machine and instant, so if the commit below
    // fails, the collector's retry of the same batch replaces its samples, never doubles them.
    await deps.store.append(samples, now, texts, problems);
    const rows = [...writes.values()].map((w) => w.row);
    try {
      await inTransaction(deps.db, async (trx) => {
        const t = tablesOf<FleetTables>(trx);
        for (let i = 0; i < rows.length; i += UPSERT_ROWS) {
          await t
            .insertInto('fleetMachines')
            .values(rows.slice(i, i + UPSERT_ROWS))
            .onConflict((oc) =>
              oc.column('id').doUpdateSet((eb) => {
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
                  descriptor: x('descriptor'),
                  updatedAt: x('updatedAt'),
                };
              }),
            )
            .execute();
        }
        if (phantoms.size)
          await t
            .deleteFrom('fleetMachines')
            .where(
              'id',
              'in',
              [...phantoms].map((p) => p.id),
            )
            .execute();
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
    } catch (error) {
      // Another process applied the same batch meanwhile: that is a duplicate, not a failure.
      if (isUniqueViolation(error)) return { ...result, duplicate: true };
      throw error;
    }
    for (const p of phantoms) index.byKey.delete(p.identityKey);
    for (const { row, before } of writes.values()) {
      // A machine that moved no longer stands for its old address.
      if (before && before.ip !== row.ip && index.byIp.get(before.ip)?.id === row.id)
        index.byIp.delete(before.ip);
      index.byKey.set(row.identityKey, row);
      index.byIp.set(row.ip, row);
    }
    if (deps.afterApply) {
      const inputs = polls.map(({ id, r, before }) => {
        const known = writes.get(id)?.row ?? before;
        return {
          machineId: id,
          unitId: known?.unitId ?? null,
          unitSerial: known?.matchedSerial ?? null,
          reading: r,
        };
      });
      // The batch is in: a failure past this point is logged, not the collector's to retry.
      await deps.afterApply(siteId, inputs).catch((error: unknown) => {
        deps.logger.error({ err: error, siteId }, 'health detection failed');
      });
    }
    return result;
  }

  /** One batch of a site at a time: its machine index is read and written by each. */
  const queues = new Map<string, Promise<unknown>>();

  return {
    async ingest(actor: Actor, batch: TelemetryBatch): Promise<IngestResult> {
      if (actor.type !== 'site' || !actor.siteId) {
        throw forbidden('FLEET_SITE_TOKEN_REQUIRED', 'Telemetry is pushed with a site token.');
      }
      const siteId = actor.siteId;
      const previous = queues.get(siteId) ?? Promise.resolve();
      const run = previous.catch(() => undefined).then(() => apply(siteId, batch));
      queues.set(siteId, run);
      try {
        return await run;
      } finally {
        if (queues.get(siteId) === run) queues.delete(siteId);
      }
    },
  };
}

export type IngestService = ReturnType<typeof createIngestService>;
