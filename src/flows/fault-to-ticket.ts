import type { Logger } from 'pino';
import { systemActor, type Actor } from '../platform/authz.js';
import { AppError, conflict } from '../platform/errors.js';
import type { DomainEvent } from '../platform/events/events.js';
import type { FleetModule } from '../modules/fleet/index.js';
import type { FaultEpisodeRow, HealthFault, TicketRules } from '../modules/fleet/index.js';
import type { ProductionModule } from '../modules/production/index.js';
import type { LogisticsModule } from '../modules/logistics/index.js';
import { isCovered, type ServiceModule } from '../modules/service/index.js';
import { evidenceOf, summaryOf } from './fault-evidence.js';

/**
 * The depot's fault code each detected fault is reported under (service's taxonomy). Offline
 * and reboot loops point at the usual suspects; the technician's diagnosis corrects them.
 */
export const FAULT_CODE_OF: Record<HealthFault, string> = {
  board_missing: 'board_not_detected',
  chips_low: 'chips_missing',
  board_rate_low: 'low_rate_board',
  below_birth_certificate: 'low_rate_board',
  fan_stopped: 'fan',
  chip_overheat: 'heat_damage',
  offline: 'control_board',
  reboot_loop: 'psu',
};

/**
 * Fault to ticket: each fault episode detection opens becomes a ticket without anyone copying a
 * serial. A site whose faulty machines cross its rule's count or share gets a field visit for
 * them; otherwise a hardware fault on a unit built here, under warranty, gets a repair draft
 * with its evidence (telemetry, burn-in comparison, board serials, warranty status), which
 * staff or the customer confirm into an RMA (or which is confirmed at once, if the site's rules
 * say so). A machine already under an open RMA, visit or draft gets no second ticket: the
 * episode is linked to the one it has. Each step is idempotent: events arrive at least once.
 */
