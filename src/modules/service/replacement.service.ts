import type { Actor } from '../../platform/authz.js';
import { requireAnyRole, STAFF_ROLES } from '../../platform/authz.js';
import { inTransaction, isUniqueViolation, tablesOf } from '../../platform/db/database.js';
import { conflict, invalid } from '../../platform/errors.js';
import { newId } from '../../platform/ids.js';
import { loadRma, loadRmaUnit, moveUnits, unitsToMove } from './rma.moves.js';
import type { RmaService } from './rma.service.js';
import { DEPOT, SERVICE_DESK, type ServiceDeps } from './service.deps.js';
import type { RmaUnitsTable, ServiceTables, SlaTiersTable } from './service.tables.js';

/** Does the tier's policy give this machine a replacement ahead? */
export function entitled(tier: Pick<SlaTiersTable, 'advanceReplacement'>, unit: RmaUnitsTable) {
  if (tier.advanceReplacement === 'never') return false;
  if (tier.advanceReplacement === 'doa') return unit.eligibility === 'doa';
  return unit.eligibility !== 'out_of_warranty' && unit.eligibility !== 'void';
}

/**
 * Advance replacement: refurbished machines from the pool ship to the site before the failed
 * ones come back, for the machines the customer's tier entitles. The replacement joins the
 * customer's installed base with the cover of the machine it replaces; the failed machine,
 * once repaired, joins the pool instead of going back.
 */
