import type { Actor } from '../../platform/authz.js';
import { requireAnyRole } from '../../platform/authz.js';
import { inTransaction, isUniqueViolation, tablesOf } from '../../platform/db/database.js';
import { nextNumber, withNumber } from '../../platform/db/document-number.js';
import { AppError, conflict, invalid } from '../../platform/errors.js';
import { newId } from '../../platform/ids.js';
import { MINER_HTS } from '../trade/index.js';
import { addEvent, SHIPPERS, type LogisticsDeps } from './logistics.deps.js';
import type { LogisticsTables, ShipmentsTable, ShipmentUnitsTable } from './logistics.tables.js';

export interface ShipmentInput {
  order: string;
  /** The supply source it ships from: the US plant (domestic) or an import lane. */
  source: string;
  carrier: string;
  trackingNumber?: string | null | undefined;
  /** The day it left the plant or the factory; today if not given. */
  departedOn?: string | undefined;
  portOfEntry?: string | null | undefined;
  unitsPerPallet?: number | undefined;
  /** Per order line: serials to ship, or a quantity for the plant to pick (oldest first). */
  lines: { line: number; quantity?: number | undefined; serials?: string[] | undefined }[];
}

/** Empty pallet, wrap and corner boards. */
const PALLET_TARE_G = 25_000;
const DEFAULT_UNITS_PER_PALLET = 20;

const serialTaken = (serials: string[]) =>
  conflict(
    'LOGISTICS_SERIAL_SHIPPED',
    `Already on a shipment: ${serials.slice(0, 5).join(', ')}${serials.length > 5 ? ` and ${serials.length - 5} more` : ''}.`,
  );

/**
 * Booking a shipment: the order lines it carries, their serials (picked from finished goods for
 * the plant, listed by the factory for imports), pallets, and the order moved on — one commit.
 * A serial is the key of a shipped unit, and a plant unit leaves finished goods only from
 * `passed`, so two shipments racing for one unit cannot both have it.
 */
