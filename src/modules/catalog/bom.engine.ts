/**
 * BOM engine: pure functions over parts and BOM revisions. A part is bought (no BOM in force) or
 * built from the lines of the revision in force on the date asked about.
 */
export interface BomRevision {
  id: string;
  partId: string;
  revision: string;
  effectiveFrom: string;
  /** Exclusive. */
  effectiveTo: string | null;
  /** Minutes of assembly labour to build one parent from its components. */
  labourMinutes: number;
  lines: { componentId: string; quantity: number }[];
}

export interface CostedPart {
  id: string;
  partNumber: string;
  /** Standard cost of a bought part in cents; ignored for parts built from a BOM. */
  standardCostCents: number | null;
}

export interface ExplodedNode {
  partId: string;
  partNumber: string;
  level: number;
  /** Per one unit of the parent. */
  quantity: number;
  /** Per one unit of the root. */
  extendedQuantity: number;
  revision: string | null;
  /** Cost of one unit of this part: bought price, or children plus labour. */
  unitCostCents: number;
  materialCents: number;
  labourCents: number;
  children: ExplodedNode[];
}

export class BomError extends Error {
  constructor(
    readonly code: 'BOM_CYCLE' | 'BOM_UNKNOWN_PART' | 'BOM_NO_COST',
    message: string,
  ) {
    super(message);
  }
}

/** The revision of `partId` in force on `date`, if any. */
export function revisionOn(
  revisions: readonly BomRevision[],
  partId: string,
  date: string,
): BomRevision | undefined {
  let found: BomRevision | undefined;
  for (const r of revisions) {
    if (
      r.partId !== partId ||
      r.effectiveFrom > date ||
      (r.effectiveTo !== null && date >= r.effectiveTo)
    )
      continue;
    if (!found || r.effectiveFrom > found.effectiveFrom) found = r;
  }
  return found;
}

/**
 * Explode `rootId` as built on `date`, costing every node: bought parts at standard cost, built
 * parts at their children plus labour at `labourCentsPerHour`. Refuses cycles and unknown parts.
 */
export function explode(
  rootId: string,
  date: string,
  parts: ReadonlyMap<string, CostedPart>,
  revisions: readonly BomRevision[],
  labourCentsPerHour: number,
): ExplodedNode {
  const byPart = new Map<string, BomRevision[]>();
  for (const r of revisions) byPart.set(r.partId, [...(byPart.get(r.partId) ?? []), r]);

  const visit = (
    partId: string,
    quantity: number,
    extended: number,
    level: number,
    path: string[],
  ): ExplodedNode => {
    const part = parts.get(partId);
    if (!part) throw new BomError('BOM_UNKNOWN_PART', `BOM names an unknown part ${partId}`);
    if (path.includes(partId)) {
      const names = [...path, partId].map((id) => parts.get(id)?.partNumber ?? id);
      throw new BomError('BOM_CYCLE', `BOM cycle: ${names.join(' → ')}`);
    }
    const revision = revisionOn(byPart.get(partId) ?? [], partId, date);
    if (!revision) {
      if (part.standardCostCents === null) {
        throw new BomError(
          'BOM_NO_COST',
          `${part.partNumber} has neither a BOM in force on ${date} nor a standard cost`,
        );
      }
      return {
        partId,
        partNumber: part.partNumber,
        level,
        quantity,
        extendedQuantity: extended,
        revision: null,
        unitCostCents: part.standardCostCents,
        materialCents: part.standardCostCents,
        labourCents: 0,
        children: [],
      };
    }
    const children = revision.lines.map((l) =>
      visit(l.componentId, l.quantity, extended * l.quantity, level + 1, [...path, partId]),
    );
    const materialCents = children.reduce((s, c) => s + c.unitCostCents * c.quantity, 0);
    const labourCents = Math.round((revision.labourMinutes * labourCentsPerHour) / 60);
    return {
      partId,
      partNumber: part.partNumber,
      level,
      quantity,
      extendedQuantity: extended,
      revision: revision.revision,
      unitCostCents: materialCents + labourCents,
      materialCents,
      labourCents,
      children,
    };
  };
  return visit(rootId, 1, 1, 0, []);
}

/** Total quantity of each bought part in one root unit (the buyer's shopping list). */
export function flattenLeaves(root: ExplodedNode): Map<string, number> {
  const totals = new Map<string, number>();
  const walk = (node: ExplodedNode) => {
    if (node.children.length === 0)
      totals.set(node.partId, (totals.get(node.partId) ?? 0) + node.extendedQuantity);
    else node.children.forEach(walk);
  };
  walk(root);
  return totals;
}

/** Every part that contains `partId` on `date`, directly or through sub-assemblies. */
/** An assembly containing the part: directly (level 1) or through `viaPartId`, the sub-assembly. */
export interface WhereUsed {
  partId: string;
  /** The component of `partId` the chain goes through (the part itself at level 1). */
  viaPartId: string;
  quantity: number;
  level: number;
  revision: string;
}

export function whereUsed(
  partId: string,
  date: string,
  revisions: readonly BomRevision[],
): WhereUsed[] {
  const inForce = revisions.filter(
    (r) => r.effectiveFrom <= date && (r.effectiveTo === null || date < r.effectiveTo),
  );
  // Among several revisions of one parent in force, the latest-starting one governs.
  const governing = new Map<string, BomRevision>();
  for (const r of inForce) {
    const current = governing.get(r.partId);
    if (!current || r.effectiveFrom > current.effectiveFrom) governing.set(r.partId, r);
  }
  const out: WhereUsed[] = [];
  const seen = new Set<string>();
  let frontier = [{ id: partId, level: 0 }];
  while (frontier.length) {
    const next: { id: string; level: number }[] = [];
    for (const { id, level } of frontier) {
      for (const r of governing.values()) {
        const line = r.lines.find((l) => l.componentId === id);
        if (!line || seen.has(`${r.partId}<${id}`)) continue;
        seen.add(`${r.partId}<${id}`);
        out.push({
          partId: r.partId,
          viaPartId: id,
          quantity: line.quantity,
          level: level + 1,
          revision: r.revision,
        });
        next.push({ id: r.partId, level: level + 1 });
      }
    }
    frontier = next;
  }
  return out;
}
