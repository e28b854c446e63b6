import type { Actor } from '../../../platform/authz.js';
import { requireAnyRole, systemActor } from '../../../platform/authz.js';
import type { AuditLog } from '../../../platform/audit/audit.service.js';
import type { Clock } from '../../../platform/clock.js';
import { inTransaction, tablesOf, type AnyDb } from '../../../platform/db/database.js';
import { invalid, notFound } from '../../../platform/errors.js';
import type { CatalogService } from '../../catalog/index.js';
import type { HealthTables } from './health.tables.js';
import {
  defaultThresholds,
  THRESHOLD_LIMITS,
  type HealthThresholds,
  type ModelShape,
} from './health.types.js';

/** Who tunes detection: the service desk's technicians and admins. */
export const THRESHOLD_EDITORS = ['admin', 'technician'] as const;

interface ModelFacts {
  cooling: 'air' | 'water' | null;
  shape: ModelShape;
}

const UNKNOWN_MODEL: ModelFacts = {
  cooling: null,
  shape: { boards: null, chipsPerBoard: null, fans: null },
};

/**
 * Detection thresholds per model: defaults by cooling, then what the model's row overrides.
 * Read for every poll, so kept in memory and reloaded after an edit (or every few minutes, for
 * edits another process made).
 */
export function createHealthThresholds(deps: {
  db: AnyDb;
  clock: Clock;
  audit: AuditLog;
  catalog: Pick<CatalogService, 'listModels'>;
}) {
  const db = tablesOf<HealthTables>(deps.db);
  let cache: {
    at: number;
    models: Map<string, ModelFacts>;
    overrides: Map<string, Partial<HealthThresholds>>;
    effective: Map<string, HealthThresholds>;
  } | null = null;

  async function load() {
    if (cache && deps.clock.now() - cache.at < 300_000) return cache;
    const models = new Map<string, ModelFacts>();
    for (const m of await deps.catalog.listModels(systemActor('fleet-health')))
      models.set(m.name, {
        cooling: m.cooling,
        shape: { boards: m.boards, chipsPerBoard: m.chipsPerBoard, fans: m.fans },
      });
    const overrides = new Map<string, Partial<HealthThresholds>>();
    for (const r of await db.selectFrom('fleetHealthThresholds').selectAll().execute())
      overrides.set(r.modelName, JSON.parse(r.overrides) as Partial<HealthThresholds>);
    cache = { at: deps.clock.now(), models, overrides, effective: new Map() };
    return cache;
  }

  function effectiveOf(c: NonNullable<typeof cache>, model: string | null): HealthThresholds {
    const key = model ?? '';
    let t = c.effective.get(key);
    if (!t) {
      const facts = (model && c.models.get(model)) || UNKNOWN_MODEL;
      t = { ...defaultThresholds(facts.cooling), ...(model ? c.overrides.get(model) : undefined) };
      c.effective.set(key, t);
    }
    return t;
  }

  return {
    /** Thresholds and shape for each model named (unknown models get the air defaults). */
    async resolver() {
      const c = await load();
      return (model: string | null) => ({
        thresholds: effectiveOf(c, model),
        shape: ((model && c.models.get(model)) || UNKNOWN_MODEL).shape,
      });
    },

    async list(_actor: Actor) {
      const c = await load();
      return [...c.models.keys()].sort().map((model) => ({
        model,
        cooling: c.models.get(model)!.cooling,
        thresholds: effectiveOf(c, model),
        overrides: c.overrides.get(model) ?? {},
        defaults: defaultThresholds(c.models.get(model)!.cooling),
      }));
    },

    /** Sets a model's thresholds (those given; `null` puts one back to its default). */
    async set(
      actor: Actor,
      model: string,
      changes: Partial<Record<keyof HealthThresholds, number | null>>,
    ) {
      requireAnyRole(actor, THRESHOLD_EDITORS);
      const c = await load();
      if (!c.models.has(model))
        throw notFound('FLEET_MODEL_NOT_FOUND', `No miner model "${model}" in the catalog.`);
      const before = c.overrides.get(model) ?? {};
      const after: Partial<HealthThresholds> = { ...before };
      for (const [k, v] of Object.entries(changes) as [keyof HealthThresholds, number | null][]) {
        const limit = THRESHOLD_LIMITS[k];
        if (v === null) delete after[k];
        else if (!Number.isInteger(v) || v < limit.min || v > limit.max)
          throw invalid(
            'FLEET_THRESHOLD_OUT_OF_RANGE',
            `${k} must be a whole number from ${limit.min} to ${limit.max}.`,
          );
        else after[k] = v;
      }
      const now = deps.clock.now();
      await inTransaction(deps.db, async (trx) => {
        const values = {
          modelName: model,
          overrides: JSON.stringify(after),
          updatedBy: actor.label,
          updatedAt: now,
        };
        await tablesOf<HealthTables>(trx)
          .insertInto('fleetHealthThresholds')
          .values(values)
          .onConflict((oc) => oc.column('modelName').doUpdateSet(values))
          .execute();
        await deps.audit.record(trx, actor, {
          action: 'fleet.thresholds.set',
          entityType: 'fleet_thresholds',
          entityId: model,
          before,
          after,
        });
      });
      cache = null;
      return (await this.list(actor)).find((m) => m.model === model)!;
    },
  };
}

export type HealthThresholdsService = ReturnType<typeof createHealthThresholds>;
