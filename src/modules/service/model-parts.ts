import type { Actor } from '../../platform/authz.js';
import { revisionOn, type PartKind } from '../catalog/index.js';
import type { ServiceDeps } from './service.deps.js';

/**
 * Which part a repair of a model uses for a kind of fault, at what cost: the model's own part of
 * that kind from its BOM in force (a hashboard built here at its rolled-up cost), else the
 * catalog's cheapest costed part of that kind. A part with no known cost is priced 0 rather
 * than blocking a quote. Reads only the catalog: call it outside write transactions.
 */
export function createModelParts(deps: Pick<ServiceDeps, 'catalog' | 'clock'>) {
  return async function partsOf(actor: Actor, model: string, kinds: readonly string[]) {
    if (kinds.length === 0) return [];
    const today = deps.clock.today();
    const { unitPartId } = await deps.catalog.getModel(actor, model);
    const world = unitPartId ? await deps.catalog.bomWorld(actor) : null;
    const revision = world ? revisionOn(world.revisions, unitPartId!, today) : undefined;
    const own = (revision?.lines ?? []).map((l) => world!.parts.get(l.componentId)!);
    const costOf = async (part: { id: string; standardCostCents: number | null }) => {
      if (part.standardCostCents !== null) return part.standardCostCents;
      try {
        return (await deps.catalog.explosion(actor, part.id, today)).unitCostCents;
      } catch {
        return 0;
      }
    };
    const out: { kind: string; partNumber: string; unitCostCents: number; quantity: number }[] = [];
    for (const kind of kinds) {
      const part =
        own.find((p) => p.kind === kind) ??
        (await deps.catalog.listParts(actor, { kind: kind as PartKind }))
          .filter((p) => p.standardCostCents !== null)
          .sort((a, b) => a.standardCostCents! - b.standardCostCents!)[0];
      if (part)
        out.push({
          kind,
          partNumber: part.partNumber,
          unitCostCents: await costOf(part),
          quantity: 1,
        });
    }
    return out;
  };
}

export type ModelParts = ReturnType<typeof createModelParts>;
