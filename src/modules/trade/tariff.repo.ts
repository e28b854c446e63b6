import { tablesOf, type AnyDb } from '../../platform/db/database.js';
import type { TariffRow } from './tariff.engine.js';
import type {
  HtsLinesTable,
  ScenariosTable,
  TariffRowsTable,
  TradeTables,
} from './trade.tables.js';

export interface StoredTariffRow extends TariffRow {
  scenarioId: string | null;
  uncertain: boolean;
  createdAt: number;
  updatedAt: number;
}

export function toStoredRow(row: TariffRowsTable): StoredTariffRow {
  return {
    id: row.id,
    scenarioId: row.scenarioId,
    program: row.program,
    htsPrefix: row.htsPrefix,
    origin: row.origin,
    rateBp: row.rateBp,
    effectiveFrom: row.effectiveFrom,
    effectiveTo: row.effectiveTo,
    voidedOn: row.voidedOn,
    legalReference: row.legalReference,
    note: row.note,
    uncertain: row.uncertain === 1,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
  };
}

export interface TariffRowFilter {
  scenarioId?: string | null | undefined;
  origin?: string | undefined;
  program?: string | undefined;
}

export function createTariffRepo(anyDb: AnyDb) {
  const db = tablesOf<TradeTables>(anyDb);
  return {
    async rows(filter: TariffRowFilter = {}): Promise<StoredTariffRow[]> {
      let q = db.selectFrom('tradeTariffRows').selectAll();
      q = filter.scenarioId
        ? q.where('scenarioId', '=', filter.scenarioId)
        : q.where('scenarioId', 'is', null);
      if (filter.origin) q = q.where('origin', 'in', [filter.origin, '*']);
      if (filter.program) q = q.where('program', '=', filter.program);
      const rows = await q.orderBy('program').orderBy('origin').orderBy('effectiveFrom').execute();
      return rows.map(toStoredRow);
    },
    async row(id: string): Promise<StoredTariffRow | undefined> {
      const row = await db
        .selectFrom('tradeTariffRows')
        .selectAll()
        .where('id', '=', id)
        .executeTakeFirst();
      return row && toStoredRow(row);
    },
    async insertRow(row: TariffRowsTable): Promise<void> {
      await db.insertInto('tradeTariffRows').values(row).execute();
    },
    async updateRow(
      id: string,
      changes: Partial<Omit<TariffRowsTable, 'id' | 'scenarioId' | 'createdAt'>>,
    ): Promise<void> {
      await db.updateTable('tradeTariffRows').set(changes).where('id', '=', id).execute();
    },
    async deleteRow(id: string): Promise<void> {
      await db.deleteFrom('tradeTariffRows').where('id', '=', id).execute();
    },
    async scenarios(): Promise<ScenariosTable[]> {
      return db.selectFrom('tradeScenarios').selectAll().orderBy('name').execute();
    },
    async scenarioByIdOrName(key: string): Promise<ScenariosTable | undefined> {
      return db
        .selectFrom('tradeScenarios')
        .selectAll()
        .where((eb) => eb.or([eb('id', '=', key), eb('name', '=', key)]))
        .executeTakeFirst();
    },
    async insertScenario(row: ScenariosTable): Promise<void> {
      await db.insertInto('tradeScenarios').values(row).execute();
    },
    async htsLines(): Promise<HtsLinesTable[]> {
      return db.selectFrom('tradeHtsLines').selectAll().orderBy('code').execute();
    },
    async insertHtsLine(row: HtsLinesTable): Promise<void> {
      await db
        .insertInto('tradeHtsLines')
        .values(row)
        .onConflict((oc) => oc.column('code').doNothing())
        .execute();
    },
  };
}

export type TariffRepo = ReturnType<typeof createTariffRepo>;
