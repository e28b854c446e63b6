import type { AuditLog } from '../../platform/audit/audit.service.js';
import type { Clock } from '../../platform/clock.js';
import { tablesOf, type AnyDb } from '../../platform/db/database.js';
import { nextNumber } from '../../platform/db/document-number.js';
import type { Seeder, SeedContext } from '../../platform/demo/seeder.js';
import type { EventBus } from '../../platform/events/events.js';
import { newId } from '../../platform/ids.js';
import { createCatalogService } from '../catalog/index.js';
import { createInventoryService, locationOrThrow, stockWithin } from '../supply/index.js';
import { DEFAULT_THRESHOLDS, evaluateBurnIn } from './burn-in.engine.js';
import type { OperationsTable } from './plant.tables.js';
import type {
  BurnInTable,
  GenealogyTable,
  ProductionTables,
  UnitsTable,
} from './production.tables.js';
import { ASSUMED_WEEKLY_RATE } from './production.seed.js';
import { SEED_RAMP_PHASES, SEED_SECOND_LINE } from './seed/plant.js';
import { expandPattern, formatSerial } from './serial.engine.js';
import { unitStructure } from './unit-structure.js';
import { addDays, weeksFrom } from './weeks.js';

const DAY_MS = 86_400_000;

/** Inserts in chunks small enough for every dialect's parameter limit. */
async function insertAll<T extends keyof ProductionTables>(
  db: AnyDb,
  table: T,
  rows: ProductionTables[T][],
) {
  const t = tablesOf<ProductionTables>(db);
  for (let i = 0; i < rows.length; i += 400)
    await t
      .insertInto(table)
      .values(rows.slice(i, i + 400) as never)
      .execute();
}

/**
 * The ramp so far, built as the line would have recorded it: every week from the first phase
 * to last week, each model's work order with its units, hashboards, genealogy (chip lots,
 * PSU and control-board serials), operations by the staff on the roster, and burn-in — a few
 * percent failing first time (fewer as the line learns), most reworked and passed, some
 * scrapped. Passed units are in finished goods.
 */
