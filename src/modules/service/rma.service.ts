import type { Actor, Role } from '../../platform/authz.js';
import { customerScope, requireAnyRole, STAFF_ROLES } from '../../platform/authz.js';
import { inTransaction, tablesOf, type AnyDb } from '../../platform/db/database.js';
import { withNumber } from '../../platform/db/document-number.js';
import { conflict, invalid } from '../../platform/errors.js';
import { addDays } from '../production/index.js';
import { loadRma, moveUnits, unitsToMove } from './rma.moves.js';
import { slaView } from './rma.states.js';
import { SERVICE_DESK, SHIPPERS_BACK, type ServiceDeps } from './service.deps.js';
import type { RmasTable, RmaStatus, RmaUnitsTable, ServiceTables } from './service.tables.js';
import { serviceSetting } from './setup.service.js';
import type { WarrantyService } from './warranty.service.js';

export interface RmaFilter {
  status?: RmaStatus | undefined;
  customer?: string | undefined;
  /** Only RMAs with a machine past its SLA. */
  breaching?: boolean | undefined;
  limit?: number | undefined;
}

/** Who may see RMAs: staff all, a customer its own. */
export const RMA_READERS = [...STAFF_ROLES, 'customer'] as const;

const presentQuote = (u: RmaUnitsTable) =>
  u.quoteTotalCents === null
    ? null
    : {
        partsCents: Number(u.quotePartsCents),
        labourCents: Number(u.quoteLabourCents),
        totalCents: Number(u.quoteTotalCents),
        capped: u.quoteCapped === 1,
        decision: u.quoteDecision,
      };

/** Machines replaced ahead cannot be cancelled or shipped back: they come in, then go to the pool. */
function refuseReplaced(units: RmaUnitsTable[], what: string) {
  const replaced = units.filter((u) => u.replacementSerial !== null);
  if (replaced.length)
    throw conflict(
      'SERVICE_REPLACED_AHEAD',
      `${replaced
        .map((u) => u.serial)
        .slice(0, 5)
        .join(', ')} got a replacement ahead and cannot be ${what}.`,
    );
}

/**
 * The RMA as the customer and the service desk see it: approval with return instructions,
 * the customer's parcel in, shipping back through logistics, and closing on delivery.
 */
