import type { Actor } from '../../platform/authz.js';
import { customerScope, requireAnyRole, STAFF_ROLES } from '../../platform/authz.js';
import { inTransaction, tablesOf, type AnyDb } from '../../platform/db/database.js';
import { invalid, notFound } from '../../platform/errors.js';
import { POLICY_EDITORS, type ServiceDeps } from './service.deps.js';
import type { FaultCodesTable, ServiceTables, SlaTiersTable } from './service.tables.js';

/** Editable defaults of the service; every figure here is data, changed through the API. */
export const SERVICE_SETTINGS = {
  /** What an out-of-warranty quote charges per bench hour. An assumption: edit it. */
  labour_cents_per_hour: '8500',
  /** What the customer reads once an RMA is approved. */
  return_instructions:
    'Ship to Rigline US Depot, 1200 Industrial Blvd, Rockdale TX 76567. Write the RMA number on every carton and keep each machine whole (no loose hashboards). Use the original carton or one of equal protection. Shipments without an RMA number may be refused.',
  /** Above this many failed machines at one site, the crew goes there instead (logistics.md). */
  onsite_min_failed_units: '100',
  /** The longest field visit (minutes on site): longer work is split into several visits. */
  visit_max_minutes: '480',
  /** Largest attachment accepted, bytes. */
  attachment_max_bytes: String(10 * 1024 * 1024),
} as const;
export type ServiceSetting = keyof typeof SERVICE_SETTINGS;

export async function serviceSetting(on: AnyDb, key: ServiceSetting): Promise<string> {
  const row = await tablesOf<ServiceTables>(on)
    .selectFrom('serviceSettings')
    .select('value')
    .where('key', '=', key)
    .executeTakeFirst();
  return row?.value ?? SERVICE_SETTINGS[key];
}

export const DEFAULT_TIER = 'standard';

const tierNotFound = (code: string) =>
  notFound('SERVICE_TIER_NOT_FOUND', `No service tier "${code}".`);

