import type { AuditLog } from '../../platform/audit/audit.service.js';
import type { Actor } from '../../platform/authz.js';
import { ManualClock } from '../../platform/clock.js';
import type { Seeder, SeedContext } from '../../platform/demo/seeder.js';
import type { EventBus } from '../../platform/events/events.js';
import type { FileStorage } from '../../platform/files/file-storage.js';
import { createCatalogService } from '../catalog/index.js';
import {
  createInstalledBaseWrites,
  createRepairShipments,
  installedAtSite,
  installedBySerials,
} from '../logistics/index.js';
import { addDays, createQcSettingsService, createUnitRepairs } from '../production/index.js';
import { salesServices } from '../sales/index.js';
import { createInventoryService, createOrigins } from '../supply/index.js';
import { serviceServices } from './services.js';
import { createModelParts } from './model-parts.js';
import { DEMO_POOL, DEMO_RMAS, DEMO_TECHNICIANS, DEMO_VISITS, type DemoRma } from './seed/demo.js';
import type { RmaStatus } from './service.tables.js';

const DAY_MS = 86_400_000;
type Deps = { audit: AuditLog; events: EventBus; files: FileStorage };

/** Every service the demo drives, over the seeder's transaction and a clock it moves. */
function servicesOn(ctx: SeedContext, deps: Deps, clock: ManualClock) {
  const base = { ...deps, db: ctx.db, clock };
  const catalog = createCatalogService(base);
  const inventory = createInventoryService({ ...base, catalog });
  const serviceDeps = {
    ...base,
    catalog,
    inventory,
    origins: createOrigins(base),
    production: {
      repairs: createUnitRepairs(base),
      qcSettings: createQcSettingsService({ ...base, catalog }),
    },
    sales: salesServices({ ...base, catalog }),
    logistics: {
      delivery: { bySerials: (serials: readonly string[]) => installedBySerials(ctx.db, serials) },
      repairShipments: createRepairShipments(base),
      installedBase: createInstalledBaseWrites(base),
    },
  };
  return {
    ...serviceServices(serviceDeps),
    deps: serviceDeps,
    partsOf: createModelParts(serviceDeps),
  };
}
type Services = ReturnType<typeof servicesOn>;

/** The order of a repair's steps, and how many days after the request each happens. */
const STEPS: { to: RmaStatus; after: number }[] = [
  { to: 'approved', after: 0.2 },
  { to: 'in_transit', after: 0.6 },
  { to: 'received', after: 2.5 },
  { to: 'diagnosing', after: 2.8 },
  { to: 'repairing', after: 3.1 },
  { to: 'testing', after: 3.7 },
  { to: 'ready_to_ship', after: 4.0 },
  { to: 'shipped', after: 4.4 },
  { to: 'closed', after: 6.4 },
];

/**
 * The service world: depot spares, a customer on the priority tier, RMAs in every state (some
 * past their SLA), field technicians with vans, a visit signed off last week and visits
 * planned by the dispatch planner over the coming days.
 */
export function serviceDemoSeeder(deps: Deps): Seeder {
  return {
    name: 'service.demo',
    version: 1,
    dependsOn: ['logistics.demo', 'service.policies', 'supply.demo', 'production.pilot'],
    async run(ctx) {
      const clock = new ManualClock(ctx.clock.now());
      const s = servicesOn(ctx, deps, clock);
      const actor = ctx.actor;
      const now = ctx.clock.now();
      const at = (daysAgo: number) => clock.set(now - Math.round(daysAgo * DAY_MS));
      at(30);
      await s.setup.assignTier(actor, 'GCH', 'priority');
      const spares = await stockDepot(s, actor);
      for (const refurb of DEMO_POOL)
        await s.replacements.addToPool(actor, { ...refurb, note: 'Refurbished stock' });

      // Machines are taken from each site's installed base in turn, each once.
      const used = new Set<string>();
      const take = async (customer: string, siteCode: string, n: number) => {
        const site = await s.deps.sales.customers.site(
          actor,
          siteCode,
          (await s.deps.sales.customers.customer(actor, customer)).id,
        );
        const rows = (await installedAtSite(ctx.db, site.id, 2000))
          .filter((r) => !used.has(r.serial) && !r.serial.startsWith('RF-'))
          .slice(0, n);
        for (const r of rows) used.add(r.serial);
        return rows;
      };

      let rmas = 0;
      for (const flow of DEMO_RMAS) {
        const machines = await take(flow.customer, flow.site, flow.units);
        await runRma(s, actor, flow, machines, spares, at);
        rmas += 1;
      }

      const technicians = await fieldCrew(s, actor);
      // Last week: a visit planned, worked and signed off on site.
      at(6);
      const past = await take('GCH', 'ROCKDALE', 2);
      const [visit] = await s.field.createVisit(actor, {
        customer: 'GCH',
        site: 'ROCKDALE',
        units: past.map((m) => ({ serial: m.serial, fault: 'fan' })),
        windowStart: addDays(clock.today(), 1),
        windowEnd: addDays(clock.today(), 1),
        dueBy: addDays(clock.today(), 2),
      });
      await s.planner.plan(actor, { from: addDays(clock.today(), 1), days: 1, apply: true });
      at(4.6);
      await s.work.checkIn(actor, visit!.number);
      const fan = spares.byKind('Antminer S21', 'fan');
      for (const m of past)
        await s.work.recordUnit(actor, visit!.number, m.serial, {
          result: 'fixed',
          parts: fan ? [{ partNumber: fan, quantity: 1 }] : [],
          note: 'Fan replaced from the van',
        });
      at(4.5);
      await s.work.complete(actor, visit!.number, { signoffName: 'Jo Perez, site lead' });

      // The coming days: visits to plan, then the planner's schedule.
      at(0);
      for (const v of DEMO_VISITS) {
        const machines = await take(v.customer, v.site, v.units);
        await s.field.createVisit(actor, {
          customer: v.customer,
          site: v.site,
          units: machines.map((m) => ({ serial: m.serial, fault: v.fault })),
          windowStart: addDays(clock.today(), v.window[0]!),
          windowEnd: addDays(clock.today(), v.window[1]!),
          dueBy: addDays(clock.today(), v.dueIn),
        });
      }
      const plan = await s.planner.plan(actor, { days: 10, apply: true });
      ctx.log(
        `${rmas} RMAs in every state, ${technicians} field technicians, ${DEMO_VISITS.length + 1} visits (planned: ${plan.objective.total} min objective vs ${plan.nearestFirst.total} nearest-first)`,
      );
    },
  };
}

