import type { Actor } from '../../platform/authz.js';
import { isCustomerActor, requireAnyRole, STAFF_ROLES } from '../../platform/authz.js';
import { inTransaction, tablesOf, type AnyDb } from '../../platform/db/database.js';
import { conflict, forbidden, invalid } from '../../platform/errors.js';
import { addDays } from '../production/index.js';
import { locationOrThrow } from '../supply/index.js';
import { loadVisit } from './field.service.js';
import { resolveSwap, swapPart, type PartSwapInput, type ResolvedSwap } from './part-swap.js';
import { QUARANTINE_LOCATION } from './repair-parts.js';
import { DEPOT, type ServiceDeps } from './service.deps.js';
import type { ServiceTables, VisitsTable } from './service.tables.js';
import type { WarrantyService } from './warranty.service.js';

export interface UnitResultInput {
  result: 'fixed' | 'not_fixed' | 'to_depot';
  parts?: PartSwapInput[] | undefined;
  note?: string | undefined;
}

/**
 * A technician's day on site, from the phone: check in, a result per machine with the parts
 * used from the van (genealogy swapped, removed parts to quarantine, the spare covered from
 * today), photos, and the customer's sign-off that closes the visit.
 */
export function createVisitWork(deps: ServiceDeps, services: { warranty: WarrantyService }) {
  const db = tablesOf<ServiceTables>(deps.db);

  /** Only the technician the visit is scheduled for works it (a depot lead may stand in). */
  async function assigned(trx: AnyDb, actor: Actor, visit: VisitsTable) {
    if (actor.roles.includes('admin') || !visit.technicianId) return;
    const tech = await tablesOf<ServiceTables>(trx)
      .selectFrom('serviceTechnicians')
      .select('userId')
      .where('id', '=', visit.technicianId)
      .executeTakeFirst();
    if (tech?.userId && tech.userId !== actor.id)
      throw forbidden(
        'SERVICE_VISIT_NOT_YOURS',
        `${visit.number} is scheduled for another technician.`,
      );
  }

  return {
    async get(actor: Actor, key: string) {
      requireAnyRole(actor, [...STAFF_ROLES, 'customer']);
      const visit = await loadVisit(deps.db, actor, key);
      const [units, tech, attachments, labels] = await Promise.all([
        db
          .selectFrom('serviceVisitUnits')
          .selectAll()
          .where('visitId', '=', visit.id)
          .orderBy('serial')
          .execute(),
        visit.technicianId
          ? db
              .selectFrom('serviceTechnicians')
              .selectAll()
              .where('id', '=', visit.technicianId)
              .executeTakeFirst()
          : undefined,
        db
          .selectFrom('serviceAttachments')
          .select(['id', 'fileName', 'contentType', 'sizeBytes', 'uploadedAt'])
          .where('visitId', '=', visit.id)
          .execute(),
        deps.sales.directory.labels({ sites: [visit.siteId], customers: [visit.customerId] }),
      ]);
      const site = labels.sites.get(visit.siteId)!;
      return {
        id: visit.id,
        number: visit.number,
        status: visit.status,
        customerCode: labels.customers.get(visit.customerId)?.code ?? '',
        site: {
          code: site.code,
          name: site.name,
          city: site.city,
          state: site.state,
          latitude: site.latitude,
          longitude: site.longitude,
        },
        windowStart: visit.windowStart,
        windowEnd: visit.windowEnd,
        dueBy: visit.dueBy,
        durationMin: visit.durationMin,
        skills: JSON.parse(visit.skills) as string[],
        kit: JSON.parse(visit.kit) as { partNumber: string; quantity: number }[],
        technician: tech ? { code: tech.code, name: tech.name } : null,
        scheduledOn: visit.scheduledOn,
        checkedInAt: visit.checkedInAt === null ? null : Number(visit.checkedInAt),
        completedAt: visit.completedAt === null ? null : Number(visit.completedAt),
        signoffName: visit.signoffName,
        note: visit.note,
        units: units.map((u) => ({
          serial: u.serial,
          faultCode: u.faultCode,
          result: u.result,
          note: u.note,
          // What parts cost the maker is not the customer's to see.
          partsUsed: (
            JSON.parse(u.partsUsed) as {
              partNumber: string;
              removedSerial: string | null;
              installedSerial: string | null;
              quantity: number;
              costCents: number;
            }[]
          ).map((p) => ({ ...p, costCents: isCustomerActor(actor) ? null : p.costCents })),
        })),
        attachments: attachments.map((a) => ({ ...a, uploadedAt: Number(a.uploadedAt) })),
      };
    },

    async checkIn(actor: Actor, key: string) {
      requireAnyRole(actor, DEPOT);
      return inTransaction(deps.db, async (trx) => {
        const visit = await loadVisit(trx, actor, key);
        if (visit.status !== 'scheduled')
          throw conflict(
            'SERVICE_VISIT_STATE',
            `${visit.number} is ${visit.status}: only a scheduled visit checks in.`,
          );
        await assigned(trx, actor, visit);
        const now = deps.clock.now();
        await tablesOf<ServiceTables>(trx)
          .updateTable('serviceVisits')
          .set({
            status: 'checked_in',
            checkedInAt: now,
            scheduledOn: deps.clock.today(),
            updatedAt: now,
          })
          .where('id', '=', visit.id)
          .execute();
        await deps.audit.record(trx, actor, {
          action: 'service.visit.check_in',
          entityType: 'visit',
          entityId: visit.id,
          after: { number: visit.number },
          customerId: visit.customerId,
        });
        return { number: visit.number, status: 'checked_in' as const };
      });
    },

    /** The result for one machine, with the parts taken from the technician's van. */
    async recordUnit(actor: Actor, key: string, serial: string, input: UnitResultInput) {
      requireAnyRole(actor, DEPOT);
      const swaps: ResolvedSwap[] = [];
      for (const p of input.parts ?? []) swaps.push(await resolveSwap(deps, actor, p));
      const quarantine = await locationOrThrow(deps.db, QUARANTINE_LOCATION);
      const installed = (await deps.logistics.delivery.bySerials([serial]))[0];
      const policy = installed ? (await services.warranty.policies())(installed.modelName) : null;
      const today = deps.clock.today();
      return inTransaction(deps.db, async (trx) => {
        const visit = await loadVisit(trx, actor, key);
        if (visit.status !== 'checked_in')
          throw conflict(
            'SERVICE_VISIT_STATE',
            `Check in to ${visit.number} before recording results.`,
          );
        await assigned(trx, actor, visit);
        const t = tablesOf<ServiceTables>(trx);
        const unit = await t
          .selectFrom('serviceVisitUnits')
          .selectAll()
          .where('visitId', '=', visit.id)
          .where('serial', '=', serial)
          .executeTakeFirst();
        if (!unit)
          throw invalid('SERVICE_SERIAL_NOT_ON_VISIT', `${serial} is not on ${visit.number}.`);
        const tech = await t
          .selectFrom('serviceTechnicians')
          .select(['vanLocationId', 'code'])
          .where('id', '=', visit.technicianId!)
          .executeTakeFirst();
        if (swaps.length && !tech?.vanLocationId)
          throw conflict(
            'SERVICE_NO_VAN',
            'This technician has no van stock location to take parts from.',
          );
        const used = [];
        for (const swap of swaps) {
          const { costCents } = await swapPart(trx, deps, actor, {
            ...swap,
            machine: { serial, unitId: installed?.unitId ?? null },
            repairId: unit.id,
            from: tech!.vanLocationId!,
            quarantine: quarantine.id,
            reference: `visit:${visit.number}`,
            // Repaired on site: back at work today, so the spare's cover starts now.
            cover: { startsOn: today, endsOn: addDays(today, policy?.repairedTermDays ?? 30) },
          });
          used.push({
            partNumber: swap.part.partNumber,
            removedSerial: swap.removedSerial,
            installedSerial: swap.installedSerial,
            quantity: swap.quantity,
            costCents,
          });
        }
        await t
          .updateTable('serviceVisitUnits')
          .set({
            result: input.result,
            note: input.note?.trim() || null,
            partsUsed: JSON.stringify([...(JSON.parse(unit.partsUsed) as unknown[]), ...used]),
            recordedAt: deps.clock.now(),
          })
          .where('id', '=', unit.id)
          .execute();
        await deps.audit.record(trx, actor, {
          action: 'service.visit.unit_result',
          entityType: 'visit',
          entityId: visit.id,
          after: { serial, result: input.result, parts: used },
          customerId: visit.customerId,
        });
        return { serial, result: input.result, partsUsed: used };
      });
    },

    /** The customer's representative signs off; every machine must have a result. */
    async complete(
      actor: Actor,
      key: string,
      input: { signoffName: string; note?: string | undefined },
    ) {
      requireAnyRole(actor, DEPOT);
      if (!input.signoffName.trim())
        throw invalid(
          'SERVICE_SIGNOFF_REQUIRED',
          "Type the name of the customer's representative signing off.",
        );
      return inTransaction(deps.db, async (trx) => {
        const visit = await loadVisit(trx, actor, key);
        if (visit.status !== 'checked_in')
          throw conflict(
            'SERVICE_VISIT_STATE',
            `${visit.number} is ${visit.status}: check in first.`,
          );
        await assigned(trx, actor, visit);
        const t = tablesOf<ServiceTables>(trx);
        const open = await t
          .selectFrom('serviceVisitUnits')
          .select('serial')
          .where('visitId', '=', visit.id)
          .where('result', 'is', null)
          .execute();
        if (open.length)
          throw conflict(
            'SERVICE_VISIT_UNITS_OPEN',
            `Record a result for every machine first: ${open
              .map((o) => o.serial)
              .slice(0, 5)
              .join(', ')}.`,
          );
        const now = deps.clock.now();
        await t
          .updateTable('serviceVisits')
          .set({
            status: 'completed',
            completedAt: now,
            signoffName: input.signoffName.trim(),
            note: input.note?.trim() || visit.note,
            updatedAt: now,
          })
          .where('id', '=', visit.id)
          .execute();
        await deps.audit.record(trx, actor, {
          action: 'service.visit.complete',
          entityType: 'visit',
          entityId: visit.id,
          after: { number: visit.number, signoffName: input.signoffName.trim() },
          customerId: visit.customerId,
        });
        await deps.events.emit(trx, {
          type: 'service.visit.completed',
          entityType: 'visit',
          entityId: visit.id,
          customerId: visit.customerId,
          payload: { visit: visit.number, signoffName: input.signoffName.trim() },
        });
        return { number: visit.number, status: 'completed' as const };
      });
    },
  };
}

export type VisitWork = ReturnType<typeof createVisitWork>;
