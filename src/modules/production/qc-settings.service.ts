import type { Actor } from '../../platform/authz.js';
import { requireAnyRole, STAFF_ROLES } from '../../platform/authz.js';
import type { AuditLog } from '../../platform/audit/audit.service.js';
import type { Clock } from '../../platform/clock.js';
import { inTransaction, tablesOf, type AnyDb } from '../../platform/db/database.js';
import { invalid } from '../../platform/errors.js';
import type { CatalogService } from '../catalog/index.js';
import { DEFAULT_THRESHOLDS, type BurnInThresholds } from './burn-in.engine.js';
import type { ProductionTables } from './production.tables.js';
import { checkPattern } from './serial.engine.js';
import { DEFAULT_PATTERNS } from './unit.service.js';
import { LINE_ROLES } from './work-order.service.js';

/** What QC and the line configure: burn-in thresholds per model, and serial patterns. */
export function createQcSettingsService(deps: {
  db: AnyDb;
  clock: Clock;
  audit: AuditLog;
  catalog: Pick<CatalogService, 'listModels' | 'getModel'>;
}) {
  const db = tablesOf<ProductionTables>(deps.db);

  async function serialPatterns(actor: Actor) {
    requireAnyRole(actor, STAFF_ROLES);
    const rows = new Map(
      (await db.selectFrom('productionSettings').selectAll().execute()).map((r) => [
        r.key,
        r.value,
      ]),
    );
    return {
      unit: rows.get('unit_serial_pattern') ?? DEFAULT_PATTERNS.unit_serial_pattern,
      hashboard: rows.get('hashboard_serial_pattern') ?? DEFAULT_PATTERNS.hashboard_serial_pattern,
    };
  }

  return {
    async thresholds(actor: Actor) {
      requireAnyRole(actor, STAFF_ROLES);
      const custom = new Map(
        (await db.selectFrom('productionQcThresholds').selectAll().execute()).map((r) => [
          r.modelName,
          r,
        ]),
      );
      return (await deps.catalog.listModels(actor))
        .filter((m) => m.unitPartId)
        .map((m) => {
          const row = custom.get(m.name);
          const {
            modelName: _m,
            updatedAt: _u,
            ...values
          } = row ?? { modelName: m.name, updatedAt: 0, ...DEFAULT_THRESHOLDS };
          return { model: m.name, isDefault: !row, ...values };
        });
    },

    async setThresholds(actor: Actor, modelKey: string, t: BurnInThresholds) {
      requireAnyRole(actor, LINE_ROLES);
      const model = await deps.catalog.getModel(actor, modelKey);
      if (!model.unitPartId)
        throw invalid('PRODUCTION_MODEL_NOT_BUILT', `${model.name} is not built here.`);
      const row = { modelName: model.name, ...t, updatedAt: deps.clock.now() };
      await inTransaction(deps.db, async (trx) => {
        await tablesOf<ProductionTables>(trx)
          .insertInto('productionQcThresholds')
          .values(row)
          .onConflict((oc) =>
            oc.column('modelName').doUpdateSet({ ...t, updatedAt: row.updatedAt }),
          )
          .execute();
        await deps.audit.record(trx, actor, {
          action: 'production.qc_thresholds.set',
          entityType: 'model',
          entityId: model.id,
          after: row,
        });
      });
      return { model: model.name, isDefault: false, ...t };
    },

    serialPatterns,

    /** Change the patterns new serials are made from; serials already given never change. */
    async setSerialPatterns(
      actor: Actor,
      input: { unit?: string | undefined; hashboard?: string | undefined },
    ) {
      requireAnyRole(actor, LINE_ROLES);
      const errors = (['unit', 'hashboard'] as const).flatMap((k) => {
        const problem = input[k] === undefined ? null : checkPattern(input[k]!);
        return problem ? [{ path: k, message: problem }] : [];
      });
      if (errors.length)
        throw invalid(
          'PRODUCTION_SERIAL_PATTERN',
          `Serial pattern: ${errors[0]!.path} ${errors[0]!.message}.`,
          errors,
        );
      const now = deps.clock.now();
      await inTransaction(deps.db, async (trx) => {
        const t = tablesOf<ProductionTables>(trx);
        for (const [k, key] of [
          ['unit', 'unit_serial_pattern'],
          ['hashboard', 'hashboard_serial_pattern'],
        ] as const) {
          const value = input[k];
          if (value === undefined) continue;
          await t
            .insertInto('productionSettings')
            .values({ key, value, updatedAt: now })
            .onConflict((oc) => oc.column('key').doUpdateSet({ value, updatedAt: now }))
            .execute();
        }
        await deps.audit.record(trx, actor, {
          action: 'production.serial_patterns.set',
          entityType: 'settings',
          entityId: 'serial_patterns',
          after: input,
        });
      });
      return serialPatterns(actor);
    },
  };
}

export type QcSettingsService = ReturnType<typeof createQcSettingsService>;
