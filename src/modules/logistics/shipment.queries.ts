import type { Actor } from '../../platform/authz.js';
import {
  assertCustomerAccess,
  customerScope,
  isCustomerActor,
  requireAnyRole,
  STAFF_ROLES,
  systemActor,
} from '../../platform/authz.js';
import { lockedForUpdate, tablesOf, type AnyDb } from '../../platform/db/database.js';
import { notFound } from '../../platform/errors.js';
import { addDays } from '../production/index.js';
import type { HoldRisk } from '../sales/index.js';
import { daysBetween, type LogisticsDeps, type SourceRow } from './logistics.deps.js';
import type {
  LogisticsTables,
  ShipmentKind,
  ShipmentsTable,
  ShipmentStatus,
} from './logistics.tables.js';

export const shipmentNotFound = (key: string) =>
  notFound('LOGISTICS_SHIPMENT_NOT_FOUND', `No shipment "${key}".`);

/** Staff and the customer it goes to read a shipment. */
export const SHIPMENT_READERS = [...STAFF_ROLES, 'customer' as const];

/** A shipment by id or number, as `actor` may see it; `lock` for the writer about to change it. */
export async function loadShipment(on: AnyDb, actor: Actor, key: string, lock = false) {
  const q = tablesOf<LogisticsTables>(on)
    .selectFrom('logisticsShipments')
    .selectAll()
    .where((eb) => eb.or([eb('id', '=', key), eb('number', '=', key.toUpperCase())]));
  const row = await (lock ? lockedForUpdate(on, q) : q).executeTakeFirst();
  if (!row) throw shipmentNotFound(key);
  assertCustomerAccess(actor, row.customerId, () => shipmentNotFound(key));
  return row;
}

/**
 * When a shipment should reach the site, P50 and P90: departure plus the lane's transit, plus a
 * customs hold as likely as the lane's record says — or, while held, the rest of a typical hold.
 */
export function eta(
  s: Pick<ShipmentsTable, 'status' | 'departedOn' | 'deliveredOn'>,
  lane: { transitP50Days: number; transitP90Days: number },
  risk: HoldRisk | null,
  heldSince: string | null,
  today: string,
) {
  if (s.deliveredOn) return { p50: s.deliveredOn, p90: s.deliveredOn };
  const later = (a: string, b: string) => (a > b ? a : b);
  const p = (risk?.probabilityBp ?? 0) / 10_000;
  const extra = (q: 'p50Days' | 'p90Days', share: number) => {
    if (!risk) return 0;
    if (heldSince) return Math.max(0, risk[q] - daysBetween(heldSince, today));
    // Not (yet) held: only a hold likely enough to reach this percentile adds to it.
    return s.status === 'in_transit' && p > share ? risk[q] : 0;
  };
  return {
    p50: later(today, addDays(s.departedOn, lane.transitP50Days + extra('p50Days', 0.5))),
    p90: later(today, addDays(s.departedOn, lane.transitP90Days + extra('p90Days', 0.1))),
  };
}

export interface ShipmentFilter {
  status?: ShipmentStatus | undefined;
  kind?: ShipmentKind | undefined;
  order?: string | undefined;
  customer?: string | undefined;
}

