import type { Actor } from '../../platform/authz.js';
import { requireAnyRole, STAFF_ROLES } from '../../platform/authz.js';
import type { AuditLog } from '../../platform/audit/audit.service.js';
import type { Clock } from '../../platform/clock.js';
import { inTransaction, isUniqueViolation, type AnyDb } from '../../platform/db/database.js';
import { conflict, invalid, notFound } from '../../platform/errors.js';
import type { EventBus } from '../../platform/events/events.js';
import { newId } from '../../platform/ids.js';
import { BomError, explode, flattenLeaves, whereUsed, type ExplodedNode } from './bom.engine.js';
import { createCatalogRepo } from './catalog.repo.js';
import type { ModelsTable, PartKind, PartsTable, Tracking } from './catalog.tables.js';

/** Engineering data: planners, buyers and production edit it; all staff read it. */
export const EDITORS = ['planner', 'buyer', 'production'] as const;
export const LOADED_WAGE_KEY = 'us_loaded_wage_cents_per_hour';

export interface PartInput {
  partNumber: string;
  name: string;
  kind: PartKind;
  htsCode?: string | null | undefined;
  uom?: 'each' | 'kg' | 'm' | undefined;
  tracking: Tracking;
  defaultOrigin?: string | null | undefined;
  standardCostCents?: number | null | undefined;
  note?: string | null | undefined;
}

export interface RevisionInput {
  revision: string;
  effectiveFrom: string;
  effectiveTo?: string | null | undefined;
  labourMinutes: number;
  note?: string | null | undefined;
  /** Components by part number or id. */
  lines: { component: string; quantity: number }[];
}

export const partNotFound = (key: string) =>
  notFound('CATALOG_PART_NOT_FOUND', `No part "${key}".`);
export const modelNotFound = (key: string) =>
  notFound('CATALOG_MODEL_NOT_FOUND', `No model "${key}".`);

export function presentModel(row: ModelsTable) {
  const { uncertainFields, ...rest } = row;
  return {
    ...rest,
    efficiencyJth: row.efficiencyJthX100 / 100,
    uncertainFields: JSON.parse(uncertainFields) as string[],
  };
}

/**
 * A downstream module's veto on a part change, run inside the change's transaction (`trx`):
 * supply refuses a new tracking mode while stock of the part exists. Registered at start-up, so
 * the catalog never imports the modules that depend on it.
 */
export type PartChangeGuard = (
  trx: AnyDb,
  part: PartsTable,
  changes: Partial<PartsTable>,
) => Promise<void>;