/** Service tiers and which customer has which, the fault-code taxonomy, and settings. */
export function createServiceSetup(deps: ServiceDeps) {
  const db = tablesOf<ServiceTables>(deps.db);

  async function tierOf(customerId: string, on: AnyDb = deps.db) {
    const t = tablesOf<ServiceTables>(on);
    const assigned = await t
      .selectFrom('serviceCustomerTiers')
      .select('tierCode')
      .where('customerId', '=', customerId)
      .executeTakeFirst();
    const code = assigned?.tierCode ?? DEFAULT_TIER;
    const tier = await t
      .selectFrom('serviceSlaTiers')
      .selectAll()
      .where('code', '=', code)
      .executeTakeFirst();
    if (!tier) throw tierNotFound(code);
    return tier;
  }

  async function writeAudited<T>(
    actor: Actor,
    action: string,
    entityType: string,
    entityId: string,
    body: (trx: AnyDb) => Promise<{ before: unknown; after: T }>,
  ) {
    return inTransaction(deps.db, async (trx) => {
      const { before, after } = await body(trx);
      await deps.audit.record(trx, actor, { action, entityType, entityId, before, after });
      return after;
    });
  }

  return {
    tierOf,

    async tiers(actor: Actor) {
      requireAnyRole(actor, [...STAFF_ROLES, 'customer']);
      return db.selectFrom('serviceSlaTiers').selectAll().orderBy('targetHours').execute();
    },

    async setTier(actor: Actor, code: string, input: Omit<SlaTiersTable, 'code' | 'updatedAt'>) {
      requireAnyRole(actor, POLICY_EDITORS);
      const row: SlaTiersTable = { code, ...input, updatedAt: deps.clock.now() };
      return writeAudited(actor, 'service.tier.set', 'sla_tier', code, async (trx) => {
        const t = tablesOf<ServiceTables>(trx);
        const before = await t
          .selectFrom('serviceSlaTiers')
          .selectAll()
          .where('code', '=', code)
          .executeTakeFirst();
        if (before)
          await t.updateTable('serviceSlaTiers').set(row).where('code', '=', code).execute();
        else await t.insertInto('serviceSlaTiers').values(row).execute();
        return { before: before ?? null, after: row };
      });
    },

    /** The tier of a customer (a customer may read its own). */
    async customerTier(actor: Actor, customerKey: string) {
      const customer = await deps.sales.customers.customer(actor, customerKey);
      customerScope(actor);
      return { customer: customer.code, tier: await tierOf(customer.id) };
    },

    async assignTier(actor: Actor, customerKey: string, tierCode: string) {
      requireAnyRole(actor, POLICY_EDITORS);
      const customer = await deps.sales.customers.customer(actor, customerKey);
      return writeAudited(actor, 'service.tier.assign', 'customer', customer.id, async (trx) => {
        const t = tablesOf<ServiceTables>(trx);
        const tier = await t
          .selectFrom('serviceSlaTiers')
          .select('code')
          .where('code', '=', tierCode)
          .executeTakeFirst();
        if (!tier) throw tierNotFound(tierCode);
        const before = await t
          .selectFrom('serviceCustomerTiers')
          .select('tierCode')
          .where('customerId', '=', customer.id)
          .executeTakeFirst();
        await t.deleteFrom('serviceCustomerTiers').where('customerId', '=', customer.id).execute();
        await t
          .insertInto('serviceCustomerTiers')
          .values({ customerId: customer.id, tierCode, updatedAt: deps.clock.now() })
          .execute();
        return {
          before: { tier: before?.tierCode ?? DEFAULT_TIER },
          after: { customer: customer.code, tier: tierCode },
        };
      });
    },

    async faultCodes(actor: Actor) {
      requireAnyRole(actor, [...STAFF_ROLES, 'customer']);
      return db.selectFrom('serviceFaultCodes').selectAll().orderBy('sortOrder').execute();
    },

    async setFaultCode(actor: Actor, code: string, input: Omit<FaultCodesTable, 'code'>) {
      requireAnyRole(actor, POLICY_EDITORS);
      const row: FaultCodesTable = { code, ...input };
      return writeAudited(actor, 'service.fault_code.set', 'fault_code', code, async (trx) => {
        const t = tablesOf<ServiceTables>(trx);
        const before = await t
          .selectFrom('serviceFaultCodes')
          .selectAll()
          .where('code', '=', code)
          .executeTakeFirst();
        if (before)
          await t.updateTable('serviceFaultCodes').set(row).where('code', '=', code).execute();
        else await t.insertInto('serviceFaultCodes').values(row).execute();
        return { before: before ?? null, after: row };
      });
    },

    async settings(actor: Actor) {
      requireAnyRole(actor, STAFF_ROLES);
      const rows = new Map(
        (await db.selectFrom('serviceSettings').selectAll().execute()).map((r) => [r.key, r.value]),
      );
      return Object.fromEntries(
        (Object.keys(SERVICE_SETTINGS) as ServiceSetting[]).map((k) => [
          k,
          rows.get(k) ?? SERVICE_SETTINGS[k],
        ]),
      ) as Record<ServiceSetting, string>;
    },

    async setSetting(actor: Actor, key: string, value: string) {
      requireAnyRole(actor, POLICY_EDITORS);
      if (!(key in SERVICE_SETTINGS))
        throw invalid('SERVICE_SETTING_UNKNOWN', `No service setting "${key}".`);
      const numeric = key !== 'return_instructions';
      if (numeric && !/^\d{1,12}$/.test(value))
        throw invalid('SERVICE_SETTING_VALUE', `${key} must be a whole number.`);
      if (!value.trim()) throw invalid('SERVICE_SETTING_VALUE', `${key} cannot be empty.`);
      return writeAudited(actor, 'service.setting.set', 'service_setting', key, async (trx) => {
        const before = await serviceSetting(trx, key as ServiceSetting);
        const t = tablesOf<ServiceTables>(trx);
        await t.deleteFrom('serviceSettings').where('key', '=', key).execute();
        await t
          .insertInto('serviceSettings')
          .values({ key, value, updatedAt: deps.clock.now() })
          .execute();
        return { before: { [key]: before }, after: { [key]: value } };
      });
    },
  };
}

export type ServiceSetup = ReturnType<typeof createServiceSetup>;
