import type { AuditLog } from '../../platform/audit/audit.service.js';
import { ManualClock } from '../../platform/clock.js';
import type { Seeder, SeedContext } from '../../platform/demo/seeder.js';
import type { EventBus } from '../../platform/events/events.js';
import { createCatalogService } from '../catalog/index.js';
import { createDispatchService } from '../production/index.js';
import { salesServices } from '../sales/index.js';
import { createCustomsEntryService, createSourcingService } from '../trade/index.js';
import { createCustomsService } from './customs.service.js';
import { createDeliveryService } from './delivery.service.js';
import { DEMO_FLOWS, type DemoFlow } from './seed/flows.js';
import { createShipmentBooking } from './shipment.booking.js';

/** Every logistics service over the seeder's transaction, on a clock the seeder moves. */
function servicesOn(
  ctx: SeedContext,
  deps: { audit: AuditLog; events: EventBus },
  clock: ManualClock,
) {
  const base = { ...deps, db: ctx.db, clock };
  const catalog = createCatalogService(base);
  const trade = {
    entries: createCustomsEntryService(base),
    sourcing: createSourcingService({ ...base, catalog }),
  };
  const all = {
    ...base,
    catalog,
    trade,
    production: { dispatch: createDispatchService(base) },
    sales: salesServices({ ...base, catalog }),
  };
  return {
    sales: all.sales,
    booking: createShipmentBooking(all),
    customs: createCustomsService(all),
    delivery: createDeliveryService(all),
  };
}

/** A maker-style serial for a unit built abroad (imports arrive with the factory's list). */
const importSerials = (ctx: SeedContext, prefix: string, n: number) =>
  Array.from(
    { length: n },
    (_, i) => `${prefix}${String(ctx.random.int(100_000, 999_999))}${String(i).padStart(5, '0')}`,
  );

/**
 * Orders that have moved through shipping: delivered from the plant, shipped and on the way,
 * partly shipped with an import stuck in a customs hold, and an import that was held, released
 * and delivered. Each step runs on its own day, so timelines and lead times read true.
 */
export function logisticsDemoSeeder(deps: { audit: AuditLog; events: EventBus }): Seeder {
  return {
    name: 'logistics.demo',
    version: 1,
    dependsOn: ['sales.demo', 'production.history', 'trade.sourcing'],
    async run(ctx) {
      const clock = new ManualClock(ctx.clock.now());
      const s = servicesOn(ctx, deps, clock);
      const dayMs = (days: number) => Date.parse(`${ctx.dateFromToday(days)}T15:00:00Z`);
      const on = (days: number) => {
        clock.set(dayMs(days));
        return ctx.dateFromToday(days);
      };
      const actor = ctx.actor;
      let shipments = 0;
      for (const flow of DEMO_FLOWS as DemoFlow[]) {
        on(flow.confirmedDaysAgo * -1);
        const order = await s.sales.orders.create(actor, {
          customer: flow.customer,
          customerPo: flow.customerPo,
          lines: [
            {
              model: flow.model,
              quantity: flow.quantity,
              unitPriceCents: flow.priceCents,
              requestedWeek: ctx.dateFromToday(flow.requestedInDays),
              site: flow.site,
              incoterm: 'DAP',
            },
          ],
        });
        await s.sales.orders.move(actor, order.number, 'confirm');
        for (const ship of flow.shipments) {
          const departedOn = on(-ship.departedDaysAgo);
          const booked = await s.booking.book(actor, {
            order: order.number,
            source: ship.source,
            carrier: ship.carrier,
            trackingNumber: ship.tracking,
            departedOn,
            lines: [
              ship.source === 'US-PLANT'
                ? { line: 1, quantity: ship.units }
                : { line: 1, serials: importSerials(ctx, ship.serialPrefix ?? 'IMP', ship.units) },
            ],
          });
          shipments += 1;
          const c = ship.customs;
          if (c) {
            await s.customs.arrive(actor, booked.number, {
              on: on(-c.arrivedDaysAgo),
              port: c.port,
            });
            await s.customs.fileEntry(actor, booked.number, {
              entryNumber: c.entryNumber,
              entryDate: on(-c.arrivedDaysAgo),
            });
            if (c.hold) {
              await s.customs.openHold(actor, booked.number, {
                reason: c.hold.reason,
                startedOn: on(-c.hold.startedDaysAgo),
                holdingCostPerDayCents: c.hold.costPerDayCents,
                note: c.hold.note,
              });
              if (c.hold.endedDaysAgo !== undefined)
                await s.customs.endHold(actor, booked.number, {
                  endedOn: on(-c.hold.endedDaysAgo),
                });
            } else if (c.releasedDaysAgo !== undefined)
              await s.customs.release(actor, booked.number, { on: on(-c.releasedDaysAgo) });
          }
          if (ship.deliveredDaysAgo !== undefined)
            await s.delivery.receive(actor, booked.number, { on: on(-ship.deliveredDaysAgo) });
        }
      }
      ctx.log(`${DEMO_FLOWS.length} orders through shipping, ${shipments} shipments`);
    },
  };
}
