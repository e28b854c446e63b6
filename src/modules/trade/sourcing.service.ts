import type { Actor } from '../../platform/authz.js';
import { requireAnyRole, STAFF_ROLES } from '../../platform/authz.js';
import type { AuditLog } from '../../platform/audit/audit.service.js';
import type { Clock } from '../../platform/clock.js';
import {
  inTransaction,
  isUniqueViolation,
  tablesOf,
  type AnyDb,
} from '../../platform/db/database.js';
import { conflict, invalid, notFound } from '../../platform/errors.js';
import { newId } from '../../platform/ids.js';
import type { CatalogService } from '../catalog/index.js';
import { breakEvenRateBp, importLandedCost, usBuildCost } from './landed-cost.engine.js';
import { createTariffRepo } from './tariff.repo.js';
import type { SourcingRoutesTable, TradeTables } from './trade.tables.js';

export const ROUTE_WRITERS = ['trade', 'buyer'] as const;
/** Bitcoin miners enter under this HTS line (trade.md). */
export const MINER_HTS = '8543.70.9860';

export type RouteInput = Omit<SourcingRoutesTable, 'id' | 'createdAt' | 'updatedAt'>;

export const routeNotFound = () => notFound('TRADE_ROUTE_NOT_FOUND', 'No such sourcing route.');

function checkRoute(r: RouteInput): void {
  const missing =
    r.kind === 'import'
      ? (
          [
            'origin',
            'originBasis',
            'fobCents',
            'freightCents',
            'insuranceBp',
            'holdingCents',
          ] as const
        ).filter((k) => r[k] === null)
      : (['inboundFreightBp', 'overheadCents'] as const).filter((k) => r[k] === null);
  if (missing.length) {
    throw invalid(
      'TRADE_ROUTE_INCOMPLETE',
      `A ${r.kind} route needs ${missing.join(', ')}.`,
      missing.map((path) => ({ path, message: 'required' })),
    );
  }
}