export function faultToTicket(deps: {
  fleet: FleetModule;
  service: ServiceModule;
  production: ProductionModule;
  logistics: Pick<LogisticsModule, 'delivery'>;
  logger: Logger;
}) {
  const { fleet, service } = deps;
  const system = systemActor('fault-to-ticket');

  /** Opens the RMA of a draft as `actor` and marks the draft confirmed. */
  async function confirm(actor: Actor, key: string, note?: string | null) {
    const d = await fleet.drafts.get(actor, key);
    if (d.status !== 'draft')
      throw conflict('FLEET_DRAFT_DECIDED', `${d.number} is already ${d.status}.`);
    // An RMA opened for this draft before a crash is taken, not opened twice.
    const open = (await service.openTickets.of([d.unitSerial])).get(d.unitSerial);
    let rma = open?.kind === 'rma' ? open.number : null;
    if (!rma) {
      const [created] = await service.intake.open(
        actor,
        {
          customer: d.customerId,
          note: `From repair draft ${d.number}: ${d.summary}`,
          units: [{ serial: d.unitSerial, fault: d.faultCode, note: d.summary }],
        },
        'api',
      );
      rma = created!.number;
      await service.attachments
        .attach(
          actor,
          { rma },
          {
            fileName: `evidence-${d.number}.json`,
            contentType: 'text/plain',
            bytes: Buffer.from(JSON.stringify(d.evidence, null, 2)),
          },
        )
        .catch((error: unknown) => {
          // The draft keeps the evidence; the RMA is open either way.
          deps.logger.warn({ err: error, rma }, 'evidence not attached to the RMA');
        });
    }
    return fleet.drafts.confirmed(actor, d.id, rma, note);
  }

  /**
   * Machines found faulty one after another at a site make one trip: they join the site's visit
   * not yet given to a technician while it fits a day; else a new visit is planned (one longer
   * than a day is split into several, each machine linked to its own).
   */
  async function visitFor(
    e: FaultEpisodeRow,
    units: { serial: string; fault: string }[],
    reason: string,
  ): Promise<{ number: string }[]> {
    const planned = await service.openTickets.plannedVisitAt(e.siteId);
    if (planned) {
      try {
        return [await service.field.addUnits(system, planned, units)];
      } catch (error) {
        const full = ['SERVICE_VISIT_FULL', 'SERVICE_VISIT_ASSIGNED'];
        if (!(error instanceof AppError && full.includes(error.code))) throw error;
      }
    }
    return service.field.createVisit(system, {
      customer: e.customerId,
      site: e.siteId,
      units,
      note: `Requested by fleet health: ${reason}.`,
    });
  }

  /** A field visit for the site's faulty machines, once they cross its rules; true if `e` went. */
  async function visitIfCrossed(e: FaultEpisodeRow, rules: TicketRules): Promise<boolean> {
    const faulty = await fleet.healthQueries.faultyMachineCount(e.siteId);
    const total = Math.max(1, await fleet.healthQueries.machineCount(e.siteId));
    if (faulty < rules.visitMinMachines && (faulty * 10_000) / total < rules.visitMinShareBp)
      return false;
    const waiting = await fleet.healthQueries.openEpisodes({ siteId: e.siteId, waiting: true });
    const serials = [...new Set(waiting.map((x) => x.unitSerial!))];
    const tickets = await service.openTickets.of(serials);
    // Only machines installed at this very site can be on its visit (one moved elsewhere is not).
    const installed = new Set(
      (await deps.logistics.delivery.bySerials(serials))
        .filter((u) => u.siteId === e.siteId)
        .map((u) => u.serial),
    );
    const chosen = serials
      .filter((s) => !tickets.has(s) && installed.has(s))
      .slice(0, rules.visitMaxMachines);
    if (!chosen.length) return false;
    const firstFault = new Map<string, HealthFault>();
    for (const x of waiting)
      if (!firstFault.has(x.unitSerial!)) firstFault.set(x.unitSerial!, x.fault);
    const units = chosen.map((serial) => ({
      serial,
      fault: FAULT_CODE_OF[firstFault.get(serial)!],
    }));
    const visits = await visitFor(e, units, `${faulty} of ${total} machines have open faults`);
    const visitOf = await service.openTickets.of(chosen);
    for (const visit of visits) {
      const ids = waiting
        .filter((x) => visitOf.get(x.unitSerial!)?.number === visit.number)
        .map((x) => x.id);
      await fleet.drafts.link(ids, 'visit', visit.number);
    }
    deps.logger.info(
      { site: e.siteId, visits: visits.map((v) => v.number), machines: chosen.length },
      'field visit requested',
    );
    return chosen.includes(e.unitSerial ?? '');
  }

  async function ticket(episodeId: string) {
    const e = await fleet.healthQueries.episodeRow(episodeId);
    if (!e || e.status !== 'open' || e.ticketKind) return;
    const rules = await fleet.ticketRules.forSite(e.siteId);
    if (!rules.enabled) return;
    if (await visitIfCrossed(e, rules)) return;
    if (!e.unitSerial || !e.unitId || !rules.rmaFaults.includes(e.fault)) return;
    const held = (await service.openTickets.of([e.unitSerial])).get(e.unitSerial);
    if (held) {
      await fleet.drafts.link([e.id], held.kind, held.number);
      return;
    }
    const [warranty] = (await service.warranty.lookup(system, [e.unitSerial])).items;
    // Not delivered to a customer (a demo unit, a machine resold elsewhere): nothing to return.
    if (!warranty || warranty.customerCode === '') return;
    if (!isCovered(warranty.eligibility) && !rules.draftOutOfWarranty) return;
    const evidence = await evidenceOf({ fleet, production: deps.production }, e, warranty);
    const { draft, created } = await fleet.drafts.draft(
      system,
      {
        siteId: e.siteId,
        customerId: e.customerId,
        machineId: e.machineId,
        unitId: e.unitId,
        unitSerial: e.unitSerial,
        model: e.model,
        faultCode: FAULT_CODE_OF[e.fault],
        summary: summaryOf(e, warranty),
        warrantyState: warranty.eligibility,
        evidence,
      },
      [e.id],
    );
    if (created && rules.autoApprove) await confirm(system, draft.id, 'approved by the site rules');
  }

  return {
    confirm,
    async onEvent(event: DomainEvent) {
      if (event.type !== 'fleet.fault.opened') return;
      await ticket(event.entityId);
    },
  };
}

export type FaultToTicket = ReturnType<typeof faultToTicket>;
