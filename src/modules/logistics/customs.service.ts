import type { Actor } from '../../platform/authz.js';
import { requireAnyRole, STAFF_ROLES, systemActor } from '../../platform/authz.js';
import { inTransaction, tablesOf, type AnyDb } from '../../platform/db/database.js';
import { conflict, invalid } from '../../platform/errors.js';
import { newId } from '../../platform/ids.js';
import type { HoldRisk } from '../sales/index.js';
import {
  addEvent,
  CUSTOMS_DESK,
  daysBetween,
  quantile,
  SHIPPERS,
  type LogisticsDeps,
  type SourceRow,
} from './logistics.deps.js';
import type {
  CustomsHoldsTable,
  HoldReason,
  LogisticsTables,
  ShipmentsTable,
  ShipmentStatus,
} from './logistics.tables.js';
import { loadShipment } from './shipment.queries.js';

/** Recorded holds outweigh a lane's prior once this many shipments have reached port. */
const PRIOR_WEIGHT_SHIPMENTS = 10;
/** Hold lengths are learned from the records once there are this many. */
const MIN_DURATIONS = 3;

/**
 * The customs leg of an import: arrival at the port, the entry filed with the trade module
 * (duty by program at the entry date), holds with their reason, length and daily cost, and
 * release. Holds teach each lane its risk, which promising reads.
 */