export function createShipmentBooking(deps: LogisticsDeps) {
  const db = tablesOf<LogisticsTables>(deps.db);

  /** Per line: the serials and their unit ids, picked now unless listed. */
  async function pick<
    L extends { lineId: string; model: string; quantity: number; serials?: string[] | undefined },
  >(kind: ShipmentsTable['kind'], lines: L[]) {
    const picked = [];
    for (const l of lines) {
      if (l.serials) {
        const units = await deps.production.dispatch.unitsBySerial(l.serials);
        if (kind === 'import' && units.length > 0)
          throw invalid(
            'LOGISTICS_SERIAL_BUILT_HERE',
            `${units[0]!.serial} was built in the plant: it cannot arrive on an import lane.`,
          );
        const bySerial = new Map(units.map((u) => [u.serial, u]));
        for (const serial of l.serials) {
          const unit = bySerial.get(serial);
          if (kind === 'domestic' && (!unit || unit.kind !== 'unit' || unit.modelName !== l.model))
            throw invalid('LOGISTICS_SERIAL_UNKNOWN', `${serial} is not a finished ${l.model}.`);
          if (unit && unit.status !== 'passed')
            throw conflict(
              unit.status === 'shipped'
                ? 'LOGISTICS_SERIAL_SHIPPED'
                : 'LOGISTICS_SERIAL_NOT_FINISHED',
              `${serial} is ${unit.status}: only a unit that passed burn-in ships.`,
            );
        }
        picked.push({
          ...l,
          units: l.serials.map((s) => ({ serial: s, id: bySerial.get(s)?.id ?? null })),
        });
      } else {
        const units = await deps.production.dispatch.pickable(l.model, l.quantity);
        if (units.length < l.quantity)
          throw conflict(
            'LOGISTICS_NOT_ENOUGH_STOCK',
            `Only ${units.length} finished ${l.model} to ship, ${l.quantity} asked.`,
          );
        picked.push({ ...l, units: units.map((u) => ({ serial: u.serial, id: u.id })) });
      }
    }
    return picked;
  }

  return {
    async book(actor: Actor, input: ShipmentInput) {
      requireAnyRole(actor, SHIPPERS);
      const order = await deps.sales.orders.load(actor, input.order);
      const orderLines = await deps.sales.orders.linesOf(order.id);
      const source = await deps.sales.sources.get(actor, input.source);
      if (!source.active)
        throw invalid('LOGISTICS_SOURCE_INACTIVE', `Source ${source.code} is not active.`);
      const kind = source.kind === 'us_plant' ? ('domestic' as const) : ('import' as const);
      const today = deps.clock.today();
      const departedOn = input.departedOn ?? today;
      if (departedOn > today)
        throw invalid(
          'LOGISTICS_DATE_FUTURE',
          `A shipment departs today or earlier, not ${departedOn}.`,
        );

      const wanted = input.lines.map((l, i) => {
        const line = orderLines.find((ol) => ol.lineNo === l.line);
        const at = (message: string) => [{ path: `lines.${i}`, message }];
        if (!line)
          throw invalid('LOGISTICS_LINE_UNKNOWN', `${order.number} has no line ${l.line}.`);
        const quantity = l.serials?.length ?? l.quantity;
        if (!quantity)
          throw invalid(
            'LOGISTICS_LINE_EMPTY',
            `Line ${l.line}: give serials or a quantity.`,
            at('serials or a quantity needed'),
          );
        if (quantity > line.quantity - line.shippedQuantity)
          throw conflict(
            'SALES_LINE_OVERSHIPPED',
            `${order.number} line ${l.line}: ${line.quantity - line.shippedQuantity} left to ship, ${quantity} asked.`,
          );
        if (l.serials && new Set(l.serials).size !== l.serials.length)
          throw invalid('LOGISTICS_SERIAL_REPEATED', `Line ${l.line}: a serial is listed twice.`);
        if (kind === 'import' && !l.serials)
          throw invalid(
            'LOGISTICS_SERIALS_REQUIRED',
            `Line ${l.line}: an import ships the serials on the factory's list; give them.`,
            at('the factory’s serials needed'),
          );
        return { lineId: line.id, line, model: line.modelName, quantity, serials: l.serials };
      });
      if (new Set(wanted.map((w) => w.line.siteId)).size > 1)
        throw invalid('LOGISTICS_MIXED_SITES', 'A shipment goes to one site: split it by site.');
      const allSerials = wanted.flatMap((w) => w.serials ?? []);
      if (new Set(allSerials).size !== allSerials.length)
        throw invalid('LOGISTICS_SERIAL_REPEATED', 'A serial is listed on two lines.');

      let picked = await pick(kind, wanted);
      // Customs value of an import is what the factory invoices (the trade route's FOB).
      const importValue = new Map<string, number>();
      if (kind === 'import')
        for (const w of wanted) {
          const routes = await deps.trade.sourcing.listRoutes(actor, w.model);
          const route = routes.find((r) =>
            source.tradeRoute
              ? r.name === source.tradeRoute
              : r.kind === 'import' && r.origin === source.originCountry && r.mode === source.mode,
          );
          if (!route?.fobCents)
            throw invalid(
              'LOGISTICS_NO_CUSTOMS_VALUE',
              `No import route prices ${w.model} from ${source.originCountry} by ${source.mode}: add one in trade first.`,
            );
          importValue.set(w.model, route.fobCents);
        }
      const weights = new Map<string, number>();
      for (const w of wanted)
        weights.set(w.model, (await deps.catalog.getModel(actor, w.model)).weightG ?? 18_000);

      const perPallet = input.unitsPerPallet ?? DEFAULT_UNITS_PER_PALLET;
      const autoPicked = wanted.some((w) => !w.serials);
      for (let attempt = 1; ; attempt += 1) {
        if (attempt > 1) picked = await pick(kind, wanted);
        try {
          return await withNumber(() =>
            inTransaction(deps.db, async (trx) => {
              const t = tablesOf<LogisticsTables>(trx);
              const now = deps.clock.now();
              const units = picked.reduce((s, p) => s + p.units.length, 0);
              const shipment: ShipmentsTable = {
                id: newId(),
                number: await nextNumber(trx, 'logistics_shipments', 'SH', today.slice(0, 4)),
                kind,
                sourceCode: source.code,
                orderId: order.id,
                customerId: order.customerId,
                siteId: wanted[0]!.line.siteId,
                status: 'in_transit',
                carrier: input.carrier.trim(),
                trackingNumber: input.trackingNumber?.trim() || null,
                origin: source.originFactory,
                originCountry: source.originCountry,
                portOfEntry: input.portOfEntry?.trim() || null,
                departedOn,
                arrivedPortOn: null,
                releasedOn: null,
                deliveredOn: null,
                customsEntryId: null,
                customsEntryNumber: null,
                dutyCents: 0,
                freightCents: units * source.freightToSiteCents,
                createdBy: actor.id ?? actor.label,
                createdAt: now,
                updatedAt: now,
              };
              await t.insertInto('logisticsShipments').values(shipment).execute();
              const rows: ShipmentUnitsTable[] = [];
              let pallet = 0;
              for (const p of picked) {
                for (let i = 0; i < p.units.length; i += perPallet) {
                  const chunk = p.units.slice(i, i + perPallet);
                  pallet += 1;
                  const packageId = newId();
                  await t
                    .insertInto('logisticsPackages')
                    .values({
                      id: packageId,
                      shipmentId: shipment.id,
                      label: `PAL-${String(pallet).padStart(3, '0')}`,
                      weightG: PALLET_TARE_G + chunk.length * weights.get(p.model)!,
                    })
                    .execute();
                  for (const u of chunk)
                    rows.push({
                      serial: u.serial,
                      shipmentId: shipment.id,
                      packageId,
                      orderLineId: p.lineId,
                      modelName: p.model,
                      unitId: u.id,
                      hts: MINER_HTS,
                      originCountry: source.originCountry,
                      valueCents: importValue.get(p.model) ?? p.line.unitPriceCents,
                      receivedOn: null,
                      receivedBy: null,
                    });
                }
              }
              for (let i = 0; i < rows.length; i += 200)
                await t
                  .insertInto('logisticsShipmentUnits')
                  .values(rows.slice(i, i + 200))
                  .execute();
              if (kind === 'domestic')
                await deps.production.dispatch.ship(
                  trx,
                  actor,
                  rows.map((r) => r.serial),
                  `shipment:${shipment.number}`,
                );
              await deps.sales.fulfilment.shipped(
                trx,
                actor,
                order.id,
                new Map(picked.map((p) => [p.lineId, p.units.length])),
              );
              await addEvent(trx, deps, actor, {
                shipmentId: shipment.id,
                kind: 'departed',
                happenedOn: departedOn,
                location: shipment.origin,
                note: `${units} units on ${pallet} pallets, ${shipment.carrier}`,
              });
              await deps.audit.record(trx, actor, {
                action: 'logistics.shipment.book',
                entityType: 'shipment',
                entityId: shipment.id,
                after: { ...shipment, units, pallets: pallet },
                customerId: shipment.customerId,
              });
              await deps.events.emit(trx, {
                type: 'logistics.shipment.departed',
                entityType: 'shipment',
                entityId: shipment.id,
                customerId: shipment.customerId,
                payload: { number: shipment.number, order: order.number, units, kind },
              });
              return shipment;
            }),
          );
        } catch (error) {
          const lost =
            isUniqueViolation(error) ||
            (error instanceof AppError && error.code === 'PRODUCTION_UNIT_NOT_AVAILABLE');
          // Picked units taken by a racing shipment: pick again from what is left.
          if (lost && autoPicked && attempt < 3) continue;
          if (isUniqueViolation(error)) {
            const serials = picked.flatMap((p) => p.units.map((u) => u.serial));
            const taken = await db
              .selectFrom('logisticsShipmentUnits')
              .select('serial')
              .where('serial', 'in', serials.slice(0, 1000))
              .execute();
            throw serialTaken(taken.map((r) => r.serial));
          }
          throw error;
        }
      }
    },
  };
}

export type ShipmentBooking = ReturnType<typeof createShipmentBooking>;