/** Spares on the depot shelf for the models in the field; vans get theirs with the crew. */
async function stockDepot(s: Services, actor: Actor) {
  const byModel = new Map<string, Map<string, string>>();
  for (const model of ['Antminer S21', 'Antminer S21 XP']) {
    const parts = await s.partsOf(actor, model, ['hashboard', 'psu', 'control_board', 'fan']);
    const kinds = new Map<string, string>();
    for (const p of parts) {
      kinds.set(p.kind, p.partNumber);
      const part = await s.deps.catalog.getPart(actor, p.partNumber);
      const quantity = part.tracking === 'serial' ? 12 : 40;
      const have = await s.deps.inventory.balances(actor, {
        part: p.partNumber,
        location: 'DEPOT',
      });
      if (have.length) continue;
      await s.deps.inventory.adjust(actor, {
        part: p.partNumber,
        location: 'DEPOT',
        delta: quantity,
        reason: 'found',
        unitCostCents: Math.max(100, p.unitCostCents),
        note: 'Opening depot spares',
        ...(part.tracking === 'serial'
          ? {
              serials: Array.from(
                { length: quantity },
                (_, i) => `SP-${p.partNumber}-${String(i + 1).padStart(3, '0')}`,
              ),
            }
          : {}),
      });
    }
    byModel.set(model, kinds);
  }
  return {
    byKind: (model: string, kind: string) => byModel.get(model)?.get(kind),
    /** A spare serial of a part on the depot shelf, as the technician would scan it. */
    async serial(partNumber: string) {
      const [free] = await s.deps.inventory.serials(actor, {
        part: partNumber,
        location: 'DEPOT',
        status: 'in_stock',
        limit: 1,
      });
      return free?.serial;
    },
  };
}
type Spares = Awaited<ReturnType<typeof stockDepot>>;

/** One demo RMA: opened, then taken step by step until its target state, on its days. */
async function runRma(
  s: Services,
  actor: Actor,
  flow: DemoRma,
  machines: { serial: string; modelName: string; unitId: string | null }[],
  spares: Spares,
  at: (daysAgo: number) => void,
) {
  at(flow.requestedDaysAgo);
  if (flow.voidReason)
    for (const m of machines)
      await s.warranty.voidWarranty(actor, m.serial, {
        reason: flow.voidReason,
        evidence:
          'Site log shows inlet air above 45 °C for weeks; dust-clogged heatsinks on arrival photos',
      });
  const [rma] = await s.intake.open(
    actor,
    {
      customer: flow.customer,
      note: flow.note,
      units: machines.map((m) => ({ serial: m.serial, fault: flow.fault, note: flow.note })),
    },
    machines.length > 10 ? 'csv' : 'portal',
  );
  const key = rma!.number;
  if (flow.until === 'rejected' || flow.until === 'cancelled') {
    at(flow.requestedDaysAgo - 0.3);
    if (flow.until === 'rejected')
      await s.rmas.reject(actor, key, { reason: 'Physical damage from transport: not covered' });
    else await s.rmas.cancel(actor, key, { reason: 'Fixed on site by the customer' });
    return;
  }
  // A quote is the diagnosis step's other outcome: the flow stops there.
  const last = flow.until === 'awaiting_quote_approval' ? 'repairing' : flow.until;
  const target = STEPS.findIndex((x) => x.to === last);
  const unitsNow = async () => (await s.rmas.get(actor, key)).units;
  for (const [i, step] of STEPS.entries()) {
    if (i > target) break;
    at(flow.requestedDaysAgo - step.after);
    if (step.to === 'approved') {
      await s.rmas.approve(actor, key, {});
      if (flow.advance)
        await s.replacements.shipAhead(actor, key, {
          carrier: 'Lone Star Freight',
          trackingNumber: `LSF-A${key.slice(-5)}`,
        });
    } else if (step.to === 'in_transit')
      await s.rmas.inbound(actor, key, {
        carrier: 'UPS Freight',
        trackingNumber: `1Z${key.slice(-5)}`,
      });
    else if (step.to === 'received')
      for (const m of machines) await s.depot.receive(actor, { serial: m.serial });
    else if (step.to === 'diagnosing')
      for (const u of await unitsNow()) await s.depot.startDiagnosis(actor, u.id);
    else if (step.to === 'repairing') {
      for (const u of await unitsNow()) {
        const d = await s.depot.diagnose(actor, u.id, { codes: flow.found ?? [flow.fault] });
        if (d.status !== 'repairing') continue;
        await replaceParts(
          s,
          actor,
          u,
          machines.find((m) => m.serial === u.serial)!,
          spares,
          flow,
        );
      }
    } else if (step.to === 'testing')
      for (const u of await unitsNow()) await s.depot.startTest(actor, u.id);
    else if (step.to === 'ready_to_ship')
      for (const u of await unitsNow())
        await s.depot.recordTest(actor, u.id, await healthyRun(s, actor, u.model));
    else if (step.to === 'shipped')
      await s.rmas.shipBack(actor, key, {
        carrier: 'Lone Star Freight',
        trackingNumber: `LSF-R${key.slice(-5)}`,
      });
    else if (step.to === 'closed') await s.rmas.confirmDelivered(actor, key, {});
  }
}

