import type { AuditLog } from '../../platform/audit/audit.service.js';
import type { Clock } from '../../platform/clock.js';
import type { Seeder } from '../../platform/demo/seeder.js';
import type { EventBus } from '../../platform/events/events.js';
import { createCatalogService } from '../catalog/index.js';
import { createCustomerService } from './customer.service.js';
import { createSalesOrderService } from './sales-order.service.js';
import { DEMO_CUSTOMERS, DEMO_ORDERS } from './seed/customers.js';

/** Customers with their sites, and orders in every state sales can put them in. */
export function salesDemoSeeder(deps: { clock: Clock; audit: AuditLog; events: EventBus }): Seeder {
  return {
    name: 'sales.demo',
    version: 1,
    dependsOn: ['catalog.models', 'sales.sources'],
    async run(ctx) {
      const base = { ...deps, db: ctx.db };
      const customers = createCustomerService(base);
      const orders = createSalesOrderService({
        ...base,
        catalog: createCatalogService(base),
        customers,
      });
      const actor = ctx.actor;
      for (const c of DEMO_CUSTOMERS) {
        await customers.create(actor, c);
        for (const site of c.sites) await customers.createSite(actor, c.code, site);
      }
      let units = 0;
      for (const o of DEMO_ORDERS) {
        const order = await orders.create(actor, {
          customer: o.customer,
          customerPo: o.customerPo,
          lines: o.lines.map((l) => ({
            model: l.model,
            quantity: l.quantity,
            unitPriceCents: l.priceCents,
            requestedWeek: ctx.dateFromToday(l.weeksOut * 7),
            site: l.site,
            incoterm: 'DAP',
          })),
        });
        if (o.status !== 'draft') await orders.move(actor, order.number, 'confirm');
        if (o.status === 'cancelled') await orders.move(actor, order.number, 'cancel');
        units += order.units;
      }
      ctx.log(`${DEMO_CUSTOMERS.length} customers, ${DEMO_ORDERS.length} orders, ${units} units`);
    },
  };
}
