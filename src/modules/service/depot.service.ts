import type { Actor, Role } from '../../platform/authz.js';
import { requireAnyRole, STAFF_ROLES } from '../../platform/authz.js';
import { inTransaction, tablesOf, type AnyDb } from '../../platform/db/database.js';
import { conflict, invalid } from '../../platform/errors.js';
import { toIsoDate } from '../../platform/clock.js';
import { newId } from '../../platform/ids.js';
import { DEFAULT_THRESHOLDS, evaluateBurnIn, type BurnInMeasurement } from '../production/index.js';
import { createModelParts } from './model-parts.js';
import { quoteRepair } from './quote.engine.js';
import { loadRmaUnit, moveUnits } from './rma.moves.js';
import { slaView } from './rma.states.js';
import { DEPOT, SERVICE_DESK, type ServiceDeps } from './service.deps.js';
import type { RmasTable, RmaUnitsTable, ServiceTables } from './service.tables.js';
import { serviceSetting } from './setup.service.js';
import { eligibilityOf, isCovered, warrantyStatus } from './warranty.engine.js';
import type { WarrantyService } from './warranty.service.js';

/**
 * The depot's bench: a machine is received by scanning its serial, diagnosed against the
 * fault-code taxonomy, quoted when not covered, repaired (see repair-parts.ts), and retested
 * with the burn-in procedure before it may ship back.
 */
