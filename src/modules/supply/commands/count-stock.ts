import type { Actor } from '../../../platform/authz.js';
import { requireAnyRole } from '../../../platform/authz.js';
import type { AuditLog } from '../../../platform/audit/audit.service.js';
import type { Clock } from '../../../platform/clock.js';
import {
  inTransaction,
  lockedForUpdate,
  tablesOf,
  type AnyDb,
} from '../../../platform/db/database.js';
import { conflict, invalid, notFound } from '../../../platform/errors.js';
import { newId } from '../../../platform/ids.js';
import type { CatalogService } from '../../catalog/index.js';
import { STOCK_WRITERS } from '../stock-request.js';
import { locationNotFound } from '../stock.queries.js';
import { stockLedger } from '../stock.ledger.js';
import type { SupplyTables } from '../supply.tables.js';

export interface CountInput {
  location: string;
  countedOn?: string | undefined;
  note?: string | undefined;
  /** Untracked and lot parts: `counted`; serial parts: the serials scanned on the shelf. */
  lines: {
    part: string;
    lot?: string | undefined;
    counted?: number | undefined;
    serials?: string[] | undefined;
  }[];
}

/**
 * A cycle count posts the difference between the books and the shelf as moves with reason
 * `cycle_count`, all in one transaction. Serial parts are counted by scanning: serials missing
 * from the shelf are written off; serials found here but booked elsewhere are moved here.
 * Stock held by a reservation cannot be counted away: release it first.
 */
