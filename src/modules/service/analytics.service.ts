import type { Actor } from '../../platform/authz.js';
import { requireAnyRole, STAFF_ROLES } from '../../platform/authz.js';
import { tablesOf } from '../../platform/db/database.js';
import { invalid } from '../../platform/errors.js';
import { addDays, mondayOf } from '../production/index.js';
import { distribution, pareto, repeats } from './analytics.engine.js';
import { slaView } from './rma.states.js';
import { inChunks, type ServiceDeps } from './service.deps.js';
import type { ServiceTables } from './service.tables.js';

const DAY_MS = 86_400_000;
const REPEAT_WINDOW_DAYS = 90;

/**
 * What the repairs teach production and buying: how long machines are away, whether the depot
 * keeps its SLA, how often a repair holds, and where failures concentrate — by fault, model,
 * component supplier, chip lot and the week a machine was built.
 */
export function createServiceAnalytics(deps: ServiceDeps) {
  const db = tablesOf<ServiceTables>(deps.db);

  return {
    async summary(actor: Actor, range: { from?: string | undefined; to?: string | undefined }) {
      requireAnyRole(actor, STAFF_ROLES);
      const to = range.to ?? deps.clock.today();
      const from = range.from ?? addDays(to, -180);
      if (from > to) throw invalid('SERVICE_RANGE', 'The range must start before it ends.');
      const fromMs = Date.parse(`${from}T00:00:00Z`);
      const toMs = Date.parse(`${to}T00:00:00Z`) + DAY_MS;
      const units = await db
        .selectFrom('serviceRmaUnits')
        .selectAll()
        .where('requestedAt', '>=', fromMs)
        .where('requestedAt', '<', toMs)
        .where('status', 'not in', ['rejected', 'cancelled'])
        .execute();
      const ids = units.map((u) => u.id);
      const serials = [...new Set(units.map((u) => u.serial))];
      const [tests, removed, later, visitUnits, origins] = await Promise.all([
        inChunks(ids, (chunk) =>
          db
            .selectFrom('serviceRepairTests')
            .select(['rmaUnitId', 'attempt', 'result'])
            .where('rmaUnitId', 'in', chunk)
            .execute(),
        ),
        inChunks(ids, (chunk) =>
          db
            .selectFrom('serviceRepairParts')
            .select(['rmaUnitId', 'partId', 'partNumber', 'serial'])
            .where('rmaUnitId', 'in', chunk)
            .where('action', '=', 'removed')
            .execute(),
        ),
        inChunks(serials, (chunk) =>
          db
            .selectFrom('serviceRmaUnits')
            .select(['serial', 'requestedAt'])
            .where('serial', 'in', chunk)
            .execute(),
        ),
        db
          .selectFrom('serviceVisitUnits as u')
          .innerJoin('serviceVisits as v', 'v.id', 'u.visitId')
          .select(['u.result'])
          .where('v.completedAt', '>=', fromMs)
          .where('v.completedAt', '<', toMs)
          .execute(),
        deps.production.repairs.origins(serials),
      ]);
      const now = deps.clock.now();

      const shipped = units.filter((u) => u.shippedAt !== null);
      const turnaround = distribution(
        shipped.map((u) => (Number(u.shippedAt) - Number(u.requestedAt)) / DAY_MS),
      );
      const judged = shipped.map((u) => slaView(u, now));
      const open = units.filter((u) => u.openSerial !== null && u.shippedAt === null);
      const firstTests = tests.filter((t) => t.attempt === 1);
      const fieldResults = visitUnits.filter((v) => v.result !== null);
      const repeat = repeats(
        shipped.map((u) => ({ serial: u.serial, backAt: Number(u.shippedAt) })),
        later.map((l) => ({ serial: l.serial, requestedAt: Number(l.requestedAt) })),
        REPEAT_WINDOW_DAYS,
      );

      // Causes: the depot's diagnosis where there is one, else what the customer reported.
      const causes = units.flatMap((u) => {
        const found = JSON.parse(u.diagnosis) as string[];
        return found.length ? found : [u.reportedFault];
      });
      const partKinds = await deps.catalog.partsById(actor, [
        ...new Set([
          ...removed.map((r) => r.partId),
          ...[...origins.values()].flatMap((o) => o.lots.map((l) => l.partId)),
        ]),
      ]);
      const chipLots = (serial: string) =>
        (origins.get(serial)?.lots ?? [])
          .filter((l) => partKinds.get(l.partId)?.kind === 'asic_chip')
          .map((l) => l.lotCode);
      const [serialSuppliers, lotSuppliers] = await Promise.all([
        deps.origins.supplierOfSerials(
          removed.map((r) => r.serial).filter((s): s is string => s !== null),
        ),
        deps.origins.supplierOfLots([...new Set(units.flatMap((u) => chipLots(u.serial)))]),
      ]);
      const unitSerial = new Map(units.map((u) => [u.id, u.serial]));
      // A removed serial part names its supplier; a removed board built here, its chips' supplier.
      const suppliers = removed.flatMap((r) => {
        const direct = r.serial ? serialSuppliers.get(r.serial) : undefined;
        if (direct) return [direct];
        if (partKinds.get(r.partId)?.kind !== 'hashboard') return [];
        return chipLots(unitSerial.get(r.rmaUnitId)!).map(
          (lot) => lotSuppliers.get(lot) ?? 'unknown',
        );
      });
      const builtWeeks = units
        .map((u) => origins.get(u.serial)?.builtOn)
        .filter((d): d is string => d !== undefined)
        .map((d) => mondayOf(d));

      return {
        from,
        to,
        units: units.length,
        turnaround,
        sla: {
          closed: judged.length,
          met: judged.filter((s) => !s.breached).length,
          attainmentBp: judged.length
            ? Math.round((judged.filter((s) => !s.breached).length * 10_000) / judged.length)
            : null,
          openBreached: open.filter((u) => slaView(u, now).breached).length,
          open: open.length,
        },
        firstTimeFix: {
          depotTested: firstTests.length,
          depotFirstPass: firstTests.filter((t) => t.result === 'pass').length,
          fieldRecorded: fieldResults.length,
          fieldFixed: fieldResults.filter((v) => v.result === 'fixed').length,
        },
        repeats: {
          windowDays: REPEAT_WINDOW_DAYS,
          ...repeat,
          serials: repeat.serials.slice(0, 50),
        },
        pareto: {
          faultCode: pareto(causes),
          model: pareto(units.map((u) => u.modelName)),
          supplier: pareto(suppliers),
          chipLot: pareto(units.flatMap((u) => chipLots(u.serial))),
          productionWeek: pareto(builtWeeks, 26),
        },
      };
    },
  };
}

export type ServiceAnalytics = ReturnType<typeof createServiceAnalytics>;
