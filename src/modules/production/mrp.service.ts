import type { Actor } from '../../platform/authz.js';
import { requireAnyRole, STAFF_ROLES } from '../../platform/authz.js';
import type { AuditLog } from '../../platform/audit/audit.service.js';
import type { Clock } from '../../platform/clock.js';
import { inTransaction, tablesOf, type AnyDb } from '../../platform/db/database.js';
import { conflict, invalid, notFound } from '../../platform/errors.js';
import { newId } from '../../platform/ids.js';
import type { CatalogService } from '../catalog/index.js';
import type { InventoryService, PurchaseOrderService, SupplierService } from '../supply/index.js';
import type { BuildPlanService } from './build-plan.service.js';
import { MrpError, runMrp, type MrpItem, type Peg } from './mrp.engine.js';
import type { ProductionTables } from './production.tables.js';
import { weekIndex, weeksFrom } from './weeks.js';

/** Who runs MRP and acts on it: planners and buyers. */
export const MRP_USERS = ['planner', 'buyer'] as const;

/** Days a part made here takes from release to completion, unless its parameters say otherwise. */
const DEFAULT_MAKE_LEAD_DAYS = 7;

type Break = Awaited<ReturnType<SupplierService['allPriceBreaks']>>[number];

/**
 * The supplier for a planned purchase: the cheapest at that quantity among those whose lead time
 * meets the release date; if none can, the fastest. Restricted parties are passed over while
 * another supplier can serve.
 */
export function chooseSupplier(breaks: readonly Break[], quantity: number, daysToDue: number) {
  const bySupplier = new Map<string, Break[]>();
  for (const b of breaks)
    bySupplier.set(b.supplierId, [...(bySupplier.get(b.supplierId) ?? []), b]);
  const offers = [...bySupplier.values()].flatMap((list) => {
    const fit = list
      .filter((b) => b.minQuantity <= quantity)
      .sort((a, b) => b.minQuantity - a.minQuantity)[0];
    return fit ? [fit] : [];
  });
  if (offers.length === 0) return null;
  const clean = offers.filter((o) => o.restrictedList === null);
  const pool = clean.length ? clean : offers;
  const inTime = pool.filter((o) => Number(o.leadTimeDays) <= daysToDue);
  const ranked = inTime.length
    ? inTime.sort((a, b) => a.unitPriceCents - b.unitPriceCents)
    : pool.sort(
        (a, b) =>
          Number(a.leadTimeDays) - Number(b.leadTimeDays) || a.unitPriceCents - b.unitPriceCents,
      );
  const o = ranked[0]!;
  return {
    supplierId: o.supplierId,
    supplierCode: o.supplierCode,
    unitPriceCents: o.unitPriceCents,
    leadTimeDays: Number(o.leadTimeDays),
    meetsDate: inTime.length > 0,
  };
}

export interface MrpRunResult {
  id: string;
  firstWeek: string;
  weeks: number;
  createdAt: number;
  plannedOrders: {
    id: string;
    partId: string;
    partNumber: string;
    partName: string;
    source: 'make' | 'buy';
    quantity: number;
    releaseDate: string;
    dueDate: string;
    lateWeeks: number;
    supplier: ReturnType<typeof chooseSupplier>;
    pegs: { model: string; week: string; quantity: number }[];
    purchaseOrder: string | null;
  }[];
  shortages: {
    partId: string;
    partNumber: string;
    neededDate: string;
    quantity: number;
    lateWeeks: number;
    pegs: { model: string; week: string; quantity: number }[];
  }[];
  summary: {
    plannedOrders: number;
    toBuy: number;
    toMake: number;
    shortages: number;
    withoutSupplier: number;
  };
}

