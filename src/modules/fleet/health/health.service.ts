import type { Logger } from 'pino';
import type { Clock } from '../../../platform/clock.js';
import { inTransaction, tablesOf, type AnyDb } from '../../../platform/db/database.js';
import type { EventBus } from '../../../platform/events/events.js';
import { newId } from '../../../platform/ids.js';
import type { UnitIdentities } from '../../production/index.js';
import type { FleetSites } from '../fleet.ports.js';
import type { MinerReading } from '../reading.js';
import { newMachineHealth, observe, restoreEpisode, type MachineHealth } from './detect.engine.js';
import type { FaultEpisodesTable, HealthTables, WarrantyEvidenceTable } from './health.tables.js';
import type {
  BirthCertificate,
  EpisodeChange,
  EvidenceFinding,
  Observation,
} from './health.types.js';
import { observationOf, snapshotOf } from './observation.js';
import type { HealthThresholdsService } from './thresholds.service.js';

/** One machine's poll as ingest applied it. */
export interface HealthInput {
  machineId: string;
  unitId: string | null;
  unitSerial: string | null;
  reading: MinerReading;
}

export interface HealthSweep {
  machines: number;
  opened: number;
  updated: number;
  resolved: number;
  evidence: number;
  /** Time spent judging (the engine), and in all (with what was written), ms. */
  detectMs: number;
  totalMs: number;
}

interface MachineEntry {
  health: MachineHealth;
  model: string | null;
  unitId: string | null;
  unitSerial: string | null;
  birth: BirthCertificate | null;
  birthAt: number;
}

const newEntry = (who: Pick<MachineEntry, 'model' | 'unitId' | 'unitSerial'>): MachineEntry => ({
  health: newMachineHealth(),
  model: who.model,
  unitId: who.unitId,
  unitSerial: who.unitSerial,
  birth: null,
  birthAt: 0,
});

/** A unit's birth certificate is read again this often (a depot retest makes a new one). */
const BIRTH_TTL_MS = 6 * 3_600_000;
const INSERT_ROWS = 200;

/**
 * Runs detection over every poll ingest applies, site by site: each machine's state is kept in
 * memory (open episodes are read back after a restart); episode changes and warranty evidence
 * are written in one transaction with their events (`fleet.fault.opened`, `…resolved`), which
 * the fault-to-ticket flow and webhooks follow.
 */
