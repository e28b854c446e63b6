import type { Actor } from '../../platform/authz.js';
import { requireAnyRole, STAFF_ROLES } from '../../platform/authz.js';
import type { AuditLog } from '../../platform/audit/audit.service.js';
import type { Clock } from '../../platform/clock.js';
import { inTransaction, isUniqueViolation, type AnyDb } from '../../platform/db/database.js';
import { conflict, invalid, notFound } from '../../platform/errors.js';
import type { EventBus } from '../../platform/events/events.js';
import { newId } from '../../platform/ids.js';
import { computeDuty, normalizeHts, rowStatus, type DutyResult } from './tariff.engine.js';
import { createTariffRepo, type StoredTariffRow, type TariffRowFilter } from './tariff.repo.js';
import type { TariffRowsTable } from './trade.tables.js';

/** Staff read the tariff table; trade analysts (and admins) change it. */
const READERS = STAFF_ROLES;
export const TARIFF_WRITERS = ['trade'] as const;

export interface TariffRowInput {
  program: string;
  htsPrefix: string;
  origin: string;
  rateBp: number;
  effectiveFrom: string;
  effectiveTo?: string | null | undefined;
  voidedOn?: string | null | undefined;
  legalReference?: string | null | undefined;
  note?: string | null | undefined;
  uncertain?: boolean | undefined;
}

export interface DutyQuery {
  hts: string;
  origin: string;
  customsValueCents: number;
  entryDate: string;
  /** A scenario's id or name. */
  scenario?: string | undefined;
}

export const tariffRowNotFound = () =>
  notFound('TRADE_TARIFF_ROW_NOT_FOUND', 'No such tariff row.');
export const scenarioNotFound = (key: string) =>
  notFound('TRADE_SCENARIO_NOT_FOUND', `No scenario "${key}".`);

function checkDates(from: string, to: string | null | undefined): void {
  if (to != null && to <= from) {
    throw invalid('TRADE_DATES_REVERSED', 'effectiveTo must be after effectiveFrom.', [
      { path: 'effectiveTo', message: 'after effectiveFrom' },
    ]);
  }
}

/** A stored row from validated input (shared by single rows and scenario overlays). */
function rowRecord(input: TariffRowInput, scenarioId: string | null, now: number): TariffRowsTable {
  return {
    id: newId(),
    scenarioId,
    program: input.program.trim(),
    htsPrefix: normalizeHts(input.htsPrefix),
    origin: input.origin.toUpperCase(),
    rateBp: input.rateBp,
    effectiveFrom: input.effectiveFrom,
    effectiveTo: input.effectiveTo ?? null,
    voidedOn: input.voidedOn ?? null,
    legalReference: input.legalReference ?? null,
    note: input.note ?? null,
    uncertain: input.uncertain ? 1 : 0,
    createdAt: now,
    updatedAt: now,
  };
}