export function createCustomsService(deps: LogisticsDeps) {
  const db = tablesOf<LogisticsTables>(deps.db);

  /** Loads, checks the state, applies `change` and records the timeline line, in one commit. */
  async function step(
    actor: Actor,
    key: string,
    from: ShipmentStatus[],
    what: string,
    change: (trx: AnyDb, s: ShipmentsTable) => Promise<Partial<ShipmentsTable>>,
  ) {
    return inTransaction(deps.db, async (trx) => {
      const before = await loadShipment(trx, actor, key, true);
      if (!from.includes(before.status))
        throw conflict(
          'LOGISTICS_SHIPMENT_STATE',
          `${before.number} is ${before.status.replace('_', ' ')}: it cannot ${what}.`,
        );
      const set = { ...(await change(trx, before)), updatedAt: deps.clock.now() };
      await tablesOf<LogisticsTables>(trx)
        .updateTable('logisticsShipments')
        .set(set)
        .where('id', '=', before.id)
        .execute();
      await deps.audit.record(trx, actor, {
        action: `logistics.shipment.${what.replace(/ /g, '_')}`,
        entityType: 'shipment',
        entityId: before.id,
        before: { status: before.status },
        after: set,
        customerId: before.customerId,
      });
      return { ...before, ...set };
    });
  }

  const importOnly = (s: ShipmentsTable) => {
    if (s.kind !== 'import')
      throw conflict('LOGISTICS_NOT_IMPORT', `${s.number} is domestic: it does not clear customs.`);
  };
  const notBefore = (date: string, earliest: string, what: string) => {
    if (date < earliest)
      throw invalid('LOGISTICS_DATE_ORDER', `${what} (${date}) cannot be before ${earliest}.`);
  };
  const notFuture = (date: string) => {
    if (date > deps.clock.today())
      throw invalid('LOGISTICS_DATE_FUTURE', `${date} is in the future: record what happened.`);
  };

  return {
    /** A carrier's checkpoint on the timeline (any shipment not yet delivered). */
    checkpoint(
      actor: Actor,
      key: string,
      input: { on: string; location: string; note?: string | null },
    ) {
      requireAnyRole(actor, SHIPPERS);
      notFuture(input.on);
      return step(
        actor,
        key,
        ['in_transit', 'at_port', 'held', 'released'],
        'add a checkpoint',
        async (trx, s) => {
          notBefore(input.on, s.departedOn, 'The checkpoint');
          await addEvent(trx, deps, actor, {
            shipmentId: s.id,
            kind: 'checkpoint',
            happenedOn: input.on,
            ...input,
          });
          return {};
        },
      );
    },

    arrive(actor: Actor, key: string, input: { on: string; port: string }) {
      requireAnyRole(actor, CUSTOMS_DESK);
      notFuture(input.on);
      return step(actor, key, ['in_transit'], 'arrive at a port', async (trx, s) => {
        importOnly(s);
        notBefore(input.on, s.departedOn, 'Arrival');
        await addEvent(trx, deps, actor, {
          shipmentId: s.id,
          kind: 'arrived_port',
          happenedOn: input.on,
          location: input.port,
        });
        return { status: 'at_port', arrivedPortOn: input.on, portOfEntry: input.port };
      });
    },

    /** Files the entry with the trade module: one line per model, duty at the entry date. */
    fileEntry(actor: Actor, key: string, input: { entryNumber: string; entryDate: string }) {
      requireAnyRole(actor, CUSTOMS_DESK);
      return step(actor, key, ['at_port', 'held'], 'file a customs entry', async (trx, s) => {
        if (s.customsEntryId)
          throw conflict(
            'LOGISTICS_ENTRY_FILED',
            `${s.number} already has entry ${s.customsEntryNumber}.`,
          );
        notBefore(input.entryDate, s.arrivedPortOn!, 'The entry date');
        const units = await tablesOf<LogisticsTables>(trx)
          .selectFrom('logisticsShipmentUnits')
          .select([
            'modelName',
            'hts',
            'originCountry',
            (eb) => eb.fn.countAll<number>().as('units'),
            (eb) => eb.fn.sum<number>('valueCents').as('value'),
          ])
          .where('shipmentId', '=', s.id)
          .groupBy(['modelName', 'hts', 'originCountry'])
          .orderBy('modelName')
          .execute();
        const entry = await deps.trade.entries.record(
          actor,
          {
            entryNumber: input.entryNumber,
            entryDate: input.entryDate,
            reference: `shipment:${s.number}`,
            lines: units.map((u) => ({
              hts: u.hts,
              origin: u.originCountry,
              customsValueCents: Number(u.value),
              description: `${Number(u.units)} × ${u.modelName} Bitcoin miner`,
            })),
          },
          trx,
        );
        await addEvent(trx, deps, actor, {
          shipmentId: s.id,
          kind: 'entry_filed',
          happenedOn: input.entryDate,
          location: s.portOfEntry,
          note: `Entry ${entry.entryNumber}, duty $${(entry.dutyCents / 100).toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 })}`,
        });
        return {
          customsEntryId: entry.id,
          customsEntryNumber: entry.entryNumber,
          dutyCents: entry.dutyCents,
        };
      });
    },

    openHold(
      actor: Actor,
      key: string,
      input: {
        reason: HoldReason;
        startedOn: string;
        holdingCostPerDayCents: number;
        note?: string | null;
      },
    ) {
      requireAnyRole(actor, CUSTOMS_DESK);
      notFuture(input.startedOn);
      return step(actor, key, ['at_port'], 'be held', async (trx, s) => {
        notBefore(input.startedOn, s.arrivedPortOn!, 'The hold');
        const hold: CustomsHoldsTable = {
          id: newId(),
          shipmentId: s.id,
          reason: input.reason,
          startedOn: input.startedOn,
          endedOn: null,
          holdingCostPerDayCents: input.holdingCostPerDayCents,
          note: input.note ?? null,
          createdBy: actor.id ?? actor.label,
          createdAt: deps.clock.now(),
        };
        await tablesOf<LogisticsTables>(trx)
          .insertInto('logisticsCustomsHolds')
          .values(hold)
          .execute();
        await addEvent(trx, deps, actor, {
          shipmentId: s.id,
          kind: 'hold_opened',
          happenedOn: input.startedOn,
          location: s.portOfEntry,
          note: `${input.reason.replace('_', ' ')}${input.note ? `: ${input.note}` : ''}`,
        });
        await deps.events.emit(trx, {
          type: 'logistics.hold.opened',
          entityType: 'shipment',
          entityId: s.id,
          customerId: s.customerId,
          payload: { shipment: s.number, reason: input.reason, source: s.sourceCode },
        });
        return { status: 'held' };
      });
    },

    /** Ends the open hold; the shipment is released if its entry is filed, else back at port. */
    endHold(actor: Actor, key: string, input: { endedOn: string }) {
      requireAnyRole(actor, CUSTOMS_DESK);
      notFuture(input.endedOn);
      return step(actor, key, ['held'], 'end a hold', async (trx, s) => {
        const t = tablesOf<LogisticsTables>(trx);
        const hold = await t
          .selectFrom('logisticsCustomsHolds')
          .selectAll()
          .where('shipmentId', '=', s.id)
          .where('endedOn', 'is', null)
          .executeTakeFirstOrThrow();
        notBefore(input.endedOn, hold.startedOn, 'The end of the hold');
        await t
          .updateTable('logisticsCustomsHolds')
          .set({ endedOn: input.endedOn })
          .where('id', '=', hold.id)
          .execute();
        const days = daysBetween(hold.startedOn, input.endedOn);
        await addEvent(trx, deps, actor, {
          shipmentId: s.id,
          kind: 'hold_ended',
          happenedOn: input.endedOn,
          location: s.portOfEntry,
          note: `${hold.reason.replace('_', ' ')} hold ended after ${days} days`,
        });
        await deps.events.emit(trx, {
          type: 'logistics.hold.ended',
          entityType: 'shipment',
          entityId: s.id,
          customerId: s.customerId,
          payload: { shipment: s.number, days, source: s.sourceCode },
        });
        if (!s.customsEntryId) return { status: 'at_port' };
        await addEvent(trx, deps, actor, {
          shipmentId: s.id,
          kind: 'released',
          happenedOn: input.endedOn,
          location: s.portOfEntry,
        });
        return { status: 'released', releasedOn: input.endedOn };
      });
    },

    /** Customs releases a shipment whose entry is filed and that is not held. */
    release(actor: Actor, key: string, input: { on: string }) {
      requireAnyRole(actor, CUSTOMS_DESK);
      notFuture(input.on);
      return step(actor, key, ['at_port'], 'be released', async (trx, s) => {
        if (!s.customsEntryId)
          throw conflict(
            'LOGISTICS_ENTRY_MISSING',
            `${s.number} has no customs entry yet: file it first.`,
          );
        notBefore(input.on, s.arrivedPortOn!, 'Release');
        await addEvent(trx, deps, actor, {
          shipmentId: s.id,
          kind: 'released',
          happenedOn: input.on,
          location: s.portOfEntry,
        });
        return { status: 'released', releasedOn: input.on };
      });
    },

    /** The holds board: open holds first, with units, days and cost so far. */
    async holds(actor: Actor, filter: { open?: boolean | undefined } = {}) {
      requireAnyRole(actor, STAFF_ROLES);
      let q = db
        .selectFrom('logisticsCustomsHolds as h')
        .innerJoin('logisticsShipments as s', 's.id', 'h.shipmentId')
        .selectAll('h')
        .select([
          's.number as shipment',
          's.sourceCode',
          's.portOfEntry',
          's.customerId',
          's.orderId',
          's.customsEntryNumber',
        ])
        .select((eb) =>
          eb
            .selectFrom('logisticsShipmentUnits as u')
            .whereRef('u.shipmentId', '=', 's.id')
            .select(eb.fn.countAll<number>().as('n'))
            .as('units'),
        );
      if (filter.open) q = q.where('h.endedOn', 'is', null);
      const rows = await q.orderBy('h.startedOn', 'desc').limit(500).execute();
      const today = deps.clock.today();
      return rows.map((h) => {
        const days = daysBetween(h.startedOn, h.endedOn ?? today);
        return { ...h, units: Number(h.units), days, costCents: days * h.holdingCostPerDayCents };
      });
    },

    /**
     * Hold risk per lane from the record: the share of shipments that reached port and were
     * held (the lane's prior counting as ten shipments until there are more), and hold lengths
     * (an open hold counts the days so far) once three are recorded.
     */
    async laneRisk(codes?: readonly string[], known?: SourceRow[]) {
      const sources = known ?? (await deps.sales.sources.list(systemActor('lane-risk')));
      const arrivedRows = await db
        .selectFrom('logisticsShipments')
        .select(['sourceCode', (eb) => eb.fn.countAll<number>().as('n')])
        .where('kind', '=', 'import')
        .where('arrivedPortOn', 'is not', null)
        .groupBy('sourceCode')
        .execute();
      const arrived = new Map(arrivedRows.map((r) => [r.sourceCode, Number(r.n)]));
      const holds = await db
        .selectFrom('logisticsCustomsHolds as h')
        .innerJoin('logisticsShipments as s', 's.id', 'h.shipmentId')
        .select(['s.sourceCode', 'h.shipmentId', 'h.startedOn', 'h.endedOn'])
        .execute();
      const today = deps.clock.today();
      const out = new Map<
        string,
        HoldRisk & { shipments: number; held: number; learned: boolean }
      >();
      for (const source of sources) {
        if (source.kind !== 'import' || (codes && !codes.includes(source.code))) continue;
        const n = arrived.get(source.code) ?? 0;
        const lane = holds.filter((h) => h.sourceCode === source.code);
        const held = new Set(lane.map((h) => h.shipmentId)).size;
        const days = lane
          .map((h) => daysBetween(h.startedOn, h.endedOn ?? today))
          .sort((a, b) => a - b);
        const k = PRIOR_WEIGHT_SHIPMENTS;
        const learnedDays = days.length >= MIN_DURATIONS;
        out.set(source.code, {
          shipments: n,
          held,
          learned: n > 0,
          probabilityBp: Math.round(
            ((held + (source.holdProbabilityBp / 10_000) * k) / (n + k)) * 10_000,
          ),
          p50Days: learnedDays ? quantile(days, 0.5) : source.holdP50Days,
          p90Days: learnedDays ? quantile(days, 0.9) : source.holdP90Days,
        });
      }
      return out;
    },
  };
}

export type CustomsService = ReturnType<typeof createCustomsService>;
