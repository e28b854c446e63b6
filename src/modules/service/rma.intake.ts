import { z } from 'zod';
import type { Actor } from '../../platform/authz.js';
import { customerScope, requireAnyRole } from '../../platform/authz.js';
import { csvRejected, readCsv, type CsvRowError } from '../../platform/csv.js';
import { inTransaction, isUniqueViolation, tablesOf } from '../../platform/db/database.js';
import { nextNumber, withNumber } from '../../platform/db/document-number.js';
import { AppError, conflict, invalid, type FieldError } from '../../platform/errors.js';
import { newId } from '../../platform/ids.js';
import { openRmaOf } from './open-tickets.js';
import { addRmaEvent, SERVICE_DESK, type ServiceDeps } from './service.deps.js';
import type { Eligibility, RmasTable, RmaUnitsTable, ServiceTables } from './service.tables.js';
import type { ServiceSetup } from './setup.service.js';
import { eligibilityOf, warrantyStatus } from './warranty.engine.js';
import type { WarrantyService } from './warranty.service.js';

export interface RmaLineInput {
  serial: string;
  fault: string;
  note?: string | null | undefined;
}

export interface RmaInput {
  /** Staff name the customer (or it is taken from the machines); customers open their own. */
  customer?: string | undefined;
  note?: string | null | undefined;
  units: RmaLineInput[];
}

/** Who may open an RMA: the customer itself, or the service desk for it. */
export const RMA_OPENERS = [...SERVICE_DESK, 'customer'] as const;

const csvRow = z.object({
  serial: z.string().trim().min(1, 'a serial is required').max(80),
  fault_code: z.string().trim().min(1, 'a fault code is required').max(40),
  note: z.string().trim().max(2000).optional(),
});

/** Rows of a request that cannot be taken, each with its position and reason. */
type LineProblem = { index: number; field: string; reason: string };

/**
 * Opening RMAs: one machine or thousands (a CSV of serial, fault code, note). Every machine is
 * checked before anything is written — it must be the customer's, delivered, not already under
 * an open RMA, with a known fault code — and its eligibility judged on the request day from the
 * warranty (DOA, in warranty, repair cover, out of warranty or void → quote). Machines at
 * different sites get one RMA per site, since each goes back to its own site.
 */