export function createCatalogService(deps: {
  db: AnyDb;
  clock: Clock;
  audit: AuditLog;
  events: EventBus;
  /** Shared by every instance built from the same deps. */
  partGuards?: PartChangeGuard[];
}) {
  const repo = createCatalogRepo(deps.db);

  async function part(key: string) {
    const row = await repo.partByIdOrNumber(key);
    if (!row) throw partNotFound(key);
    return row;
  }

  async function loadedWage(): Promise<number> {
    const row = await repo.setting(LOADED_WAGE_KEY);
    if (!row)
      throw invalid('CATALOG_WAGE_MISSING', `Set the cost setting ${LOADED_WAGE_KEY} first.`);
    return row.value;
  }

  return {
    guardPartChanges(guard: PartChangeGuard): void {
      deps.partGuards?.push(guard);
    },

    /** Models are product facts: every signed-in user may read them. */
    async listModels(_actor: Actor) {
      return (await repo.models()).map(presentModel);
    },

    async getModel(_actor: Actor, key: string) {
      const row = await repo.modelByIdOrName(key);
      if (!row) throw modelNotFound(key);
      return presentModel(row);
    },

    async listParts(actor: Actor, filter: { kind?: PartKind | undefined; q?: string | undefined }) {
      requireAnyRole(actor, STAFF_ROLES);
      return repo.parts(filter);
    },

    /** The parts with these ids, by id: naming the parts of a list without reading them all. */
    async partsById(actor: Actor, ids: readonly string[]) {
      requireAnyRole(actor, STAFF_ROLES);
      return new Map((await repo.partsById(ids)).map((p) => [p.id, p]));
    },

    async getPart(actor: Actor, key: string) {
      requireAnyRole(actor, STAFF_ROLES);
      return part(key);
    },

    async createPart(actor: Actor, input: PartInput): Promise<PartsTable> {
      requireAnyRole(actor, EDITORS);
      const now = deps.clock.now();
      const row: PartsTable = {
        id: newId(),
        partNumber: input.partNumber.trim(),
        name: input.name.trim(),
        kind: input.kind,
        htsCode: input.htsCode ?? null,
        uom: input.uom ?? 'each',
        tracking: input.tracking,
        defaultOrigin: input.defaultOrigin?.toUpperCase() ?? null,
        standardCostCents: input.standardCostCents ?? null,
        note: input.note ?? null,
        createdAt: now,
        updatedAt: now,
      };
      try {
        await inTransaction(deps.db, async (trx) => {
          await createCatalogRepo(trx).insertPart(row);
          await deps.audit.record(trx, actor, {
            action: 'catalog.part.create',
            entityType: 'part',
            entityId: row.id,
            after: row,
          });
          await deps.events.emit(trx, {
            type: 'catalog.part.changed',
            entityType: 'part',
            entityId: row.id,
            payload: { id: row.id, partNumber: row.partNumber },
          });
        });
      } catch (error) {
        if (isUniqueViolation(error))
          throw conflict('CATALOG_PART_NUMBER_TAKEN', `Part number ${row.partNumber} exists.`);
        throw error;
      }
      return row;
    },

    async updatePart(
      actor: Actor,
      key: string,
      changes: Partial<Omit<PartInput, 'partNumber'>>,
    ): Promise<PartsTable> {
      requireAnyRole(actor, EDITORS);
      return inTransaction(deps.db, async (trx) => {
        const txRepo = createCatalogRepo(trx);
        const current = await txRepo.partByIdOrNumber(key);
        if (!current) throw partNotFound(key);
        const set = Object.fromEntries(
          Object.entries(changes).filter(([, v]) => v !== undefined),
        ) as Partial<PartsTable>;
        if (set.defaultOrigin) set.defaultOrigin = set.defaultOrigin.toUpperCase();
        for (const guard of deps.partGuards ?? []) await guard(trx, current, set);
        await txRepo.updatePart(current.id, { ...set, updatedAt: deps.clock.now() });
        const after = (await txRepo.partByIdOrNumber(current.id))!;
        await deps.audit.record(trx, actor, {
          action: 'catalog.part.update',
          entityType: 'part',
          entityId: current.id,
          before: current,
          after,
        });
        await deps.events.emit(trx, {
          type: 'catalog.part.changed',
          entityType: 'part',
          entityId: current.id,
          payload: { id: current.id, partNumber: current.partNumber },
        });
        return after;
      });
    },

    /** Every BOM revision with its lines, and the parts they name: the input of planning. */
    async bomWorld(actor: Actor) {
      requireAnyRole(actor, STAFF_ROLES);
      return repo.bomWorld();
    },

    async revisions(actor: Actor, key: string) {
      requireAnyRole(actor, STAFF_ROLES);
      const { id } = await part(key);
      const world = await repo.bomWorld();
      return world.revisions
        .filter((r) => r.partId === id)
        .map((r) => ({
          ...r,
          lines: r.lines.map((l) => ({
            ...l,
            partNumber: world.parts.get(l.componentId)?.partNumber ?? l.componentId,
          })),
        }));
    },

    /** Add a BOM revision; refuses unknown components, overlapping dates and cycles. */
    async addRevision(actor: Actor, key: string, input: RevisionInput) {
      requireAnyRole(actor, EDITORS);
      if (input.effectiveTo != null && input.effectiveTo <= input.effectiveFrom) {
        throw invalid('CATALOG_DATES_REVERSED', 'effectiveTo must be after effectiveFrom.', [
          { path: 'effectiveTo', message: 'after effectiveFrom' },
        ]);
      }
      return inTransaction(deps.db, async (trx) => {
        const txRepo = createCatalogRepo(trx);
        const parent = await txRepo.partByIdOrNumber(key);
        if (!parent) throw partNotFound(key);
        const lines = [];
        for (const [position, line] of input.lines.entries()) {
          const component = await txRepo.partByIdOrNumber(line.component);
          if (!component) {
            throw invalid(
              'CATALOG_UNKNOWN_COMPONENT',
              `Line ${position + 1}: no part "${line.component}".`,
              [{ path: `lines.${position}.component`, message: 'unknown part' }],
            );
          }
          lines.push({
            id: newId(),
            revisionId: '',
            componentId: component.id,
            quantity: line.quantity,
            position,
          });
        }
        const overlapping = (await txRepo.revisionsOf(parent.id)).find(
          (r) =>
            (input.effectiveTo == null || r.effectiveFrom < input.effectiveTo) &&
            (r.effectiveTo === null || input.effectiveFrom < r.effectiveTo),
        );
        if (overlapping) {
          throw conflict(
            'CATALOG_REVISION_OVERLAPS',
            `Revision ${overlapping.revision} is in force over part of that period; end it first.`,
          );
        }
        const revision = {
          id: newId(),
          partId: parent.id,
          revision: input.revision.trim(),
          effectiveFrom: input.effectiveFrom,
          effectiveTo: input.effectiveTo ?? null,
          labourMinutes: input.labourMinutes,
          note: input.note ?? null,
          createdAt: deps.clock.now(),
        };
        try {
          await txRepo.insertRevision(revision);
        } catch (error) {
          if (isUniqueViolation(error))
            throw conflict(
              'CATALOG_REVISION_TAKEN',
              `${parent.partNumber} already has revision ${revision.revision}.`,
            );
          throw error;
        }
        await txRepo.insertLines(lines.map((l) => ({ ...l, revisionId: revision.id })));
        // A revision that makes a part contain itself is refused with the path of the cycle.
        const world = await txRepo.bomWorld();
        for (const p of world.parts.values())
          if (p.standardCostCents === null) p.standardCostCents = 0;
        try {
          explode(parent.id, input.effectiveFrom, world.parts, world.revisions, 0);
        } catch (error) {
          if (error instanceof BomError && error.code === 'BOM_CYCLE')
            throw invalid('CATALOG_BOM_CYCLE', error.message);
          throw error;
        }
        const after = { ...revision, lines: input.lines };
        await deps.audit.record(trx, actor, {
          action: 'catalog.bom_revision.create',
          entityType: 'part',
          entityId: parent.id,
          after,
        });
        await deps.events.emit(trx, {
          type: 'catalog.bom.changed',
          entityType: 'part',
          entityId: parent.id,
          payload: { partId: parent.id, revision: revision.revision },
        });
        return after;
      });
    },

    /** The BOM tree of a part (or a model's unit) as built on `date`, costed. */
    async explosion(
      actor: Actor,
      key: string,
      date: string,
    ): Promise<ExplodedNode & { labourCentsPerHour: number }> {
      requireAnyRole(actor, STAFF_ROLES);
      const model = await repo.modelByIdOrName(key);
      const root = model?.unitPartId ?? (await part(key)).id;
      const [world, wage] = await Promise.all([repo.bomWorld(), loadedWage()]);
      // A bought part in no BOM yet explodes to itself.
      if (!world.parts.has(root)) world.parts.set(root, await part(root));
      try {
        return {
          ...explode(root, date, world.parts, world.revisions, wage),
          labourCentsPerHour: wage,
        };
      } catch (error) {
        if (error instanceof BomError) throw invalid(`CATALOG_${error.code}`, error.message);
        throw error;
      }
    },

    /**
     * What one unit of a model is made of on `date`: its bought parts (quantity, standard cost,
     * HTS line, origin) and the assembly labour of every level. Input to landed-cost questions.
     */
    async buildSheet(actor: Actor, modelKey: string, date: string) {
      requireAnyRole(actor, STAFF_ROLES);
      const model = await repo.modelByIdOrName(modelKey);
      if (!model) throw modelNotFound(modelKey);
      if (!model.unitPartId)
        throw invalid('CATALOG_MODEL_NOT_BUILT', `${model.name} has no BOM: it is not built here.`);
      const [world, wage] = await Promise.all([repo.bomWorld(), loadedWage()]);
      let tree: ExplodedNode;
      try {
        tree = explode(model.unitPartId, date, world.parts, world.revisions, wage);
      } catch (error) {
        if (error instanceof BomError) throw invalid(`CATALOG_${error.code}`, error.message);
        throw error;
      }
      let labourCents = 0;
      const walk = (node: ExplodedNode, multiplier: number) => {
        labourCents += node.labourCents * multiplier;
        for (const child of node.children) walk(child, multiplier * child.quantity);
      };
      walk(tree, 1);
      const parts = [...flattenLeaves(tree)].map(([partId, quantity]) => {
        const p = world.parts.get(partId)!;
        return {
          partNumber: p.partNumber,
          quantity,
          unitCostCents: p.standardCostCents ?? 0,
          htsCode: p.htsCode,
          defaultOrigin: p.defaultOrigin,
        };
      });
      return {
        model: presentModel(model),
        unitCostCents: tree.unitCostCents,
        labourCents,
        labourCentsPerHour: wage,
        parts,
      };
    },

    async whereUsed(actor: Actor, key: string, date: string) {
      requireAnyRole(actor, STAFF_ROLES);
      const target = await part(key);
      const world = await repo.bomWorld();
      return whereUsed(target.id, date, world.revisions).map((u) => ({
        ...u,
        partNumber: world.parts.get(u.partId)?.partNumber ?? u.partId,
        viaPartNumber: world.parts.get(u.viaPartId)?.partNumber ?? u.viaPartId,
      }));
    },

    async settings(actor: Actor) {
      requireAnyRole(actor, STAFF_ROLES);
      return repo.settings();
    },

    async setSetting(actor: Actor, key: string, value: number) {
      requireAnyRole(actor, EDITORS);
      return inTransaction(deps.db, async (trx) => {
        const txRepo = createCatalogRepo(trx);
        const current = await txRepo.setting(key);
        if (!current) throw notFound('CATALOG_SETTING_NOT_FOUND', `No cost setting "${key}".`);
        await txRepo.upsertSetting(key, value, current.unit, current.note, deps.clock.now());
        const after = (await txRepo.setting(key))!;
        await deps.audit.record(trx, actor, {
          action: 'catalog.setting.update',
          entityType: 'cost_setting',
          entityId: key,
          before: current,
          after,
        });
        return after;
      });
    },
  };
}

export type CatalogService = ReturnType<typeof createCatalogService>;
