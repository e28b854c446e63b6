import type { AuditLog } from '../../platform/audit/audit.service.js';
import type { Clock } from '../../platform/clock.js';
import type { Seeder } from '../../platform/demo/seeder.js';
import type { EventBus } from '../../platform/events/events.js';
import { createCatalogService } from '../catalog/index.js';
import { createCustomsEntryService } from '../trade/index.js';
import { createInventoryRepo } from './inventory.repo.js';
import { createInventoryService } from './inventory.service.js';
import { createPurchaseOrderService } from './purchase-order.service.js';
import { createReceivingService } from './receiving.service.js';
import { SEED_POS, SEED_SUPPLIERS, VOLUME_BREAKS } from './seed/suppliers.js';
import { createSupplierService } from './supplier.service.js';

/**
 * The demo's supply side: suppliers in six countries (one flagged), purchase orders in every
 * state, receipts whose 2025 customs entries paid IEEPA duties (so refund exposure shows), and
 * stock spread over every kind of location, with a reservation for the pilot batch.
 */
export function supplyDemoSeeder(deps: {
  clock: Clock;
  audit: AuditLog;
  events: EventBus;
}): Seeder {
  return {
    name: 'supply.demo',
    version: 1,
    dependsOn: ['catalog.models', 'trade.tariffs', 'supply.locations'],
    async run(ctx) {
      // Every service over the seeder's transaction: one commit, one connection.
      const base = { ...deps, db: ctx.db };
      const catalog = createCatalogService(base);
      const suppliers = createSupplierService({ ...base, catalog });
      const purchaseOrders = createPurchaseOrderService({ ...base, catalog, suppliers });
      const entries = createCustomsEntryService(base);
      const receiving = createReceivingService({ ...base, catalog, purchaseOrders, entries });
      const inventory = createInventoryService({ ...base, catalog });
      const actor = ctx.actor;
      const known = new Map((await catalog.listParts(actor, {})).map((p) => [p.partNumber, p]));

      for (const s of SEED_SUPPLIERS) {
        await suppliers.create(actor, {
          code: s.code,
          name: s.name,
          country: s.country,
          leadTimeDays: s.leadTimeDays,
          minOrderCents: s.minOrderCents,
          restrictedList: s.restricted?.list,
          restrictedSince: s.restricted?.since,
          restrictedNote: s.restricted?.note,
        });
        for (const partNumber of s.parts) {
          const part = known.get(partNumber);
          if (!part?.standardCostCents) continue;
          for (const b of VOLUME_BREAKS)
            await suppliers.setPriceBreak(actor, s.code, {
              part: partNumber,
              minQuantity: b.minQuantity,
              unitPriceCents: Math.round((part.standardCostCents * b.shareBp) / 10_000),
            });
        }
      }

      let serialSeq = 0;
      for (const p of SEED_POS) {
        const orderDate = ctx.dateFromToday(p.orderedDaysAgo);
        const po = await purchaseOrders.create(actor, {
          supplier: p.supplier,
          orderDate,
          lines: p.lines,
        });
        if (p.state === 'draft') continue;
        await purchaseOrders.approve(actor, po.number);
        if (p.state === 'approved') continue;
        await purchaseOrders.send(actor, po.number, { acknowledgeRestricted: true });
        for (const r of p.receipts ?? []) {
          const lines = p.lines.map((l, i) => {
            const part = known.get(l.part)!;
            const quantity = Math.max(1, Math.round(l.quantity * r.share));
            const stem = r.entryDate.replaceAll('-', '').slice(2, 6);
            if (part.tracking === 'serial')
              return {
                line: i + 1,
                serials: Array.from(
                  { length: quantity },
                  () =>
                    `${l.part.replace(/^PSU-|^CB-AM-/, '')}-${stem}-${String(++serialSeq).padStart(5, '0')}`,
                ),
              };
            if (part.tracking === 'lot')
              return {
                line: i + 1,
                quantity,
                lot: { code: `W${stem}-${String(i + 1).padStart(2, '0')}`, dateCode: stem },
              };
            return { line: i + 1, quantity };
          });
          await receiving.receive(actor, po.number, {
            receivedOn: r.entryDate,
            entry: r.entry ? { number: r.entry, date: r.entryDate } : undefined,
            freightCents: Math.round((p.freightCents ?? 0) * r.share),
            brokerageCents: p.brokerageCents ?? 0,
            lines,
          });
        }
      }

      // Stock in every kind of location: the line, the depot, quarantine, vans, kits, in transit.
      for (const l of [
        { code: 'VAN-TX-01', name: 'Field van, Texas crew 1', kind: 'field_van' as const },
        { code: 'VAN-GA-01', name: 'Field van, Georgia crew 1', kind: 'field_van' as const },
        { code: 'KIT-SITE-A', name: 'Spares kit, site maintenance A', kind: 'spares_kit' as const },
      ])
        await inventory.createLocation(actor, l);
      const repo = createInventoryRepo(ctx.db);
      const raw = (await repo.locationByIdOrCode('RAW'))!;
      const psus = async (n: number, at = raw.id) =>
        (await repo.serialsAt(known.get('PSU-APW17')!.id, at)).slice(0, n).map((s) => s.serial);
      const move = (part: string, from: string, to: string, quantity: number, note: string) =>
        inventory.transfer(actor, { part, from, to, quantity, note });
      await move('BM1368', 'RAW', 'WIP', 3_240, 'Kitting: pilot batch, 10 units');
      await move('PCB-S21', 'RAW', 'WIP', 30, 'Kitting: pilot batch, 10 units');
      await move('HS-S21', 'RAW', 'WIP', 30, 'Kitting: pilot batch, 10 units');
      await inventory.reserve(actor, {
        part: 'BM1368',
        location: 'WIP',
        quantity: 3_240,
        demand: 'work_order:PILOT-001',
        note: 'Pilot batch',
      });
      await inventory.transfer(actor, {
        part: 'PSU-APW17',
        from: 'RAW',
        to: 'DEPOT',
        serials: await psus(20),
        note: 'Depot spares',
      });
      const boards = await repo.serialsAt(known.get('CB-AM-2023')!.id, raw.id);
      await inventory.transfer(actor, {
        part: 'CB-AM-2023',
        from: 'RAW',
        to: 'DEPOT',
        serials: boards.slice(0, 10).map((b) => b.serial),
        note: 'Depot spares',
      });
      await move('FAN-12038', 'RAW', 'DEPOT', 40, 'Depot spares');
      const depot = (await repo.locationByIdOrCode('DEPOT'))!;
      await inventory.transfer(actor, {
        part: 'PSU-APW17',
        from: 'DEPOT',
        to: 'QUAR',
        serials: await psus(2, depot.id),
        note: 'Returned from site: suspect output ripple',
      });
      await move('FAN-12038', 'RAW', 'VAN-TX-01', 8, 'Van stock');
      await inventory.transfer(actor, {
        part: 'PSU-APW17',
        from: 'RAW',
        to: 'VAN-TX-01',
        serials: await psus(2),
        note: 'Van stock',
      });
      await move('FAN-12038', 'RAW', 'VAN-GA-01', 6, 'Van stock');
      await move('FAN-12038', 'RAW', 'KIT-SITE-A', 4, 'Site kit');
      await inventory.transfer(actor, {
        part: 'PSU-APW17',
        from: 'RAW',
        to: 'KIT-SITE-A',
        serials: await psus(1),
        note: 'Site kit',
      });
      await move('FAN-12038', 'RAW', 'TRANSIT', 50, 'Truck to the Georgia depot');
      const s21 = await catalog.buildSheet(actor, 'Antminer S21', ctx.clock.today());
      await inventory.adjust(actor, {
        part: 'UNIT-S21',
        location: 'FG',
        delta: 6,
        reason: 'correction',
        unitCostCents: s21.unitCostCents,
        serials: Array.from(
          { length: 6 },
          (_, i) => `RLS21-PILOT-${String(i + 1).padStart(4, '0')}`,
        ),
        note: 'Opening balance: pilot units built before stock tracking',
      });
      ctx.log(
        `${SEED_SUPPLIERS.length} suppliers, ${SEED_POS.length} purchase orders, stock in every location`,
      );
    },
  };
}
