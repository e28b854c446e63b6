import { containsText, tablesOf, type AnyDb } from '../../platform/db/database.js';
import type { BomRevision, CostedPart } from './bom.engine.js';
import type {
  BomLinesTable,
  BomRevisionsTable,
  CatalogTables,
  ModelsTable,
  PartKind,
  PartsTable,
} from './catalog.tables.js';

export function createCatalogRepo(anyDb: AnyDb) {
  const db = tablesOf<CatalogTables>(anyDb);
  return {
    models: () =>
      db.selectFrom('catalogModels').selectAll().orderBy('maker').orderBy('name').execute(),
    modelByIdOrName: (key: string) =>
      db
        .selectFrom('catalogModels')
        .selectAll()
        .where((eb) => eb.or([eb('id', '=', key), eb('name', '=', key)]))
        .executeTakeFirst(),
    insertModel: (row: ModelsTable) => db.insertInto('catalogModels').values(row).execute(),

    parts(filter: { kind?: PartKind | undefined; q?: string | undefined } = {}) {
      let q = db.selectFrom('catalogParts').selectAll();
      if (filter.kind) q = q.where('kind', '=', filter.kind);
      if (filter.q) {
        const text = filter.q;
        q = q.where((eb) => eb.or([containsText('partNumber', text), containsText('name', text)]));
      }
      return q.orderBy('partNumber').execute();
    },
    partByIdOrNumber: (key: string) =>
      db
        .selectFrom('catalogParts')
        .selectAll()
        .where((eb) => eb.or([eb('id', '=', key), eb('partNumber', '=', key)]))
        .executeTakeFirst(),
    async partsById(ids: readonly string[]): Promise<PartsTable[]> {
      const unique = [...new Set(ids)];
      const rows: PartsTable[] = [];
      for (let i = 0; i < unique.length; i += 500)
        rows.push(
          ...(await db
            .selectFrom('catalogParts')
            .selectAll()
            .where('id', 'in', unique.slice(i, i + 500))
            .execute()),
        );
      return rows;
    },
    insertPart: (row: PartsTable) => db.insertInto('catalogParts').values(row).execute(),
    updatePart: (id: string, changes: Partial<Omit<PartsTable, 'id' | 'createdAt'>>) =>
      db.updateTable('catalogParts').set(changes).where('id', '=', id).execute(),

    revisionsOf: (partId: string) =>
      db
        .selectFrom('catalogBomRevisions')
        .selectAll()
        .where('partId', '=', partId)
        .orderBy('effectiveFrom')
        .execute(),
    insertRevision: (row: BomRevisionsTable) =>
      db.insertInto('catalogBomRevisions').values(row).execute(),
    insertLines: (rows: BomLinesTable[]) =>
      rows.length ? db.insertInto('catalogBomLines').values(rows).execute() : Promise.resolve([]),

    /** Everything the BOM engine needs, in two queries: parts with costs and all revisions. */
    async bomWorld(): Promise<{
      parts: Map<string, CostedPart & PartsTable>;
      revisions: BomRevision[];
    }> {
      const revisionRows = await db.selectFrom('catalogBomRevisions').selectAll().execute();
      const lineRows = await db
        .selectFrom('catalogBomLines')
        .selectAll()
        .orderBy('position')
        .execute();
      // Only parts that appear in a BOM: the part master may hold thousands more.
      const partRows = await db
        .selectFrom('catalogParts')
        .selectAll()
        .where((eb) =>
          eb.or([
            eb('id', 'in', eb.selectFrom('catalogBomRevisions').select('partId')),
            eb('id', 'in', eb.selectFrom('catalogBomLines').select('componentId')),
          ]),
        )
        .execute();
      const linesByRevision = new Map<string, { componentId: string; quantity: number }[]>();
      for (const l of lineRows) {
        const list = linesByRevision.get(l.revisionId) ?? [];
        list.push({ componentId: l.componentId, quantity: l.quantity });
        linesByRevision.set(l.revisionId, list);
      }
      return {
        parts: new Map(partRows.map((p) => [p.id, p])),
        revisions: revisionRows.map((r) => ({
          id: r.id,
          partId: r.partId,
          revision: r.revision,
          effectiveFrom: r.effectiveFrom,
          effectiveTo: r.effectiveTo,
          labourMinutes: r.labourMinutes,
          lines: linesByRevision.get(r.id) ?? [],
        })),
      };
    },

    settings: () => db.selectFrom('catalogCostSettings').selectAll().orderBy('key').execute(),
    setting: (key: string) =>
      db.selectFrom('catalogCostSettings').selectAll().where('key', '=', key).executeTakeFirst(),
    upsertSetting: (key: string, value: number, unit: string, note: string | null, now: number) =>
      db
        .insertInto('catalogCostSettings')
        .values({ key, value, unit, note, updatedAt: now })
        .onConflict((oc) => oc.column('key').doUpdateSet({ value, updatedAt: now }))
        .execute(),
  };
}

export type CatalogRepo = ReturnType<typeof createCatalogRepo>;
