import type { Actor } from '../../platform/authz.js';
import { requireAnyRole, STAFF_ROLES } from '../../platform/authz.js';
import { inTransaction, tablesOf } from '../../platform/db/database.js';
import { conflict } from '../../platform/errors.js';
import { newId } from '../../platform/ids.js';
import { locationOrThrow } from '../supply/index.js';
import { resolveSwap, swapPart, type PartSwapInput } from './part-swap.js';
import { loadRmaUnit } from './rma.moves.js';
import { slaView } from './rma.states.js';
import { DEPOT, type ServiceDeps } from './service.deps.js';
import type { ServiceTables } from './service.tables.js';

/** The depot's spares shelf and where removed parts wait for failure analysis. */
export const DEPOT_LOCATION = 'DEPOT';
export const QUARANTINE_LOCATION = 'QUAR';

/**
 * Replacing a part on the bench, in one commit: the spare leaves depot stock (a repair move),
 * the machine's genealogy swaps the component when it was built here, the removed part enters
 * quarantine at no value for failure analysis, and the spare gets repaired-part cover from the
 * day the machine ships back.
 */
export function createRepairParts(deps: ServiceDeps) {
  const db = tablesOf<ServiceTables>(deps.db);

  return {
    async replace(actor: Actor, key: string, input: PartSwapInput) {
      requireAnyRole(actor, DEPOT);
      const swap = await resolveSwap(deps, actor, input);
      const [depot, quarantine] = await Promise.all([
        locationOrThrow(deps.db, DEPOT_LOCATION),
        locationOrThrow(deps.db, QUARANTINE_LOCATION),
      ]);
      return inTransaction(deps.db, async (trx) => {
        const { unit, rma } = await loadRmaUnit(trx, actor, key, true);
        if (unit.status !== 'repairing')
          throw conflict(
            'SERVICE_NOT_REPAIRING',
            `${unit.serial} is ${unit.status.replaceAll('_', ' ')}: parts are replaced while repairing.`,
          );
        const { costCents, at } = await swapPart(trx, deps, actor, {
          ...swap,
          machine: { serial: unit.serial, unitId: unit.unitId },
          repairId: unit.id,
          from: depot.id,
          quarantine: quarantine.id,
          reference: `rma:${rma.number}`,
        });
        const by = actor.id ?? actor.label;
        const row = {
          rmaUnitId: unit.id,
          partId: swap.part.id,
          partNumber: swap.part.partNumber,
          quantity: swap.quantity,
          at,
          by,
        };
        await tablesOf<ServiceTables>(trx)
          .insertInto('serviceRepairParts')
          .values([
            {
              ...row,
              id: newId(),
              action: 'removed',
              serial: swap.removedSerial,
              costCents: 0,
              disposition: 'quarantine',
            },
            {
              ...row,
              id: newId(),
              action: 'installed',
              serial: swap.installedSerial,
              costCents,
              disposition: null,
            },
          ])
          .execute();
        await deps.audit.record(trx, actor, {
          action: 'service.repair.replace_part',
          entityType: 'rma_unit',
          entityId: unit.id,
          before: { serial: swap.removedSerial, partNumber: swap.part.partNumber },
          after: {
            serial: swap.installedSerial,
            quantity: swap.quantity,
            costCents,
            rma: rma.number,
          },
          customerId: rma.customerId,
        });
        return {
          status: unit.status,
          partNumber: swap.part.partNumber,
          removedSerial: swap.removedSerial,
          installedSerial: swap.installedSerial,
          quantity: swap.quantity,
          costCents,
          genealogyUpdated: unit.unitId !== null,
        };
      });
    },

    /** Everything the repair screen shows about one machine on the bench. */
    async view(actor: Actor, key: string) {
      requireAnyRole(actor, STAFF_ROLES);
      const { unit, rma } = await loadRmaUnit(deps.db, actor, key);
      const [parts, tests, codes, inside, model] = await Promise.all([
        db
          .selectFrom('serviceRepairParts')
          .selectAll()
          .where('rmaUnitId', '=', unit.id)
          .orderBy('at')
          .execute(),
        db
          .selectFrom('serviceRepairTests')
          .selectAll()
          .where('rmaUnitId', '=', unit.id)
          .orderBy('attempt')
          .execute(),
        db.selectFrom('serviceFaultCodes').selectAll().orderBy('sortOrder').execute(),
        deps.production.repairs.components(unit.serial),
        deps.catalog.getModel(actor, unit.modelName),
      ]);
      const partNames = await deps.catalog.partsById(
        actor,
        (inside?.components ?? []).map((c) => c.componentPartId),
      );
      const diagnosis = JSON.parse(unit.diagnosis) as string[];
      const kinds = new Set(
        [unit.reportedFault, ...diagnosis]
          .map((c) => codes.find((x) => x.code === c)?.partKind)
          .filter((k): k is string => !!k),
      );
      const spares = await deps.inventory.balances(actor, {
        location: DEPOT_LOCATION,
        nonZero: true,
      });
      const kitParts = await deps.catalog.partsById(
        actor,
        spares.map((s) => s.partId),
      );
      return {
        rma: rma.number,
        unitId: unit.id,
        serial: unit.serial,
        model: unit.modelName,
        nominal: {
          hashrateThs: model.hashrateThs,
          boards: model.boards,
          chipsPerBoard: model.chipsPerBoard,
          fans: model.fans,
        },
        status: unit.status,
        eligibility: unit.eligibility,
        reportedFault: unit.reportedFault,
        diagnosis,
        sla: slaView(unit, deps.clock.now()),
        components: (inside?.components ?? []).map((c) => ({
          partNumber: partNames.get(c.componentPartId)?.partNumber ?? c.componentPartId,
          kind: partNames.get(c.componentPartId)?.kind ?? 'other',
          serial: c.componentSerial,
          lotCode: c.lotCode,
          quantity: c.quantity,
        })),
        builtHere: inside !== null,
        parts: parts.map((p) => ({ ...p, at: Number(p.at), costCents: Number(p.costCents) })),
        tests: tests.map((x) => ({
          attempt: x.attempt,
          result: x.result,
          reasons: JSON.parse(x.reasons) as string[],
          hashrateBp: x.hashrateBp,
          at: Number(x.at),
        })),
        /** Depot spares of the kinds the faults point at: the suggested kit. */
        suggestedSpares: spares
          .filter((s) => kinds.has(kitParts.get(s.partId)?.kind ?? ''))
          .map((s) => ({ partNumber: s.partNumber, name: s.partName, available: s.available })),
      };
    },
  };
}

export type RepairParts = ReturnType<typeof createRepairParts>;