export function createCountStock(deps: {
  db: AnyDb;
  clock: Clock;
  audit: AuditLog;
  catalog: Pick<CatalogService, 'getPart'>;
}) {
  return async function countStock(actor: Actor, input: CountInput) {
    requireAnyRole(actor, STOCK_WRITERS);
    // Parts are read before the transaction: on SQLite a read outside it would wait on it.
    const parts = await Promise.all(input.lines.map((l) => deps.catalog.getPart(actor, l.part)));
    const seen = new Set<string>();
    for (const [i, line] of input.lines.entries()) {
      const part = parts[i]!;
      const key = `${part.id}|${line.lot ?? ''}`;
      if (seen.has(key))
        throw invalid(
          'SUPPLY_COUNT_REPEATED',
          `Line ${i + 1}: ${part.partNumber} is counted twice.`,
        );
      seen.add(key);
      if (part.tracking === 'serial' && line.counted !== undefined)
        throw invalid(
          'SUPPLY_COUNT_SERIALS',
          `Line ${i + 1}: count ${part.partNumber} by its serials, not a quantity.`,
        );
      if (part.tracking !== 'serial' && line.serials)
        throw invalid(
          'SUPPLY_NOT_SERIAL',
          `Line ${i + 1}: ${part.partNumber} is not tracked by serial.`,
        );
      if (part.tracking !== 'lot' && line.lot)
        throw invalid('SUPPLY_NOT_LOT', `Line ${i + 1}: ${part.partNumber} is not tracked by lot.`);
    }
    return inTransaction(deps.db, async (trx) => {
      const t = tablesOf<SupplyTables>(trx);
      const location = await t
        .selectFrom('supplyLocations')
        .selectAll()
        .where((eb) => eb.or([eb('id', '=', input.location), eb('code', '=', input.location)]))
        .executeTakeFirst();
      if (!location) throw locationNotFound(input.location);
      const ledger = stockLedger(trx);
      const at = deps.clock.now();
      await ledger.lockParts(
        parts.map((p) => p.id),
        at,
      );
      const today = deps.clock.today();
      const base = {
        reason: 'cycle_count' as const,
        actorId: actor.id ?? actor.label,
        at,
        today,
        note: input.note ?? null,
      };
      const lines = [];
      for (const [i, line] of input.lines.entries()) {
        const part = parts[i]!;
        if (part.tracking === 'serial') {
          if (!line.serials)
            throw invalid(
              'SUPPLY_COUNT_SERIALS',
              `Line ${i + 1}: scan the serials of ${part.partNumber}.`,
            );
          const booked = await lockedForUpdate(
            trx,
            t
              .selectFrom('supplySerials')
              .selectAll()
              .where('partId', '=', part.id)
              .where('locationId', '=', location.id),
          ).execute();
          const scanned = new Set(line.serials);
          const missing = booked.filter((s) => !scanned.has(s.serial));
          if (missing.some((s) => s.reservationId))
            throw conflict(
              'SUPPLY_COUNT_RESERVED',
              `A missing ${part.partNumber} serial is reserved: release it before writing it off.`,
            );
          if (missing.length)
            await ledger.move({
              ...base,
              partId: part.id,
              lotId: '',
              from: location.id,
              quantity: missing.length,
              serials: missing.map((s) => s.serial),
              outStatus: 'scrapped',
              reference: 'missing',
            });
          const bookedHere = new Set(booked.map((s) => s.serial));
          const found = [...scanned].filter((s) => !bookedHere.has(s));
          for (const serial of found) {
            const row = await t
              .selectFrom('supplySerials')
              .selectAll()
              .where('serial', '=', serial)
              .executeTakeFirst();
            if (!row || row.partId !== part.id || row.status !== 'in_stock' || !row.locationId)
              throw notFound(
                'SUPPLY_COUNT_UNKNOWN_SERIAL',
                `Line ${i + 1}: ${serial} is not a ${part.partNumber} in stock anywhere; receive or adjust it in first.`,
              );
            if (row.reservationId)
              throw conflict('SUPPLY_COUNT_RESERVED', `${serial} is reserved at another location.`);
            await ledger.move({
              ...base,
              partId: part.id,
              lotId: '',
              from: row.locationId,
              to: location.id,
              quantity: 1,
              serials: [serial],
              reference: 'found',
            });
          }
          lines.push({
            partId: part.id,
            partNumber: part.partNumber,
            lotId: '',
            expected: booked.length,
            counted: scanned.size,
            variance: scanned.size - booked.length,
            missingSerials: missing.map((s) => s.serial),
            foundSerials: found,
          });
          continue;
        }
        if (line.counted === undefined)
          throw invalid(
            'SUPPLY_COUNT_QUANTITY',
            `Line ${i + 1}: give the counted quantity of ${part.partNumber}.`,
          );
        let lotId = '';
        if (part.tracking === 'lot') {
          if (!line.lot)
            throw invalid(
              'SUPPLY_LOT_REQUIRED',
              `Line ${i + 1}: ${part.partNumber} is counted by lot.`,
            );
          const lot = await t
            .selectFrom('supplyLots')
            .select('id')
            .where('partId', '=', part.id)
            .where((eb) => eb.or([eb('id', '=', line.lot!), eb('lotCode', '=', line.lot!)]))
            .executeTakeFirst();
          if (!lot)
            throw notFound('SUPPLY_LOT_NOT_FOUND', `${part.partNumber} has no lot "${line.lot}".`);
          lotId = lot.id;
        }
        const balance = await lockedForUpdate(
          trx,
          t
            .selectFrom('supplyBalances')
            .selectAll()
            .where('partId', '=', part.id)
            .where('locationId', '=', location.id)
            .where('lotId', '=', lotId),
        ).executeTakeFirst();
        const expected = balance?.onHand ?? 0;
        if (line.counted < (balance?.reserved ?? 0))
          throw conflict(
            'SUPPLY_COUNT_RESERVED',
            `Line ${i + 1}: ${balance!.reserved} of ${part.partNumber} are reserved; ${line.counted} counted. Release the reservation first.`,
          );
        const variance = line.counted - expected;
        const move = {
          ...base,
          partId: part.id,
          lotId,
          quantity: Math.abs(variance),
          reference: variance > 0 ? 'found' : 'missing',
        };
        if (variance > 0)
          await ledger.move({
            ...move,
            to: location.id,
            fallbackUnitCostCents: part.standardCostCents,
          });
        if (variance < 0) await ledger.move({ ...move, from: location.id, outStatus: 'scrapped' });
        lines.push({
          partId: part.id,
          partNumber: part.partNumber,
          lotId,
          expected,
          counted: line.counted,
          variance,
          missingSerials: [],
          foundSerials: [],
        });
      }
      const record = {
        id: newId(),
        locationId: location.id,
        countedOn: input.countedOn ?? today,
        note: input.note ?? null,
        createdBy: actor.id ?? actor.label,
        createdAt: at,
      };
      await t
        .insertInto('supplyCounts')
        .values({ ...record, lines: JSON.stringify(lines) })
        .execute();
      await deps.audit.record(trx, actor, {
        action: 'supply.stock.count',
        entityType: 'stock_count',
        entityId: record.id,
        after: { ...record, lines },
      });
      return { ...record, lines };
    });
  };
}