export function createHealthService(deps: {
  db: AnyDb;
  clock: Clock;
  logger: Logger;
  events: EventBus;
  sites: FleetSites;
  identities: Pick<UnitIdentities, 'birthCertificates'>;
  thresholds: HealthThresholdsService;
}) {
  const db = tablesOf<HealthTables>(deps.db);
  const sites = new Map<string, Map<string, MachineEntry>>();
  const owners = new Map<string, { customerId: string; at: number }>();
  const totals = { batches: 0, machines: 0, detectMs: 0, totalMs: 0 };

  async function ownerOf(siteId: string) {
    const known = owners.get(siteId);
    if (known && deps.clock.now() - known.at < 600_000) return known.customerId;
    const [site] = await deps.sites.list({ ids: [siteId] });
    owners.set(siteId, { customerId: site?.customerId ?? '', at: deps.clock.now() });
    return site?.customerId ?? '';
  }

  async function siteState(siteId: string) {
    let machines = sites.get(siteId);
    if (machines) return machines;
    machines = new Map();
    const open = await db
      .selectFrom('fleetFaultEpisodes')
      .select(['machineId', 'unitId', 'unitSerial', 'model', 'fault', 'part', 'since', 'worst'])
      .select('threshold')
      .where('siteId', '=', siteId)
      .where('status', '=', 'open')
      .execute();
    const now = deps.clock.now();
    for (const e of open) {
      let entry = machines.get(e.machineId);
      if (!entry) {
        entry = newEntry(e);
        machines.set(e.machineId, entry);
      }
      restoreEpisode(entry.health, e, now);
    }
    sites.set(siteId, machines);
    return machines;
  }

  async function refreshBirth(entries: MachineEntry[]) {
    const now = deps.clock.now();
    const due = entries.filter((e) => e.unitId && now - e.birthAt > BIRTH_TTL_MS);
    if (!due.length) return;
    const certs = await deps.identities.birthCertificates(due.map((e) => e.unitId!));
    for (const e of due) {
      e.birth = certs.get(e.unitId!) ?? null;
      e.birthAt = now;
    }
  }

  return {
    async observe(siteId: string, inputs: readonly HealthInput[]): Promise<HealthSweep> {
      const started = performance.now();
      const machines = await siteState(siteId);
      const entries: MachineEntry[] = [];
      for (const input of inputs) {
        let entry = machines.get(input.machineId);
        if (!entry) {
          entry = newEntry({ model: null, unitId: null, unitSerial: null });
          machines.set(input.machineId, entry);
        }
        if (input.reading.model) entry.model = input.reading.model;
        if (entry.unitId !== input.unitId) entry.birthAt = 0;
        entry.unitId = input.unitId;
        entry.unitSerial = input.unitSerial;
        entries.push(entry);
      }
      await refreshBirth(entries);
      const resolve = await deps.thresholds.resolver();

      const detectStart = performance.now();
      const changed: { input: HealthInput; entry: MachineEntry; change: EpisodeChange }[] = [];
      const found: { input: HealthInput; entry: MachineEntry; finding: EvidenceFinding }[] = [];
      for (let i = 0; i < inputs.length; i++) {
        const input = inputs[i]!;
        const entry = entries[i]!;
        const { thresholds, shape } = resolve(entry.model);
        const o: Observation = observationOf(input.reading);
        const verdict = observe(entry.health, o, thresholds, shape, entry.birth);
        for (const change of verdict.changes) changed.push({ input, entry, change });
        for (const finding of verdict.evidence) found.push({ input, entry, finding });
      }
      const detectMs = performance.now() - detectStart;

      const sweep: HealthSweep = {
        machines: inputs.length,
        opened: 0,
        updated: 0,
        resolved: 0,
        evidence: found.length,
        detectMs,
        totalMs: 0,
      };
      for (const c of changed) sweep[c.change.type] += 1;
      if (changed.length || found.length) {
        try {
          await write(siteId, await ownerOf(siteId), changed, found);
        } catch (error) {
          // Memory says what the database does not: start this site again from what is stored.
          sites.delete(siteId);
          throw error;
        }
      }
      sweep.totalMs = performance.now() - started;
      totals.batches += 1;
      totals.machines += sweep.machines;
      totals.detectMs += sweep.detectMs;
      totals.totalMs += sweep.totalMs;
      return sweep;
    },

    /** Work done since start: batches judged, machines, time judging and in all (ms). */
    totals: () => ({ ...totals }),
  };

  async function write(
    siteId: string,
    customerId: string,
    changed: { input: HealthInput; entry: MachineEntry; change: EpisodeChange }[],
    found: { input: HealthInput; entry: MachineEntry; finding: EvidenceFinding }[],
  ) {
    const now = deps.clock.now();
    await inTransaction(deps.db, async (trx) => {
      const t = tablesOf<HealthTables>(trx);
      const rows: FaultEpisodesTable[] = [];
      for (const { input, entry, change } of changed) {
        const openKey = `${input.machineId}|${change.fault}|${change.part}`;
        if (change.type === 'opened') {
          rows.push({
            id: newId(),
            siteId,
            customerId,
            machineId: input.machineId,
            unitId: entry.unitId,
            unitSerial: entry.unitSerial,
            model: entry.model,
            fault: change.fault,
            part: change.part,
            status: 'open',
            openKey,
            since: change.since,
            openedAt: change.at,
            lastSeenAt: change.at,
            resolvedAt: null,
            value: Math.round(change.value),
            worst: Math.round(change.value),
            threshold: Math.round(change.threshold),
            snapshot: JSON.stringify(snapshotOf(input.reading)),
            ticketKind: null,
            ticketRef: null,
            updatedAt: now,
          });
        } else if (change.type === 'updated') {
          await t
            .updateTable('fleetFaultEpisodes')
            .set({
              value: Math.round(change.value),
              worst: Math.round(change.worst),
              lastSeenAt: change.at,
              updatedAt: now,
            })
            .where('openKey', '=', openKey)
            .execute();
        } else {
          const ended = await t
            .updateTable('fleetFaultEpisodes')
            .set({ status: 'resolved', openKey: null, resolvedAt: change.at, updatedAt: now })
            .where('openKey', '=', openKey)
            .returning(['id', 'fault', 'part', 'unitSerial'])
            .executeTakeFirst();
          if (ended)
            await deps.events.emit(trx, {
              type: 'fleet.fault.resolved',
              entityType: 'fault_episode',
              entityId: ended.id,
              customerId,
              payload: { siteId, machineId: input.machineId, ...ended, at: change.at },
            });
        }
      }
      for (let i = 0; i < rows.length; i += INSERT_ROWS) {
        const chunk = rows.slice(i, i + INSERT_ROWS);
        // An episode already open (another process's write) is left as it is.
        const inserted = await t
          .insertInto('fleetFaultEpisodes')
          .values(chunk)
          .onConflict((oc) => oc.column('openKey').doNothing())
          .returning('id')
          .execute();
        const ids = new Set(inserted.map((r) => r.id));
        for (const e of chunk)
          if (ids.has(e.id))
            await deps.events.emit(trx, {
              type: 'fleet.fault.opened',
              entityType: 'fault_episode',
              entityId: e.id,
              customerId,
              payload: {
                siteId,
                machineId: e.machineId,
                unitSerial: e.unitSerial,
                fault: e.fault,
                part: e.part,
                value: e.value,
                threshold: e.threshold,
                since: e.since,
              },
            });
      }
      for (const { input, entry, finding } of found) {
        const row: WarrantyEvidenceTable = {
          id: newId(),
          siteId,
          customerId,
          machineId: input.machineId,
          unitId: entry.unitId,
          unitSerial: entry.unitSerial,
          kind: finding.kind,
          value: finding.value === null ? null : Math.round(finding.value),
          detail: finding.detail,
          firstSeenAt: finding.at,
          lastSeenAt: finding.at,
          occurrences: 1,
        };
        await t
          .insertInto('fleetWarrantyEvidence')
          .values(row)
          .onConflict((oc) =>
            oc.columns(['machineId', 'kind']).doUpdateSet((eb) => ({
              unitId: row.unitId,
              unitSerial: row.unitSerial,
              value: row.value,
              detail: row.detail,
              lastSeenAt: row.lastSeenAt,
              occurrences: eb('fleetWarrantyEvidence.occurrences', '+', 1),
            })),
          )
          .execute();
      }
    });
  }
}

export type HealthService = ReturnType<typeof createHealthService>;