/** The part the fault calls for, swapped from the depot shelf (serial parts by serial). */
async function replaceParts(
  s: Services,
  actor: Actor,
  unit: { id: string; serial: string; model: string },
  machine: { unitId: string | null },
  spares: Spares,
  flow: DemoRma,
) {
  const codes = await s.setup.faultCodes(actor);
  const kind = codes.find((c) => c.code === flow.fault)?.partKind;
  const partNumber = kind ? spares.byKind(unit.model, kind) : undefined;
  if (!partNumber) return;
  const part = await s.deps.catalog.getPart(actor, partNumber);
  if (part.tracking !== 'serial') {
    await s.repairParts.replace(actor, unit.id, { partNumber, quantity: 1 });
    return;
  }
  // What is inside: the plant's genealogy for machines built here; else the serial on the part.
  const inside = machine.unitId ? await s.deps.production.repairs.components(unit.serial) : null;
  const removed =
    inside?.components.find((c) => c.componentPartId === part.id)?.componentSerial ??
    `${partNumber}-${unit.serial.slice(-6)}`;
  const spare = await spares.serial(partNumber);
  if (!spare) return;
  await s.repairParts.replace(actor, unit.id, {
    partNumber,
    removedSerial: removed,
    installedSerial: spare,
  });
}

/** A burn-in run at the model's nominal figures, as a good repair gives. */
async function healthyRun(s: Services, actor: Actor, model: string) {
  const m = await s.deps.catalog.getModel(actor, model);
  const perBoard = Math.round((m.hashrateThs * 1000 * 1.01) / m.boards);
  return {
    durationMin: 150,
    hashrateGhs: perBoard * m.boards,
    powerW: m.powerW,
    maxChipTempC: 74,
    minFanRpm: m.fans ? 4200 : 0,
    boards: Array.from({ length: m.boards }, (_, index) => ({
      index,
      serial: null,
      hashrateGhs: perBoard,
      chipsFound: m.chipsPerBoard ?? 100,
      chipsExpected: m.chipsPerBoard ?? 100,
      maxChipTempC: 74,
    })),
  };
}

/** Technicians with their vans, each van stocked with PSUs and fans for the S21. */
async function fieldCrew(s: Services, actor: Actor) {
  const psu = (await s.partsOf(actor, 'Antminer S21', ['psu', 'fan'])).map((p) => p.partNumber);
  for (const t of DEMO_TECHNICIANS) {
    await s.deps.inventory.createLocation(actor, {
      code: t.van,
      name: `Van of ${t.name}`,
      kind: 'field_van',
    });
    for (const partNumber of psu) {
      const part = await s.deps.catalog.getPart(actor, partNumber);
      await s.deps.inventory.adjust(actor, {
        part: partNumber,
        location: t.van,
        delta: part.tracking === 'serial' ? 3 : 12,
        reason: 'found',
        unitCostCents: Math.max(100, part.standardCostCents ?? 100),
        note: 'Van stock',
        ...(part.tracking === 'serial'
          ? { serials: [1, 2, 3].map((i) => `VAN-${t.code}-${partNumber}-${i}`) }
          : {}),
      });
    }
    await s.field.saveTechnician(actor, t.code, {
      name: t.name,
      homeLabel: t.homeLabel,
      homeLatitude: t.lat,
      homeLongitude: t.lon,
      skills: t.skills,
      minutesPerDay: 600,
      van: t.van,
    });
  }
  return DEMO_TECHNICIANS.length;
}
