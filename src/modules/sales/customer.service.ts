import type { Actor } from '../../platform/authz.js';
import { assertCustomerAccess, customerScope, requireAnyRole } from '../../platform/authz.js';
import type { AuditLog } from '../../platform/audit/audit.service.js';
import type { Clock } from '../../platform/clock.js';
import {
  inTransaction,
  isUniqueViolation,
  tablesOf,
  type AnyDb,
} from '../../platform/db/database.js';
import { conflict, notFound } from '../../platform/errors.js';
import { newId } from '../../platform/ids.js';
import type {
  ContactsTable,
  Cooling,
  CustomersTable,
  SalesTables,
  SitesTable,
} from './sales.tables.js';

/** Who keeps customer accounts, sites and contacts. */
export const ACCOUNT_EDITORS = ['sales'] as const;
/** Everyone who may read accounts: staff, and customers their own. */
export const ACCOUNT_READERS = [
  'sales',
  'planner',
  'production',
  'buyer',
  'trade',
  'logistics',
  'technician',
  'customer',
] as const;

export interface CustomerInput {
  code: string;
  name: string;
  priority: number;
  fleetSize?: number | null | undefined;
  note?: string | null | undefined;
}

export interface SiteInput {
  code: string;
  name: string;
  state: string;
  city: string;
  latitude: number;
  longitude: number;
  powerMw: number;
  cooling: Cooling;
}

export interface ContactInput {
  name: string;
  email: string;
  phone?: string | null | undefined;
  role?: string | null | undefined;
}

export const customerNotFound = (key: string) =>
  notFound('SALES_CUSTOMER_NOT_FOUND', `No customer "${key}".`);
export const siteNotFound = (key: string) => notFound('SALES_SITE_NOT_FOUND', `No site "${key}".`);

const presentSite = ({ powerKw, ...s }: SitesTable) => ({ ...s, powerMw: powerKw / 1000 });

