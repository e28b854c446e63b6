import type { Actor } from '../../platform/authz.js';
import { requireAnyRole, STAFF_ROLES } from '../../platform/authz.js';
import type { AuditLog } from '../../platform/audit/audit.service.js';
import type { Clock } from '../../platform/clock.js';
import { inTransaction, tablesOf, type AnyDb } from '../../platform/db/database.js';
import { conflict } from '../../platform/errors.js';
import type { CatalogService } from '../catalog/index.js';
import { locationOrThrow, stockWithin } from '../supply/index.js';
import type { ProductionTables } from './production.tables.js';
import { unitStructure } from './unit-structure.js';
import { LINE_ROLES, type WorkOrderService } from './work-order.service.js';

/**
 * Kitting a work order: for the units not yet kitted, every part of the BOM (hashboard parts
 * times boards per unit) is held for the work order in stores and moved to its line. Building
 * then consumes the held stock first, so one order's kit is not eaten by another.
 */
export function createKittingService(deps: {
  db: AnyDb;
  clock: Clock;
  audit: AuditLog;
  catalog: Pick<CatalogService, 'bomWorld'>;
  workOrders: WorkOrderService;
  routingOf: (model: string) => Promise<{ operation: string }[]>;
}) {
  return {
    /**
     * What the line needs for one unit of a work order today: the hashboards and the part
     * serials scanned at final assembly, the parts taken from the line by quantity, and the
     * routing's operations in order.
     */
    async buildSheet(actor: Actor, key: string) {
      requireAnyRole(actor, STAFF_ROLES);
      const wo = await deps.workOrders.load(deps.db, key);
      const { lines, board, boardLines } = await unitStructure(
        deps.catalog,
        actor,
        wo.partId,
        deps.clock.today(),
      );
      const item = (l: (typeof lines)[number]) => ({
        partNumber: l.part.partNumber,
        name: l.part.name,
        quantity: l.quantity,
      });
      const rest = lines.filter((l) => l !== board);
      return {
        workOrder: wo.number,
        model: wo.modelName,
        hashboard: board ? { ...item(board), components: boardLines.map(item) } : null,
        scanned: rest.filter((l) => l.part.tracking === 'serial').map(item),
        fromLine: rest.filter((l) => l.part.tracking !== 'serial').map(item),
        operations: (await deps.routingOf(wo.modelName)).map((r) => r.operation),
      };
    },

    async kit(
      actor: Actor,
      key: string,
      input: { from?: string | undefined; units?: number | undefined },
    ) {
      requireAnyRole(actor, LINE_ROLES);
      const wo = await deps.workOrders.load(deps.db, key);
      if (wo.status === 'completed' || wo.status === 'cancelled')
        throw conflict('PRODUCTION_WORK_ORDER_CLOSED', `${wo.number} is ${wo.status}.`);
      const open = wo.quantity - wo.kittedUnits;
      const units = Math.min(input.units ?? open, open);
      if (units <= 0)
        throw conflict(
          'PRODUCTION_ALREADY_KITTED',
          `All ${wo.quantity} units of ${wo.number} are kitted.`,
        );
      const { lines, board, boardLines } = await unitStructure(
        deps.catalog,
        actor,
        wo.partId,
        deps.clock.today(),
      );
      const needs = new Map<string, { part: (typeof lines)[number]['part']; quantity: number }>();
      const add = (part: (typeof lines)[number]['part'], quantity: number) =>
        needs.set(part.id, { part, quantity: (needs.get(part.id)?.quantity ?? 0) + quantity });
      for (const l of lines) if (l !== board) add(l.part, l.quantity * units);
      for (const l of boardLines) add(l.part, l.quantity * (board?.quantity ?? 0) * units);
      const from = await locationOrThrow(deps.db, input.from ?? 'RAW');
      const to = await locationOrThrow(deps.db, wo.lineLocationId);
      const at = deps.clock.now();
      const demand = `work_order:${wo.number}`;
      return inTransaction(deps.db, async (trx) => {
        const stock = stockWithin(trx, actor, at, deps.clock.today());
        await stock.lockParts([...needs.keys()]);
        const kitted = [];
        for (const { part, quantity } of [...needs.values()].sort((a, b) =>
          a.part.partNumber.localeCompare(b.part.partNumber),
        )) {
          const held = await stock.kit({ part, from, to, quantity, demand });
          const codes = await stock.lotCodes(held.map((h) => h.lotId).filter(Boolean));
          kitted.push({
            partNumber: part.partNumber,
            quantity,
            lots: held
              .filter((h) => h.lotId)
              .map((h) => ({ lotCode: codes.get(h.lotId) ?? h.lotId, quantity: h.quantity })),
            serials: held.flatMap((h) => (h.serial ? [h.serial] : [])),
          });
        }
        const updated = await tablesOf<ProductionTables>(trx)
          .updateTable('productionWorkOrders')
          .set({ kittedUnits: wo.kittedUnits + units, updatedAt: at })
          .where('id', '=', wo.id)
          .where('kittedUnits', '=', wo.kittedUnits)
          .executeTakeFirst();
        if (Number(updated.numUpdatedRows) !== 1)
          throw conflict('PRODUCTION_KIT_RACE', `${wo.number} was kitted meanwhile: look again.`);
        await deps.audit.record(trx, actor, {
          action: 'production.work_order.kit',
          entityType: 'work_order',
          entityId: wo.id,
          after: { units, from: from.code, to: to.code, kitted },
        });
        return { workOrder: wo.number, units, from: from.code, to: to.code, lines: kitted };
      });
    },
  };
}

export type KittingService = ReturnType<typeof createKittingService>;
