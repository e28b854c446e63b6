/**
 * MRP, as pure arithmetic over weekly buckets. Given the plan's demand for top-level items, the
 * BOM revisions in force each week, stock, open supply and each part's lead time and lot rules,
 * it nets requirements level by level, offsets planned orders by lead time, and pegs every
 * planned order and every shortage to the plan weeks whose demand it serves.
 *
 * Conventions: week indexes run 0..weeks-1 from `weekStarts[0]` (Mondays, `YYYY-MM-DD`); a
 * planned order released in week r arrives in week r + lead time; a release that would fall before
 * week 0 is planned in week 0 and reported as a shortage (it must be expedited).
 */
export interface MrpBomRevision {
  partId: string;
  effectiveFrom: string;
  /** Exclusive. */
  effectiveTo: string | null;
  lines: readonly { componentId: string; quantity: number }[];
}

export interface MrpItem {
  partId: string;
  /** 'make' parts are exploded through their BOM; 'buy' parts are ordered from suppliers. */
  source: 'make' | 'buy';
  leadTimeWeeks: number;
  /** Usable stock now: on hand − reserved, summed over the stocking locations. */
  availableNow: number;
  safetyStock: number;
  minOrderQuantity: number;
  /** Planned quantities are rounded up to a multiple of this (1 = any quantity). */
  orderMultiple: number;
}

export interface MrpInput {
  weekStarts: readonly string[];
  items: ReadonlyMap<string, MrpItem>;
  revisions: readonly MrpBomRevision[];
  /** Independent demand (the build plan) by top-level item and week index. */
  demand: readonly { partId: string; week: number; quantity: number }[];
  /** Open supply (PO lines, work orders) arriving by week index; negative weeks are overdue. */
  scheduledReceipts: readonly {
    partId: string;
    week: number;
    quantity: number;
    reference: string;
  }[];
}

/** Where a requirement comes from: the plan (top level) or a parent's planned order. */
export interface Peg {
  /** The top-level item and plan week this requirement ultimately serves. */
  rootPartId: string;
  rootWeek: number;
  quantity: number;
}

export interface PlannedOrder {
  id: string;
  partId: string;
  source: 'make' | 'buy';
  quantity: number;
  releaseWeek: number;
  dueWeek: number;
  /** Weeks late: the release should have happened this many weeks before week 0. */
  lateWeeks: number;
  pegs: Peg[];
}

export interface Shortage {
  partId: string;
  /** The week the material is needed. */
  neededWeek: number;
  quantity: number;
  lateWeeks: number;
  pegs: Peg[];
}

export interface MrpResult {
  plannedOrders: PlannedOrder[];
  shortages: Shortage[];
  /** Per part: projected available at the end of each week after planned orders. */
  projected: Map<string, number[]>;
  /** Per part: gross requirements per week. */
  gross: Map<string, number[]>;
  lowLevelCodes: Map<string, number>;
}

export class MrpError extends Error {
  constructor(
    readonly code: 'MRP_CYCLE' | 'MRP_UNKNOWN_ITEM',
    message: string,
  ) {
    super(message);
  }
}

function revisionOn(revisions: readonly MrpBomRevision[], partId: string, date: string) {
  let found: MrpBomRevision | undefined;
  for (const r of revisions)
    if (
      r.partId === partId &&
      r.effectiveFrom <= date &&
      (r.effectiveTo === null || date < r.effectiveTo) &&
      (!found || r.effectiveFrom > found.effectiveFrom)
    )
      found = r;
  return found;
}

/**
 * Low-level code of every item: its deepest position in any BOM revision (0 = never a
 * component). Netting in this order guarantees a part's gross requirements are complete before
 * it is netted.
 */
export function lowLevelCodes(
  items: ReadonlyMap<string, MrpItem>,
  revisions: readonly MrpBomRevision[],
): Map<string, number> {
  const children = new Map<string, Set<string>>();
  for (const r of revisions) {
    const set = children.get(r.partId) ?? new Set<string>();
    for (const l of r.lines) set.add(l.componentId);
    children.set(r.partId, set);
  }
  // Kahn's order over parent → component edges: each part's code is settled once every parent's is.
  const codes = new Map<string, number>([...items.keys()].map((id) => [id, 0]));
  const parentsLeft = new Map<string, number>();
  for (const set of children.values())
    for (const c of set) parentsLeft.set(c, (parentsLeft.get(c) ?? 0) + 1);
  const ready = [...new Set([...codes.keys(), ...children.keys()])].filter(
    (id) => !parentsLeft.has(id),
  );
  let settled = 0;
  while (ready.length) {
    const id = ready.pop()!;
    settled += 1;
    for (const c of children.get(id) ?? []) {
      codes.set(c, Math.max(codes.get(c) ?? 0, (codes.get(id) ?? 0) + 1));
      const left = parentsLeft.get(c)! - 1;
      parentsLeft.set(c, left);
      if (left === 0) ready.push(c);
    }
  }
  const all = new Set([...codes.keys(), ...children.keys()]);
  if (settled < all.size) {
    const stuck = [...all].filter((id) => (parentsLeft.get(id) ?? 0) > 0);
    throw new MrpError('MRP_CYCLE', `BOM cycle among: ${stuck.slice(0, 10).join(', ')}`);
  }
  return codes;
}