export function createRmaService(deps: ServiceDeps, services: { warranty: WarrantyService }) {
  const db = tablesOf<ServiceTables>(deps.db);

  const presentUnit = (u: RmaUnitsTable, now: number) => ({
    id: u.id,
    lineNo: u.lineNo,
    serial: u.serial,
    model: u.modelName,
    builtHere: u.unitId !== null,
    reportedFault: u.reportedFault,
    note: u.note,
    eligibility: u.eligibility,
    warrantyEndsOn: u.warrantyEndsOn,
    status: u.status,
    sla: slaView(u, now),
    diagnosis: JSON.parse(u.diagnosis) as string[],
    diagnosisNote: u.diagnosisNote,
    quote: presentQuote(u),
    replacementSerial: u.replacementSerial,
    requestedAt: Number(u.requestedAt),
    receivedAt: u.receivedAt === null ? null : Number(u.receivedAt),
    shippedOn: u.shippedOn,
  });

  async function get(actor: Actor, key: string) {
    requireAnyRole(actor, RMA_READERS);
    const rma = await loadRma(deps.db, actor, key);
    const [units, events, attachments, labels] = await Promise.all([
      db
        .selectFrom('serviceRmaUnits')
        .selectAll()
        .where('rmaId', '=', rma.id)
        .orderBy('lineNo')
        .execute(),
      db
        .selectFrom('serviceRmaEvents')
        .selectAll()
        .where('rmaId', '=', rma.id)
        .orderBy('at')
        .execute(),
      db
        .selectFrom('serviceAttachments')
        .select(['id', 'fileName', 'contentType', 'sizeBytes', 'uploadedAt'])
        .where('rmaId', '=', rma.id)
        .orderBy('uploadedAt')
        .execute(),
      deps.sales.directory.labels({ customers: [rma.customerId], sites: [rma.siteId] }),
    ]);
    const parcels = await deps.logistics.repairShipments.byReference(rma.number);
    const serialOf = new Map(units.map((u) => [u.id, u.serial]));
    const now = deps.clock.now();
    const customer = labels.customers.get(rma.customerId);
    const site = labels.sites.get(rma.siteId);
    return {
      id: rma.id,
      number: rma.number,
      status: rma.status,
      customerCode: customer?.code ?? '',
      customerName: customer?.name ?? '',
      siteCode: site?.code ?? '',
      siteName: site?.name ?? '',
      tier: rma.tierCode,
      channel: rma.channel,
      note: rma.note,
      returnInstructions: rma.returnInstructions,
      createdAt: Number(rma.createdAt),
      units: units.map((u) => presentUnit(u, now)),
      events: events.map((e) => ({
        at: Number(e.at),
        serial: e.rmaUnitId ? (serialOf.get(e.rmaUnitId) ?? null) : null,
        from: e.fromStatus,
        to: e.toStatus,
        note: e.note,
      })),
      attachments: attachments.map((a) => ({ ...a, uploadedAt: Number(a.uploadedAt) })),
      parcels: parcels.map((p) => ({
        number: p.number,
        direction: p.direction,
        carrier: p.carrier,
        trackingNumber: p.trackingNumber,
        status: p.status,
        departedOn: p.departedOn,
        deliveredOn: p.deliveredOn,
        units: p.serials.length,
      })),
    };
  }

  /** One RMA-level action on some or all of its machines, in one commit, answered with the RMA. */
  async function act(
    actor: Actor,
    key: string,
    roles: readonly Role[],
    body: (trx: AnyDb, rma: RmasTable) => Promise<void>,
  ) {
    requireAnyRole(actor, roles);
    // A parcel's number may race another booking's: the whole action retries with the next.
    await withNumber(() =>
      inTransaction(deps.db, async (trx) => body(trx, await loadRma(trx, actor, key, true))),
    );
    return get(actor, key);
  }

  return {
    get,

    async list(actor: Actor, filter: RmaFilter) {
      requireAnyRole(actor, RMA_READERS);
      const scope = customerScope(actor);
      let q = db.selectFrom('serviceRmas').selectAll();
      const customerId = filter.customer
        ? (await deps.sales.customers.customer(actor, filter.customer)).id
        : scope;
      if (customerId) q = q.where('customerId', '=', customerId);
      if (filter.status) q = q.where('status', '=', filter.status);
      const rmas = await q
        .orderBy('createdAt', 'desc')
        .limit(filter.limit ?? 200)
        .execute();
      const units = rmas.length
        ? await db
            .selectFrom('serviceRmaUnits')
            .select([
              'rmaId',
              'status',
              'slaTargetHours',
              'slaUsedMs',
              'slaRunningSince',
              'eligibility',
            ])
            .where(
              'rmaId',
              'in',
              rmas.map((r) => r.id),
            )
            .execute()
        : [];
      const labels = await deps.sales.directory.labels({
        customers: rmas.map((r) => r.customerId),
        sites: rmas.map((r) => r.siteId),
      });
      const now = deps.clock.now();
      const items = rmas.map((r) => {
        const mine = units.filter((u) => u.rmaId === r.id);
        const breached = mine.filter((u) => slaView(u, now).breached).length;
        return {
          id: r.id,
          number: r.number,
          status: r.status,
          customerCode: labels.customers.get(r.customerId)?.code ?? '',
          siteCode: labels.sites.get(r.siteId)?.code ?? '',
          tier: r.tierCode,
          channel: r.channel,
          units: mine.length,
          covered: mine.filter(
            (u) => u.eligibility !== 'out_of_warranty' && u.eligibility !== 'void',
          ).length,
          breached,
          createdAt: Number(r.createdAt),
        };
      });
      return filter.breaching ? items.filter((i) => i.breached > 0) : items;
    },

    approve: (
      actor: Actor,
      key: string,
      input: { serials?: string[] | undefined; instructions?: string | undefined },
    ) =>
      act(actor, key, SERVICE_DESK, async (trx, rma) => {
        const units = await unitsToMove(trx, rma, ['requested'], input.serials);
        const instructions =
          input.instructions?.trim() || (await serviceSetting(trx, 'return_instructions'));
        await tablesOf<ServiceTables>(trx)
          .updateTable('serviceRmas')
          .set({ returnInstructions: instructions })
          .where('id', '=', rma.id)
          .execute();
        await moveUnits(trx, deps, actor, rma, units, 'approved', deps.clock.now());
      }),

    reject: (
      actor: Actor,
      key: string,
      input: { serials?: string[] | undefined; reason: string },
    ) =>
      act(actor, key, SERVICE_DESK, async (trx, rma) => {
        if (!input.reason.trim())
          throw invalid('SERVICE_REASON_REQUIRED', 'Say why the request is rejected.');
        const units = await unitsToMove(trx, rma, ['requested'], input.serials);
        await moveUnits(trx, deps, actor, rma, units, 'rejected', deps.clock.now(), {
          note: input.reason.trim(),
        });
      }),

    /** The customer (or the desk) withdraws machines not yet on their way. */
    cancel: (
      actor: Actor,
      key: string,
      input: { serials?: string[] | undefined; reason?: string | undefined },
    ) =>
      act(actor, key, [...SERVICE_DESK, 'customer'], async (trx, rma) => {
        const units = await unitsToMove(trx, rma, ['requested', 'approved'], input.serials);
        refuseReplaced(units, 'cancelled: send it in, the replacement is already on its way');
        await moveUnits(trx, deps, actor, rma, units, 'cancelled', deps.clock.now(), {
          note: input.reason?.trim() || null,
        });
      }),

    /** The customer ships approved machines to the depot: the parcel is booked in logistics. */
    inbound: (
      actor: Actor,
      key: string,
      input: {
        carrier: string;
        trackingNumber?: string | undefined;
        serials?: string[] | undefined;
        shippedOn?: string | undefined;
      },
    ) =>
      act(actor, key, [...SERVICE_DESK, 'customer'], async (trx, rma) => {
        const units = await unitsToMove(trx, rma, ['approved'], input.serials);
        const today = deps.clock.today();
        const on = input.shippedOn ?? today;
        if (on > today) throw invalid('SERVICE_DATE_FUTURE', `${on} is in the future.`);
        const parcel = await deps.logistics.repairShipments.book(trx, actor, {
          direction: 'to_depot',
          customerId: rma.customerId,
          siteId: rma.siteId,
          serials: units.map((u) => u.serial),
          carrier: input.carrier,
          trackingNumber: input.trackingNumber,
          reference: rma.number,
          departedOn: on,
        });
        await moveUnits(trx, deps, actor, rma, units, 'in_transit', deps.clock.now(), {
          note: `${parcel.number} via ${parcel.carrier}${parcel.trackingNumber ? ` ${parcel.trackingNumber}` : ''}`,
          patch: { inboundShipmentId: parcel.id },
        });
      }),

    /**
     * Machines ready to ship go back to the site on one parcel. Their repair cover and that of
     * the parts the repair put in start on the ship day.
     */
    shipBack: (
      actor: Actor,
      key: string,
      input: {
        carrier: string;
        trackingNumber?: string | undefined;
        serials?: string[] | undefined;
      },
    ) =>
      act(actor, key, SHIPPERS_BACK, async (trx, rma) => {
        const picked = await unitsToMove(trx, rma, ['ready_to_ship'], input.serials);
        // A machine replaced ahead goes to the refurbished pool, not back to the site.
        if (input.serials?.length)
          refuseReplaced(picked, 'shipped back: it goes to the refurbished pool');
        const units = picked.filter((u) => u.replacementSerial === null);
        if (units.length === 0)
          throw conflict(
            'SERVICE_NOTHING_TO_SHIP',
            `No machine of ${rma.number} is ready to ship back (replaced machines go to the pool).`,
          );
        const today = deps.clock.today();
        const now = deps.clock.now();
        const parcel = await deps.logistics.repairShipments.book(trx, actor, {
          direction: 'to_customer',
          customerId: rma.customerId,
          siteId: rma.siteId,
          serials: units.map((u) => u.serial),
          carrier: input.carrier,
          trackingNumber: input.trackingNumber,
          reference: rma.number,
          departedOn: today,
        });
        await moveUnits(trx, deps, actor, rma, units, 'shipped', now, {
          note: `${parcel.number} via ${parcel.carrier}`,
          patch: { returnShipmentId: parcel.id, shippedAt: now, shippedOn: today },
        });
        const policyOf = await services.warranty.policies(trx);
        const t = tablesOf<ServiceTables>(trx);
        for (const u of units)
          await t
            .updateTable('serviceComponentWarranties')
            .set({
              startsOn: today,
              endsOn: addDays(today, policyOf(u.modelName).repairedTermDays),
            })
            .where('rmaUnitId', '=', u.id)
            .execute();
        await deps.events.emit(trx, {
          type: 'service.rma.shipped_back',
          entityType: 'rma',
          entityId: rma.id,
          customerId: rma.customerId,
          payload: {
            rma: rma.number,
            parcel: parcel.number,
            units: units.length,
            carrier: parcel.carrier,
          },
        });
      }),

    /** The machines reached the site: the customer (or the desk) closes them. */
    confirmDelivered: (
      actor: Actor,
      key: string,
      input: { serials?: string[] | undefined; on?: string | undefined },
    ) =>
      act(actor, key, [...SHIPPERS_BACK, ...SERVICE_DESK, 'customer'], async (trx, rma) => {
        const units = await unitsToMove(trx, rma, ['shipped'], input.serials);
        const on = input.on ?? deps.clock.today();
        if (on > deps.clock.today())
          throw invalid('SERVICE_DATE_FUTURE', `${on} is in the future.`);
        for (const id of new Set(units.map((u) => u.returnShipmentId).filter((x) => x !== null)))
          await deps.logistics.repairShipments.deliver(trx, actor, id, on);
        await moveUnits(trx, deps, actor, rma, units, 'closed', deps.clock.now(), {
          note: `delivered ${on}`,
        });
      }),
  };
}

export type RmaService = ReturnType<typeof createRmaService>;