export function createSourcingService(deps: {
  db: AnyDb;
  clock: Clock;
  audit: AuditLog;
  catalog: Pick<CatalogService, 'buildSheet'>;
}) {
  const db = tablesOf<TradeTables>(deps.db);

  return {
    async listRoutes(actor: Actor, modelName?: string) {
      requireAnyRole(actor, STAFF_ROLES);
      let q = db.selectFrom('tradeSourcingRoutes').selectAll();
      if (modelName) q = q.where('modelName', '=', modelName);
      return q.orderBy('modelName').orderBy('kind', 'desc').orderBy('name').execute();
    },

    async createRoute(actor: Actor, input: RouteInput): Promise<SourcingRoutesTable> {
      requireAnyRole(actor, ROUTE_WRITERS);
      checkRoute(input);
      const now = deps.clock.now();
      const row: SourcingRoutesTable = {
        ...input,
        origin: input.origin?.toUpperCase() ?? null,
        id: newId(),
        createdAt: now,
        updatedAt: now,
      };
      try {
        await inTransaction(deps.db, async (trx) => {
          await tablesOf<TradeTables>(trx).insertInto('tradeSourcingRoutes').values(row).execute();
          await deps.audit.record(trx, actor, {
            action: 'trade.route.create',
            entityType: 'sourcing_route',
            entityId: row.id,
            after: row,
          });
        });
      } catch (error) {
        if (isUniqueViolation(error))
          throw conflict(
            'TRADE_ROUTE_NAME_TAKEN',
            `${input.modelName} already has a route "${input.name}".`,
          );
        throw error;
      }
      return row;
    },

    async updateRoute(
      actor: Actor,
      id: string,
      changes: Partial<RouteInput>,
    ): Promise<SourcingRoutesTable> {
      requireAnyRole(actor, ROUTE_WRITERS);
      return inTransaction(deps.db, async (trx) => {
        const t = tablesOf<TradeTables>(trx);
        const current = await t
          .selectFrom('tradeSourcingRoutes')
          .selectAll()
          .where('id', '=', id)
          .executeTakeFirst();
        if (!current) throw routeNotFound();
        const next = {
          ...current,
          ...Object.fromEntries(Object.entries(changes).filter(([, v]) => v !== undefined)),
          updatedAt: deps.clock.now(),
        } as SourcingRoutesTable;
        checkRoute(next);
        const { id: _id, createdAt: _c, ...set } = next;
        await t.updateTable('tradeSourcingRoutes').set(set).where('id', '=', id).execute();
        await deps.audit.record(trx, actor, {
          action: 'trade.route.update',
          entityType: 'sourcing_route',
          entityId: id,
          before: current,
          after: next,
        });
        return next;
      });
    },

    /**
     * Build here or import? For one model and an entry `date`: the US build cost (bought parts
     * with their own duties, labour, overhead) against every import route's landed cost, under
     * the tariff rows of that date and under each scenario (or, when one is named, beside that
     * one only), with the
     * break-even rate. The BOM is today's (or the one in force on a future date).
     */
    async compare(
      actor: Actor,
      query: { model: string; date: string; scenario?: string | undefined },
    ) {
      requireAnyRole(actor, STAFF_ROLES);
      // Tariffs of the date asked about; the product as built today (or then, for a future date).
      const today = deps.clock.today();
      const sheet = await deps.catalog.buildSheet(
        actor,
        query.model,
        query.date > today ? query.date : today,
      );
      const routes = await db
        .selectFrom('tradeSourcingRoutes')
        .selectAll()
        .where('modelName', '=', sheet.model.name)
        .execute();
      const usRoute = routes.find((r) => r.kind === 'us_build');
      if (!usRoute)
        throw invalid(
          'TRADE_NO_US_ROUTE',
          `${sheet.model.name} has no US build route: add one first.`,
        );
      const tariffs = createTariffRepo(deps.db);
      const base = await tariffs.rows();
      const allScenarios = await tariffs.scenarios();
      const scenarios = query.scenario
        ? allScenarios.filter((s) => s.name === query.scenario || s.id === query.scenario)
        : allScenarios;
      if (query.scenario && scenarios.length === 0)
        throw notFound('TRADE_SCENARIO_NOT_FOUND', `No scenario "${query.scenario}".`);

      const cases = [
        { id: null as string | null, name: null as string | null },
        ...scenarios.map((s) => ({ id: s.id, name: s.name })),
      ];
      const results = [];
      for (const c of cases) {
        const overlay = c.id ? await tariffs.rows({ scenarioId: c.id }) : [];
        const usBuild = usBuildCost(
          {
            parts: sheet.parts.map((p) => ({
              partNumber: p.partNumber,
              quantity: p.quantity,
              unitCostCents: p.unitCostCents,
              hts: p.htsCode,
              origin: p.defaultOrigin,
            })),
            labourCents: sheet.labourCents,
            inboundFreightBp: usRoute.inboundFreightBp ?? 0,
            brokerageCents: usRoute.brokerageCents,
            overheadCents: usRoute.overheadCents ?? 0,
          },
          query.date,
          base,
          overlay,
        );
        const imports = routes
          .filter((r) => r.kind === 'import')
          .map((r) => {
            const landed = importLandedCost(
              {
                name: r.name,
                origin: r.origin!,
                hts: MINER_HTS,
                fobCents: r.fobCents!,
                freightCents: r.freightCents!,
                insuranceBp: r.insuranceBp!,
                brokerageCents: r.brokerageCents,
                holdingCents: r.holdingCents!,
              },
              query.date,
              base,
              overlay,
            );
            return {
              route: {
                id: r.id,
                name: r.name,
                origin: r.origin,
                originBasis: r.originBasis,
                originEvidence: r.originEvidence,
                mode: r.mode,
              },
              landed,
              breakEvenRateBp: breakEvenRateBp(usBuild.totalCents, landed),
              cheaper:
                usBuild.totalCents <= landed.totalCents
                  ? ('us_build' as const)
                  : ('import' as const),
              differenceCents: landed.totalCents - usBuild.totalCents,
            };
          });
        results.push({ scenario: c.name, usBuild, imports });
      }
      return {
        model: sheet.model.name,
        date: query.date,
        labourCentsPerHour: sheet.labourCentsPerHour,
        results,
      };
    },
  };
}

export type SourcingService = ReturnType<typeof createSourcingService>;