export function createMrpService(deps: {
  db: AnyDb;
  clock: Clock;
  audit: AuditLog;
  catalog: Pick<CatalogService, 'bomWorld' | 'listModels'>;
  inventory: Pick<InventoryService, 'availableForPlanning'>;
  purchaseOrders: Pick<PurchaseOrderService, 'openSupply' | 'create'>;
  suppliers: Pick<SupplierService, 'allPriceBreaks'>;
  buildPlan: BuildPlanService;
}) {
  const db = tablesOf<ProductionTables>(deps.db);

  async function load(id: string): Promise<MrpRunResult> {
    const row = await db
      .selectFrom('productionMrpRuns')
      .selectAll()
      .where('id', '=', id)
      .executeTakeFirst();
    if (!row) throw notFound('PRODUCTION_MRP_RUN_NOT_FOUND', `No MRP run ${id}.`);
    return JSON.parse(row.result) as MrpRunResult;
  }

  return {
    /** Plan materials for the build plan over `weeks` weeks from this week; the run is kept. */
    async run(actor: Actor, options: { weeks: number }): Promise<MrpRunResult> {
      requireAnyRole(actor, MRP_USERS);
      const today = deps.clock.today();
      const weekStarts = weeksFrom(today, options.weeks);
      const [world, models, available, open, breaks, params, demand] = await Promise.all([
        deps.catalog.bomWorld(actor),
        deps.catalog.listModels(actor),
        deps.inventory.availableForPlanning(actor),
        deps.purchaseOrders.openSupply(actor),
        deps.suppliers.allPriceBreaks(actor),
        db.selectFrom('productionPlanningParams').selectAll().execute(),
        deps.buildPlan.demandFrom(weekStarts[0]!, weekStarts.at(-1)!),
      ]);
      const paramsOf = new Map(params.map((p) => [p.partId, p]));
      const breaksOf = new Map<string, Break[]>();
      for (const b of breaks) breaksOf.set(b.partId, [...(breaksOf.get(b.partId) ?? []), b]);
      const made = new Set(world.revisions.map((r) => r.partId));
      // The build plan is a net schedule: finished units in stock are already promised to
      // customers, so the plan's own items are not netted against them; their parts are.
      const planned = new Set(models.flatMap((m) => (m.unitPartId ? [m.unitPartId] : [])));
      const items = new Map<string, MrpItem>();
      for (const part of world.parts.values()) {
        const p = paramsOf.get(part.id);
        const supplierDays = Math.min(
          ...(breaksOf.get(part.id) ?? []).map((b) => Number(b.leadTimeDays)),
        );
        const days =
          p?.leadTimeDays ??
          (made.has(part.id)
            ? DEFAULT_MAKE_LEAD_DAYS
            : Number.isFinite(supplierDays)
              ? supplierDays
              : 0);
        items.set(part.id, {
          partId: part.id,
          source: made.has(part.id) ? 'make' : 'buy',
          leadTimeWeeks: Math.ceil(days / 7),
          availableNow: planned.has(part.id) ? 0 : (available.get(part.id) ?? 0),
          safetyStock: p?.safetyStock ?? 0,
          minOrderQuantity: p?.minOrderQuantity ?? 0,
          orderMultiple: p?.orderMultiple ?? 1,
        });
      }
      let result;
      try {
        result = runMrp({
          weekStarts,
          items,
          revisions: world.revisions,
          demand: demand.map((d) => ({
            partId: d.partId,
            week: weekIndex(weekStarts[0]!, d.weekStart),
            quantity: d.quantity,
          })),
          scheduledReceipts: open
            .filter((o) => items.has(o.partId))
            .map((o) => ({
              partId: o.partId,
              week: weekIndex(weekStarts[0]!, o.dueDate),
              quantity: Number(o.openQuantity),
              reference: o.number,
            })),
        });
      } catch (error) {
        if (error instanceof MrpError) throw invalid(`PRODUCTION_${error.code}`, error.message);
        throw error;
      }
      const modelOf = new Map(
        models.filter((m) => m.unitPartId).map((m) => [m.unitPartId!, m.name]),
      );
      const pegs = (list: Peg[]) =>
        list.map((p) => ({
          model: modelOf.get(p.rootPartId) ?? p.rootPartId,
          week: weekStarts[p.rootWeek]!,
          quantity: Math.round(p.quantity),
        }));
      const part = (id: string) => world.parts.get(id)!;
      const plannedOrders = result.plannedOrders.map((o) => {
        const releaseDate = weekStarts[o.releaseWeek]!;
        const dueDate = weekStarts[o.dueWeek]!;
        const daysToDue = Math.round((Date.parse(dueDate) - Date.parse(today)) / 86_400_000);
        return {
          id: o.id,
          partId: o.partId,
          partNumber: part(o.partId).partNumber,
          partName: part(o.partId).name,
          source: o.source,
          quantity: o.quantity,
          releaseDate,
          dueDate,
          lateWeeks: o.lateWeeks,
          supplier:
            o.source === 'buy'
              ? chooseSupplier(breaksOf.get(o.partId) ?? [], o.quantity, daysToDue)
              : null,
          pegs: pegs(o.pegs),
          purchaseOrder: null,
        };
      });
      const run: MrpRunResult = {
        id: newId(),
        firstWeek: weekStarts[0]!,
        weeks: options.weeks,
        createdAt: deps.clock.now(),
        plannedOrders,
        shortages: result.shortages.map((s) => ({
          partId: s.partId,
          partNumber: part(s.partId).partNumber,
          neededDate: weekStarts[s.neededWeek]!,
          quantity: s.quantity,
          lateWeeks: s.lateWeeks,
          pegs: pegs(s.pegs),
        })),
        summary: {
          plannedOrders: plannedOrders.length,
          toBuy: plannedOrders.filter((o) => o.source === 'buy').length,
          toMake: plannedOrders.filter((o) => o.source === 'make').length,
          shortages: result.shortages.length,
          withoutSupplier: plannedOrders.filter((o) => o.source === 'buy' && !o.supplier).length,
        },
      };
      await inTransaction(deps.db, async (trx) => {
        await tablesOf<ProductionTables>(trx)
          .insertInto('productionMrpRuns')
          .values({
            id: run.id,
            firstWeek: run.firstWeek,
            weeks: run.weeks,
            result: JSON.stringify(run),
            createdBy: actor.id ?? actor.label,
            createdAt: run.createdAt,
          })
          .execute();
        await deps.audit.record(trx, actor, {
          action: 'production.mrp.run',
          entityType: 'mrp_run',
          entityId: run.id,
          after: run.summary,
        });
      });
      return run;
    },

    async get(actor: Actor, id: string) {
      requireAnyRole(actor, STAFF_ROLES);
      if (id === 'latest') {
        const last = await db
          .selectFrom('productionMrpRuns')
          .select('id')
          .orderBy('id', 'desc')
          .executeTakeFirst();
        if (!last) throw notFound('PRODUCTION_MRP_RUN_NOT_FOUND', 'MRP has not been run yet.');
        return load(last.id);
      }
      return load(id);
    },

    /**
     * Turn planned purchases of a run into draft purchase orders, one per supplier, in one action:
     * the listed ones, or all not ordered yet. Each order converted is marked with its PO number,
     * and listing one already ordered is refused, so nothing is ordered twice.
     */
    async draftPurchaseOrders(actor: Actor, runId: string, orderIds?: string[]) {
      requireAnyRole(actor, MRP_USERS);
      const run = await load(runId);
      // Without a list: every planned purchase not ordered yet. With one: exactly those.
      const chosen = run.plannedOrders.filter((o) =>
        orderIds
          ? o.source === 'buy' && orderIds.includes(o.id)
          : o.source === 'buy' && !o.purchaseOrder,
      );
      if (orderIds) {
        const unknown = orderIds.filter(
          (id) => !run.plannedOrders.some((o) => o.id === id && o.source === 'buy'),
        );
        if (unknown.length)
          throw invalid(
            'PRODUCTION_MRP_ORDER_UNKNOWN',
            `Not planned purchases of this run: ${unknown.join(', ')}.`,
          );
      }
      const done = chosen.filter((o) => o.purchaseOrder);
      if (done.length)
        throw conflict(
          'PRODUCTION_MRP_ALREADY_ORDERED',
          `${done.map((o) => `${o.id} → ${o.purchaseOrder}`).join(', ')} already ordered.`,
        );
      const bySupplier = new Map<string, typeof chosen>();
      const skipped: { id: string; partNumber: string; reason: string }[] = [];
      for (const o of chosen) {
        if (!o.supplier) {
          skipped.push({
            id: o.id,
            partNumber: o.partNumber,
            reason: 'no supplier prices this part',
          });
          continue;
        }
        bySupplier.set(o.supplier.supplierCode, [
          ...(bySupplier.get(o.supplier.supplierCode) ?? []),
          o,
        ]);
      }
      const created: {
        id: string;
        number: string;
        status: string;
        warnings: string[];
        supplier: string;
        lines: number;
      }[] = [];
      for (const [supplier, orders] of bySupplier) {
        const po = await deps.purchaseOrders.create(actor, {
          supplier,
          orderDate: deps.clock.today(),
          note: `From MRP run ${run.id}`,
          lines: orders.map((o) => ({
            part: o.partId,
            quantity: o.quantity,
            unitPriceCents: o.supplier!.unitPriceCents,
            dueDate: o.dueDate,
          })),
        });
        for (const o of orders) o.purchaseOrder = po.number;
        created.push({ ...po, supplier, lines: orders.length });
      }
      await inTransaction(deps.db, async (trx) => {
        await tablesOf<ProductionTables>(trx)
          .updateTable('productionMrpRuns')
          .set({ result: JSON.stringify(run) })
          .where('id', '=', run.id)
          .execute();
        await deps.audit.record(trx, actor, {
          action: 'production.mrp.draft_pos',
          entityType: 'mrp_run',
          entityId: run.id,
          after: { created, skipped },
        });
      });
      return { created, skipped };
    },

    async setParams(
      actor: Actor,
      partId: string,
      input: {
        leadTimeDays?: number | null | undefined;
        safetyStock?: number | undefined;
        minOrderQuantity?: number | undefined;
        orderMultiple?: number | undefined;
        note?: string | null | undefined;
      },
    ) {
      requireAnyRole(actor, MRP_USERS);
      const now = deps.clock.now();
      const row = {
        partId,
        leadTimeDays: input.leadTimeDays ?? null,
        safetyStock: input.safetyStock ?? 0,
        minOrderQuantity: input.minOrderQuantity ?? 0,
        orderMultiple: input.orderMultiple ?? 1,
        note: input.note ?? null,
        updatedAt: now,
      };
      await inTransaction(deps.db, async (trx) => {
        await tablesOf<ProductionTables>(trx)
          .insertInto('productionPlanningParams')
          .values(row)
          .onConflict((oc) =>
            oc.column('partId').doUpdateSet({
              leadTimeDays: row.leadTimeDays,
              safetyStock: row.safetyStock,
              minOrderQuantity: row.minOrderQuantity,
              orderMultiple: row.orderMultiple,
              note: row.note,
              updatedAt: now,
            }),
          )
          .execute();
        await deps.audit.record(trx, actor, {
          action: 'production.planning_params.set',
          entityType: 'part',
          entityId: partId,
          after: row,
        });
      });
      return row;
    },
  };
}

export type MrpService = ReturnType<typeof createMrpService>;
