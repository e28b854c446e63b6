import type { Actor } from '../../platform/authz.js';
import { tablesOf, type AnyDb } from '../../platform/db/database.js';
import { nextNumber } from '../../platform/db/document-number.js';
import { conflict, invalid } from '../../platform/errors.js';
import { newId } from '../../platform/ids.js';
import type { LogisticsDeps } from './logistics.deps.js';
import type { LogisticsTables, RepairShipmentsTable } from './logistics.tables.js';

export interface RepairShipmentInput {
  direction: RepairShipmentsTable['direction'];
  customerId: string;
  siteId: string;
  serials: readonly string[];
  carrier: string;
  trackingNumber?: string | null | undefined;
  reference: string;
  departedOn: string;
}

/**
 * The repair service's parcels, booked and delivered inside the service's own transaction (the
 * RMA's state and its parcel change in one commit). Reads are by reference, for the RMA page.
 */
export function createRepairShipments(deps: Pick<LogisticsDeps, 'db' | 'clock' | 'audit'>) {
  return {
    async book(trx: AnyDb, actor: Actor, input: RepairShipmentInput) {
      if (input.serials.length === 0)
        throw invalid('LOGISTICS_NOTHING_TO_SHIP', 'A parcel needs at least one serial.');
      if (!input.carrier.trim())
        throw invalid('LOGISTICS_CARRIER_REQUIRED', 'Name the carrier of the parcel.');
      const t = tablesOf<LogisticsTables>(trx);
      const now = deps.clock.now();
      const row: RepairShipmentsTable = {
        id: newId(),
        number: await nextNumber(
          trx,
          'logistics_repair_shipments',
          'RS',
          input.departedOn.slice(0, 4),
        ),
        direction: input.direction,
        customerId: input.customerId,
        siteId: input.siteId,
        reference: input.reference,
        carrier: input.carrier.trim(),
        trackingNumber: input.trackingNumber?.trim() || null,
        status: 'in_transit',
        departedOn: input.departedOn,
        deliveredOn: null,
        createdBy: actor.id ?? actor.label,
        createdAt: now,
        updatedAt: now,
      };
      await t.insertInto('logisticsRepairShipments').values(row).execute();
      const serials = [...new Set(input.serials)];
      for (let i = 0; i < serials.length; i += 500)
        await t
          .insertInto('logisticsRepairShipmentUnits')
          .values(serials.slice(i, i + 500).map((serial) => ({ shipmentId: row.id, serial })))
          .execute();
      await deps.audit.record(trx, actor, {
        action: 'logistics.repair_shipment.book',
        entityType: 'repair_shipment',
        entityId: row.id,
        after: { number: row.number, direction: row.direction, units: serials.length },
        customerId: row.customerId,
      });
      return row;
    },

    /** The parcel reached the depot or the site. */
    async deliver(trx: AnyDb, actor: Actor, id: string, on: string) {
      const t = tablesOf<LogisticsTables>(trx);
      const parcel = await t
        .selectFrom('logisticsRepairShipments')
        .selectAll()
        .where('id', '=', id)
        .executeTakeFirst();
      if (!parcel) throw invalid('LOGISTICS_REPAIR_SHIPMENT_UNKNOWN', 'No such parcel.');
      if (parcel.status === 'delivered') return parcel;
      if (on < parcel.departedOn)
        throw conflict(
          'LOGISTICS_DATE_ORDER',
          `Delivery (${on}) cannot be before departure (${parcel.departedOn}).`,
        );
      await t
        .updateTable('logisticsRepairShipments')
        .set({ status: 'delivered', deliveredOn: on, updatedAt: deps.clock.now() })
        .where('id', '=', id)
        .execute();
      await deps.audit.record(trx, actor, {
        action: 'logistics.repair_shipment.deliver',
        entityType: 'repair_shipment',
        entityId: id,
        before: { status: parcel.status },
        after: { status: 'delivered', on },
        customerId: parcel.customerId,
      });
      return { ...parcel, status: 'delivered' as const, deliveredOn: on };
    },

    /** The parcels booked for a reference (an RMA's number), oldest first, with their serials. */
    async byReference(reference: string, on: AnyDb = deps.db) {
      const t = tablesOf<LogisticsTables>(on);
      const parcels = await t
        .selectFrom('logisticsRepairShipments')
        .selectAll()
        .where('reference', '=', reference)
        .orderBy('createdAt')
        .orderBy('number')
        .execute();
      const ids = parcels.map((p) => p.id);
      if (ids.length === 0) return [];
      const units = await t
        .selectFrom('logisticsRepairShipmentUnits')
        .selectAll()
        .where('shipmentId', 'in', ids)
        .execute();
      return parcels.map((p) => ({
        ...p,
        serials: units.filter((u) => u.shipmentId === p.id).map((u) => u.serial),
      }));
    },
  };
}

export type RepairShipments = ReturnType<typeof createRepairShipments>;