export function createRmaIntake(
  deps: ServiceDeps,
  services: { warranty: WarrantyService; setup: ServiceSetup },
) {
  async function check(actor: Actor, input: RmaInput) {
    const scope = customerScope(actor);
    const problems: LineProblem[] = [];
    const seen = new Map<string, number>();
    input.units.forEach((l, index) => {
      const serial = l.serial.trim();
      if (seen.has(serial))
        problems.push({ index, field: 'serial', reason: `${serial} is listed twice` });
      seen.set(serial, index);
    });
    const codes = new Set(
      (
        await tablesOf<ServiceTables>(deps.db)
          .selectFrom('serviceFaultCodes')
          .select('code')
          .execute()
      ).map((c) => c.code),
    );
    input.units.forEach((l, index) => {
      if (!codes.has(l.fault.trim()))
        problems.push({
          index,
          field: 'fault',
          reason: `unknown fault code "${l.fault}" (known: ${[...codes].join(', ')})`,
        });
    });
    const serials = [...seen.keys()];
    const customerId =
      scope ??
      (input.customer ? (await deps.sales.customers.customer(actor, input.customer)).id : null);
    const facts = await services.warranty.factsOf(serials);
    const owners = new Set([...facts.values()].map((f) => f.row.customerId));
    const owner = customerId ?? (owners.size === 1 ? [...owners][0]! : null);
    if (!owner)
      throw invalid(
        'SERVICE_RMA_CUSTOMER_REQUIRED',
        owners.size > 1
          ? 'These machines belong to several customers: name the customer.'
          : 'None of these machines is delivered to a customer: name the customer and check the serials.',
      );
    const openIn = await openRmaOf(deps.db, serials);
    input.units.forEach((l, index) => {
      const serial = l.serial.trim();
      const f = facts.get(serial);
      if (!f || f.row.customerId !== owner)
        problems.push({
          index,
          field: 'serial',
          reason: `${serial} is not a machine delivered to this customer`,
        });
      else if (openIn.has(serial))
        problems.push({
          index,
          field: 'serial',
          reason: `${serial} is already under open ${openIn.get(serial)}`,
        });
    });
    return { owner, facts, problems };
  }

  async function open(actor: Actor, input: RmaInput, channel: RmasTable['channel']) {
    requireAnyRole(actor, RMA_OPENERS);
    if (input.units.length === 0)
      throw invalid('SERVICE_RMA_EMPTY', 'List at least one machine to return.');
    const { owner, facts, problems } = await check(actor, input);
    if (problems.length) throw linesRejected(problems, input.units.length);
    const tier = await services.setup.tierOf(owner);
    const now = deps.clock.now();
    const today = deps.clock.today();
    const bySite = new Map<string, RmaUnitsTable[]>();
    for (const l of input.units) {
      const f = facts.get(l.serial.trim())!;
      const status = warrantyStatus(f.policy, f.facts, today);
      const unit: RmaUnitsTable = {
        id: newId(),
        rmaId: '',
        lineNo: 0,
        serial: f.row.serial,
        openSerial: f.row.serial,
        modelName: f.row.modelName,
        unitId: f.row.unitId,
        reportedFault: l.fault.trim(),
        note: l.note?.trim() || null,
        eligibility: eligibilityOf(status),
        warrantyEndsOn:
          status.state === 'repair_warranty' ? status.repairCoverEndsOn : status.endsOn,
        status: 'requested',
        slaTargetHours: tier.targetHours,
        slaUsedMs: 0,
        slaRunningSince: now,
        diagnosis: '[]',
        diagnosisNote: null,
        quotePartsCents: null,
        quoteLabourCents: null,
        quoteTotalCents: null,
        quoteCapped: 0,
        quoteDecision: null,
        quoteDecidedBy: null,
        replacementSerial: null,
        inboundShipmentId: null,
        returnShipmentId: null,
        requestedAt: now,
        receivedAt: null,
        shippedAt: null,
        shippedOn: null,
        closedAt: null,
        updatedAt: now,
      };
      const group = bySite.get(f.row.siteId) ?? [];
      group.push(unit);
      bySite.set(f.row.siteId, group);
    }
    try {
      const created = await withNumber(() =>
        inTransaction(deps.db, async (trx) => {
          const t = tablesOf<ServiceTables>(trx);
          const created: {
            id: string;
            number: string;
            siteId: string;
            units: number;
            eligibility: Partial<Record<Eligibility, number>>;
          }[] = [];
          for (const [siteId, units] of bySite) {
            const rma: RmasTable = {
              id: newId(),
              number: await nextNumber(trx, 'service_rmas', 'RMA', today.slice(0, 4)),
              customerId: owner,
              siteId,
              status: 'requested',
              tierCode: tier.code,
              channel,
              note: input.note?.trim() || null,
              returnInstructions: null,
              createdBy: actor.id ?? actor.label,
              createdAt: now,
              updatedAt: now,
            };
            await t.insertInto('serviceRmas').values(rma).execute();
            units.forEach((u, i) => Object.assign(u, { rmaId: rma.id, lineNo: i + 1 }));
            for (let i = 0; i < units.length; i += 400)
              await t
                .insertInto('serviceRmaUnits')
                .values(units.slice(i, i + 400))
                .execute();
            await addRmaEvent(trx, actor, {
              rmaId: rma.id,
              from: null,
              to: 'requested',
              note: `${units.length} machine${units.length === 1 ? '' : 's'} requested (${channel})`,
              at: now,
            });
            await deps.audit.record(trx, actor, {
              action: 'service.rma.open',
              entityType: 'rma',
              entityId: rma.id,
              after: { number: rma.number, units: units.length, channel },
              customerId: owner,
            });
            await deps.events.emit(trx, {
              type: 'service.rma.requested',
              entityType: 'rma',
              entityId: rma.id,
              customerId: owner,
              payload: { rma: rma.number, units: units.length, channel },
            });
            const eligibility: Partial<Record<Eligibility, number>> = {};
            for (const u of units)
              eligibility[u.eligibility] = (eligibility[u.eligibility] ?? 0) + 1;
            created.push({
              id: rma.id,
              number: rma.number,
              siteId,
              units: units.length,
              eligibility,
            });
          }
          return created;
        }),
      );
      const labels = await deps.sales.directory.labels({ sites: created.map((c) => c.siteId) });
      return created.map((c) => ({ ...c, siteCode: labels.sites.get(c.siteId)?.code ?? '' }));
    } catch (error) {
      // Another request took one of these machines into an open RMA since the check.
      if (isUniqueViolation(error) && /open_serial/.test(String((error as Error).message)))
        throw conflict(
          'SERVICE_SERIAL_IN_OPEN_RMA',
          'A machine of this request was just put under another open RMA: reload and retry.',
        );
      throw error;
    }
  }

  return {
    open,

    /** The CSV form: `serial,fault_code,note`; rows are reported by line, nothing half-done. */
    async importCsv(actor: Actor, text: string, customer?: string) {
      requireAnyRole(actor, RMA_OPENERS);
      const read = readCsv(
        text,
        [
          { name: 'serial', required: true },
          { name: 'fault_code', required: true },
          { name: 'note' },
        ],
        csvRow,
      );
      if (read.errors.length) throw csvRejected('RMA import', read.errors);
      const input: RmaInput = {
        customer,
        units: read.rows.map((r) => ({
          serial: r.value.serial,
          fault: r.value.fault_code,
          note: r.value.note,
        })),
      };
      try {
        return await open(actor, input, 'csv');
      } catch (error) {
        if (error instanceof AppError && error.code === 'SERVICE_RMA_LINES_INVALID')
          throw csvRejected(
            'RMA import',
            (error.errors ?? []).map((e): CsvRowError => ({
              line: read.rows[Number(e.line)]!.line,
              field: e.field === 'fault' ? 'fault_code' : String(e.field),
              reason: e.message,
            })),
          );
        throw error;
      }
    },
  };
}

function linesRejected(problems: LineProblem[], total: number) {
  problems.sort((a, b) => a.index - b.index);
  const errors: FieldError[] = problems.map((p) => ({
    path: `units.${p.index}.${p.field}`,
    message: p.reason,
    line: p.index,
    field: p.field,
  }));
  const first = problems[0]!;
  return invalid(
    'SERVICE_RMA_LINES_INVALID',
    `${new Set(problems.map((p) => p.index)).size} of ${total} machine(s) cannot be returned; nothing was opened. First: ${first.reason}.`,
    errors,
  );
}

export type RmaIntake = ReturnType<typeof createRmaIntake>;