export function historySeeder(deps: { clock: Clock; audit: AuditLog; events: EventBus }): Seeder {
  return {
    name: 'production.history',
    version: 1,
    dependsOn: ['production.plan', 'production.workforce', 'supply.demo'],
    async run(ctx) {
      const catalog = createCatalogService({ ...deps, db: ctx.db });
      const actor = ctx.actor;
      const today = ctx.clock.today();
      const first = SEED_RAMP_PHASES[0]!.startsOn;
      const weeks = weeksFrom(first, 200).filter((w) => addDays(w, 7) <= today);
      if (weeks.length === 0) return;
      const models = (await catalog.listModels(actor)).filter((m) => m.unitPartId);
      const shares = models.map((m) => ASSUMED_WEEKLY_RATE[m.name] ?? 20);
      const totalShare = shares.reduce((a, b) => a + b, 0);
      const staff = await tablesOf<ProductionTables>(ctx.db)
        .selectFrom('productionStaff')
        .select(['employeeNo', 'role', 'hiredOn'])
        .execute();
      // Staff by role, earliest hired first: who could have done an operation on a date.
      const byRole = new Map<string, typeof staff>();
      for (const s of [...staff].sort((a, b) => a.hiredOn.localeCompare(b.hiredOn)))
        byRole.set(s.role, [...(byRole.get(s.role) ?? []), s]);
      const operator = (role: string, date: string) => {
        const all = byRole.get(role) ?? [];
        let n = 0;
        while (n < all.length && all[n]!.hiredOn <= date) n += 1;
        return n ? all[ctx.random.int(0, n - 1)]!.employeeNo : 'line';
      };
      const fg = await locationOrThrow(ctx.db, 'FG');
      const wip = await locationOrThrow(ctx.db, 'WIP');
      const line2 = await createInventoryService({ ...deps, db: ctx.db, catalog }).createLocation(
        actor,
        { code: SEED_SECOND_LINE.code, name: SEED_SECOND_LINE.name, kind: 'wip' },
      );
      let built = 0;
      let failedFirst = 0;
      let scrapped = 0;

      for (const model of models) {
        const s = await unitStructure(catalog, actor, model.unitPartId!, today);
        const cost = (p: { standardCostCents: number | null }, q: number) =>
          (p.standardCostCents ?? 0) * q;
        const boardsPerUnit = s.board?.quantity ?? 0;
        const boardValue = s.boardLines.reduce((sum, l) => sum + cost(l.part, l.quantity), 0);
        const share = (ASSUMED_WEEKLY_RATE[model.name] ?? 20) / totalShare;
        const sequences = new Map<string, number>();
        const serialOf = (pattern: string, date: string) => {
          const parts = expandPattern(pattern, model.name, date);
          const n = (sequences.get(parts.prefix) ?? 0) + 1;
          sequences.set(parts.prefix, n);
          return formatSerial(parts, n);
        };

        for (const [w, week] of weeks.entries()) {
          const phase = SEED_RAMP_PHASES.find((p) => p.startsOn <= week && p.endsOn >= week);
          // The line reaches 80 % of its phase target at first, 95 % as it settles.
          const attainment = 0.8 + 0.15 * Math.min(1, w / weeks.length + ctx.random.next() * 0.1);
          const quantity = Math.round((phase?.targetPerWeek ?? 0) * attainment * share);
          if (quantity === 0) continue;
          // Once line 2 runs, each model's weekly order alternates between the lines.
          const onLine2 = week >= SEED_SECOND_LINE.opensOn && w % 2 === 1;
          const line2Weeks =
            (Date.parse(week) - Date.parse(SEED_SECOND_LINE.opensOn)) / (7 * DAY_MS);
          const firstFailRate =
            0.08 -
            0.05 * (w / weeks.length) +
            (onLine2
              ? SEED_SECOND_LINE.extraFailRate *
                Math.max(0, 1 - line2Weeks / SEED_SECOND_LINE.learningWeeks)
              : 0);
          const woId = newId();
          const weekAt = Date.parse(`${week}T13:00:00Z`);
          const number = await nextNumber(ctx.db, 'production_work_orders', 'WO', week.slice(0, 4));
          await tablesOf<ProductionTables>(ctx.db)
            .insertInto('productionWorkOrders')
            .values({
              id: woId,
              number,
              modelName: model.name,
              partId: model.unitPartId!,
              quantity,
              weekStart: week,
              status: 'completed',
              lineLocationId: onLine2 ? line2.id : wip.id,
              kittedUnits: quantity,
              createdBy: actor.label,
              createdAt: weekAt - DAY_MS,
              updatedAt: weekAt + 4 * DAY_MS,
            })
            .execute();
          const units: UnitsTable[] = [];
          const genealogy: GenealogyTable[] = [];
          const burnIns: BurnInTable[] = [];
          const ops: OperationsTable[] = [];
          const passed: { serial: string; valueCents: number }[] = [];
          const op = (
            unitId: string,
            operation: string,
            role: string,
            at: number,
            date: string,
            extra: Partial<OperationsTable> = {},
          ) =>
            ops.push({
              id: newId(),
              workOrderId: woId,
              unitId,
              operation,
              station: null,
              operator: operator(role, date),
              startedAt: at - 20 * 60_000,
              finishedAt: at,
              outcome: 'done',
              reasonCode: null,
              note: null,
              ...extra,
            });
          const chipLot = `${model.chip ?? 'CHIP'}-L${week.replace(/-/g, '').slice(2)}`;

          for (let i = 0; i < quantity; i += 1) {
            const day = addDays(week, i % 5);
            const at = Date.parse(`${day}T00:00:00Z`) + (7 + ((i * 37) % 9)) * 3_600_000;
            const unitId = newId();
            const boardSerials: string[] = [];
            for (let b = 0; b < boardsPerUnit; b += 1) {
              const id = newId();
              const serial = serialOf('HB{MODEL}-{YY}{WW}-{SEQ:6}', day);
              boardSerials.push(serial);
              units.push({
                id,
                serial,
                kind: 'hashboard',
                partId: s.board!.part.id,
                modelName: model.name,
                workOrderId: woId,
                status: 'installed',
                station: 'SMT-1',
                builtBy: actor.label,
                builtAt: at - 3_600_000,
                builtOn: day,
                valueCents: boardValue,
              });
              for (const l of s.boardLines)
                genealogy.push({
                  id: newId(),
                  parentUnitId: id,
                  componentPartId: l.part.id,
                  componentUnitId: null,
                  componentSerial: null,
                  lotId: null,
                  lotCode: l.part.kind === 'asic_chip' ? chipLot : null,
                  quantity: l.quantity,
                  installedAt: at - 3_600_000,
                  removedAt: null,
                });
              genealogy.push({
                id: newId(),
                parentUnitId: unitId,
                componentPartId: s.board!.part.id,
                componentUnitId: id,
                componentSerial: serial,
                lotId: null,
                lotCode: null,
                quantity: 1,
                installedAt: at,
                removedAt: null,
              });
              op(id, 'smt', 'assembler', at - 3_600_000, day);
              op(id, 'board_test', 'test_technician', at - 1_800_000, day);
            }
            const serial = serialOf('RL{MODEL}-{YY}{WW}-{SEQ:5}', day);
            let value = boardValue * boardsPerUnit;
            for (const l of s.lines) {
              if (l === s.board) continue;
              value += cost(l.part, l.quantity);
              for (let q = 0; q < (l.part.tracking === 'serial' ? l.quantity : 1); q += 1)
                genealogy.push({
                  id: newId(),
                  parentUnitId: unitId,
                  componentPartId: l.part.id,
                  componentUnitId: null,
                  componentSerial:
                    l.part.tracking === 'serial' ? `${l.part.partNumber}-${serial}-${q + 1}` : null,
                  lotId: null,
                  lotCode: null,
                  quantity: l.part.tracking === 'serial' ? 1 : l.quantity,
                  installedAt: at,
                  removedAt: null,
                });
            }
            op(unitId, 'final_assembly', 'assembler', at, day);
            const fails = ctx.random.chance(firstFailRate);
            const scrap = fails && ctx.random.chance(0.15);
            const runs = fails && !scrap ? [5, 0] : fails ? [5] : [0];
            let status: UnitsTable['status'] = 'passed';
            for (const [attempt, missing] of runs.entries()) {
              const testedAt = at + (6 + attempt * 20) * 3_600_000;
              const testedOn = new Date(testedAt).toISOString().slice(0, 10);
              const m = run(ctx, model, boardSerials, missing);
              const verdict = evaluateBurnIn(
                m,
                {
                  hashrateThs: model.hashrateThs,
                  efficiencyJthX100: model.efficiencyJthX100,
                  boards: model.boards,
                  fans: model.cooling === 'water' ? 0 : model.fans,
                },
                DEFAULT_THRESHOLDS,
              );
              burnIns.push({
                id: newId(),
                unitId,
                attempt: attempt + 1,
                testedAt,
                testedOn,
                ...m,
                boards: JSON.stringify(m.boards),
                hashrateBp: verdict.hashrateBp,
                efficiencyJthX100: verdict.efficiencyJthX100,
                result: verdict.result,
                reasons: JSON.stringify(verdict.reasons),
                station: `BURN-${'ABCD'[i % 4]}`,
                testedBy: operator('test_technician', testedOn),
              });
              op(unitId, 'burn_in', 'test_technician', testedAt, testedOn, {
                startedAt: testedAt - m.durationMin * 60_000,
                outcome: verdict.result === 'pass' ? 'done' : 'failed',
                note: verdict.reasons.join('; ') || null,
              });
              status = verdict.result === 'pass' ? 'passed' : 'failed';
              if (verdict.result === 'fail' && !scrap)
                op(unitId, 'rework', 'test_technician', testedAt + 3_600_000, testedOn, {
                  outcome: 'reworked',
                  reasonCode: 'chips_missing',
                  note: 'board 2 reflowed',
                });
            }
            if (scrap) {
              op(unitId, 'scrap', 'supervisor', at + 30 * 3_600_000, day, {
                outcome: 'scrapped',
                reasonCode: 'failed_rework',
              });
              status = 'scrapped';
              scrapped += 1;
            }
            if (fails) failedFirst += 1;
            if (status === 'passed') {
              op(unitId, 'qc_inspection', 'qc', at + 9 * 3_600_000, day);
              op(unitId, 'pack', 'material_handler', at + 10 * 3_600_000, day);
              passed.push({ serial, valueCents: value });
            }
            units.push({
              id: unitId,
              serial,
              kind: 'unit',
              partId: model.unitPartId!,
              modelName: model.name,
              workOrderId: woId,
              status,
              station: 'FA-1',
              builtBy: operator('assembler', day),
              builtAt: at,
              builtOn: day,
              valueCents: value,
            });
          }
          await insertAll(ctx.db, 'productionUnits', units);
          await insertAll(ctx.db, 'productionGenealogy', genealogy);
          await insertAll(ctx.db, 'productionBurnIn', burnIns);
          await insertAll(ctx.db, 'productionOperations', ops);
          if (passed.length) {
            const at = weekAt + 4 * DAY_MS;
            const stock = stockWithin(ctx.db, actor, at, addDays(week, 4));
            await stock.produce({
              partId: model.unitPartId!,
              locationId: fg.id,
              serials: passed.map((p) => p.serial),
              valueCents: passed.reduce((a, p) => a + p.valueCents, 0),
              reference: `work_order:${number}`,
            });
          }
          built += quantity;
        }
        const t = tablesOf<ProductionTables>(ctx.db);
        for (const [prefix, last] of sequences)
          await t
            .insertInto('productionSerialSequences')
            .values({ prefix, last })
            .onConflict((oc) => oc.column('prefix').doUpdateSet({ last }))
            .execute();
      }
      await deps.audit.record(ctx.db, actor, {
        action: 'production.history.seed',
        entityType: 'plant',
        entityId: 'history',
        after: { weeks: weeks.length, built, failedFirst, scrapped },
      });
      ctx.log(
        `production history: ${built} units over ${weeks.length} weeks (${failedFirst} failed first burn-in, ${scrapped} scrapped)`,
      );
    },
  };
}

/** A burn-in run near the model's nominal figures; `missing` chips off the second board. */
function run(
  ctx: SeedContext,
  model: {
    hashrateThs: number;
    powerW: number;
    boards: number;
    chipsPerBoard: number | null;
    cooling: string;
  },
  boards: string[],
  missing: number,
) {
  const chips = model.chipsPerBoard ?? 100;
  return {
    durationMin: 180 + ctx.random.int(0, 60),
    hashrateGhs:
      Math.round(model.hashrateThs * 1000 * (1 + ctx.random.int(-8, 14) / 1000)) - missing * 600,
    powerW: Math.round(model.powerW * (1 + ctx.random.int(-12, 10) / 1000)),
    maxChipTempC: 68 + ctx.random.int(0, 10),
    minFanRpm: model.cooling === 'water' ? 0 : 4_000 + ctx.random.int(0, 900),
    boards: boards.map((serial, index) => ({
      index,
      serial,
      hashrateGhs: Math.round((model.hashrateThs * 1000) / model.boards),
      chipsFound: index === 1 ? chips - missing : chips,
      chipsExpected: chips,
      maxChipTempC: 68 + ctx.random.int(0, 10),
    })),
  };
}
