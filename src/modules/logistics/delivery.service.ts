import type { Actor } from '../../platform/authz.js';
import { customerScope, requireAnyRole, STAFF_ROLES } from '../../platform/authz.js';
import { inTransaction, tablesOf, type AnyDb } from '../../platform/db/database.js';
import { conflict, invalid } from '../../platform/errors.js';
import { addDays } from '../production/index.js';
import { addEvent, type LogisticsDeps } from './logistics.deps.js';
import type { InstalledBaseTable, LogisticsTables } from './logistics.tables.js';
import { loadShipment } from './shipment.queries.js';

/** Who confirms receipt at the site: the customer, or logistics with the carrier's proof. */
export const RECEIVERS = ['customer', 'logistics'] as const;

/** Who sets the default warranty term until service owns warranty policy. */
export const SETTINGS_EDITORS = ['logistics', 'technician'] as const;

/** Editable defaults until service sets a policy per model. */
export const LOGISTICS_SETTINGS = {
  /** New miners: 365 days from factory dispatch is the common statement (logistics.md). */
  warranty_term_days: 365,
} as const;
export type LogisticsSetting = keyof typeof LOGISTICS_SETTINGS;

export async function settingOf(on: AnyDb, key: LogisticsSetting) {
  const row = await tablesOf<LogisticsTables>(on)
    .selectFrom('logisticsSettings')
    .select('value')
    .where('key', '=', key)
    .executeTakeFirst();
  return row ? Number(row.value) : LOGISTICS_SETTINGS[key];
}

/** Installed-base rows by serial (unknown ones are left out), 500 at a time. */
export async function installedBySerials(on: AnyDb, serials: readonly string[]) {
  const rows: InstalledBaseTable[] = [];
  const unique = [...new Set(serials)];
  for (let i = 0; i < unique.length; i += 500)
    rows.push(
      ...(await tablesOf<LogisticsTables>(on)
        .selectFrom('logisticsInstalledBase')
        .selectAll()
        .where('serial', 'in', unique.slice(i, i + 500))
        .execute()),
    );
  return rows;
}

/** The machines installed at one site, oldest serial first (demo and service planning). */
export function installedAtSite(on: AnyDb, siteId: string, limit: number) {
  return tablesOf<LogisticsTables>(on)
    .selectFrom('logisticsInstalledBase')
    .selectAll()
    .where('siteId', '=', siteId)
    .orderBy('serial')
    .limit(limit)
    .execute();
}

/**
 * Delivery: the customer confirms the serials that reached the site. Each becomes part of the
 * customer's installed base there, its warranty counted from the day it left the plant or
 * factory; the order moves on to delivered when every unit has.
 */
