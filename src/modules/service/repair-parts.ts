import type { Actor } from '../../platform/authz.js';
import { requireAnyRole, STAFF_ROLES } from '../../platform/authz.js';
import { inTransaction, tablesOf } from '../../platform/db/database.js';
import { conflict, invalid } from '../../platform/errors.js';
import { newId } from '../../platform/ids.js';
import { locationOrThrow, stockWithin } from '../supply/index.js';
import { loadRmaUnit } from './rma.moves.js';
import { slaView } from './rma.states.js';
import { DEPOT, type ServiceDeps } from './service.deps.js';
import type { ServiceTables } from './service.tables.js';

/** The depot's spares shelf and where removed parts wait for failure analysis. */
export const DEPOT_LOCATION = 'DEPOT';
export const QUARANTINE_LOCATION = 'QUAR';

export interface PartSwapInput {
  partNumber: string;
  /** Serial-tracked parts: the serial taken out of the machine. */
  removedSerial?: string | undefined;
  /** Serial-tracked parts: the spare's serial, scanned from the depot shelf. */
  installedSerial?: string | undefined;
  /** Bulk parts (fans): how many. */
  quantity?: number | undefined;
}

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
      const part = await deps.catalog.getPart(actor, input.partNumber);
      const serialized = part.tracking === 'serial';
      const quantity = serialized ? 1 : (input.quantity ?? 1);
      if (serialized && (!input.removedSerial?.trim() || !input.installedSerial?.trim()))
        throw invalid(
          'SERVICE_SERIALS_REQUIRED',
          `${part.partNumber} is tracked by serial: scan the one removed and the spare installed.`,
        );
      if (!Number.isInteger(quantity) || quantity < 1 || quantity > 50)
        throw invalid('SERVICE_QUANTITY', 'Replace between 1 and 50 of a bulk part.');
      const removedSerial = serialized ? input.removedSerial!.trim() : null;
      const installedSerial = serialized ? input.installedSerial!.trim() : null;
      if (removedSerial && removedSerial === installedSerial)
        throw invalid(
          'SERVICE_SAME_SERIAL',
          'The spare must be another part than the one removed.',
        );
      const [depot, quarantine] = await Promise.all([
        locationOrThrow(deps.db, DEPOT_LOCATION),
        locationOrThrow(deps.db, QUARANTINE_LOCATION),
      ]);
      const at = deps.clock.now();
      const today = deps.clock.today();
      return inTransaction(deps.db, async (trx) => {
        const { unit, rma } = await loadRmaUnit(trx, actor, key, true);
        if (unit.status !== 'repairing')
          throw conflict(
            'SERVICE_NOT_REPAIRING',
            `${unit.serial} is ${unit.status.replaceAll('_', ' ')}: parts are replaced while repairing.`,
          );
        const reference = `rma:${rma.number}`;
        const stock = stockWithin(trx, actor, at, today);
        await stock.lockParts([part.id]);
        const used = await stock.consume({
          partId: part.id,
          locationId: depot.id,
          quantity,
          serials: installedSerial ? [installedSerial] : undefined,
          lotTracked: part.tracking === 'lot',
          reference,
          reason: 'repair',
        });
        if (unit.unitId)
          await deps.production.repairs.swap(trx, actor, {
            unitId: unit.unitId,
            partId: part.id,
            removedSerial,
            installedSerial,
            quantity,
            at,
            reference,
          });
        await stock.takeBack({
          partId: part.id,
          locationId: quarantine.id,
          quantity,
          serials: removedSerial ? [removedSerial] : undefined,
          reference,
        });
        const t = tablesOf<ServiceTables>(trx);
        const by = actor.id ?? actor.label;
        await t
          .insertInto('serviceRepairParts')
          .values([
            {
              id: newId(),
              rmaUnitId: unit.id,
              action: 'removed',
              partId: part.id,
              partNumber: part.partNumber,
              serial: removedSerial,
              quantity,
              costCents: 0,
              disposition: 'quarantine',
              at,
              by,
            },
            {
              id: newId(),
              rmaUnitId: unit.id,
              action: 'installed',
              partId: part.id,
              partNumber: part.partNumber,
              serial: installedSerial,
              quantity,
              costCents: used.valueCents,
              disposition: null,
              at,
              by,
            },
          ])
          .execute();
        if (removedSerial)
          await t
            .deleteFrom('serviceComponentWarranties')
            .where('componentSerial', 'in', [removedSerial, installedSerial!])
            .execute();
        if (installedSerial)
          await t
            .insertInto('serviceComponentWarranties')
            .values({
              componentSerial: installedSerial,
              partId: part.id,
              partNumber: part.partNumber,
              unitSerial: unit.serial,
              rmaUnitId: unit.id,
              startsOn: null,
              endsOn: null,
            })
            .execute();
        await deps.audit.record(trx, actor, {
          action: 'service.repair.replace_part',
          entityType: 'rma_unit',
          entityId: unit.id,
          before: { serial: removedSerial, partNumber: part.partNumber },
          after: { serial: installedSerial, quantity, costCents: used.valueCents, rma: rma.number },
          customerId: rma.customerId,
        });
        return {
          status: unit.status,
          partNumber: part.partNumber,
          removedSerial,
          installedSerial,
          quantity,
          costCents: used.valueCents,
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
        nominal: { hashrateThs: model.hashrateThs, boards: model.boards, fans: model.fans },
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
