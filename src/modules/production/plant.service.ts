import type { Actor } from '../../platform/authz.js';
import { requireAnyRole, STAFF_ROLES } from '../../platform/authz.js';
import type { AuditLog } from '../../platform/audit/audit.service.js';
import type { Clock } from '../../platform/clock.js';
import { inTransaction, tablesOf, type AnyDb } from '../../platform/db/database.js';
import { invalid, notFound } from '../../platform/errors.js';
import type { CatalogService } from '../catalog/index.js';
import { PLANNERS } from './build-plan.service.js';
import type { PlantTables, ReasonCodesTable, WorkCentreKind } from './plant.tables.js';

export interface ShiftInput {
  name: string;
  startsAt: string;
  minutes: number;
  days: number[];
}

export interface WorkCentreInput {
  name: string;
  kind: WorkCentreKind;
  stations: number;
  shifts: string[];
  efficiencyBp: number;
  note?: string | null | undefined;
}

export interface RoutingStepInput {
  operation: string;
  workCentre: string;
  stationMinutes: number;
  role: string | null;
  labourMinutes: number;
}

/** The routing of every model without one of its own. */
export const ANY_MODEL = '*';

const unknown = (path: string, what: string) => ({ path, message: `no ${what}` });

/**
 * The plant as planning sees it: shifts and holidays (the calendar), work centres with their
 * stations and efficiency, each model's routing, and the reasons the line may scrap or rework.
 */
