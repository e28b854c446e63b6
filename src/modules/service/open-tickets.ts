import { tablesOf, type AnyDb } from '../../platform/db/database.js';
import { inChunks, type ServiceDeps } from './service.deps.js';
import type { ServiceTables } from './service.tables.js';

export interface OpenTicket {
  kind: 'rma' | 'visit';
  number: string;
}

/** The open RMA each of these machines is under (a unit's `openSerial` is set until it closes). */
export async function openRmaOf(db: AnyDb, serials: readonly string[]) {
  const rows = await inChunks(serials, (chunk) =>
    tablesOf<ServiceTables>(db)
      .selectFrom('serviceRmaUnits as u')
      .innerJoin('serviceRmas as r', 'r.id', 'u.rmaId')
      .select(['u.openSerial', 'r.number'])
      .where('u.openSerial', 'in', chunk)
      .execute(),
  );
  return new Map(rows.map((r) => [r.openSerial!, r.number]));
}

/**
 * The open RMA or field visit each machine is under, for those who open tickets automatically
 * (fault-to-ticket): a machine already in the depot's or a crew's hands gets no second ticket.
 */
export function createOpenTickets(deps: Pick<ServiceDeps, 'db'>) {
  return {
    async of(serials: readonly string[]): Promise<Map<string, OpenTicket>> {
      const out = new Map<string, OpenTicket>();
      const visits = await inChunks(serials, (chunk) =>
        tablesOf<ServiceTables>(deps.db)
          .selectFrom('serviceVisitUnits as u')
          .innerJoin('serviceVisits as v', 'v.id', 'u.visitId')
          .select(['u.serial', 'v.number'])
          .where('u.serial', 'in', chunk)
          .where('v.status', 'in', ['planned', 'scheduled', 'checked_in'])
          .where('u.result', 'is', null)
          .execute(),
      );
      for (const v of visits) out.set(v.serial, { kind: 'visit', number: v.number });
      for (const [serial, number] of await openRmaOf(deps.db, serials))
        out.set(serial, { kind: 'rma', number });
      return out;
    },

    /** The site's newest visit not yet given to a technician: more machines can still join it. */
    async plannedVisitAt(siteId: string): Promise<string | null> {
      const visit = await tablesOf<ServiceTables>(deps.db)
        .selectFrom('serviceVisits')
        .select('number')
        .where('siteId', '=', siteId)
        .where('status', '=', 'planned')
        .where('technicianId', 'is', null)
        .orderBy('createdAt', 'desc')
        .limit(1)
        .executeTakeFirst();
      return visit?.number ?? null;
    },
  };
}

export type OpenTickets = ReturnType<typeof createOpenTickets>;
