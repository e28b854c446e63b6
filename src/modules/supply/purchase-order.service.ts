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
import { conflict, invalid, notFound } from '../../platform/errors.js';
import type { EventBus } from '../../platform/events/events.js';
import { newId } from '../../platform/ids.js';
import type { CatalogService } from '../catalog/index.js';
import { nextNumber, withNumber } from '../../platform/db/document-number.js';
import { priceFor, restrictedWarning, type SupplierService } from './supplier.service.js';
import type { PoLinesTable, PoStatus, PurchaseOrdersTable, SupplyTables } from './supply.tables.js';

export const BUYERS = ['buyer'] as const;
export const DRAFTERS = ['buyer', 'planner'] as const;
/** $100 billion: beyond it a line is a typing error, and money must stay exact in cents. */
const MAX_LINE_CENTS = 10_000_000_000_000;

/** The PO life cycle; receiving moves `sent` and `partly_received` on by itself. */
const NEXT: Record<PoStatus, readonly PoStatus[]> = {
  draft: ['approved', 'cancelled'],
  approved: ['sent', 'cancelled'],
  sent: ['partly_received', 'received', 'cancelled'],
  partly_received: ['partly_received', 'received'],
  received: [],
  cancelled: [],
};

export function assertTransition(from: PoStatus, to: PoStatus, number: string): void {
  if (!NEXT[from].includes(to))
    throw conflict('SUPPLY_PO_BAD_TRANSITION', `${number} is ${from}: it cannot become ${to}.`);
}

export interface PoInput {
  supplier: string;
  orderDate?: string | undefined;
  dueDate?: string | undefined;
  incoterm?: string | undefined;
  origin?: string | undefined;
  freightEstimateCents?: number | undefined;
  note?: string | null | undefined;
  lines: {
    part: string;
    quantity: number;
    unitPriceCents?: number | undefined;
    dueDate?: string | undefined;
  }[];
}

export const poNotFound = (key: string) =>
  notFound('SUPPLY_PO_NOT_FOUND', `No purchase order "${key}".`);

