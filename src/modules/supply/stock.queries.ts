import type { Actor } from '../../platform/authz.js';
import { requireAnyRole, STAFF_ROLES } from '../../platform/authz.js';
import type { AnyDb } from '../../platform/db/database.js';
import { notFound } from '../../platform/errors.js';
import type { CatalogService } from '../catalog/index.js';
import { createInventoryRepo } from './inventory.repo.js';
import type { MovesTable, SerialsTable, SerialStatus } from './supply.tables.js';

export const VALUATION_METHOD =
  'Perpetual moving weighted average per part, at landed cost (goods + duty + freight + insurance + brokerage).';

export const locationNotFound = (key: string) =>
  notFound('SUPPLY_LOCATION_NOT_FOUND', `No stock location "${key}".`);

export async function locationOrThrow(db: AnyDb, key: string) {
  const row = await createInventoryRepo(db).locationByIdOrCode(key);
  if (!row) throw locationNotFound(key);
  return row;
}

/** What stock there is, where, and what it is worth: every read of the inventory. */
export function createStockQueries(deps: {
  db: AnyDb;
  catalog: Pick<CatalogService, 'getPart' | 'partsById'>;
}) {
  const repo = createInventoryRepo(deps.db);
  const location = (key: string) => locationOrThrow(deps.db, key);

  /** Part numbers and location codes beside the ids, for people reading the ledger. */
  async function namer(actor: Actor, partIds: readonly string[]) {
    const parts = await deps.catalog.partsById(actor, partIds);
    const locations = new Map((await repo.locations()).map((l) => [l.id, l.code]));
    const code = (id: string | null) => (id === null ? null : (locations.get(id) ?? id));
    return {
      move: <M extends MovesTable>(m: M) => ({
        ...m,
        partNumber: parts.get(m.partId)?.partNumber ?? m.partId,
        fromLocationCode: code(m.fromLocationId),
        toLocationCode: code(m.toLocationId),
      }),
      serial: <S extends SerialsTable>(r: S) => ({
        ...r,
        partNumber: parts.get(r.partId)?.partNumber ?? r.partId,
        locationCode: code(r.locationId),
      }),
    };
  }

  return {
    valuationMethod: VALUATION_METHOD,

    async listLocations(actor: Actor) {
      requireAnyRole(actor, STAFF_ROLES);
      return repo.locations();
    },

    location: async (actor: Actor, key: string) => {
      requireAnyRole(actor, STAFF_ROLES);
      return location(key);
    },

    /** Balances by part, location and lot, with available = on hand − reserved. */
    async balances(
      actor: Actor,
      filter: {
        part?: string | undefined;
        location?: string | undefined;
        nonZero?: boolean | undefined;
      },
    ) {
      requireAnyRole(actor, STAFF_ROLES);
      const one = filter.part ? await deps.catalog.getPart(actor, filter.part) : undefined;
      const locationId = filter.location ? (await location(filter.location)).id : undefined;
      const rows = await repo.balances({ partId: one?.id, locationId, nonZero: filter.nonZero });
      const parts = await deps.catalog.partsById(
        actor,
        rows.map((r) => r.partId),
      );
      const locations = new Map((await repo.locations()).map((l) => [l.id, l]));
      return rows.map((r) => ({
        partId: r.partId,
        partNumber: parts.get(r.partId)?.partNumber ?? r.partId,
        partName: parts.get(r.partId)?.name ?? '',
        tracking: parts.get(r.partId)?.tracking ?? 'none',
        locationId: r.locationId,
        locationCode: locations.get(r.locationId)?.code ?? r.locationId,
        locationKind: locations.get(r.locationId)?.kind ?? 'raw_stores',
        lotId: r.lotId || null,
        lotCode: r.lotCode ?? null,
        dateCode: r.dateCode ?? null,
        onHand: r.onHand,
        reserved: r.reserved,
        available: r.onHand - r.reserved,
      }));
    },

    /** One part's stock per location: the question planners and the bench ask most. */
    async onHand(actor: Actor, partKey: string) {
      requireAnyRole(actor, STAFF_ROLES);
      const part = await deps.catalog.getPart(actor, partKey);
      const rows = await repo.onHandByLocation(part.id);
      const locations = new Map((await repo.locations()).map((l) => [l.id, l]));
      const byLocation = rows.map((r) => ({
        locationId: r.locationId,
        locationCode: locations.get(r.locationId)?.code ?? r.locationId,
        locationKind: locations.get(r.locationId)?.kind ?? 'raw_stores',
        onHand: Number(r.onHand),
        reserved: Number(r.reserved),
        available: Number(r.onHand) - Number(r.reserved),
      }));
      const sum = (k: 'onHand' | 'reserved' | 'available') =>
        byLocation.reduce((s, r) => s + r[k], 0);
      return {
        partId: part.id,
        partNumber: part.partNumber,
        onHand: sum('onHand'),
        reserved: sum('reserved'),
        available: sum('available'),
        byLocation,
      };
    },

    /**
     * What planning may count on, per part: usable stock in raw stores, WIP and finished goods
     * (not quarantine, the depot's spares, vans, kits or goods still in transit).
     */
    async availableForPlanning(actor: Actor): Promise<Map<string, number>> {
      requireAnyRole(actor, STAFF_ROLES);
      const rows = await repo.availableByPart(['raw_stores', 'wip', 'finished_goods']);
      return new Map(rows.map((r) => [r.partId, Number(r.available)]));
    },

    /** A lot of a part by its code (or id). */
    async lot(actor: Actor, partId: string, key: string) {
      requireAnyRole(actor, STAFF_ROLES);
      const row = await repo.lotOf(partId, key);
      if (!row) throw notFound('SUPPLY_LOT_NOT_FOUND', `No lot "${key}" of that part.`);
      return row;
    },

    /** Serials by part, location and status: what is on a shelf, serial by serial. */
    async serials(
      actor: Actor,
      filter: {
        part?: string | undefined;
        location?: string | undefined;
        status?: SerialStatus | undefined;
        limit: number;
      },
    ) {
      requireAnyRole(actor, STAFF_ROLES);
      const partId = filter.part ? (await deps.catalog.getPart(actor, filter.part)).id : undefined;
      const locationId = filter.location ? (await location(filter.location)).id : undefined;
      const rows = await repo.serials({
        partId,
        locationId,
        status: filter.status,
        limit: filter.limit,
      });
      const name = await namer(
        actor,
        rows.map((r) => r.partId),
      );
      return rows.map(name.serial);
    },

    async serial(actor: Actor, serial: string) {
      requireAnyRole(actor, STAFF_ROLES);
      const row = await repo.serial(serial);
      if (!row)
        throw notFound('SUPPLY_SERIAL_NOT_FOUND', `No serial "${serial}" in stock records.`);
      const name = await namer(actor, [row.partId]);
      const history = (await repo.moves({ serial, limit: 200 })).map(name.move);
      return { ...name.serial(row), history };
    },

    async moves(
      actor: Actor,
      filter: {
        part?: string | undefined;
        location?: string | undefined;
        serial?: string | undefined;
        cursor?: string | undefined;
        limit: number;
      },
    ) {
      requireAnyRole(actor, STAFF_ROLES);
      const partId = filter.part ? (await deps.catalog.getPart(actor, filter.part)).id : undefined;
      const locationId = filter.location ? (await location(filter.location)).id : undefined;
      const items = await repo.moves({
        partId,
        locationId,
        serial: filter.serial,
        cursor: filter.cursor,
        limit: filter.limit,
      });
      const name = await namer(
        actor,
        items.map((m) => m.partId),
      );
      return {
        items: items.map(name.move),
        nextCursor: items.length === filter.limit ? items.at(-1)!.id : null,
      };
    },

    async reservations(
      actor: Actor,
      filter: { demand?: string | undefined; status?: string | undefined },
    ) {
      requireAnyRole(actor, STAFF_ROLES);
      return repo.reservations(filter);
    },

    /** Stock value by part under the moving average, and in total. */
    async valuation(actor: Actor) {
      requireAnyRole(actor, STAFF_ROLES);
      const valuations = await repo.valuations();
      const parts = await deps.catalog.partsById(
        actor,
        valuations.map((v) => v.partId),
      );
      const items = valuations
        .map((v) => ({
          partId: v.partId,
          partNumber: parts.get(v.partId)?.partNumber ?? v.partId,
          partName: parts.get(v.partId)?.name ?? '',
          quantity: v.quantity,
          valueCents: v.valueCents,
          averageCents: Math.round(v.valueCents / v.quantity),
        }))
        .sort((a, b) => b.valueCents - a.valueCents);
      return {
        method: VALUATION_METHOD,
        items,
        totalCents: items.reduce((s, i) => s + i.valueCents, 0),
      };
    },
  };
}