export function createPlantService(deps: {
  db: AnyDb;
  clock: Clock;
  audit: AuditLog;
  catalog: Pick<CatalogService, 'getModel'>;
}) {
  const db = tablesOf<PlantTables>(deps.db);

  async function write(
    actor: Actor,
    action: string,
    entityId: string,
    after: unknown,
    change: (t: ReturnType<typeof tablesOf<PlantTables>>) => Promise<unknown>,
  ) {
    requireAnyRole(actor, PLANNERS);
    await inTransaction(deps.db, async (trx) => {
      await change(tablesOf<PlantTables>(trx));
      await deps.audit.record(trx, actor, { action, entityType: 'plant', entityId, after });
    });
  }

  const shifts = () =>
    db
      .selectFrom('productionShifts')
      .selectAll()
      .orderBy('startsAt')
      .execute()
      .then((rows) =>
        rows.map(({ updatedAt: _u, days, ...s }) => ({ ...s, days: [...days].map(Number) })),
      );
  const holidays = () => db.selectFrom('productionHolidays').selectAll().orderBy('date').execute();
  const workCentres = () =>
    db
      .selectFrom('productionWorkCentres')
      .selectAll()
      .orderBy('code')
      .execute()
      .then((rows) =>
        rows.map(({ updatedAt: _u, ...c }) => ({ ...c, shifts: JSON.parse(c.shifts) as string[] })),
      );
  const routings = () =>
    db.selectFrom('productionRoutings').selectAll().orderBy('modelName').orderBy('seq').execute();

  /** A model's routing: its own, or the default. */
  async function routingOf(model: string) {
    const rows = await db
      .selectFrom('productionRoutings')
      .selectAll()
      .where('modelName', 'in', [model, ANY_MODEL])
      .orderBy('seq')
      .execute();
    const own = rows.filter((r) => r.modelName === model);
    return own.length ? own : rows;
  }

  return {
    /** Unchecked reads for the capacity service, which checks its caller. */
    read: { shifts, holidays, workCentres, routings, routingOf },

    async calendar(actor: Actor) {
      requireAnyRole(actor, STAFF_ROLES);
      return { shifts: await shifts(), holidays: await holidays() };
    },

    async setShift(actor: Actor, code: string, input: ShiftInput) {
      const row = {
        code,
        name: input.name,
        startsAt: input.startsAt,
        minutes: input.minutes,
        days: [...new Set(input.days)].sort().join(''),
        updatedAt: deps.clock.now(),
      };
      await write(actor, 'production.shift.set', code, row, (t) =>
        t
          .insertInto('productionShifts')
          .values(row)
          .onConflict((oc) => oc.column('code').doUpdateSet(row))
          .execute(),
      );
      return (await shifts()).find((s) => s.code === code)!;
    },

    async addHoliday(actor: Actor, input: { date: string; name: string }) {
      await write(actor, 'production.holiday.set', input.date, input, (t) =>
        t
          .insertInto('productionHolidays')
          .values(input)
          .onConflict((oc) => oc.column('date').doUpdateSet({ name: input.name }))
          .execute(),
      );
      return input;
    },

    async removeHoliday(actor: Actor, date: string) {
      await write(actor, 'production.holiday.remove', date, null, async (t) => {
        const r = await t
          .deleteFrom('productionHolidays')
          .where('date', '=', date)
          .executeTakeFirst();
        if (Number(r.numDeletedRows) === 0)
          throw notFound('PRODUCTION_HOLIDAY_NOT_FOUND', `No holiday on ${date}.`);
      });
    },

    async workCentres(actor: Actor) {
      requireAnyRole(actor, STAFF_ROLES);
      return workCentres();
    },

    async setWorkCentre(actor: Actor, code: string, input: WorkCentreInput) {
      const known = new Set((await shifts()).map((s) => s.code));
      const errors = input.shifts.flatMap((s, i) =>
        known.has(s) ? [] : [unknown(`shifts.${i}`, `shift "${s}"`)],
      );
      if (errors.length)
        throw invalid('PRODUCTION_WORK_CENTRE_INVALID', errors[0]!.message, errors);
      const row = {
        code,
        name: input.name,
        kind: input.kind,
        stations: input.stations,
        shifts: JSON.stringify(input.shifts),
        efficiencyBp: input.efficiencyBp,
        note: input.note ?? null,
        updatedAt: deps.clock.now(),
      };
      await write(actor, 'production.work_centre.set', code, row, (t) =>
        t
          .insertInto('productionWorkCentres')
          .values(row)
          .onConflict((oc) => oc.column('code').doUpdateSet(row))
          .execute(),
      );
      return (await workCentres()).find((c) => c.code === code)!;
    },

    async routings(actor: Actor) {
      requireAnyRole(actor, STAFF_ROLES);
      const rows = await routings();
      const byModel = new Map<string, typeof rows>();
      for (const r of rows) byModel.set(r.modelName, [...(byModel.get(r.modelName) ?? []), r]);
      return [...byModel].map(([model, steps]) => ({
        model,
        steps: steps.map(({ modelName: _m, ...s }) => s),
      }));
    },

    /** Replace a model's routing: its operations in order. */
    async setRouting(actor: Actor, modelKey: string, steps: RoutingStepInput[]) {
      requireAnyRole(actor, PLANNERS);
      const model =
        modelKey === ANY_MODEL ? { name: ANY_MODEL } : await deps.catalog.getModel(actor, modelKey);
      const centres = new Set((await workCentres()).map((c) => c.code));
      const roles = new Set(
        (await db.selectFrom('productionRoles').select('code').execute()).map((r) => r.code),
      );
      const errors = steps.flatMap((s, i) => [
        ...(centres.has(s.workCentre)
          ? []
          : [unknown(`steps.${i}.workCentre`, `work centre "${s.workCentre}"`)]),
        ...(s.role === null || roles.has(s.role)
          ? []
          : [unknown(`steps.${i}.role`, `role "${s.role}"`)]),
      ]);
      if (errors.length) throw invalid('PRODUCTION_ROUTING_INVALID', errors[0]!.message, errors);
      const rows = steps.map((s, i) => ({ modelName: model.name, seq: (i + 1) * 10, ...s }));
      await write(actor, 'production.routing.set', model.name, rows, async (t) => {
        await t.deleteFrom('productionRoutings').where('modelName', '=', model.name).execute();
        if (rows.length) await t.insertInto('productionRoutings').values(rows).execute();
      });
      return { model: model.name, steps: rows.map(({ modelName: _m, ...s }) => s) };
    },

    async reasonCodes(actor: Actor) {
      requireAnyRole(actor, STAFF_ROLES);
      return db
        .selectFrom('productionReasonCodes')
        .selectAll()
        .orderBy('kind')
        .orderBy('code')
        .execute();
    },

    async setReasonCode(actor: Actor, row: ReasonCodesTable) {
      await write(actor, 'production.reason_code.set', row.code, row, (t) =>
        t
          .insertInto('productionReasonCodes')
          .values(row)
          .onConflict((oc) => oc.column('code').doUpdateSet(row))
          .execute(),
      );
      return row;
    },
  };
}

export type PlantService = ReturnType<typeof createPlantService>;
