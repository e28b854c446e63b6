import type { Actor } from '../../platform/authz.js';
import { requireAnyRole, STAFF_ROLES } from '../../platform/authz.js';
import type { AuditLog } from '../../platform/audit/audit.service.js';
import type { Clock } from '../../platform/clock.js';
import {
  inTransaction,
  isUniqueViolation,
  tablesOf,
  type AnyDb,
} from '../../platform/db/database.js';
import { conflict, invalid, notFound } from '../../platform/errors.js';
import { newId } from '../../platform/ids.js';
import { productivityAt, type CurvePoint } from './capacity.engine.js';
import type { PlantTables, RoleKind, StaffTable } from './plant.tables.js';
import { PLANNERS } from './build-plan.service.js';

/** Who keeps the roster: planners and line leads. */
export const ROSTER_KEEPERS = ['planner', 'production'] as const;

export interface RoleInput {
  name: string;
  kind: RoleKind;
  defaultShift: string;
  learningCurve: CurvePoint[];
}

export interface StaffInput {
  employeeNo: string;
  name: string;
  role: string;
  shift?: string | null | undefined;
  workCentre?: string | null | undefined;
  homeBase?: string | null | undefined;
  hiredOn: string;
}

export type StaffChange = Partial<Omit<StaffInput, 'employeeNo'>> & {
  leftOn?: string | null | undefined;
};

export interface StaffFilter {
  role?: string | undefined;
  activeOn?: string | undefined;
}

export const staffNotFound = (key: string) =>
  notFound('PRODUCTION_STAFF_NOT_FOUND', `No staff member "${key}".`);

const DAY_MS = 86_400_000;

/**
 * The plant's people: roles with their learning curves, the headcount plan by month, and the
 * roster (who is on which shift and work centre, hired when). Field technicians are a role of
 * kind `service`: capacity for site visits rather than for the line.
 */
