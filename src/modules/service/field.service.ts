import type { Actor } from '../../platform/authz.js';
import { customerScope, requireAnyRole, STAFF_ROLES } from '../../platform/authz.js';
import {
  inTransaction,
  isUniqueViolation,
  tablesOf,
  type AnyDb,
} from '../../platform/db/database.js';
import { nextNumber, withNumber } from '../../platform/db/document-number.js';
import { conflict, invalid, notFound } from '../../platform/errors.js';
import { newId } from '../../platform/ids.js';
import { addDays } from '../production/index.js';
import type { ModelParts } from './model-parts.js';
import { SERVICE_DESK, type ServiceDeps } from './service.deps.js';
import type { ServiceTables, TechniciansTable, VisitsTable } from './service.tables.js';
import { serviceSetting, type ServiceSetup } from './setup.service.js';
import { dayOf, planUnits, splitByDay, visitUnitRows } from './visit-plan.js';

/** Who plans field work: the service desk. */
export const FIELD_PLANNERS = SERVICE_DESK;
export interface TechnicianInput {
  name: string;
  user?: string | null | undefined;
  homeLabel: string;
  homeLatitude: number;
  homeLongitude: number;
  skills: string[];
  minutesPerDay: number;
  daysOff?: string[] | undefined;
  van?: string | null | undefined;
  active?: boolean | undefined;
}

export interface VisitInput {
  customer?: string | undefined;
  site: string;
  units: { serial: string; fault: string }[];
  windowStart?: string | undefined;
  windowEnd?: string | undefined;
  dueBy?: string | undefined;
  note?: string | null | undefined;
}

export const visitNotFound = (key: string) =>
  notFound('SERVICE_VISIT_NOT_FOUND', `No field visit "${key}" is known to you.`);

const presentTechnician = (t: TechniciansTable) => ({
  id: t.id,
  code: t.code,
  name: t.name,
  userId: t.userId,
  homeLabel: t.homeLabel,
  homeLatitude: t.homeLatitude,
  homeLongitude: t.homeLongitude,
  skills: JSON.parse(t.skills) as string[],
  minutesPerDay: t.minutesPerDay,
  daysOff: JSON.parse(t.daysOff) as string[],
  vanLocationId: t.vanLocationId,
  active: t.active === 1,
});

/** A visit by id or number as the actor may see it (a customer: its own sites only). */
export async function loadVisit(on: AnyDb, actor: Actor, key: string) {
  const visit = await tablesOf<ServiceTables>(on)
    .selectFrom('serviceVisits')
    .selectAll()
    .where((eb) => eb.or([eb('id', '=', key), eb('number', '=', key.toUpperCase())]))
    .executeTakeFirst();
  const scope = customerScope(actor);
  if (!visit || (scope !== null && visit.customerId !== scope)) throw visitNotFound(key);
  return visit;
}

/**
 * Field service: technicians (home base, skills, van stock) and visits to sites — the machines
 * to fix, the skills and time their faults need, a parts kit suggested from the fault codes,
 * the window and the SLA day. Where a site has many failed machines (the on-site policy), the
 * crew goes there instead of the machines coming to the depot.
 */