export function createTariffService(deps: {
  db: AnyDb;
  clock: Clock;
  audit: AuditLog;
  events: EventBus;
}) {
  const repo = createTariffRepo(deps.db);
  const withStatus = (row: StoredTariffRow) => ({
    ...row,
    status: rowStatus(row, deps.clock.today()),
  });

  async function resolveScenario(key: string) {
    const scenario = await repo.scenarioByIdOrName(key);
    if (!scenario) throw scenarioNotFound(key);
    return scenario;
  }

  return {
    async listRows(
      actor: Actor,
      filter: Omit<TariffRowFilter, 'scenarioId'> & { scenario?: string | undefined },
    ) {
      requireAnyRole(actor, READERS);
      const scenarioId = filter.scenario ? (await resolveScenario(filter.scenario)).id : null;
      return (await repo.rows({ ...filter, scenarioId })).map(withStatus);
    },

    async createRow(actor: Actor, input: TariffRowInput, scenario?: string) {
      requireAnyRole(actor, TARIFF_WRITERS);
      checkDates(input.effectiveFrom, input.effectiveTo);
      const scenarioId = scenario ? (await resolveScenario(scenario)).id : null;
      const row = rowRecord(input, scenarioId, deps.clock.now());
      return inTransaction(deps.db, async (trx) => {
        const txRepo = createTariffRepo(trx);
        await txRepo.insertRow(row);
        const created = (await txRepo.row(row.id))!;
        await deps.audit.record(trx, actor, {
          action: 'trade.tariff_row.create',
          entityType: 'tariff_row',
          entityId: row.id,
          after: created,
        });
        await deps.events.emit(trx, {
          type: 'trade.tariff_row.changed',
          entityType: 'tariff_row',
          entityId: row.id,
          payload: {
            id: row.id,
            program: row.program,
            origin: row.origin,
            rateBp: row.rateBp,
            scenarioId,
          },
        });
        return withStatus(created);
      });
    },

    async updateRow(actor: Actor, id: string, changes: Partial<TariffRowInput>) {
      requireAnyRole(actor, TARIFF_WRITERS);
      return inTransaction(deps.db, async (trx) => {
        const txRepo = createTariffRepo(trx);
        const current = await txRepo.row(id);
        if (!current) throw tariffRowNotFound();
        const effectiveFrom = changes.effectiveFrom ?? current.effectiveFrom;
        const effectiveTo =
          changes.effectiveTo !== undefined ? changes.effectiveTo : current.effectiveTo;
        checkDates(effectiveFrom, effectiveTo);
        await txRepo.updateRow(id, {
          ...(changes.program !== undefined ? { program: changes.program.trim() } : {}),
          ...(changes.htsPrefix !== undefined
            ? { htsPrefix: normalizeHts(changes.htsPrefix) }
            : {}),
          ...(changes.origin !== undefined ? { origin: changes.origin.toUpperCase() } : {}),
          ...(changes.rateBp !== undefined ? { rateBp: changes.rateBp } : {}),
          ...(changes.effectiveFrom !== undefined ? { effectiveFrom } : {}),
          ...(changes.effectiveTo !== undefined ? { effectiveTo } : {}),
          ...(changes.voidedOn !== undefined ? { voidedOn: changes.voidedOn } : {}),
          ...(changes.legalReference !== undefined
            ? { legalReference: changes.legalReference }
            : {}),
          ...(changes.note !== undefined ? { note: changes.note } : {}),
          ...(changes.uncertain !== undefined ? { uncertain: changes.uncertain ? 1 : 0 } : {}),
          updatedAt: deps.clock.now(),
        });
        const after = (await txRepo.row(id))!;
        await deps.audit.record(trx, actor, {
          action: 'trade.tariff_row.update',
          entityType: 'tariff_row',
          entityId: id,
          before: current,
          after,
        });
        await deps.events.emit(trx, {
          type: 'trade.tariff_row.changed',
          entityType: 'tariff_row',
          entityId: id,
          payload: {
            id,
            program: after.program,
            origin: after.origin,
            rateBp: after.rateBp,
            scenarioId: after.scenarioId,
          },
        });
        return withStatus(after);
      });
    },

    async listScenarios(actor: Actor) {
      requireAnyRole(actor, READERS);
      return repo.scenarios();
    },

    async createScenario(
      actor: Actor,
      input: { name: string; description?: string | null | undefined; rows: TariffRowInput[] },
    ) {
      requireAnyRole(actor, TARIFF_WRITERS);
      for (const r of input.rows) checkDates(r.effectiveFrom, r.effectiveTo);
      const now = deps.clock.now();
      const scenario = {
        id: newId(),
        name: input.name.trim(),
        description: input.description ?? null,
        createdAt: now,
        updatedAt: now,
      };
      try {
        return await inTransaction(deps.db, async (trx) => {
          const txRepo = createTariffRepo(trx);
          await txRepo.insertScenario(scenario);
          for (const r of input.rows) {
            await txRepo.insertRow(rowRecord(r, scenario.id, now));
          }
          const rows = await txRepo.rows({ scenarioId: scenario.id });
          await deps.audit.record(trx, actor, {
            action: 'trade.scenario.create',
            entityType: 'trade_scenario',
            entityId: scenario.id,
            after: { ...scenario, rows },
          });
          return { ...scenario, rows: rows.map(withStatus) };
        });
      } catch (error) {
        if (isUniqueViolation(error))
          throw conflict(
            'TRADE_SCENARIO_NAME_TAKEN',
            `A scenario named "${scenario.name}" exists.`,
          );
        throw error;
      }
    },

    async duty(actor: Actor, query: DutyQuery): Promise<DutyResult & { scenario: string | null }> {
      requireAnyRole(actor, READERS);
      const scenario = query.scenario ? await resolveScenario(query.scenario) : null;
      const base = await repo.rows({ origin: query.origin.toUpperCase() });
      const overlay = scenario
        ? await repo.rows({ scenarioId: scenario.id, origin: query.origin.toUpperCase() })
        : [];
      const result = computeDuty(
        {
          hts: query.hts,
          origin: query.origin,
          customsValueCents: query.customsValueCents,
          entryDate: query.entryDate,
        },
        base,
        overlay,
      );
      return { ...result, scenario: scenario?.name ?? null };
    },

    async htsLines(actor: Actor) {
      requireAnyRole(actor, READERS);
      return repo.htsLines();
    },
  };
}

export type TariffService = ReturnType<typeof createTariffService>;
