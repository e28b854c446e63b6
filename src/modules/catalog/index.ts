import { STAFF_ROLES } from '../../platform/authz.js';
import type { ModuleContext, ModuleParts } from '../../platform/module.js';
import { createCatalogCsv } from './catalog.csv.js';
import { catalogRoutes } from './catalog.routes.js';
import { catalogSeeder } from './catalog.seed.js';
import { createCatalogService, EDITORS, type PartChangeGuard } from './catalog.service.js';
import { catalogMigrations } from './migrations/index.js';

export type { BomRevision, ExplodedNode } from './bom.engine.js';
export type { PartKind } from './catalog.tables.js';
/** The miner models of the domain facts, as seeded: the fleet simulator builds its miners from them. */
export { SEED_MODELS, type SeedModel } from './seed/models.js';
export { explode, flattenLeaves, revisionOn, whereUsed } from './bom.engine.js';
export {
  createCatalogService,
  type CatalogService,
  type PartChangeGuard,
} from './catalog.service.js';

/** Catalog: miner models, the part master, BOMs with revisions, explosion and cost roll-up. */
export function createCatalogModule(ctx: ModuleContext) {
  ctx.events.declare(
    { type: 'catalog.part.changed', description: 'A part was created or changed' },
    { type: 'catalog.bom.changed', description: 'A BOM revision was added' },
  );
  const deps = { ...ctx, partGuards: [] as PartChangeGuard[] };
  const catalog = createCatalogService(deps);
  const csv = createCatalogCsv(deps);
  const readers = STAFF_ROLES;
  const parts: ModuleParts = {
    name: 'catalog',
    migrations: catalogMigrations,
    routes: [catalogRoutes(catalog, ctx.clock)],
    csv: [
      {
        name: 'parts',
        tag: 'catalog',
        describe: 'the part master',
        readRoles: readers,
        writeRoles: EDITORS,
        exportCsv: csv.exportParts,
        importCsv: csv.importParts,
      },
      {
        name: 'boms',
        tag: 'catalog',
        describe: 'BOM revisions, one line per component',
        readRoles: readers,
        writeRoles: EDITORS,
        exportCsv: csv.exportBoms,
        importCsv: csv.importBoms,
      },
    ],
    seeders: [catalogSeeder(ctx)],
  };
  return { parts, catalog };
}

export type CatalogModule = ReturnType<typeof createCatalogModule>;
