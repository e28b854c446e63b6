import type { Actor } from '../../platform/authz.js';
import { requireAnyRole, STAFF_ROLES } from '../../platform/authz.js';
import { tablesOf } from '../../platform/db/database.js';
import { invalid } from '../../platform/errors.js';
import { addDays, mondayOf } from '../production/index.js';
import { daysBetween, quantile, type LogisticsDeps } from './logistics.deps.js';
import type { LogisticsTables } from './logistics.tables.js';

const toDate = (ms: number) => new Date(ms).toISOString().slice(0, 10);

function spread(days: number[]) {
  const sorted = [...days].sort((a, b) => a - b);
  const at = (q: number) => (sorted.length ? quantile(sorted, q) : null);
  return {
    units: sorted.length,
    meanDays: sorted.length
      ? Math.round((sorted.reduce((s, d) => s + d, 0) / sorted.length) * 10) / 10
      : null,
    p50Days: at(0.5),
    p90Days: at(0.9),
  };
}

/**
 * Delivery KPIs over a date range: order-to-delivery lead time (US-built against imported),
 * on-time-in-full, customs holds (units, days, holding cost) and duties paid on imports against
 * duties avoided by building in the US.
 */
export function createKpiService(deps: LogisticsDeps) {
  const db = tablesOf<LogisticsTables>(deps.db);

  /** Duty one unit of `model` would have paid imported on `date`, by the cheapest import route. */
  function dutyIfImported(actor: Actor) {
    const cache = new Map<string, Promise<number>>();
    return (model: string, date: string) => {
      const key = `${model}|${date.slice(0, 7)}`;
      if (!cache.has(key))
        cache.set(
          key,
          deps.trade.sourcing
            .compare(actor, { model, date: `${date.slice(0, 7)}-01` })
            .then((c) => {
              const imports = c.results[0]?.imports ?? [];
              const cheapest = imports.reduce<(typeof imports)[number] | null>(
                (best, i) => (!best || i.landed.totalCents < best.landed.totalCents ? i : best),
                null,
              );
              return cheapest?.landed.duty.totalCents ?? 0;
            })
            .catch(() => 0),
        );
      return cache.get(key)!;
    };
  }

  return {
    async kpis(actor: Actor, asked: { from?: string | undefined; to?: string | undefined }) {
      requireAnyRole(actor, STAFF_ROLES);
      const today = deps.clock.today();
      const range = { from: asked.from ?? addDays(today, -90), to: asked.to ?? today };
      if (range.from > range.to) throw invalid('LOGISTICS_RANGE', '`from` is after `to`.');

      // Lead time: order confirmed → unit confirmed at the site.
      const delivered = await db
        .selectFrom('logisticsInstalledBase')
        .select(['orderId', 'unitId', 'deliveredOn'])
        .where('deliveredOn', '>=', range.from)
        .where('deliveredOn', '<=', range.to)
        .execute();
      const { orders } = await deps.sales.directory.labels({
        orders: delivered.map((d) => d.orderId),
      });
      const lead = { usBuilt: [] as number[], imported: [] as number[] };
      for (const d of delivered) {
        const confirmed = orders.get(d.orderId)?.confirmedAt;
        if (!confirmed) continue;
        (d.unitId ? lead.usBuilt : lead.imported).push(
          daysBetween(toDate(confirmed), d.deliveredOn),
        );
      }

      // On time in full: lines wanted in the range and due by now, delivered whole by the
      // end of their week.
      const wanted = (
        await deps.sales.directory.linesWanted({ from: mondayOf(range.from), to: range.to })
      ).filter((l) => addDays(l.requestedWeek, 6) < today);
      const last = wanted.length
        ? await db
            .selectFrom('logisticsShipmentUnits')
            .select(['orderLineId', (eb) => eb.fn.max<string>('receivedOn').as('last')])
            .where(
              'orderLineId',
              'in',
              wanted.map((l) => l.id),
            )
            .groupBy('orderLineId')
            .execute()
        : [];
      const lastOf = new Map(last.map((r) => [r.orderLineId, r.last]));
      let inFull = 0;
      let onTime = 0;
      let both = 0;
      for (const l of wanted) {
        const full = l.deliveredQuantity >= l.quantity;
        const last = lastOf.get(l.id);
        const timely = full && !!last && last <= addDays(l.requestedWeek, 6);
        if (full) inFull += 1;
        if (timely) onTime += 1;
        if (full && timely) both += 1;
      }
      const share = (n: number) =>
        wanted.length ? Math.round((n / wanted.length) * 1000) / 10 : null;

      // Customs holds that overlap the range, counted whole.
      const holds = await db
        .selectFrom('logisticsCustomsHolds as h')
        .innerJoin('logisticsShipments as s', 's.id', 'h.shipmentId')
        .select([
          'h.reason',
          'h.startedOn',
          'h.endedOn',
          'h.holdingCostPerDayCents',
          's.id as shipmentId',
        ])
        .select((eb) =>
          eb
            .selectFrom('logisticsShipmentUnits as u')
            .whereRef('u.shipmentId', '=', 's.id')
            .select(eb.fn.countAll<number>().as('n'))
            .as('units'),
        )
        .where('h.startedOn', '<=', range.to)
        .where((eb) => eb.or([eb('h.endedOn', 'is', null), eb('h.endedOn', '>=', range.from)]))
        .execute();
      const byReason = new Map<
        string,
        { holds: number; units: number; days: number; costCents: number }
      >();
      const held = { holds: 0, open: 0, units: 0, unitDays: 0, days: 0, costCents: 0 };
      for (const h of holds) {
        const days = daysBetween(h.startedOn, h.endedOn ?? today);
        const units = Number(h.units);
        const cost = days * h.holdingCostPerDayCents;
        held.holds += 1;
        if (!h.endedOn) held.open += 1;
        held.units += units;
        held.days += days;
        held.unitDays += units * days;
        held.costCents += cost;
        const r = byReason.get(h.reason) ?? { holds: 0, units: 0, days: 0, costCents: 0 };
        byReason.set(h.reason, {
          holds: r.holds + 1,
          units: r.units + units,
          days: r.days + days,
          costCents: r.costCents + cost,
        });
      }

      // Duties: paid on imports entered in the range; avoided on US-built units shipped in it.
      const paid = await db
        .selectFrom('logisticsShipments')
        .select([
          (eb) => eb.fn.coalesce(eb.fn.sum<number>('dutyCents'), eb.lit(0)).as('cents'),
          (eb) => eb.fn.countAll<number>().as('n'),
        ])
        .where('kind', '=', 'import')
        .where('customsEntryId', 'is not', null)
        .where('arrivedPortOn', '>=', range.from)
        .where('arrivedPortOn', '<=', range.to)
        .executeTakeFirstOrThrow();
      const usShipped = await db
        .selectFrom('logisticsShipmentUnits as u')
        .innerJoin('logisticsShipments as s', 's.id', 'u.shipmentId')
        .select(['u.modelName', 's.departedOn', (eb) => eb.fn.countAll<number>().as('units')])
        .where('s.kind', '=', 'domestic')
        .where('s.departedOn', '>=', range.from)
        .where('s.departedOn', '<=', range.to)
        .groupBy(['u.modelName', 's.departedOn'])
        .execute();
      const duty = dutyIfImported(actor);
      let avoided = 0;
      let usUnits = 0;
      for (const r of usShipped) {
        usUnits += Number(r.units);
        avoided += Number(r.units) * (await duty(r.modelName, r.departedOn));
      }

      return {
        from: range.from,
        to: range.to,
        leadTime: { usBuilt: spread(lead.usBuilt), imported: spread(lead.imported) },
        otif: {
          lines: wanted.length,
          inFull,
          onTime,
          onTimeInFull: both,
          inFullPct: share(inFull),
          onTimePct: share(onTime),
          onTimeInFullPct: share(both),
        },
        holds: {
          ...held,
          byReason: [...byReason.entries()].map(([reason, v]) => ({ reason, ...v })),
        },
        duties: {
          paidCents: Number(paid.cents),
          importEntries: Number(paid.n),
          avoidedCents: avoided,
          usBuiltUnits: usUnits,
        },
      };
    },
  };
}

export type KpiService = ReturnType<typeof createKpiService>;