/** Shipments as their readers see them: lists, and one with pallets, serials and timeline. */
export function createShipmentQueries(
  deps: LogisticsDeps & {
    laneRisk: (codes?: readonly string[], known?: SourceRow[]) => Promise<Map<string, HoldRisk>>;
  },
) {
  const db = tablesOf<LogisticsTables>(deps.db);

  /** Dates and labels every view of shipments shows. */
  async function decorate<S extends ShipmentsTable>(actor: Actor, shipments: S[]) {
    const staff = !isCustomerActor(actor);
    const ids = shipments.map((s) => s.id);
    const sources = await deps.sales.sources.list(systemActor('shipment-eta'));
    const [labels, risk, countRows, holdRows] = await Promise.all([
      deps.sales.directory.labels({
        customers: shipments.map((s) => s.customerId),
        sites: shipments.map((s) => s.siteId),
        orders: shipments.map((s) => s.orderId),
      }),
      deps.laneRisk(undefined, sources),
      ids.length
        ? db
            .selectFrom('logisticsShipmentUnits')
            .select([
              'shipmentId',
              (eb) => eb.fn.countAll<number>().as('units'),
              (eb) => eb.fn.count<number>('receivedOn').as('received'),
            ])
            .where('shipmentId', 'in', ids)
            .groupBy('shipmentId')
            .execute()
        : [],
      ids.length
        ? db
            .selectFrom('logisticsCustomsHolds')
            .select(['shipmentId', 'reason', 'startedOn'])
            .where('shipmentId', 'in', ids)
            .where('endedOn', 'is', null)
            .execute()
        : [],
    ]);
    const lanes = new Map(sources.map((src) => [src.code, src]));
    const counts = new Map(countRows.map((c) => [c.shipmentId, c]));
    const openHolds = new Map(holdRows.map((h) => [h.shipmentId, h]));
    const today = deps.clock.today();
    return shipments.map((s) => {
      const lane = lanes.get(s.sourceCode);
      const hold = openHolds.get(s.id) ?? null;
      const count = counts.get(s.id);
      const customer = labels.customers.get(s.customerId);
      const site = labels.sites.get(s.siteId);
      return {
        ...s,
        // What a customs broker charges and what it cost to move are the plant's business.
        freightCents: staff ? s.freightCents : null,
        customerCode: customer?.code ?? '',
        customerName: customer?.name ?? '',
        siteCode: site?.code ?? '',
        siteName: site?.name ?? '',
        siteState: site?.state ?? '',
        orderNumber: labels.orders.get(s.orderId)?.number ?? '',
        units: Number(count?.units ?? 0),
        received: Number(count?.received ?? 0),
        openHold: hold ? { reason: hold.reason, startedOn: hold.startedOn } : null,
        eta: lane
          ? eta(s, lane, risk.get(s.sourceCode) ?? null, hold?.startedOn ?? null, today)
          : { p50: null, p90: null },
      };
    });
  }

  return {
    async list(actor: Actor, filter: ShipmentFilter = {}) {
      requireAnyRole(actor, SHIPMENT_READERS);
      const scope = customerScope(actor);
      let q = db.selectFrom('logisticsShipments').selectAll();
      if (scope) q = q.where('customerId', '=', scope);
      if (filter.status) q = q.where('status', '=', filter.status);
      if (filter.kind) q = q.where('kind', '=', filter.kind);
      if (filter.order)
        q = q.where('orderId', '=', (await deps.sales.orders.load(actor, filter.order)).id);
      if (filter.customer)
        q = q.where(
          'customerId',
          '=',
          (await deps.sales.customers.customer(actor, filter.customer)).id,
        );
      const rows = await q
        .orderBy('departedOn', 'desc')
        .orderBy('number', 'desc')
        .limit(500)
        .execute();
      return decorate(actor, rows);
    },

    async get(actor: Actor, key: string) {
      requireAnyRole(actor, SHIPMENT_READERS);
      const shipment = await loadShipment(deps.db, actor, key);
      const [[decorated], packages, units, events, holds] = await Promise.all([
        decorate(actor, [shipment]),
        db
          .selectFrom('logisticsPackages')
          .selectAll()
          .where('shipmentId', '=', shipment.id)
          .orderBy('label')
          .execute(),
        db
          .selectFrom('logisticsShipmentUnits')
          .selectAll()
          .where('shipmentId', '=', shipment.id)
          .orderBy('serial')
          .execute(),
        db
          .selectFrom('logisticsShipmentEvents')
          .selectAll()
          .where('shipmentId', '=', shipment.id)
          .orderBy('happenedOn')
          .orderBy('recordedAt')
          .execute(),
        db
          .selectFrom('logisticsCustomsHolds')
          .selectAll()
          .where('shipmentId', '=', shipment.id)
          .orderBy('startedOn')
          .execute(),
      ]);
      const { lines } = await deps.sales.directory.labels({
        lines: [...new Set(units.map((u) => u.orderLineId))],
      });
      const label = new Map(packages.map((p) => [p.id, p.label]));
      // One pass over the serials: per line (first unit, count, received) and per pallet.
      const perLine = new Map<string, { first: (typeof units)[number]; n: number; got: number }>();
      const perPallet = new Map<string, number>();
      for (const u of units) {
        const l = perLine.get(u.orderLineId) ?? { first: u, n: 0, got: 0 };
        l.n += 1;
        if (u.receivedOn) l.got += 1;
        perLine.set(u.orderLineId, l);
        perPallet.set(u.packageId, (perPallet.get(u.packageId) ?? 0) + 1);
      }
      const today = deps.clock.today();
      const staff = !isCustomerActor(actor);
      return {
        ...decorated!,
        lines: [...lines.values()]
          .sort((a, b) => a.lineNo - b.lineNo)
          .map((l) => {
            const mine = perLine.get(l.id)!;
            return {
              lineNo: l.lineNo,
              model: l.modelName,
              ordered: l.quantity,
              units: mine.n,
              received: mine.got,
              unitValueCents: mine.first.valueCents,
              hts: mine.first.hts,
              originCountry: mine.first.originCountry,
            };
          }),
        packages: packages.map((p) => ({
          label: p.label,
          weightG: p.weightG,
          units: perPallet.get(p.id) ?? 0,
        })),
        serials: units.map((u) => ({
          serial: u.serial,
          model: u.modelName,
          pallet: label.get(u.packageId) ?? '',
          lineNo: lines.get(u.orderLineId)?.lineNo ?? 0,
          valueCents: u.valueCents,
          receivedOn: u.receivedOn,
        })),
        events: events.map(({ recordedBy: _by, ...e }) => e),
        holds: holds.map((h) => {
          const days = daysBetween(h.startedOn, h.endedOn ?? today);
          return {
            id: h.id,
            reason: h.reason,
            startedOn: h.startedOn,
            endedOn: h.endedOn,
            note: h.note,
            days,
            holdingCostPerDayCents: staff ? h.holdingCostPerDayCents : null,
            costCents: staff ? days * h.holdingCostPerDayCents : null,
          };
        }),
      };
    },
  };
}

export type ShipmentQueries = ReturnType<typeof createShipmentQueries>;
