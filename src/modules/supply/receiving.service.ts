import type { Actor } from '../../platform/authz.js';
import { requireAnyRole, STAFF_ROLES } from '../../platform/authz.js';
import type { AuditLog } from '../../platform/audit/audit.service.js';
import type { Clock } from '../../platform/clock.js';
import {
  inTransaction,
  lockedForUpdate,
  tablesOf,
  type AnyDb,
} from '../../platform/db/database.js';
import { conflict, invalid, notFound, type FieldError } from '../../platform/errors.js';
import type { EventBus } from '../../platform/events/events.js';
import { newId } from '../../platform/ids.js';
import type { CatalogService } from '../catalog/index.js';
import type { CustomsEntryService } from '../trade/index.js';
import { nextNumber, withNumber } from '../../platform/db/document-number.js';
import { quantityOf } from './stock-request.js';
import { locationNotFound, locationOrThrow } from './stock.queries.js';
import type { PurchaseOrderService } from './purchase-order.service.js';
import { landedLines } from './receipt.engine.js';
import { stockLedger } from './stock.ledger.js';
import type { PoStatus, ReceiptLinesTable, ReceiptsTable, SupplyTables } from './supply.tables.js';

/** Who receives goods at the dock: buyers, production stores, logistics. */
export const RECEIVERS = ['buyer', 'production', 'logistics'] as const;

export interface ReceiveInput {
  receivedOn?: string | undefined;
  /** Stock location code or id; default: the first raw-stores location. */
  location?: string | undefined;
  /** The customs entry the goods cleared on; required for imports. */
  entry?: { number: string; date?: string | undefined } | undefined;
  freightCents?: number | undefined;
  insuranceCents?: number | undefined;
  brokerageCents?: number | undefined;
  lines: {
    line: number;
    quantity?: number | undefined;
    lot?: { code: string; dateCode?: string | null | undefined } | undefined;
    serials?: string[] | undefined;
  }[];
}

/**
 * Receiving a PO, in one transaction: stock into the location (lots and serials created), the
 * customs entry filed with its duty from the trade engine, freight and brokerage spread by value,
 * every line valued landed, the PO's received quantities and status moved on.
 */
