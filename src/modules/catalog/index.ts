import type { ModuleContext, ModuleParts } from '../../platform/module.js';
import { catalogRoutes } from './catalog.routes.js';
import { catalogSeeder } from './catalog.seed.js';
import { createCatalogService } from './catalog.service.js';
import { catalogMigrations } from './migrations/index.js';

export type { BomRevision, ExplodedNode } from './bom.engine.js';
export { explode, flattenLeaves, whereUsed } from './bom.engine.js';
export { createCatalogService, type CatalogService } from './catalog.service.js';

/** Catalog: miner models, the part master, BOMs with revisions, explosion and cost roll-up. */
export function createCatalogModule(ctx: ModuleContext) {
  ctx.events.declare(
    { type: 'catalog.part.changed', description: 'A part was created or changed' },
    { type: 'catalog.bom.changed', description: 'A BOM revision was added' },
  );
  const catalog = createCatalogService(ctx);
  const parts: ModuleParts = {
    name: 'catalog',
    migrations: catalogMigrations,
    routes: [catalogRoutes(catalog, ctx.clock)],
    seeders: [catalogSeeder(ctx)],
  };
  return { parts, catalog };
}

export type CatalogModule = ReturnType<typeof createCatalogModule>;