/** Customer accounts, their mining sites and contacts; a customer user sees its own only. */
export function createCustomerService(deps: { db: AnyDb; clock: Clock; audit: AuditLog }) {
  const db = tablesOf<SalesTables>(deps.db);

  /** A customer by id or code, as `actor` may see it. */
  async function customer(actor: Actor, key: string, on: AnyDb = deps.db) {
    const row = await tablesOf<SalesTables>(on)
      .selectFrom('salesCustomers')
      .selectAll()
      .where((eb) => eb.or([eb('id', '=', key), eb('code', '=', key.toUpperCase())]))
      .executeTakeFirst();
    if (!row) throw customerNotFound(key);
    assertCustomerAccess(actor, row.id, () => customerNotFound(key));
    return row;
  }

  /** A site by id, or by code within a customer, as `actor` may see it. */
  async function site(actor: Actor, key: string, customerId?: string) {
    let q = db.selectFrom('salesSites').selectAll();
    q = customerId
      ? q
          .where('customerId', '=', customerId)
          .where((eb) => eb.or([eb('code', '=', key.toUpperCase()), eb('id', '=', key)]))
      : q.where('id', '=', key);
    const row = await q.executeTakeFirst();
    if (!row) throw siteNotFound(key);
    assertCustomerAccess(actor, row.customerId, () => siteNotFound(key));
    return row;
  }

  async function write<T>(actor: Actor, action: string, id: string, body: (trx: AnyDb) => T) {
    try {
      return await inTransaction(deps.db, async (trx) => {
        const result = await body(trx);
        await deps.audit.record(trx, actor, {
          action,
          entityType: action.split('.')[1]!,
          entityId: id,
          after: result,
        });
        return result;
      });
    } catch (error) {
      if (isUniqueViolation(error))
        throw conflict('SALES_CODE_TAKEN', 'That code is already used: pick another.');
      throw error;
    }
  }

  return {
    customer,
    site,
    presentSite,

    async list(actor: Actor) {
      requireAnyRole(actor, ACCOUNT_READERS);
      const scope = customerScope(actor);
      let q = db.selectFrom('salesCustomers').selectAll();
      if (scope) q = q.where('id', '=', scope);
      const customers = await q.orderBy('name').execute();
      let siteCounts = db
        .selectFrom('salesSites')
        .select(['customerId', (eb) => eb.fn.countAll<number>().as('n')])
        .groupBy('customerId');
      if (scope) siteCounts = siteCounts.where('customerId', '=', scope);
      const sites = await siteCounts.execute();
      const count = new Map(sites.map((s) => [s.customerId, Number(s.n)]));
      return customers.map((c) => ({ ...c, sites: count.get(c.id) ?? 0 }));
    },

    async get(actor: Actor, key: string) {
      requireAnyRole(actor, ACCOUNT_READERS);
      const c = await customer(actor, key);
      const [sites, contacts] = await Promise.all([
        db
          .selectFrom('salesSites')
          .selectAll()
          .where('customerId', '=', c.id)
          .orderBy('code')
          .execute(),
        db
          .selectFrom('salesContacts')
          .selectAll()
          .where('customerId', '=', c.id)
          .orderBy('name')
          .execute(),
      ]);
      return { ...c, sites: sites.map(presentSite), contacts };
    },

    async create(actor: Actor, input: CustomerInput) {
      requireAnyRole(actor, ACCOUNT_EDITORS);
      const now = deps.clock.now();
      const row: CustomersTable = {
        id: newId(),
        code: input.code.trim().toUpperCase(),
        name: input.name.trim(),
        priority: input.priority,
        fleetSize: input.fleetSize ?? null,
        note: input.note ?? null,
        createdAt: now,
        updatedAt: now,
      };
      return write(actor, 'sales.customer.create', row.id, async (trx) => {
        await tablesOf<SalesTables>(trx).insertInto('salesCustomers').values(row).execute();
        return row;
      });
    },

    async update(actor: Actor, key: string, changes: Partial<Omit<CustomerInput, 'code'>>) {
      requireAnyRole(actor, ACCOUNT_EDITORS);
      const before = await customer(actor, key);
      const after = { ...before, ...changes, updatedAt: deps.clock.now() };
      return write(actor, 'sales.customer.update', before.id, async (trx) => {
        await tablesOf<SalesTables>(trx)
          .updateTable('salesCustomers')
          .set(after)
          .where('id', '=', before.id)
          .execute();
        return after;
      });
    },

    async createSite(actor: Actor, customerKey: string, input: SiteInput) {
      requireAnyRole(actor, ACCOUNT_EDITORS);
      const c = await customer(actor, customerKey);
      const now = deps.clock.now();
      const { powerMw, ...rest } = input;
      const row: SitesTable = {
        ...rest,
        id: newId(),
        customerId: c.id,
        code: input.code.trim().toUpperCase(),
        state: input.state.toUpperCase(),
        powerKw: Math.round(powerMw * 1000),
        createdAt: now,
        updatedAt: now,
      };
      return write(actor, 'sales.site.create', row.id, async (trx) => {
        await tablesOf<SalesTables>(trx).insertInto('salesSites').values(row).execute();
        return presentSite(row);
      });
    },

    async createContact(actor: Actor, customerKey: string, input: ContactInput) {
      requireAnyRole(actor, ACCOUNT_EDITORS);
      const c = await customer(actor, customerKey);
      const row: ContactsTable = {
        id: newId(),
        customerId: c.id,
        name: input.name.trim(),
        email: input.email.trim().toLowerCase(),
        phone: input.phone ?? null,
        role: input.role ?? null,
        createdAt: deps.clock.now(),
      };
      return write(actor, 'sales.contact.create', row.id, async (trx) => {
        await tablesOf<SalesTables>(trx).insertInto('salesContacts').values(row).execute();
        return row;
      });
    },
  };
}

export type CustomerService = ReturnType<typeof createCustomerService>;