export function createReplacementService(deps: ServiceDeps, services: { rmas: RmaService }) {
  const db = tablesOf<ServiceTables>(deps.db);

  return {
    async pool(actor: Actor) {
      requireAnyRole(actor, STAFF_ROLES);
      const rows = await db
        .selectFrom('serviceRefurbUnits')
        .selectAll()
        .orderBy('addedAt')
        .execute();
      return rows.map((r) => ({
        serial: r.serial,
        model: r.modelName,
        grade: r.grade,
        status: r.status,
        note: r.note,
        addedAt: Number(r.addedAt),
        shippedAt: r.shippedAt === null ? null : Number(r.shippedAt),
      }));
    },

    /** A refurbished machine into the pool (from refurbishing stock). */
    async addToPool(
      actor: Actor,
      input: { serial: string; model: string; grade: 'A' | 'B'; note?: string | undefined },
    ) {
      requireAnyRole(actor, DEPOT);
      const model = await deps.catalog.getModel(actor, input.model);
      const installed = await deps.logistics.delivery.bySerials([input.serial.trim()]);
      if (installed.length)
        throw conflict(
          'SERVICE_SERIAL_INSTALLED',
          `${input.serial} is installed at a customer's site.`,
        );
      const row = {
        serial: input.serial.trim(),
        modelName: model.name,
        grade: input.grade,
        status: 'available' as const,
        unitId: null,
        sourceRmaUnitId: null,
        shippedForRmaUnitId: null,
        note: input.note?.trim() || null,
        addedAt: deps.clock.now(),
        shippedAt: null,
      };
      try {
        await inTransaction(deps.db, async (trx) => {
          await tablesOf<ServiceTables>(trx).insertInto('serviceRefurbUnits').values(row).execute();
          await deps.audit.record(trx, actor, {
            action: 'service.refurb.add',
            entityType: 'refurb_unit',
            entityId: row.serial,
            after: row,
          });
        });
      } catch (error) {
        if (isUniqueViolation(error))
          throw conflict('SERVICE_REFURB_EXISTS', `${row.serial} is already in the pool.`);
        throw error;
      }
      return { serial: row.serial, model: row.modelName, grade: row.grade, status: row.status };
    },

    /** Ship replacements ahead for the entitled machines of an RMA, on one parcel. */
    async shipAhead(
      actor: Actor,
      key: string,
      input: {
        serials?: string[] | undefined;
        carrier: string;
        trackingNumber?: string | undefined;
      },
    ) {
      requireAnyRole(actor, SERVICE_DESK);
      await inTransaction(deps.db, async (trx) => {
        const rma = await loadRma(trx, actor, key, true);
        const t = tablesOf<ServiceTables>(trx);
        const tier = await t
          .selectFrom('serviceSlaTiers')
          .selectAll()
          .where('code', '=', rma.tierCode)
          .executeTakeFirstOrThrow();
        const live = [
          'approved',
          'in_transit',
          'received',
          'diagnosing',
          'repairing',
          'testing',
        ] as const;
        const units = (await unitsToMove(trx, rma, live, input.serials)).filter(
          (u) => u.replacementSerial === null,
        );
        const refused = units.filter(
          (u) => !live.includes(u.status as never) || !entitled(tier, u),
        );
        if (refused.length)
          throw conflict(
            'SERVICE_NOT_ENTITLED',
            `The ${tier.name} tier ships ahead ${tier.advanceReplacement === 'doa' ? 'dead-on-arrival machines' : tier.advanceReplacement === 'never' ? 'nothing' : 'machines in warranty'} once approved: not ${refused
              .slice(0, 5)
              .map((u) => u.serial)
              .join(', ')}.`,
          );
        if (units.length === 0)
          throw invalid(
            'SERVICE_NOTHING_TO_REPLACE',
            'Every machine named already has its replacement.',
          );
        const picks: { unit: RmaUnitsTable; serial: string; unitId: string | null }[] = [];
        const taken = new Set<string>();
        for (const u of units) {
          const pick = await t
            .selectFrom('serviceRefurbUnits')
            .selectAll()
            .where('modelName', '=', u.modelName)
            .where('status', '=', 'available')
            .where('serial', 'not in', [...taken, ''])
            .orderBy('grade')
            .orderBy('addedAt')
            .limit(1)
            .executeTakeFirst();
          if (!pick)
            throw conflict(
              'SERVICE_POOL_EMPTY',
              `No refurbished ${u.modelName} is left in the pool for ${u.serial}.`,
            );
          taken.add(pick.serial);
          picks.push({ unit: u, serial: pick.serial, unitId: pick.unitId });
        }
        const parcel = await deps.logistics.repairShipments.book(trx, actor, {
          direction: 'to_customer',
          customerId: rma.customerId,
          siteId: rma.siteId,
          serials: picks.map((p) => p.serial),
          carrier: input.carrier,
          trackingNumber: input.trackingNumber,
          reference: rma.number,
          departedOn: deps.clock.today(),
        });
        const now = deps.clock.now();
        for (const p of picks) {
          // Only if still available: two desks racing for one machine cannot both ship it.
          const claimed = await t
            .updateTable('serviceRefurbUnits')
            .set({ status: 'shipped', shippedAt: now, shippedForRmaUnitId: p.unit.id })
            .where('serial', '=', p.serial)
            .where('status', '=', 'available')
            .executeTakeFirst();
          if (Number(claimed.numUpdatedRows) !== 1)
            throw conflict(
              'SERVICE_POOL_EMPTY',
              `${p.serial} was just shipped for another RMA: retry.`,
            );
          await t
            .updateTable('serviceRmaUnits')
            .set({ replacementSerial: p.serial, updatedAt: now })
            .where('id', '=', p.unit.id)
            .execute();
          await deps.logistics.installedBase.addReplacement(trx, actor, {
            original: p.unit.serial,
            replacement: p.serial,
            replacementUnitId: p.unitId,
          });
          await t
            .insertInto('serviceRmaEvents')
            .values({
              id: newId(),
              rmaId: rma.id,
              rmaUnitId: p.unit.id,
              fromStatus: p.unit.status,
              toStatus: p.unit.status,
              note: `replacement ${p.serial} shipped ahead on ${parcel.number}`,
              at: now,
              by: actor.id ?? actor.label,
            })
            .execute();
        }
        await deps.audit.record(trx, actor, {
          action: 'service.rma.advance_replacement',
          entityType: 'rma',
          entityId: rma.id,
          after: {
            parcel: parcel.number,
            replacements: picks.map((p) => [p.unit.serial, p.serial]),
          },
          customerId: rma.customerId,
        });
      });
      return services.rmas.get(actor, key);
    },

    /** A repaired machine whose customer kept a replacement joins the pool; its RMA line closes. */
    async toPool(actor: Actor, key: string, input: { grade: 'A' | 'B' }) {
      requireAnyRole(actor, DEPOT);
      return inTransaction(deps.db, async (trx) => {
        const { unit, rma } = await loadRmaUnit(trx, actor, key, true);
        if (!unit.replacementSerial)
          throw conflict(
            'SERVICE_NOT_REPLACED',
            `${unit.serial} had no replacement: ship it back instead.`,
          );
        if (unit.status !== 'ready_to_ship')
          throw conflict(
            'SERVICE_RMA_ILLEGAL_TRANSITION',
            `${unit.serial} is ${unit.status.replaceAll('_', ' ')}: repair and test it first.`,
          );
        await moveUnits(trx, deps, actor, rma, [unit], 'closed', deps.clock.now(), {
          note: `into the refurbished pool (grade ${input.grade}); the customer kept ${unit.replacementSerial}`,
        });
        await deps.logistics.installedBase.release(trx, actor, unit.serial);
        // Refurbished by the maker: what voided its cover for the last owner is put right.
        await tablesOf<ServiceTables>(trx)
          .updateTable('serviceWarrantyVoids')
          .set({
            liftedAt: deps.clock.now(),
            liftedBy: actor.id ?? actor.label,
            liftNote: `refurbished into the pool under ${rma.number}`,
          })
          .where('serial', '=', unit.serial)
          .where('liftedAt', 'is', null)
          .execute();
        await tablesOf<ServiceTables>(trx)
          .insertInto('serviceRefurbUnits')
          .values({
            serial: unit.serial,
            modelName: unit.modelName,
            grade: input.grade,
            status: 'available',
            unitId: unit.unitId,
            sourceRmaUnitId: unit.id,
            shippedForRmaUnitId: null,
            note: `repaired under ${rma.number}`,
            addedAt: deps.clock.now(),
            shippedAt: null,
          })
          .onConflict((oc) =>
            oc.column('serial').doUpdateSet({
              status: 'available',
              grade: input.grade,
              sourceRmaUnitId: unit.id,
              shippedAt: null,
              shippedForRmaUnitId: null,
            }),
          )
          .execute();
        return { status: 'closed' as const, serial: unit.serial, pool: true };
      });
    },
  };
}

export type ReplacementService = ReturnType<typeof createReplacementService>;
