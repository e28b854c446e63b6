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
  return [
    {
      key: 'repairDrafts',
      label: 'Repair drafts awaiting confirmation',
      section: 'fleet',
      path: '/fleet/repair-drafts',
      visibleTo: people,
      async count(a) {
        const scope = customerScope(a);
        let q = db
          .selectFrom('fleetRepairDrafts')
          .select((eb) => eb.fn.countAll<number>().as('n'))
          .where('status', '=', 'draft');
        if (scope) q = q.where('customerId', '=', scope);
        return Number((await q.executeTakeFirstOrThrow()).n);
      },
    },
    {
      key: 'faultyMachines',
      label: 'Machines with open faults',
      section: 'fleet',
      path: '/fleet/faults',
      visibleTo: people,
      async count(a) {
        const scope = customerScope(a);
        let q = db
          .selectFrom('fleetFaultEpisodes')
          .select((eb) => eb.fn.count<number>('machineId').distinct().as('n'))
          .where('status', '=', 'open');
        if (scope) q = q.where('customerId', '=', scope);
        return Number((await q.executeTakeFirstOrThrow()).n);
      },
    },
    {
      key: 'silentSites',
      label: 'Sites whose collector is silent',
      section: 'fleet',
      path: '/fleet',
      visibleTo: people,
      async count(a) {
        const scope = customerScope(a);
        let q = db
          .selectFrom('fleetSiteWatch')
          .select((eb) => eb.fn.countAll<number>().as('n'))
          .where('silentSince', 'is not', null);
        if (scope) q = q.where('customerId', '=', scope);
        return Number((await q.executeTakeFirstOrThrow()).n);
      },
    },
  ];
}
