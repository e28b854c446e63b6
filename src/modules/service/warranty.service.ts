import type { Actor } from '../../platform/authz.js';
import { customerScope, requireAnyRole, STAFF_ROLES } from '../../platform/authz.js';
import { inTransaction, tablesOf, type AnyDb } from '../../platform/db/database.js';
import { conflict, invalid, notFound } from '../../platform/errors.js';
import { newId } from '../../platform/ids.js';
import { toIsoDate } from '../../platform/clock.js';
import { DEPOT, inChunks, POLICY_EDITORS, type ServiceDeps } from './service.deps.js';
import type { ServiceTables, WarrantyPoliciesTable } from './service.tables.js';
import {
  eligibilityOf,
  warrantyStatus,
  type WarrantyFacts,
  type WarrantyPolicy,
} from './warranty.engine.js';

/** The row every model without its own policy falls back to. */
export const DEFAULT_POLICY = '*';

export const serialNotFound = (serial: string) =>
  notFound('SERVICE_SERIAL_NOT_FOUND', `No delivered machine "${serial}" is known to you.`);

const presentPolicy = (row: WarrantyPoliciesTable): WarrantyPolicy => ({
  modelName: row.modelName,
  termDays: row.termDays,
  doaDays: row.doaDays,
  repairedTermDays: row.repairedTermDays,
  startBasis: row.startBasis,
  exclusions: JSON.parse(row.exclusions) as string[],
  marketValueCents: Number(row.marketValueCents),
});

export type PolicyInput = Omit<WarrantyPolicy, 'modelName'>;

/**
 * Warranty: policies per model, each machine's cover from its delivery and repair history,
 * voids with evidence. A customer looks up its own machines only; a serial of another
 * customer's answers as unknown.
 */