export function createReceivingService(deps: {
  db: AnyDb;
  clock: Clock;
  audit: AuditLog;
  events: EventBus;
  catalog: Pick<CatalogService, 'getPart'>;
  purchaseOrders: PurchaseOrderService;
  entries: Pick<CustomsEntryService, 'record'>;
}) {
  /** The location named, or the first raw-stores location. */
  async function receivingLocation(trx: AnyDb, key: string | undefined) {
    if (key) return locationOrThrow(trx, key);
    const row = await tablesOf<SupplyTables>(trx)
      .selectFrom('supplyLocations')
      .selectAll()
      .where('kind', '=', 'raw_stores')
      .orderBy('code')
      .executeTakeFirst();
    if (!row) throw locationNotFound('raw stores');
    return row;
  }

  return {
    async receive(actor: Actor, poKey: string, input: ReceiveInput) {
      requireAnyRole(actor, RECEIVERS);
      // Parts are read before the transaction: on SQLite a read outside it would wait on it.
      const poRow = await deps.purchaseOrders.loadPo(deps.db, poKey);
      const partIds = await tablesOf<SupplyTables>(deps.db)
        .selectFrom('supplyPoLines')
        .select('partId')
        .distinct()
        .where('poId', '=', poRow.id)
        .execute();
      const partsById = new Map(
        await Promise.all(
          partIds.map(
            async (p) => [p.partId, await deps.catalog.getPart(actor, p.partId)] as const,
          ),
        ),
      );
      return withNumber(() =>
        inTransaction(deps.db, async (trx) => {
          const t = tablesOf<SupplyTables>(trx);
          const po = await deps.purchaseOrders.loadPo(trx, poKey, true);
          if (po.status !== 'sent' && po.status !== 'partly_received')
            throw conflict(
              'SUPPLY_PO_NOT_RECEIVABLE',
              `${po.number} is ${po.status}: only a sent order can be received.`,
            );
          const location = await receivingLocation(trx, input.location);
          const receivedOn = input.receivedOn ?? deps.clock.today();
          const poLines = await lockedForUpdate(
            trx,
            t.selectFrom('supplyPoLines').selectAll().where('poId', '=', po.id).orderBy('lineNo'),
          ).execute();
          const ledger = stockLedger(trx);
          await ledger.lockParts(
            poLines.map((l) => l.partId),
            deps.clock.now(),
          );

          // Check every line before writing anything, and report every problem at once.
          const errors: FieldError[] = [];
          const seen = new Set<number>();
          const planned = [];
          for (const [i, l] of input.lines.entries()) {
            const poLine = poLines.find((p) => p.lineNo === l.line);
            if (!poLine || seen.has(l.line)) {
              errors.push({
                path: `lines.${i}.line`,
                message: poLine
                  ? 'line received twice in one receipt'
                  : `${po.number} has no line ${l.line}`,
              });
              continue;
            }
            seen.add(l.line);
            const part = partsById.get(poLine.partId)!;
            let quantity: number;
            try {
              quantity = quantityOf(part, l);
            } catch (e) {
              errors.push({ path: `lines.${i}`, message: (e as Error).message });
              continue;
            }
            const open = poLine.quantity - poLine.receivedQuantity;
            if (quantity > open)
              errors.push({
                path: `lines.${i}.quantity`,
                message: `only ${open} open on line ${l.line}`,
              });
            if (part.tracking === 'lot' && !l.lot?.code)
              errors.push({
                path: `lines.${i}.lot`,
                message: `${part.partNumber} is tracked by lot: give the lot code`,
              });
            if (part.tracking !== 'lot' && l.lot)
              errors.push({
                path: `lines.${i}.lot`,
                message: `${part.partNumber} is not tracked by lot`,
              });
            if (po.origin !== 'US' && !part.htsCode)
              errors.push({
                path: `lines.${i}`,
                message: `${part.partNumber} has no HTS code: set it before entering an import`,
              });
            planned.push({ input: l, poLine, part, quantity });
          }
          if (po.origin !== 'US' && !input.entry)
            errors.push({
              path: 'entry',
              message: `goods from ${po.origin} need the customs entry they cleared on`,
            });
          if (errors.length)
            throw invalid(
              'SUPPLY_RECEIPT_INVALID',
              `The receipt for ${po.number} has ${errors.length} problem(s); first: ${errors[0]!.path}: ${errors[0]!.message}.`,
              errors,
            );

          const goods = planned.map((p) => p.quantity * p.poLine.unitPriceCents);
          const entryDate = input.entry?.date ?? receivedOn;
          const number = await nextNumber(trx, 'supply_receipts', 'RCV', receivedOn.slice(0, 4));
          const entry = input.entry
            ? await deps.entries.record(
                actor,
                {
                  entryNumber: input.entry.number,
                  entryDate,
                  reference: `receipt:${number}`,
                  lines: planned.map((p, i) => ({
                    hts: p.part.htsCode ?? '',
                    origin: po.origin,
                    customsValueCents: goods[i]!,
                    description: `${p.part.partNumber} × ${p.quantity} (${po.number})`,
                  })),
                },
                trx,
              )
            : null;
          const landed = landedLines(
            planned.map((_, i) => ({
              goodsCents: goods[i]!,
              dutyCents: entry?.lines[i]!.duty.totalCents ?? 0,
            })),
            {
              freightCents: input.freightCents ?? 0,
              insuranceCents: input.insuranceCents ?? 0,
              brokerageCents: input.brokerageCents ?? 0,
            },
          );

          const now = deps.clock.now();
          const receipt: ReceiptsTable = {
            id: newId(),
            number,
            poId: po.id,
            receivedOn,
            locationId: location.id,
            entryNumber: entry?.entryNumber ?? null,
            entryDate: entry ? entryDate : null,
            origin: po.origin,
            goodsCents: sum(landed, 'goodsCents'),
            dutyCents: sum(landed, 'dutyCents'),
            freightCents: sum(landed, 'freightCents'),
            insuranceCents: sum(landed, 'insuranceCents'),
            brokerageCents: sum(landed, 'brokerageCents'),
            landedCents: sum(landed, 'landedCents'),
            createdBy: actor.id ?? actor.label,
            createdAt: now,
          };
          await t.insertInto('supplyReceipts').values(receipt).execute();
          const lines: ReceiptLinesTable[] = [];
          for (const [i, p] of planned.entries()) {
            const cost = landed[i]!;
            let lotId = '';
            if (p.input.lot) {
              const code = p.input.lot.code.trim();
              const existing = await t
                .selectFrom('supplyLots')
                .select('id')
                .where('partId', '=', p.part.id)
                .where('lotCode', '=', code)
                .executeTakeFirst();
              lotId = existing?.id ?? newId();
              if (!existing)
                await t
                  .insertInto('supplyLots')
                  .values({
                    id: lotId,
                    partId: p.part.id,
                    lotCode: code,
                    dateCode: p.input.lot.dateCode ?? null,
                    supplierId: po.supplierId,
                    receivedOn,
                    unitCostCents: Math.round(cost.landedCents / p.quantity),
                    createdAt: now,
                  })
                  .execute();
            }
            await ledger.move({
              partId: p.part.id,
              lotId,
              to: location.id,
              quantity: p.quantity,
              serials: p.input.serials,
              valueCents: cost.landedCents,
              reason: 'receipt',
              reference: `receipt:${number}`,
              actorId: actor.id ?? actor.label,
              at: now,
              today: receivedOn,
            });
            await t
              .updateTable('supplyPoLines')
              .set((eb) => ({ receivedQuantity: eb('receivedQuantity', '+', p.quantity) }))
              .where('id', '=', p.poLine.id)
              .execute();
            lines.push({
              id: newId(),
              receiptId: receipt.id,
              poLineId: p.poLine.id,
              partId: p.part.id,
              quantity: p.quantity,
              lotId: lotId || null,
              htsCode: p.part.htsCode,
              goodsCents: cost.goodsCents,
              dutyCents: cost.dutyCents,
              dutyLines: JSON.stringify(entry?.lines[i]!.duty.lines ?? []),
              freightCents: cost.freightCents,
              insuranceCents: cost.insuranceCents,
              brokerageCents: cost.brokerageCents,
              landedCents: cost.landedCents,
            });
          }
          await t.insertInto('supplyReceiptLines').values(lines).execute();

          const after = await t
            .selectFrom('supplyPoLines')
            .select(['quantity', 'receivedQuantity'])
            .where('poId', '=', po.id)
            .execute();
          const status: PoStatus = after.every((l) => l.receivedQuantity >= l.quantity)
            ? 'received'
            : 'partly_received';
          await t
            .updateTable('supplyPurchaseOrders')
            .set({ status, updatedAt: now, closedAt: status === 'received' ? now : null })
            .where('id', '=', po.id)
            .execute();
          await deps.audit.record(trx, actor, {
            action: 'supply.receipt.post',
            entityType: 'purchase_order',
            entityId: po.id,
            after: { receipt, lines: lines.length, status },
          });
          await deps.events.emit(trx, {
            type: 'supply.receipt.posted',
            entityType: 'purchase_order',
            entityId: po.id,
            payload: { po: po.number, receipt: number, landedCents: receipt.landedCents, status },
          });
          return presentReceipt(receipt, lines, {
            poNumber: po.number,
            poStatus: status,
            locationCode: location.code,
            lineNoOf: new Map(poLines.map((l) => [l.id, l.lineNo])),
            partNumberOf: new Map([...partsById].map(([id, p]) => [id, p.partNumber])),
          });
        }),
      );
    },

    async receipt(actor: Actor, number: string) {
      requireAnyRole(actor, STAFF_ROLES);
      const t = tablesOf<SupplyTables>(deps.db);
      const receipt = await t
        .selectFrom('supplyReceipts')
        .selectAll()
        .where('number', '=', number)
        .executeTakeFirst();
      if (!receipt) throw notFound('SUPPLY_RECEIPT_NOT_FOUND', `No receipt ${number}.`);
      const [lines, po, location, poLines] = await Promise.all([
        t
          .selectFrom('supplyReceiptLines')
          .selectAll()
          .where('receiptId', '=', receipt.id)
          .execute(),
        deps.purchaseOrders.loadPo(deps.db, receipt.poId),
        t
          .selectFrom('supplyLocations')
          .select('code')
          .where('id', '=', receipt.locationId)
          .executeTakeFirst(),
        t
          .selectFrom('supplyPoLines')
          .select(['id', 'lineNo'])
          .where('poId', '=', receipt.poId)
          .execute(),
      ]);
      const partNumberOf = new Map<string, string>();
      for (const id of new Set(lines.map((l) => l.partId)))
        partNumberOf.set(id, (await deps.catalog.getPart(actor, id)).partNumber);
      return presentReceipt(receipt, lines, {
        poNumber: po.number,
        poStatus: po.status,
        locationCode: location?.code ?? receipt.locationId,
        lineNoOf: new Map(poLines.map((l) => [l.id, l.lineNo])),
        partNumberOf,
      });
    },
  };
}

/** A receipt as people read it: line numbers, part numbers and the duty programs paid. */
function presentReceipt(
  receipt: ReceiptsTable,
  lines: ReceiptLinesTable[],
  names: {
    poNumber: string;
    poStatus: PoStatus;
    locationCode: string;
    lineNoOf: Map<string, number>;
    partNumberOf: Map<string, string>;
  },
) {
  return {
    ...receipt,
    poNumber: names.poNumber,
    poStatus: names.poStatus,
    locationCode: names.locationCode,
    lines: lines.map(({ dutyLines, ...l }) => ({
      ...l,
      lineNo: names.lineNoOf.get(l.poLineId) ?? 0,
      partNumber: names.partNumberOf.get(l.partId) ?? l.partId,
      dutyLines: JSON.parse(dutyLines) as unknown[],
    })),
  };
}

function sum<K extends string>(rows: readonly Record<K, number>[], key: K): number {
  return rows.reduce((s, r) => s + r[key], 0);
}

export type ReceivingService = ReturnType<typeof createReceivingService>;
