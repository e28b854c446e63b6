import type { AuditLog } from '../../platform/audit/audit.service.js';
import type { Clock } from '../../platform/clock.js';
import { tablesOf } from '../../platform/db/database.js';
import type { Seeder } from '../../platform/demo/seeder.js';
import type { EventBus } from '../../platform/events/events.js';
import { createCatalogService } from '../catalog/index.js';
import { createBuildPlanService } from './build-plan.service.js';
import { createCapacityService } from './capacity.service.js';
import { ANY_MODEL, createPlantService } from './plant.service.js';
import type { PlantTables } from './plant.tables.js';
import {
  DEFAULT_ROUTING,
  FULL_HEADCOUNT,
  RAMP_SHARE_BY_MONTH,
  SEED_HOLIDAYS,
  SEED_RAMP_PHASES,
  SEED_REASONS,
  SEED_ROLES,
  SEED_SHIFTS,
  SEED_WORK_CENTRES,
} from './seed/plant.js';
import { addDays } from './weeks.js';
import { createWorkforceService } from './workforce.service.js';

type Deps = { clock: Clock; audit: AuditLog; events: EventBus };

function services(deps: Deps, db: Parameters<Seeder['run']>[0]['db']) {
  const base = { ...deps, db };
  const catalog = createCatalogService(base);
  const plant = createPlantService({ ...base, catalog });
  const workforce = createWorkforceService(base);
  const buildPlan = createBuildPlanService({ ...base, catalog });
  const capacity = createCapacityService({ ...base, buildPlan, plant, workforce });
  return { plant, workforce, capacity };
}

/** Every plant needs a calendar, work centres, roles, a default routing and reason codes. */
export function plantReferenceSeeder(deps: Deps): Seeder {
  return {
    name: 'production.plant',
    version: 1,
    reference: true,
    async run(ctx) {
      // Straight inserts, one per table: every test database and installation runs this.
      const t = tablesOf<PlantTables>(ctx.db);
      const now = deps.clock.now();
      await t
        .insertInto('productionShifts')
        .values(SEED_SHIFTS.map((s) => ({ ...s, days: s.days.join(''), updatedAt: now })))
        .execute();
      await t.insertInto('productionHolidays').values(SEED_HOLIDAYS).execute();
      await t
        .insertInto('productionWorkCentres')
        .values(
          SEED_WORK_CENTRES.map((c) => ({
            ...c,
            shifts: JSON.stringify(c.shifts),
            updatedAt: now,
          })),
        )
        .execute();
      await t
        .insertInto('productionRoles')
        .values(
          SEED_ROLES.map((r) => ({
            ...r,
            learningCurve: JSON.stringify(r.learningCurve),
            updatedAt: now,
          })),
        )
        .execute();
      await t
        .insertInto('productionRoutings')
        .values(DEFAULT_ROUTING.map((r, i) => ({ ...r, modelName: ANY_MODEL, seq: (i + 1) * 10 })))
        .execute();
      await t.insertInto('productionReasonCodes').values(SEED_REASONS).execute();
      await deps.audit.record(ctx.db, ctx.actor, {
        action: 'production.plant.seed',
        entityType: 'plant',
        entityId: 'plant',
        after: { SEED_SHIFTS, SEED_HOLIDAYS, SEED_WORK_CENTRES, SEED_ROLES, DEFAULT_ROUTING },
      });
      ctx.log(
        `plant: ${SEED_WORK_CENTRES.length} work centres, ${SEED_SHIFTS.length} shifts, ${SEED_HOLIDAYS.length} holidays, ${SEED_ROLES.length} roles`,
      );
    },
  };
}

const FIRST = [
  'Alex',
  'Maria',
  'James',
  'Linh',
  'Carlos',
  'Aisha',
  'Ben',
  'Rosa',
  'Tyler',
  'Mei',
  'Diego',
  'Grace',
  'Omar',
  'Hannah',
  'Luis',
  'Keisha',
  'Ethan',
  'Priya',
  'Jorge',
  'Emily',
];
const LAST = [
  'Garcia',
  'Nguyen',
  'Smith',
  'Hernandez',
  'Johnson',
  'Lopez',
  'Williams',
  'Martinez',
  'Brown',
  'Davis',
  'Rodriguez',
  'Wilson',
  'Tran',
  'Moore',
  'Flores',
  'Taylor',
  'Ramirez',
  'Clark',
  'Patel',
  'Lewis',
];
const HOME_BASES = [
  'Rockdale, TX',
  'Odessa, TX',
  'Abilene, TX',
  'Corsicana, TX',
  'Dalton, GA',
  'Massena, NY',
];

/**
 * The ramp's people: the headcount plan month by month toward about 250, the ramp phases, and
 * the staff hired so far — a little behind plan, hired through each month, a few who left.
 */
export function workforceDemoSeeder(deps: Deps): Seeder {
  return {
    name: 'production.workforce',
    version: 1,
    dependsOn: ['production.plant'],
    async run(ctx) {
      const { workforce, capacity } = services(deps, ctx.db);
      const cells = RAMP_SHARE_BY_MONTH.flatMap(([month, share]) =>
        Object.entries(FULL_HEADCOUNT).map(([role, full]) => ({
          month,
          role,
          headcount: Math.round(full * share),
        })),
      );
      await workforce.setHeadcountPlan(ctx.actor, cells);
      await capacity.setRampPhases(ctx.actor, SEED_RAMP_PHASES);

      const today = ctx.clock.today();
      let employee = 0;
      let hired = 0;
      for (const [role, full] of Object.entries(FULL_HEADCOUNT)) {
        let onStaff = 0;
        for (const [month, share] of RAMP_SHARE_BY_MONTH) {
          if (`${month}-01` > today) break;
          const target = Math.round(full * share * (0.9 + ctx.random.next() * 0.08));
          for (; onStaff < target; onStaff++) {
            const hiredOn = addDays(`${month}-01`, ctx.random.int(0, 27));
            if (hiredOn > today) break;
            employee++;
            const person = await workforce.hire(ctx.actor, {
              employeeNo: `E${String(employee).padStart(4, '0')}`,
              name: `${ctx.random.pick(FIRST)} ${ctx.random.pick(LAST)}`,
              role,
              shift: role === 'field_technician' ? 'day' : ctx.random.pick(['day', 'day', 'swing']),
              workCentre: null,
              homeBase: role === 'field_technician' ? ctx.random.pick(HOME_BASES) : null,
              hiredOn,
            });
            hired++;
            // About one in forty leaves within a few months.
            const leftOn = addDays(hiredOn, ctx.random.int(30, 150));
            if (ctx.random.chance(0.025) && leftOn < today)
              await workforce.change(ctx.actor, person.id, { leftOn });
          }
        }
      }
      ctx.log(
        `workforce: ${hired} people hired, headcount plan to ${Object.values(FULL_HEADCOUNT).reduce((a, b) => a + b, 0)}`,
      );
    },
  };
}