export function createWarrantyService(deps: ServiceDeps) {
  const db = tablesOf<ServiceTables>(deps.db);

  async function policies(on: AnyDb = deps.db) {
    const rows = await tablesOf<ServiceTables>(on)
      .selectFrom('serviceWarrantyPolicies')
      .selectAll()
      .execute();
    const byModel = new Map(rows.map((r) => [r.modelName, presentPolicy(r)]));
    const fallback = byModel.get(DEFAULT_POLICY) ?? {
      modelName: DEFAULT_POLICY,
      termDays: 365,
      doaDays: 30,
      repairedTermDays: 30,
      startBasis: 'shipped' as const,
      exclusions: [],
      marketValueCents: 0,
    };
    return (model: string) => byModel.get(model) ?? fallback;
  }

  /**
   * What decides the cover of many machines at once: their installed-base rows, voids in force,
   * repairs shipped back and the components those repairs put in. Four reads per 500 serials.
   */
  async function factsOf(serials: readonly string[], on: AnyDb = deps.db) {
    const t = tablesOf<ServiceTables>(on);
    const [installed, voids, repairs, components, policyOf] = await Promise.all([
      deps.logistics.delivery.bySerials(serials, on),
      inChunks(serials, (chunk) =>
        t
          .selectFrom('serviceWarrantyVoids')
          .selectAll()
          .where('serial', 'in', chunk)
          .where('liftedAt', 'is', null)
          .execute(),
      ),
      inChunks(serials, (chunk) =>
        t
          .selectFrom('serviceRmaUnits as u')
          .select(['u.serial', 'u.shippedOn'])
          .where('u.serial', 'in', chunk)
          .where('u.shippedOn', 'is not', null)
          .where('u.returnShipmentId', 'is not', null)
          // Repaired: a retest passed. Machines sent back as they came get no repair cover.
          .where((eb) =>
            eb.exists(
              eb
                .selectFrom('serviceRepairTests as t')
                .select('t.id')
                .whereRef('t.rmaUnitId', '=', 'u.id')
                .where('t.result', '=', 'pass'),
            ),
          )
          .execute(),
      ),
      inChunks(serials, (chunk) =>
        t
          .selectFrom('serviceComponentWarranties')
          .selectAll()
          .where('unitSerial', 'in', chunk)
          .execute(),
      ),
      policies(on),
    ]);
    const facts = new Map<
      string,
      { row: (typeof installed)[number]; policy: WarrantyPolicy; facts: WarrantyFacts }
    >();
    for (const row of installed)
      facts.set(row.serial, {
        row,
        policy: policyOf(row.modelName),
        facts: {
          shippedOn: row.shippedOn,
          deliveredOn: row.deliveredOn,
          voids: [],
          repairsShippedOn: [],
          components: [],
        },
      });
    for (const v of voids)
      facts.get(v.serial)?.facts.voids.push({
        id: v.id,
        reason: v.reason,
        evidence: v.evidence,
        voidedOn: toIsoDate(Number(v.voidedAt)),
      });
    for (const r of repairs) facts.get(r.serial)?.facts.repairsShippedOn.push(r.shippedOn!);
    for (const c of components)
      facts.get(c.unitSerial)?.facts.components.push({
        serial: c.componentSerial,
        partNumber: c.partNumber,
        shippedOn: c.startsOn,
      });
    return facts;
  }

  /** Cover of each serial the actor may see, on `on` (today by default). */
  async function statusOf(actor: Actor, serials: readonly string[], on?: string) {
    const scope = customerScope(actor);
    const day = on ?? deps.clock.today();
    const facts = await factsOf(serials);
    const visible = [...facts.values()].filter((f) => scope === null || f.row.customerId === scope);
    const labels = await deps.sales.directory.labels({
      customers: visible.map((f) => f.row.customerId),
      sites: visible.map((f) => f.row.siteId),
    });
    return visible.map(({ row, policy, facts: f }) => {
      const status = warrantyStatus(policy, f, day);
      return {
        serial: row.serial,
        model: row.modelName,
        builtHere: row.unitId !== null,
        customerCode: labels.customers.get(row.customerId)?.code ?? '',
        siteCode: labels.sites.get(row.siteId)?.code ?? '',
        shippedOn: row.shippedOn,
        deliveredOn: row.deliveredOn,
        on: day,
        eligibility: eligibilityOf(status),
        policy: {
          termDays: policy.termDays,
          doaDays: policy.doaDays,
          repairedTermDays: policy.repairedTermDays,
          startBasis: policy.startBasis,
          exclusions: policy.exclusions,
        },
        ...status,
      };
    });
  }

  async function writePolicy(actor: Actor, model: string, input: PolicyInput) {
    requireAnyRole(actor, POLICY_EDITORS);
    // Stored under the model's name, whichever key named it: policies are looked up by name.
    if (model !== DEFAULT_POLICY) model = (await deps.catalog.getModel(actor, model)).name;
    if (input.doaDays > input.termDays)
      throw invalid(
        'SERVICE_POLICY_DOA_LONGER',
        'The dead-on-arrival window cannot be longer than the term.',
      );
    const now = deps.clock.now();
    const row: WarrantyPoliciesTable = {
      modelName: model,
      termDays: input.termDays,
      doaDays: input.doaDays,
      repairedTermDays: input.repairedTermDays,
      startBasis: input.startBasis,
      exclusions: JSON.stringify(input.exclusions),
      marketValueCents: input.marketValueCents,
      updatedBy: actor.id ?? actor.label,
      updatedAt: now,
    };
    return inTransaction(deps.db, async (trx) => {
      const t = tablesOf<ServiceTables>(trx);
      const before = await t
        .selectFrom('serviceWarrantyPolicies')
        .selectAll()
        .where('modelName', '=', model)
        .executeTakeFirst();
      if (before)
        await t
          .updateTable('serviceWarrantyPolicies')
          .set(row)
          .where('modelName', '=', model)
          .execute();
      else await t.insertInto('serviceWarrantyPolicies').values(row).execute();
      await deps.audit.record(trx, actor, {
        action: 'service.warranty_policy.set',
        entityType: 'warranty_policy',
        entityId: model,
        before: before ? presentPolicy(before) : null,
        after: presentPolicy(row),
      });
      return presentPolicy(row);
    });
  }

  return {
    policies,
    factsOf,

    async listPolicies(actor: Actor) {
      requireAnyRole(actor, STAFF_ROLES);
      const rows = await db
        .selectFrom('serviceWarrantyPolicies')
        .selectAll()
        .orderBy('modelName')
        .execute();
      return rows.map(presentPolicy);
    },

    setPolicy: writePolicy,

    /** One machine's cover; unknown (404) for a serial the actor may not see. */
    async status(actor: Actor, serial: string, on?: string) {
      requireAnyRole(actor, [...STAFF_ROLES, 'customer']);
      const [status] = await statusOf(actor, [serial.trim()], on);
      if (!status) throw serialNotFound(serial);
      // A refurbished machine may have had another owner: a customer sees its own RMAs only.
      const scope = customerScope(actor);
      let history = db
        .selectFrom('serviceRmaUnits as u')
        .innerJoin('serviceRmas as r', 'r.id', 'u.rmaId')
        .select(['r.number', 'u.status', 'u.reportedFault', 'u.requestedAt', 'u.shippedOn'])
        .where('u.serial', '=', status.serial);
      if (scope) history = history.where('r.customerId', '=', scope);
      const rows = await history.orderBy('u.requestedAt', 'desc').execute();
      return {
        ...status,
        rmas: rows.map((h) => ({
          number: h.number,
          status: h.status,
          fault: h.reportedFault,
          requestedOn: toIsoDate(Number(h.requestedAt)),
          shippedOn: h.shippedOn,
        })),
      };
    },

    /** Many machines at once (the portal's paste box): the ones the actor may see. */
    async lookup(actor: Actor, serials: string[]) {
      requireAnyRole(actor, [...STAFF_ROLES, 'customer']);
      const wanted = [...new Set(serials.map((s) => s.trim()).filter(Boolean))];
      const found = await statusOf(actor, wanted);
      const known = new Set(found.map((f) => f.serial));
      return { items: found, unknown: wanted.filter((s) => !known.has(s)) };
    },

    /** Record a condition that voids the warranty, citing one of the policy's exclusions. */
    async voidWarranty(actor: Actor, serial: string, input: { reason: string; evidence: string }) {
      requireAnyRole(actor, DEPOT);
      const [status] = await statusOf(actor, [serial.trim()]);
      if (!status) throw serialNotFound(serial);
      if (!status.policy.exclusions.includes(input.reason))
        throw invalid(
          'SERVICE_VOID_REASON',
          `"${input.reason}" is not an exclusion of the ${status.model} policy: ${status.policy.exclusions.join('; ')}.`,
        );
      if (!input.evidence.trim())
        throw invalid('SERVICE_VOID_EVIDENCE', 'Describe the evidence that voids the warranty.');
      return inTransaction(deps.db, async (trx) => {
        const row = {
          id: newId(),
          serial: status.serial,
          reason: input.reason,
          evidence: input.evidence.trim(),
          voidedBy: actor.id ?? actor.label,
          voidedAt: deps.clock.now(),
          liftedBy: null,
          liftedAt: null,
          liftNote: null,
        };
        await tablesOf<ServiceTables>(trx).insertInto('serviceWarrantyVoids').values(row).execute();
        await deps.audit.record(trx, actor, {
          action: 'service.warranty.void',
          entityType: 'warranty_void',
          entityId: row.id,
          after: { serial: row.serial, reason: row.reason, evidence: row.evidence },
        });
        return { id: row.id, serial: row.serial, reason: row.reason };
      });
    },

    /** A void found wrong is lifted (kept on record, no longer in force). */
    async liftVoid(actor: Actor, id: string, note: string) {
      requireAnyRole(actor, POLICY_EDITORS);
      return inTransaction(deps.db, async (trx) => {
        const t = tablesOf<ServiceTables>(trx);
        const row = await t
          .selectFrom('serviceWarrantyVoids')
          .selectAll()
          .where('id', '=', id)
          .executeTakeFirst();
        if (!row) throw notFound('SERVICE_VOID_NOT_FOUND', `No warranty void "${id}".`);
        if (row.liftedAt !== null)
          throw conflict('SERVICE_VOID_LIFTED', 'That void was already lifted.');
        await t
          .updateTable('serviceWarrantyVoids')
          .set({ liftedBy: actor.id ?? actor.label, liftedAt: deps.clock.now(), liftNote: note })
          .where('id', '=', id)
          .execute();
        await deps.audit.record(trx, actor, {
          action: 'service.warranty.lift_void',
          entityType: 'warranty_void',
          entityId: id,
          after: { serial: row.serial, note },
        });
        return { id, serial: row.serial, lifted: true };
      });
    },

    /** Voids of a machine, in force and lifted (staff). */
    async voidsOf(actor: Actor, serial: string) {
      requireAnyRole(actor, STAFF_ROLES);
      return db
        .selectFrom('serviceWarrantyVoids')
        .selectAll()
        .where('serial', '=', serial)
        .orderBy('voidedAt', 'desc')
        .execute();
    },
  };
}

export type WarrantyService = ReturnType<typeof createWarrantyService>;