export function createWorkforceService(deps: { db: AnyDb; clock: Clock; audit: AuditLog }) {
  const db = tablesOf<PlantTables>(deps.db);

  const roles = () =>
    db
      .selectFrom('productionRoles')
      .selectAll()
      .orderBy('code')
      .execute()
      .then((rows) =>
        rows.map(({ updatedAt: _u, ...r }) => ({
          ...r,
          learningCurve: JSON.parse(r.learningCurve) as CurvePoint[],
        })),
      );
  const headcountPlan = () =>
    db.selectFrom('productionHeadcountPlan').selectAll().orderBy('month').orderBy('role').execute();
  const staff = () => db.selectFrom('productionStaff').selectAll().orderBy('employeeNo').execute();

  async function checkRefs(input: {
    role?: string | undefined;
    shift?: string | null | undefined;
    workCentre?: string | null | undefined;
  }) {
    const errors = [];
    if (
      input.role !== undefined &&
      !(await db
        .selectFrom('productionRoles')
        .select('code')
        .where('code', '=', input.role)
        .executeTakeFirst())
    )
      errors.push({ path: 'role', message: `no role "${input.role}"` });
    if (
      input.shift &&
      !(await db
        .selectFrom('productionShifts')
        .select('code')
        .where('code', '=', input.shift)
        .executeTakeFirst())
    )
      errors.push({ path: 'shift', message: `no shift "${input.shift}"` });
    if (
      input.workCentre &&
      !(await db
        .selectFrom('productionWorkCentres')
        .select('code')
        .where('code', '=', input.workCentre)
        .executeTakeFirst())
    )
      errors.push({ path: 'workCentre', message: `no work centre "${input.workCentre}"` });
    if (errors.length) throw invalid('PRODUCTION_STAFF_INVALID', errors[0]!.message, errors);
  }

  function staffWhere(filter: StaffFilter) {
    let q = db.selectFrom('productionStaff').selectAll();
    if (filter.role) q = q.where('role', '=', filter.role);
    if (filter.activeOn)
      q = q
        .where('hiredOn', '<=', filter.activeOn)
        .where((eb) => eb.or([eb('leftOn', 'is', null), eb('leftOn', '>', filter.activeOn!)]));
    return q.orderBy('employeeNo').execute();
  }

  async function loadStaff(key: string) {
    const row = await db
      .selectFrom('productionStaff')
      .selectAll()
      .where((eb) => eb.or([eb('id', '=', key), eb('employeeNo', '=', key)]))
      .executeTakeFirst();
    if (!row) throw staffNotFound(key);
    return row;
  }

  return {
    /** Unchecked reads for the capacity service, which checks its caller. */
    read: { roles, headcountPlan, staff },

    async roles(actor: Actor) {
      requireAnyRole(actor, STAFF_ROLES);
      return roles();
    },

    async setRole(actor: Actor, code: string, input: RoleInput) {
      requireAnyRole(actor, PLANNERS);
      const row = {
        code,
        name: input.name,
        kind: input.kind,
        defaultShift: input.defaultShift,
        learningCurve: JSON.stringify([...input.learningCurve].sort((a, b) => a.week - b.week)),
        updatedAt: deps.clock.now(),
      };
      await checkRefs({ shift: input.defaultShift });
      await inTransaction(deps.db, async (trx) => {
        await tablesOf<PlantTables>(trx)
          .insertInto('productionRoles')
          .values(row)
          .onConflict((oc) => oc.column('code').doUpdateSet(row))
          .execute();
        await deps.audit.record(trx, actor, {
          action: 'production.role.set',
          entityType: 'workforce_role',
          entityId: code,
          after: row,
        });
      });
      return (await roles()).find((r) => r.code === code)!;
    },

    async headcountPlan(actor: Actor) {
      requireAnyRole(actor, STAFF_ROLES);
      return headcountPlan();
    },

    /** Set headcount targets by month and role; the rest of the plan stays. */
    async setHeadcountPlan(
      actor: Actor,
      cells: { month: string; role: string; headcount: number }[],
    ) {
      requireAnyRole(actor, PLANNERS);
      const known = new Set((await roles()).map((r) => r.code));
      const errors = cells.flatMap((c, i) =>
        known.has(c.role) ? [] : [{ path: `cells.${i}.role`, message: `no role "${c.role}"` }],
      );
      if (errors.length) throw invalid('PRODUCTION_HEADCOUNT_INVALID', errors[0]!.message, errors);
      await inTransaction(deps.db, async (trx) => {
        const t = tablesOf<PlantTables>(trx);
        for (const c of cells)
          await t
            .insertInto('productionHeadcountPlan')
            .values(c)
            .onConflict((oc) =>
              oc.columns(['month', 'role']).doUpdateSet({ headcount: c.headcount }),
            )
            .execute();
        await deps.audit.record(trx, actor, {
          action: 'production.headcount_plan.set',
          entityType: 'headcount_plan',
          entityId: 'plan',
          after: { cells },
        });
      });
      return { updated: cells.length };
    },

    async staff(actor: Actor, filter: StaffFilter) {
      requireAnyRole(actor, STAFF_ROLES);
      return staffWhere(filter);
    },

    async hire(actor: Actor, input: StaffInput) {
      requireAnyRole(actor, ROSTER_KEEPERS);
      await checkRefs(input);
      const row: StaffTable = {
        id: newId(),
        employeeNo: input.employeeNo,
        name: input.name,
        role: input.role,
        shift: input.shift ?? null,
        workCentre: input.workCentre ?? null,
        homeBase: input.homeBase ?? null,
        hiredOn: input.hiredOn,
        leftOn: null,
        updatedAt: deps.clock.now(),
      };
      try {
        await inTransaction(deps.db, async (trx) => {
          await tablesOf<PlantTables>(trx).insertInto('productionStaff').values(row).execute();
          await deps.audit.record(trx, actor, {
            action: 'production.staff.hire',
            entityType: 'staff',
            entityId: row.id,
            after: row,
          });
        });
      } catch (error) {
        if (isUniqueViolation(error))
          throw conflict(
            'PRODUCTION_EMPLOYEE_NO_TAKEN',
            `Employee number ${input.employeeNo} is taken.`,
          );
        throw error;
      }
      return row;
    },

    /** Move someone to another shift or work centre, or record their leaving. */
    async change(actor: Actor, key: string, change: StaffChange) {
      requireAnyRole(actor, ROSTER_KEEPERS);
      const before = await loadStaff(key);
      await checkRefs(change);
      if (change.leftOn && change.leftOn < (change.hiredOn ?? before.hiredOn))
        throw invalid('PRODUCTION_STAFF_INVALID', 'Leaving date is before the hiring date.', [
          { path: 'leftOn', message: 'before hiredOn' },
        ]);
      const after = { ...before, ...change, updatedAt: deps.clock.now() } as StaffTable;
      await inTransaction(deps.db, async (trx) => {
        await tablesOf<PlantTables>(trx)
          .updateTable('productionStaff')
          .set(after)
          .where('id', '=', before.id)
          .execute();
        await deps.audit.record(trx, actor, {
          action: 'production.staff.change',
          entityType: 'staff',
          entityId: before.id,
          before,
          after,
        });
      });
      return after;
    },

    /**
     * The roster of a week: everyone on staff that week, by shift and work centre, with their
     * tenure and productivity on their role's learning curve.
     */
    async roster(actor: Actor, week: string) {
      requireAnyRole(actor, STAFF_ROLES);
      const curves = new Map((await roles()).map((r) => [r.code, r]));
      const people = await staffWhere({ activeOn: week });
      return people.map((p) => {
        const role = curves.get(p.role);
        const tenureWeeks = Math.max(
          0,
          Math.floor(
            (Date.parse(`${week}T00:00:00Z`) - Date.parse(`${p.hiredOn}T00:00:00Z`)) / (7 * DAY_MS),
          ),
        );
        return {
          ...p,
          shift: p.shift ?? role?.defaultShift ?? null,
          tenureWeeks,
          productivityBp: Math.round(productivityAt(role?.learningCurve ?? [], tenureWeeks)),
        };
      });
    },
  };
}

export type WorkforceService = ReturnType<typeof createWorkforceService>;
