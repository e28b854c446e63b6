import type { Actor } from '../../platform/authz.js';
import { customerScope, hasAnyRole, isCustomerActor, STAFF_ROLES } from '../../platform/authz.js';
import { tablesOf, type AnyDb } from '../../platform/db/database.js';
import type { Clock } from '../../platform/clock.js';
import type { HomeCounter } from '../../platform/home.js';
import { slaView } from './rma.states.js';
import type { ServiceTables } from './service.tables.js';

/** The home page's service counts: open RMAs (a customer's own), machines past SLA, visits today. */
export function serviceHomeCounters(deps: { db: AnyDb; clock: Clock }): HomeCounter[] {
  const db = tablesOf<ServiceTables>(deps.db);
  const openUnits = (actor: Actor) => {
    const scope = customerScope(actor);
    let q = db
      .selectFrom('serviceRmaUnits as u')
      .innerJoin('serviceRmas as r', 'r.id', 'u.rmaId')
      .where('u.openSerial', 'is not', null);
    if (scope) q = q.where('r.customerId', '=', scope);
    return q;
  };
  return [
    {
      key: 'openRmaMachines',
      label: 'Machines under open RMAs',
      section: 'service',
      path: '/service/rmas',
      visibleTo: (a) => a.type === 'user' && (isCustomerActor(a) || hasAnyRole(a, STAFF_ROLES)),
      count: async (a) =>
        Number(
          (
            await openUnits(a)
              .select((eb) => eb.fn.countAll<number>().as('n'))
              .executeTakeFirstOrThrow()
          ).n,
        ),
    },
    {
      key: 'pastSla',
      label: 'Machines past their SLA',
      section: 'service',
      path: '/service/depot',
      visibleTo: (a) => a.type === 'user' && hasAnyRole(a, ['technician', 'sales', 'logistics']),
      count: async (a) => {
        const rows = await openUnits(a)
          .select(['u.slaUsedMs', 'u.slaRunningSince', 'u.slaTargetHours', 'u.status'])
          .execute();
        const now = deps.clock.now();
        return rows.filter((u) => slaView(u, now).breached).length;
      },
    },
    {
      key: 'visitsToday',
      label: 'Field visits today',
      section: 'service',
      path: '/service/field',
      visibleTo: (a) => a.type === 'user' && hasAnyRole(a, ['technician', 'sales', 'logistics']),
      count: async () =>
        Number(
          (
            await db
              .selectFrom('serviceVisits')
              .select((eb) => eb.fn.countAll<number>().as('n'))
              .where('scheduledOn', '=', deps.clock.today())
              .where('status', 'in', ['scheduled', 'checked_in'])
              .executeTakeFirstOrThrow()
          ).n,
        ),
    },
  ];
}
