import { sql } from 'kysely';
import { tablesOf, type AnyDb } from '../../platform/db/database.js';
import type { LocationKind, SerialStatus, SupplyTables } from './supply.tables.js';

export interface BalanceFilter {
  partId?: string | undefined;
  locationId?: string | undefined;
  lotId?: string | undefined;
  /** Leave out rows with nothing on hand. */
  nonZero?: boolean | undefined;
}

/** Reads of the inventory tables; writes go through the stock ledger. */
export function createInventoryRepo(anyDb: AnyDb) {
  const db = tablesOf<SupplyTables>(anyDb);
  return {
    locations: () => db.selectFrom('supplyLocations').selectAll().orderBy('code').execute(),
    locationByIdOrCode: (key: string) =>
      db
        .selectFrom('supplyLocations')
        .selectAll()
        .where((eb) => eb.or([eb('id', '=', key), eb('code', '=', key)]))
        .executeTakeFirst(),

    lotOf: (partId: string, key: string) =>
      db
        .selectFrom('supplyLots')
        .selectAll()
        .where('partId', '=', partId)
        .where((eb) => eb.or([eb('id', '=', key), eb('lotCode', '=', key)]))
        .executeTakeFirst(),

    balances(filter: BalanceFilter) {
      let q = db
        .selectFrom('supplyBalances as b')
        .leftJoin('supplyLots as l', 'l.id', 'b.lotId')
        .select([
          'b.partId',
          'b.locationId',
          'b.lotId',
          'l.lotCode',
          'l.dateCode',
          'b.onHand',
          'b.reserved',
          'b.updatedAt',
        ]);
      if (filter.partId) q = q.where('b.partId', '=', filter.partId);
      if (filter.locationId) q = q.where('b.locationId', '=', filter.locationId);
      if (filter.lotId !== undefined) q = q.where('b.lotId', '=', filter.lotId);
      if (filter.nonZero) q = q.where('b.onHand', '>', 0);
      return q.orderBy('b.partId').orderBy('b.locationId').orderBy('b.lotId').execute();
    },

    /** On-hand, reserved and available of one part per location: one indexed range read. */
    onHandByLocation: (partId: string) =>
      db
        .selectFrom('supplyBalances')
        .select([
          'locationId',
          sql<number>`sum(on_hand)`.as('onHand'),
          sql<number>`sum(reserved)`.as('reserved'),
        ])
        .where('partId', '=', partId)
        .groupBy('locationId')
        .execute(),

    /** Usable stock (on hand − reserved) per part over locations of the given kinds. */
    availableByPart: (kinds: readonly string[]) =>
      db
        .selectFrom('supplyBalances as b')
        .innerJoin('supplyLocations as l', 'l.id', 'b.locationId')
        .select(['b.partId', sql<number>`sum(b.on_hand - b.reserved)`.as('available')])
        .where('l.kind', 'in', kinds as LocationKind[])
        .groupBy('b.partId')
        .execute(),

    serial: (serial: string) =>
      db.selectFrom('supplySerials').selectAll().where('serial', '=', serial).executeTakeFirst(),
    serialsAt: (partId: string, locationId: string) =>
      db
        .selectFrom('supplySerials')
        .selectAll()
        .where('partId', '=', partId)
        .where('locationId', '=', locationId)
        .orderBy('serial')
        .execute(),

    serials(filter: {
      partId?: string | undefined;
      locationId?: string | undefined;
      status?: SerialStatus | undefined;
      limit: number;
    }) {
      let q = db.selectFrom('supplySerials').selectAll();
      if (filter.partId) q = q.where('partId', '=', filter.partId);
      if (filter.locationId) q = q.where('locationId', '=', filter.locationId);
      if (filter.status) q = q.where('status', '=', filter.status);
      return q.orderBy('serial').limit(filter.limit).execute();
    },

    moves(filter: {
      partId?: string | undefined;
      locationId?: string | undefined;
      serial?: string | undefined;
      cursor?: string | undefined;
      limit: number;
    }) {
      let q = db.selectFrom('supplyMoves').selectAll();
      if (filter.partId) q = q.where('partId', '=', filter.partId);
      if (filter.serial) q = q.where('serial', '=', filter.serial);
      if (filter.locationId) {
        const location = filter.locationId;
        q = q.where((eb) =>
          eb.or([eb('fromLocationId', '=', location), eb('toLocationId', '=', location)]),
        );
      }
      if (filter.cursor) q = q.where('id', '<', filter.cursor);
      return q.orderBy('id', 'desc').limit(filter.limit).execute();
    },

    reservation: (id: string) =>
      db.selectFrom('supplyReservations').selectAll().where('id', '=', id).executeTakeFirst(),
    reservations: (filter: { demand?: string | undefined; status?: string | undefined }) => {
      let q = db.selectFrom('supplyReservations').selectAll();
      if (filter.demand) q = q.where('demand', '=', filter.demand);
      if (filter.status) q = q.where('status', '=', filter.status as 'open');
      return q.orderBy('id', 'desc').limit(500).execute();
    },

    valuations: () =>
      db.selectFrom('supplyValuations').selectAll().where('quantity', '>', 0).execute(),

    counts: (locationId?: string) => {
      let q = db.selectFrom('supplyCounts').selectAll();
      if (locationId) q = q.where('locationId', '=', locationId);
      return q.orderBy('id', 'desc').limit(100).execute();
    },
  };
}

export type InventoryRepo = ReturnType<typeof createInventoryRepo>;
