import type { Actor } from '../../platform/authz.js';
import { invalid } from '../../platform/errors.js';
import { revisionOn, type CatalogService } from '../catalog/index.js';

/** The BOM of a unit in force on `date`, with the parts it names; its hashboard's too. */
export async function unitStructure(
  catalog: Pick<CatalogService, 'bomWorld'>,
  actor: Actor,
  unitPartId: string,
  date: string,
) {
  const world = await catalog.bomWorld(actor);
  const unitRev = revisionOn(world.revisions, unitPartId, date);
  if (!unitRev) throw invalid('PRODUCTION_NO_BOM', 'The unit has no BOM in force today.');
  const lines = unitRev.lines.map((l) => ({
    part: world.parts.get(l.componentId)!,
    quantity: l.quantity,
  }));
  const board = lines.find((l) => l.part.kind === 'hashboard');
  const boardRev = board ? revisionOn(world.revisions, board.part.id, date) : undefined;
  const boardLines = (boardRev?.lines ?? []).map((l) => ({
    part: world.parts.get(l.componentId)!,
    quantity: l.quantity,
  }));
  return { lines, board, boardLines };
}