function lotSize(net: number, item: MrpItem): number {
  const q = Math.max(net, item.minOrderQuantity);
  const m = Math.max(1, item.orderMultiple);
  return Math.ceil(q / m) * m;
}

export function runMrp(input: MrpInput): MrpResult {
  const weeks = input.weekStarts.length;
  const codes = lowLevelCodes(input.items, input.revisions);
  const gross = new Map<string, number[]>();
  const pegsByWeek = new Map<string, Peg[][]>();
  const grossOf = (id: string) => {
    let g = gross.get(id);
    if (!g) {
      g = new Array<number>(weeks).fill(0);
      gross.set(id, g);
      pegsByWeek.set(
        id,
        Array.from({ length: weeks }, () => []),
      );
    }
    return g;
  };
  const addRequirement = (id: string, week: number, quantity: number, pegs: Peg[]) => {
    if (!input.items.has(id))
      throw new MrpError('MRP_UNKNOWN_ITEM', `No planning data for part ${id}.`);
    grossOf(id)[week]! += quantity;
    pegsByWeek.get(id)![week]!.push(...pegs);
  };
  for (const d of input.demand) {
    if (d.week < 0 || d.week >= weeks || d.quantity <= 0) continue;
    addRequirement(d.partId, d.week, d.quantity, [
      { rootPartId: d.partId, rootWeek: d.week, quantity: d.quantity },
    ]);
  }
  const receipts = new Map<string, number[]>();
  for (const r of input.scheduledReceipts) {
    const list = receipts.get(r.partId) ?? new Array<number>(weeks).fill(0);
    // Overdue supply is expected at the start of the horizon.
    const week = Math.min(weeks - 1, Math.max(0, r.week));
    list[week]! += r.quantity;
    receipts.set(r.partId, list);
  }

  const plannedOrders: PlannedOrder[] = [];
  const shortages: Shortage[] = [];
  const projected = new Map<string, number[]>();
  const order = [...input.items.keys()].sort(
    (a, b) => codes.get(a)! - codes.get(b)! || a.localeCompare(b),
  );
  let sequence = 0;
  for (const id of order) {
    const item = input.items.get(id)!;
    const g = grossOf(id);
    const scheduled = receipts.get(id) ?? new Array<number>(weeks).fill(0);
    const pegs = pegsByWeek.get(id)!;
    const levels = new Array<number>(weeks).fill(0);
    let available = item.availableNow;
    for (let w = 0; w < weeks; w += 1) {
      available += scheduled[w]!;
      const net = g[w]! + item.safetyStock - available;
      if (net > 0) {
        const quantity = lotSize(net, item);
        const release = w - item.leadTimeWeeks;
        const lateWeeks = Math.max(0, -release);
        // Peg the order to this week's requirements, up to the quantity it covers.
        const covered = scalePegs(pegs[w]!, Math.min(net, g[w]!));
        sequence += 1;
        const planned: PlannedOrder = {
          id: `PO${sequence}`,
          partId: id,
          source: item.source,
          quantity,
          releaseWeek: Math.max(0, release),
          dueWeek: w,
          lateWeeks,
          pegs: covered,
        };
        plannedOrders.push(planned);
        if (lateWeeks > 0)
          shortages.push({ partId: id, neededWeek: w, quantity: net, lateWeeks, pegs: covered });
        available += quantity;
        if (item.source === 'make') {
          const rev = revisionOn(input.revisions, id, input.weekStarts[planned.releaseWeek]!);
          for (const line of rev?.lines ?? [])
            addRequirement(
              line.componentId,
              planned.releaseWeek,
              quantity * line.quantity,
              scalePegs(covered, covered.reduce((s, p) => s + p.quantity, 0) * line.quantity),
            );
        }
      }
      available -= g[w]!;
      levels[w] = available;
    }
    projected.set(id, levels);
  }
  return { plannedOrders, shortages, projected, gross, lowLevelCodes: codes };
}

/** The pegs of a requirement, scaled so their quantities add up to `total`. */
function scalePegs(pegs: readonly Peg[], total: number): Peg[] {
  const sum = pegs.reduce((s, p) => s + p.quantity, 0);
  if (sum === 0 || total <= 0) return [];
  const merged = new Map<string, Peg>();
  for (const p of pegs) {
    const key = `${p.rootPartId}@${p.rootWeek}`;
    const m = merged.get(key);
    if (m) m.quantity += p.quantity;
    else merged.set(key, { ...p });
  }
  return [...merged.values()].map((p) => ({ ...p, quantity: (p.quantity * total) / sum }));
}
