import type { Actor } from '../../../platform/authz.js';
import {
  customerScope,
  hasAnyRole,
  isCustomerActor,
  STAFF_ROLES,
} from '../../../platform/authz.js';
import { tablesOf, type AnyDb } from '../../../platform/db/database.js';
import type { HomeCounter } from '../../../platform/home.js';
import type { FleetTables } from '../fleet.tables.js';
import type { HealthTables } from './health.tables.js';

/**
 * The home page's fleet health counts: repair drafts awaiting confirmation (how a customer
 * learns a machine of theirs was found faulty), machines with open faults, and sites whose
 * collector has gone silent.
 */
export function healthHomeCounters(deps: { db: AnyDb }): HomeCounter[] {
  const db = tablesOf<HealthTables & FleetTables>(deps.db);
  const people = (a: Actor) =>
    a.type === 'user' && (isCustomerActor(a) || hasAnyRole(a, STAFF_ROLES));
  const countOf = async (q: { executeTakeFirstOrThrow(): Promise<{ n: number | string }> }) =>
    Number((await q.executeTakeFirstOrThrow()).n);
  return [
    {
      key: 'repairDrafts',
      label: 'Repair drafts awaiting confirmation',
      section: 'fleet',
      path: '/fleet/repair-drafts',
      visibleTo: people,
      count: (a) =>
        countOf(
          db
            .selectFrom('fleetRepairDrafts')
            .select((eb) => eb.fn.countAll<number>().as('n'))
            .where('status', '=', 'draft')
            .$if(customerScope(a) !== null, (q) => q.where('customerId', '=', customerScope(a)!)),
        ),
    },
    {
      key: 'faultyMachines',
      label: 'Machines with open faults',
      section: 'fleet',
      path: '/fleet/faults',
      visibleTo: people,
      count: (a) =>
        countOf(
          db
            .selectFrom('fleetFaultEpisodes')
            .select((eb) => eb.fn.count<number>('machineId').distinct().as('n'))
            .where('status', '=', 'open')
            .$if(customerScope(a) !== null, (q) => q.where('customerId', '=', customerScope(a)!)),
        ),
    },
    {
      key: 'silentSites',
      label: 'Sites whose collector is silent',
      section: 'fleet',
      path: '/fleet',
      visibleTo: people,
      count: (a) =>
        countOf(
          db
            .selectFrom('fleetSiteWatch')
            .select((eb) => eb.fn.countAll<number>().as('n'))
            .where('silentSince', 'is not', null)
            .$if(customerScope(a) !== null, (q) => q.where('customerId', '=', customerScope(a)!)),
        ),
    },
  ];
}
