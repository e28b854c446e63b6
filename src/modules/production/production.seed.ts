import type { AuditLog } from '../../platform/audit/audit.service.js';
import type { Clock } from '../../platform/clock.js';
import type { PeopleDirectory } from '../../platform/module.js';
import type { Seeder } from '../../platform/demo/seeder.js';
import type { EventBus } from '../../platform/events/events.js';
import { createCatalogService } from '../catalog/index.js';
import { createInventoryService } from '../supply/index.js';
import { createBuildPlanService } from './build-plan.service.js';
import { createBurnInService } from './burn-in.service.js';
import { createUnitService } from './unit.service.js';
import { createLineStepService } from './line-step.service.js';
import { createPlantService } from './plant.service.js';
import { scannedOperations } from './next-step.engine.js';
import { createOperatorNames } from './operator-names.js';
import { createWorkOrderService } from './work-order.service.js';
import { weeksFrom } from './weeks.js';

/**
 * The plan ahead: a year of weekly quantities for the models built here, rising to the plant's
 * assumed full rate. The rates are assumptions (the domain notes give none): edit them.
 */
export const ASSUMED_WEEKLY_RATE: Record<string, number> = {
  'Antminer S21': 300,
  'Antminer S21 Pro': 120,
  'Antminer S21 XP': 60,
};

export function planningDemoSeeder(deps: {
  clock: Clock;
  audit: AuditLog;
  events: EventBus;
}): Seeder {
  return {
    name: 'production.plan',
    version: 1,
    dependsOn: ['catalog.models', 'supply.demo'],
    async run(ctx) {
      const catalog = createCatalogService({ ...deps, db: ctx.db });
      const plan = createBuildPlanService({ ...deps, db: ctx.db, catalog });
      const models = await plan.builtModels(ctx.actor);
      const weeks = weeksFrom(ctx.clock.today(), 52);
      const cells = models.flatMap((m) =>
        weeks.map((week, i) => {
          const full = ASSUMED_WEEKLY_RATE[m.name] ?? 20;
          // The first quarter ramps from half rate to full rate.
          const ramp = Math.min(1, 0.5 + i / 26);
          return { model: m.name, week, quantity: Math.round(full * ramp) };
        }),
      );
      await plan.setPlan(ctx.actor, cells);
      ctx.log(`build plan: ${models.length} models × ${weeks.length} weeks`);
    },
  };
}

/**
 * The pilot batch: ten S21 built in the plant from the kitted chips in WIP, each with its
 * genealogy and burn-in (one unit fails on a board and passes its retest).
 */
export function pilotBatchSeeder(deps: {
  clock: Clock;
  audit: AuditLog;
  events: EventBus;
  people: PeopleDirectory;
}): Seeder {
  return {
    name: 'production.pilot',
    version: 1,
    // After the history, so the pilot's work order is the newest.
    dependsOn: ['production.plan', 'supply.demo', 'production.history'],
    async run(ctx) {
      const base = { ...deps, db: ctx.db };
      const catalog = createCatalogService(base);
      const inventory = createInventoryService({ ...base, catalog });
      const operatorNames = createOperatorNames(base);
      const workOrders = createWorkOrderService({ ...base, catalog, operatorNames });
      const { routingOf } = createPlantService({ ...base, catalog }).read;
      const units = createUnitService({ ...base, catalog, inventory, workOrders, routingOf });
      const steps = createLineStepService({ ...base, routingOf });
      const burnIn = createBurnInService({ ...base, catalog });
      const actor = ctx.actor;
      const model = await catalog.getModel(actor, 'Antminer S21');
      const count = 10;
      // The kitted chips were held for this batch: the hold is released as the line takes them.
      for (const r of await inventory.reservations(actor, {
        demand: 'work_order:PILOT-001',
        status: 'open',
      }))
        await inventory.release(actor, r.id);
      const sheet = await catalog.buildSheet(actor, model.name, ctx.clock.today());
      // What the line needs, and a few spare fans left at the line.
      const lineStock = ['FAN-12038', 'CH-S21', 'CABLE-SET'];
      for (const p of sheet.parts.filter((x) => lineStock.includes(x.partNumber)))
        await inventory.transfer(actor, {
          part: p.partNumber,
          from: 'RAW',
          to: 'WIP',
          quantity: p.quantity * count + (p.partNumber === 'FAN-12038' ? 8 : 0),
          note: 'Kitting: pilot batch',
        });
      await inventory.adjust(actor, {
        part: 'PKG-AIR',
        location: 'WIP',
        delta: count,
        reason: 'correction',
        note: 'Opening balance: cartons on the line',
      });
      await inventory.adjust(actor, {
        part: 'PKG-AIR',
        location: 'RAW',
        delta: 200,
        reason: 'correction',
        note: 'Opening balance: cartons in stores, for kitting',
      });
      const wo = await workOrders.release(actor, {
        model: model.name,
        quantity: count,
        line: 'WIP',
      });
      const chipLot = (
        await inventory.balances(actor, { part: model.chip!, location: 'WIP', nonZero: true })
      )[0]!.lotCode!;
      const free = async (partNumber: string) =>
        (
          await inventory.serials(actor, {
            part: partNumber,
            location: 'RAW',
            status: 'in_stock',
            limit: 500,
          })
        ).filter((s) => !s.reservationId);
      const psus = await free('PSU-APW17');
      const boards = await free('CB-AM-2023');
      const routing = (await routingOf(model.name)).map((r) => r.operation);
      const boardOps = scannedOperations(routing).board;
      for (let i = 0; i < count; i += 1) {
        const hashboards: string[] = [];
        for (let b = 0; b < model.boards; b += 1) {
          const board = await units.buildHashboard(actor, wo.number, { chipLot, station: 'SMT-1' });
          for (const operation of boardOps)
            await steps.record(actor, board.serial, { operation, outcome: 'done' });
          hashboards.push(board.serial);
        }
        const unit = await units.assembleUnit(actor, wo.number, {
          hashboards,
          serials: [psus[i]!.serial, boards[i]!.serial],
          station: 'FA-1',
        });
        const run = (missing = 0) => ({
          durationMin: 180 + ctx.random.int(0, 60),
          hashrateGhs:
            Math.round(model.hashrateThs * 1000 * (1 + ctx.random.int(-8, 12) / 1000)) -
            missing * 600,
          powerW: Math.round(model.powerW * (1 + ctx.random.int(-10, 10) / 1000)),
          maxChipTempC: 70 + ctx.random.int(0, 8),
          minFanRpm: 4_000 + ctx.random.int(0, 600),
          boards: hashboards.map((serial, index) => ({
            index,
            serial,
            hashrateGhs: Math.round((model.hashrateThs * 1000) / model.boards),
            chipsFound: index === 1 ? model.chipsPerBoard! - missing : model.chipsPerBoard!,
            chipsExpected: model.chipsPerBoard!,
            maxChipTempC: 70 + ctx.random.int(0, 8),
          })),
        });
        if (i === 6)
          await burnIn.recordBurnIn(actor, unit.serial, { ...run(4), station: 'BURN-A' });
        await burnIn.recordBurnIn(actor, unit.serial, { ...run(), station: 'BURN-A' });
      }
      ctx.log(`pilot batch: ${count} ${model.name} built and burned in (${wo.number})`);
    },
  };
}