export function createDepotService(deps: ServiceDeps, services: { warranty: WarrantyService }) {
  const db = tablesOf<ServiceTables>(deps.db);

  /** Load, check, move: one bench step on one machine in one commit. */
  async function step<T>(
    actor: Actor,
    key: string,
    roles: readonly Role[],
    body: (trx: AnyDb, unit: RmaUnitsTable, rma: RmasTable) => Promise<T>,
  ) {
    requireAnyRole(actor, roles);
    return inTransaction(deps.db, async (trx) => {
      const { unit, rma } = await loadRmaUnit(trx, actor, key, true);
      return body(trx, unit, rma);
    });
  }

  /** Fault codes as the taxonomy defines them, refusing unknown ones. */
  async function faultCodes(on: AnyDb, codes: readonly string[]) {
    const rows = await tablesOf<ServiceTables>(on)
      .selectFrom('serviceFaultCodes')
      .selectAll()
      .execute();
    const byCode = new Map(rows.map((r) => [r.code, r]));
    const unknown = codes.filter((c) => !byCode.has(c));
    if (unknown.length)
      throw invalid(
        'SERVICE_FAULT_CODE_UNKNOWN',
        `Unknown fault code(s): ${unknown.join(', ')}. Known: ${rows.map((r) => r.code).join(', ')}.`,
      );
    return codes.map((c) => byCode.get(c)!);
  }

  const partsFor = createModelParts(deps);

  return {
    /** Scan at the depot door: the machine's open RMA must have been approved. */
    async receive(actor: Actor, input: { serial: string; note?: string | undefined }) {
      requireAnyRole(actor, DEPOT);
      const serial = input.serial.trim();
      return inTransaction(deps.db, async (trx) => {
        const t = tablesOf<ServiceTables>(trx);
        const open = await t
          .selectFrom('serviceRmaUnits')
          .select('id')
          .where('openSerial', '=', serial)
          .executeTakeFirst();
        if (!open)
          throw conflict(
            'SERVICE_NO_OPEN_RMA',
            `${serial} is under no open RMA: it cannot be received. Open or find its RMA first.`,
          );
        const { unit, rma } = await loadRmaUnit(trx, actor, open.id, true);
        if (unit.status === 'requested')
          throw conflict(
            'SERVICE_RMA_NOT_APPROVED',
            `${serial} is on ${rma.number}, which is not approved yet: approve it before receiving.`,
          );
        const now = deps.clock.now();
        if (unit.inboundShipmentId)
          await deps.logistics.repairShipments.deliver(
            trx,
            actor,
            unit.inboundShipmentId,
            deps.clock.today(),
          );
        await moveUnits(trx, deps, actor, rma, [unit], 'received', now, {
          note: input.note?.trim() || null,
          patch: { receivedAt: now },
        });
        return { rma: rma.number, unitId: unit.id, serial, status: 'received' as const };
      });
    },

    startDiagnosis: (actor: Actor, key: string) =>
      step(actor, key, DEPOT, async (trx, unit, rma) => {
        await moveUnits(trx, deps, actor, rma, [unit], 'diagnosing', deps.clock.now());
        return { status: 'diagnosing' as const };
      }),

    /**
     * The faults found. Covered machines go to repair; others get a quote (parts + labour,
     * capped at the machine's value) and wait for the customer. No fault found: back as is.
     */
    async diagnose(
      actor: Actor,
      key: string,
      input: { codes: string[]; note?: string | undefined },
    ) {
      requireAnyRole(actor, DEPOT);
      // Catalog reads happen before the transaction: SQLite has one connection, held by it.
      const probe = await loadRmaUnit(deps.db, actor, key);
      const codes = await faultCodes(deps.db, [...new Set(input.codes)]);
      // Judged again on the request day with what is known now: a void the bench recorded (or
      // lifted) since the request changes what the customer pays.
      const known = (await services.warranty.factsOf([probe.unit.serial])).get(probe.unit.serial);
      const eligibility = known
        ? eligibilityOf(
            warrantyStatus(known.policy, known.facts, toIsoDate(Number(probe.unit.requestedAt))),
          )
        : probe.unit.eligibility;
      const quoteParts = isCovered(eligibility)
        ? []
        : await partsFor(
            actor,
            probe.unit.modelName,
            codes.map((c) => c.partKind).filter((k) => k !== null),
          );
      return step(actor, key, DEPOT, async (trx, unit, rma) => {
        if (unit.status !== 'diagnosing')
          throw conflict(
            'SERVICE_RMA_ILLEGAL_TRANSITION',
            `${unit.serial} is ${unit.status.replaceAll('_', ' ')}: start the diagnosis first.`,
          );
        const now = deps.clock.now();
        const patch: Partial<RmaUnitsTable> = {
          diagnosis: JSON.stringify(codes.map((c) => c.code)),
          diagnosisNote: input.note?.trim() || null,
          eligibility,
        };
        if (codes.length === 0) {
          await moveUnits(trx, deps, actor, rma, [unit], 'ready_to_ship', now, {
            note: 'no fault found',
            patch,
          });
          return { status: 'ready_to_ship' as const, quote: null };
        }
        if (isCovered(eligibility)) {
          await moveUnits(trx, deps, actor, rma, [unit], 'repairing', now, { patch });
          return { status: 'repairing' as const, quote: null };
        }
        const policy = (await services.warranty.policies(trx))(unit.modelName);
        const quote = quoteRepair({
          parts: quoteParts,
          labourMinutes: codes.reduce((s, c) => s + c.labourMinutes, 0),
          labourCentsPerHour: Number(await serviceSetting(trx, 'labour_cents_per_hour')),
          marketValueCents: policy.marketValueCents,
        });
        await moveUnits(trx, deps, actor, rma, [unit], 'awaiting_quote_approval', now, {
          note: `quote ${(quote.totalCents / 100).toFixed(2)} USD${quote.capped ? ' (capped at machine value)' : ''}`,
          patch: {
            ...patch,
            quotePartsCents: quote.partsCents,
            quoteLabourCents: quote.labourCents,
            quoteTotalCents: quote.totalCents,
            quoteCapped: quote.capped ? 1 : 0,
            quoteDecision: 'pending',
          },
        });
        await deps.events.emit(trx, {
          type: 'service.quote.ready',
          entityType: 'rma',
          entityId: rma.id,
          customerId: rma.customerId,
          payload: { rma: rma.number, serial: unit.serial, totalCents: quote.totalCents },
        });
        return { status: 'awaiting_quote_approval' as const, quote };
      });
    },

    /** The customer approves the quote (repair) or declines it (the machine goes back as is). */
    decideQuote: (
      actor: Actor,
      key: string,
      input: { approve: boolean; note?: string | undefined },
    ) =>
      step(actor, key, [...SERVICE_DESK, 'customer'], async (trx, unit, rma) => {
        const to = input.approve ? 'repairing' : 'ready_to_ship';
        if (unit.status !== 'awaiting_quote_approval')
          throw conflict(
            'SERVICE_NO_QUOTE_PENDING',
            `${unit.serial} has no quote waiting for a decision.`,
          );
        await moveUnits(trx, deps, actor, rma, [unit], to, deps.clock.now(), {
          note:
            input.note?.trim() ||
            (input.approve ? 'quote approved' : 'quote declined: return unrepaired'),
          patch: {
            quoteDecision: input.approve ? 'approved' : 'declined',
            quoteDecidedBy: actor.id ?? actor.label,
          },
        });
        return { status: to };
      }),

    startTest: (actor: Actor, key: string) =>
      step(actor, key, DEPOT, async (trx, unit, rma) => {
        await moveUnits(trx, deps, actor, rma, [unit], 'testing', deps.clock.now());
        return { status: 'testing' as const };
      }),

    /** The burn-in procedure again, judged by the model's QC thresholds: pass ships, fail repairs. */
    async recordTest(actor: Actor, key: string, measurement: BurnInMeasurement) {
      requireAnyRole(actor, DEPOT);
      const probe = await loadRmaUnit(deps.db, actor, key);
      const model = await deps.catalog.getModel(actor, probe.unit.modelName);
      const thresholds =
        (await deps.production.qcSettings.thresholds(actor)).find((t) => t.model === model.name) ??
        DEFAULT_THRESHOLDS;
      const verdict = evaluateBurnIn(measurement, model, thresholds);
      return step(actor, key, DEPOT, async (trx, unit, rma) => {
        if (unit.status !== 'testing')
          throw conflict(
            'SERVICE_RMA_ILLEGAL_TRANSITION',
            `${unit.serial} is ${unit.status.replaceAll('_', ' ')}: start the test first.`,
          );
        const t = tablesOf<ServiceTables>(trx);
        const previous = await t
          .selectFrom('serviceRepairTests')
          .select((eb) => eb.fn.countAll<number>().as('n'))
          .where('rmaUnitId', '=', unit.id)
          .executeTakeFirstOrThrow();
        const now = deps.clock.now();
        await t
          .insertInto('serviceRepairTests')
          .values({
            id: newId(),
            rmaUnitId: unit.id,
            attempt: Number(previous.n) + 1,
            result: verdict.result,
            reasons: JSON.stringify(verdict.reasons),
            measurement: JSON.stringify(measurement),
            hashrateBp: verdict.hashrateBp,
            at: now,
            by: actor.id ?? actor.label,
          })
          .execute();
        const to = verdict.result === 'pass' ? 'ready_to_ship' : 'repairing';
        await moveUnits(trx, deps, actor, rma, [unit], to, now, {
          note:
            verdict.result === 'pass'
              ? 'retest passed'
              : `retest failed: ${verdict.reasons.join('; ')}`,
        });
        return { ...verdict, attempt: Number(previous.n) + 1, status: to };
      });
    },

    /** Machines in the depot's hands or on their way, least SLA time left first. */
    async board(
      actor: Actor,
      filter: { status?: string | undefined; customer?: string | undefined },
    ) {
      requireAnyRole(actor, STAFF_ROLES);
      let q = db
        .selectFrom('serviceRmaUnits as u')
        .innerJoin('serviceRmas as r', 'r.id', 'u.rmaId')
        .selectAll('u')
        .select(['r.number', 'r.customerId', 'r.tierCode'])
        .where('u.openSerial', 'is not', null);
      if (filter.status) q = q.where('u.status', '=', filter.status as never);
      if (filter.customer)
        q = q.where(
          'r.customerId',
          '=',
          (await deps.sales.customers.customer(actor, filter.customer)).id,
        );
      const rows = await q.limit(5000).execute();
      const labels = await deps.sales.directory.labels({
        customers: rows.map((r) => r.customerId),
      });
      const now = deps.clock.now();
      return rows
        .map((r) => ({
          id: r.id,
          rma: r.number,
          serial: r.serial,
          model: r.modelName,
          customerCode: labels.customers.get(r.customerId)?.code ?? '',
          tier: r.tierCode,
          status: r.status,
          reportedFault: r.reportedFault,
          eligibility: r.eligibility,
          sla: slaView(r, now),
          requestedAt: Number(r.requestedAt),
        }))
        .sort((a, b) => a.sla.remainingHours - b.sla.remainingHours);
    },
  };
}

export type DepotService = ReturnType<typeof createDepotService>;