export function createDeliveryService(deps: LogisticsDeps) {
  const db = tablesOf<LogisticsTables>(deps.db);
  return {
    async receive(
      actor: Actor,
      key: string,
      input: { serials?: string[] | undefined; on?: string | undefined },
    ) {
      requireAnyRole(actor, RECEIVERS);
      const today = deps.clock.today();
      const on = input.on ?? today;
      if (on > today)
        throw invalid('LOGISTICS_DATE_FUTURE', `${on} is in the future: confirm on arrival.`);
      return inTransaction(deps.db, async (trx) => {
        const s = await loadShipment(trx, actor, key, true);
        const ready = s.kind === 'domestic' ? s.status === 'in_transit' : s.status === 'released';
        if (!ready)
          throw conflict(
            'LOGISTICS_SHIPMENT_STATE',
            s.status === 'delivered'
              ? `${s.number} is already delivered.`
              : `${s.number} is ${s.status.replace('_', ' ')}: it cannot be received until it is ${s.kind === 'import' ? 'released by customs' : 'on its way'}.`,
          );
        if (on < (s.releasedOn ?? s.departedOn))
          throw invalid(
            'LOGISTICS_DATE_ORDER',
            `Receipt (${on}) cannot be before ${s.releasedOn ?? s.departedOn}.`,
          );
        const t = tablesOf<LogisticsTables>(trx);
        const outstanding = await t
          .selectFrom('logisticsShipmentUnits')
          .selectAll()
          .where('shipmentId', '=', s.id)
          .where('receivedOn', 'is', null)
          .execute();
        const wanted = input.serials ? new Set(input.serials) : null;
        const receiving = wanted ? outstanding.filter((u) => wanted.has(u.serial)) : outstanding;
        if (wanted && receiving.length !== wanted.size) {
          const known = new Set(receiving.map((u) => u.serial));
          const stray = [...wanted].filter((x) => !known.has(x));
          throw invalid(
            'LOGISTICS_SERIAL_NOT_ON_SHIPMENT',
            `Not on ${s.number} or already received: ${stray.slice(0, 5).join(', ')}${stray.length > 5 ? ` and ${stray.length - 5} more` : ''}.`,
          );
        }
        if (receiving.length === 0)
          throw invalid('LOGISTICS_NOTHING_TO_RECEIVE', 'No serial to receive.');
        const by = actor.id ?? actor.label;
        const term = await settingOf(trx, 'warranty_term_days');
        for (let i = 0; i < receiving.length; i += 500) {
          const chunk = receiving.slice(i, i + 500);
          await t
            .updateTable('logisticsShipmentUnits')
            .set({ receivedOn: on, receivedBy: by })
            .where(
              'serial',
              'in',
              chunk.map((u) => u.serial),
            )
            .execute();
          await t
            .insertInto('logisticsInstalledBase')
            .values(
              chunk.map((u): InstalledBaseTable => ({
                serial: u.serial,
                unitId: u.unitId,
                modelName: u.modelName,
                customerId: s.customerId,
                siteId: s.siteId,
                orderId: s.orderId,
                shipmentId: s.id,
                shippedOn: s.departedOn,
                deliveredOn: on,
                warrantyStartsOn: s.departedOn,
                warrantyEndsOn: addDays(s.departedOn, term),
              })),
            )
            .execute();
        }
        const perLine = new Map<string, number>();
        for (const u of receiving)
          perLine.set(u.orderLineId, (perLine.get(u.orderLineId) ?? 0) + 1);
        await deps.sales.fulfilment.delivered(trx, actor, s.orderId, perLine);
        const complete = receiving.length === outstanding.length;
        await addEvent(trx, deps, actor, {
          shipmentId: s.id,
          kind: complete ? 'delivered' : 'received',
          happenedOn: on,
          note: `${receiving.length} units received${complete ? '' : `, ${outstanding.length - receiving.length} still to come`}`,
        });
        if (complete)
          await t
            .updateTable('logisticsShipments')
            .set({ status: 'delivered', deliveredOn: on, updatedAt: deps.clock.now() })
            .where('id', '=', s.id)
            .execute();
        await deps.audit.record(trx, actor, {
          action: 'logistics.shipment.receive',
          entityType: 'shipment',
          entityId: s.id,
          before: { status: s.status },
          after: { received: receiving.length, status: complete ? 'delivered' : s.status },
          customerId: s.customerId,
        });
        await deps.events.emit(trx, {
          type: 'logistics.units.delivered',
          entityType: 'shipment',
          entityId: s.id,
          customerId: s.customerId,
          payload: { shipment: s.number, units: receiving.length, complete, on },
        });
        return {
          shipment: s.number,
          received: receiving.length,
          outstanding: outstanding.length - receiving.length,
          status: complete ? 'delivered' : s.status,
        };
      });
    },

    async settings(actor: Actor) {
      requireAnyRole(actor, STAFF_ROLES);
      return { warrantyTermDays: await settingOf(deps.db, 'warranty_term_days') };
    },

    async updateSettings(actor: Actor, input: { warrantyTermDays: number }) {
      requireAnyRole(actor, SETTINGS_EDITORS);
      await inTransaction(deps.db, async (trx) => {
        const before = await settingOf(trx, 'warranty_term_days');
        const t = tablesOf<LogisticsTables>(trx);
        await t.deleteFrom('logisticsSettings').where('key', '=', 'warranty_term_days').execute();
        await t
          .insertInto('logisticsSettings')
          .values({ key: 'warranty_term_days', value: input.warrantyTermDays })
          .execute();
        await deps.audit.record(trx, actor, {
          action: 'logistics.settings.update',
          entityType: 'logistics_settings',
          entityId: 'warranty_term_days',
          before: { warrantyTermDays: before },
          after: input,
        });
      });
      return input;
    },

    /** The installed-base rows of these serials (unknown ones are left out), for service. */
    bySerials: (serials: readonly string[], on: AnyDb = deps.db) => installedBySerials(on, serials),

    /** Delivered units: a customer sees its own, staff all; by site, model or serial. */
    async installedBase(
      actor: Actor,
      filter: {
        site?: string | undefined;
        serial?: string | undefined;
        customer?: string | undefined;
        limit?: number | undefined;
      },
    ) {
      requireAnyRole(actor, [...STAFF_ROLES, 'customer']);
      const scope = customerScope(actor);
      let q = db.selectFrom('logisticsInstalledBase').selectAll();
      const customerId = filter.customer
        ? (await deps.sales.customers.customer(actor, filter.customer)).id
        : scope;
      if (customerId) q = q.where('customerId', '=', customerId);
      // A site by code within the customer known, else by id.
      if (filter.site)
        q = q.where(
          'siteId',
          '=',
          (await deps.sales.customers.site(actor, filter.site, customerId ?? undefined)).id,
        );
      if (filter.serial) q = q.where('serial', '=', filter.serial.trim());
      const total = Number(
        (
          await q
            .clearSelect()
            .select((eb) => eb.fn.countAll<number>().as('n'))
            .executeTakeFirstOrThrow()
        ).n,
      );
      const rows = await q
        .orderBy('deliveredOn', 'desc')
        .orderBy('serial')
        .limit(filter.limit ?? 500)
        .execute();
      const labels = await deps.sales.directory.labels({
        sites: rows.map((r) => r.siteId),
        customers: rows.map((r) => r.customerId),
        orders: rows.map((r) => r.orderId),
      });
      const shipmentRows = rows.length
        ? await db
            .selectFrom('logisticsShipments')
            .select(['id', 'number'])
            .where('id', 'in', [...new Set(rows.map((r) => r.shipmentId))])
            .execute()
        : [];
      const numbers = new Map(shipmentRows.map((x) => [x.id, x.number]));
      const today = deps.clock.today();
      return {
        total,
        items: rows.map((r) => ({
          serial: r.serial,
          model: r.modelName,
          builtHere: r.unitId !== null,
          customerCode: labels.customers.get(r.customerId)?.code ?? '',
          siteCode: labels.sites.get(r.siteId)?.code ?? '',
          siteName: labels.sites.get(r.siteId)?.name ?? '',
          orderNumber: labels.orders.get(r.orderId)?.number ?? '',
          shipmentNumber: numbers.get(r.shipmentId) ?? '',
          shippedOn: r.shippedOn,
          deliveredOn: r.deliveredOn,
          warrantyStartsOn: r.warrantyStartsOn,
          warrantyEndsOn: r.warrantyEndsOn,
          inWarranty: r.warrantyEndsOn >= today,
        })),
      };
    },
  };
}

export type DeliveryService = ReturnType<typeof createDeliveryService>;