function addDays(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

export function createPurchaseOrderService(deps: {
  db: AnyDb;
  clock: Clock;
  audit: AuditLog;
  events: EventBus;
  catalog: Pick<CatalogService, 'getPart' | 'partsById'>;
  suppliers: SupplierService;
}) {
  const db = tablesOf<SupplyTables>(deps.db);

  async function loadPo(on: AnyDb, key: string, lock = false) {
    const q = tablesOf<SupplyTables>(on)
      .selectFrom('supplyPurchaseOrders')
      .selectAll()
      .where((eb) => eb.or([eb('id', '=', key), eb('number', '=', key)]));
    const po = await (lock ? lockedForUpdate(on, q) : q).executeTakeFirst();
    if (!po) throw poNotFound(key);
    return po;
  }

  async function changeStatus(
    actor: Actor,
    key: string,
    to: PoStatus,
    extra: (po: PurchaseOrdersTable) => Partial<PurchaseOrdersTable>,
  ) {
    return inTransaction(deps.db, async (trx) => {
      const po = await loadPo(trx, key, true);
      assertTransition(po.status, to, po.number);
      const set = { ...extra(po), status: to, updatedAt: deps.clock.now() };
      await tablesOf<SupplyTables>(trx)
        .updateTable('supplyPurchaseOrders')
        .set(set)
        .where('id', '=', po.id)
        .execute();
      await deps.audit.record(trx, actor, {
        action: `supply.po.${to}`,
        entityType: 'purchase_order',
        entityId: po.id,
        before: { status: po.status },
        after: set,
      });
      await deps.events.emit(trx, {
        type: 'supply.po.status_changed',
        entityType: 'purchase_order',
        entityId: po.id,
        payload: { number: po.number, from: po.status, to },
      });
      return { ...po, ...set };
    });
  }

  return {
    loadPo,

    async list(
      actor: Actor,
      filter: { status?: PoStatus | undefined; supplier?: string | undefined },
    ) {
      requireAnyRole(actor, STAFF_ROLES);
      let q = db
        .selectFrom('supplyPurchaseOrders as po')
        .innerJoin('supplySuppliers as s', 's.id', 'po.supplierId')
        .select([
          'po.id',
          'po.number',
          'po.status',
          'po.orderDate',
          'po.dueDate',
          'po.origin',
          'po.incoterm',
          's.code as supplierCode',
          's.name as supplierName',
          's.restrictedList',
        ])
        .select((eb) => [
          eb
            .selectFrom('supplyPoLines as l')
            .whereRef('l.poId', '=', 'po.id')
            .select((e) =>
              e.fn
                .coalesce(
                  e.fn.sum<number>(e('l.quantity', '*', e.ref('l.unitPriceCents'))),
                  e.lit(0),
                )
                .as('v'),
            )
            .as('totalCents'),
          eb
            .selectFrom('supplyPoLines as l')
            .whereRef('l.poId', '=', 'po.id')
            .select((e) => e.fn.coalesce(e.fn.sum<number>('l.quantity'), e.lit(0)).as('q'))
            .as('quantity'),
          eb
            .selectFrom('supplyPoLines as l')
            .whereRef('l.poId', '=', 'po.id')
            .select((e) => e.fn.coalesce(e.fn.sum<number>('l.receivedQuantity'), e.lit(0)).as('r'))
            .as('receivedQuantity'),
        ]);
      if (filter.status) q = q.where('po.status', '=', filter.status);
      if (filter.supplier)
        q = q.where((eb) =>
          eb.or([eb('s.code', '=', filter.supplier!), eb('s.id', '=', filter.supplier!)]),
        );
      const rows = await q.orderBy('po.number', 'desc').limit(500).execute();
      return rows.map((r) => ({
        ...r,
        totalCents: Number(r.totalCents),
        quantity: Number(r.quantity),
        receivedQuantity: Number(r.receivedQuantity),
        restricted: r.restrictedList !== null,
      }));
    },

    async get(actor: Actor, key: string) {
      requireAnyRole(actor, STAFF_ROLES);
      const po = await loadPo(deps.db, key);
      const supplier = await deps.suppliers.supplier(po.supplierId);
      const lines = await db
        .selectFrom('supplyPoLines')
        .selectAll()
        .where('poId', '=', po.id)
        .orderBy('lineNo')
        .execute();
      const parts = await deps.catalog.partsById(
        actor,
        lines.map((l) => l.partId),
      );
      const receipts = await db
        .selectFrom('supplyReceipts')
        .selectAll()
        .where('poId', '=', po.id)
        .orderBy('number')
        .execute();
      return {
        ...po,
        supplier: deps.suppliers.present(supplier),
        lines: lines.map((l) => {
          const p = parts.get(l.partId);
          return {
            ...l,
            partNumber: p?.partNumber ?? l.partId,
            partName: p?.name ?? '',
            tracking: p?.tracking ?? 'none',
            htsCode: p?.htsCode ?? null,
            openQuantity: l.quantity - l.receivedQuantity,
          };
        }),
        totalCents: lines.reduce((s, l) => s + l.quantity * l.unitPriceCents, 0),
        receipts,
      };
    },

    /**
     * A draft PO, priced from the supplier's breaks where a price is not given. Planners may
     * draft (MRP proposals become drafts); only buyers approve and send.
     */
    async create(actor: Actor, input: PoInput) {
      requireAnyRole(actor, DRAFTERS);
      const supplier = await deps.suppliers.supplier(input.supplier);
      const breaks = await deps.suppliers.breaksOf(supplier.id);
      const orderDate = input.orderDate ?? deps.clock.today();
      const lines: Omit<PoLinesTable, 'poId'>[] = [];
      for (const [i, l] of input.lines.entries()) {
        const part = await deps.catalog.getPart(actor, l.part);
        const price = priceFor(
          breaks.filter((b) => b.partId === part.id),
          l.quantity,
        );
        const unitPriceCents = l.unitPriceCents ?? price?.unitPriceCents;
        if (unitPriceCents === undefined)
          throw invalid(
            'SUPPLY_PRICE_MISSING',
            `${supplier.code} has no price for ${part.partNumber} at ${l.quantity}: give unitPriceCents.`,
            [{ path: `lines.${i}.unitPriceCents`, message: 'required: no price break applies' }],
          );
        if (l.quantity * unitPriceCents > MAX_LINE_CENTS)
          throw invalid('SUPPLY_LINE_TOO_LARGE', `Line ${i + 1} is worth more than $100 billion.`, [
            { path: `lines.${i}`, message: 'quantity × price is too large' },
          ]);
        const lead = price?.leadTimeDays ?? supplier.leadTimeDays;
        lines.push({
          id: newId(),
          lineNo: i + 1,
          partId: part.id,
          quantity: l.quantity,
          unitPriceCents,
          dueDate: l.dueDate ?? input.dueDate ?? addDays(orderDate, lead),
          receivedQuantity: 0,
        });
      }
      const totalCents = lines.reduce((s, l) => s + l.quantity * l.unitPriceCents, 0);
      const warnings = [
        restrictedWarning(supplier),
        totalCents < supplier.minOrderCents
          ? `Below ${supplier.code}'s minimum order of $${(supplier.minOrderCents / 100).toFixed(2)}.`
          : null,
      ].filter((w): w is string => w !== null);
      const now = deps.clock.now();
      const po = await withNumber(() =>
        inTransaction(deps.db, async (trx) => {
          const row: PurchaseOrdersTable = {
            id: newId(),
            number: await nextNumber(trx, 'supply_purchase_orders', 'PO', orderDate.slice(0, 4)),
            supplierId: supplier.id,
            status: 'draft',
            orderDate,
            dueDate:
              input.dueDate ??
              lines
                .map((l) => l.dueDate)
                .sort()
                .at(-1)!,
            incoterm: input.incoterm ?? 'FOB',
            origin: (input.origin ?? supplier.country).toUpperCase(),
            freightEstimateCents: input.freightEstimateCents ?? 0,
            note: input.note ?? null,
            restrictedAcknowledgedBy: null,
            createdBy: actor.id ?? actor.label,
            approvedBy: null,
            approvedAt: null,
            sentAt: null,
            closedAt: null,
            createdAt: now,
            updatedAt: now,
          };
          const t = tablesOf<SupplyTables>(trx);
          await t.insertInto('supplyPurchaseOrders').values(row).execute();
          await t
            .insertInto('supplyPoLines')
            .values(lines.map((l) => ({ ...l, poId: row.id })))
            .execute();
          await deps.audit.record(trx, actor, {
            action: 'supply.po.create',
            entityType: 'purchase_order',
            entityId: row.id,
            after: { ...row, lines },
          });
          return row;
        }),
      );
      return { id: po.id, number: po.number, status: po.status, warnings };
    },

    approve: (actor: Actor, key: string) => {
      requireAnyRole(actor, BUYERS);
      return changeStatus(actor, key, 'approved', () => ({
        approvedBy: actor.id ?? actor.label,
        approvedAt: deps.clock.now(),
      }));
    },

    /**
     * Send the order to the supplier. A restricted party stops here with its warning unless the
     * buyer acknowledges it, and the acknowledgement is kept on the order.
     */
    async send(
      actor: Actor,
      key: string,
      options: { acknowledgeRestricted?: boolean | undefined } = {},
    ) {
      requireAnyRole(actor, BUYERS);
      const po = await loadPo(deps.db, key);
      assertTransition(po.status, 'sent', po.number);
      const warning = restrictedWarning(await deps.suppliers.supplier(po.supplierId));
      if (warning && !options.acknowledgeRestricted)
        throw conflict(
          'SUPPLY_RESTRICTED_PARTY',
          `${warning} Confirm with acknowledgeRestricted to send ${po.number} anyway.`,
        );
      return changeStatus(actor, key, 'sent', () => ({
        sentAt: deps.clock.now(),
        restrictedAcknowledgedBy: warning ? (actor.id ?? actor.label) : null,
      }));
    },

    async cancel(actor: Actor, key: string) {
      requireAnyRole(actor, BUYERS);
      return changeStatus(actor, key, 'cancelled', () => ({ closedAt: deps.clock.now() }));
    },

    /** Open quantities by part and due date: what MRP nets against. */
    async openSupply(actor: Actor) {
      requireAnyRole(actor, STAFF_ROLES);
      return db
        .selectFrom('supplyPoLines as l')
        .innerJoin('supplyPurchaseOrders as po', 'po.id', 'l.poId')
        .select(['po.number', 'l.partId', 'l.dueDate', 'po.status'])
        .select((eb) => eb('l.quantity', '-', eb.ref('l.receivedQuantity')).as('openQuantity'))
        .where('po.status', 'in', ['approved', 'sent', 'partly_received'])
        .whereRef('l.receivedQuantity', '<', 'l.quantity')
        .orderBy('l.dueDate')
        .execute();
    },
  };
}

export type PurchaseOrderService = ReturnType<typeof createPurchaseOrderService>;