export function createFieldService(
  deps: ServiceDeps,
  services: { setup: ServiceSetup; partsOf: ModelParts },
) {
  const db = tablesOf<ServiceTables>(deps.db);

  async function saveTechnician(actor: Actor, code: string, input: TechnicianInput) {
    requireAnyRole(actor, FIELD_PLANNERS);
    const van = input.van
      ? (await deps.inventory.listLocations(actor)).find((l) => l.code === input.van!.toUpperCase())
      : null;
    if (input.van && !van)
      throw invalid('SERVICE_VAN_UNKNOWN', `No stock location "${input.van}" for the van.`);
    const now = deps.clock.now();
    return inTransaction(deps.db, async (trx) => {
      const t = tablesOf<ServiceTables>(trx);
      const before = await t
        .selectFrom('serviceTechnicians')
        .selectAll()
        .where('code', '=', code)
        .executeTakeFirst();
      const row: TechniciansTable = {
        id: before?.id ?? newId(),
        code,
        name: input.name.trim(),
        userId: input.user ?? null,
        homeLabel: input.homeLabel.trim(),
        homeLatitude: input.homeLatitude,
        homeLongitude: input.homeLongitude,
        skills: JSON.stringify([...new Set(input.skills)]),
        minutesPerDay: input.minutesPerDay,
        daysOff: JSON.stringify(input.daysOff ?? []),
        vanLocationId: van?.id ?? null,
        active: input.active === false ? 0 : 1,
        createdAt: before?.createdAt ?? now,
        updatedAt: now,
      };
      if (before)
        await t.updateTable('serviceTechnicians').set(row).where('id', '=', before.id).execute();
      else await t.insertInto('serviceTechnicians').values(row).execute();
      await deps.audit.record(trx, actor, {
        action: 'service.technician.save',
        entityType: 'technician',
        entityId: row.id,
        before: before ? presentTechnician(before) : null,
        after: presentTechnician(row),
      });
      return presentTechnician(row);
    });
  }

  return {
    saveTechnician,

    async technicians(actor: Actor) {
      requireAnyRole(actor, STAFF_ROLES);
      return (await db.selectFrom('serviceTechnicians').selectAll().orderBy('code').execute()).map(
        presentTechnician,
      );
    },

    /**
     * Plan visits for machines at one site: the machines must be the customer's, at that site.
     * Work longer than a day is split into visits of a day each, so the planner can place them.
     */
    async createVisit(actor: Actor, input: VisitInput) {
      requireAnyRole(actor, FIELD_PLANNERS);
      if (input.units.length === 0)
        throw invalid('SERVICE_VISIT_EMPTY', 'List the machines the visit is for.');
      const customer = input.customer
        ? await deps.sales.customers.customer(actor, input.customer)
        : null;
      const site = await deps.sales.customers.site(actor, input.site, customer?.id);
      const maxMinutes = Number(await serviceSetting(deps.db, 'visit_max_minutes'));
      const planned = await planUnits(deps, services, actor, site, input.units);
      const days = splitByDay(planned, maxMinutes).map(dayOf);
      const today = deps.clock.today();
      const tier = await services.setup.tierOf(site.customerId);
      const windowStart = input.windowStart ?? addDays(today, 1);
      const windowEnd = input.windowEnd ?? addDays(windowStart, 13);
      const dueBy = input.dueBy ?? addDays(today, Math.ceil(tier.targetHours / 24));
      if (windowEnd < windowStart || windowStart < today)
        throw invalid(
          'SERVICE_VISIT_WINDOW',
          'The window must start today or later and end after it starts.',
        );
      const now = deps.clock.now();
      try {
        return await withNumber(() =>
          inTransaction(deps.db, async (trx) => {
            const t = tablesOf<ServiceTables>(trx);
            const created: VisitsTable[] = [];
            for (const day of days) {
              const visit: VisitsTable = {
                id: newId(),
                number: await nextNumber(trx, 'service_visits', 'FV', today.slice(0, 4)),
                customerId: site.customerId,
                siteId: site.id,
                status: 'planned',
                windowStart,
                windowEnd,
                dueBy,
                durationMin: day.minutes,
                skills: JSON.stringify(day.skills),
                kit: JSON.stringify(day.kit),
                technicianId: null,
                scheduledOn: null,
                routeOrder: null,
                checkedInAt: null,
                completedAt: null,
                signoffName: null,
                note: input.note?.trim() || null,
                createdBy: actor.id ?? actor.label,
                createdAt: now,
                updatedAt: now,
              };
              await t.insertInto('serviceVisits').values(visit).execute();
              await t
                .insertInto('serviceVisitUnits')
                .values(visitUnitRows(visit.id, day.units))
                .execute();
              await deps.audit.record(trx, actor, {
                action: 'service.visit.create',
                entityType: 'visit',
                entityId: visit.id,
                after: { number: visit.number, site: site.code, units: day.units.length, dueBy },
                customerId: visit.customerId,
              });
              created.push(visit);
            }
            return created;
          }),
        );
      } catch (error) {
        if (isUniqueViolation(error) && /visit_units/.test(String((error as Error).message)))
          throw invalid('SERVICE_SERIAL_REPEATED', 'A machine is listed twice.');
        throw error;
      }
    },

    /**
     * Put more machines of the same site on a visit not yet given to a technician, so faults
     * found one after another at a site make one trip. Refused once the visit would no longer
     * fit a working day (`SERVICE_VISIT_FULL`): plan another visit then.
     */
    async addUnits(actor: Actor, key: string, units: { serial: string; fault: string }[]) {
      requireAnyRole(actor, FIELD_PLANNERS);
      const visit = await loadVisit(deps.db, actor, key);
      const unassigned = () =>
        conflict(
          'SERVICE_VISIT_ASSIGNED',
          `${visit.number} is already given to a technician or closed: plan another visit.`,
        );
      if (visit.status !== 'planned' || visit.technicianId !== null) throw unassigned();
      const onVisit = await db
        .selectFrom('serviceVisitUnits')
        .select(['serial', 'faultCode as fault'])
        .where('visitId', '=', visit.id)
        .orderBy('id')
        .execute();
      const repeated = units.find((u) => onVisit.some((o) => o.serial === u.serial.trim()));
      if (repeated)
        throw invalid(
          'SERVICE_SERIAL_REPEATED',
          `${repeated.serial} is already on ${visit.number}.`,
        );
      const [site] = await deps.sales.directory.sites({ ids: [visit.siteId] });
      const planned = await planUnits(deps, services, actor, site!, [...onVisit, ...units]);
      const day = dayOf(planned);
      const maxMinutes = Number(await serviceSetting(deps.db, 'visit_max_minutes'));
      if (day.minutes > maxMinutes)
        throw conflict(
          'SERVICE_VISIT_FULL',
          `${visit.number} would take ${day.minutes} minutes, past a working day of ${maxMinutes}.`,
        );
      const added = planned.slice(onVisit.length);
      try {
        return await inTransaction(deps.db, async (trx) => {
          const t = tablesOf<ServiceTables>(trx);
          // Planned from what was read before: refused if the visit moved on since.
          const changed = await t
            .updateTable('serviceVisits')
            .set({
              durationMin: day.minutes,
              skills: JSON.stringify(day.skills),
              kit: JSON.stringify(day.kit),
              updatedAt: deps.clock.now(),
            })
            .where('id', '=', visit.id)
            .where('status', '=', 'planned')
            .where('technicianId', 'is', null)
            .where('updatedAt', '=', visit.updatedAt)
            .executeTakeFirst();
          if (Number(changed.numUpdatedRows) !== 1) throw unassigned();
          // The row is locked now; machines another request put on it since would be left out
          // of the time and kit just written.
          const { count } = await t
            .selectFrom('serviceVisitUnits')
            .select((eb) => eb.fn.countAll<number>().as('count'))
            .where('visitId', '=', visit.id)
            .executeTakeFirstOrThrow();
          if (Number(count) !== onVisit.length)
            throw conflict('SERVICE_VISIT_CHANGED', `${visit.number} changed meanwhile: retry.`);
          await t.insertInto('serviceVisitUnits').values(visitUnitRows(visit.id, added)).execute();
          await deps.audit.record(trx, actor, {
            action: 'service.visit.add_units',
            entityType: 'visit',
            entityId: visit.id,
            before: { units: onVisit.length, durationMin: visit.durationMin },
            after: {
              units: planned.length,
              durationMin: day.minutes,
              added: added.map((u) => u.serial),
            },
            customerId: visit.customerId,
          });
          return { id: visit.id, number: visit.number };
        });
      } catch (error) {
        if (isUniqueViolation(error) && /visit_units/.test(String((error as Error).message)))
          throw invalid('SERVICE_SERIAL_REPEATED', 'A machine is listed twice.');
        throw error;
      }
    },

    async cancelVisit(actor: Actor, key: string, reason: string) {
      requireAnyRole(actor, FIELD_PLANNERS);
      return inTransaction(deps.db, async (trx) => {
        const visit = await loadVisit(trx, actor, key);
        if (visit.status === 'completed' || visit.status === 'cancelled')
          throw conflict('SERVICE_VISIT_CLOSED', `${visit.number} is ${visit.status}.`);
        await tablesOf<ServiceTables>(trx)
          .updateTable('serviceVisits')
          .set({ status: 'cancelled', note: reason, updatedAt: deps.clock.now() })
          .where('id', '=', visit.id)
          .execute();
        await deps.audit.record(trx, actor, {
          action: 'service.visit.cancel',
          entityType: 'visit',
          entityId: visit.id,
          before: { status: visit.status },
          after: { status: 'cancelled', reason },
          customerId: visit.customerId,
        });
        return { number: visit.number, status: 'cancelled' as const };
      });
    },

    /**
     * The on-site policy: sites whose open RMAs hold more failed machines than the threshold
     * are better served by a crew on site than by shipping each machine to the depot.
     */
    async onsiteCandidates(actor: Actor) {
      requireAnyRole(actor, STAFF_ROLES);
      const threshold = Number(await serviceSetting(deps.db, 'onsite_min_failed_units'));
      const rows = await db
        .selectFrom('serviceRmaUnits as u')
        .innerJoin('serviceRmas as r', 'r.id', 'u.rmaId')
        .select(['r.siteId', 'r.customerId', (eb) => eb.fn.countAll<number>().as('failed')])
        .where('u.status', 'in', ['requested', 'approved'])
        .groupBy(['r.siteId', 'r.customerId'])
        .having((eb) => eb.fn.countAll(), '>', threshold)
        .execute();
      const labels = await deps.sales.directory.labels({
        sites: rows.map((r) => r.siteId),
        customers: rows.map((r) => r.customerId),
      });
      return {
        threshold,
        items: rows.map((r) => ({
          customerCode: labels.customers.get(r.customerId)?.code ?? '',
          siteCode: labels.sites.get(r.siteId)?.code ?? '',
          siteName: labels.sites.get(r.siteId)?.name ?? '',
          failedUnits: Number(r.failed),
        })),
      };
    },
  };
}

export type FieldService = ReturnType<typeof createFieldService>;
